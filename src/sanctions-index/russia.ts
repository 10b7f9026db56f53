/**
 * The Bali & Rapelanoro (2021) case: EU sanctions on Russia, monthly 2010m1-2018m4, and the
 * calibration of the free parameters to the published Annex III series.
 *
 * Leverage (eqs. 3-5): beta_t = A * B_t. B_t, Russia's trade over GDP, is either
 *   - "wdi-annual": the World Bank's exports plus imports of goods and services in % of GDP
 *     (NE.EXP.GNFS.ZS + NE.IMP.GNFS.ZS), annual, held constant within each year (default); or
 *   - "monthly-trade": ROSSTAT monthly goods exports plus imports (USD) over one twelfth of the
 *     year's GDP in current USD (WDI NY.GDP.MKTP.CD), as a trailing 12-month mean (monthly trade is
 *     strongly seasonal, Annex III is not), the last value carried forward after 2018-03; or
 *   - "constant": B = 1.
 * A, the EU's share of Russia's exports, has no public bilateral series in the data here, so it is a
 * free scale fitted to Annex III: it absorbs the overall level of the Table 1 weights as well.
 */
import { DataError } from "../core/errors";
import { readCsv, numericColumn, stringColumn } from "../data/csv";
import { dataFile, repoDataPath } from "../data/datadir";
import { CalibrationProblem } from "./calibrate";
import { BaliParams, baliRapelanoroIndex, Calendar, monthly, TimeLaw } from "./build";
import { newMeasures, readEvents, SanctionEvent, SanctionType } from "./events";
import { calibrate, CalibrationResult, fitStats } from "./calibrate";
import { goodsExports, goodsImports } from "../data/russia";
import { progress, ProgressOption } from "../core/progress";

export const ANNEX3_CALENDAR: Calendar = monthly("2010-01", "2018-04");

/** Annex III as published (data/published/bali-rapelanoro-2021/annex3.csv). */
export function annex3(): { labels: string[]; values: Float64Array } {
  const t = readCsv(repoDataPath("published", "bali-rapelanoro-2021", "annex3.csv"));
  return { labels: stringColumn(t, "month"), values: numericColumn(t, "index").values };
}

/** The declared scope of the event lists (March 2014 to July 2018): rows outside are errors. */
export const EVENT_RANGE = { from: "2014-03-01", to: "2018-07-31" };

/** The curated EU event list (data/events), new measures only unless `all`. */
export function euEvents(all = false): SanctionEvent[] {
  const ev = readEvents(repoDataPath("events", "eu_russia_sanctions_2014_2018.csv"), { range: EVENT_RANGE });
  return all ? ev : newMeasures(ev);
}

export function usEvents(all = false): SanctionEvent[] {
  const ev = readEvents(repoDataPath("events", "us_russia_sanctions_2014_2018.csv"), { range: EVENT_RANGE });
  return all ? ev : newMeasures(ev);
}

const wdiCache = new Map<string, Map<string, number>>();

/** WDI value for a country and year from a long-format file (each file is read and hash-checked once). */
export function wdiValue(file: string, country: string, year: number): number {
  let m = wdiCache.get(file);
  if (!m) {
    const t = readCsv(dataFile(file));
    const codes = stringColumn(t, "Country Code"), years = numericColumn(t, "Year").values, vals = numericColumn(t, "Value");
    m = new Map();
    for (let i = 0; i < codes.length; i++) if (!vals.missing[i]) m.set(`${codes[i]}|${years[i]}`, vals.values[i]);
    wdiCache.set(file, m);
  }
  const v = m.get(`${country}|${year}`);
  if (v === undefined) throw new DataError("DATA_MISSING_VALUE", `${file}: no value for ${country} in ${year}.`, { file, country, year });
  return v;
}

