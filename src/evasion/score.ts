/**
 * The sanctions-evasion score of Funke & Wende (2025, section 2, Figure 1): the rise in flows of
 * sanctioned goods from (or through) non-sanctioning partners after the invasion, divided by the fall
 * in flows from sanctioning partners, both measured against their pre-war levels:
 *   score = (N_post - N_pre) / (S_pre - S_post),
 * where each term is a window average ("levels", the paper's dashed lines) or, with "trend", the
 * post-window average minus the pre-window linear trend extrapolated into the post window (a
 * counterfactual that keeps pre-war growth). Confidence intervals: a seeded moving-block bootstrap
 * over the months of each window (blocks of `block` months, resampled independently per window).
 */
import { DataError, InvalidParameterError } from "../core/errors";
import { Rng } from "../core/rng";
import { progress, ProgressOption } from "../core/progress";
import { periodOf, periodLabel } from "../data/series";

export interface MonthlyFlow {
  /** first month, "YYYY-MM" */
  start: string;
  values: number[];
}

export interface Windows {
  pre: [string, string];
  post: [string, string];
}

export type ScoreMode = "levels" | "trend";

export interface ScoreResult {
  score: number;
  nonSanctioningChange: number;
  sanctioningChange: number;
  preN: number;
  postN: number;
  preS: number;
  postS: number;
  mode: ScoreMode;
}

function slice(f: MonthlyFlow, w: [string, string], name: string): number[] {
  const s = periodOf(f.start, "M");
  const a = periodOf(w[0], "M") - s, b = periodOf(w[1], "M") - s;
  if (b < a) throw new InvalidParameterError("windows", `window ${w[0]}..${w[1]} is empty`);
  if (a < 0 || b >= f.values.length) throw new DataError("DATA_MISSING_VALUE", `${name}: the window ${w[0]}..${w[1]} is not covered (data ${f.start}..${periodLabel(s + f.values.length - 1, "M")}).`);
  const out = f.values.slice(a, b + 1);
  out.forEach((v, i) => { if (!Number.isFinite(v)) throw new DataError("DATA_MISSING_VALUE", `${name}: missing value in ${periodLabel(s + a + i, "M")}; fill it or shorten the window.`); });
  return out;
}

const mean = (x: number[]) => x.reduce((a, b) => a + b, 0) / x.length;

/** Change from pre to post: difference of means, or post mean minus the extrapolated pre trend. */
function change(pre: number[], post: number[], gap: number, mode: ScoreMode): { pre: number; post: number; delta: number } {
  if (mode === "levels") { const a = mean(pre), b = mean(post); return { pre: a, post: b, delta: b - a }; }
  // OLS trend on the pre window, t = 0..n-1; counterfactual over post months t = n-1+gap+1 ...
  const n = pre.length;
  if (n < 3) throw new InvalidParameterError("windows", "a trend needs at least 3 pre-window months");
  const tb = (n - 1) / 2, yb = mean(pre);
  let sxy = 0, sxx = 0;
  for (let t = 0; t < n; t++) { sxy += (t - tb) * (pre[t] - yb); sxx += (t - tb) ** 2; }
  const slope = sxy / sxx;
  let cf = 0;
  for (let j = 0; j < post.length; j++) cf += yb + slope * (n - 1 + gap + j + 1 - tb);
  cf /= post.length;
  const b = mean(post);
  return { pre: cf, post: b, delta: b - cf };
}

/** The evasion score from the non-sanctioning (N) and sanctioning (S) flows. */
export function evasionScore(N: MonthlyFlow, S: MonthlyFlow, w: Windows, mode: ScoreMode = "levels"): ScoreResult {
  const gap = periodOf(w.post[0], "M") - periodOf(w.pre[1], "M") - 1;
  if (gap < 0) throw new InvalidParameterError("windows", `the post window (${w.post[0]}) must start after the pre window ends (${w.pre[1]})`);
  const n = change(slice(N, w.pre, "non-sanctioning flows"), slice(N, w.post, "non-sanctioning flows"), gap, mode);
  const s = change(slice(S, w.pre, "sanctioning flows"), slice(S, w.post, "sanctioning flows"), gap, mode);
  return scoreOf(n, s, mode);
}

