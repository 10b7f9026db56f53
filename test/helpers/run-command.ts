/**
 * Run a command's entry point as src/cli.ts main() does, capturing stdout and stderr: a typed error
 * is printed (prefixed "sanctions-lab <name>: " when a name is given) and exits 1; anything else is
 * rethrown, so a crash fails the test. `cwd` runs the command from another folder.
 */
import { vi } from "vitest";
import { SanctionsLabError } from "../../src/core/errors";

export interface CommandRun { code: number; out: string; err: string }

export async function runCommand(command: (args: string[]) => Promise<number>, args: string[],
  opts: { name?: string; cwd?: string } = {}): Promise<CommandRun> {
  const out: string[] = [], err: string[] = [];
  const so = vi.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => { out.push(String(s)); return true; });
  const se = vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => { err.push(String(s)); return true; });
  const dir = process.cwd();
  if (opts.cwd) process.chdir(opts.cwd);
  try {
    let code: number;
    try {
      code = await command(args);
    } catch (e) {
      if (!(e instanceof SanctionsLabError)) throw e;
      err.push(`${opts.name ? `sanctions-lab ${opts.name}: ` : ""}${e.message}\n`);
      code = 1;
    }
    return { code, out: out.join(""), err: err.join("") };
  } finally {
    process.chdir(dir);
    so.mockRestore();
    se.mockRestore();
  }
}
