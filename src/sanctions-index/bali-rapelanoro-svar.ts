/**
 * The Bali & Rapelanoro (2021) SVAR pipeline (models A-D of sections 3.1 and 3.2) as a function of a
 * named reading, so every contestable choice of the paper can be run and compared:
 *   indexForm  levels (the text: the new index is stationary in levels) | difference (the model
 *              vectors' literal d_st);
 *   previous   the Dreger et al. cumulative index from the EU events | from the EU and US events pooled;
 *   prices     ROSSTAT producer prices (the text's industrial prices) | industrial production (footnote 3
 *              and Table 5's gdp_t row);
 *   maxlag     the largest lag of the AIC search (4: Stata's varsoc default; 8; 12);
 *   season     none | centred monthly dummies as exogenous regressors in models C and D, whose exports
 *              and trade balance are not seasonally adjusted (R vars `season = 12`).
 * A specification adds what a specification curve varies: the lag order, the Cholesky position of the
 * index (first, as the paper, or last), the sample window and impulse dummies for named months.
 * Pure apart from reading the data files once (cached).
 */
import { InvalidParameterError } from "../core/errors";
import * as R from "../data/russia";
import { fitVar, VarResult } from "../econometrics/var/estimate";
import { fevd } from "../econometrics/var/fevd";
import { fevdAsymptotic } from "../econometrics/var/fevd-asymptotic";
import { irf } from "../econometrics/var/irf";
import { selectOrder } from "../econometrics/var/select";
import { seasonalDummies } from "../econometrics/var/season";
import { dregerIndex } from "./build";
import { annex3, ANNEX3_CALENDAR, euEvents, usEvents } from "./russia";

export type IndexForm = "levels" | "difference";
export type PreviousIndex = "eu" | "eu+us";
export type PriceSeries = "ppi" | "production";
export type SeasonHandling = "none" | "centred";
export type IndexOrder = "first" | "last";
export type ModelName = "A" | "B" | "C" | "D";
export const MODEL_NAMES: ModelName[] = ["A", "B", "C", "D"];

export interface SvarReading {
  indexForm: IndexForm;
  previous: PreviousIndex;
  prices: PriceSeries;
  maxlag: number;
  season: SeasonHandling;
}

export interface SvarSpec extends SvarReading {
  /** lag order of the VARs (the paper: 2) */
  lags: number;
  /** Cholesky position of the sanction index */
  order: IndexOrder;
  /** first and last month of the estimation window (YYYY-MM), cut further by the data */
  from: string;
  to: string;
  /** months (YYYY-MM) that get an impulse dummy as an exogenous regressor */
  dummies: string[];
}

/** The primary reading: the notebook states why (from the paper and its sources, not from fit). */
export const PRIMARY_READING: SvarReading = { indexForm: "levels", previous: "eu", prices: "ppi", maxlag: 8, season: "none" };
export const PAPER_SPEC: SvarSpec = { ...PRIMARY_READING, lags: 2, order: "first", from: "2010-02", to: "2018-07", dummies: [] };

export const READING_VALUES: { [K in keyof SvarReading]: SvarReading[K][] } = {
  indexForm: ["levels", "difference"],
  previous: ["eu", "eu+us"],
  prices: ["ppi", "production"],
  maxlag: [4, 8, 12],
  season: ["none", "centred"],
};

/** Every combination of the reading dimensions (the last dimension varying fastest). */
export function allReadings(dims: (keyof SvarReading)[] = ["indexForm", "previous", "prices", "maxlag", "season"]): SvarReading[] {
  let out: SvarReading[] = [{ ...PRIMARY_READING }];
  for (const d of dims) out = out.flatMap((r) => (READING_VALUES[d] as (string | number)[]).map((v) => ({ ...r, [d]: v })));
  return out;
}

/** The reading as the string record a claim carries. */
export function readingRecord(r: SvarReading, only?: (keyof SvarReading)[]): Record<string, string> {
  const all: Record<string, string> = {
    index: r.indexForm === "levels" ? "levels" : "difference (d_st)",
    previous: r.previous === "eu" ? "EU events" : "EU+US events",
    prices: r.prices === "ppi" ? "ROSSTAT PPI" : "industrial production",
    maxlag: String(r.maxlag),
    season: r.season === "none" ? "none" : "centred monthly dummies (C, D)",
  };
  const keyOf: Record<keyof SvarReading, string> = { indexForm: "index", previous: "previous", prices: "prices", maxlag: "maxlag", season: "season" };
  if (!only) return all;
  const out: Record<string, string> = {};
  for (const k of only) out[keyOf[k]] = all[keyOf[k]];
  return out;
}

