/**
 * Run a command's entry point as src/cli.ts main() does, capturing stderr: a typed error is printed
 * as "sanctions-lab <name>: message" and exits 1; anything else is rethrown (a crash fails the test).
 */
import { vi } from "vitest";
import { SanctionsLabError } from "../../src/core/errors";

export async function runCommand(name: string, command: (args: string[]) => Promise<number>, args: string[]):
  Promise<{ code: number; err: string }> {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => { lines.push(String(s)); return true; });
  try {
    let code: number;
    try {
      code = await command(args);
    } catch (e) {
      if (!(e instanceof SanctionsLabError)) throw e;
      lines.push(`sanctions-lab ${name}: ${e.message}\n`);
      code = 1;
    }
    return { code, err: lines.join("") };
  } finally {
    spy.mockRestore();
  }
}
