import { execFileSync, spawnSync } from "node:child_process";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../src/data/datadir";

const bin = path.join(REPO_ROOT, "bin", "sanctions-lab.js");
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: REPO_ROOT });

describe("sanctions-lab CLI", () => {
  it("prints usage and exits 2 without a command", () => {
    const r = run();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("usage: sanctions-lab <command>");
  });
  it("unknown commands print usage and exit 2", () => {
    const r = run("frobnicate");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
    expect(r.stderr).toContain("usage:");
  });
  it("reproduce rejects unknown arguments (exit 2) and unknown notebook names (exit 1)", () => {
    const r = run("reproduce", "--bogus");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown argument '--bogus'");
    const r2 = run("reproduce", "--only", "no-such-notebook");
    expect(r2.status).toBe(1);
    expect(r2.stderr).toContain("No notebook matches no-such-notebook");
  });
  it("help exits 0", () => {
    expect(execFileSync(process.execPath, [bin, "help"], { encoding: "utf8" })).toContain("reproduce");
  });
});

describe("untyped errors", () => {
  it("are one line naming an internal error, without a stack trace (unless SANCTIONS_LAB_DEBUG)", async () => {
    const { internalError } = await import("../../src/cli");
    const saved = process.env.SANCTIONS_LAB_DEBUG;
    delete process.env.SANCTIONS_LAB_DEBUG;
    const line = internalError("var", new TypeError("x is not a function"));
    expect(line).toMatch(/^sanctions-lab var: internal error \(TypeError: x is not a function\)/);
    expect(line).not.toMatch(/\n\s+at /);
    expect(line.trim().split("\n")).toHaveLength(1);
    process.env.SANCTIONS_LAB_DEBUG = "1";
    expect(internalError("var", new TypeError("boom"))).toMatch(/\n\s+at /);
    if (saved === undefined) delete process.env.SANCTIONS_LAB_DEBUG;
    else process.env.SANCTIONS_LAB_DEBUG = saved;
  });
});