export function isPrimary(r: SvarReading, dims: (keyof SvarReading)[] = ["indexForm", "previous", "prices", "maxlag", "season"]): boolean {
  return dims.every((d) => r[d] === PRIMARY_READING[d]);
}

function checkSpec(s: SvarSpec): void {
  for (const d of Object.keys(READING_VALUES) as (keyof SvarReading)[]) {
    if (!(READING_VALUES[d] as unknown[]).includes(s[d])) throw new InvalidParameterError(d, `must be one of ${READING_VALUES[d].join(", ")}, got ${String(s[d])}`);
  }
  if (!Number.isInteger(s.lags) || s.lags < 1 || s.lags > 12) throw new InvalidParameterError("lags", `must be an integer in [1, 12], got ${s.lags}`);
  if (s.order !== "first" && s.order !== "last") throw new InvalidParameterError("order", `must be 'first' or 'last', got ${String(s.order)}`);
  if (R.monthOrdinal(s.to) < R.monthOrdinal(s.from)) throw new InvalidParameterError("to", `${s.to} is before ${s.from}`);
}

// ---- data (read once) ------------------------------------------------------------------------

let cache: Record<string, R.MonthlySeries> | null = null;

/** Every transformed series the models use, by name (st, d_st, d_sww, d_swwus, dln_eru, dln_oilp, dln_ipi, dln_ipro, dln_xru, g_cf). */
export function svarSeries(): Record<string, R.MonthlySeries> {
  if (cache) return cache;
  const pub = annex3();
  const st = R.fromValues("st", "2010-01", pub.values, "Annex III, Bali & Rapelanoro (2021)");
  const sww = R.fromValues("sww", "2010-01", dregerIndex(euEvents(), {}, ANNEX3_CALENDAR).index, "Dreger-style index, EU events");
  const swwus = R.fromValues("swwus", "2010-01", dregerIndex([...euEvents(), ...usEvents()], {}, ANNEX3_CALENDAR).index, "Dreger-style index, EU and US events pooled");
  cache = {
    st,
    d_st: R.diff(st, "d_st"),
    d_sww: R.diff(sww, "d_sww"),
    d_swwus: R.diff(swwus, "d_swwus"),
    dln_eru: R.dlog(R.bisReer(), "dln_eru"),
    dln_oilp: R.dlog(R.brent(), "dln_oilp"),
    dln_ipi: R.dlog(R.producerPrices(), "dln_ipi"),
    dln_ipro: R.dlog(R.industrialProduction(), "dln_ipro"),
    dln_xru: R.dlog(R.goodsExports(), "dln_xru"),
    g_cf: R.growth(R.tradeBalance(), "g_cf"),
  };
  return cache;
}

/** Variable names of model m in Cholesky order under a specification; the index is `vars[indexPos]`, prices `vars[pricePos]`. */
export function modelVariables(m: ModelName, s: Pick<SvarSpec, "indexForm" | "previous" | "prices" | "order">): { vars: string[]; index: string; price: string } {
  const index = m === "A" || m === "C" ? (s.indexForm === "levels" ? "st" : "d_st") : s.previous === "eu" ? "d_sww" : "d_swwus";
  const price = s.prices === "ppi" ? "dln_ipi" : "dln_ipro";
  const mid = m === "A" || m === "B" ? ["dln_eru", "dln_oilp"] : ["dln_eru", "dln_oilp", "dln_xru", "g_cf"];
  const vars = s.order === "first" ? [index, ...mid, price] : [...mid, price, index];
  return { vars, index, price };
}

export interface ModelData {
  model: ModelName;
  vars: string[];
  index: string;
  price: string;
  labels: string[];
  rows: number[][];
  /** month ordinal of the first row */
  start: number;
  /** exogenous regressors (seasonal and impulse dummies), aligned with rows, or undefined */
  exog?: number[][];
  exogNames?: string[];
}

/** The aligned data of model m, with its exogenous dummies. */
export function modelData(m: ModelName, s: SvarSpec, extraSeries: Record<string, R.MonthlySeries> = {}): ModelData {
  return dataFor(m, modelVariables(m, s), s, extraSeries);
}

