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
    for (let i = 0; i < K; i++) {
      // plain loop: Array.from(typedArray.subarray(...)) is several times slower in V8
      const row = new Array<number>(K);
      const o = h * K * K + i * K;
      for (let j = 0; j < K; j++) row[j] = x[o + j];
      m.push(row);
    }
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
  /** cumulative sums of orth over h (computed on first access) */
  readonly orthCumulative: number[][][];
  /** cumulative sums of ma over h (long-run multipliers as h grows; computed on first access) */
  readonly maCumulative: number[][][];
  /** Cholesky factor P (lower), P P' = sigma_u (df-adjusted, or the ML one with sigma: "ml") */
  P: number[][];
  /** which residual covariance identified the shocks */
  sigma: IrfSigma;
  /** asymptotic standard errors (Lütkepohl eq. 3.7.8) of orth and ma, computed on first access */
  readonly orthStderr: number[][][];
  readonly maStderr: number[][][];
  /** asymptotic standard errors of orthCumulative and maCumulative (Lütkepohl eqs. 3.7.7, 3.7.10; statsmodels cum_effect_stderr) */
  readonly orthCumulativeStderr: number[][][];
  readonly maCumulativeStderr: number[][][];
}

/**
 * Residual covariance behind the orthogonalisation and the asymptotic standard errors:
 * "df" = U'U / (T - m) (R vars, statsmodels; default), "ml" = U'U / T (gretl; Stata's `var`
 * without `dfk`). ML-based OIRFs are the df-based ones times sqrt((T - m) / T).
 */
export type IrfSigma = "df" | "ml";