function scoreOf(n: { pre: number; post: number; delta: number }, s: { pre: number; post: number; delta: number }, mode: ScoreMode): ScoreResult {
  if (!(s.delta < 0)) throw new DataError("DATA_PARSE", `The sanctioning partners' flows did not fall (change ${s.delta.toPrecision(4)}): the evasion score (rise via others / fall from sanctioners) is undefined.`, { delta: s.delta });
  return { score: n.delta / -s.delta, nonSanctioningChange: n.delta, sanctioningChange: s.delta, preN: n.pre, postN: n.post, preS: s.pre, postS: s.post, mode };
}

export interface ScoreInterval extends ScoreResult {
  lower: number;
  upper: number;
  replications: number;
  block: number;
  seed: number;
}

function blockResample(x: number[], block: number, rng: Rng, out: number[]): number[] {
  const n = x.length;
  out.length = 0;
  const b = Math.min(block, n);
  while (out.length < n) {
    const s = rng.int(n - b + 1);
    for (let i = 0; i < b && out.length < n; i++) out.push(x[s + i]);
  }
  return out;
}

function trendResample(x: number[], block: number, rng: Rng, out: number[]): number[] {
  const n = x.length, tb = (n - 1) / 2, yb = mean(x);
  let sxy = 0, sxx = 0;
  for (let t = 0; t < n; t++) { sxy += (t - tb) * (x[t] - yb); sxx += (t - tb) ** 2; }
  const slope = sxy / sxx;
  const resid = x.map((v, t) => v - (yb + slope * (t - tb)));
  const e = blockResample(resid, block, rng, []);
  out.length = 0;
  for (let t = 0; t < n; t++) out.push(yb + slope * (t - tb) + e[t]);
  return out;
}

/** Score with a percentile interval from a moving-block bootstrap over months (seeded, replicate r uses stream r). */
export function evasionScoreInterval(N: MonthlyFlow, S: MonthlyFlow, w: Windows, opts: { mode?: ScoreMode; replications?: number; block?: number; seed?: number; ci?: number; progress?: ProgressOption } = {}): ScoreInterval {
  const mode = opts.mode ?? "levels";
  const R = opts.replications ?? 2000, block = opts.block ?? 3, seed = opts.seed ?? 1, ci = opts.ci ?? 0.9;
  if (!Number.isInteger(block) || block < 1) throw new InvalidParameterError("block", "must be an integer >= 1");
  const point = evasionScore(N, S, w, mode);
  const gap = periodOf(w.post[0], "M") - periodOf(w.pre[1], "M") - 1;
  const parts = [slice(N, w.pre, "N"), slice(N, w.post, "N"), slice(S, w.pre, "S"), slice(S, w.post, "S")];
  const draws: number[] = [];
  const bufs = parts.map(() => [] as number[]);
  const bar = progress(`evasion score bootstrap (${R})`, R, opts.progress ?? false);
  for (let r = 0; r < R; r++) {
    const rng = Rng.stream(seed, r);
    // levels: resample months in blocks; trend: the pre window is rebuilt as its fitted trend plus
    // block-resampled residuals (resampling the months themselves would scramble the trend)
    const [a, b, c, d] = parts.map((p, i) => (mode === "trend" && (i === 0 || i === 2) ? trendResample(p, block, rng, bufs[i]) : blockResample(p, block, rng, bufs[i])));
    const n = change(a, b, gap, mode), s = change(c, d, gap, mode);
    if (s.delta < 0) draws.push(n.delta / -s.delta);
    bar.tick();
  }
  bar.done();
  draws.sort((x, y) => x - y);
  const q = (p: number) => draws[Math.min(draws.length - 1, Math.max(0, Math.floor(p * (draws.length - 1))))];
  return { ...point, lower: q((1 - ci) / 2), upper: q(1 - (1 - ci) / 2), replications: draws.length, block, seed };
}
