/**
 * Discrete-choice models by Newton-Raphson with analytic gradients and Hessians:
 *  - binary logit and probit (McCullagh & Nelder 1989; Greene 2018, ch. 17), optional frequency weights;
 *  - ordered logit and probit (McCullagh 1980), cutpoints kappa_1 < ... < kappa_{J-1};
 *  - multinomial logit (base category 0).
 * Standard errors: classical (inverse Hessian), robust HC0 sandwich, and clustered (Liang & Zeger
 * 1986, with Stata's and statsmodels' small-sample factor G/(G-1) (N-1)/(N-K)); average marginal
 * effects; likelihood-ratio tests. Every failure is a typed error that says what to do.
 */
import { ConvergenceError, DataError, InvalidParameterError, NumericalError } from "../core/errors";
import { mat, solve } from "../core/linalg";
import { chi2Sf, normalCdf, normalCdf2 } from "./distributions";

export type Link = "logit" | "probit";

export interface DiscreteResult {
  model: string;
  names: string[];
  coef: number[];
  stderr: number[];
  z: number[];
  pvalues: number[];
  covariance: number[][];
  llf: number;
  llNull: number;
  pseudoR2: number;
  nobs: number;
  iterations: number;
  seType: "classical" | "robust" | "cluster";
}

const PHI = (x: number) => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);

function validateXY(y: ArrayLike<number>, X: number[][], names?: string[]): string[] {
  const n = y.length;
  if (X.length !== n) throw new InvalidParameterError("X", `has ${X.length} rows, y has ${n}`);
  if (n === 0) throw new DataError("TOO_FEW_OBSERVATIONS", "no observations");
  const k = X[0].length;
  const nm = names ?? Array.from({ length: k }, (_, j) => `x${j + 1}`);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(y[i])) throw new DataError("DATA_MISSING_VALUE", `missing outcome at row ${i + 1}; drop incomplete rows first`, { row: i + 1 });
    for (let j = 0; j < k; j++) if (!Number.isFinite(X[i][j])) throw new DataError("DATA_MISSING_VALUE", `missing value of '${nm[j]}' at row ${i + 1}; drop incomplete rows first`, { row: i + 1, column: nm[j] });
  }
  if (n <= k) throw new DataError("TOO_FEW_OBSERVATIONS", `${n} observations for ${k} parameters`);
  return nm;
}

function invert(H: number[][], what: string): number[][] {
  const k = H.length;
  const I = mat(k, k);
  for (let i = 0; i < k; i++) I.data[i * k + i] = 1;
  const inv = solve(mat(k, k, H.flat()), I, what);
  return Array.from({ length: k }, (_, i) => Array.from(inv.data.subarray(i * k, (i + 1) * k)));
}

/** Generic Newton maximiser: f returns (ll, gradient, Hessian of ll). */
function newton(theta0: number[], f: (th: number[]) => { ll: number; g: number[]; H: number[][] }, what: string, maxIter = 100, tol = 1e-10): { theta: number[]; ll: number; H: number[][]; iterations: number } {
  let th = theta0.slice();
  let cur = f(th);
  for (let it = 1; it <= maxIter; it++) {
    const k = th.length;
    let step: number[];
    try {
      const negH = mat(k, k, cur.H.flat().map((v) => -v));
      step = Array.from(solve(negH, mat(k, 1, cur.g), `the Hessian of the ${what} log-likelihood`).data);
    } catch {
      throw new NumericalError("SINGULAR_MATRIX", `${what}: the Hessian is singular — a regressor is collinear or constant, or an outcome category is empty. Drop the offending regressor or merge categories.`);
    }
    let lambda = 1, next = cur, nth = th;
    for (let h = 0; h < 40; h++) {
      nth = th.map((v, i) => v + lambda * step[i]);
      next = f(nth);
      if (Number.isFinite(next.ll) && next.ll >= cur.ll - 1e-12) break;
      lambda /= 2;
    }
    const change = Math.max(...step.map((s) => Math.abs(lambda * s)));
    th = nth;
    const improvement = next.ll - cur.ll;
    cur = next;
    if (Math.max(...th.map(Math.abs)) > 50) throw new ConvergenceError("NO_CONVERGENCE", `${what}: coefficients diverge (|b| > 50): the outcome is (quasi-)perfectly separated by a regressor. Drop or recode it, or use penalised estimation.`);
    if (change < tol || (Math.abs(improvement) < 1e-14 && Math.max(...cur.g.map(Math.abs)) < 1e-8)) return { theta: th, ll: cur.ll, H: cur.H, iterations: it };
  }
  throw new ConvergenceError("NO_CONVERGENCE", `${what}: Newton did not converge in ${maxIter} iterations; check for separation or rescale the regressors.`);
}