function dataFor(m: ModelName, v: { vars: string[]; index: string; price: string }, s: SvarSpec, extraSeries: Record<string, R.MonthlySeries> = {}): ModelData {
  checkSpec(s);
  const all = { ...svarSeries(), ...extraSeries };
  const { vars, index, price } = v;
  const d = R.alignMonthly(vars.map((v) => all[v]), s.from, s.to);
  const ex: number[][] = d.rows.map(() => []);
  const exNames: string[] = [];
  if (s.season === "centred" && (m === "C" || m === "D")) {
    const sd = seasonalDummies(d.rows.length, { period: 12, first: d.start % 12 });
    sd.rows.forEach((r, t) => ex[t].push(...r));
    exNames.push(...sd.names.map((n) => `month${n.slice(2)}`));
  }
  for (const mo of s.dummies) {
    const t = R.monthOrdinal(mo) - d.start;
    if (t < 0 || t >= d.rows.length) continue; // outside the window: no dummy
    ex.forEach((r, k) => r.push(k === t ? 1 : 0));
    exNames.push(`imp_${mo}`);
  }
  return { model: m, vars, index, price, labels: d.labels, rows: d.rows, start: d.start, ...(exNames.length ? { exog: ex, exogNames: exNames } : {}) };
}

/**
 * AIC lag choice on a common sample (observations maxlag+1..T), p = 0..maxlag (statsmodels'
 * convention). Without exogenous regressors this is selectOrder; with them every VAR(p) includes
 * the same dummies, the criterion counting their K E coefficients (n = p K^2 + K (1 + E); Lütkepohl
 * 2005, eq. 4.3.2). For p = 0 the residuals are those of each variable on the constant and the
 * dummies alone (least squares on the normal equations: at most 1 + 11 + a few regressors). Lags
 * that leave fewer than K residual degrees of freedom are not searched (`searched` is the largest p tried).
 */
export function selectLagAic(d: ModelData, maxlag: number): { aic: number[]; selected: number; searched: number } {
  if (!d.exog) {
    const s = selectOrder(d.rows, maxlag, "c", d.vars);
    return { aic: s.aic, selected: s.selected.aic, searched: maxlag };
  }
  const T = d.rows.length - maxlag, K = d.vars.length, E = d.exog[0].length;
  const aic: number[] = [];
  // p = 0: OLS of each variable on [1, exog] over the common sample (normal equations, small E)
  aic.push(logdetMl(olsResid(d.rows.slice(maxlag), d.exog.slice(maxlag)), T) + (2 * K * (1 + E)) / T);
  // a VAR(p) with dummies needs T - (1 + K p + E) >= K: larger p are not estimable on this sample
  let searched = 0;
  for (let p = 1; p <= maxlag && T - (1 + K * p + E) >= K; p++) {
    const res = fitVar(d.rows.slice(maxlag - p), { lags: p, trend: "c", names: d.vars, exog: d.exog.slice(maxlag - p), exogNames: d.exogNames });
    aic.push(logdetMl(res.resid, T) + (2 * (p * K * K + K * (1 + E))) / T);
    searched = p;
  }
  let best = 0;
  for (let p = 1; p <= searched; p++) if (aic[p] < aic[best]) best = p;
  return { aic, selected: best, searched };
}

function logdetMl(u: number[][], T: number): number {
  const K = u[0].length;
  const S = Array.from({ length: K }, (_, i) => Array.from({ length: K }, (_, j) => u.reduce((a, r) => a + r[i] * r[j], 0) / T));
  // Cholesky log-determinant
  const L = S.map((r) => r.map(() => 0));
  let ld = 0;
  for (let i = 0; i < K; i++) for (let j = 0; j <= i; j++) {
    let v = S[i][j];
    for (let k = 0; k < j; k++) v -= L[i][k] * L[j][k];
    if (i === j) {
      if (!(v > 0)) throw new InvalidParameterError("data", "the residual covariance is singular");
      L[i][i] = Math.sqrt(v);
      ld += 2 * Math.log(L[i][i]);
    } else L[i][j] = v / L[j][j];
  }
  return ld;
}

