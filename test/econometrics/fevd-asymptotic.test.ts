/**
 * Asymptotic FEVD standard errors (analytic delta method, Lütkepohl 2005, section 3.7.1) against a
 * numerical delta method: the FEVD as a function of (vec A, vech Sigma_u), its Jacobian by central
 * differences, and Var = J_a (W (x) Sigma_u) J_a' + J_s (2 D+ (Sigma (x) Sigma) D+' / T) J_s'.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { fitVar, fevdFromOrth, choleskyFactor } from "../../src/econometrics/var/index";
import { fevdAsymptotic } from "../../src/econometrics/var/fevd-asymptotic";
import { InvalidParameterError } from "../../src/core/errors";

const FX = path.join(__dirname, "..", "fixtures", "var");
const y = fs.readFileSync(path.join(FX, "macrodata_dlog.csv"), "utf8").trim().split("\n").slice(1).map((l) => l.split(",").slice(1).map(Number));

/** FEVD from lag matrices A[l][i][j] and Sigma, by the MA recursion (independent of the engine's irf). */
function fevdOf(A: number[][][], S: number[][], H: number): number[][][] {
  const K = S.length, p = A.length;
  const phi: number[][][] = [Array.from({ length: K }, (_, i) => Array.from({ length: K }, (_, j) => (i === j ? 1 : 0)))];
  for (let h = 1; h < H; h++) {
    const m = Array.from({ length: K }, () => new Array(K).fill(0));
    for (let l = 1; l <= Math.min(p, h); l++) for (let i = 0; i < K; i++) for (let j = 0; j < K; j++) for (let k = 0; k < K; k++) m[i][j] += A[l - 1][i][k] * phi[h - l][k][j];
    phi.push(m);
  }
  const P = choleskyFactor(S);
  const orth = phi.map((f) => f.map((row) => P[0].map((_, j) => row.reduce((s, v, k) => s + v * P[k][j], 0))));
  return fevdFromOrth(orth, H);
}

describe("asymptotic FEVD standard errors", () => {
  for (const [p, K] of [[2, 3], [1, 2]] as const) {
    it(`equal a numerical delta method (VAR(${p}), K = ${K}, h = 1..6)`, () => {
      const data = y.map((r) => r.slice(0, K));
      const res = fitVar(data, { lags: p });
      const H = 6;
      const out = fevdAsymptotic(res, H);
      const A0 = res.A.map((m) => m.map((r) => [...r]));
      const S0 = res.sigmaU.map((r) => [...r]);
      // parameters: vec(A) with A = [A_1..A_p] (index col*K + row), then vech(Sigma) (column-major lower triangle)
      const nA = K * K * p;
      const vech: [number, number][] = [];
      for (let j = 0; j < K; j++) for (let i = j; i < K; i++) vech.push([i, j]);
      const f = (theta: number[]) => {
        const A = A0.map((m) => m.map((r) => [...r]));
        for (let q = 0; q < nA; q++) {
          const col = Math.floor(q / K), row = q % K;
          A[Math.floor(col / K)][row][col % K] = theta[q];
        }
        const S = S0.map((r) => [...r]);
        vech.forEach(([i, j], q) => { S[i][j] = theta[nA + q]; S[j][i] = theta[nA + q]; });
        return fevdOf(A, S, H).flat(2);
      };
      const theta0: number[] = [];
      for (let q = 0; q < nA; q++) { const col = Math.floor(q / K), row = q % K; theta0.push(A0[Math.floor(col / K)][row][col % K]); }
      for (const [i, j] of vech) theta0.push(S0[i][j]);
      const base = f(theta0);
      // the independent FEVD equals the engine's
      out.fevd.flat(2).forEach((v, q) => expect(Math.abs(v - base[q])).toBeLessThan(1e-12));
      const J: number[][] = theta0.map((t, q) => {
        const e = 1e-6 * Math.max(1e-3, Math.abs(t));
        const up = [...theta0], dn = [...theta0];
        up[q] += e; dn[q] -= e;
        const a = f(up), b = f(dn);
        return a.map((v, r) => (v - b[r]) / (2 * e));
      });
      // covariance of theta: W (x) Sigma_u for vec A, 2 D+ (Sigma (x) Sigma) D+' / T for vech Sigma
      const d = res.nRegressors - K * p;
      const m = res.nRegressors;
      const W = (a: number, b: number) => res.zzInv.data[(d + a) * m + d + b];
      const T = res.nobs;
      // Cov(s_ij, s_kl) asymptotically (s_ik s_jl + s_il s_jk) / T
      const covS = (x: [number, number], z: [number, number]) => (S0[x[0]][z[0]] * S0[x[1]][z[1]] + S0[x[0]][z[1]] * S0[x[1]][z[0]]) / T;
      const nOut = base.length;
      for (let r = 0; r < nOut; r++) {
        let v = 0;
        for (let q1 = 0; q1 < nA; q1++) for (let q2 = 0; q2 < nA; q2++) {
          const c1 = Math.floor(q1 / K), r1 = q1 % K, c2 = Math.floor(q2 / K), r2 = q2 % K;
          v += J[q1][r] * W(c1, c2) * S0[r1][r2] * J[q2][r];
        }
        vech.forEach((x, q1) => vech.forEach((z, q2) => { v += J[nA + q1][r] * covS(x, z) * J[nA + q2][r]; }));
        const se = Math.sqrt(Math.max(0, v));
        const h = Math.floor(r / (K * K)), jj = Math.floor((r % (K * K)) / K), kk = r % K;
        const ours = out.stderr[h][jj][kk];
        expect(Math.abs(ours - se), `h=${h + 1} j=${jj} k=${kk}: ${ours} vs ${se}`).toBeLessThan(1e-6 * Math.max(1e-3, se) + 1e-9);
      }
      // impact shares of later-ordered shocks are 0 with standard error 0
      expect(out.stderr[0][0][K - 1]).toBe(0);
      expect(out.lower[2][1][0]).toBeLessThan(out.fevd[2][1][0]);
    });
  }
  it("refuses a bad horizon or coverage", () => {
    const res = fitVar(y, { lags: 2 });
    expect(() => fevdAsymptotic(res, 0)).toThrow(InvalidParameterError);
    expect(() => fevdAsymptotic(res, 5, 1)).toThrow(InvalidParameterError);
  });
});
