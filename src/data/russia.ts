/**
 * The monthly Russian data set of Bali & Rapelanoro (2021, sections 3.1.1 and 3.2.1), assembled from
 * the public files in the data directory (provenance in data/README.md):
 *   eru   BIS real broad effective exchange rate for Russia (2010 = 100); the paper used the IMF's REER;
 *   oilp  EIA Brent spot price, monthly average (USD/bbl); the paper used ICE Brent;
 *   ipi   producer (industrial) price index, chained from ROSSTAT's month-on-month PPI changes
 *         (PPI_rog, % of the previous month), index 2010-01 = 100;
 *   xru   Russian goods exports, USD bn (ROSSTAT, EXPORT_GOODS_bln_usd);
 *   mru   Russian goods imports, USD bn (ROSSTAT, IMPORT_GOODS_bln_usd);
 *   tb    goods trade balance xru - mru, USD bn: the stand-in for the BIS capital-flow balance, which
 *         has no public copy here (its growth rate g_tb replaces g_cf in models C and D).
 *
 * Vintage splice rule (ROSSTAT KEP vintages 2016-12 and 2018-04): for every month the LATEST vintage
 * that has a value wins, and the splice happens on the month-on-month changes, never on levels.
 *   - PPI_rog: the 2018-04 vintage starts in 2016-01, so the 2016-12 vintage supplies 1999-01..2015-12
 *     and the revised 2018-04 vintage 2016-01..2018-04 (over 2016 both exist and the revision wins).
 *     Chaining the spliced changes gives a level index without a jump at the seam by construction.
 *   - exports/imports: the 2018-04 vintage covers 1999-01..2018-03, so it is used throughout (the
 *     2016-12 vintage differs by revisions of at most a few tenths of a USD bn, see vintageOverlap).
 * Where the series end: exports/imports/tb 2018-03, producer prices 2018-04, BIS REER 2021-02, Brent
 * 2026. The paper's sample runs to 2018-07; the common sample of all six series is 2010-01..2018-03,
 * of the four-variable models A/B (with Annex III, which ends 2018-04) 2010-01..2018-04.
 * Transforms are pure functions, both on MonthlySeries and on plain arrays (NaN propagates).
 */
import { DataError } from "../core/errors";
import { readCsv, numericColumn, stringColumn, CsvTable } from "./csv";
import { dataFile } from "./datadir";
import { periodLabel, requireConsecutivePeriods } from "./series";

export interface MonthlySeries {
  name: string;
  /** month ordinal of the first value (year * 12 + month - 1) */
  start: number;
  values: Float64Array;
  note: string;
}

const ym = (y: number, m: number) => y * 12 + m - 1;
export const monthOrdinal = (label: string): number => {
  const m = label.match(/^(\d{4})-(\d{2})/);
  if (!m) throw new DataError("DATA_PARSE", `'${label}' is not a YYYY-MM date`, { label });
  // "2014-13" would otherwise silently become 2015-01
  if (+m[2] < 1 || +m[2] > 12) throw new DataError("DATA_PARSE", `'${label}' is not a YYYY-MM date (month ${m[2]} is not in 01..12)`, { label });
  return ym(+m[1], +m[2]);
};

/** Month ordinals of a date column, each bad label a DataError naming the file and line. */
function monthsOf(file: string, column: string, labels: string[]): number[] {
  return labels.map((l, i) => {
    try {
      return monthOrdinal(l.trim());
    } catch (e) {
      throw new DataError("DATA_PARSE", `${file}: line ${i + 2}, column '${column}': ${(e as Error).message}.`, { file, line: i + 2, column, cell: l });
    }
  });
}

/**
 * Contiguous monthly series from a (date, value) table, stopping at the first missing value after
 * data start. The whole date column must be consecutive months (no repeated, unsorted or skipped
 * month), each violation a DataError naming the file, line and month.
 */
export function monthlyFromTable(t: CsvTable, dateColumn: string, valueColumn: string, name: string, note: string): MonthlySeries {
  const labels = stringColumn(t, dateColumn);
  const col = numericColumn(t, valueColumn);
  const months = monthsOf(t.file, dateColumn, labels);
  requireConsecutivePeriods(t.file, labels, months, "M", "month");
  let first = -1;
  for (let i = 0; i < labels.length; i++) if (!col.missing[i]) { first = i; break; }
  if (first < 0) throw new DataError("DATA_MISSING_VALUE", `${t.file}: ${name}: column '${valueColumn}' has no observations.`, { file: t.file, column: valueColumn });
  const out: number[] = [];
  for (let i = first; i < labels.length && !col.missing[i]; i++) out.push(col.values[i]);
  return { name, start: months[first], values: Float64Array.from(out), note };
}