/** Russia's trade openness B_t (share of GDP, not percent) for each month of a calendar. */
export function russiaOpenness(cal: Calendar): Float64Array {
  const out = new Float64Array(cal.to - cal.from + 1);
  const cache = new Map<number, number>();
  for (let i = 0; i < out.length; i++) {
    const year = Math.floor((cal.from + i) / 12);
    if (!cache.has(year)) cache.set(year, (wdiValue("wdi/ne.exp.gnfs.zs.csv", "RUS", year) + wdiValue("wdi/ne.imp.gnfs.zs.csv", "RUS", year)) / 100);
    out[i] = cache.get(year)!;
  }
  return out;
}

/**
 * Russia's trade over GDP from monthly ROSSTAT goods trade: 12 (X_t + M_t) / GDP_year, GDP in current
 * USD (WDI), as a trailing mean over `smooth` months (1 = raw); months after the trade data end carry
 * the last value forward. Goods only, so it sits below the WDI goods-and-services ratio.
 */
export function russiaOpennessMonthly(cal: Calendar, smooth = 12): Float64Array {
  if (cal.freq !== "M") throw new DataError("DATA_PARSE", "russiaOpennessMonthly needs a monthly calendar.");
  const x = goodsExports(), m = goodsImports();
  const gdp = new Map<number, number>();
  const raw = (t: number): number => {
    const last = Math.min(x.start + x.values.length, m.start + m.values.length) - 1;
    const tt = Math.min(t, last);
    const y = Math.floor(tt / 12);
    if (!gdp.has(y)) gdp.set(y, wdiValue("wdi/ny.gdp.mktp.cd.csv", "RUS", y) / 1e9);
    return (12 * (x.values[tt - x.start] + m.values[tt - m.start])) / gdp.get(y)!;
  };
  const out = new Float64Array(cal.to - cal.from + 1);
  for (let i = 0; i < out.length; i++) {
    let s = 0;
    for (let k = 0; k < smooth; k++) s += raw(cal.from + i - k);
    out[i] = s / smooth;
  }
  return out;
}

export type LeverageSource = "wdi-annual" | "monthly-trade" | "constant";

export function russiaLeverageBase(source: LeverageSource, cal: Calendar = ANNEX3_CALENDAR): Float64Array {
  if (source === "wdi-annual") return russiaOpenness(cal);
  if (source === "monthly-trade") return russiaOpennessMonthly(cal);
  return new Float64Array(cal.to - cal.from + 1).fill(1);
}

/**
 * Events whose coding the curated list flags as a judgement call (reference README, items 6-7), with
 * the alternative type the calibration may switch them to.
 */
export const AMBIGUOUS: { id: string; what: string; listed: SanctionType; alternative: SanctionType }[] = [
  { id: "EU011", what: "23 Jun 2014 Crimea/Sevastopol import ban", listed: "embargo", alternative: "sector" },
  { id: "EU014", what: "16 Jul 2014 EIB/EBRD lending suspension", listed: "announcement", alternative: "sector" },
  { id: "EU023", what: "31 Jul 2014 arms trade ban", listed: "embargo", alternative: "sector" },
  { id: "EU035", what: "18 Dec 2014 Crimea investment ban", listed: "embargo", alternative: "sector" },
];

export interface RussiaSpec {
  /** count listed persons/entities one by one (true) or per act */
  perTarget: boolean;
  /** code the 23 Jun 2014 Crimea import ban (EU011) as a sector measure instead of an embargo */
  juneBanAsSector: boolean;
  /** separate horizons for listings (individual/entity/announcement) and economic measures (sector/embargo) */
  twoHorizons: boolean;
  /** separate horizon AND slope for the two groups (overrides twoHorizons) */
  twoGroups?: boolean;
  /** re-type events by id (the AMBIGUOUS list), applied after juneBanAsSector */
  recode?: Record<string, SanctionType>;
  /** where B_t comes from (default "wdi-annual") */
  leverage?: LeverageSource;
}

export const DEFAULT_SPEC: RussiaSpec = { perTarget: true, juneBanAsSector: false, twoHorizons: false };

