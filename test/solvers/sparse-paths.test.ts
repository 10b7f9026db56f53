/**
 * Issue 18: the sparse path (sparse static Jacobian in the steady-state Newton and trust region, one
 * sparse LU of the stacked Jacobian) against the dense path (dense steady-state Jacobian, the
 * period-by-period or block-banded stacked solvers) on every committed model: the five
 * Dynare-referenced models and their variants, and the Funke & Wende .mod. Both are solved to
 * max |residual| < 1e-12 and must agree to 1e-12 (relative to each variable's scale). On generated
 * chain models the sparse path is checked against an independent recursion (backward variant) and
 * the dense solvers (forward and nonlinear variants).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { compileModel, loadMod, parseMod, runMod } from "../../src/dynare/index";
import { chainMod } from "../../src/models/chain/generate";
import { DENSE_MAX, linearSolverFor, solveSteady } from "../../src/solvers/perfect-foresight";

const MODELS = path.join(__dirname, "..", "fixtures", "dynare", "models");
const FW = path.join(__dirname, "..", "fixtures", "funke-wende", "dynare", "fw_g191_nug15.mod");

function maxRelDiff(a: Record<string, Float64Array>, b: Record<string, Float64Array>): number {
  let worst = 0;
  for (const k of Object.keys(a)) {
    const x = a[k], y = b[k];
    let scale = 1;
    for (let t = 0; t < x.length; t++) scale = Math.max(scale, Math.abs(x[t]));
    for (let t = 0; t < x.length; t++) worst = Math.max(worst, Math.abs(x[t] - y[t]) / scale);
  }
  return worst;
}
const recDiff = (a: Record<string, number>, b: Record<string, number>) => Math.max(...Object.keys(a).map((k) => Math.abs(a[k] - b[k]) / Math.max(1, Math.abs(a[k]))));

const committed = [...fs.readdirSync(MODELS).filter((f) => f.endsWith(".mod")).map((f) => path.join(MODELS, f)), FW];

describe("sparse and dense paths agree to 1e-12 on every committed model", () => {
  for (const file of committed) {
    it(path.basename(file), () => {
      const mod = loadMod(file);
      const dense = runMod(mod, { solver: { exact: true, tolf: 1e-12 }, steadySparse: false });
      const sparse = runMod(mod, { solver: { exact: true, tolf: 1e-12, linearSolver: "sparse-lu" }, steadySparse: true });
      expect(linearSolverFor(dense.model)).not.toBe("sparse-lu"); // the default of these models is dense
      expect(dense.maxResidual).toBeLessThan(1e-12);
      expect(sparse.maxResidual).toBeLessThan(1e-12);
      expect(recDiff(dense.steadyInitial, sparse.steadyInitial)).toBeLessThan(1e-12);
      expect(recDiff(dense.steadyTerminal, sparse.steadyTerminal)).toBeLessThan(1e-12);
      expect(maxRelDiff(dense.paths, sparse.paths)).toBeLessThan(1e-12);
    }, 60_000);
  }
  it("the sparse trust region (dogleg) finds the dense one's steady state from a poor start", () => {
    const mod = loadMod(path.join(MODELS, "armington3.mod"));
    const m = compileModel(mod);
    const run = runMod(mod, { solver: { exact: true } });
    const P = Float64Array.from(mod.params.map((p) => run.params[p]));
    const guess = Float64Array.from(m.endo, (v) => run.steadyInitial[v] * 1.6 + 0.05);
    const x = new Float64Array(m.nx);
    const d = solveSteady(m, x, P, guess, { sparse: false });
    const s = solveSteady(m, x, P, guess, { sparse: true });
    for (let i = 0; i < m.n; i++) expect(Math.abs(d.y[i] - s.y[i]) / Math.max(1, Math.abs(d.y[i]))).toBeLessThan(1e-12);
  });
});

describe("generated chain models (above DENSE_MAX: sparse by default)", () => {
  const n = DENSE_MAX + 100;
  it("backward chain: the sparse path equals the direct recursion y_i(t) = rho y_i(t-1) + 0.2 y_{i-1}(t) + e(t) to 1e-13", () => {
    const run = runMod(parseMod(chainMod(n, { variant: "backward", periods: 40 }), "b.mod"), { solver: { exact: true } });
    expect(linearSolverFor(run.model)).toBe("sparse-lu");
    let prev = new Float64Array(n);
    let worst = 0;
    for (let t = 1; t <= 40; t++) {
      const e = t === 1 ? 1 : 0;
      const cur = new Float64Array(n);
      for (let i = 0; i < n; i++) cur[i] = 0.5 * prev[i] + (i > 0 ? 0.2 * cur[i - 1] : 0) + e;
      for (let i = 0; i < n; i++) worst = Math.max(worst, Math.abs(run.paths[`y${i + 1}`][t] - cur[i]));
      prev = cur;
    }
    expect(worst).toBeLessThan(1e-13);
  });
  for (const variant of ["forward", "nonlinear"] as const) {
    it(`${variant} chain: sparse LU and sparse steady state equal the period-by-period solver and the dense steady state to 1e-12`, () => {
      const mod = parseMod(chainMod(n, { variant, periods: 60 }), `${variant}.mod`);
      const sparse = runMod(mod, { solver: { exact: true, tolf: 1e-12 } });
      const dense = runMod(mod, { solver: { exact: true, tolf: 1e-12, linearSolver: "lbj" }, steadySparse: false });
      expect(sparse.maxResidual).toBeLessThan(1e-12);
      expect(recDiff(dense.steadyInitial, sparse.steadyInitial)).toBeLessThan(1e-12);
      expect(maxRelDiff(dense.paths, sparse.paths)).toBeLessThan(1e-12);
      if (variant === "nonlinear") expect(sparse.iterations).toBeGreaterThan(2);
    }, 120_000);
  }
});
