/**
 * Intervals for orthogonalised impulse responses by the method a reading names, and the horizons at
 * which an interval excludes zero ("significant" in the sense of a response plot whose band does not
 * contain the zero line).
 *
 * - `asymptotic`: response ± z * delta-method standard error (Lütkepohl 2005, eq. 3.7.8; `irf(...)
 *   .orthStderr`), z the standard-normal quantile for the coverage: Stata's `irf create` default,
 *   statsmodels' `irf.plot(stderr_type="asym")`.
 * - `residual-bootstrap`: the percentile bands of `irfBands(..., { method: "residual" })` (R vars).
 */
import { InvalidParameterError } from "../../core/errors";
import { normalQuantile } from "../distributions";
import type { Bands } from "./bootstrap";
import type { IrfResult } from "./irf";

export type IrfIntervalMethod = "asymptotic" | "residual-bootstrap";

export interface IrfInterval {
  method: IrfIntervalMethod;
  ci: number;
  /** lower[h][i][j], upper[h][i][j]: response of i at horizon h to a shock in j */
  lower: number[][][];
  upper: number[][][];
}

/** Delta-method intervals of the orthogonalised responses (or of their cumulative sums). */
export function asymptoticIrfInterval(ir: IrfResult, opts: { ci?: number; cumulative?: boolean } = {}): IrfInterval {
  const ci = opts.ci ?? 0.95;
  if (!(ci > 0 && ci < 1)) throw new InvalidParameterError("ci", `must lie in (0, 1), got ${ci}`, ci);
  const z = normalQuantile(1 - (1 - ci) / 2);
  const point = opts.cumulative ? ir.orthCumulative : ir.orth;
  const se = opts.cumulative ? ir.orthCumulativeStderr : ir.orthStderr;
  const lower = point.map((m, h) => m.map((row, i) => row.map((v, j) => v - z * se[h][i][j])));
  const upper = point.map((m, h) => m.map((row, i) => row.map((v, j) => v + z * se[h][i][j])));
  return { method: "asymptotic", ci, lower, upper };
}

/** The bootstrap bands in the same shape. */
export function bootstrapIrfInterval(b: Bands): IrfInterval {
  if (b.method !== "residual") throw new InvalidParameterError("bands", `expected residual-bootstrap bands, got method '${b.method}'`, b.method);
  return { method: "residual-bootstrap", ci: b.ci, lower: b.lower, upper: b.upper };
}

/** Horizons from..to (inclusive) at which the interval of response i to shock j excludes zero. */
export function significantHorizons(iv: IrfInterval, i: number, j: number, from = 0, to = iv.lower.length - 1): number[] {
  const H = iv.lower.length - 1;
  if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && to <= H && from <= to)) throw new InvalidParameterError("horizons", `need integers 0 <= from <= to <= ${H}, got ${from}..${to}`);
  const K = iv.lower[0].length;
  if (!(Number.isInteger(i) && Number.isInteger(j) && i >= 0 && j >= 0 && i < K && j < K)) throw new InvalidParameterError("variable", `response and impulse must be indices in 0..${K - 1}, got ${i}, ${j}`);
  const out: number[] = [];
  for (let h = from; h <= to; h++) if (iv.lower[h][i][j] > 0 || iv.upper[h][i][j] < 0) out.push(h);
  return out;
}
