/**
 * Issue 17 (items 4 and 6) for the `var` command: the output path is checked before estimating
 * (directory, missing folder, the input file itself), a directory or missing input is a typed
 * error, and no non-finite number is written.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { requireFiniteJson } from "../../src/core/files";
import { runVarCommand } from "../../src/econometrics/cli-var";
import { runCommand } from "../helpers/run-command";

const CSV = path.join(__dirname, "..", "fixtures", "var", "macrodata_dlog.csv");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "var-paths-"));

const run = (args: string[]) => runCommand(runVarCommand, args, { name: "var" });

describe("var: paths checked before estimating", () => {
  it("--json a directory, a missing folder, the input file: exit 1 naming --json; the input is unchanged", async () => {
    const before = fs.readFileSync(CSV, "utf8");
    for (const out of [tmp, path.join(tmp, "missing", "o.json"), CSV]) {
      const r = await run([CSV, "--lags", "2", "--json", out]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/--json/);
    }
    expect(fs.readFileSync(CSV, "utf8")).toBe(before);
  });
  it("a directory or a missing file as input: typed errors", async () => {
    expect((await run([tmp, "--json", path.join(tmp, "a.json")])).err).toMatch(/is a directory/);
    expect((await run([path.join(tmp, "none.csv"), "--json", path.join(tmp, "b.json")])).err).toMatch(/not found/);
  });
  it("a lag of 1e20 or 1e6 is a typed error before any allocation", async () => {
    for (const l of ["1e20", "1000000"]) {
      const r = await run([CSV, "--lags", l, "--json", path.join(tmp, "c.json")]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/observations|lags/);
    }
  });
  it("a valid run writes only finite numbers", async () => {
    const out = path.join(tmp, "ok.json");
    expect((await run([CSV, "--lags", "2", "--json", out])).code).toBe(0);
    expect(() => requireFiniteJson(JSON.parse(fs.readFileSync(out, "utf8")), "var")).not.toThrow();
  });
});

describe("requireFiniteJson names the offending quantity", () => {
  it("NaN, Infinity, -Infinity in nested arrays, objects and typed arrays; null among numbers", () => {
    expect(() => requireFiniteJson({ index: [1, 2, Infinity] }, "out")).toThrow(/'index\[2\]' is Infinity/);
    expect(() => requireFiniteJson({ a: { b: [[0, NaN]] } }, "out")).toThrow(/'a\.b\[0\]\[1\]' is NaN/);
    expect(() => requireFiniteJson({ x: Float64Array.from([1, -Infinity]) }, "out")).toThrow(/'x\[1\]' is -Infinity/);
    expect(() => requireFiniteJson({ y: [1, null, 3] }, "out")).toThrow(/'y\[1\]' is null/);
    expect(() => requireFiniteJson({ s: "NaN", n: null, ok: [1, 2] }, "out")).not.toThrow();
  });
});
