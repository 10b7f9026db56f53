/** The TypeScript 5.0 harness can fail: a file with a type error is reported, a clean one passes. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { expectTs50Clean, runTs50 } from "./ts50";

describe("tslab TypeScript 5.0 harness", () => {
  it("reports a type error and passes a clean file", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sl-ts50-self-"));
    const bad = path.join(dir, "bad.ts"), good = path.join(dir, "good.ts");
    fs.writeFileSync(bad, "const x: number = 'not a number';\nexport { x };\n");
    fs.writeFileSync(good, "export const y: number = 1;\n");
    const r = runTs50([bad], false);
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/TS2322/);
    expect(() => expectTs50Clean([bad], false)).toThrow(/TS2322/);
    expect(() => expectTs50Clean([good], true)).not.toThrow();
    expect(() => expectTs50Clean([path.join(dir, "missing.ts")], false)).toThrow();
  }, 60_000);
  it("fails when the compiler writes only to stderr, exits non-zero without a word, or is missing", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sl-ts50-fake-"));
    const fake = (name: string, body: string) => {
      const f = path.join(dir, name);
      fs.writeFileSync(f, body);
      return f;
    };
    const good = fake("good.ts", "export const y: number = 1;\n");
    const stderrOnly = fake("stderr-only.js", "process.stderr.write('error TS5023: Unknown compiler option.\\n');\n");
    const silentExit = fake("silent-exit.js", "process.exitCode = 2;\n");
    const quiet = fake("quiet.js", "");
    expect(() => expectTs50Clean([good], false, stderrOnly)).toThrow(/exited 0:\nerror TS5023/);
    expect(() => expectTs50Clean([good], false, silentExit)).toThrow(/exited 2:\n\(no output\)/);
    expect(() => expectTs50Clean([good], false, path.join(dir, "no-such-tsc.js"))).toThrow(/missing/);
    expect(() => expectTs50Clean([good], false, quiet)).not.toThrow();
  });
});
