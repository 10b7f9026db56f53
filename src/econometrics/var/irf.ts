/**
 * Impulse responses of a VAR (Lütkepohl 2005, sections 2.3.2-2.3.3 and 3.7):
 *   Phi_0 = I, Phi_h = sum_{l=1..min(h,p)} Phi_{h-l} A_l            (MA coefficients, eq. 2.1.22)
 *   Theta_h = Phi_h P, with P the lower Cholesky factor of sigma_u (orthogonalised, eq. 2.3.27)
 * and their asymptotic standard errors by the delta method (Lütkepohl 2005, Proposition 3.6,
 * eq. 3.7.8; as statsmodels' irf.stderr), with Cov(alpha) = (Z'Z)^-1 (x) Sigma_u (lag rows only)
 * and Cov(vech Sigma) = 2 D+ (Sigma (x) Sigma) D+' / T.
 * Layouts follow the references: irf[h][i][j] = response of i at horizon h to a shock in j.
 */
import { InvalidParameterError } from "../../core/errors";
import { add, fromRows, identity, kron, mat, Mat, matmul, scale, solve, transpose } from "../../core/linalg";
import { choleskyFactor, companion, deterministicCount, VarResult } from "./estimate";

/** MA coefficient matrices Phi_0..Phi_H (each K x K) from lag matrices A_1..A_p, into flat storage. */
export function maCoefficientsFlat(A: Float64Array, K: number, p: number, H: number, out?: Float64Array): Float64Array {
  const KK = K * K;
  const phi = out ?? new Float64Array((H + 1) * KK);
  phi.fill(0, 0, KK);
  for (let i = 0; i < K; i++) phi[i * K + i] = 1;
  for (let h = 1; h <= H; h++) {
    const o = h * KK;
    phi.fill(0, o, o + KK);
    const L = Math.min(h, p);
    for (let l = 1; l <= L; l++) {
      const po = (h - l) * KK, ao = (l - 1) * KK;
      // Phi_h += Phi_{h-l} A_l
      for (let i = 0; i < K; i++)
        for (let k = 0; k < K; k++) {
          const v = phi[po + i * K + k];
          if (v === 0) continue;
          for (let j = 0; j < K; j++) phi[o + i * K + j] += v * A[ao + k * K + j];
        }
    }
  }
  return phi;
}

/** Theta_h = Phi_h P for all h (flat storage). */
export function orthogonaliseFlat(phi: Float64Array, P: Float64Array, K: number, H: number, out?: Float64Array): Float64Array {
  const KK = K * K;
  const th = out ?? new Float64Array((H + 1) * KK);
  for (let h = 0; h <= H; h++) {
    const o = h * KK;
    for (let i = 0; i < K; i++)
      for (let j = 0; j < K; j++) {
        let s = 0;
        for (let k = j; k < K; k++) s += phi[o + i * K + k] * P[k * K + j];
        th[o + i * K + j] = s;
      }
  }
  return th;
}

export function flatToNested(x: Float64Array, K: number, H: number): number[][][] {
  const out: number[][][] = [];
  for (let h = 0; h <= H; h++) {
    const m: number[][] = [];
    for (let i = 0; i < K; i++) m.push(Array.from(x.subarray(h * K * K + i * K, h * K * K + (i + 1) * K)));
    out.push(m);
  }
  return out;
}

export function lagMatricesFlat(res: VarResult): Float64Array {
  const { K, p } = res;
  const A = new Float64Array(p * K * K);
  for (let l = 0; l < p; l++) for (let i = 0; i < K; i++) for (let j = 0; j < K; j++) A[l * K * K + i * K + j] = res.A[l][i][j];
  return A;
}

