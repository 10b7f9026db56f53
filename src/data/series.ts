/**
 * Typed time series on regular calendars (monthly, quarterly, annual). A period is an integer
 * ordinal (months since 0000-01, quarters since 0000Q1, years) so alignment is integer arithmetic.
 */
import { DataError } from "../core/errors";
import { CsvTable, numericColumn, stringColumn } from "./csv";

export type Frequency = "M" | "Q" | "A";

export interface TimeSeries {
  name: string;
  freq: Frequency;
  /** ordinal of the first observation */
  start: number;
  values: Float64Array;
  /** 1 = missing observation (value NaN, never to be used) */
  missing: Uint8Array;
}

/** Parse "2014-07", "2014-07-15", "2014M07", "2014m7" -> month ordinal; "2014Q3" -> quarter; "2014" -> year. */
export function periodOf(label: string, freq: Frequency): number {
  const s = label.trim();
  let m: RegExpMatchArray | null;
  if (freq === "M") {
    if ((m = s.match(/^(\d{4})[-/]?[mM]?(\d{1,2})(?:[-/]\d{1,2})?(?:[ T].*)?$/)) || (m = s.match(/^(\d{4})[mM](\d{1,2})$/))) {
      const y = +m[1], mo = +m[2];
      if (mo >= 1 && mo <= 12) return y * 12 + mo - 1;
    }
  } else if (freq === "Q") {
    if ((m = s.match(/^(\d{4})[-\s]?[qQ]([1-4])$/))) return +m[1] * 4 + +m[2] - 1;
    if ((m = s.match(/^(\d{4})-(\d{2})(?:-\d{2})?$/))) return +m[1] * 4 + Math.floor((+m[2] - 1) / 3);
  } else {
    if ((m = s.match(/^(\d{4})(?:-.*)?$/))) return +m[1];
  }
  throw new DataError("DATA_PARSE", `Cannot read '${label}' as a ${freq === "M" ? "monthly" : freq === "Q" ? "quarterly" : "annual"} period.`, { label, freq });
}

/** Label of a period ordinal: "2014-07", "2014Q3", "2014". */
export function periodLabel(p: number, freq: Frequency): string {
  if (freq === "M") return `${Math.floor(p / 12)}-${String((p % 12) + 1).padStart(2, "0")}`;
  if (freq === "Q") return `${Math.floor(p / 4)}Q${(p % 4) + 1}`;
  return String(p);
}

/** Paper-style monthly label "2014m7". */
export function monthLabelM(p: number): string {
  return `${Math.floor(p / 12)}m${(p % 12) + 1}`;
}

/**
 * Check that period ordinals (one per data row, row r on file line r + 2) are consecutive: a
 * repeated period, a period before its predecessor, or a skipped period is a DataError naming the
 * file, the line and the periods. A regular calendar is what TimeSeries assumes (start + index).
 */
export function requireConsecutivePeriods(file: string, labels: string[], periods: number[], freq: Frequency, what = "period"): void {
  const first = new Map<number, number>();
  for (let i = 0; i < periods.length; i++) {
    const p = periods[i];
    const seen = first.get(p);
    if (seen !== undefined) {
      throw new DataError("DATA_PARSE", `${file}: line ${i + 2}: duplicate ${what} ${periodLabel(p, freq)} ('${labels[i]}'), already on line ${seen + 2} ('${labels[seen]}'); keep one row per ${what}.`, { file, line: i + 2, period: periodLabel(p, freq), firstLine: seen + 2 });
    }
    first.set(p, i);
    if (i === 0) continue;
    const prev = periods[i - 1];
    if (p < prev) {
      throw new DataError("DATA_PARSE", `${file}: line ${i + 2}: ${what} ${periodLabel(p, freq)} ('${labels[i]}') comes after ${periodLabel(prev, freq)} on line ${i + 1}; sort the rows by date.`, { file, line: i + 2, period: periodLabel(p, freq) });
    }
    if (p !== prev + 1) {
      const gap = p - prev - 1;
      throw new DataError("DATA_PARSE", `${file}: line ${i + 2}: ${what} ${periodLabel(p, freq)} ('${labels[i]}') does not follow ${periodLabel(prev, freq)} on line ${i + 1}: ${gap} ${what}${gap > 1 ? "s" : ""} missing (${periodLabel(prev + 1, freq)}${gap > 1 ? `..${periodLabel(p - 1, freq)}` : ""}). Dates must be consecutive; write a row with an empty value for a missing observation.`, { file, line: i + 2, period: periodLabel(p, freq), missingFrom: periodLabel(prev + 1, freq), missingTo: periodLabel(p - 1, freq) });
    }
  }
}

/** A series from a date column and a value column; dates must be strictly increasing and regular. */
export function seriesFromTable(t: CsvTable, dateColumn: string, valueColumn: string, freq: Frequency, name = valueColumn): TimeSeries {
  if (t.rows.length === 0) throw new DataError("DATA_PARSE", `${t.file}: no data rows for '${valueColumn}'.`, { file: t.file });
  const labels = stringColumn(t, dateColumn);
  const dates = labels.map((d, i) => {
    try {
      return periodOf(d, freq);
    } catch (e) {
      throw new DataError("DATA_PARSE", `${t.file}: line ${i + 2}, column '${dateColumn}': ${(e as Error).message}`, { file: t.file, line: i + 2, column: dateColumn, cell: d });
    }
  });
  const col = numericColumn(t, valueColumn);
  requireConsecutivePeriods(t.file, labels, dates, freq);
  return { name, freq, start: dates[0], values: col.values, missing: col.missing };
}

export function seriesEnd(s: TimeSeries): number {
  return s.start + s.values.length - 1;
}

/** Sub-series on [from, to] (ordinals, inclusive); throws if outside the series' span. */
export function window(s: TimeSeries, from: number, to: number): TimeSeries {
  if (from < s.start || to > seriesEnd(s) || to < from) {
    throw new DataError("DATA_PARSE", `Series '${s.name}' covers ${periodLabel(s.start, s.freq)}..${periodLabel(seriesEnd(s), s.freq)}; requested ${periodLabel(from, s.freq)}..${periodLabel(to, s.freq)}.`, { name: s.name });
  }
  const a = from - s.start, b = to - s.start + 1;
  return { ...s, start: from, values: s.values.slice(a, b), missing: s.missing.slice(a, b) };
}

/** Throw naming the first missing observation, if any (for estimators that need complete data). */
export function requireComplete(s: TimeSeries): TimeSeries {
  const i = s.missing.indexOf(1);
  if (i >= 0) {
    throw new DataError("DATA_MISSING_VALUE", `Series '${s.name}' has a missing value at ${periodLabel(s.start + i, s.freq)}; fill it or shorten the sample.`, { name: s.name, period: periodLabel(s.start + i, s.freq) });
  }
  return s;
}

/** Align several series on their common span (intersection). */
export function alignCommon(series: TimeSeries[]): TimeSeries[] {
  if (series.length === 0) return [];
  const freq = series[0].freq;
  if (series.some((s) => s.freq !== freq)) throw new DataError("DATA_PARSE", "Cannot align series of different frequencies.");
  const from = Math.max(...series.map((s) => s.start));
  const to = Math.min(...series.map(seriesEnd));
  if (to < from) throw new DataError("DATA_PARSE", `Series ${series.map((s) => s.name).join(", ")} have no common period.`);
  return series.map((s) => window(s, from, to));
}
