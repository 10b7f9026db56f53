/**
 * Unit-root tests.
 *
 * ADF (Dickey & Fuller 1979; Said & Dickey 1984): regress dy_t on y_{t-1}, deterministic terms
 * and k lagged differences; tau = t-statistic of y_{t-1}. Lag choice conventions, by name
 * (guide/var-definitions.md item 10):
 *   "statsmodels": search k = 0..maxlag on the sample trimmed for maxlag, then re-estimate the
 *                  chosen k on the longest sample it allows (statsmodels adfuller);
 *   "urca":        search k = 1..maxlag and keep the sample trimmed for maxlag (urca ur.df).
 * Critical values: MacKinnon (2010) response surfaces (statsmodels), or the Fuller (1976) table by
 * sample-size band (urca, Hamilton 1994 Table B.6). p-values: MacKinnon (1994) approximations.
 * KPSS (Kwiatkowski et al. 1992) as a second opinion with the null of stationarity.
 */
import { DataError, InvalidParameterError, NumericalError } from "../core/errors";
import { QrLeastSquares } from "../core/linalg";
import { normalCdf, normalQuantile } from "./distributions";
import { requireArrayLike } from "./ols";

export type AdfTrend = "n" | "c" | "ct";
export type Autolag = "aic" | "bic" | "tstat" | null;
export type LagConvention = "statsmodels" | "urca";

/** MacKinnon (1994) p-value coefficients for N = 1 (JBES 12(2), Tables 3-4; as statsmodels adfvalues). */
const MACKINNON_1994: Record<AdfTrend, { max: number; min: number; star: number; small: number[]; large: number[] }> = {
  n: { max: Infinity, min: -19.04, star: -1.04, small: [0.6344, 1.2378, 3.2496e-2], large: [0.4797, 9.3557e-1, -0.6999e-1, 3.3066e-2] },
  c: { max: 2.74, min: -18.83, star: -1.61, small: [2.1659, 1.4412, 3.8269e-2], large: [1.7339, 9.3202e-1, -1.2745e-1, -1.0368e-2] },
  ct: { max: 0.7, min: -16.18, star: -2.89, small: [3.2512, 1.6047, 4.9588e-2], large: [2.5261, 6.1654e-1, -3.7956e-1, -6.0285e-2] },
};

/** MacKinnon (2010) response surfaces for N = 1: rows 1%, 5%, 10%; cv = b0 + b1/T + b2/T^2 + b3/T^3. */
const MACKINNON_2010: Record<AdfTrend, number[][]> = {
  n: [[-2.56574, -2.2358, -3.627, 0], [-1.941, -0.2686, -3.365, 31.223], [-1.61682, 0.2656, -2.714, 25.364]],
  c: [[-3.43035, -6.5393, -16.786, -79.433], [-2.86154, -2.8903, -4.234, -40.04], [-2.56677, -1.5384, -2.809, 0]],
  ct: [[-3.95877, -9.0531, -28.428, -134.155], [-3.41049, -4.3904, -9.036, -45.374], [-3.12705, -2.5856, -3.925, -22.38]],
};

/** Fuller (1976) critical values by sample-size band as urca's ur.df prints them: n <= 25, 50, 100, 250, 500, larger. */
const FULLER_TABLE: Record<AdfTrend, number[][]> = {
  n: [[-2.66, -1.95, -1.6], [-2.62, -1.95, -1.61], [-2.6, -1.95, -1.61], [-2.58, -1.95, -1.62], [-2.58, -1.95, -1.62], [-2.58, -1.95, -1.62]],
  c: [[-3.75, -3.0, -2.63], [-3.58, -2.93, -2.6], [-3.51, -2.89, -2.58], [-3.46, -2.88, -2.57], [-3.44, -2.87, -2.57], [-3.43, -2.86, -2.57]],
  ct: [[-4.38, -3.6, -3.24], [-4.15, -3.5, -3.18], [-4.04, -3.45, -3.15], [-3.99, -3.43, -3.13], [-3.98, -3.42, -3.13], [-3.96, -3.41, -3.12]],
};

/** MacKinnon (1994) approximate p-value of an ADF tau statistic (N = 1). */
export function mackinnonP(tau: number, trend: AdfTrend): number {
  const c = MACKINNON_1994[trend];
  if (tau > c.max) return 1;
  if (tau < c.min) return 0;
  const coef = tau <= c.star ? c.small : c.large;
  let v = 0;
  for (let i = coef.length - 1; i >= 0; i--) v = v * tau + coef[i];
  return normalCdf(v);
}

