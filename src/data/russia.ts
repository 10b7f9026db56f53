/**
 * The monthly Russian data set of Bali & Rapelanoro (2021, section 3.1.1 and 3.2.1), assembled from
 * the public files in the data directory:
 *   eru   BIS real broad effective exchange rate for Russia (2010 = 100); the paper used the IMF's REER;
 *   oilp  EIA Brent spot price, monthly average (USD/bbl); the paper used ICE Brent;
 *   ipi   producer (industrial) price index, chained from ROSSTAT's month-on-month PPI changes: the
 *         2016-12 vintage up to 2015-12, then the revised 2018-04 vintage from 2016-01 (the later vintage
 *         wins over 2016, where both exist); index 2010-01 = 100;
 *   xru   Russian goods exports, USD bn (ROSSTAT; same splice rule);
 *   tb    goods trade balance, exports minus imports, USD bn: the stand-in for the BIS capital-flow
 *         balance, which has no public copy here (its growth rate replaces g_cf in models C and D).
 * Transforms are pure functions; each series carries its first and last month.
 */
import { DataError } from "../core/errors";
import { readCsv, numericColumn, stringColumn, CsvTable } from "./csv";
import { dataFile } from "./datadir";
import { periodLabel } from "./series";

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
  if (!m) throw new DataError("DATA_PARSE", `'${label}' is not a YYYY-MM date`);
  return ym(+m[1], +m[2]);
};

/** Contiguous monthly series from a (date label, value) table, stopping at the first missing value after data start. */
function contiguous(name: string, labels: string[], col: { values: Float64Array; missing: Uint8Array }, note: string): MonthlySeries {
  let first = -1;
  for (let i = 0; i < labels.length; i++) if (!col.missing[i]) { first = i; break; }
  if (first < 0) throw new DataError("DATA_MISSING_VALUE", `${name}: no observations.`);
  const out: number[] = [];
  const start = monthOrdinal(labels[first]);
  for (let i = first; i < labels.length; i++) {
    if (monthOrdinal(labels[i]) !== start + out.length) throw new DataError("DATA_PARSE", `${name}: months are not consecutive at ${labels[i]}.`);
    if (col.missing[i]) break;
    out.push(col.values[i]);
  }
  return { name, start, values: Float64Array.from(out), note };
}

export function bisReer(): MonthlySeries {
  const t = readCsv(dataFile("bis_reer_broad_real_russia_RBRU.csv"));
  return contiguous("eru", stringColumn(t, "date"), numericColumn(t, "RBRU_real_broad_EER_2010eq100"), "BIS real broad effective exchange rate, Russia, 2010 = 100 (the paper used the IMF's REER)");
}

export function brent(): MonthlySeries {
  const t = readCsv(dataFile("brent-monthly_eia_datasets-oil-prices.csv"));
  return contiguous("oilp", stringColumn(t, "Date"), numericColumn(t, "Price"), "EIA Europe Brent spot price FOB, USD/bbl, monthly average (the paper used ICE Brent)");
}

function kep(vintage: "2016-12" | "2018-04"): CsvTable {
  return readCsv(dataFile(`rosstat_kep_dfm_vintage${vintage}.csv`));
}

function kepSeries(t: CsvTable, column: string): { labels: string[]; col: { values: Float64Array; missing: Uint8Array } } {
  const y = numericColumn(t, "year").values, m = numericColumn(t, "month").values;
  const labels = Array.from(y, (yy, i) => `${yy}-${String(m[i]).padStart(2, "0")}`);
  return { labels, col: numericColumn(t, column) };
}

/** Splice two vintages: the old one up to `switchAt - 1`, the new one from `switchAt` on. */
function splice(name: string, column: string, switchAt: number, note: string): MonthlySeries {
  const a = kepSeries(kep("2016-12"), column);
  const b = kepSeries(kep("2018-04"), column);
  const sa = contiguous(name, a.labels, a.col, note);
  const sb = contiguous(name, b.labels, b.col, note);
  if (sa.start > switchAt || sa.start + sa.values.length < switchAt) throw new DataError("DATA_PARSE", `${name}: the 2016-12 vintage does not reach ${periodLabel(switchAt, "M")}.`);
  if (sb.start > switchAt) throw new DataError("DATA_PARSE", `${name}: the 2018-04 vintage starts after ${periodLabel(switchAt, "M")}.`);
  const out: number[] = Array.from(sa.values.subarray(0, switchAt - sa.start));
  out.push(...Array.from(sb.values.subarray(switchAt - sb.start)));
  return { name, start: sa.start, values: Float64Array.from(out), note };
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
  const rog = splice("ipi", "PPI_rog", ym(2016, 1), "ROSSTAT producer prices: month-on-month changes chained into an index (2010-01 = 100); 2016-12 vintage to 2015-12, revised 2018-04 vintage from 2016-01");
  return chainIndex(rog, ym(2010, 1));
}

export function goodsExports(): MonthlySeries {
  return splice("xru", "EXPORT_GOODS_bln_usd", ym(2016, 1), "ROSSTAT goods exports, USD bn; 2016-12 vintage to 2015-12, 2018-04 vintage from 2016-01");
}

export function tradeBalance(): MonthlySeries {
  const x = goodsExports();
  const m = splice("imports", "IMPORT_GOODS_bln_usd", ym(2016, 1), "");
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
