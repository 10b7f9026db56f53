/**
 * Ordinary least squares by Householder QR (never an explicit inverse of X'X), with classical
 * standard errors, t statistics and p-values from t(n - k) (or the normal distribution by name).
 */
import { DataError, InvalidParameterError, NumericalError } from "../core/errors";
import { QrLeastSquares } from "../core/linalg";
import { normalCdf2, tCdf2 } from "./distributions";

export interface OlsResult {
  names: string[];
  coef: number[];
  stderr: number[];
  tvalues: number[];
  pvalues: number[];
  /** which distribution the p-values use */
  pDistribution: "t" | "normal";
  resid: number[];
  ssr: number;
  sigma2: number;
  r2: number;
  adjR2: number;
  nobs: number;
  dfResid: number;
  llf: number;
  aic: number;
  bic: number;
  /** (X'X)^-1 from R^-1 R^-T */
  covParams: number[][];
}

/** OLS of y on the columns of X (n rows; each row one observation). */
/** A typed error instead of a TypeError when an entry point is given null, undefined or a scalar. */
export function requireArrayLike(name: string, v: unknown): void {
  if (v === null || v === undefined || typeof v === "string" || typeof (v as ArrayLike<unknown>).length !== "number") {
    throw new InvalidParameterError(name, `must be an array of numbers, got ${v === null ? "null" : typeof v}`, v);
  }
}

export function ols(y: ArrayLike<number>, X: ArrayLike<number>[], opts: { names?: string[]; pvalues?: "t" | "normal" } = {}): OlsResult {
  requireArrayLike("y", y);
  requireArrayLike("X", X);
  if (opts === null || typeof opts !== "object") throw new InvalidParameterError("opts", `must be an object, got ${opts === null ? "null" : typeof opts}`, opts);
  for (let i = 0; i < X.length; i++) requireArrayLike(`X[${i}]`, X[i]);
  const n = y.length;
  if (X.length !== n) throw new InvalidParameterError("X", `has ${X.length} rows, y has ${n}`);
  if (n === 0) throw new DataError("TOO_FEW_OBSERVATIONS", "OLS: no observations (N = 0).", { n: 0 });
  const k = X[0].length;
  if (k === 0) throw new InvalidParameterError("X", "has no columns");
  if (n <= k) throw new DataError("TOO_FEW_OBSERVATIONS", `OLS: N = ${n} observations for K = ${k} regressors; OLS with ${k} regressors needs more than ${k} observations (N > K leaves a residual degree of freedom). Drop regressors or add observations.`, { n, k });
  const names = opts.names ?? Array.from({ length: k }, (_, j) => `x${j + 1}`);
  const Z = new Float64Array(n * k);
  const Y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (X[i].length !== k) throw new InvalidParameterError("X", `row ${i + 1} has ${X[i].length} values, expected ${k}`);
    if (!Number.isFinite(y[i])) throw new DataError("DATA_MISSING_VALUE", `OLS: y is missing or non-finite at row ${i + 1}.`, { row: i + 1 });
    Y[i] = y[i];
    for (let j = 0; j < k; j++) {
      const v = X[i][j];
      if (!Number.isFinite(v)) throw new DataError("DATA_MISSING_VALUE", `OLS: regressor '${names[j]}' is missing or non-finite at row ${i + 1}.`, { row: i + 1, column: names[j] });
      Z[i * k + j] = v;
    }
  }
  const qr = new QrLeastSquares(n, k, 1).fit(Z, Y, names);
  const inv = qr.zzInverse();
  let ssr = 0, mean = 0;
  for (let i = 0; i < n; i++) { ssr += qr.resid[i] ** 2; mean += Y[i] / n; }
  let sst = 0;
  for (let i = 0; i < n; i++) sst += (Y[i] - mean) ** 2;
  if (!(sst > 0)) throw new DataError("DATA_PARSE", "OLS: the dependent variable is constant; there is nothing to explain.", {});
  if (!(ssr > 1e-24 * sst)) throw new NumericalError("SINGULAR_MATRIX", "OLS: y is an exact linear function of the regressors (zero residual variance); standard errors and tests are undefined.", {});
  const df = n - k;
  const sigma2 = ssr / df;
  const coef = Array.from(qr.B);
  const stderr = coef.map((_, j) => Math.sqrt(sigma2 * inv.data[j * k + j]));
  const tvalues = coef.map((b, j) => b / stderr[j]);
  const dist = opts.pvalues ?? "t";
  const pvalues = tvalues.map((t) => (dist === "t" ? tCdf2(t, df) : normalCdf2(t)));
  const llf = -(n / 2) * (Math.log(2 * Math.PI) + Math.log(ssr / n) + 1);
  const cov: number[][] = [];
  for (let i = 0; i < k; i++) cov.push(Array.from({ length: k }, (_, j) => sigma2 * inv.data[i * k + j]));
  return {
    names, coef, stderr, tvalues, pvalues, pDistribution: dist, resid: Array.from(qr.resid), ssr, sigma2,
    r2: 1 - ssr / sst, adjR2: 1 - ((1 - (1 - ssr / sst)) * (n - 1)) / df, nobs: n, dfResid: df, llf,
    aic: -2 * llf + 2 * k, bic: -2 * llf + Math.log(n) * k, covParams: cov,
  };
}