export function bisReer(): MonthlySeries {
  const t = readCsv(dataFile("bis_reer_broad_real_russia_RBRU.csv"));
  return monthlyFromTable(t, "date", "RBRU_real_broad_EER_2010eq100", "eru", "BIS real broad effective exchange rate, Russia, 2010 = 100 (the paper used the IMF's REER)");
}

export function brent(): MonthlySeries {
  const t = readCsv(dataFile("brent-monthly_eia_datasets-oil-prices.csv"));
  return monthlyFromTable(t, "Date", "Price", "oilp", "EIA Europe Brent spot price FOB, USD/bbl, monthly average (the paper used ICE Brent)");
}

function kep(vintage: "2016-12" | "2018-04"): CsvTable {
  return readCsv(dataFile(`rosstat_kep_dfm_vintage${vintage}.csv`));
}

/**
 * One column of a KEP vintage with its YYYY-MM labels from the year and month columns. Year and
 * month must be present integers (month 1..12) and the months consecutive (no repeated, unsorted
 * or skipped month: a repeated month would otherwise be overwritten silently in the splice).
 */
export function kepSeries(t: CsvTable, column: string): { labels: string[]; col: { values: Float64Array; missing: Uint8Array } } {
  const yc = numericColumn(t, "year"), mc = numericColumn(t, "month");
  const labels: string[] = [], months: number[] = [];
  for (let i = 0; i < t.rows.length; i++) {
    const yy = yc.values[i], mm = mc.values[i];
    if (yc.missing[i] || mc.missing[i] || !Number.isInteger(yy) || !Number.isInteger(mm) || mm < 1 || mm > 12) {
      throw new DataError("DATA_PARSE", `${t.file}: line ${i + 2}: year '${t.rows[i][t.columns.indexOf("year")]}' and month '${t.rows[i][t.columns.indexOf("month")]}' do not make a month (an integer year and a month 1..12).`, { file: t.file, line: i + 2 });
    }
    labels.push(`${yy}-${String(mm).padStart(2, "0")}`);
    months.push(ym(yy, mm));
  }
  requireConsecutivePeriods(t.file, labels, months, "M", "month");
  return { labels, col: numericColumn(t, column) };
}

export type Vintage = "2016-12" | "2018-04";
export const VINTAGES: Vintage[] = ["2016-12", "2018-04"];

/**
 * Splice the KEP vintages for one column: for each month the latest vintage with a value wins.
 * Returns the contiguous spliced series and, per month, the vintage used.
 */
export function spliceVintages(name: string, column: string, note: string): MonthlySeries & { vintageOf: Vintage[] } {
  const parts = VINTAGES.map((v) => ({ v, s: kepSeries(kep(v), column) }));
  const byMonth = new Map<number, { value: number; v: Vintage }>();
  for (const { v, s } of parts) {
    s.labels.forEach((l, i) => {
      if (!s.col.missing[i]) byMonth.set(monthOrdinal(l), { value: s.col.values[i], v });
    });
  }
  if (byMonth.size === 0) throw new DataError("DATA_MISSING_VALUE", `${name}: column '${column}' has no values in either KEP vintage.`);
  const months = [...byMonth.keys()].sort((a, b) => a - b);
  const start = months[0], end = months[months.length - 1];
  const values = new Float64Array(end - start + 1);
  const vintageOf: Vintage[] = [];
  for (let t = start; t <= end; t++) {
    const x = byMonth.get(t);
    if (!x) throw new DataError("DATA_MISSING_VALUE", `${name}: no vintage has '${column}' for ${periodLabel(t, "M")} (gap inside the spliced series).`);
    values[t - start] = x.value;
    vintageOf.push(x.v);
  }
  return { name, start, values, note, vintageOf };
}

function splice(name: string, column: string, note: string): MonthlySeries {
  const s = spliceVintages(name, column, note);
  return { name: s.name, start: s.start, values: s.values, note: s.note };
}

/** Chain month-on-month changes (% of the previous month, 100 = no change) into an index, base month = 100. */
export function chainIndex(rog: MonthlySeries, base: number): MonthlySeries {
  const n = rog.values.length;
  const lvl = new Float64Array(n);
  lvl[0] = 100;
  for (let i = 1; i < n; i++) lvl[i] = (lvl[i - 1] * rog.values[i]) / 100;
  const b = base - rog.start;
  if (b < 0 || b >= n) throw new DataError("DATA_PARSE", `chainIndex: base month outside the series.`);
  const s = 100 / lvl[b];
  for (let i = 0; i < n; i++) lvl[i] *= s;
  return { name: rog.name, start: rog.start, values: lvl, note: rog.note };
}

