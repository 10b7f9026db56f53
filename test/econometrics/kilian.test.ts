/**
 * Kilian's (1998) bias-corrected bootstrap: equal to a hand implementation for a bivariate VAR(1)
 * (normal equations, 2 x 2 eigenvalues, A^h P responses, sorted type-7 quantiles), the stage-1 bias
 * of an AR(1) close to the Marriott-Pope (1954) approximation -(1 + 3 rho) / T, the stationarity
 * shrinkage, determinism, and typed errors on bad input.
 */
import { describe, expect, it } from "vitest";
import { Rng } from "../../src/core/rng";
import { InvalidParameterError } from "../../src/core/errors";
import { bootstrapSpec, fitVar, replicateSeries } from "../../src/econometrics/var/index";
import { correctBias, kilianBands, companionMaxModulus } from "../../src/econometrics/var/kilian";

function simulate(A: number[][], c: number[], T: number, seed: number): number[][] {
  const rng = new Rng(seed), K = c.length, y: number[][] = [c.map(() => 0)];
  for (let t = 1; t < T + 50; t++) y.push(c.map((ci, i) => ci + A[i].reduce((s, a, j) => s + a * y[t - 1][j], 0) + rng.normal()));
  return y.slice(50);
}

/** Hand OLS of a VAR(1) with a constant, K = 2: regressors (1, y1, y2), by Gauss elimination. */
function ols2(series: number[][]): { A: number[][]; S: number[][] } {
  const n = series.length - 1;
  const Z = series.slice(0, n).map((r) => [1, ...r]), Y = series.slice(1);
  const ZZ = [0, 1, 2].map((i) => [0, 1, 2].map((j) => Z.reduce((s, z) => s + z[i] * z[j], 0)));
  const ZY = [0, 1, 2].map((i) => [0, 1].map((k) => Z.reduce((s, z, t) => s + z[i] * Y[t][k], 0)));
  const M = ZZ.map((r, i) => [...r, ...ZY[i]]);
  for (let c = 0; c < 3; c++) for (let r = 0; r < 3; r++) if (r !== c) { const f = M[r][c] / M[c][c]; M[r] = M[r].map((v, j) => v - f * M[c][j]); }
  const B = M.map((r, i) => r.slice(3).map((v) => v / M[i][i]));
  const A = [0, 1].map((i) => [0, 1].map((j) => B[1 + j][i]));
  const U = Y.map((yt, t) => yt.map((v, k) => v - Z[t].reduce((s, z, i) => s + z * B[i][k], 0)));
  const S = [0, 1].map((i) => [0, 1].map((j) => U.reduce((s, u) => s + u[i] * u[j], 0) / (n - 3)));
  return { A, S };
}
const maxMod2 = (A: number[][]) => {
  const tr = A[0][0] + A[1][1], det = A[0][0] * A[1][1] - A[0][1] * A[1][0], disc = tr * tr - 4 * det;
  return disc >= 0 ? Math.max(Math.abs((tr + Math.sqrt(disc)) / 2), Math.abs((tr - Math.sqrt(disc)) / 2)) : Math.sqrt(det);
};
const shrink2 = (A: number[][], bias: number[][]) => {
  if (maxMod2(A) >= 1) return A;
  for (let s = 0; s <= 100; s++) {
    const d = (100 - s) / 100, C = A.map((r, i) => r.map((v, j) => v - d * bias[i][j]));
    if (d === 0 || maxMod2(C) < 1) return C;
  }
  return A;
};
const chol2 = (S: number[][]) => { const a = Math.sqrt(S[0][0]), b = S[1][0] / a; return [[a, 0], [b, Math.sqrt(S[1][1] - b * b)]]; };
const mm = (X: number[][], Y: number[][]) => X.map((r) => [0, 1].map((j) => r[0] * Y[0][j] + r[1] * Y[1][j]));
const resp = (A: number[][], S: number[][], H: number) => { const out = [chol2(S)]; for (let h = 1; h <= H; h++) out.push(mm(A, out[h - 1])); return out; };
const q7 = (v: number[], q: number) => { const s = v.slice().sort((a, b) => a - b); const h = (s.length - 1) * q, lo = Math.floor(h); return s[lo] + (h - lo) * (s[Math.min(lo + 1, s.length - 1)] - s[lo]); };

