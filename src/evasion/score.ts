/**
 * The sanctions-evasion score of Funke & Wende (2025, section 2, Figure 1), as a general function.
 *
 * Two partner groups supply the same goods to (or through) a destination: a sanctioning group S whose
 * flows are expected to fall after a policy date, and a non-sanctioning group N whose flows may rise
 * in their place. Over a pre window and a post window,
 *
 *   score = (N_post - N_pre) / (S_pre - S_post),
 *
 * the rise through N per unit of the fall from S. The paper compares window averages (the dashed
 * lines of its Figure 1): that is mode "levels". Mode "trend" replaces each group's pre-window level
 * by its pre-window linear trend extrapolated over the post window (mean of the extrapolated
 * values), so that growth already under way before the policy date is not counted as a change.
 *
 * The score is undefined (ScoreUndefinedError) when the sanctioning group had no flows in the pre
 * window (nothing could fall) or its flows did not fall. Missing months (NaN) inside a window and
 * windows outside the data are DataErrors (DATA_MISSING_VALUE) naming the month.
 *
 * Interval: a seeded bootstrap over months, `evasionScoreInterval`. Within each window the same
 * resampled months are used for both groups (a pairs bootstrap), so common shocks to N and S (an
 * August dip, a price swing) stay together. Scheme "iid" draws single months with replacement;
 * scheme "block" (default) draws moving blocks of `block` consecutive months (Kunsch 1989), which
 * keeps short-run autocorrelation of monthly trade. In "trend" mode the pre window is rebuilt as its
 * fitted trend plus resampled residuals (resampling the months themselves would scramble the
 * trend). Replicate r draws from Rng.stream(seed, r), so results do not depend on execution order.
 * The interval is the percentile interval with type-7 quantiles of the replicate scores; replicates
 * in which the sanctioning group's flows do not fall are counted (`undefinedDraws`) and left out.
 */
import { DataError, InvalidParameterError, SanctionsLabError } from "../core/errors";
import { Rng } from "../core/rng";
import { progress, ProgressOption } from "../core/progress";
import { periodLabel } from "../data/series";

/** A regular monthly series: values[i] is the month start + i ("YYYY-MM"); NaN marks a missing month. */
export interface MonthlyFlow {
  start: string;
  values: number[];
}

/** Inclusive month windows, "YYYY-MM". */
export interface Windows {
  pre: [string, string];
  post: [string, string];
}

export type ScoreMode = "levels" | "trend";

/** Why a score (or a relative change) has no value. */
export type UndefinedReason = "zero-pre-flows" | "no-decline";

/** The score's denominator is zero or of the wrong sign: the evasion ratio does not exist. */
export class ScoreUndefinedError extends SanctionsLabError {
  readonly reason: UndefinedReason;
  constructor(reason: UndefinedReason, message: string, details: Record<string, unknown> = {}) {
    super("NUMERIC", message, { reason, ...details });
    this.reason = reason;
  }
}

/** Pre level (window mean, or the extrapolated trend's mean over the post months), post mean, change. */
export interface GroupChange {
  pre: number;
  post: number;
  delta: number;
  preMonths: number;
  postMonths: number;
}

export interface ScoreResult {
  /** (N change) / (-(S change)); 0.45 means 45% */
  score: number;
  mode: ScoreMode;
  nonSanctioning: GroupChange;
  sanctioning: GroupChange;
  /** shorthands */
  nonSanctioningChange: number;
  sanctioningChange: number;
}

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Strict "YYYY-MM" -> month ordinal (year * 12 + month - 1). */
export function monthOrdinal(label: string, what = "month"): number {
  const m = typeof label === "string" ? label.match(MONTH_RE) : null;
  if (!m) throw new InvalidParameterError(what, `must be a month "YYYY-MM", got '${String(label)}'`, label);
  return +m[1] * 12 + +m[2] - 1;
}

/** "YYYY-MM" of a month ordinal. */
export function monthLabel(p: number): string {
  return periodLabel(p, "M");
}

/** Month labels of a flow, in order. */
export function flowMonths(f: MonthlyFlow): string[] {
  const s = monthOrdinal(f.start, "start");
  return f.values.map((_, i) => monthLabel(s + i));
}

/**
 * A regular monthly flow from (month, value) records. Several records of one month are summed.
 * Months in [from, to] (default: first..last record) without a record are an error
 * (DATA_MISSING_VALUE, listing them) unless `absent: "zero"`, which counts them as zero flows.
 */