function finish(model: string, names: string[], theta: number[], ll: number, llNull: number, H: number[][], scores: number[][], nobs: number, iterations: number, se: { type?: "classical" | "robust" | "cluster"; clusters?: ArrayLike<number | string> }): DiscreteResult {
  const Hinv = invert(H.map((r) => r.map((v) => -v)), `the information matrix of the ${model}`);
  const k = theta.length;
  let cov = Hinv;
  const type = se.type ?? (se.clusters ? "cluster" : "classical");
  if (type !== "classical") {
    const meat = Array.from({ length: k }, () => new Array(k).fill(0));
    let factor = 1;
    if (type === "robust") {
      for (const s of scores) for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) meat[a][b] += s[a] * s[b];
    } else {
      if (!se.clusters || se.clusters.length !== scores.length) throw new InvalidParameterError("clusters", "needs one cluster id per observation");
      const sums = new Map<string, number[]>();
      scores.forEach((s, i) => {
        const key = String(se.clusters![i]);
        const acc = sums.get(key) ?? new Array(k).fill(0);
        for (let a = 0; a < k; a++) acc[a] += s[a];
        sums.set(key, acc);
      });
      for (const s of sums.values()) for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) meat[a][b] += s[a] * s[b];
      const G = sums.size;
      if (G < 2) throw new InvalidParameterError("clusters", "needs at least two clusters");
      // small-sample factor as Stata and statsmodels: G/(G-1) * (N-1)/(N-K)
      factor = (G / (G - 1)) * ((nobs - 1) / (nobs - k));
    }
    cov = Hinv.map((row) => Hinv[0].map((_, j) => factor * row.reduce((acc, v, m) => acc + v * meat[m].reduce((s2, w, l) => s2 + w * Hinv[l][j], 0), 0)));
  }
  const stderr = cov.map((r, i) => Math.sqrt(r[i]));
  const z = theta.map((b, i) => b / stderr[i]);
  return { model, names, coef: theta, stderr, z, pvalues: z.map(normalCdf2), covariance: cov, llf: ll, llNull, pseudoR2: 1 - ll / llNull, nobs, iterations, seType: type };
}

/** Binary logit or probit of y (0/1) on X (include a constant column yourself). */
export function binaryChoice(y: ArrayLike<number>, X: number[][], opts: { link?: Link; names?: string[]; weights?: ArrayLike<number>; se?: "classical" | "robust" | "cluster"; clusters?: ArrayLike<number | string> } = {}): DiscreteResult {
  const names = validateXY(y, X, opts.names);
  const link = opts.link ?? "logit";
  const n = y.length, k = X[0].length;
  const w = opts.weights ?? new Array(n).fill(1);
  let ones = 0, tot = 0;
  for (let i = 0; i < n; i++) {
    if (y[i] !== 0 && y[i] !== 1) throw new DataError("DATA_PARSE", `binary outcome must be 0 or 1, got ${y[i]} at row ${i + 1}`);
    ones += w[i] * y[i]; tot += w[i];
  }
  if (ones === 0 || ones === tot) throw new DataError("DATA_PARSE", "the outcome does not vary (all 0 or all 1): nothing to estimate");
  const f = (b: number[]) => {
    let ll = 0;
    const g = new Array(k).fill(0);
    const H = Array.from({ length: k }, () => new Array(k).fill(0));
    for (let i = 0; i < n; i++) {
      const xb = X[i].reduce((s, x, j) => s + x * b[j], 0);
      let li: number, gi: number, hi: number;
      if (link === "logit") {
        const p = 1 / (1 + Math.exp(-xb));
        li = y[i] ? -Math.log1p(Math.exp(-xb)) : -Math.log1p(Math.exp(xb));
        gi = y[i] - p;
        hi = -p * (1 - p);
      } else {
        const q = 2 * y[i] - 1;
        const P = normalCdf(q * xb);
        const lam = (q * PHI(xb)) / Math.max(P, 1e-300);
        li = Math.log(Math.max(P, 1e-300));
        gi = lam;
        hi = -lam * (lam + xb);
      }
      ll += w[i] * li;
      for (let a = 0; a < k; a++) {
        g[a] += w[i] * gi * X[i][a];
        for (let c = 0; c <= a; c++) H[a][c] += w[i] * hi * X[i][a] * X[i][c];
      }
    }
    for (let a = 0; a < k; a++) for (let c = a + 1; c < k; c++) H[a][c] = H[c][a];
    return { ll, g, H };
  };
  const r = newton(new Array(k).fill(0), f, `${link} model`);
  const pbar = ones / tot;
  const llNull = tot * (pbar * Math.log(pbar) + (1 - pbar) * Math.log(1 - pbar));
  const scores = X.map((x, i) => {
    const xb = x.reduce((s, v, j) => s + v * r.theta[j], 0);
    let gi: number;
    if (link === "logit") gi = y[i] - 1 / (1 + Math.exp(-xb));
    else { const q = 2 * y[i] - 1; gi = (q * PHI(xb)) / Math.max(normalCdf(q * xb), 1e-300); }
    return x.map((v) => w[i] * gi * v);
  });
  return finish(`binary ${link}`, names, r.theta, r.ll, llNull, r.H, scores, n, r.iterations, { type: opts.se, clusters: opts.clusters });
}

