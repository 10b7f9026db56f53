/**
 * The Bali & Rapelanoro (2021) case: EU sanctions on Russia, monthly 2010m1-2018m4, and the
 * calibration of the free parameters to the published Annex III series.
 *
 * Leverage (eqs. 3-5): beta_t = A * B_t. B_t, Russia's trade over GDP, is the World Bank's
 * exports plus imports of goods and services in % of GDP (NE.EXP.GNFS.ZS + NE.IMP.GNFS.ZS), annual,
 * held constant within each year. A, the EU's share of Russia's exports, has no public bilateral
 * series in the data here, so it is a free scale fitted to Annex III: the calibration says so.
 */
import { DataError } from "../core/errors";
import { readCsv, numericColumn, stringColumn } from "../data/csv";
import { dataFile, repoDataPath } from "../data/datadir";
import { CalibrationProblem } from "./calibrate";
import { BaliParams, baliRapelanoroIndex, Calendar, monthly, TimeLaw } from "./build";
import { newMeasures, readEvents, SanctionEvent } from "./events";

export const ANNEX3_CALENDAR: Calendar = monthly("2010-01", "2018-04");

/** Annex III as published (data/published/bali-rapelanoro-2021/annex3.csv). */
export function annex3(): { labels: string[]; values: Float64Array } {
  const t = readCsv(repoDataPath("published", "bali-rapelanoro-2021", "annex3.csv"));
  return { labels: stringColumn(t, "month"), values: numericColumn(t, "index").values };
}

/** The curated EU event list (data/events), new measures only unless `all`. */
export function euEvents(all = false): SanctionEvent[] {
  const ev = readEvents(repoDataPath("events", "eu_russia_sanctions_2014_2018.csv"));
  return all ? ev : newMeasures(ev);
}

export function usEvents(all = false): SanctionEvent[] {
  const ev = readEvents(repoDataPath("events", "us_russia_sanctions_2014_2018.csv"));
  return all ? ev : newMeasures(ev);
}

/** WDI value for a country and year from a long-format file. */
export function wdiValue(file: string, country: string, year: number): number {
  const t = readCsv(dataFile(file));
  const codes = stringColumn(t, "Country Code"), years = numericColumn(t, "Year").values, vals = numericColumn(t, "Value");
  for (let i = 0; i < codes.length; i++) if (codes[i] === country && years[i] === year && !vals.missing[i]) return vals.values[i];
  throw new DataError("DATA_MISSING_VALUE", `${file}: no value for ${country} in ${year}.`, { file, country, year });
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

export interface RussiaSpec {
  /** count listed persons/entities one by one (true) or per act */
  perTarget: boolean;
  /** code the 23 Jun 2014 Crimea import ban (EU011) as a sector measure instead of an embargo */
  juneBanAsSector: boolean;
  /** separate horizons for listings (individual/entity/announcement) and economic measures (sector/embargo) */
  twoHorizons: boolean;
}

export const DEFAULT_SPEC: RussiaSpec = { perTarget: true, juneBanAsSector: false, twoHorizons: false };

/** Parameters of the index for theta = [A, U (months), slope] or [A, U_listings, U_economic, slope]. */
export function paramsFor(theta: number[], spec: RussiaSpec, openness: Float64Array, events: SanctionEvent[]): BaliParams {
  const [A] = theta;
  const slope = theta[theta.length - 1];
  const lawL: TimeLaw = { kind: "power", horizon: theta[1], slope };
  const lawE: TimeLaw = { kind: "power", horizon: spec.twoHorizons ? theta[2] : theta[1], slope };
  const adj: BaliParams["events"] = {};
  if (spec.juneBanAsSector) {
    const june = events.find((e) => e.date === "2014-06-23" && e.type === "embargo");
    if (june) adj[june.id] = { type: "sector" };
  }
  return {
    perTarget: spec.perTarget,
    law: { default: lawL, individual: lawL, entity: lawL, announcement: lawL, sector: lawE, embargo: lawE },
    leverage: Array.from(openness, (b) => A * b),
    events: adj,
  };
}

/** The calibration problem: fit the index to Annex III over [fitFrom, fitTo] (YYYY-MM). */
export function annex3Problem(spec: RussiaSpec = DEFAULT_SPEC, fitFrom = "2014-03", fitTo = "2018-04"): CalibrationProblem & { window: [number, number]; openness: Float64Array; events: SanctionEvent[] } {
  const events = euEvents();
  const cal = ANNEX3_CALENDAR;
  const openness = russiaOpenness(cal);
  const pub = annex3().values;
  const w = monthly(fitFrom, fitTo);
  const i0 = w.from - cal.from, i1 = w.to - cal.from;
  const names = spec.twoHorizons ? ["A (EU share of exports, scale)", "U listings (months)", "U economic (months)", "slope"] : ["A (EU share of exports, scale)", "U (months)", "slope"];
  const start = spec.twoHorizons ? [1, 24, 36, 1] : [1, 30, 1];
  const lower = spec.twoHorizons ? [1e-4, 2, 2, 0.05] : [1e-4, 2, 0.05];
  const upper = spec.twoHorizons ? [50, 120, 120, 10] : [50, 120, 10];
  return {
    names, start, lower, upper, window: [i0, i1], openness, events,
    target: pub.subarray(i0, i1 + 1),
    model: (theta) => baliRapelanoroIndex(events, paramsFor(theta, spec, openness, events), cal).index.subarray(i0, i1 + 1),
  };
}
