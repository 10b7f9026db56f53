/**
 * The unit-root table of an empirical section: for each series, ADF on levels and on first
 * differences (MacKinnon p-values), KPSS as the second opinion, and the implied order of
 * integration (the smallest d whose d-th difference rejects the ADF unit root at `alpha`).
 * Leading and trailing missing values (series that start late or end early) are trimmed and the
 * sample used is reported; a gap inside a series is an error naming the observation.
 */
import { DataError, InvalidParameterError } from "../core/errors";
import type { Table } from "../notebook/table";
import { adf, AdfResult, AdfTrend, Autolag, kpss, KpssResult, LagConvention } from "./unitroot";

export interface UnitRootOptions {
  /** deterministic terms of the ADF regression on levels (default "c"); differences use "c" unless "n" */
  trend?: AdfTrend;
  /** maximum lag (default: statsmodels' 12 (T/100)^(1/4) rule) */
  maxlag?: number;
  /** lag choice (default "aic"); null = fixed lag maxlag */
  autolag?: Autolag;
  convention?: LagConvention;
  /** significance level for the verdict (default 0.05) */
  alpha?: number;
}

export interface UnitRootRow {
  name: string;
  /** first and last index (0-based, inclusive) of the non-missing span used */
  span: [number, number];
  level: { adf: AdfResult; kpss: KpssResult };
  diff: { adf: AdfResult; kpss: KpssResult };
  /** 0: stationary in levels; 1: in first differences; 2: neither (at alpha, by ADF) */
  order: 0 | 1 | 2;
  /** KPSS (at 5%) agrees with the ADF verdict on the level / difference it picked */
  kpssAgrees: boolean;
}

/** Trim leading/trailing NaN; throw on interior gaps. */
function trimmed(name: string, x: ArrayLike<number>): { values: number[]; span: [number, number] } {
  let a = 0, b = x.length - 1;
  while (a <= b && !Number.isFinite(x[a])) a++;
  while (b >= a && !Number.isFinite(x[b])) b--;
  if (a > b) throw new DataError("DATA_MISSING_VALUE", `unit-root tests: series '${name}' has no finite values.`, { series: name });
  const values: number[] = [];
  for (let i = a; i <= b; i++) {
    if (!Number.isFinite(x[i])) throw new DataError("DATA_MISSING_VALUE", `unit-root tests: series '${name}' has a missing value at observation ${i + 1} inside its sample (${a + 1}..${b + 1}); fill or split it.`, { series: name, index: i });
    values.push(x[i]);
  }
  return { values, span: [a, b] };
}

/** ADF and KPSS on levels and first differences of each named series. */
export function unitRootReport(series: Record<string, ArrayLike<number>>, opts: UnitRootOptions = {}): { rows: UnitRootRow[]; table: Table } {
  const alpha = opts.alpha ?? 0.05;
  if (!(alpha > 0 && alpha < 0.5)) throw new InvalidParameterError("alpha", `must lie in (0, 0.5), got ${alpha}`);
  const trend = opts.trend ?? "c";
  const dTrend: AdfTrend = trend === "n" ? "n" : "c";
  const kTrend = (t: AdfTrend): "c" | "ct" => (t === "ct" ? "ct" : "c");
  const adfOpts = { maxlag: opts.maxlag, autolag: opts.autolag === undefined ? ("aic" as Autolag) : opts.autolag, convention: opts.convention };
  const rows: UnitRootRow[] = [];
  for (const [name, x] of Object.entries(series)) {
    const { values, span } = trimmed(name, x);
    const dx = values.slice(1).map((v, t) => v - values[t]);
    const level = { adf: adf(values, { ...adfOpts, trend }), kpss: kpss(values, kTrend(trend)) };
    const diff = { adf: adf(dx, { ...adfOpts, trend: dTrend }), kpss: kpss(dx, kTrend(dTrend)) };
    const order: 0 | 1 | 2 = level.adf.pvalue < alpha ? 0 : diff.adf.pvalue < alpha ? 1 : 2;
    // KPSS's null is stationarity: it agrees when it does not reject where ADF found stationarity
    // and rejects on levels when ADF put the series at order 1
    const kpssAgrees = order === 0 ? level.kpss.pvalue > 0.05 : order === 1 ? level.kpss.pvalue <= 0.05 && diff.kpss.pvalue > 0.05 : diff.kpss.pvalue <= 0.05;
    rows.push({ name, span, level, diff, order, kpssAgrees });
  }
  const table: Table = {
    caption: `Unit-root tests: ADF (trend '${trend}' on levels, '${dTrend}' on differences; lags by ${adfOpts.autolag ?? "fixed"}, MacKinnon p-values) and KPSS`,
    columns: ["series", "obs", "ADF level", "p", "lags", "ADF diff", "p", "lags", "KPSS level", "KPSS diff", "order", "KPSS agrees"],
    rows: rows.map((r) => [r.name, r.span[1] - r.span[0] + 1, r.level.adf.tau, r.level.adf.pvalue, r.level.adf.usedLag, r.diff.adf.tau, r.diff.adf.pvalue, r.diff.adf.usedLag, r.level.kpss.statistic, r.diff.kpss.statistic, `I(${r.order})`, r.kpssAgrees ? "yes" : "no"]),
    digits: 3,
    note: `order: smallest d whose d-th difference rejects the ADF unit root at ${alpha}; KPSS 5% critical values ${trend === "ct" ? "0.146 (level, trend)" : "0.463 (level)"}, 0.463 (difference, level stationarity).`,
  };
  return { rows, table };
}