describe("Kilian's bias-corrected bootstrap", () => {
  const y = simulate([[0.9, 0.05], [0.2, 0.5]], [0.1, 0.2], 80, 11);
  const res = fitVar(y, { lags: 1 });
  const H = 6, R1 = 60, R2 = 80, seed = 5;
  const kb = kilianBands(res, { horizon: H, replications1: R1, replications2: R2, seed });

  it("equals a hand implementation (bivariate VAR(1)): bias, corrected point responses and percentile interval", () => {
    const spec = bootstrapSpec(res, H, "residual", seed);
    const Ahat = ols2(y).A;
    const mean = [[0, 0], [0, 0]];
    for (let r = 0; r < R1; r++) { const A = ols2(replicateSeries(spec, r)).A; for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) mean[i][j] += A[i][j] / R1; }
    const bias = mean.map((row, i) => row.map((v, j) => v - Ahat[i][j]));
    for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) expect(Math.abs(kb.bias[0][i][j] - bias[i][j])).toBeLessThan(1e-10);
    const Atil = shrink2(Ahat, bias);
    for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) expect(Math.abs(kb.corrected[0][i][j] - Atil[i][j])).toBeLessThan(1e-10);
    const point = resp(Atil, res.sigmaU, H);
    const spec2 = { ...spec, A: Float64Array.from([Atil[0][0], Atil[0][1], Atil[1][0], Atil[1][1]]) };
    const reps = Array.from({ length: R2 }, (_, r) => { const f = ols2(replicateSeries(spec2, R1 + r)); return resp(shrink2(f.A, bias), f.S, H); });
    for (let h = 0; h <= H; h++) for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) {
      expect(Math.abs(kb.point[h][i][j] - point[h][i][j])).toBeLessThan(1e-10);
      const v = reps.map((rp) => rp[h][i][j]);
      expect(Math.abs(kb.lower[h][i][j] - q7(v, 0.025))).toBeLessThan(1e-9);
      expect(Math.abs(kb.upper[h][i][j] - q7(v, 0.975))).toBeLessThan(1e-9);
      expect(Math.abs(kb.draws[((h * 2 + i) * 2 + j) * R2 + 7] - reps[7][h][i][j])).toBeLessThan(1e-9);
    }
    expect(Math.abs(kb.maxRoot.ols - maxMod2(Ahat))).toBeLessThan(1e-12);
    expect(Math.abs(kb.maxRoot.corrected - maxMod2(Atil))).toBeLessThan(1e-12);
  });

  it("is deterministic for a seed", () => {
    const again = kilianBands(res, { horizon: H, replications1: R1, replications2: R2, seed });
    expect(Array.from(again.draws)).toEqual(Array.from(kb.draws));
  });

  it("estimates the AR(1) bias near the Marriott-Pope approximation -(1 + 3 rho) / T", () => {
    const T = 100;
    const x = simulate([[0.9]], [0.1], T + 1, 3);
    const r1 = fitVar(x, { lags: 1 });
    const k = kilianBands(r1, { horizon: 1, replications1: 2000, replications2: 2, seed: 2 });
    const rho = r1.A[0][0][0];
    // bias at rho-hat; the approximation has an O(1/T^2) error and the mean of 2000 replicates an MC error near 0.001
    expect(Math.abs(k.bias[0][0][0] - -(1 + 3 * rho) / T)).toBeLessThan(0.01);
    expect(k.corrected[0][0][0]).toBeGreaterThan(rho);
  });

  it("shrinks the correction to keep the corrected matrix stable, and leaves a nonstationary estimate alone", () => {
    const A = Float64Array.from([0.98]), bias = Float64Array.from([-0.045]);
    const c = correctBias(A, bias, 1, 1);
    expect(c.delta).toBeCloseTo(0.44, 12); // 0.98 + 0.045 delta < 1 first at delta = 0.44
    expect(companionMaxModulus(c.A, 1, 1)).toBeLessThan(1);
    expect(correctBias(Float64Array.from([1.01]), bias, 1, 1)).toEqual({ A: Float64Array.from([1.01]), delta: 0 });
  });

  it("refuses bad input with typed errors", () => {
    expect(() => kilianBands(null as never, { horizon: 4 })).toThrow(InvalidParameterError);
    expect(() => kilianBands(res, { horizon: -1 })).toThrow(InvalidParameterError);
    expect(() => kilianBands(res, { horizon: 4, replications1: 1 })).toThrow(InvalidParameterError);
    expect(() => kilianBands(res, { horizon: 4, ci: 1.5 })).toThrow(InvalidParameterError);
    expect(() => kilianBands(res, { horizon: 4, seed: 0.5 })).toThrow(InvalidParameterError);
  });
});
