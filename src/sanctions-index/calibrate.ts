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
  return { names: p.names, theta, stderr, atBound, rss, rmse: Math.sqrt(rss / n), r2: 1 - rss / sst, maxAbsError: maxAbs, iterations: it, converged, fitted: m, residuals: resid };
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
