/**
 * Lag-order selection (Lütkepohl 2005, section 4.3) on a common sample: every VAR(p) for
 * p = 0..maxlags is fitted to observations maxlags+1..T_total, so criteria are comparable.
 *   AIC = log|S_ML| + 2 n / T,  BIC = log|S_ML| + log(T) n / T,  HQ = log|S_ML| + 2 log(log T) n / T,
 *   FPE = ((T + m) / (T - m))^K |S_ML|,
 * with n = p K^2 + K d (d deterministic terms) free parameters and m = K p + d regressors per
 * equation (statsmodels select_order and vars VARselect; vars starts at p = 1, statsmodels at 0).
 */
import { DataError, InvalidParameterError } from "../../core/errors";
import { mat, logdetSPD, QrLeastSquares } from "../../core/linalg";
import { buildDesign, deterministicCount, regressorNames, toMatrixData, Trend } from "./estimate";

export type Criterion = "aic" | "bic" | "hqic" | "fpe";

export interface LagSelection {
  maxlags: number;
  /** index = p (0..maxlags); NaN never appears: p = 0 is included as statsmodels does */
  aic: number[];
  bic: number[];
  hqic: number[];
  fpe: number[];
  /** argmin over p = 0..maxlags (statsmodels convention; p = 1..maxlags with trend 'n', as statsmodels) */
  selected: Record<Criterion, number>;
  /** argmin over p = 1..maxlags (vars convention) */
  selectedFrom1: Record<Criterion, number>;
  nobs: number;
}

export function selectOrder(y: number[][] | Float64Array[], maxlags: number, trend: Trend = "c", names?: string[]): LagSelection {
  const { data, T: Ttotal, K } = toMatrixData(y, names);
  if (!Number.isInteger(maxlags) || maxlags < 1) throw new InvalidParameterError("maxlags", `must be an integer >= 1, got ${maxlags}`);
  const d = deterministicCount(trend);
  const T = Ttotal - maxlags;
  // the largest model needs T - m >= K residual degrees of freedom for a nonsingular covariance
  if (T - (K * maxlags + d) < K) throw new DataError("TOO_FEW_OBSERVATIONS", `Lag selection up to ${maxlags} lags with ${K} variables needs more than ${K * maxlags + d + maxlags + K - 1} observations; got ${Ttotal}. Lower --maxlags.`, { Ttotal, maxlags });
  const out: LagSelection = { maxlags, aic: [], bic: [], hqic: [], fpe: [], selected: { aic: 0, bic: 0, hqic: 0, fpe: 0 }, selectedFrom1: { aic: 1, bic: 1, hqic: 1, fpe: 1 }, nobs: T };
  // One Householder QR of the VAR(maxlags) design on the common sample: the VAR(p) design is its
  // column prefix (deterministic terms, then lag 1, lag 2, ...), so the residual cross-products of
  // every VAR(p) are sums of the trailing rows of Q'Y: S_p = sum_{k >= d + Kp} r_k r_k' / T.
  const mMax = d + K * maxlags;
  const Z = new Float64Array(T * mMax);
  const Y = new Float64Array(T * K);
  buildDesign(data, Ttotal, K, maxlags, trend, Z, Y, 0);
  const qty = new QrLeastSquares(T, mMax, K).fit(Z, Y, regressorNames(names ?? Array.from({ length: K }, (_, i) => `y${i + 1}`), maxlags, trend)).qtY();
  const acc = new Float64Array(K * K);
  const Sp: Float64Array[] = new Array(maxlags + 1);
  let k = T - 1;
  for (let p = maxlags; p >= 0; p--) {
    const c = d + K * p;
    for (; k >= c; k--) for (let i = 0; i < K; i++) for (let j = 0; j < K; j++) acc[i * K + j] += qty[k * K + i] * qty[k * K + j];
    Sp[p] = Float64Array.from(acc);
  }
  for (let p = 0; p <= maxlags; p++) {
    const m = K * p + d;
    const S = mat(K, K);
    for (let i = 0; i < K * K; i++) S.data[i] = Sp[p][i] / T;
    const ld = logdetSPD(S, `the residual covariance of VAR(${p})`);
    const n = p * K * K + K * d;
    out.aic.push(ld + (2 * n) / T);
    out.bic.push(ld + (Math.log(T) * n) / T);
    out.hqic.push(ld + (2 * Math.log(Math.log(T)) * n) / T);
    out.fpe.push(Math.pow((T + m) / (T - m), K) * Math.exp(ld));
  }
  for (const c of ["aic", "bic", "hqic", "fpe"] as Criterion[]) {
    const v = out[c];
    // statsmodels starts at p = 0 unless the model has no deterministic terms (trend 'n': a VAR(0)
    // would have no parameters at all); p = 0 is still reported at index 0
    out.selected[c] = argmin(v, d === 0 ? 1 : 0);
    out.selectedFrom1[c] = argmin(v, 1);
  }
  return out;
}

function argmin(v: number[], from: number): number {
  let best = from;
  for (let i = from + 1; i < v.length; i++) if (v[i] < v[best]) best = i;
  return best;
}