export function producerPrices(): MonthlySeries {
  const rog = splice("ipi", "PPI_rog", "ROSSTAT producer prices: month-on-month changes (PPI_rog) chained into an index, 2010-01 = 100; 2016-12 vintage to 2015-12, revised 2018-04 vintage from 2016-01 (latest vintage wins)");
  return chainIndex(rog, ym(2010, 1));
}

/**
 * Industrial production, chained from ROSSTAT's month-on-month changes (INDPRO_rog, % of the previous
 * month, not seasonally adjusted), index 2010-01 = 100, vintages spliced as for producer prices: the
 * 2016-12 vintage to 2014-12, the revised 2018-04 vintage from 2015-01 (latest vintage wins); ends
 * 2018-04. Bali & Rapelanoro's footnote 3 and Table 5's `gdp_t` row point to output as the variable of
 * interest that industrial prices stand in for: this is the production reading of it.
 */
export function industrialProduction(): MonthlySeries {
  const rog = splice("ipro", "INDPRO_rog", "ROSSTAT industrial production: month-on-month changes (INDPRO_rog, not seasonally adjusted) chained into an index, 2010-01 = 100; 2016-12 vintage to 2014-12, revised 2018-04 vintage from 2015-01 (latest vintage wins)");
  return chainIndex(rog, ym(2010, 1));
}

export function goodsExports(): MonthlySeries {
  return splice("xru", "EXPORT_GOODS_bln_usd", "ROSSTAT goods exports, USD bn (EXPORT_GOODS_bln_usd), 2018-04 vintage throughout (latest vintage wins); ends 2018-03");
}

export function goodsImports(): MonthlySeries {
  return splice("mru", "IMPORT_GOODS_bln_usd", "ROSSTAT goods imports, USD bn (IMPORT_GOODS_bln_usd), 2018-04 vintage throughout; ends 2018-03");
}

export function tradeBalance(): MonthlySeries {
  const x = goodsExports();
  const m = goodsImports();
  const start = Math.max(x.start, m.start);
  const end = Math.min(x.start + x.values.length, m.start + m.values.length);
  const v = new Float64Array(end - start);
  for (let t = start; t < end; t++) v[t - start] = x.values[t - x.start] - m.values[t - m.start];
  return { name: "tb", start, values: v, note: "ROSSTAT goods trade balance (exports - imports), USD bn: stand-in for the BIS capital-flow balance" };
}

/** The overlap of the two vintages for a KEP column over 2016 (old, new), to show the revision. */
export function vintageOverlap(column: string): { labels: string[]; old: number[]; revised: number[] } {
  const a = kepSeries(kep("2016-12"), column), b = kepSeries(kep("2018-04"), column);
  const labels: string[] = [], old: number[] = [], revised: number[] = [];
  for (let mth = 1; mth <= 12; mth++) {
    const l = `2016-${String(mth).padStart(2, "0")}`;
    const i = a.labels.indexOf(l), j = b.labels.indexOf(l);
    if (i >= 0 && j >= 0 && !a.col.missing[i] && !b.col.missing[j]) { labels.push(l); old.push(a.col.values[i]); revised.push(b.col.values[j]); }
  }
  return { labels, old, revised };
}

// ---- transforms -------------------------------------------------------------------------------

export function logOf(s: MonthlySeries): MonthlySeries {
  for (let i = 0; i < s.values.length; i++) if (!(s.values[i] > 0)) throw new DataError("DATA_PARSE", `${s.name}: log of a non-positive value at ${periodLabel(s.start + i, "M")}.`);
  return { ...s, name: `ln_${s.name}`, values: s.values.map(Math.log) };
}

export function diff(s: MonthlySeries, name = `d_${s.name}`): MonthlySeries {
  const v = new Float64Array(s.values.length - 1);
  for (let i = 1; i < s.values.length; i++) v[i - 1] = s.values[i] - s.values[i - 1];
  return { ...s, name, start: s.start + 1, values: v };
}

/** 100 x log-difference (approximate monthly growth in percent). */
export function dlog(s: MonthlySeries, name = `dln_${s.name}`): MonthlySeries {
  return diff({ ...logOf(s), values: logOf(s).values.map((x) => 100 * x) }, name);
}