/** Parameter names for a specification: A, one or two horizons, one or two slopes. */
export function paramNames(spec: RussiaSpec): string[] {
  if (spec.twoGroups) return ["A (leverage scale)", "U listings (months)", "U economic (months)", "slope listings", "slope economic"];
  if (spec.twoHorizons) return ["A (leverage scale)", "U listings (months)", "U economic (months)", "slope"];
  return ["A (leverage scale)", "U (months)", "slope"];
}

/**
 * Parameters of the index for theta = [A, U, s], [A, U_listings, U_economic, s] (twoHorizons) or
 * [A, U_listings, U_economic, s_listings, s_economic] (twoGroups); `base` is B_t over the calendar.
 */
export function paramsFor(theta: number[], spec: RussiaSpec, base: ArrayLike<number>, events: SanctionEvent[]): BaliParams {
  const [A] = theta;
  let lawL: TimeLaw, lawE: TimeLaw;
  if (spec.twoGroups) {
    lawL = { kind: "power", horizon: theta[1], slope: theta[3] };
    lawE = { kind: "power", horizon: theta[2], slope: theta[4] };
  } else {
    const slope = theta[theta.length - 1];
    lawL = { kind: "power", horizon: theta[1], slope };
    lawE = { kind: "power", horizon: spec.twoHorizons ? theta[2] : theta[1], slope };
  }
  const adj: NonNullable<BaliParams["events"]> = {};
  if (spec.juneBanAsSector) {
    const june = events.find((e) => e.date === "2014-06-23" && e.type === "embargo");
    if (june) adj[june.id] = { type: "sector" };
  }
  for (const [id, type] of Object.entries(spec.recode ?? {})) {
    if (!events.some((e) => e.id === id)) throw new DataError("DATA_PARSE", `recode: no event with id '${id}'.`, { id });
    adj[id] = { type };
  }
  return {
    perTarget: spec.perTarget,
    law: { default: lawL, individual: lawL, entity: lawL, announcement: lawL, sector: lawE, embargo: lawE },
    leverage: Array.from(base, (b) => A * b),
    events: adj,
  };
}

/** The calibration problem: fit the index to Annex III over [fitFrom, fitTo] (YYYY-MM). */
export function annex3Problem(spec: RussiaSpec = DEFAULT_SPEC, fitFrom = "2014-03", fitTo = "2018-04"): CalibrationProblem & { window: [number, number]; openness: Float64Array; events: SanctionEvent[]; spec: RussiaSpec } {
  const events = euEvents();
  const cal = ANNEX3_CALENDAR;
  const openness = russiaLeverageBase(spec.leverage ?? "wdi-annual", cal);
  const pub = annex3().values;
  const w = monthly(fitFrom, fitTo);
  const i0 = w.from - cal.from, i1 = w.to - cal.from;
  const names = paramNames(spec);
  // A's scale depends on B_t's level: start it where the 2014m12 level is roughly right
  const aMax = spec.leverage === "constant" ? 20 : 50;
  const a0 = spec.leverage === "constant" ? 0.7 : spec.leverage === "monthly-trade" ? 2 : 1;
  const start = spec.twoGroups ? [a0, 30, 48, 2, 3] : spec.twoHorizons ? [a0, 24, 36, 1] : [a0, 30, 1];
  const lower = spec.twoGroups ? [1e-4, 2, 2, 0.05, 0.05] : spec.twoHorizons ? [1e-4, 2, 2, 0.05] : [1e-4, 2, 0.05];
  const upper = spec.twoGroups ? [aMax, 240, 240, 10, 10] : spec.twoHorizons ? [aMax, 240, 240, 10] : [aMax, 240, 10];
  return {
    names, start, lower, upper, window: [i0, i1], openness, events, spec,
    target: pub.subarray(i0, i1 + 1),
    model: (theta) => baliRapelanoroIndex(events, paramsFor(theta, spec, openness, events), cal).index.subarray(i0, i1 + 1),
  };
}