export interface IrfResult {
  horizon: number;
  names: string[];
  /** Phi_h: irf[h][i][j] */
  ma: number[][][];
  /** Theta_h = Phi_h P */
  orth: number[][][];
  /** cumulative sums of orth over h */
  orthCumulative: number[][][];
  /** Cholesky factor P (lower), P P' = sigma_u (df-adjusted, or the ML one with sigma: "ml") */
  P: number[][];
  /** which residual covariance identified the shocks */
  sigma: IrfSigma;
  /** asymptotic standard errors (Lütkepohl eq. 3.7.8) of orth and ma, computed on first access */
  readonly orthStderr: number[][][];
  readonly maStderr: number[][][];
}

/**
 * Residual covariance behind the orthogonalisation and the asymptotic standard errors:
 * "df" = U'U / (T - m) (R vars, statsmodels; default), "ml" = U'U / T (gretl; Stata's `var`
 * without `dfk`). ML-based OIRFs are the df-based ones times sqrt((T - m) / T).
 */
export type IrfSigma = "df" | "ml";

/** Impulse responses to horizon H with asymptotic standard errors. */
export function irf(res: VarResult, H: number, opts: { sigma?: IrfSigma } = {}): IrfResult {
  if (!Number.isInteger(H) || H < 0 || H > 1000) throw new InvalidParameterError("horizon", `must be an integer in [0, 1000], got ${H}`);
  const sigma: IrfSigma = opts.sigma ?? "df";
  if (sigma !== "df" && sigma !== "ml") throw new InvalidParameterError("sigma", `must be 'df' or 'ml', got '${sigma}'`);
  const S = sigma === "df" ? res.sigmaU : res.sigmaUml;
  const { K, p } = res;
  const A = lagMatricesFlat(res);
  const phi = maCoefficientsFlat(A, K, p, H);
  const P = choleskyFactor(S);
  const th = orthogonaliseFlat(phi, Float64Array.from(P.flat()), K, H);
  const orth = flatToNested(th, K, H);
  const cum: number[][][] = [];
  for (let h = 0; h <= H; h++) cum.push(orth[h].map((row, i) => row.map((v, j) => v + (h > 0 ? cum[h - 1][i][j] : 0))));
  // asymptotic standard errors cost O(H K^6 p^2): computed on first access only
  let se: { orth: number[][][]; ma: number[][][] } | null = null;
  const getSe = () => (se ??= irfAsymptoticStderr(res, phi, P, H, S));
  const out = { horizon: H, names: res.names, ma: flatToNested(phi, K, H), orth, orthCumulative: cum, P, sigma } as IrfResult;
  Object.defineProperty(out, "orthStderr", { get: () => getSe().orth, enumerable: true });
  Object.defineProperty(out, "maStderr", { get: () => getSe().ma, enumerable: true });
  return out;
}

/** Elimination matrix L_K (vech = L vec), duplication D_K (vec = D vech), commutation K_KK. */
function eliminationMatrix(K: number): Mat {
  const n = (K * (K + 1)) / 2;
  const L = mat(n, K * K);
  let r = 0;
  for (let j = 0; j < K; j++) for (let i = j; i < K; i++) L.data[r++ * K * K + j * K + i] = 1;
  return L;
}
function duplicationMatrix(K: number): Mat {
  const n = (K * (K + 1)) / 2;
  const D = mat(K * K, n);
  let c = 0;
  for (let j = 0; j < K; j++)
    for (let i = j; i < K; i++) {
      D.data[(j * K + i) * n + c] = 1;
      D.data[(i * K + j) * n + c] = 1;
      c++;
    }
  return D;
}
function commutationMatrix(K: number): Mat {
  const C = mat(K * K, K * K);
  for (let i = 0; i < K; i++) for (let j = 0; j < K; j++) C.data[(i * K + j) * K * K + j * K + i] = 1;
  return C;
}

/**
 * Delta-method covariances of vec(Phi_h) and vec(Theta_h) (Lütkepohl 2005, Prop. 3.6):
 *   Cov(vec Phi_h)   = G_h Sigma_alpha G_h',  G_h = sum_{m<h} J (A')^{h-1-m} (x) Phi_m (J: first K rows)
 *   Cov(vec Theta_h) = C_h Sigma_alpha C_h' + Cbar_h Sigma_sigma Cbar_h' / T,
 *   C_h = (P' (x) I) G_h, Cbar_h = (I (x) Phi_h) H, H = L' (L ((I (x) P) K_KK + (P (x) I)) L')^-1.
 * Standard errors are the square roots of the diagonals, unvectorised column-major.
 */
