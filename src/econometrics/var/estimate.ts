/**
 * VAR(p) estimation by equation-wise OLS (Lütkepohl 2005, section 3.2), with the conventions of
 * R vars and statsmodels (guide/var-definitions.md):
 *   coef[r][j]: regressor r (const, [trend], y1.l1..yK.l1, y1.l2, ..., [exog]) in equation j;
 *   sigma_u = U'U / (T - m) with m regressors per equation (df-adjusted), sigma_u_ml = U'U / T;
 *   llf = -(T K / 2) log(2 pi) - (T / 2)(log|sigma_u_ml| + K);
 *   roots: moduli of the companion matrix's eigenvalues, descending (vars convention; statsmodels
 *   reports the reciprocals).
 * Solves by Householder QR; (Z'Z)^-1 comes from R^-1 R^-T, never from inverting Z'Z.
 */
import { seasonalDummies, SeasonOption } from "./season";
import { DataError, InvalidParameterError, NumericalError } from "../../core/errors";
import { cholesky, choleskyInto, eigenvalues, fromRows, logdetSPD, mat, Mat, QrLeastSquares, rowsOf } from "../../core/linalg";
import { tCdf2, normalCdf2 } from "../distributions";

export type Trend = "n" | "c" | "ct";

export interface VarOptions {
  lags: number;
  trend?: Trend;
  /** variable names (default y1..yK) */
  names?: string[];
  /** exogenous regressors aligned with the data rows (T_total x E, row-major rows) */
  exog?: number[][];
  exogNames?: string[];
  /**
   * Cholesky ordering: the variable names in the order to use (a permutation of `names`). The
   * data columns are reordered before estimation, so every result (coef, IRFs) is in this order.
   */
  order?: string[];
  /**
   * Centred seasonal dummies as exogenous regressors (R vars `season = 12`; src/econometrics/var/season.ts),
   * appended after `exog` and named sd1..sd(s-1).
   */
  season?: number | SeasonOption;
}

export interface VarData {
  /** T_total x K, rows are time */
  y: number[][] | Float64Array[];
  names?: string[];
}

export interface VarResult {
  names: string[];
  K: number;
  p: number;
  trend: Trend;
  /** effective sample size T = T_total - p */
  nobs: number;
  /** regressors per equation (m) */
  nRegressors: number;
  dfResid: number;
  regressors: string[];
  /** coef[r][j] */
  coef: number[][];
  stderr: number[][];
  tvalues: number[][];
  /** p-values with t(T - m) (as vars) */
  pvalues: number[][];
  /** p-values with the normal distribution (as statsmodels) */
  pvaluesNormal: number[][];
  /** A_l (l = 1..p): K x K lag matrices, A[l-1][i][j] = effect of y_j(t-l) on y_i(t) */
  A: number[][][];
  /** intercept per equation (0 when trend 'n') */
  intercept: number[];
  sigmaU: number[][];
  sigmaUml: number[][];
  llf: number;
  /**
   * Information criteria of this fit on its own sample (statsmodels VARResults.info_criteria):
   * log|S_ML| + penalty * n / T with n = p K^2 + K (d + E) free parameters; FPE with m regressors.
   */
  infoCriteria: { aic: number; bic: number; hqic: number; fpe: number };
  /** companion eigenvalue moduli, descending */
  roots: number[];
  eigen: { re: number[]; im: number[] };
  stable: boolean;
  warnings: string[];
  /** residuals T x K */
  resid: number[][];
  /** (Z'Z)^-1, m x m */
  zzInv: Mat;
  /** original data (T_total x K) */
  y: Float64Array;
  Ttotal: number;
  /** estimated condition number of Z (cond(Z'Z) is its square) */
  condZ: number;
  /** exogenous data used (T_total x E) or null */
  exog: Float64Array | null;
  nExog: number;
}

