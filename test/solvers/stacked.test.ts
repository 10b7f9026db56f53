/**
 * The stacked linear solvers against a dense LU of the whole n*T system: the period-recursive sparse
 * elimination (both directions, pivot drift and re-planning) and the block-banded solver for
 * leads/lags of order two; the Markowitz plan; singular systems.
 */
import { describe, expect, it } from "vitest";
import { NumericalError } from "../../src/core/errors";
import { Rng } from "../../src/core/rng";
import { BlockBandedSolver } from "../../src/solvers/banded";
import { factorWithPlan, JacLayout, planLu, solveWithPlan, StackedSparseSolver } from "../../src/solvers/stacked-sparse";

/** Dense Gaussian elimination with partial pivoting (the reference). */
function denseSolve(A: Float64Array, b: Float64Array, N: number): Float64Array {
  const M = Float64Array.from(A), x = Float64Array.from(b);
  for (let c = 0; c < N; c++) {
    let p = c;
    for (let r = c + 1; r < N; r++) if (Math.abs(M[r * N + c]) > Math.abs(M[p * N + c])) p = r;
    for (let j = 0; j < N; j++) { const t = M[c * N + j]; M[c * N + j] = M[p * N + j]; M[p * N + j] = t; }
    const t = x[c]; x[c] = x[p]; x[p] = t;
    for (let r = c + 1; r < N; r++) {
      const f = M[r * N + c] / M[c * N + c];
      if (f === 0) continue;
      for (let j = c; j < N; j++) M[r * N + j] -= f * M[c * N + j];
      x[r] -= f * x[c];
    }
  }
  for (let i = N - 1; i >= 0; i--) {
    let s = x[i];
    for (let j = i + 1; j < N; j++) s -= M[i * N + j] * x[j];
    x[i] = s / M[i * N + i];
  }
  return x;
}

/** A random sparse dynamic Jacobian pattern: each equation has a current entry on its own variable and a few others. */
function randomLayout(rng: Rng, n: number, maxLag: number, maxLead: number, density = 0.15): JacLayout {
  const i: number[] = [], j: number[] = [], lag: number[] = [];
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) for (let l = -maxLag; l <= maxLead; l++) {
      if ((l === 0 && c === r) || rng.uniform() < density / (1 + Math.abs(l))) { i.push(r); j.push(c); lag.push(l); }
    }
  }
  return { n, i: Int32Array.from(i), j: Int32Array.from(j), lag: Int32Array.from(lag), eqName: (k) => `eq ${k + 1}` };
}

function stackedDense(lay: JacLayout, T: number, JAC: Float64Array): Float64Array {
  const n = lay.n, N = n * T, nz = lay.i.length, A = new Float64Array(N * N);
  for (let t = 0; t < T; t++) for (let e = 0; e < nz; e++) {
    const s = t + lay.lag[e];
    if (s < 0 || s >= T) continue;
    A[(t * n + lay.i[e]) * N + s * n + lay.j[e]] += JAC[t * nz + e];
  }
  return A;
}

