/**
 * Tests on an estimated VAR (Lütkepohl 2005, sections 3.6 and 4.4-4.5), defined as statsmodels
 * and R vars compute them (guide/var-definitions.md items 6-7):
 *  - Granger causality: Wald W = (C b)' [C Cov(b) C']^-1 (C b), Cov(b) = (Z'Z)^-1 (x) sigma_u;
 *    F = W / J with df (J, K (T - m));
 *  - instantaneous causality: T (C vech S)' [C 2 D+ (S (x) S) D+' C']^-1 (C vech S) ~ chi2(J);
 *  - Portmanteau: Q_h = T sum_i tr(C_i' C_0^-1 C_i C_0^-1), adjusted with T^2/(T-i), df K^2 (h - p);
 *  - multivariate Jarque-Bera (Lütkepohl, Cholesky of the ML covariance of centred residuals), df 2K.
 */
import { InvalidParameterError } from "../../core/errors";
import { cholesky, fromRows, invLower, invSPD, kron, mat, Mat, matmul, solve, transpose } from "../../core/linalg";
import { chi2Sf, fSf } from "../distributions";
import { deterministicCount, VarResult } from "./estimate";

export interface CausalityTest {
  causing: string[];
  caused: string[];
  F: number;
  df: [number, number];
  pvalue: number;
  wald: number;
  waldDf: number;
  waldPvalue: number;
}

/** Both groups non-empty, without repeats, and disjoint (else the statistic is undefined). */
function checkGroups(cg: string[], cd: string[]): void {
  if (cg.length === 0) throw new InvalidParameterError("causing", "must name at least one variable");
  if (cd.length === 0) throw new InvalidParameterError("caused", "must name at least one variable (a one-variable VAR has no causality test)");
  if (new Set(cg).size !== cg.length || new Set(cd).size !== cd.length) throw new InvalidParameterError("causing", "lists a variable twice");
  const both = cg.filter((v) => cd.includes(v));
  if (both.length) throw new InvalidParameterError("caused", `'${both[0]}' cannot be both causing and caused`);
}

function indices(res: VarResult, vars: string[], what: string): number[] {
  return vars.map((v) => {
    const i = res.names.indexOf(v);
    if (i < 0) throw new InvalidParameterError(what, `unknown variable '${v}' (variables: ${res.names.join(", ")})`);
    return i;
  });
}

/** Granger causality of `causing` on `caused` (default: all other variables). */
export function grangerCausality(res: VarResult, causing: string | string[], caused?: string | string[]): CausalityTest {
  const cg = Array.isArray(causing) ? causing : [causing];
  const cd = caused === undefined ? res.names.filter((n) => !cg.includes(n)) : Array.isArray(caused) ? caused : [caused];
  const ci = indices(res, cg, "causing");
  const di = indices(res, cd, "caused");
  checkGroups(cg, cd);
  const { K, p } = res;
  const d = deterministicCount(res.trend);
  const m = res.nRegressors;
  // restricted coefficients: regressor (d + l*K + c) in equation e; vec index r*K + e
  const idx: number[] = [];
  for (let l = 0; l < p; l++) for (const c of ci) for (const e of di) idx.push((d + l * K + c) * K + e);
  const J = idx.length;
  const b = idx.map((k) => res.coef[Math.floor(k / K)][k % K]);
  const V = mat(J, J);
  for (let a = 0; a < J; a++)
    for (let c = 0; c < J; c++) {
      const ra = Math.floor(idx[a] / K), ea = idx[a] % K, rc = Math.floor(idx[c] / K), ec = idx[c] % K;
      V.data[a * J + c] = res.zzInv.data[ra * m + rc] * res.sigmaU[ea][ec];
    }
  const x = solve(V, mat(J, 1, b), "the covariance of the restricted coefficients");
  let W = 0;
  for (let a = 0; a < J; a++) W += b[a] * x.data[a];
  const df2 = K * res.dfResid;
  const F = W / J;
  return { causing: cg, caused: cd, F, df: [J, df2], pvalue: fSf(F, J, df2), wald: W, waldDf: J, waldPvalue: chi2Sf(W, J) };
}

export interface InstantaneousTest {
  causing: string[];
  caused: string[];
  statistic: number;
  df: number;
  pvalue: number;
}