export function monthlyFlowFromRecords(
  records: { month: string; value: number }[],
  opts: { from?: string; to?: string; absent?: "error" | "zero"; name?: string } = {},
): MonthlyFlow {
  const name = opts.name ?? "flow";
  if (records.length === 0 && (opts.from === undefined || opts.to === undefined)) {
    throw new DataError("DATA_MISSING_VALUE", `${name}: no records.`, { name });
  }
  const ords = records.map((r) => monthOrdinal(r.month, `${name} month`));
  const from = opts.from !== undefined ? monthOrdinal(opts.from, "from") : Math.min(...ords);
  const to = opts.to !== undefined ? monthOrdinal(opts.to, "to") : Math.max(...ords);
  if (to < from) throw new InvalidParameterError("to", `must not precede from (${opts.from}..${opts.to})`);
  const values = new Array<number>(to - from + 1).fill(0);
  const seen = new Uint8Array(values.length);
  records.forEach((r, i) => {
    const k = ords[i] - from;
    if (k < 0 || k >= values.length) return;
    if (!Number.isFinite(r.value)) throw new DataError("DATA_MISSING_VALUE", `${name}: value for ${r.month} is ${r.value}.`, { name, month: r.month });
    values[k] += r.value;
    seen[k] = 1;
  });
  if ((opts.absent ?? "error") === "error") {
    const gaps: string[] = [];
    seen.forEach((s, k) => { if (!s) gaps.push(monthLabel(from + k)); });
    if (gaps.length) {
      throw new DataError("DATA_MISSING_VALUE", `${name}: no data for ${gaps.length} month(s): ${gaps.slice(0, 6).join(", ")}${gaps.length > 6 ? ", ..." : ""}. Supply them, or pass absent: "zero" if an absent month means no trade.`, { name, months: gaps });
    }
  }
  return { start: monthLabel(from), values };
}

interface Parsed { pre: [number, number]; post: [number, number]; gap: number }

function parseWindows(w: Windows): Parsed {
  if (!w || !Array.isArray(w.pre) || !Array.isArray(w.post)) throw new InvalidParameterError("windows", "needs pre and post as [from, to] month pairs");
  const pre: [number, number] = [monthOrdinal(w.pre[0], "windows.pre[0]"), monthOrdinal(w.pre[1], "windows.pre[1]")];
  const post: [number, number] = [monthOrdinal(w.post[0], "windows.post[0]"), monthOrdinal(w.post[1], "windows.post[1]")];
  if (pre[1] < pre[0]) throw new InvalidParameterError("windows", `pre window ${w.pre[0]}..${w.pre[1]} is empty`);
  if (post[1] < post[0]) throw new InvalidParameterError("windows", `post window ${w.post[0]}..${w.post[1]} is empty`);
  const gap = post[0] - pre[1] - 1;
  if (gap < 0) throw new InvalidParameterError("windows", `the post window (${w.post[0]}) must start after the pre window ends (${w.pre[1]})`);
  return { pre, post, gap };
}

/** Values of a flow over [a, b] (month ordinals); DataError if not covered or a month is missing. */
function windowValues(f: MonthlyFlow, a: number, b: number, name: string): number[] {
  if (!f || !Array.isArray(f.values)) throw new InvalidParameterError(name, "must be a MonthlyFlow {start, values}");
  const s = monthOrdinal(f.start, `${name}.start`);
  const last = s + f.values.length - 1;
  if (a < s || b > last) {
    throw new DataError("DATA_MISSING_VALUE", `${name}: the window ${monthLabel(a)}..${monthLabel(b)} is not covered (data ${f.start}..${monthLabel(last)}).`, { name, from: monthLabel(a), to: monthLabel(b) });
  }
  const out = f.values.slice(a - s, b - s + 1);
  for (let i = 0; i < out.length; i++) {
    const v = out[i];
    if (typeof v !== "number" || Number.isNaN(v)) {
      throw new DataError("DATA_MISSING_VALUE", `${name}: missing value in ${monthLabel(a + i)}; fill it or move the window.`, { name, month: monthLabel(a + i) });
    }
    if (!Number.isFinite(v) || v < 0) throw new DataError("DATA_PARSE", `${name}: value ${v} in ${monthLabel(a + i)} is not a non-negative flow.`, { name, month: monthLabel(a + i), value: v });
  }
  return out;
}

function mean(x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i];
  return s / x.length;
}

/** OLS line through y at t = 0..n-1: centred form (mean, slope about tbar). */
function trendFit(y: ArrayLike<number>): { ybar: number; slope: number; tbar: number } {
  const n = y.length, tbar = (n - 1) / 2, ybar = mean(y);
  let sxy = 0, sxx = 0;
  for (let t = 0; t < n; t++) { sxy += (t - tbar) * (y[t] - ybar); sxx += (t - tbar) * (t - tbar); }
  return { ybar, slope: sxy / sxx, tbar };
}

/**
 * One group's change between the windows. `gap` = months strictly between the windows. In "trend"
 * mode the pre level is the mean of the pre trend extrapolated over the post months, i.e. the trend
 * value at the post window's middle month.
 */