describe("period-recursive sparse elimination equals a dense solve of the stacked system", () => {
  for (const [n, T, seed, lagOnly] of [[6, 12, 1, false], [15, 20, 2, false], [25, 9, 3, false], [12, 15, 4, true]] as [number, number, number, boolean][]) {
    it(`n = ${n}, T = ${T} (seed ${seed}${lagOnly ? ", sparser" : ""}): max |dy - dense| < 1e-9 relative`, () => {
      const rng = new Rng(seed);
      const lay = randomLayout(rng, n, 1, 1, lagOnly ? 0.05 : 0.15);
      const nz = lay.i.length;
      const JAC = new Float64Array(T * nz), RES = new Float64Array(T * n);
      // diagonally weighted so the stacked system is well conditioned; entries vary by period
      for (let t = 0; t < T; t++) for (let e = 0; e < nz; e++) JAC[t * nz + e] = (lay.lag[e] === 0 && lay.i[e] === lay.j[e] ? 3 : 0) + rng.uniform() - 0.5;
      for (let k = 0; k < RES.length; k++) RES[k] = rng.uniform() - 0.5;
      const s = new StackedSparseSolver(lay, T), dy = new Float64Array(T * n);
      s.step(RES, JAC, dy);
      const ref = denseSolve(stackedDense(lay, T, JAC), RES.map((v) => -v), n * T);
      let md = 0, scale = 0;
      for (let k = 0; k < dy.length; k++) { md = Math.max(md, Math.abs(dy[k] - ref[k])); scale = Math.max(scale, Math.abs(ref[k])); }
      expect(md / scale).toBeLessThan(1e-9);
    });
  }
  it("runs forward when only lags occur and backward when only leads occur; both equal the dense solve (1e-9 relative)", () => {
    for (const [p, q, reversed] of [[1, 0, false], [0, 1, true]] as [number, number, boolean][]) {
      const rng = new Rng(11 + p);
      const n = 8, T = 10, lay = randomLayout(rng, n, p, q, 0.3), nz = lay.i.length;
      const JAC = new Float64Array(T * nz), RES = new Float64Array(T * n);
      for (let t = 0; t < T; t++) for (let e = 0; e < nz; e++) JAC[t * nz + e] = (lay.lag[e] === 0 && lay.i[e] === lay.j[e] ? 3 : 0) + rng.uniform() - 0.5;
      for (let k = 0; k < RES.length; k++) RES[k] = rng.uniform() - 0.5;
      const s = new StackedSparseSolver(lay, T), dy = new Float64Array(T * n);
      expect(s.reversed).toBe(reversed);
      s.step(RES, JAC, dy);
      const ref = denseSolve(stackedDense(lay, T, JAC), RES.map((v) => -v), n * T);
      let md = 0, scale = 0;
      for (let k = 0; k < dy.length; k++) { md = Math.max(md, Math.abs(dy[k] - ref[k])); scale = Math.max(scale, Math.abs(ref[k])); }
      expect(md / scale).toBeLessThan(1e-9);
    }
  });
  it("re-plans the pivot order when a planned pivot becomes too small in a later period", () => {
    // two equations, one variable each way; in period 3 the planned pivot vanishes
    const lay: JacLayout = { n: 2, i: Int32Array.from([0, 0, 1, 1, 0]), j: Int32Array.from([0, 1, 0, 1, 1]), lag: Int32Array.from([0, 0, 0, 0, 1]), eqName: (k) => `eq ${k}` };
    const T = 5, nz = 5, JAC = new Float64Array(T * nz), RES = new Float64Array(T * 2);
    for (let t = 0; t < T; t++) JAC.set(t === 2 ? [1e-14, 1, 1, 1, 0.3] : [4, 1, 1, 2, 0.3], t * nz);
    for (let k = 0; k < RES.length; k++) RES[k] = k + 1;
    const s = new StackedSparseSolver(lay, T), dy = new Float64Array(T * 2);
    s.step(RES, JAC, dy);
    expect(s.plans).toBeGreaterThan(1);
    const ref = denseSolve(stackedDense(lay, T, JAC), RES.map((v) => -v), 2 * T);
    for (let k = 0; k < dy.length; k++) expect(Math.abs(dy[k] - ref[k])).toBeLessThan(1e-10);
  });
  it("a singular period raises NumericalError naming the equation and period", () => {
    const lay: JacLayout = { n: 2, i: Int32Array.from([0, 1]), j: Int32Array.from([0, 0]), lag: Int32Array.from([0, 0]), eqName: (k) => `eq ${k + 1}` };
    const s = new StackedSparseSolver(lay, 3);
    expect(() => s.step(new Float64Array(6).fill(1), new Float64Array(6).fill(1), new Float64Array(6))).toThrow(NumericalError);
    expect(() => s.step(new Float64Array(6).fill(1), new Float64Array(6).fill(1), new Float64Array(6))).toThrow(/singular at period 1: no usable pivot for equation 'eq 2'/);
  });
});

describe("Markowitz plan with threshold pivoting", () => {
  it("factors and solves a matrix that needs row exchanges (solution to 1e-12)", () => {
    const n = 4;
    const A = Float64Array.from([0, 2, 0, 1, 1, 0, 0, 0, 0, 1, 3, 0, 2, 0, 1, 5]);
    const S = Uint8Array.from(A, (v) => (v !== 0 ? 1 : 0));
    const plan = planLu(Float64Array.from(A), S, n);
    if ("singularRow" in plan) throw new Error("unexpected");
    const W = Float64Array.from(A);
    expect(factorWithPlan(plan, W)).toBe(-1);
    const b = Float64Array.from([1, 2, 3, 4]), x = new Float64Array(n);
    solveWithPlan(plan, W, Float64Array.from(b), x, 1);
    for (let i = 0; i < n; i++) { let s = 0; for (let j = 0; j < n; j++) s += A[i * n + j] * x[j]; expect(Math.abs(s - b[i])).toBeLessThan(1e-12); }
  });
  it("reports a structurally singular matrix", () => {
    const A = Float64Array.from([1, 1, 0, 0]);
    expect(planLu(A, Uint8Array.from([1, 1, 0, 0]), 2)).toEqual({ singularRow: 1 });
  });
});

describe("block-banded solver (leads and lags of order two)", () => {
  it("equals a dense solve (1e-9 relative), cost grows linearly in T", () => {
    const rng = new Rng(9);
    const n = 5, T = 14, lay = randomLayout(rng, n, 2, 2, 0.2), nz = lay.i.length;
    const JAC = new Float64Array(T * nz), RES = new Float64Array(T * n);
    for (let t = 0; t < T; t++) for (let e = 0; e < nz; e++) JAC[t * nz + e] = (lay.lag[e] === 0 && lay.i[e] === lay.j[e] ? 4 : 0) + rng.uniform() - 0.5;
    for (let k = 0; k < RES.length; k++) RES[k] = rng.uniform();
    const b = new BlockBandedSolver(T, n, 2, 2);
    for (let t = 0; t < T; t++) for (let e = 0; e < nz; e++) {
      const s = t + lay.lag[e];
      if (s < 0 || s >= T) continue;
      b.blocks[b.offset(t, lay.lag[e]) + lay.i[e] * n + lay.j[e]] += JAC[t * nz + e];
    }
    const dy = RES.map((v) => -v);
    b.solve(dy);
    const ref = denseSolve(stackedDense(lay, T, JAC), RES.map((v) => -v), n * T);
    let md = 0, scale = 0;
    for (let k = 0; k < dy.length; k++) { md = Math.max(md, Math.abs(dy[k] - ref[k])); scale = Math.max(scale, Math.abs(ref[k])); }
    expect(md / scale).toBeLessThan(1e-9);
  });
});