/** MacKinnon (2010) critical values {1%, 5%, 10%} for a regression with `nobs` observations. */
export function mackinnonCrit(trend: AdfTrend, nobs: number = Infinity): { "1%": number; "5%": number; "10%": number } {
  const t = MACKINNON_2010[trend];
  const f = (b: number[]) => (Number.isFinite(nobs) ? b[0] + b[1] / nobs + b[2] / nobs ** 2 + b[3] / nobs ** 3 : b[0]);
  return { "1%": f(t[0]), "5%": f(t[1]), "10%": f(t[2]) };
}

/** The Fuller/Hamilton table urca prints, by sample-size band. */
export function fullerCrit(trend: AdfTrend, nobs: number): { "1%": number; "5%": number; "10%": number } {
  const band = nobs <= 25 ? 0 : nobs <= 50 ? 1 : nobs <= 100 ? 2 : nobs <= 250 ? 3 : nobs <= 500 ? 4 : 5;
  const r = FULLER_TABLE[trend][band];
  return { "1%": r[0], "5%": r[1], "10%": r[2] };
}

export interface AdfOptions {
  trend?: AdfTrend;
  /** number of lagged differences (fixed lag when autolag is null) or the search maximum */
  maxlag?: number;
  autolag?: Autolag;
  convention?: LagConvention;
}

export interface AdfResult {
  tau: number;
  pvalue: number;
  usedLag: number;
  /** observations in the final regression */
  nobs: number;
  trend: AdfTrend;
  convention: LagConvention;
  autolag: Autolag;
  /** MacKinnon (2010) critical values at nobs */
  critical: { "1%": number; "5%": number; "10%": number };
  /** Fuller table (urca) critical values */
  criticalFuller: { "1%": number; "5%": number; "10%": number };
  /** the best information criterion (or |t| for tstat) when a lag was searched */
  icbest: number | null;
  /** coefficient of y_{t-1} (rho - 1) */
  gamma: number;
}

/** OLS of dy on [deterministics, y_{t-1}, dy_{t-1..k}] over the last n observations; returns t of y_{t-1}, llf, k. */
function adfRegression(y: Float64Array, trend: AdfTrend, k: number, n: number): { tau: number; gamma: number; llf: number; nreg: number; tLast: number } {
  const T = y.length;
  const d = trend === "n" ? 0 : trend === "c" ? 1 : 2;
  const m = d + 1 + k;
  const Z = new Float64Array(n * m);
  const Y = new Float64Array(n);
  // dy_t for t = T-n .. T-1 (index into y)
  for (let r = 0; r < n; r++) {
    const t = T - n + r;
    Y[r] = y[t] - y[t - 1];
    let c = r * m;
    if (d >= 1) Z[c++] = 1;
    if (d === 2) Z[c++] = r + 1;
    Z[c++] = y[t - 1];
    for (let j = 1; j <= k; j++) Z[c++] = y[t - j] - y[t - j - 1];
  }
  const qr = new QrLeastSquares(n, m, 1).fit(Z, Y, [...(d >= 1 ? ["const"] : []), ...(d === 2 ? ["trend"] : []), "y.l1", ...Array.from({ length: k }, (_, j) => `dy.l${j + 1}`)]);
  let ssr = 0;
  for (let r = 0; r < n; r++) ssr += qr.resid[r] * qr.resid[r];
  let sst = 0;
  for (let r = 0; r < n; r++) sst += Y[r] * Y[r];
  if (!(ssr > 1e-24 * sst) || n - m < 1) {
    throw new NumericalError("SINGULAR_MATRIX", `ADF: the test regression with ${k} lagged differences fits exactly (no residual variance); the series is deterministic and the test is undefined.`, { lag: k });
  }
  const s2 = ssr / (n - m);
  const inv = qr.zzInverse();
  const iy = d; // position of y_{t-1}
  const gamma = qr.B[iy];
  const tau = gamma / Math.sqrt(s2 * inv.data[iy * m + iy]);
  const tLast = k > 0 ? qr.B[m - 1] / Math.sqrt(s2 * inv.data[(m - 1) * m + m - 1]) : 0;
  const llf = -(n / 2) * (Math.log(2 * Math.PI) + Math.log(ssr / n) + 1);
  return { tau, gamma, llf, nreg: m, tLast };
}

