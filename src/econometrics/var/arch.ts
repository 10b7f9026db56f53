/**
 * ARCH-LM tests on VAR residuals.
 * - Univariate (Engle 1982), per equation: regress u_t^2 on a constant and u_{t-1}^2..u_{t-q}^2
 *   (t = q+1..T), LM = (T - q) R^2 ~ chi2(q) under no ARCH (statsmodels `het_arch`).
 * - Multivariate (Lütkepohl 2005, section 16.3.3; Doornik and Hendry 1997): regress
 *   vech(u_t u_t') on a constant and q of its lags, with Omega the residual covariance of that
 *   regression and Omega_0 the covariance of vech(u_t u_t') (both divided by the same n = T - q),
 *   R^2_m = 1 - 2 / (K (K + 1)) tr(Omega Omega_0^-1), VARCH_LM(q) = n K (K + 1) R^2_m / 2
 *   ~ chi2(q K^2 (K + 1)^2 / 4). R vars' `arch.test` reports this statistic.
 */
import { DataError, InvalidParameterError } from "../../core/errors";
import { fromRows, identity, solve, matmul } from "../../core/linalg";
import { chi2Sf } from "../distributions";
import { ols } from "../ols";
import { VarResult } from "./estimate";

export interface ArchTest {
  statistic: number;
  df: number;
  pvalue: number;
  lags: number;
  nobs: number;
}

function checkLags(q: number, T: number, m: number, what: string): void {
  if (!Number.isInteger(q) || q < 1) throw new InvalidParameterError("lags", `must be an integer >= 1, got ${q}`);
  if (T - q <= m + 1) throw new DataError("TOO_FEW_OBSERVATIONS", `${what} with ${q} lags needs more than ${q + m + 1} residuals, got ${T}`, { T, q });
}

/** Engle's ARCH-LM test of one residual series. */
export function archLm(u: ArrayLike<number>, lags: number): ArchTest {
  const T = u.length;
  checkLags(lags, T, lags, "the ARCH-LM test");
  const sq = Array.from(u, (v) => v * v);
  for (let i = 0; i < T; i++) if (!Number.isFinite(sq[i])) throw new InvalidParameterError("u", `residual ${i} is not finite (${u[i]})`);
  const y: number[] = [], X: number[][] = [];
  for (let t = lags; t < T; t++) {
    y.push(sq[t]);
    const row = [1];
    for (let l = 1; l <= lags; l++) row.push(sq[t - l]);
    X.push(row);
  }
  const r = ols(y, X);
  const stat = y.length * r.r2;
  return { statistic: stat, df: lags, pvalue: chi2Sf(stat, lags), lags, nobs: y.length };
}

/** Univariate ARCH-LM of every equation of a VAR. */
export function archLmByEquation(res: VarResult, lags: number): (ArchTest & { name: string })[] {
  return res.names.map((name, k) => ({ name, ...archLm(res.resid.map((r) => r[k]), lags) }));
}

/** Multivariate ARCH-LM (VARCH_LM) of a VAR's residuals. */
export function archLmMultivariate(res: VarResult, lags: number): ArchTest {
  const K = res.K, T = res.resid.length;
  const M = (K * (K + 1)) / 2;
  checkLags(lags, T, 1 + lags * M, "the multivariate ARCH-LM test");
  // vech(u_t u_t'), column by column of the lower triangle
  const v: number[][] = res.resid.map((u) => {
    const row: number[] = [];
    for (let j = 0; j < K; j++) for (let i = j; i < K; i++) row.push(u[i] * u[j]);
    return row;
  });
  const n = T - lags;
  const X: number[][] = [];
  for (let t = lags; t < T; t++) {
    const row = [1];
    for (let l = 1; l <= lags; l++) row.push(...v[t - l]);
    X.push(row);
  }
  const E: number[][] = Array.from({ length: n }, () => new Array(M).fill(0));
  const D: number[][] = Array.from({ length: n }, () => new Array(M).fill(0));
  for (let c = 0; c < M; c++) {
    const y = v.slice(lags).map((r) => r[c]);
    const r = ols(y, X);
    const mean = y.reduce((a, b) => a + b, 0) / n;
    for (let t = 0; t < n; t++) {
      E[t][c] = r.resid[t];
      D[t][c] = y[t] - mean;
    }
  }
  const cov = (A: number[][]) => {
    const out = Array.from({ length: M }, () => new Array(M).fill(0));
    for (const row of A) for (let i = 0; i < M; i++) for (let j = 0; j < M; j++) out[i][j] += (row[i] * row[j]) / n;
    return fromRows(out);
  };
  const omega = cov(E), omega0 = cov(D);
  const prod = matmul(omega, solve(omega0, identity(M), "the covariance of vech(u u') (Omega_0) in the multivariate ARCH-LM test"));
  let tr = 0;
  for (let i = 0; i < M; i++) tr += prod.data[i * M + i];
  const R2 = 1 - (2 / (K * (K + 1))) * tr;
  const stat = 0.5 * n * K * (K + 1) * R2;
  const df = (lags * K * K * (K + 1) * (K + 1)) / 4;
  return { statistic: stat, df, pvalue: chi2Sf(stat, df), lags, nobs: n };
}