function irfAsymptoticStderr(res: VarResult, phi: Float64Array, Prows: number[][], H: number, sigmaRows: number[][]): { orth: number[][][]; ma: number[][][] } {
  const { K, p, nobs: T } = res;
  const KK = K * K;
  const d = deterministicCount(res.trend);
  const m = res.nRegressors;
  const nA = K * p; // lag regressors
  // Sigma_alpha = (Z'Z)^-1[lag rows] (x) Sigma_u, ordering vec(A) with A = [A_1 .. A_p] (K x Kp)
  const zz = mat(nA, nA);
  for (let i = 0; i < nA; i++) for (let j = 0; j < nA; j++) zz.data[i * nA + j] = res.zzInv.data[(d + i) * m + d + j];
  const sig = fromRows(sigmaRows);
  const covA = kron(zz, sig);
  // Sigma_sigma = 2 D+ (Sigma (x) Sigma) D+'
  const D = duplicationMatrix(K);
  const Dt = transpose(D);
  const Dplus = solve(matmul(Dt, D), Dt, "D'D"); // (D'D)^-1 D'
  const covSig = scale(matmul(matmul(Dplus, kron(sig, sig)), transpose(Dplus)), 2);
  const P = fromRows(Prows);
  const Ik = identity(K);
  const L = eliminationMatrix(K);
  const Kkk = commutationMatrix(K);
  const Bm = matmul(matmul(L, add(matmul(kron(Ik, P), Kkk), kron(P, Ik))), transpose(L));
  const Hm = transpose(solve(transpose(Bm), L, "the H matrix of the IRF delta method")); // L' B^-1
  const PIk = kron(transpose(P), Ik);
  const C = companion(res.A);
  const Ct = transpose(C);
  // powers (A')^k, first K rows
  const pow: Mat[] = [];
  let cur = identity(K * p);
  for (let k = 0; k < H; k++) {
    pow.push(sliceRows(cur, K));
    cur = matmul(cur, Ct);
  }
  const phiMat = (h: number): Mat => mat(K, K, phi.subarray(h * KK, (h + 1) * KK));
  const orth: number[][][] = [];
  const ma: number[][][] = [];
  for (let h = 0; h <= H; h++) {
    let covMa: Mat | null = null;
    let covOrth: Mat;
    if (h > 0) {
      let G = mat(KK, KK * p);
      for (let mm = 0; mm < h; mm++) G = add(G, kron(pow[h - 1 - mm], phiMat(mm)));
      covMa = matmul(matmul(G, covA), transpose(G));
      const Ci = matmul(PIk, G);
      covOrth = matmul(matmul(Ci, covA), transpose(Ci));
    } else {
      covOrth = mat(KK, KK);
    }
    const Cbar = matmul(kron(Ik, phiMat(h)), Hm);
    covOrth = add(covOrth, scale(matmul(matmul(Cbar, covSig), transpose(Cbar)), 1 / T));
    orth.push(unvecDiagSqrt(covOrth, K));
    ma.push(covMa ? unvecDiagSqrt(covMa, K) : Array.from({ length: K }, () => new Array(K).fill(0)));
  }
  return { orth, ma };
}

function sliceRows(a: Mat, r: number): Mat {
  return mat(r, a.cols, a.data.subarray(0, r * a.cols));
}

function unvecDiagSqrt(c: Mat, K: number): number[][] {
  const out: number[][] = Array.from({ length: K }, () => new Array(K).fill(0));
  for (let col = 0; col < K; col++)
    for (let row = 0; row < K; row++) {
      const idx = col * K + row;
      out[row][col] = Math.sqrt(Math.max(0, c.data[idx * c.cols + idx]));
    }
  return out;
}