export function groupChange(pre: ArrayLike<number>, post: ArrayLike<number>, gap: number, mode: ScoreMode): GroupChange {
  const n = pre.length, m = post.length;
  const b = mean(post);
  if (mode === "levels") { const a = mean(pre); return { pre: a, post: b, delta: b - a, preMonths: n, postMonths: m }; }
  if (mode !== "trend") throw new InvalidParameterError("mode", `must be "levels" or "trend", got '${String(mode)}'`, mode);
  if (n < 3) throw new InvalidParameterError("windows", `a trend needs at least 3 pre-window months, got ${n}`);
  const { ybar, slope, tbar } = trendFit(pre);
  // post month j (0-based) sits at t = n + gap + j; the mean over j is at n + gap + (m - 1) / 2
  const cf = ybar + slope * (n + gap + (m - 1) / 2 - tbar);
  return { pre: cf, post: b, delta: b - cf, preMonths: n, postMonths: m };
}

function ratio(nc: GroupChange, sc: GroupChange, mode: ScoreMode, preSRaw: ArrayLike<number> | null): ScoreResult {
  if (preSRaw) {
    let allZero = true;
    for (let i = 0; i < preSRaw.length; i++) if (preSRaw[i] !== 0) { allZero = false; break; }
    if (allZero) throw new ScoreUndefinedError("zero-pre-flows", "The sanctioning group had zero flows in every pre-window month: there is no fall to compare the rise with, so the evasion score is undefined.");
  }
  if (!(sc.delta < 0)) {
    throw new ScoreUndefinedError("no-decline", `The sanctioning group's flows did not fall (change ${sc.delta.toPrecision(4)}): the evasion score (rise via the others / fall from the sanctioners) is undefined.`, { delta: sc.delta });
  }
  return { score: nc.delta / -sc.delta, mode, nonSanctioning: nc, sanctioning: sc, nonSanctioningChange: nc.delta, sanctioningChange: sc.delta };
}

/**
 * The evasion score of non-sanctioning flows N against sanctioning flows S over the windows.
 * `mode` is "levels" (window means, the paper's definition) or "trend".
 */
export function evasionScore(N: MonthlyFlow, S: MonthlyFlow, w: Windows, mode: ScoreMode | { mode?: ScoreMode } = "levels"): ScoreResult {
  const md: ScoreMode = typeof mode === "string" ? mode : mode?.mode ?? "levels";
  const p = parseWindows(w);
  const nPre = windowValues(N, p.pre[0], p.pre[1], "non-sanctioning flows"), nPost = windowValues(N, p.post[0], p.post[1], "non-sanctioning flows");
  const sPre = windowValues(S, p.pre[0], p.pre[1], "sanctioning flows"), sPost = windowValues(S, p.post[0], p.post[1], "sanctioning flows");
  return ratio(groupChange(nPre, nPost, p.gap, md), groupChange(sPre, sPost, p.gap, md), md, sPre);
}

/**
 * Relative change of one flow between the windows, (post - pre) / pre (levels or trend baseline).
 * ScoreUndefinedError("zero-pre-flows") when the pre level is zero.
 */
export function relativeChange(f: MonthlyFlow, w: Windows, mode: ScoreMode = "levels", name = "flow"): GroupChange & { relative: number } {
  const p = parseWindows(w);
  const c = groupChange(windowValues(f, p.pre[0], p.pre[1], name), windowValues(f, p.post[0], p.post[1], name), p.gap, mode);
  if (c.pre === 0) throw new ScoreUndefinedError("zero-pre-flows", `${name}: the pre-window level is zero, so the relative change is undefined.`, { name });
  return { ...c, relative: c.delta / c.pre };
}

export type BootstrapScheme = "iid" | "block";

export interface IntervalOptions {
  mode?: ScoreMode;
  /** "block" (moving blocks of `block` months, default) or "iid" (single months) */
  scheme?: BootstrapScheme;
  /** block length in months for scheme "block" (default 3) */
  block?: number;
  replications?: number;
  seed?: number;
  /** coverage of the percentile interval, default 0.9 */
  level?: number;
  progress?: ProgressOption;
}

export interface ScoreInterval extends ScoreResult {
  lower: number;
  upper: number;
  level: number;
  scheme: BootstrapScheme;
  block: number;
  seed: number;
  /** replicates requested */
  replications: number;
  /** replicates in which S did not fall (left out of the quantiles) */
  undefinedDraws: number;
  /** bootstrap standard deviation of the score over the defined replicates */
  sd: number;
}