/** Predicted probabilities P(y = 1 | x) of a binary model. */
export function predictBinary(res: DiscreteResult, X: number[][]): number[] {
  const probit = res.model.includes("probit");
  return X.map((x) => { const xb = x.reduce((s, v, j) => s + v * res.coef[j], 0); return probit ? normalCdf(xb) : 1 / (1 + Math.exp(-xb)); });
}

/**
 * Average marginal effect of regressor j in a binary model: mean over observations of dP/dx_j
 * (continuous), or of P(x_j = 1) - P(x_j = 0) when `discrete`.
 */
export function averageMarginalEffect(res: DiscreteResult, X: number[][], j: number, discrete = false): number {
  const probit = res.model.includes("probit");
  const pdf = (xb: number) => (probit ? PHI(xb) : Math.exp(-xb) / (1 + Math.exp(-xb)) ** 2);
  let s = 0;
  for (const x of X) {
    if (discrete) {
      const x1 = x.slice(), x0 = x.slice();
      x1[j] = 1; x0[j] = 0;
      const [p1, p0] = predictBinary(res, [x1, x0]);
      s += p1 - p0;
    } else {
      const xb = x.reduce((a, v, i) => a + v * res.coef[i], 0);
      s += pdf(xb) * res.coef[j];
    }
  }
  return s / X.length;
}

/** Likelihood-ratio test of a restricted against an unrestricted fit. */
export function lrTest(restricted: DiscreteResult, unrestricted: DiscreteResult): { statistic: number; df: number; pvalue: number } {
  const df = unrestricted.coef.length - restricted.coef.length;
  if (df <= 0) throw new InvalidParameterError("lrTest", "the unrestricted model must have more parameters");
  const stat = 2 * (unrestricted.llf - restricted.llf);
  return { statistic: stat, df, pvalue: chi2Sf(stat, df) };
}

/**
 * Ordered logit/probit: P(y <= j) = F(kappa_j - x'b), j = 0..J-2, for y in {0, ..., J-1};
 * X must NOT contain a constant (the cutpoints play its role). Parameters: b then kappa.
 */