/** Augmented Dickey-Fuller test. */
export function adf(series: ArrayLike<number>, opts: AdfOptions = {}): AdfResult {
  requireArrayLike("series", series);
  if (opts === null || typeof opts !== "object") throw new InvalidParameterError("opts", `must be an object, got ${opts === null ? "null" : typeof opts}`, opts);
  const trend = opts.trend === undefined ? "c" : opts.trend; // null is refused below, not read as the default
  if (!["n", "c", "ct"].includes(trend as string)) throw new InvalidParameterError("trend", `must be 'n', 'c' or 'ct', got '${trend}'`);
  const y = Float64Array.from(series);
  for (let i = 0; i < y.length; i++) if (!Number.isFinite(y[i])) throw new DataError("DATA_MISSING_VALUE", `ADF: missing or non-finite value at observation ${i + 1}; remove missing values first.`, { index: i });
  const T = y.length;
  const ntrend = trend === "n" ? 0 : trend === "c" ? 1 : 2;
  const autolag: Autolag = opts.autolag === undefined ? "aic" : opts.autolag;
  // every option is checked: an unknown criterion would otherwise fall through to the t-stat rule
  if (![null, "aic", "bic", "tstat"].includes(autolag)) throw new InvalidParameterError("autolag", `must be 'aic', 'bic', 'tstat' or null (a fixed lag), got '${String(autolag)}'`);
  const convention: LagConvention = opts.convention ?? "statsmodels";
  if (!["statsmodels", "urca"].includes(convention)) throw new InvalidParameterError("convention", `must be 'statsmodels' or 'urca', got '${String(convention)}'`);
  if (opts.maxlag === null) throw new InvalidParameterError("maxlag", "is null; give an integer >= 0 or leave it out for the default (12 (T/100)^(1/4))");
  let maxlag = opts.maxlag ?? Math.min(Math.floor(T / 2) - ntrend - 1, Math.ceil(12 * Math.pow(T / 100, 0.25)));
  if (!Number.isInteger(maxlag) || maxlag < 0) throw new InvalidParameterError("maxlag", `must be an integer >= 0, got ${maxlag}`);
  if (maxlag > Math.floor(T / 2) - ntrend - 1) {
    throw new DataError("TOO_FEW_OBSERVATIONS", `ADF: maxlag ${maxlag} is too large for ${T} observations (at most floor(T/2) - 1 - ${ntrend}); lower it.`, { T, maxlag });
  }
  if (convention === "urca" && autolag && maxlag < 1) throw new InvalidParameterError("maxlag", "the urca convention searches 1..maxlag; maxlag must be >= 1");
  let usedLag = maxlag;
  let icbest: number | null = null;
  let nFinal = T - 1 - maxlag;
  if (autolag) {
    const nSearch = T - 1 - maxlag;
    const from = convention === "urca" ? 1 : 0;
    const fits = [] as { k: number; ic: number; tLast: number }[];
    for (let k = from; k <= maxlag; k++) {
      const r = adfRegression(y, trend, k, nSearch);
      const npar = r.nreg;
      const ic = autolag === "aic" ? -2 * r.llf + 2 * npar : autolag === "bic" ? -2 * r.llf + Math.log(nSearch) * npar : Math.abs(r.tLast);
      fits.push({ k, ic, tLast: r.tLast });
    }
    if (autolag === "tstat") {
      // general-to-specific: the largest k whose last lag is significant at 5% (two-sided normal)
      const stop = normalQuantile(0.95);
      let chosen = fits[0];
      for (let i = fits.length - 1; i >= 0; i--) {
        chosen = fits[i];
        if (Math.abs(fits[i].tLast) >= stop) break;
      }
      usedLag = chosen.k;
      icbest = Math.abs(chosen.tLast);
    } else {
      let best = fits[0];
      for (const f of fits) if (f.ic < best.ic) best = f;
      usedLag = best.k;
      icbest = best.ic;
    }
    nFinal = convention === "urca" ? nSearch : T - 1 - usedLag;
  }
  const r = adfRegression(y, trend, usedLag, nFinal);
  return {
    tau: r.tau,
    pvalue: mackinnonP(r.tau, trend),
    usedLag,
    nobs: nFinal,
    trend,
    convention,
    autolag,
    critical: mackinnonCrit(trend, nFinal),
    criticalFuller: fullerCrit(trend, nFinal),
    icbest,
    gamma: r.gamma,
  };
}

