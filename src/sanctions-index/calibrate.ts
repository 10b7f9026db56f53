/**
 * Calibration of an index's free parameters to a published series by bounded nonlinear least
 * squares (Levenberg-Marquardt with the step projected onto the bounds; Jacobian by central
 * differences). The fitted index always comes from the events: only a handful of structural
 * parameters (leverage scale, decay horizon and slope, ...) are free, never one value per month.
 * Standard errors from s^2 (J'J)^-1 at the optimum; a profile of the residual sum of squares over
 * any parameter shows what the data identify.
 */
import { ConvergenceError, InvalidParameterError } from "../core/errors";
import { mat, solve } from "../core/linalg";
import { progress, ProgressOption } from "../core/progress";
import { tQuantile } from "../econometrics/distributions";

export interface CalibrationProblem {
  names: string[];
  /** model values over the fit window for parameters theta */
  model: (theta: number[]) => Float64Array;
  /** published values over the same window */
  target: ArrayLike<number>;
  start: number[];
  lower: number[];
  upper: number[];
}

export interface CalibrationResult {
  names: string[];
  theta: number[];
  stderr: number[];
  /** which parameters ended on a bound (their standard errors are not meaningful) */
  atBound: boolean[];
  rss: number;
  rmse: number;
  r2: number;
  maxAbsError: number;
  iterations: number;
  converged: boolean;
  fitted: Float64Array;
  residuals: Float64Array;
  /** wall-clock time of the fit */
  seconds: number;
  /** first-order autocorrelation of the residuals (near 1: the s^2 (J'J)^-1 standard errors are far too small) */
  residualAutocorr: number;
}

function rssOf(m: Float64Array, y: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < m.length; i++) s += (m[i] - y[i]) ** 2;
  return s;
}

function jacobian(p: CalibrationProblem, theta: number[], base: Float64Array): number[][] {
  const n = base.length, k = theta.length;
  const J: number[][] = Array.from({ length: n }, () => new Array(k).fill(0));
  for (let j = 0; j < k; j++) {
    const h = 1e-6 * Math.max(1, Math.abs(theta[j]));
    const up = theta.slice(), dn = theta.slice();
    up[j] = Math.min(p.upper[j], theta[j] + h);
    dn[j] = Math.max(p.lower[j], theta[j] - h);
    const mu = p.model(up), md = p.model(dn);
    const d = up[j] - dn[j];
    for (let i = 0; i < n; i++) J[i][j] = (mu[i] - md[i]) / d;
  }
  return J;
}