/** Growth rate in percent, 100 (x_t / x_{t-1} - 1). */
export function growth(s: MonthlySeries, name = `g_${s.name}`): MonthlySeries {
  const v = new Float64Array(s.values.length - 1);
  for (let i = 1; i < s.values.length; i++) {
    if (s.values[i - 1] === 0) throw new DataError("DATA_PARSE", `${s.name}: growth rate undefined after a zero at ${periodLabel(s.start + i - 1, "M")}.`);
    v[i - 1] = 100 * (s.values[i] / s.values[i - 1] - 1);
  }
  return { ...s, name, start: s.start + 1, values: v };
}

export function fromValues(name: string, startLabel: string, values: ArrayLike<number>, note = ""): MonthlySeries {
  return { name, start: monthOrdinal(startLabel), values: Float64Array.from(values), note };
}

/** Align series on their common months within [from, to]; returns rows (T x K) and labels. */
export function alignMonthly(series: MonthlySeries[], from?: string, to?: string): { labels: string[]; names: string[]; rows: number[][]; start: number } {
  let a = Math.max(...series.map((s) => s.start));
  let b = Math.min(...series.map((s) => s.start + s.values.length - 1));
  if (from) a = Math.max(a, monthOrdinal(from));
  if (to) b = Math.min(b, monthOrdinal(to));
  if (b < a) throw new DataError("DATA_PARSE", `no common months for ${series.map((s) => s.name).join(", ")}.`);
  const rows: number[][] = [], labels: string[] = [];
  for (let t = a; t <= b; t++) {
    labels.push(periodLabel(t, "M"));
    rows.push(series.map((s) => s.values[t - s.start]));
  }
  return { labels, names: series.map((s) => s.name), rows, start: a };
}

// ---- array transforms (pure; NaN in, NaN out) -------------------------------------------------

/** Natural log; NaN for missing (NaN) values; a typed error for non-positive values. */
export function logArray(x: ArrayLike<number>, name = "series"): Float64Array {
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (Number.isNaN(v)) { out[i] = NaN; continue; }
    if (!(v > 0)) throw new DataError("DATA_PARSE", `${name}: log of a non-positive value ${v} at position ${i}.`);
    out[i] = Math.log(v);
  }
  return out;
}

/** First difference on the same calendar: out[0] = NaN, out[i] = x[i] - x[i-1]. */
export function diffArray(x: ArrayLike<number>): Float64Array {
  const out = new Float64Array(x.length);
  out[0] = NaN;
  for (let i = 1; i < x.length; i++) out[i] = x[i] - x[i - 1];
  return out;
}

/** 100 x the first difference of the log, on the same calendar (out[0] = NaN). */
export function dlogArray(x: ArrayLike<number>, name = "series"): Float64Array {
  return diffArray(logArray(x, name)).map((v) => 100 * v);
}

/** Growth in percent, 100 (x_t / x_{t-1} - 1), on the same calendar (out[0] = NaN). */
export function growthArray(x: ArrayLike<number>, name = "series"): Float64Array {
  const out = new Float64Array(x.length);
  out[0] = NaN;
  for (let i = 1; i < x.length; i++) {
    if (x[i - 1] === 0) throw new DataError("DATA_PARSE", `${name}: growth rate undefined after a zero at position ${i - 1}.`);
    out[i] = 100 * (x[i] / x[i - 1] - 1);
  }
  return out;
}

// ---- the assembled data set -------------------------------------------------------------------

export interface RussiaMonthlyOptions {
  /** first and last month of the calendar (YYYY-MM); default the paper's 2010-01..2018-07 */
  from?: string;
  to?: string;
}

export interface RussiaMonthlyData {
  /** calendar labels YYYY-MM, from..to inclusive */
  dates: string[];
  /**
   * Every series on the full calendar, NaN where the source has no value (never filled):
   * levels eru, oilp, ipi, ppi_rog, xru, mru, tb; logs ln_eru, ln_oilp, ln_ipi, ln_xru;
   * SVAR transforms dln_eru, dln_oilp, dln_ipi, dln_xru (100 x diff of log) and g_tb (growth, %, of
   * the trade balance: the capital-flow stand-in for g_cf).
   */
  series: Record<string, Float64Array>;
  /** first and last month with a value, per series */
  available: Record<string, { first: string; last: string }>;
  /** the longest run of months where the named series all have values */
  common: (names: string[]) => { from: string; to: string };
  /** provenance, splice rule, stand-ins and where series end */
  notes: string[];
}

function onCalendar(s: MonthlySeries, from: number, n: number): Float64Array {
  const out = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    const k = from + i - s.start;
    if (k >= 0 && k < s.values.length) out[i] = s.values[k];
  }
  return out;
}