/** Residuals of y (T x K) on [1, x] (T x E) by least squares (Gauss-Jordan on the normal equations). */
function olsResid(y: number[][], x: number[][]): number[][] {
  const Z = x.map((r) => [1, ...r]);
  const m = Z[0].length, K = y[0].length;
  const A = Array.from({ length: m }, (_, i) => [...Array.from({ length: m }, (_, j) => Z.reduce((a, r) => a + r[i] * r[j], 0)), ...Array.from({ length: K }, (_, k) => Z.reduce((a, r, t) => a + r[i] * y[t][k], 0))]);
  for (let c = 0; c < m; c++) {
    let piv = c;
    for (let r = c + 1; r < m; r++) if (Math.abs(A[r][c]) > Math.abs(A[piv][c])) piv = r;
    [A[c], A[piv]] = [A[piv], A[c]];
    const v = A[c][c];
    for (let j = 0; j < m + K; j++) A[c][j] /= v;
    for (let r = 0; r < m; r++) if (r !== c) {
      const f = A[r][c];
      if (f !== 0) for (let j = 0; j < m + K; j++) A[r][j] -= f * A[c][j];
    }
  }
  return y.map((row, t) => row.map((v, k) => v - Z[t].reduce((a, z, i) => a + z * A[i][m + k], 0)));
}

/**
 * The nested horse race: both indexes in one VAR (the new one and the previous one, in that Cholesky
 * order or the reverse, then the controls of model A or C, prices last), fitted under the spec.
 * `share(v, h)` is the new index's share; `shareOf(v, shock, h)` any shock's.
 */
export function horseRace(s: SvarSpec, pair: "AB" | "CD" = "AB", first: "new" | "old" = "new", H = 20): FittedModel & { newIndex: string; oldIndex: string } {
  const a = modelVariables(pair === "AB" ? "A" : "C", { ...s, order: "first" });
  const oldIndex = modelVariables(pair === "AB" ? "B" : "D", s).index;
  const vars = first === "new" ? [a.index, oldIndex, ...a.vars.slice(1)] : [oldIndex, a.index, ...a.vars.slice(1)];
  const data = dataFor(pair === "AB" ? "A" : "C", { vars, index: a.index, price: a.price }, s);
  return { ...fitData(data, s.lags, H), newIndex: a.index, oldIndex };
}

export interface FittedModel {
  data: ModelData;
  res: VarResult;
  /** fevd[h-1][i][j], h = 1..H */
  fevd: number[][][];
  /** 100 x share of the price variable's h-step FEV due to the index shock */
  priceShare: (h: number) => number;
  /** 100 x share of variable v's h-step FEV due to the index shock */
  share: (v: string, h: number) => number;
  /** 100 x share of variable v's h-step FEV due to the shock of variable `shock` */
  shareOf: (v: string, shock: string, h: number) => number;
}

/** Fit model m under a specification (Cholesky VAR, constant, the spec's lags), FEVD to horizon H. */
export function fitModel(m: ModelName, s: SvarSpec, H = 20): FittedModel {
  return fitData(modelData(m, s), s.lags, H);
}

function fitData(data: ModelData, lags: number, H: number): FittedModel {
  const res = fitVar(data.rows, { lags, trend: "c", names: data.vars, ...(data.exog ? { exog: data.exog, exogNames: data.exogNames } : {}) });
  const fe = fevd(irf(res, H), H);
  const idx = (v: string) => {
    const k = data.vars.indexOf(v);
    if (k < 0) throw new InvalidParameterError("variable", `'${v}' is not in model ${data.model} (${data.vars.join(", ")})`);
    return k;
  };
  const shareOf = (v: string, shock: string, h: number) => {
    if (!Number.isInteger(h) || h < 1 || h > H) throw new InvalidParameterError("h", `must be an integer in [1, ${H}], got ${h}`);
    return 100 * fe[h - 1][idx(v)][idx(shock)];
  };
  const share = (v: string, h: number) => shareOf(v, data.index, h);
  return { data, res, fevd: fe, share, shareOf, priceShare: (h: number) => share(data.price, h) };
}

export interface Headline {
  /** 20-month (or h-month) price share of the new index (A or C) and of the previous one (B or D), percent */
  newShare: number;
  oldShare: number;
  ratio: number;
  difference: number;
}

/** The headline comparison of a pair (A vs B, or C vs D): the index's share of the price FEV at horizon h. */
export function headline(s: SvarSpec, pair: "AB" | "CD" = "AB", h = 20): Headline {
  return headlineOf(fitPair(s, pair, h), h);
}

