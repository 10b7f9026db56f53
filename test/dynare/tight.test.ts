/**
 * Exact paths against Dynare 5.3's tight solutions (fixtures by test/fixtures/dynare/scripts/
 * run_dynare_tight.m: steady(tolf=1e-12), Dynare's path polished to max|res| < 1e-13 on Dynare's own
 * stacked residuals and Jacobian), and Dynare's default stopping rule against its default output.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { maxPathDiff, refNumber } from "../helpers/compare";
import { compileModel, loadMod, runMod } from "../../src/dynare/index";

const FX = path.join(__dirname, "..", "fixtures", "dynare");
const csv = (f: string) => {
  const L = fs.readFileSync(path.join(FX, f), "utf8").trim().split("\n");
  // strict cells: an empty or malformed cell is NaN (and fails the comparison), never 0
  return { h: L[0].split(","), rows: L.slice(1).map((l) => l.split(",").map(refNumber)) };
};
const model = (m: string) => loadMod(path.join(FX, "models", `${m}.mod`));
/** max over periods and variables of |ours - reference| */
const maxDiff = (paths: Record<string, Float64Array>, f: string): number => maxPathDiff(paths, csv(f));
function steadyDiff(init: Record<string, number>, term: Record<string, number>, f: string): number {
  const L = fs.readFileSync(path.join(FX, f), "utf8").trim().split("\n").slice(1).map((l) => l.split(","));
  let md = 0;
  for (const [v, a, b] of L) md = Math.max(md, Math.abs(init[v] - +a) / Math.max(1, Math.abs(+a)), Math.abs(term[v] - +b) / Math.max(1, Math.abs(+b)));
  return md;
}

const MODELS: [string, string][] = [
  ["armington3", "52-equation three-country Armington RBC with tariffs"],
  ["ramst_order2", "leads and lags of order 2"],
  ["rbc_locals", "# locals and steady_state_model"],
  ["rbc_panel7", "36-equation panel"],
  ["rbc_panel10", "51-equation panel"],
  ["ramst_param_change", "a parameter changed between the two steady commands"],
];

describe("exact paths equal Dynare's tight solutions", () => {
  for (const [m, what] of MODELS) {
    it(`${m} (${what}): steady states to 1e-12 (relative to max(1,|x|)), paths to 1e-10, max|res| < 1e-12`, () => {
      const r = runMod(model(m), { solver: { exact: true } });
      expect(steadyDiff(r.steadyInitial, r.steadyTerminal, `dynare-out/${m}_dynare_tight_steady.csv`)).toBeLessThan(1e-12);
      expect(maxDiff(r.paths, `dynare-out/${m}_dynare_tight_paths.csv`)).toBeLessThan(1e-10);
      expect(r.maxResidual).toBeLessThan(1e-12);
    });
  }
});

describe("Dynare's default stopping rule (max|res| < 1e-5 before each step, full Newton steps)", () => {
  it("armington3: same number of Newton steps as Dynare (3) and its default output to 1e-12", () => {
    const r = runMod(model("armington3"));
    expect(r.iterations).toBe(3);
    expect(maxDiff(r.paths, "dynare-out/armington3_dynare_paths.csv")).toBeLessThan(1e-12);
    // and the default output is within Dynare's tolerance of the exact path (1e-4 absolute here)
    const exact = runMod(model("armington3"), { solver: { exact: true } });
    let md = 0;
    for (const v of r.variables) for (let t = 0; t < r.paths[v].length; t++) md = Math.max(md, Math.abs(r.paths[v][t] - exact.paths[v][t]));
    expect(md).toBeLessThan(1e-4);
  });
  it("rbc_locals and ramst_param_change: Dynare's default output to 1e-12", () => {
    expect(maxDiff(runMod(model("rbc_locals")).paths, "dynare-out/rbc_locals_dynare_paths.csv")).toBeLessThan(1e-12);
    expect(maxDiff(runMod(model("ramst_param_change")).paths, "dynare-out/ramst_param_change_dynare_paths.csv")).toBeLessThan(1e-12);
  });
  it("the exogenous paths follow Dynare's setup (initval in period 0, endval after, shocks overwrite; exact)", () => {
    const r = runMod(model("armington3"));
    const ref = csv("dynare-out/armington3_dynare_exo.csv");
    ref.rows.forEach((row, t) => ref.h.slice(1).forEach((v, j) => expect(r.exoPaths[v][t], `${v} ${t}`).toBe(row[j + 1])));
  });
});

describe("symbolic Jacobian of the Armington model equals central finite differences (1e-7 relative)", () => {
  it("at a perturbed point of the exact path", () => {
    const mod = model("armington3");
    const run = runMod(mod, { periods: 20, solver: { exact: true } });
    const m = compileModel(mod);
    const P = Float64Array.from(mod.params.map((p) => run.params[p]));
    const Y = new Float64Array(3 * m.n), X = new Float64Array(3 * m.nx);
    for (let r = 0; r < 3; r++) m.endo.forEach((v, j) => (Y[r * m.n + j] = run.paths[v][2 + r] * (1 + 0.01 * Math.sin(7 * j + r))));
    for (let r = 0; r < 3; r++) m.exo.forEach((v, j) => (X[r * m.nx + j] = run.exoPaths[v][2 + r] + 0.01));
    const res = new Float64Array(m.n), jac = new Float64Array(m.jacIndex.length), rp = new Float64Array(m.n), rm = new Float64Array(m.n), jj = new Float64Array(m.jacIndex.length);
    m.dynamic(Y, X, P, 1, res, jac);
    let worst = 0;
    m.jacIndex.forEach(({ i, j, lag }, e) => {
      const idx = (1 + lag) * m.n + j, y0 = Y[idx], h = 1e-6 * Math.max(1, Math.abs(y0));
      Y[idx] = y0 + h; m.dynamic(Y, X, P, 1, rp, jj);
      Y[idx] = y0 - h; m.dynamic(Y, X, P, 1, rm, jj);
      Y[idx] = y0;
      const fd = (rp[i] - rm[i]) / (2 * h);
      worst = Math.max(worst, Math.abs(jac[e] - fd) / Math.max(1, Math.abs(fd)));
    });
    expect(worst).toBeLessThan(1e-7);
  });
});