export interface KpssResult {
  statistic: number;
  /** interpolated in the Kwiatkowski et al. (1992) table and clipped to [0.01, 0.10] */
  pvalue: number;
  lags: number;
  trend: "c" | "ct";
  critical: { "10%": number; "5%": number; "2.5%": number; "1%": number };
}

/** KPSS stationarity test with Bartlett weights; lags 'auto' (Hobijn et al. 1998), 'legacy' or a number (as statsmodels kpss). */
export function kpss(series: ArrayLike<number>, trend: "c" | "ct" = "c", lags: "auto" | "legacy" | number = "auto"): KpssResult {
  requireArrayLike("series", series);
  if (trend !== "c" && trend !== "ct") throw new InvalidParameterError("trend", `KPSS trend must be 'c' or 'ct', got '${trend}'`);
  const x = Float64Array.from(series);
  const n = x.length;
  for (let i = 0; i < n; i++) if (!Number.isFinite(x[i])) throw new DataError("DATA_MISSING_VALUE", `KPSS: missing or non-finite value at observation ${i + 1}; remove missing values first.`, { index: i });
  if (n < 10) throw new DataError("TOO_FEW_OBSERVATIONS", `KPSS needs at least 10 observations, got ${n}.`);
  const e = new Float64Array(n);
  if (trend === "c") {
    let mu = 0;
    for (let i = 0; i < n; i++) mu += x[i] / n;
    for (let i = 0; i < n; i++) e[i] = x[i] - mu;
  } else {
    const Z = new Float64Array(n * 2);
    for (let i = 0; i < n; i++) { Z[2 * i] = 1; Z[2 * i + 1] = i + 1; }
    e.set(new QrLeastSquares(n, 2, 1).fit(Z, x).resid);
  }
  const dot = (i: number) => { let s = 0; for (let t = i; t < n; t++) s += e[t] * e[t - i]; return s; };
  let sumsq = 0;
  for (let i = 0; i < n; i++) sumsq += x[i] * x[i];
  // residuals at rounding level: a constant (or, with 'ct', exactly linear) series
  if (!(dot(0) > 1e-24 * sumsq)) throw new NumericalError("SINGULAR_MATRIX", `KPSS: the series is ${trend === "ct" ? "an exact linear trend" : "constant"}; the test is undefined.`, {});
  let L: number;
  if (lags === "legacy") L = Math.ceil(12 * Math.pow(n / 100, 0.25));
  else if (lags === "auto") {
    const covlags = Math.floor(Math.pow(n, 2 / 9));
    let s0 = dot(0) / n, s1 = 0;
    for (let i = 1; i <= covlags; i++) { const p = dot(i) / (n / 2); s0 += p; s1 += i * p; }
    const sHat = s1 / s0;
    L = Math.floor(1.1447 * Math.pow(sHat * sHat, 1 / 3) * Math.pow(n, 1 / 3));
    L = Math.min(L, n - 1);
  } else {
    if (!Number.isInteger(lags) || lags < 0 || lags >= n) throw new InvalidParameterError("lags", `must be an integer in [0, ${n - 1}]`);
    L = lags;
  }
  let cum = 0, eta = 0;
  for (let i = 0; i < n; i++) { cum += e[i]; eta += cum * cum; }
  eta /= n * n;
  let s = dot(0);
  for (let i = 1; i <= L; i++) s += 2 * dot(i) * (1 - i / (L + 1));
  s /= n;
  if (!(s > 0)) throw new NumericalError("SINGULAR_MATRIX", `KPSS: the long-run variance estimate is ${s} (a constant${trend === "ct" ? " or linear" : ""} series); the test is undefined.`, { lags: L });
  const stat = eta / s;
  const crit = trend === "c" ? [0.347, 0.463, 0.574, 0.739] : [0.119, 0.146, 0.176, 0.216];
  const pv = [0.1, 0.05, 0.025, 0.01];
  let p: number;
  if (stat <= crit[0]) p = 0.1;
  else if (stat >= crit[3]) p = 0.01;
  else {
    let i = 0;
    while (stat > crit[i + 1]) i++;
    p = pv[i] + ((stat - crit[i]) * (pv[i + 1] - pv[i])) / (crit[i + 1] - crit[i]);
  }
  return { statistic: stat, pvalue: p, lags: L, trend, critical: { "10%": crit[0], "5%": crit[1], "2.5%": crit[2], "1%": crit[3] } };
}