/** Impulse responses to horizon H (default 10, as vars' n.ahead and statsmodels' periods) with asymptotic standard errors. */
export function irf(res: VarResult, H = 10, opts: { sigma?: IrfSigma } = {}): IrfResult {
  if (res === null || typeof res !== "object" || !Array.isArray((res as VarResult).sigmaU)) throw new InvalidParameterError("res", `must be a fitted VAR (from fitVar), got ${res === null ? "null" : typeof res}`, res);
  if (opts === null || typeof opts !== "object") throw new InvalidParameterError("opts", `must be an object, got ${opts === null ? "null" : typeof opts}`, opts);
  if (!Number.isInteger(H) || H < 0 || H > 1000) throw new InvalidParameterError("horizon", `must be an integer in [0, 1000], got ${H}`);
  const sigma: IrfSigma = opts.sigma ?? "df";
  if (sigma !== "df" && sigma !== "ml") throw new InvalidParameterError("sigma", `must be 'df' or 'ml', got '${sigma}'`);
  const S = sigma === "df" ? res.sigmaU : res.sigmaUml;
  const { K, p } = res;
  const A = lagMatricesFlat(res);
  const phi = maCoefficientsFlat(A, K, p, H);
  const P = choleskyFactor(S);
  const th = orthogonaliseFlat(phi, fromRows(P).data, K, H); // (Array.prototype.flat is slow in V8)
  const orth = flatToNested(th, K, H);
  const ma = flatToNested(phi, K, H);
  const cumulate = (x: number[][][]): number[][][] => {
    const cum: number[][][] = [];
    for (let h = 0; h <= H; h++) cum.push(x[h].map((row, i) => row.map((v, j) => v + (h > 0 ? cum[h - 1][i][j] : 0))));
    return cum;
  };
  // asymptotic standard errors (irfAsymptoticStderr: the cheaper of O(H K^5 p^2) and O(H^3 K^2 p)): on first access only
  let se: { orth: number[][][]; ma: number[][][] } | null = null;
  let seCum: { orth: number[][][]; ma: number[][][] } | null = null;
  const getSe = () => (se ??= irfAsymptoticStderr(res, phi, P, H, S));
  const getSeCum = () => (seCum ??= irfAsymptoticStderr(res, phi, P, H, S, true));
  const out = { horizon: H, names: res.names, ma, orth, P, sigma } as IrfResult;
  // cumulative responses are built on first access (most callers never read them)
  let cumO: number[][][] | null = null, cumM: number[][][] | null = null;
  Object.defineProperty(out, "orthCumulative", { get: () => (cumO ??= cumulate(orth)), enumerable: true });
  Object.defineProperty(out, "maCumulative", { get: () => (cumM ??= cumulate(ma)), enumerable: true });
  Object.defineProperty(out, "orthStderr", { get: () => getSe().orth, enumerable: true });
  Object.defineProperty(out, "maStderr", { get: () => getSe().ma, enumerable: true });
  Object.defineProperty(out, "orthCumulativeStderr", { get: () => getSeCum().orth, enumerable: true });
  Object.defineProperty(out, "maCumulativeStderr", { get: () => getSeCum().ma, enumerable: true });
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
 * The pieces of the delta method shared by the IRF and FEVD standard errors (Lütkepohl 2005,
 * Prop. 3.6): zz = the lag block W of (Z'Z)^-1 (Cov(vec A) = W (x) Sigma_u, A = [A_1 .. A_p]);
 * covSig = Sigma_sigma = 2 D+ (Sigma (x) Sigma) D+' (asymptotic covariance of sqrt(T) vech(Sigma_u));
 * Hm = d vec(P) / d vech(Sigma)' = L' (L ((I (x) P) K_KK + (P (x) I)) L')^-1; Ct = the companion
 * matrix transposed.
 */
export function deltaIngredients(res: VarResult, Prows: number[][], sigmaRows: number[][]): { zz: Mat; covSig: Mat; Hm: Mat; Ct: Mat; P: Mat } {
  const { K, p } = res;
  const d = deterministicCount(res.trend);
  const m = res.nRegressors;
  const nA = K * p;
  const zz = mat(nA, nA);
  for (let i = 0; i < nA; i++) for (let j = 0; j < nA; j++) zz.data[i * nA + j] = res.zzInv.data[(d + i) * m + d + j];
  const sig = fromRows(sigmaRows);
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
  return { zz, covSig, Hm, Ct: transpose(companion(res.A)), P };
}

/**
 * Delta-method covariances of vec(Phi_h) and vec(Theta_h) (Lütkepohl 2005, Prop. 3.6):
 *   Cov(vec Phi_h)   = G_h Sigma_alpha G_h',  G_h = sum_{m<h} J (A')^{h-1-m} (x) Phi_m (J: first K rows)
 *   Cov(vec Theta_h) = C_h Sigma_alpha C_h' + Cbar_h Sigma_sigma Cbar_h' / T,
 *   C_h = (P' (x) I) G_h, Cbar_h = (I (x) Phi_h) H, H = L' (L ((I (x) P) K_KK + (P (x) I)) L')^-1.
 * Standard errors are the square roots of the diagonals, unvectorised column-major.
 * This is the direct evaluation: O(H^3 K^2 p) for the coefficient term and O(K^6) per horizon for
 * the Sigma term (K^2 x K^2 products); `irfAsymptoticStderr` gives the same numbers faster and is
 * what `irf` uses; this one is kept as its reference (test/econometrics).
 */
export function irfAsymptoticStderrDirect(res: VarResult, phi: Float64Array, Prows: number[][], H: number, sigmaRows: number[][], cumulative = false): { orth: number[][][]; ma: number[][][] } {
  const { K, p, nobs: T } = res;
  const KK = K * K;
  const nA = K * p; // lag regressors
  const { zz, covSig, Hm, Ct, P } = deltaIngredients(res, Prows, sigmaRows);
  const sig = fromRows(sigmaRows);
  const Ik = identity(K);
  // The coefficient term without forming the KK x K^2p matrices G_h: with Sigma_alpha = W (x) Sigma
  // (W the lag block of (Z'Z)^-1) and M_a = J (A')^a (K x Kp),
  //   G_h Sigma_alpha G_h' = sum_{m,n<h} (M_{h-1-m} W M_{h-1-n}') (x) (Phi_m Sigma Phi_n'),
  //   C_h Sigma_alpha C_h' = sum_{m,n<h} (P' M_{h-1-m} W M_{h-1-n}' P) (x) (Phi_m Sigma Phi_n'),
  // and only diagonals are needed: diag(X (x) Y)[j K + i] = X[j][j] Y[i][i] (vec is column-major, so
  // that entry belongs to response i, shock j). O(H^3 K^2 p) instead of O(H K^6 p^2).
  const Kp = nA;
  const Mw = new Float64Array(H * K * Kp); // M_a W
  const Mp = new Float64Array(H * K * Kp); // P' M_a
  const MpW = new Float64Array(H * K * Kp); // P' M_a W
  const Mraw = new Float64Array(H * K * Kp); // M_a
  let cur = identity(Kp);
  for (let a = 0; a < H; a++) {
    const o = a * K * Kp;
    for (let r = 0; r < K; r++) for (let q = 0; q < Kp; q++) Mraw[o + r * Kp + q] = cur.data[r * Kp + q];
    for (let r = 0; r < K; r++)
      for (let q = 0; q < Kp; q++) {
        let v = 0, w = 0;
        for (let k = 0; k < Kp; k++) v += Mraw[o + r * Kp + k] * zz.data[k * Kp + q];
        for (let k = 0; k < K; k++) w += P.data[k * K + r] * Mraw[o + k * Kp + q];
        Mw[o + r * Kp + q] = v;
        Mp[o + r * Kp + q] = w;
      }
    for (let r = 0; r < K; r++)
      for (let q = 0; q < Kp; q++) {
        let v = 0;
        for (let k = 0; k < Kp; k++) v += Mp[o + r * Kp + k] * zz.data[k * Kp + q];
        MpW[o + r * Kp + q] = v;
      }
    cur = matmul(cur, Ct);
  }
  // Cumulative responses Psi_n = sum_{i<=n} Phi_i (Lütkepohl 2005 eqs. 3.7.7 and 3.7.10; statsmodels
  // cum_effect_cov): dvec(Psi_n)/dalpha' = sum_{i<=n} G_i = sum_{m<n} (sum_{b<=n-1-m} M_b) (x) Phi_m,
  // i.e. the same double sum with M_a replaced by its prefix sums, and Psi_n in the Sigma term.
  const psi = cumulative ? new Float64Array((H + 1) * KK) : phi;
  if (cumulative) {
    for (let a = 1; a < H; a++) {
      const o = a * K * Kp, o1 = (a - 1) * K * Kp;
      for (let q = 0; q < K * Kp; q++) {
        Mraw[o + q] += Mraw[o1 + q];
        Mw[o + q] += Mw[o1 + q];
        Mp[o + q] += Mp[o1 + q];
        MpW[o + q] += MpW[o1 + q];
      }
    }
    for (let h = 0; h <= H; h++) for (let q = 0; q < KK; q++) psi[h * KK + q] = phi[h * KK + q] + (h > 0 ? psi[(h - 1) * KK + q] : 0);
  }
  // R_m = Phi_m Sigma
  const Rm = new Float64Array(H * KK);
  for (let mm = 0; mm < H; mm++)
    for (let i = 0; i < K; i++)
      for (let k = 0; k < K; k++) {
        let v = 0;
        for (let l = 0; l < K; l++) v += phi[mm * KK + i * K + l] * sig.data[l * K + k];
        Rm[mm * KK + i * K + k] = v;
      }
  const x = new Float64Array(K), xo = new Float64Array(K), yv = new Float64Array(K);
  const varMa = new Float64Array(KK), varOrth = new Float64Array(KK);
  const orth: number[][][] = [];
  const ma: number[][][] = [];
  for (let h = 0; h <= H; h++) {
    varMa.fill(0);
    varOrth.fill(0);
    for (let mm = 0; mm < h; mm++) {
      const oa = (h - 1 - mm) * K * Kp;
      for (let nn = 0; nn < h; nn++) {
        const ob = (h - 1 - nn) * K * Kp;
        for (let j = 0; j < K; j++) {
          let v = 0, w = 0;
          const ra = oa + j * Kp, rb = ob + j * Kp;
          for (let q = 0; q < Kp; q++) {
            v += Mw[ra + q] * Mraw[rb + q];
            w += MpW[ra + q] * Mp[rb + q];
          }
          x[j] = v;
          xo[j] = w;
        }
        for (let i = 0; i < K; i++) {
          let v = 0;
          for (let k = 0; k < K; k++) v += Rm[mm * KK + i * K + k] * phi[nn * KK + i * K + k];
          yv[i] = v;
        }
        for (let i = 0; i < K; i++) for (let j = 0; j < K; j++) {
          varMa[i * K + j] += x[j] * yv[i];
          varOrth[i * K + j] += xo[j] * yv[i];
        }
      }
    }
    // covariance term: Cbar_h Sigma_sigma Cbar_h' / T, Cbar_h = (I (x) Phi_h) H (Psi_h when cumulative; diagonal only)
    const Cbar = matmul(kron(Ik, mat(K, K, psi.subarray(h * KK, (h + 1) * KK))), Hm);
    const CS = matmul(Cbar, covSig);
    const nv = covSig.rows;
    const o: number[][] = [], mrow: number[][] = [];
    for (let i = 0; i < K; i++) {
      const or: number[] = [], mr: number[] = [];
      for (let j = 0; j < K; j++) {
        const idx = j * K + i;
        let v = 0;
        for (let a = 0; a < nv; a++) v += CS.data[idx * nv + a] * Cbar.data[idx * nv + a];
        or.push(Math.sqrt(Math.max(0, varOrth[i * K + j] + v / T)));
        mr.push(Math.sqrt(Math.max(0, varMa[i * K + j])));
      }
      o.push(or);
      mrow.push(mr);
    }
    orth.push(o);
    ma.push(mrow);
  }
  return { orth, ma };
}

/**
 * The delta-method standard errors of `irfAsymptoticStderrDirect`, in an order whose cost grows as
 * the quantities do (issue 18):
 * - Sigma term: with P P' = Sigma and Sigma_sigma = 2 D+ (Sigma (x) Sigma) D+', the covariance of
 *   vec(P) is block diagonal with blocks C_j = P_j P_j' / 2 + sum_{r>j} P_r P_r' (P_r = column r of P:
 *   P^-1 dSigma P^-T has independent entries, and dP = P Phi(P^-1 dSigma P^-T)), so
 *   diag(Cbar_h Sigma_sigma Cbar_h')[response i, shock j] = Theta_h[i,j]^2 / 2 + sum_{r>j} Theta_h[i,r]^2
 *   with Theta_h = Phi_h P (Psi_h P when cumulative): O(K^2) per horizon instead of O(K^6).
 * - coefficient term: sum_{m,n<h} (M_{h-1-m} W M_{h-1-n}')_jj (Phi_m Sigma Phi_n')_ii, written with
 *   Phi_m Sigma Phi_n' = Theta_m Theta_n', is sum_d (R W R')_jj for R = R_h^(i,d) = sum_{m<h} Theta_m[i,d]
 *   M_{h-1-m}, a running sum: R_{h+1} = R_h A' + Theta_h[i,d] J (cumulative: the prefix sum of Theta in
 *   place of Theta_h, as the prefix sums of M_a satisfy the same recursion plus J). That costs
 *   O(H K^5 p^2) time and O(K^4 p) memory, against O(H^3 K^2 p) for the direct double sum; the cheaper
 *   of the two is used (the recursion for long horizons and few variables: K = 6, H = 1000; the double
 *   sum for many variables and short horizons: K = 60, H = 20).
 * Shared set-up: Theta_h O(H K^3), the powers M_a (direct sum only) O(H K^3 p^2).
 * Equal to the direct evaluation to rounding (1e-12 relative, test/econometrics).
 */
export function irfAsymptoticStderr(res: VarResult, phi: Float64Array, Prows: number[][], H: number, sigmaRows: number[][], cumulative = false): { orth: number[][][]; ma: number[][][] } {
  const { K, p, nobs: T } = res;
  const KK = K * K, Kp = K * p;
  // the lag block W of (Z'Z)^-1
  const d0 = deterministicCount(res.trend), mReg = res.nRegressors;
  const W = new Float64Array(Kp * Kp);
  for (let i = 0; i < Kp; i++) for (let j = 0; j < Kp; j++) W[i * Kp + j] = res.zzInv.data[(d0 + i) * mReg + d0 + j];
  const P = new Float64Array(KK);
  for (let i = 0; i < K; i++) for (let j = 0; j < K; j++) P[i * K + j] = Prows[i][j];
  // P must be the Cholesky factor of Sigma for the closed-form Sigma term; otherwise the direct form
  let off = 0, scaleS = 0;
  for (let i = 0; i < K; i++) for (let j = 0; j < K; j++) {
    let v = 0;
    for (let k = 0; k < K; k++) v += P[i * K + k] * P[j * K + k];
    off = Math.max(off, Math.abs(v - sigmaRows[i][j]));
    scaleS = Math.max(scaleS, Math.abs(sigmaRows[i][j]));
  }
  if (!(off <= 1e-10 * scaleS)) return irfAsymptoticStderrDirect(res, phi, Prows, H, sigmaRows, cumulative);
  // Theta_h = Phi_h P, h = 0..H, and the prefix sums (cumulative responses)
  const th = new Float64Array((H + 1) * KK);
  for (let h = 0; h <= H; h++) for (let i = 0; i < K; i++) for (let j = 0; j < K; j++) {
    let v = 0;
    for (let k = 0; k < K; k++) v += phi[h * KK + i * K + k] * P[k * K + j];
    th[h * KK + i * K + j] = v;
  }
  const thCum = new Float64Array((H + 1) * KK);
  for (let h = 0; h <= H; h++) for (let q = 0; q < KK; q++) thCum[h * KK + q] = th[h * KK + q] + (h > 0 ? thCum[(h - 1) * KK + q] : 0);
  const thSig = cumulative ? thCum : th;
  const costDirect = (H * H * H / 3) * KK * (2 * p + 4);
  const costRec = H * K * KK * KK * (2 * p + 2 * p * p);
  const useRec = costRec < costDirect && KK * KK * p <= 4e6;
  const varMa = new Float64Array((H + 1) * KK), varOrth = new Float64Array((H + 1) * KK);
  if (useRec) {
    // R^(i,d): K x Kp, for every response i and orthogonal shock d
    // first K rows of the companion matrix, [A_1 .. A_p]
    const Af = new Float64Array(K * Kp);
    for (let l = 0; l < p; l++) for (let c = 0; c < K; c++) for (let k = 0; k < K; k++) Af[c * Kp + l * K + k] = res.A[l][c][k];
    const R = new Float64Array(KK * K * Kp), Rn = new Float64Array(K * Kp), Ro = new Float64Array(K * Kp), tmp = new Float64Array(Kp);
    const coef = cumulative ? thCum : th;
    for (let h = 1; h <= H; h++) {
      for (let i = 0; i < K; i++) for (let d = 0; d < K; d++) {
        const o = (i * K + d) * K * Kp;
        // R_h = R_{h-1} A' + c_{h-1}[i,d] J
        for (let r = 0; r < K; r++) {
          const ro = o + r * Kp;
          for (let c = 0; c < K; c++) { let v = 0; for (let k = 0; k < Kp; k++) v += R[ro + k] * Af[c * Kp + k]; Rn[r * Kp + c] = v; }
          for (let c = K; c < Kp; c++) Rn[r * Kp + c] = R[ro + c - K];
        }
        const cc = coef[(h - 1) * KK + i * K + d];
        for (let r = 0; r < K; r++) Rn[r * Kp + r] += cc;
        R.set(Rn, o);
        // P' R
        for (let r = 0; r < K; r++) for (let c = 0; c < Kp; c++) { let v = 0; for (let k = 0; k < K; k++) v += P[k * K + r] * Rn[k * Kp + c]; Ro[r * Kp + c] = v; }
        for (let j = 0; j < K; j++) {
          let vm = 0, vo = 0;
          for (const [M, isO] of [[Rn, false], [Ro, true]] as [Float64Array, boolean][]) {
            const rj = j * Kp;
            for (let a = 0; a < Kp; a++) { let v = 0; for (let b = 0; b < Kp; b++) v += W[a * Kp + b] * M[rj + b]; tmp[a] = v; }
            let q = 0;
            for (let a = 0; a < Kp; a++) q += M[rj + a] * tmp[a];
            if (isO) vo = q; else vm = q;
          }
          varMa[h * KK + i * K + j] += vm;
          varOrth[h * KK + i * K + j] += vo;
        }
      }
    }
  } else {
    const direct = coefficientTermDirect(res, phi, P, W, H, sigmaRows, cumulative);
    varMa.set(direct.varMa); varOrth.set(direct.varOrth);
  }
  const orth: number[][][] = [], ma: number[][][] = [];
  for (let h = 0; h <= H; h++) {
    const o: number[][] = [], mrow: number[][] = [];
    for (let i = 0; i < K; i++) {
      const or: number[] = [], mr: number[] = [];
      let tail = 0; // sum_{r>j} Theta[i,r]^2, accumulated from the last shock down
      const sigTerm = new Float64Array(K);
      for (let j = K - 1; j >= 0; j--) { const t = thSig[h * KK + i * K + j]; sigTerm[j] = 0.5 * t * t + tail; tail += t * t; }
      for (let j = 0; j < K; j++) {
        or.push(Math.sqrt(Math.max(0, varOrth[h * KK + i * K + j] + sigTerm[j] / T)));
        mr.push(Math.sqrt(Math.max(0, varMa[h * KK + i * K + j])));
      }
      o.push(or); mrow.push(mr);
    }
    orth.push(o); ma.push(mrow);
  }
  return { orth, ma };
}

/** The direct double sum of irfAsymptoticStderrDirect's coefficient term, O(H^3 K^2 p); variances per (h, i, j). */
function coefficientTermDirect(res: VarResult, phi: Float64Array, P: Float64Array, W: Float64Array, H: number, sigmaRows: number[][], cumulative: boolean): { varMa: Float64Array; varOrth: Float64Array } {
  const { K, p } = res;
  const KK = K * K, Kp = K * p;
  const Ct = transpose(companion(res.A));
  const Mw = new Float64Array(H * K * Kp), Mp = new Float64Array(H * K * Kp), MpW = new Float64Array(H * K * Kp), Mraw = new Float64Array(H * K * Kp);
  let cur = identity(Kp);
  for (let a = 0; a < H; a++) {
    const o = a * K * Kp;
    for (let r = 0; r < K; r++) for (let q = 0; q < Kp; q++) Mraw[o + r * Kp + q] = cur.data[r * Kp + q];
    for (let r = 0; r < K; r++)
      for (let q = 0; q < Kp; q++) {
        let v = 0, w = 0;
        for (let k = 0; k < Kp; k++) v += Mraw[o + r * Kp + k] * W[k * Kp + q];
        for (let k = 0; k < K; k++) w += P[k * K + r] * Mraw[o + k * Kp + q];
        Mw[o + r * Kp + q] = v;
        Mp[o + r * Kp + q] = w;
      }
    for (let r = 0; r < K; r++)
      for (let q = 0; q < Kp; q++) {
        let v = 0;
        for (let k = 0; k < Kp; k++) v += Mp[o + r * Kp + k] * W[k * Kp + q];
        MpW[o + r * Kp + q] = v;
      }
    cur = matmul(cur, Ct);
  }
  if (cumulative) {
    for (let a = 1; a < H; a++) {
      const o = a * K * Kp, o1 = (a - 1) * K * Kp;
      for (let q = 0; q < K * Kp; q++) { Mraw[o + q] += Mraw[o1 + q]; Mw[o + q] += Mw[o1 + q]; Mp[o + q] += Mp[o1 + q]; MpW[o + q] += MpW[o1 + q]; }
    }
  }
  const Rm = new Float64Array(H * KK);
  for (let mm = 0; mm < H; mm++) for (let i = 0; i < K; i++) for (let k = 0; k < K; k++) {
    let v = 0;
    for (let l = 0; l < K; l++) v += phi[mm * KK + i * K + l] * sigmaRows[l][k];
    Rm[mm * KK + i * K + k] = v;
  }
  const varMa = new Float64Array((H + 1) * KK), varOrth = new Float64Array((H + 1) * KK);
  const x = new Float64Array(K), xo = new Float64Array(K), yv = new Float64Array(K);
  for (let h = 1; h <= H; h++) {
    for (let mm = 0; mm < h; mm++) {
      const oa = (h - 1 - mm) * K * Kp;
      for (let nn = 0; nn < h; nn++) {
        const ob = (h - 1 - nn) * K * Kp;
        for (let j = 0; j < K; j++) {
          let v = 0, w = 0;
          const ra = oa + j * Kp, rb = ob + j * Kp;
          for (let q = 0; q < Kp; q++) { v += Mw[ra + q] * Mraw[rb + q]; w += MpW[ra + q] * Mp[rb + q]; }
          x[j] = v; xo[j] = w;
        }
        for (let i = 0; i < K; i++) { let v = 0; for (let k = 0; k < K; k++) v += Rm[mm * KK + i * K + k] * phi[nn * KK + i * K + k]; yv[i] = v; }
        for (let i = 0; i < K; i++) for (let j = 0; j < K; j++) { varMa[h * KK + i * K + j] += x[j] * yv[i]; varOrth[h * KK + i * K + j] += xo[j] * yv[i]; }
      }
    }
  }
  return { varMa, varOrth };
}
