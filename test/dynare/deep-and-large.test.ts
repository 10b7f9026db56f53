/**
 * Issue 17, item 6 for the .mod reader and the runs: deep nesting is a SyntaxError_ with
 * line:column (not a stack overflow), a flat sum of 100,000 terms parses and runs with the right
 * value, and sizes are checked before allocating (periods = 1e10, leads of 1e5, lags of 1e20),
 * saying how much memory the run would need.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { InvalidParameterError, SyntaxError_ } from "../../src/core/errors";
import { MAX_NESTING, parseMod, simulateMod } from "../../src/dynare/index";

const ramst = fs.readFileSync(path.join(__dirname, "..", "fixtures", "dynare", "models", "ramst.mod"), "utf8");
const tiny = (rhs: string) => `var y;\nvarexo e;\nparameters a;\na = 0.5;\nmodel;\ny = a*y(-1) + ${rhs};\nend;\ninitval;\ny = 0;\nend;\nsteady;\nshocks;\nvar e;\nperiods 1;\nvalues 1;\nend;\nperfect_foresight_setup(periods=5);\nperfect_foresight_solver;\n`;

function syntax(src: string): SyntaxError_ {
  try { parseMod(src, "d.mod"); } catch (e) { expect(e).toBeInstanceOf(SyntaxError_); return e as SyntaxError_; }
  throw new Error("no error");
}

describe("deep nesting: a typed error at line:column, never a stack overflow", () => {
  for (const [name, rhs] of [["parentheses", "(".repeat(3000) + "e" + ")".repeat(3000)], ["unary signs", "-".repeat(5000) + "e"], ["powers", Array.from({ length: 3000 }, () => "1").join("^") + "*e"], ["function calls", "exp(".repeat(2000) + "e" + ")".repeat(2000)]])
    it(name, () => {
      const e = syntax(tiny(rhs));
      expect(e.message).toMatch(new RegExp(`nested more than ${MAX_NESTING} levels`));
      expect(e.line).toBe(6);
    });
  it("nesting up to the limit parses and runs", () => {
    const r = simulateMod(tiny("(".repeat(MAX_NESTING - 2) + "e" + ")".repeat(MAX_NESTING - 2)), { fileName: "n.mod" });
    expect(r.paths.y[1]).toBe(1);
  });
});

describe("long flat chains (generated aggregates)", () => {
  it("a sum of 100,000 terms parses and runs, with the right value", () => {
    const rhs = Array.from({ length: 100_000 }, (_, i) => `${(i % 3) + 1}e-5*e`).join(" + ");
    const r = simulateMod(tiny(rhs), { fileName: "sum.mod" });
    let v = 0;
    for (let i = 0; i < 100_000; i++) v += ((i % 3) + 1) * 1e-5;
    expect(Math.abs(r.paths.y[1] - v)).toBeLessThan(1e-9 * v);
  }, 60_000);
  it("mixed + and - chains and * and / chains keep their value when balanced (1e-13 rel)", () => {
    let rhs = "1*e", v = 1;
    for (let i = 1; i < 500; i++) { const op = i % 3 === 0 ? "-" : "+"; const c = (i % 7) + 1; rhs += ` ${op} ${c}*e`; v += (op === "-" ? -c : c); }
    expect(Math.abs(simulateMod(tiny(rhs), { fileName: "m.mod" }).paths.y[1] / v - 1)).toBeLessThan(1e-13);
    let prod = "e", pv = 1;
    for (let i = 0; i < 300; i++) { const op = i % 3 === 1 ? "/" : "*"; const f = 1 + ((i * 7) % 5) / 1000; prod += ` ${op} ${f}`; pv = op === "*" ? pv * f : pv / f; }
    expect(Math.abs(simulateMod(tiny(prod), { fileName: "p.mod" }).paths.y[1] / pv - 1)).toBeLessThan(1e-13);
  });
});

describe("sizes are checked before allocating", () => {
  it("periods = 1e10: refused with the memory it would need", () => {
    const src = ramst.replace("periods=200", "periods=10000000000");
    expect(() => simulateMod(src, { fileName: "p.mod" })).toThrow(/needs about [\d.e+]+ GiB of memory/);
    expect(() => simulateMod(ramst, { fileName: "r.mod", periods: 1e10 })).toThrow(InvalidParameterError);
  });
  it("a lead of 100,000: refused (Blanchard-Kahn pencil, then the run) with the size", () => {
    const src = ramst.replace("c(+1)^(-gam);", "c(+100000)^(-gam);");
    expect(() => simulateMod(src, { fileName: "l.mod" })).toThrow(/GiB/);
    const noCheck = src.replace("\ncheck;", "\n");
    expect(() => simulateMod(noCheck, { fileName: "l2.mod", periods: 100000 })).toThrow(/GiB/);
  });
  it("a lag of 1e20 is a SyntaxError_ at its position", () => {
    const src = ramst.replace("(1-delt)*k(-1);", "(1-delt)*k(-100000000000000000000);");
    const e = syntax(src);
    expect(e.message).toMatch(/larger than/);
  });
});