/** Copy data into a T x K row-major Float64Array, with typed errors for bad cells. */
export function toMatrixData(y: number[][] | Float64Array[], names?: string[]): { data: Float64Array; T: number; K: number; names: string[] } {
  if (!Array.isArray(y)) throw new InvalidParameterError("y", `must be an array of rows, got ${y === null ? "null" : typeof y}`, y);
  const T = y.length;
  if (T === 0) throw new DataError("TOO_FEW_OBSERVATIONS", "VAR: no observations.");
  const isRow = (r: unknown): r is ArrayLike<number> => Array.isArray(r) || r instanceof Float64Array;
  for (let t = 0; t < T; t++) if (!isRow(y[t])) throw new DataError("DATA_PARSE", `VAR: row ${t + 1} is ${y[t] === null ? "null" : typeof y[t]}, not an array of values.`, { row: t + 1 });
  const K = y[0].length;
  if (K === 0) throw new DataError("TOO_FEW_OBSERVATIONS", "VAR: no variables.");
  const nm = names ?? Array.from({ length: K }, (_, i) => `y${i + 1}`);
  if (nm.length !== K) throw new InvalidParameterError("names", `has ${nm.length} names for ${K} variables`);
  const data = new Float64Array(T * K);
  for (let t = 0; t < T; t++) {
    if (y[t].length !== K) throw new DataError("DATA_PARSE", `VAR: row ${t + 1} has ${y[t].length} values, expected ${K}.`, { row: t + 1 });
    for (let k = 0; k < K; k++) {
      const v = y[t][k];
      if (typeof v !== "number" || !Number.isFinite(v)) {
        throw new DataError("DATA_MISSING_VALUE", `VAR: missing or non-finite value at row ${t + 1}, variable '${nm[k]}' (${String(v)}); remove the row or fill the value.`, { row: t + 1, variable: nm[k] });
      }
      data[t * K + k] = v;
    }
  }
  return { data, T, K, names: nm };
}

export function regressorNames(names: string[], p: number, trend: Trend, exogNames: string[] = []): string[] {
  const out: string[] = [];
  if (trend === "c" || trend === "ct") out.push("const");
  if (trend === "ct") out.push("trend");
  for (let l = 1; l <= p; l++) for (const n of names) out.push(`${n}.l${l}`);
  return [...out, ...exogNames];
}

export function deterministicCount(trend: Trend): number {
  return trend === "n" ? 0 : trend === "c" ? 1 : 2;
}

/**
 * Build the regressor matrix Z (T x m) and left-hand side Y (T x K) for rows p..Ttotal-1 of the
 * data, into preallocated arrays. The trend regressor of data row t (0-based) is t + 1, i.e.
 * p+1..T_total over the estimation sample, as vars (seq(p + 1, length = sample)) and statsmodels
 * (its JMulTi adjustment `z[:, i] += lags`) do, so the constant matches both.
 */
export function buildDesign(data: Float64Array, Ttotal: number, K: number, p: number, trend: Trend, Z: Float64Array, Y: Float64Array, offset = 0, exog: Float64Array | null = null, E = 0): void {
  const d = deterministicCount(trend);
  const m = d + K * p + E;
  const T = Ttotal - p - offset;
  for (let t = 0; t < T; t++) {
    const row = t + p + offset;
    let c = t * m;
    if (d >= 1) Z[c++] = 1;
    if (d === 2) Z[c++] = row + 1;
    for (let l = 1; l <= p; l++) {
      const src = (row - l) * K;
      for (let k = 0; k < K; k++) Z[c++] = data[src + k];
    }
    for (let e = 0; e < E; e++) Z[c++] = exog![row * E + e];
    for (let k = 0; k < K; k++) Y[t * K + k] = data[row * K + k];
  }
}

/** Estimate a VAR(p). */
export function fitVar(y: number[][] | Float64Array[], opts: VarOptions): VarResult {
  if (!Array.isArray(y)) throw new InvalidParameterError("y", `must be an array of observation rows, got ${y === null ? "null" : typeof y}`);
  if (!opts || typeof opts !== "object") throw new InvalidParameterError("opts", `must be an options object with at least { lags }, got ${opts === null ? "null" : typeof opts}`);
  const trend: Trend = opts.trend ?? "c";
  if (!["n", "c", "ct"].includes(trend)) throw new InvalidParameterError("trend", `must be 'n', 'c' or 'ct', got '${trend}'`);
  const p = opts.lags;
  if (!Number.isInteger(p) || p < 1) throw new InvalidParameterError("lags", `must be an integer >= 1, got ${p}`);
  let rows = y, nm = opts.names;
  if (opts.order) {
    const K0 = y.length ? y[0].length : 0;
    const base = nm ?? Array.from({ length: K0 }, (_, i) => `y${i + 1}`);
    const r = reorder((y as ArrayLike<number>[]).map((row) => Array.from(row)), base, opts.order);
    rows = r.y;
    nm = r.names;
  }
  const { data, T: Ttotal, K, names } = toMatrixData(rows, nm);
  let exog: Float64Array | null = null;
  let E = 0;
  let exRows = opts.exog;
  let exNames = opts.exog ? opts.exogNames ?? Array.from({ length: opts.exog[0]?.length ?? 0 }, (_, i) => `exog${i + 1}`) : undefined;
  if (opts.exog && opts.exog.length !== Ttotal) throw new InvalidParameterError("exog", `has ${opts.exog.length} rows, the data have ${Ttotal}`);
  if (opts.season !== undefined) {
    const sd = seasonalDummies(Ttotal, opts.season);
    exRows = exRows ? exRows.map((r, t) => [...r, ...sd.rows[t]]) : sd.rows;
    exNames = [...(exNames ?? []), ...sd.names];
  }
  if (exRows) {
    const ex = toMatrixData(exRows, exNames);
    if (ex.T !== Ttotal) throw new InvalidParameterError("exog", `has ${ex.T} rows, the data have ${Ttotal}`);
    exog = ex.data;
    E = ex.K;
  }
  const exogNames = exNames ?? [];
  return fitVarData(data, Ttotal, K, names, p, trend, exog, E, exogNames);
}