/**
 * The monthly Russian data set for the Bali & Rapelanoro SVARs, calendar-aligned (default
 * 2010-01..2018-07), levels and transforms, with notes on sources, the splice and the sample.
 * Transforms are taken on the full source series before cutting the calendar, so the first month
 * of the calendar has a difference whenever the source has the month before.
 */
export function russiaMonthlyData(opts: RussiaMonthlyOptions = {}): RussiaMonthlyData {
  const from = monthOrdinal(opts.from ?? "2010-01"), to = monthOrdinal(opts.to ?? "2018-07");
  if (to < from) throw new DataError("DATA_PARSE", `russiaMonthlyData: 'to' (${opts.to}) is before 'from' (${opts.from}).`);
  const n = to - from + 1;
  const eru = bisReer(), oilp = brent(), ipi = producerPrices(), xru = goodsExports(), mru = goodsImports(), tb = tradeBalance();
  const rog = spliceVintages("ppi_rog", "PPI_rog", "ROSSTAT PPI, % of the previous month, spliced vintages");
  const levels: MonthlySeries[] = [eru, oilp, ipi, { ...rog }, xru, mru, tb];
  const series: Record<string, Float64Array> = {};
  for (const s of levels) series[s.name] = onCalendar(s, from, n);
  for (const s of [eru, oilp, ipi, xru]) {
    series[`ln_${s.name}`] = onCalendar(logOf(s), from, n);
    series[`dln_${s.name}`] = onCalendar(dlog(s), from, n);
  }
  series.g_tb = onCalendar(growth(tb), from, n);
  const dates = Array.from({ length: n }, (_, i) => periodLabel(from + i, "M"));
  const available: Record<string, { first: string; last: string }> = {};
  for (const [k, v] of Object.entries(series)) {
    let a = -1, b = -1;
    for (let i = 0; i < n; i++) if (!Number.isNaN(v[i])) { if (a < 0) a = i; b = i; }
    if (a >= 0) available[k] = { first: dates[a], last: dates[b] };
  }
  const common = (names: string[]) => {
    for (const k of names) if (!series[k]) throw new DataError("DATA_MISSING_VALUE", `russiaMonthlyData: unknown series '${k}' (have ${Object.keys(series).join(", ")}).`);
    let best = { len: 0, a: -1 }, runStart = -1;
    for (let i = 0; i <= n; i++) {
      const ok = i < n && names.every((k) => !Number.isNaN(series[k][i]));
      if (ok && runStart < 0) runStart = i;
      if (!ok && runStart >= 0) { if (i - runStart > best.len) best = { len: i - runStart, a: runStart }; runStart = -1; }
    }
    if (best.len === 0) throw new DataError("DATA_MISSING_VALUE", `russiaMonthlyData: no month where ${names.join(", ")} all have values.`);
    return { from: dates[best.a], to: dates[best.a + best.len - 1] };
  };
  const end = (k: string) => available[k]?.last ?? "none";
  const notes = [
    `eru: ${eru.note}; ends ${periodLabel(eru.start + eru.values.length - 1, "M")}.`,
    `oilp: ${oilp.note}.`,
    `ipi: ${ipi.note}; ends ${periodLabel(ipi.start + ipi.values.length - 1, "M")}.`,
    `xru: ${xru.note}.`,
    `tb: ${tb.note}; its growth rate g_tb (%) replaces the paper's g_cf. The trade balance is the goods part of the current account, not a financial-account flow: it proxies the external position the paper's capital-flow variable tracks, with a different timing and sign convention.`,
    `Splice rule: for every month the latest ROSSTAT KEP vintage (2016-12, 2018-04) with a value wins, on month-on-month changes before chaining; PPI uses the 2016-12 vintage to 2015-12 and the revised 2018-04 vintage from 2016-01.`,
    `Calendar ${dates[0]}..${dates[n - 1]}: xru, mru, tb end ${end("xru")}; ipi ends ${end("ipi")}; eru and oilp run to ${end("eru")}. The paper's sample ends 2018-07, which these vintages do not reach.`,
    `Common sample of eru, oilp, ipi (models A/B): ${common(["eru", "oilp", "ipi"]).from}..${common(["eru", "oilp", "ipi"]).to}; of all six levels (models C/D): ${common(["eru", "oilp", "ipi", "xru", "tb"]).from}..${common(["eru", "oilp", "ipi", "xru", "tb"]).to}.`,
  ];
  return { dates, series, available, common, notes };
}
