/**
 * The asymptotic IRF standard errors (Lütkepohl 2005 eq. 3.7.8, computed in irf.ts from the
 * Kronecker structure) checked against a brute-force delta method: numerical Jacobians of
 * vec(Phi_h) and vec(Theta_h) with respect to alpha = vec[A_1..A_p] and vech(Sigma) by central
 * differences, combined with Cov(alpha) = W (x) Sigma (W: lag block of (Z'Z)^-1) and
 * Cov(vech Sigma) = 2 D+ (Sigma (x) Sigma) D+' / T. Independent of statsmodels, so it also covers
 * sigma "ml" and trends / lag orders without a reference file.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { fitVar, irf, VarResult } from "../../src/econometrics/var/index";

const FX = path.join(__dirname, "..", "fixtures", "var");
const y = fs.readFileSync(path.join(FX, "macrodata_dlog.csv"), "utf8").trim().split("\n").slice(1).map((l) => l.split(",").slice(1).map(Number));

function chol(S: number[][]): number[][] {
  const K = S.length;
  const L = S.map(() => new Array(K).fill(0));
  for (let j = 0; j < K; j++) {
    let s = S[j][j];
    for (let k = 0; k < j; k++) s -= L[j][k] ** 2;
    L[j][j] = Math.sqrt(s);
    for (let i = j + 1; i < K; i++) {
      let v = S[i][j];
      for (let k = 0; k < j; k++) v -= L[i][k] * L[j][k];
      L[i][j] = v / L[j][j];
    }
  }
  return L;
}

/** vec(Phi_h) and vec(Theta_h), h = 0..H, column-major, from A[l][i][j] and Sigma. */
function responses(A: number[][][], S: number[][], H: number): { ma: number[]; orth: number[] } {
  const K = S.length, p = A.length;
  const phi: number[][][] = [S.map((_, i) => S.map((__, j) => (i === j ? 1 : 0)))];
  for (let h = 1; h <= H; h++) {
    const M = S.map(() => new Array(K).fill(0));
    for (let l = 1; l <= Math.min(h, p); l++)
      for (let i = 0; i < K; i++) for (let j = 0; j < K; j++) for (let k = 0; k < K; k++) M[i][j] += phi[h - l][i][k] * A[l - 1][k][j];
    phi.push(M);
  }
  const P = chol(S);
  const ma: number[] = [], orth: number[] = [];
  for (let h = 0; h <= H; h++)
    for (let j = 0; j < K; j++)
      for (let i = 0; i < K; i++) {
        ma.push(phi[h][i][j]);
        let v = 0;
        for (let k = 0; k < K; k++) v += phi[h][i][k] * P[k][j];
        orth.push(v);
      }
  return { ma, orth };
}

function deltaMethod(res: VarResult, H: number, S: number[][]): { ma: number[]; orth: number[] } {
  const { K, p, nobs: T } = res;
  const d = res.regressors.length - K * p - res.nExog;
  // alpha[c * K + r] = A[r][c], A = [A_1 .. A_p] (K x Kp): c = (l - 1) K + j
  const alpha0: number[] = [];
  for (let c = 0; c < K * p; c++) for (let r = 0; r < K; r++) alpha0.push(res.A[Math.floor(c / K)][r][c % K]);
  const vech: [number, number][] = [];
  for (let j = 0; j < K; j++) for (let i = j; i < K; i++) vech.push([i, j]);
  const build = (alpha: number[], sig: number[]) => {
    const A = Array.from({ length: p }, (_, l) => Array.from({ length: K }, (_, i) => Array.from({ length: K }, (_, j) => alpha[(l * K + j) * K + i])));
    const Sg = S.map((r) => [...r]);
    vech.forEach(([i, j], k) => { Sg[i][j] = sig[k]; Sg[j][i] = sig[k]; });
    return responses(A, Sg, H);
  };
  const sig0 = vech.map(([i, j]) => S[i][j]);
  const n = (H + 1) * K * K;
  const jac = (which: "a" | "s", out: "ma" | "orth"): number[][] => {
    const base = which === "a" ? alpha0 : sig0;
    const J: number[][] = Array.from({ length: n }, () => new Array(base.length).fill(0));
    for (let q = 0; q < base.length; q++) {
      const step = 1e-5 * Math.max(Math.abs(base[q]), which === "a" ? 1e-2 : 1e-6);
      const up = [...base], dn = [...base];
      up[q] += step;
      dn[q] -= step;
      const fu = which === "a" ? build(up, sig0)[out] : build(alpha0, up)[out];
      const fd = which === "a" ? build(dn, sig0)[out] : build(alpha0, dn)[out];
      for (let r = 0; r < n; r++) J[r][q] = (fu[r] - fd[r]) / (2 * step);
    }
    return J;
  };
  const m = res.nRegressors;
  const W = (a: number, b: number) => res.zzInv.data[(d + a) * m + d + b];
  const covA = (a: number, b: number) => W(Math.floor(a / K), Math.floor(b / K)) * S[a % K][b % K];
  // Cov(vech S): Cov(s_ij, s_kl) = (S_ik S_jl + S_il S_jk) / T
  const covS = (a: number, b: number) => {
    const [i, j] = vech[a], [k, l] = vech[b];
    return (S[i][k] * S[j][l] + S[i][l] * S[j][k]) / T;
  };
  const quad = (J: number[][], cov: (a: number, b: number) => number, r: number) => {
    let v = 0;
    const row = J[r];
    for (let a = 0; a < row.length; a++) for (let b = 0; b < row.length; b++) v += row[a] * cov(a, b) * row[b];
    return v;
  };
  const JaM = jac("a", "ma"), JaO = jac("a", "orth"), JsO = jac("s", "orth");
  const ma: number[] = [], orth: number[] = [];
  for (let r = 0; r < n; r++) {
    ma.push(Math.sqrt(quad(JaM, covA, r)));
    orth.push(Math.sqrt(quad(JaO, covA, r) + quad(JsO, covS, r)));
  }
  return { ma, orth };
}

describe("asymptotic IRF standard errors equal a brute-force numerical delta method (1e-6 rel, abs floor 1e-9 of the largest)", () => {
  const cases: [string, VarResult, "df" | "ml"][] = [
    ["VAR(2), const, sigma df", fitVar(y, { lags: 2 }), "df"],
    ["VAR(2), const, sigma ml", fitVar(y, { lags: 2 }), "ml"],
    ["VAR(3), trend ct, sigma df", fitVar(y, { lags: 3, trend: "ct" }), "df"],
    ["VAR(1), no deterministic terms, sigma ml", fitVar(y, { lags: 1, trend: "n" }), "ml"],
  ];
  for (const [name, res, sigma] of cases) {
    it(name, () => {
      const H = 8;
      const ir = irf(res, H, { sigma });
      const S = sigma === "df" ? res.sigmaU : res.sigmaUml;
      const ref = deltaMethod(res, H, S);
      const K = res.K;
      const flat = (x: number[][][]) => { const o: number[] = []; for (let h = 0; h <= H; h++) for (let j = 0; j < K; j++) for (let i = 0; i < K; i++) o.push(x[h][i][j]); return o; };
      for (const [ours, theirs] of [[flat(ir.orthStderr), ref.orth], [flat(ir.maStderr), ref.ma]] as const) {
        const big = Math.max(...theirs);
        for (let r = 0; r < ours.length; r++) expect(Math.abs(ours[r] - theirs[r]) / Math.max(theirs[r], 1e-9 * big)).toBeLessThan(1e-6);
      }
    });
  }
});