/** The rebuilt index over the whole Annex III calendar for fitted parameters. */
export function rebuiltIndex(theta: number[], spec: RussiaSpec) {
  const events = euEvents();
  const base = russiaLeverageBase(spec.leverage ?? "wdi-annual", ANNEX3_CALENDAR);
  return baliRapelanoroIndex(events, paramsFor(theta, spec, base, events), ANNEX3_CALENDAR);
}

/**
 * Held-out check: fit on [fitFrom, fitTo], predict [predFrom, predTo] from the events with the fitted
 * parameters, and report both fits.
 */
export function heldOutCheck(spec: RussiaSpec, fitFrom = "2014-03", fitTo = "2015-12", predFrom = "2016-01", predTo = "2018-04"): { fit: CalibrationResult; predicted: Float64Array; outOfSample: { r2: number; rmse: number; maxAbsError: number; n: number }; window: [number, number] } {
  const fit = calibrate(annex3Problem(spec, fitFrom, fitTo), { progress: false });
  const idx = rebuiltIndex(fit.theta, spec).index;
  const w = monthly(predFrom, predTo);
  const i0 = w.from - ANNEX3_CALENDAR.from, i1 = w.to - ANNEX3_CALENDAR.from;
  const pub = annex3().values;
  return { fit, predicted: idx.subarray(i0, i1 + 1), outOfSample: fitStats(pub.subarray(i0, i1 + 1), idx.subarray(i0, i1 + 1)), window: [i0, i1] };
}

export interface CodingFit {
  spec: RussiaSpec;
  label: string;
  /** fit on the full window 2014m3-2018m4 */
  fit: CalibrationResult;
  /** fit on 2014m3-2015m12 only */
  early: CalibrationResult;
  /** the early fit's prediction of 2016m1-2018m4 */
  outOfSample: { r2: number; rmse: number; maxAbsError: number; n: number };
}

/**
 * All 2^4 codings of the AMBIGUOUS events, per act and per person (32 specifications), each fitted
 * (A, U, s) on the full window and on 2014-2015 alone with its 2016-2018 prediction. Sorted by the
 * full-window RSS. The coding is a discrete parameter: choosing it by fit uses up degrees of freedom
 * the R^2 does not show, which is why the held-out columns matter.
 */
export function codingSearch(base: Omit<RussiaSpec, "recode" | "perTarget" | "juneBanAsSector"> = { twoHorizons: false }, opts: { progress?: ProgressOption } = {}): CodingFit[] {
  const out: CodingFit[] = [];
  const bar = progress("coding search (32 codings x 2 windows)", 2 << AMBIGUOUS.length, opts.progress ?? false);
  for (const perTarget of [false, true]) {
    for (let mask = 0; mask < 1 << AMBIGUOUS.length; mask++) {
      const recode: Record<string, SanctionType> = {};
      AMBIGUOUS.forEach((a, b) => { if (mask & (1 << b)) recode[a.id] = a.alternative; });
      const spec: RussiaSpec = { ...base, perTarget, juneBanAsSector: false, recode };
      const label = `${perTarget ? "per person" : "per act"}; ${Object.keys(recode).length ? Object.keys(recode).map((id) => `${id} as ${recode[id]}`).join(", ") : "as listed"}`;
      const h = heldOutCheck(spec);
      out.push({ spec, label, fit: calibrate(annex3Problem(spec), { progress: false }), early: h.fit, outOfSample: h.outOfSample });
      bar.tick();
    }
  }
  bar.done();
  return out.sort((a, b) => a.fit.rss - b.fit.rss);
}

/**
 * The honest held-out check for the whole procedure: choose the coding AND the parameters on
 * 2014m3-2015m12 only (lowest early RSS), then predict 2016m1-2018m4.
 */
export function heldOutProcedure(search: CodingFit[]): CodingFit {
  return search.slice().sort((a, b) => a.early.rss - b.early.rss)[0];
}