/** Instantaneous causality: are the innovations of `causing` correlated with those of `caused`? */
export function instantaneousCausality(res: VarResult, causing: string | string[], caused?: string | string[]): InstantaneousTest {
  const cg = Array.isArray(causing) ? causing : [causing];
  const cd = caused === undefined ? res.names.filter((n) => !cg.includes(n)) : Array.isArray(caused) ? caused : [caused];
  const ci = indices(res, cg, "causing");
  const di = indices(res, cd, "caused");
  checkGroups(cg, cd);
  const K = res.K;
  // vech positions (column-major lower triangle): (i, j), i >= j
  const vechIndex = (i: number, j: number): number => {
    if (i < j) [i, j] = [j, i];
    let k = 0;
    for (let c = 0; c < j; c++) k += K - c;
    return k + (i - j);
  };
  const nV = (K * (K + 1)) / 2;
  const sel: number[] = [];
  for (const c of ci) for (const e of di) sel.push(vechIndex(e, c));
  const J = sel.length;
  const S = fromRows(res.sigmaU);
  const D = mat(K * K, nV);
  for (let j = 0; j < K; j++) for (let i = j; i < K; i++) { const c = vechIndex(i, j); D.data[(j * K + i) * nV + c] = 1; D.data[(i * K + j) * nV + c] = 1; }
  const Dt = transpose(D);
  const Dplus = solve(matmul(Dt, D), Dt, "D'D");
  const covSig = matmul(matmul(Dplus, kron(S, S)), transpose(Dplus));
  const Cs: number[] = sel.map((k) => {
    // recover (i, j) from vech index
    let c = 0, off = k;
    while (off >= K - c) { off -= K - c; c++; }
    return res.sigmaU[c + off][c];
  });
  const M = mat(J, J);
  for (let a = 0; a < J; a++) for (let b = 0; b < J; b++) M.data[a * J + b] = 2 * covSig.data[sel[a] * nV + sel[b]];
  const x = solve(M, mat(J, 1, Cs), "the covariance of vech(sigma_u)");
  let stat = 0;
  for (let a = 0; a < J; a++) stat += Cs[a] * x.data[a];
  stat *= res.nobs;
  return { causing: cg, caused: cd, statistic: stat, df: J, pvalue: chi2Sf(stat, J) };
}

export interface PortmanteauTest {
  lags: number;
  statistic: number;
  adjustedStatistic: number;
  df: number;
  pvalue: number;
  adjustedPvalue: number;
}

/** Portmanteau test for residual autocorrelation up to `lags` (> p). */
export function portmanteau(res: VarResult, lags: number): PortmanteauTest {
  const { K, p, nobs: T } = res;
  if (!Number.isInteger(lags) || lags <= p || lags >= T) throw new InvalidParameterError("lags", `Portmanteau lags must be an integer in (${p}, ${T}), got ${lags}`);
  const U = centred(res);
  const C = (lag: number): Mat => {
    const c = mat(K, K);
    for (let t = lag; t < T; t++) for (let i = 0; i < K; i++) for (let j = 0; j < K; j++) c.data[i * K + j] += (U[t * K + i] * U[(t - lag) * K + j]) / T;
    return c;
  };
  const C0inv = invSPD(C(0), "the residual covariance");
  let Q = 0, Qa = 0;
  for (let i = 1; i <= lags; i++) {
    const Ci = C(i);
    const tr = trace(matmul(matmul(matmul(transpose(Ci), C0inv), Ci), C0inv));
    Q += T * tr;
    Qa += ((T * T) / (T - i)) * tr;
  }
  const df = K * K * (lags - p);
  return { lags, statistic: Q, adjustedStatistic: Qa, df, pvalue: chi2Sf(Q, df), adjustedPvalue: chi2Sf(Qa, df) };
}

export interface NormalityTest {
  statistic: number;
  df: number;
  pvalue: number;
  skewness: number;
  kurtosis: number;
}

/** Multivariate Jarque-Bera test (Lütkepohl 2005, section 4.5). */
export function jarqueBera(res: VarResult): NormalityTest {
  const { K, nobs: T } = res;
  const U = centred(res);
  const S = mat(K, K);
  for (let t = 0; t < T; t++) for (let i = 0; i < K; i++) for (let j = 0; j < K; j++) S.data[i * K + j] += (U[t * K + i] * U[t * K + j]) / T;
  const Pinv = invLower(cholesky(S, "the residual covariance"));
  const b1 = new Array(K).fill(0), b2 = new Array(K).fill(0);
  for (let t = 0; t < T; t++)
    for (let i = 0; i < K; i++) {
      let w = 0;
      for (let k = 0; k <= i; k++) w += Pinv.data[i * K + k] * U[t * K + k];
      b1[i] += w ** 3 / T;
      b2[i] += w ** 4 / T;
    }
  let skew = 0, kurt = 0;
  for (let i = 0; i < K; i++) { skew += b1[i] * b1[i]; kurt += (b2[i] - 3) ** 2; }
  skew *= T / 6;
  kurt *= T / 24;
  const stat = skew + kurt;
  return { statistic: stat, df: 2 * K, pvalue: chi2Sf(stat, 2 * K), skewness: skew, kurtosis: kurt };
}

function centred(res: VarResult): Float64Array {
  const { K, nobs: T } = res;
  const U = new Float64Array(T * K);
  const mean = new Array(K).fill(0);
  for (let t = 0; t < T; t++) for (let k = 0; k < K; k++) mean[k] += res.resid[t][k] / T;
  for (let t = 0; t < T; t++) for (let k = 0; k < K; k++) U[t * K + k] = res.resid[t][k] - mean[k];
  return U;
}

function trace(a: Mat): number {
  let s = 0;
  for (let i = 0; i < a.rows; i++) s += a.data[i * a.cols + i];
  return s;
}
