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
});