/** Type-7 (linear interpolation) quantile of sorted data, as R's default and numpy's "linear". */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new InvalidParameterError("sorted", "no values");
  const h = (n - 1) * p, lo = Math.floor(h), hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Fill idx (length n) with resampled positions 0..n-1: iid (block = 1) or moving blocks. */
function resampleIndex(n: number, block: number, rng: Rng, idx: Int32Array): void {
  const b = Math.min(block, n);
  let k = 0;
  while (k < n) {
    const s = rng.int(n - b + 1);
    for (let i = 0; i < b && k < n; i++) idx[k++] = s + i;
  }
}

/**
 * The score with a seeded bootstrap percentile interval over months (see the module comment for
 * the scheme). Deterministic for a given seed.
 */
export function evasionScoreInterval(N: MonthlyFlow, S: MonthlyFlow, w: Windows, opts: IntervalOptions = {}): ScoreInterval {
  const mode = opts.mode ?? "levels";
  const scheme = opts.scheme ?? "block";
  const R = opts.replications ?? 2000, seed = opts.seed ?? 1, level = opts.level ?? 0.9;
  if (scheme !== "iid" && scheme !== "block") throw new InvalidParameterError("scheme", `must be "iid" or "block", got '${String(scheme)}'`, scheme);
  const block = scheme === "iid" ? 1 : opts.block ?? 3;
  if (!Number.isInteger(block) || block < 1) throw new InvalidParameterError("block", `must be an integer >= 1, got ${block}`, block);
  if (!Number.isInteger(R) || R < 10) throw new InvalidParameterError("replications", `must be an integer >= 10, got ${R}`, R);
  if (!(level > 0 && level < 1)) throw new InvalidParameterError("level", `must lie in (0, 1), got ${level}`, level);
  if (!Number.isFinite(seed)) throw new InvalidParameterError("seed", `must be finite, got ${seed}`, seed);

  const point = evasionScore(N, S, w, mode);
  const p = parseWindows(w);
  const nPre = windowValues(N, p.pre[0], p.pre[1], "non-sanctioning flows"), nPost = windowValues(N, p.post[0], p.post[1], "non-sanctioning flows");
  const sPre = windowValues(S, p.pre[0], p.pre[1], "sanctioning flows"), sPost = windowValues(S, p.post[0], p.post[1], "sanctioning flows");
  const n = nPre.length, m = nPost.length;

  // trend mode: resample residuals around each group's pre trend (same months for both groups)
  const nFit = mode === "trend" ? trendFit(nPre) : null, sFit = mode === "trend" ? trendFit(sPre) : null;
  const nRes = nFit ? nPre.map((v, t) => v - (nFit.ybar + nFit.slope * (t - nFit.tbar))) : null;
  const sRes = sFit ? sPre.map((v, t) => v - (sFit.ybar + sFit.slope * (t - sFit.tbar))) : null;

  const idxPre = new Int32Array(n), idxPost = new Int32Array(m);
  const a = new Float64Array(n), c = new Float64Array(n), b = new Float64Array(m), d = new Float64Array(m);
  const draws: number[] = [];
  let undef = 0;
  const bar = progress(`evasion score bootstrap (${R})`, R, opts.progress ?? false);
  for (let r = 0; r < R; r++) {
    const rng = Rng.stream(seed, r);
    resampleIndex(n, block, rng, idxPre);
    resampleIndex(m, block, rng, idxPost);
    for (let t = 0; t < n; t++) {
      if (nFit && sFit && nRes && sRes) {
        a[t] = nFit.ybar + nFit.slope * (t - nFit.tbar) + nRes[idxPre[t]];
        c[t] = sFit.ybar + sFit.slope * (t - sFit.tbar) + sRes[idxPre[t]];
      } else {
        a[t] = nPre[idxPre[t]];
        c[t] = sPre[idxPre[t]];
      }
    }
    for (let t = 0; t < m; t++) { b[t] = nPost[idxPost[t]]; d[t] = sPost[idxPost[t]]; }
    const nc = groupChange(a, b, p.gap, mode), sc = groupChange(c, d, p.gap, mode);
    if (sc.delta < 0) draws.push(nc.delta / -sc.delta);
    else undef++;
    bar.tick();
  }
  bar.done();
  if (draws.length < 2) throw new ScoreUndefinedError("no-decline", `Only ${draws.length} of ${R} bootstrap replicates have a fall in the sanctioning group's flows; no interval.`);
  draws.sort((x, y) => x - y);
  const mu = mean(draws);
  let ss = 0;
  for (const x of draws) ss += (x - mu) * (x - mu);
  return {
    ...point,
    lower: quantileSorted(draws, (1 - level) / 2),
    upper: quantileSorted(draws, 1 - (1 - level) / 2),
    level, scheme, block, seed, replications: R, undefinedDraws: undef,
    sd: Math.sqrt(ss / (draws.length - 1)),
  };
}
