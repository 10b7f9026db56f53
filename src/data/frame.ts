/**
 * danfojs-node at the notebook edge: typed series -> a DataFrame for quick inspection
 * (describe, head, groupby) in notebooks. Engines in src/ work on Float64Array and never need it;
 * danfo (about 0.5 s to load, with pure-JS TensorFlow) is required lazily here only.
 */
import { DataError, InvalidParameterError } from "../core/errors";
import { periodLabel, TimeSeries } from "./series";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type DataFrame = any;

let danfo: any = null;
/** The danfojs-node module, loaded on first use with its banner silenced. */
export function dfd(): any {
  if (!danfo) {
    danfo = require("danfojs-node");
    try {
      danfo.tensorflow?.enableProdMode?.();
    } catch {
      /* already in prod mode */
    }
  }
  return danfo;
}

/** Aligned series (same frequency and start, equal length) -> DataFrame indexed by period label; missing -> NaN (danfo's missing marker). */
export function seriesToFrame(series: TimeSeries[]): DataFrame {
  if (!Array.isArray(series) || !series.length) throw new InvalidParameterError("series", "seriesToFrame needs at least one series");
  const { start, freq } = series[0];
  const n = series[0].values.length;
  // a frame of zero rows would describe() to NaN: refuse it, as the CSV reader refuses a header-only file
  if (n === 0) throw new DataError("DATA_PARSE", `seriesToFrame: series '${series[0].name}' has no observations.`, { name: series[0].name });
  for (const s of series) {
    if (s.start !== start || s.freq !== freq || s.values.length !== n) throw new DataError("DATA_PARSE", `seriesToFrame: '${s.name}' is not aligned with '${series[0].name}' (use alignCommon first)`, { name: s.name });
  }
  const cols: Record<string, number[]> = {};
  for (const s of series) cols[s.name] = Array.from(s.values, (v, i) => (s.missing[i] ? NaN : v));
  const index = Array.from({ length: n }, (_, i) => periodLabel(start + i, freq));
  const D = dfd();
  return new D.DataFrame(cols, { index });
}