export function orderedChoice(y: ArrayLike<number>, X: number[][], opts: { link?: Link; names?: string[]; se?: "classical" | "robust" | "cluster"; clusters?: ArrayLike<number | string> } = {}): DiscreteResult & { cutpoints: number[] } {
  const names = validateXY(y, X, opts.names);
  const link = opts.link ?? "logit";
  const n = y.length, k = X[0].length;
  let J = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isInteger(y[i]) || y[i] < 0) throw new DataError("DATA_PARSE", `ordered outcome must be 0, 1, 2, ...; got ${y[i]} at row ${i + 1}`);
    J = Math.max(J, y[i] + 1);
  }
  const counts = new Array(J).fill(0);
  for (let i = 0; i < n; i++) counts[y[i]]++;
  if (J < 3) throw new InvalidParameterError("y", "an ordered model needs at least three categories (use binaryChoice for two)");
  counts.forEach((c, j) => { if (c === 0) throw new DataError("DATA_PARSE", `outcome category ${j} is empty; merge categories`); });
  const F = link === "logit" ? (x: number) => 1 / (1 + Math.exp(-x)) : normalCdf;
  const f1 = link === "logit" ? (x: number) => { const p = 1 / (1 + Math.exp(-x)); return p * (1 - p); } : PHI;
  const f2 = link === "logit" ? (x: number) => { const p = 1 / (1 + Math.exp(-x)); return p * (1 - p) * (1 - 2 * p); } : (x: number) => -x * PHI(x);
  const m = k + J - 1;
  const fn = (th: number[]) => {
    const b = th.slice(0, k), kap = th.slice(k);
    let ll = 0;
    const g = new Array(m).fill(0);
    const H = Array.from({ length: m }, () => new Array(m).fill(0));
    for (let i = 0; i < n; i++) {
      const xb = X[i].reduce((s, v, j) => s + v * b[j], 0);
      const j = y[i];
      const up = j < J - 1 ? kap[j] - xb : Infinity, lo = j > 0 ? kap[j - 1] - xb : -Infinity;
      const Fu = up === Infinity ? 1 : F(up), Fl = lo === -Infinity ? 0 : F(lo);
      const p = Math.max(Fu - Fl, 1e-300);
      ll += Math.log(p);
      const fu = up === Infinity ? 0 : f1(up), fl = lo === -Infinity ? 0 : f1(lo);
      const du = up === Infinity ? 0 : f2(up), dl = lo === -Infinity ? 0 : f2(lo);
      // d p / d theta as a sparse vector: x-part = -(fu - fl) x, kappa_j part fu, kappa_{j-1} part -fl
      const dp = new Array(m).fill(0);
      for (let a = 0; a < k; a++) dp[a] = -(fu - fl) * X[i][a];
      if (j < J - 1) dp[k + j] += fu;
      if (j > 0) dp[k + j - 1] -= fl;
      // second derivatives of p
      const d2 = (a: number, c: number): number => {
        const ax = a < k, cx = c < k;
        if (ax && cx) return (du - dl) * X[i][a] * X[i][c];
        const xIdx = ax ? a : cx ? c : -1;
        const kIdx = ax ? c : a;
        if (xIdx >= 0) {
          if (kIdx - k === j && j < J - 1) return -du * X[i][xIdx];
          if (kIdx - k === j - 1 && j > 0) return dl * X[i][xIdx];
          return 0;
        }
        if (a !== c) return 0;
        if (a - k === j && j < J - 1) return du;
        if (a - k === j - 1 && j > 0) return -dl;
        return 0;
      };
      for (let a = 0; a < m; a++) {
        g[a] += dp[a] / p;
        for (let c = 0; c <= a; c++) H[a][c] += d2(a, c) / p - (dp[a] * dp[c]) / (p * p);
      }
    }
    for (let a = 0; a < m; a++) for (let c = a + 1; c < m; c++) H[a][c] = H[c][a];
    return { ll, g, H };
  };
  // start: b = 0, cutpoints at the cumulative shares
  let cum = 0;
  const start = new Array(k).fill(0);
  for (let j = 0; j < J - 1; j++) { cum += counts[j] / n; start.push(link === "logit" ? Math.log(cum / (1 - cum)) : inverseNormal(cum)); }
  const r = newton(start, fn, `ordered ${link} model`);
  let llNull = 0;
  for (const c of counts) llNull += c * Math.log(c / n);
  const scores: number[][] = [];
  const cutNames = Array.from({ length: J - 1 }, (_, j) => `cut${j + 1}`);
  // per-observation scores for robust/cluster SEs (numerical, from the analytic per-observation gradient)
  if (opts.se === "robust" || opts.se === "cluster" || opts.clusters) {
    for (let i = 0; i < n; i++) {
      const one = orderedObsGradient(r.theta, X[i], y[i], k, J, F, f1);
      scores.push(one);
    }
  }
  const res = finish(`ordered ${link}`, [...names, ...cutNames], r.theta, r.ll, llNull, r.H, scores, n, r.iterations, { type: opts.se, clusters: opts.clusters });
  return { ...res, cutpoints: r.theta.slice(k) };
}