/** Estimate from a T x K row-major array (no validation of cells: use fitVar for raw input). */
export function fitVarData(data: Float64Array, Ttotal: number, K: number, names: string[], p: number, trend: Trend, exog: Float64Array | null = null, E = 0, exogNames: string[] = []): VarResult {
  const d = deterministicCount(trend);
  const m = d + K * p + E;
  const T = Ttotal - p;
  // the K x K residual covariance has rank at most T - m: it needs T - m >= K to be positive definite
  if (T - m < K) {
    throw new DataError("TOO_FEW_OBSERVATIONS", `VAR(${p}) with ${K} variables needs more than ${m + p + K - 1} observations (${m} regressors per equation, ${p} initial values, and at least ${K} residual degrees of freedom for a nonsingular residual covariance); got ${Ttotal}. Use fewer lags or variables.`, { Ttotal, p, K });
  }
  const regressors = regressorNames(names, p, trend, exogNames);
  const Z = new Float64Array(T * m);
  const Y = new Float64Array(T * K);
  buildDesign(data, Ttotal, K, p, trend, Z, Y, 0, exog, E);
  const qr = new QrLeastSquares(T, m, K).fit(Z, Y, regressors);
  const zzInv = qr.zzInverse();
  const B = qr.B;
  const U = qr.resid;
  // covariances
  const S = mat(K, K);
  for (let t = 0; t < T; t++)
    for (let i = 0; i < K; i++) {
      const ui = U[t * K + i];
      for (let j = 0; j <= i; j++) S.data[i * K + j] += ui * U[t * K + j];
    }
  for (let i = 0; i < K; i++) for (let j = 0; j < i; j++) S.data[j * K + i] = S.data[i * K + j];
  const df = T - m;
  checkResidualCovariance(S, Y, T, K, names, p);
  const sigmaU = toRowsScaled(S, 1 / df);
  const sigmaUmlM = mat(K, K);
  for (let i = 0; i < K * K; i++) sigmaUmlM.data[i] = S.data[i] / T;
  let logdetMl: number;
  try {
    logdetMl = logdetSPD(sigmaUmlM, "the residual covariance matrix");
  } catch (e) {
    throw new NumericalError("SINGULAR_MATRIX", `VAR(${p}): the residual covariance is singular (a variable is an exact linear function of the others' lags); drop one of the collinear variables.`, {});
  }
  const llf = -((T * K) / 2) * Math.log(2 * Math.PI) - (T / 2) * (logdetMl + K);
  const nFree = p * K * K + K * (d + E);
  const infoCriteria = {
    aic: logdetMl + (2 * nFree) / T,
    bic: logdetMl + (Math.log(T) * nFree) / T,
    hqic: logdetMl + (2 * Math.log(Math.log(T)) * nFree) / T,
    fpe: Math.pow((T + m) / (T - m), K) * Math.exp(logdetMl),
  };
  // coefficients and standard errors: var(b_rj) = sigma_u[j][j] * (Z'Z)^-1[r][r]
  const coef: number[][] = [], stderr: number[][] = [], tvalues: number[][] = [], pvalues: number[][] = [], pvaluesNormal: number[][] = [];
  for (let r = 0; r < m; r++) {
    const c: number[] = [], s: number[] = [], tv: number[] = [], pv: number[] = [], pn: number[] = [];
    for (let j = 0; j < K; j++) {
      const b = B[r * K + j];
      const se = Math.sqrt(sigmaU[j][j] * zzInv.data[r * m + r]);
      c.push(b);
      s.push(se);
      const t = b / se;
      tv.push(t);
      pv.push(tCdf2(t, df));
      pn.push(normalCdf2(t));
    }
    coef.push(c); stderr.push(s); tvalues.push(tv); pvalues.push(pv); pvaluesNormal.push(pn);
  }
  const A: number[][][] = [];
  for (let l = 0; l < p; l++) {
    const Al: number[][] = [];
    for (let i = 0; i < K; i++) {
      const row: number[] = [];
      for (let j = 0; j < K; j++) row.push(B[(d + l * K + j) * K + i]);
      Al.push(row);
    }
    A.push(Al);
  }
  const intercept = Array.from({ length: K }, (_, j) => (d >= 1 ? B[j] : 0));
  const eig = eigenvalues(companion(A));
  const mods = eig.re.map((re, i) => Math.hypot(re, eig.im[i]));
  const order = mods.map((_, i) => i).sort((a, b) => mods[b] - mods[a]);
  const roots = order.map((i) => mods[i]);
  const stable = roots[0] < 1;
  const warnings: string[] = [];
  if (!stable) warnings.push(`VAR(${p}) is not stable: the largest companion eigenvalue modulus is ${roots[0].toFixed(4)} >= 1; impulse responses do not die out and asymptotic inference is invalid.`);
  const condZ = qr.conditionEstimate();
  if (condZ * condZ > 1e14) warnings.push(`The regressor matrix is ill-conditioned (cond(Z'Z) about ${(condZ * condZ).toExponential(1)}); estimates lose precision.`);
  const resid = rowsOf(U, T, K);
  return {
    names, K, p, trend, nobs: T, nRegressors: m, dfResid: df, regressors, coef, stderr, tvalues, pvalues, pvaluesNormal, A, intercept,
    sigmaU, sigmaUml: toRowsScaled(S, 1 / T), llf, infoCriteria, roots, eigen: { re: order.map((i) => eig.re[i]), im: order.map((i) => eig.im[i]) }, stable, warnings, resid, zzInv,
    y: data, Ttotal, condZ, exog, nExog: E,
  };
}

