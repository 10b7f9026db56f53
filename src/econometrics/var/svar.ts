/**
 * A recursive (Cholesky) SVAR in one call, as empirical papers run it (e.g. Stata varbasic, R vars
 * VAR + irf + fevd): optional lag choice by an information criterion on a common sample, the VAR
 * in the given causal order, orthogonalised IRFs with asymptotic (delta-method, Lütkepohl 2005
 * eq. 3.7.8) intervals, FEVD, and optionally resampled bands.
 */
import { InvalidParameterError } from "../../core/errors";
import { normalQuantile } from "../distributions";
import { BandOptions, Bands, irfBands } from "./bootstrap";
import { fitVar, Trend, VarResult } from "./estimate";
import { fevd } from "./fevd";
import { irf, IrfResult, IrfSigma } from "./irf";
import { Criterion, LagSelection, selectOrder } from "./select";

export interface SvarOptions {
  /** variable names of the data columns (default y1..yK) */
  names?: string[];
  /** causal (Cholesky) order: most exogenous first; default the column order */
  order?: string[];
  /** fixed lag order; or give maxlags (and ic) to choose it */
  lags?: number;
  maxlags?: number;
  /** criterion for the lag choice (default "aic"); a choice of 0 lags becomes 1, with a warning */
  ic?: Criterion;
  trend?: Trend;
  /** IRF horizon H (responses for h = 0..H, FEVD for h = 1..H) */
  horizon: number;
  /** coverage of the asymptotic intervals (default 0.95) */
  ci?: number;
  /** residual covariance for the orthogonalisation (default "df") */
  sigma?: IrfSigma;
  /** resampled bands (residual bootstrap by default); omitted: none */
  bands?: Omit<BandOptions, "horizon" | "sigma">;
}

export interface SvarResult {
  selection: LagSelection | null;
  model: VarResult;
  irf: IrfResult;
  /** fevd[h-1][i][j], h = 1..H */
  fevd: number[][][];
  /** orth +- z * asymptotic s.e. at the requested coverage, [h][i][j] */
  asymptotic: { ci: number; lower: number[][][]; upper: number[][][] };
  bands: Bands | null;
  warnings: string[];
}

export async function choleskySvar(y: number[][], opts: SvarOptions): Promise<SvarResult> {
  const ci = opts.ci ?? 0.95;
  if (!(ci > 0 && ci < 1)) throw new InvalidParameterError("ci", `must lie in (0, 1), got ${ci}`);
  if (opts.lags !== undefined && opts.maxlags !== undefined) throw new InvalidParameterError("lags", "give either lags or maxlags, not both");
  const trend = opts.trend ?? "c";
  const warnings: string[] = [];
  let names = opts.names;
  let data = y;
  if (opts.order) {
    // reorder once here so that lag selection and estimation see the same columns
    const base = names ?? Array.from({ length: y.length ? y[0].length : 0 }, (_, i) => `y${i + 1}`);
    const idx = opts.order.map((o) => base.indexOf(o));
    if (idx.some((i) => i < 0) || new Set(idx).size !== base.length || idx.length !== base.length) throw new InvalidParameterError("order", `must list each of ${base.join(", ")} exactly once`);
    data = y.map((row) => idx.map((i) => row[i]));
    names = opts.order;
  }
  let selection: LagSelection | null = null;
  let p = opts.lags ?? 0;
  if (opts.lags === undefined) {
    if (opts.maxlags === undefined) throw new InvalidParameterError("lags", "give lags, or maxlags to choose them by an information criterion");
    selection = selectOrder(data, opts.maxlags, trend, names);
    const ic = opts.ic ?? "aic";
    p = selection.selected[ic];
    if (p === 0) {
      warnings.push(`${ic} selects 0 lags; a VAR(1) is estimated instead.`);
      p = 1;
    }
  }
  const model = fitVar(data, { lags: p, trend, names });
  warnings.push(...model.warnings);
  const H = opts.horizon;
  const ir = irf(model, H, { sigma: opts.sigma });
  const z = normalQuantile(1 - (1 - ci) / 2);
  const se = ir.orthStderr;
  const lower = ir.orth.map((m, h) => m.map((r, i) => r.map((v, j) => v - z * se[h][i][j])));
  const upper = ir.orth.map((m, h) => m.map((r, i) => r.map((v, j) => v + z * se[h][i][j])));
  const bands = opts.bands ? await irfBands(model, { ...opts.bands, horizon: H, sigma: opts.sigma }, opts.bands.interval === "hall" ? (opts.bands.cumulative ? ir.orthCumulative : ir.orth) : undefined) : null;
  return { selection, model, irf: ir, fevd: H >= 1 ? fevd(ir, H) : [], asymptotic: { ci, lower, upper }, bands, warnings };
}