function orderedObsGradient(th: number[], x: number[], j: number, k: number, J: number, F: (x: number) => number, f1: (x: number) => number): number[] {
  const b = th.slice(0, k), kap = th.slice(k);
  const xb = x.reduce((s, v, a) => s + v * b[a], 0);
  const up = j < J - 1 ? kap[j] - xb : Infinity, lo = j > 0 ? kap[j - 1] - xb : -Infinity;
  const p = Math.max((up === Infinity ? 1 : F(up)) - (lo === -Infinity ? 0 : F(lo)), 1e-300);
  const fu = up === Infinity ? 0 : f1(up), fl = lo === -Infinity ? 0 : f1(lo);
  const g = new Array(k + J - 1).fill(0);
  for (let a = 0; a < k; a++) g[a] = (-(fu - fl) * x[a]) / p;
  if (j < J - 1) g[k + j] += fu / p;
  if (j > 0) g[k + j - 1] -= fl / p;
  return g;
}

function inverseNormal(p: number): number {
  // bisection on the normal cdf (only used for starting values)
  let lo = -10, hi = 10;
  for (let i = 0; i < 80; i++) { const m = (lo + hi) / 2; if (normalCdf(m) < p) lo = m; else hi = m; }
  return (lo + hi) / 2;
}

/**
 * Multinomial logit with base category 0: P(y = j) = exp(x'b_j) / (1 + sum_l exp(x'b_l)), j = 1..J-1.
 * Parameters ordered by category: b_1 (k values), b_2, ...
 */
export function multinomialLogit(y: ArrayLike<number>, X: number[][], opts: { names?: string[]; se?: "classical" | "robust" | "cluster"; clusters?: ArrayLike<number | string> } = {}): DiscreteResult & { categories: number } {
  const names = validateXY(y, X, opts.names);
  const n = y.length, k = X[0].length;
  let J = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isInteger(y[i]) || y[i] < 0) throw new DataError("DATA_PARSE", `multinomial outcome must be 0, 1, 2, ...; got ${y[i]} at row ${i + 1}`);
    J = Math.max(J, y[i] + 1);
  }
  const counts = new Array(J).fill(0);
  for (let i = 0; i < n; i++) counts[y[i]]++;
  counts.forEach((c, j) => { if (c === 0) throw new DataError("DATA_PARSE", `outcome category ${j} is empty; merge categories`); });
  const m = k * (J - 1);
  const probs = (th: number[], x: number[]) => {
    const e = [1];
    for (let j = 1; j < J; j++) e.push(Math.exp(x.reduce((s, v, a) => s + v * th[(j - 1) * k + a], 0)));
    const tot = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / tot);
  };
  const fn = (th: number[]) => {
    let ll = 0;
    const g = new Array(m).fill(0);
    const H = Array.from({ length: m }, () => new Array(m).fill(0));
    for (let i = 0; i < n; i++) {
      const p = probs(th, X[i]);
      ll += Math.log(Math.max(p[y[i]], 1e-300));
      for (let j = 1; j < J; j++) {
        const r = (y[i] === j ? 1 : 0) - p[j];
        for (let a = 0; a < k; a++) g[(j - 1) * k + a] += r * X[i][a];
        for (let l = 1; l < J; l++) {
          const w = p[j] * ((j === l ? 1 : 0) - p[l]);
          for (let a = 0; a < k; a++) for (let c = 0; c < k; c++) H[(j - 1) * k + a][(l - 1) * k + c] -= w * X[i][a] * X[i][c];
        }
      }
    }
    return { ll, g, H };
  };
  const r = newton(new Array(m).fill(0), fn, "multinomial logit");
  let llNull = 0;
  for (const c of counts) llNull += c * Math.log(c / n);
  const scores = (opts.se === "robust" || opts.se === "cluster" || opts.clusters) ? X.map((x, i) => {
    const p = probs(r.theta, x);
    const s = new Array(m).fill(0);
    for (let j = 1; j < J; j++) for (let a = 0; a < k; a++) s[(j - 1) * k + a] = ((y[i] === j ? 1 : 0) - p[j]) * x[a];
    return s;
  }) : [];
  const allNames: string[] = [];
  for (let j = 1; j < J; j++) for (const nm of names) allNames.push(`${nm}[${j}]`);
  return { ...finish("multinomial logit", allNames, r.theta, r.ll, llNull, r.H, scores, n, r.iterations, { type: opts.se, clusters: opts.clusters }), categories: J };
}