/** Minimise sum (model(theta) - target)^2 subject to lower <= theta <= upper. */
export function calibrate(p: CalibrationProblem, opts: { maxIter?: number; tol?: number; progress?: ProgressOption } = {}): CalibrationResult {
  const k = p.names.length;
  if (p.start.length !== k || p.lower.length !== k || p.upper.length !== k) throw new InvalidParameterError("calibration", "names, start, lower and upper must have the same length");
  for (let j = 0; j < k; j++) {
    if (!(p.lower[j] <= p.start[j] && p.start[j] <= p.upper[j])) throw new InvalidParameterError(p.names[j], `start ${p.start[j]} outside [${p.lower[j]}, ${p.upper[j]}]`);
  }
  const t0 = Date.now();
  const maxIter = opts.maxIter ?? 200;
  const tol = opts.tol ?? 1e-12;
  let theta = p.start.slice();
  let m = p.model(theta);
  let rss = rssOf(m, p.target);
  let lambda = 1e-3;
  let it = 0;
  let converged = false;
  const bar = progress("calibration (Levenberg-Marquardt)", maxIter, opts.progress ?? true);
  while (it < maxIter && !converged) {
    it++;
    bar.tick();
    const J = jacobian(p, theta, m);
    const JtJ = mat(k, k), Jtr = mat(k, 1);
    for (let i = 0; i < m.length; i++) {
      const r = m[i] - p.target[i];
      for (let a = 0; a < k; a++) {
        Jtr.data[a] -= J[i][a] * r;
        for (let b = 0; b < k; b++) JtJ.data[a * k + b] += J[i][a] * J[i][b];
      }
    }
    let improved = false;
    for (let tries = 0; tries < 30; tries++) {
      const A = mat(k, k, JtJ.data);
      for (let a = 0; a < k; a++) A.data[a * k + a] += lambda * Math.max(JtJ.data[a * k + a], 1e-12);
      let step: number[];
      try {
        step = Array.from(solve(A, Jtr, "the Levenberg-Marquardt system").data);
      } catch {
        lambda *= 10;
        continue;
      }
      const next = theta.map((t, a) => Math.min(p.upper[a], Math.max(p.lower[a], t + step[a])));
      const mn = p.model(next);
      const rn = rssOf(mn, p.target);
      if (rn < rss) {
        const rel = (rss - rn) / Math.max(rss, 1e-300);
        theta = next;
        m = mn;
        rss = rn;
        lambda = Math.max(lambda / 10, 1e-12);
        improved = true;
        if (rel < tol) converged = true;
        break;
      }
      lambda *= 10;
    }
    if (!improved) converged = true; // no downhill step at any damping: a (local) minimum
  }
  bar.done();
  if (!Number.isFinite(rss)) throw new ConvergenceError("NO_CONVERGENCE", "calibration produced a non-finite fit; check the parameter bounds.");
  // standard errors
  const J = jacobian(p, theta, m);
  const n = m.length;
  const JtJ = mat(k, k);
  for (let i = 0; i < n; i++) for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) JtJ.data[a * k + b] += J[i][a] * J[i][b];
  const s2 = rss / Math.max(1, n - k);
  let stderr: number[];
  try {
    const inv = solve(JtJ, identityMat(k), "J'J at the optimum");
    stderr = Array.from({ length: k }, (_, a) => Math.sqrt(Math.max(0, s2 * inv.data[a * k + a])));
  } catch {
    stderr = new Array(k).fill(Number.POSITIVE_INFINITY);
  }
  const atBound = theta.map((t, a) => Math.abs(t - p.lower[a]) < 1e-9 * Math.max(1, Math.abs(t)) || Math.abs(t - p.upper[a]) < 1e-9 * Math.max(1, Math.abs(t)));
  let mean = 0;
  for (let i = 0; i < n; i++) mean += p.target[i] / n;
  let sst = 0, maxAbs = 0;
  const resid = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    sst += (p.target[i] - mean) ** 2;
    resid[i] = m[i] - p.target[i];
    maxAbs = Math.max(maxAbs, Math.abs(resid[i]));
  }
  let num = 0, den = 0;
  for (let i = 0; i < n; i++) { den += resid[i] ** 2; if (i > 0) num += resid[i] * resid[i - 1]; }
  return {
    names: p.names, theta, stderr, atBound, rss, rmse: Math.sqrt(rss / n), r2: 1 - rss / sst, maxAbsError: maxAbs, iterations: it, converged, fitted: m, residuals: resid,
    seconds: (Date.now() - t0) / 1000, residualAutocorr: den > 0 ? num / den : 0,
  };
}

function identityMat(k: number) {
  const I = mat(k, k);
  for (let i = 0; i < k; i++) I.data[i * k + i] = 1;
  return I;
}

/** RSS profile: fix parameter j at each grid value and re-optimise the others. */
export function profile(p: CalibrationProblem, j: number, grid: number[], from: number[]): { value: number; rss: number; theta: number[] }[] {
  return grid.map((v) => {
    const names = p.names.filter((_, a) => a !== j);
    const sub: CalibrationProblem = {
      names,
      model: (th) => p.model(insert(th, j, v)),
      target: p.target,
      start: from.filter((_, a) => a !== j).map((t, a) => Math.min(p.upper.filter((_, b) => b !== j)[a], Math.max(p.lower.filter((_, b) => b !== j)[a], t))),
      lower: p.lower.filter((_, a) => a !== j),
      upper: p.upper.filter((_, a) => a !== j),
    };
    const r = calibrate(sub, { progress: false, maxIter: 100 });
    return { value: v, rss: r.rss, theta: insert(r.theta, j, v) };
  });
}

function insert(th: number[], j: number, v: number): number[] {
  const out = th.slice();
  out.splice(j, 0, v);
  return out;
}

export interface ProfileInterval {
  name: string;
  estimate: number;
  /** NaN-free bounds; equal to a parameter bound when the interval runs into it (open side) */
  lower: number;
  upper: number;
  lowerOpen: boolean;
  upperOpen: boolean;
  /** the RSS threshold: rss_min (1 + F(1, n-k; level) / (n-k)) */
  threshold: number;
}