/** The two fitted models of a pair: the new index (A or C) and the previous one (B or D). */
function fitPair(s: SvarSpec, pair: "AB" | "CD", h: number): { a: FittedModel; b: FittedModel } {
  return { a: fitModel(pair === "AB" ? "A" : "C", s, h), b: fitModel(pair === "AB" ? "B" : "D", s, h) };
}

function headlineOf({ a, b }: { a: FittedModel; b: FittedModel }, h: number): Headline {
  const newShare = a.priceShare(h), oldShare = b.priceShare(h);
  return { newShare, oldShare, ratio: newShare / oldShare, difference: newShare - oldShare };
}

// ---- the specification curve of the headline --------------------------------------------------

/** A specification's choices as the specification-curve engine passes them (src/robustness/spec-curve.ts). */
export type SpecChoice = Record<string, string | number>;

/**
 * The choice dimensions of the headline's specification curve: model pair, lag order, Cholesky
 * position of the index, sample start and end, price series, index form, previous index, seasonal
 * dummies (C/D only; see `specFilter`). 2 x 4 x 2 x 2 x 2 x 2 x 2 x 2 x 2 = 1,024 combinations, 768 kept.
 */
export const SPEC_DIMENSIONS = [
  { name: "models", values: ["A/B", "C/D"] },
  { name: "lags", values: [1, 2, 3, 4] },
  { name: "order", values: ["first", "last"] },
  { name: "from", values: ["2010-02", "2012-01"] },
  { name: "to", values: ["2018-07", "2017-12"] },
  { name: "prices", values: ["ppi", "production"] },
  { name: "index", values: ["levels", "difference"] },
  { name: "previous", values: ["eu", "eu+us"] },
  { name: "season", values: ["none", "centred"] },
];

/** Seasonal dummies enter only models C and D: the A/B specifications with them would repeat the ones without. */
export const specFilter = (c: SpecChoice): boolean => !(c.models === "A/B" && c.season === "centred");

/** The paper's own specification in the curve's terms. */
export const PAPER_CHOICE: SpecChoice = { models: "A/B", lags: 2, order: "first", from: "2010-02", to: "2018-07", prices: "ppi", index: "levels", previous: "eu", season: "none" };

export function specOfChoice(c: SpecChoice): { spec: SvarSpec; pair: "AB" | "CD" } {
  const spec: SvarSpec = {
    ...PAPER_SPEC, lags: Number(c.lags), order: c.order as IndexOrder, from: String(c.from), to: String(c.to),
    prices: c.prices as PriceSeries, indexForm: c.index as IndexForm, previous: c.previous as PreviousIndex, season: c.season as SeasonHandling,
  };
  return { spec, pair: c.models === "C/D" ? "CD" : "AB" };
}

/** The statistic of the curve: the new/old ratio of the 20-month price shares, with both shares as extras. */
export function headlineStatistic(c: SpecChoice): { estimate: number; extra: Record<string, number> } {
  const { spec, pair } = specOfChoice(c);
  const h = headline(spec, pair, 20);
  return { estimate: h.ratio, extra: { newShare: h.newShare, oldShare: h.oldShare, difference: h.difference } };
}

/**
 * The same statistic with the delta-method 95% interval of each model's 20-month price share
 * (Lütkepohl 2005, section 3.7.1; `fevdAsymptotic`), in percent: `newLower/newUpper` (A or C) and
 * `oldLower/oldUpper` (B or D). The ratio itself gets no interval here: its two shares come from two
 * VARs, so only the joint bootstrap (`jointFevdStatistic`) gives one.
 */
export function headlineStatisticWithIntervals(c: SpecChoice): { estimate: number; extra: Record<string, number> } {
  const { spec, pair } = specOfChoice(c);
  const H = 20;
  const fits = fitPair(spec, pair, H), h = headlineOf(fits, H);
  const band = (f: FittedModel) => {
    const s = fevdAsymptotic(f.res, H);
    const j = f.data.vars.indexOf(f.data.price), k = f.data.vars.indexOf(f.data.index);
    return { lower: 100 * s.lower[H - 1][j][k], upper: 100 * s.upper[H - 1][j][k] };
  };
  const na = band(fits.a), nb = band(fits.b);
  return {
    estimate: h.ratio,
    extra: { newShare: h.newShare, oldShare: h.oldShare, difference: h.difference, newLower: na.lower,
      newUpper: na.upper, oldLower: nb.lower, oldUpper: nb.upper },
  };
}