/**
 * Refuse a residual covariance that is singular up to rounding: an equation that fits exactly
 * (residual sum of squares below 1e-24 of the sum of squares of its variable) or residuals that are
 * an exact linear combination of other equations' residuals (a Cholesky pivot of the residual
 * correlation matrix below 1e-12, i.e. 1 - R^2 of one residual on the others). Cholesky on the raw
 * matrix would succeed on rounding noise and return a meaningless log-likelihood.
 */
function checkResidualCovariance(S: Mat, Y: Float64Array, T: number, K: number, names: string[], p: number): void {
  const fail = (why: string) => {
    throw new NumericalError("SINGULAR_MATRIX", `VAR(${p}): the residual covariance is singular (${why}); drop the redundant variable.`, {});
  };
  for (let i = 0; i < K; i++) {
    let yy = 0;
    for (let t = 0; t < T; t++) yy += Y[t * K + i] * Y[t * K + i];
    if (!(S.data[i * K + i] > 1e-24 * yy)) fail(`the equation for '${names[i]}' fits exactly: it is a linear function of the regressors`);
  }
  const R = new Float64Array(K * K);
  for (let i = 0; i < K; i++) for (let j = 0; j < K; j++) R[i * K + j] = S.data[i * K + j] / Math.sqrt(S.data[i * K + i] * S.data[j * K + j]);
  const bad = choleskyInto(R, K, new Float64Array(K * K), 1e-12); // R has a unit diagonal: a relative floor
  if (bad >= 0) fail(`the residuals of '${names[bad]}' are a linear combination of earlier equations' residuals`);
}

function toRowsScaled(S: Mat, s: number): number[][] {
  const K = S.rows;
  const out: number[][] = [];
  for (let i = 0; i < K; i++) {
    const r: number[] = [];
    for (let j = 0; j < K; j++) r.push(S.data[i * K + j] * s);
    out.push(r);
  }
  return out;
}

/** Companion matrix (Kp x Kp) of lag matrices A_1..A_p (Lütkepohl 2005, eq. 2.1.8). */
export function companion(A: number[][][]): Mat {
  const p = A.length, K = A[0].length;
  const n = K * p;
  const C = mat(n, n);
  for (let l = 0; l < p; l++) for (let i = 0; i < K; i++) for (let j = 0; j < K; j++) C.data[i * n + l * K + j] = A[l][i][j];
  for (let i = K; i < n; i++) C.data[i * n + i - K] = 1;
  return C;
}

/** Lower Cholesky factor P of sigma_u (P P' = sigma_u), for orthogonalised shocks. */
export function choleskyFactor(sigma: number[][]): number[][] {
  const K = sigma.length;
  const L = cholesky(fromRows(sigma), "the residual covariance sigma_u (Cholesky identification)");
  return rowsOf(L.data, K, K);
}

/** Reorder variables (columns) of the data to a user-given Cholesky ordering. */
export function reorder(y: number[][], names: string[], order: string[]): { y: number[][]; names: string[] } {
  const idx = order.map((o) => {
    const i = names.indexOf(o);
    if (i < 0) throw new InvalidParameterError("order", `unknown variable '${o}' (variables: ${names.join(", ")})`);
    return i;
  });
  if (new Set(idx).size !== idx.length || idx.length !== names.length) throw new InvalidParameterError("order", `must list each of ${names.join(", ")} exactly once`);
  return { y: y.map((row) => idx.map((i) => row[i])), names: order };
}