/**
 * Profile (likelihood-ratio type) interval for parameter j: the set of values whose profile RSS,
 * re-optimising the other parameters, stays below rss_min (1 + F_{1,n-k}(level) / (n-k)) (the
 * F-test inversion for nonlinear least squares, Bates & Watts 1988, section 6.1). Found by stepping out
 * from the estimate and bisecting. An interval that reaches a parameter bound is reported open there:
 * the data do not pin that side down.
 */
export function profileInterval(p: CalibrationProblem, fit: CalibrationResult, j: number, opts: { level?: number; steps?: number } = {}): ProfileInterval {
  const level = opts.level ?? 0.95;
  const n = fit.fitted.length, k = p.names.length;
  const df = Math.max(1, n - k);
  const F = tQuantile(0.5 + level / 2, df) ** 2;
  const threshold = fit.rss * (1 + F / df);
  const est = fit.theta[j];
  const rssAt = (v: number) => profile(p, j, [v], fit.theta)[0].rss;
  const side = (dir: 1 | -1): { bound: number; open: boolean } => {
    const limit = dir > 0 ? p.upper[j] : p.lower[j];
    let inside = est;
    let step = Math.max(Math.abs(fit.stderr[j]) || 0, 1e-3 * Math.max(1, Math.abs(est)));
    if (!Number.isFinite(step) || step <= 0) step = 0.05 * Math.max(1, Math.abs(est));
    for (let s = 0; s < (opts.steps ?? 40); s++) {
      const trial = dir > 0 ? Math.min(limit, inside + step) : Math.max(limit, inside - step);
      if (rssAt(trial) > threshold) {
        let a = inside, b = trial;
        for (let it = 0; it < 30 && Math.abs(b - a) > 1e-6 * Math.max(1, Math.abs(est)); it++) {
          const mid = (a + b) / 2;
          if (rssAt(mid) > threshold) b = mid; else a = mid;
        }
        return { bound: (a + b) / 2, open: false };
      }
      inside = trial;
      if (trial === limit) return { bound: limit, open: true };
      step *= 2;
    }
    return { bound: inside, open: true };
  };
  const lo = side(-1), hi = side(1);
  return { name: p.names[j], estimate: est, lower: lo.bound, upper: hi.bound, lowerOpen: lo.open, upperOpen: hi.open, threshold };
}

/** Fit statistics of a fitted series against a target, by calendar year (labels YYYY-MM...). */
export function fitByYear(labels: string[], target: ArrayLike<number>, fitted: ArrayLike<number>, opts: { onlyNonZeroTarget?: boolean } = {}): { year: number; months: number; meanTarget: number; meanFitted: number; rmse: number; maxAbsError: number; maxRelError: number }[] {
  const years = [...new Set(labels.map((l) => +l.slice(0, 4)))].sort((a, b) => a - b);
  const out = [];
  for (const y of years) {
    const idx = labels.map((l, i) => (+l.slice(0, 4) === y && (!opts.onlyNonZeroTarget || target[i] !== 0) ? i : -1)).filter((i) => i >= 0);
    if (idx.length === 0) continue;
    let st = 0, sf = 0, ss = 0, mx = 0, mr = 0;
    for (const i of idx) {
      const e = fitted[i] - target[i];
      st += target[i]; sf += fitted[i]; ss += e * e;
      mx = Math.max(mx, Math.abs(e));
      if (target[i] !== 0) mr = Math.max(mr, Math.abs(e / target[i]));
    }
    out.push({ year: y, months: idx.length, meanTarget: st / idx.length, meanFitted: sf / idx.length, rmse: Math.sqrt(ss / idx.length), maxAbsError: mx, maxRelError: mr });
  }
  return out;
}

/** R^2, RMSE and max |error| of a prediction against a target (out of sample: R^2 can be negative). */
export function fitStats(target: ArrayLike<number>, fitted: ArrayLike<number>): { r2: number; rmse: number; maxAbsError: number; n: number } {
  const n = target.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += target[i] / n;
  let ssr = 0, sst = 0, mx = 0;
  for (let i = 0; i < n; i++) { ssr += (fitted[i] - target[i]) ** 2; sst += (target[i] - mean) ** 2; mx = Math.max(mx, Math.abs(fitted[i] - target[i])); }
  return { r2: 1 - ssr / sst, rmse: Math.sqrt(ssr / n), maxAbsError: mx, n };
}
