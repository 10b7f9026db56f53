/**
 * Discrete-choice models by Newton-Raphson with analytic gradients and Hessians, on typed arrays:
 *  - binary logit and probit (McCullagh & Nelder 1989, ch. 4; Greene 2018, ch. 17), optional
 *    frequency weights;
 *  - ordered logit and probit (McCullagh 1980): P(y <= j | x) = F(kappa_j - x'b), the
 *    parameterisation of R's MASS::polr and statsmodels' OrderedModel;
 *  - multinomial logit with category 0 as the base (R's nnet::multinom, statsmodels' MNLogit);
 *  - conditional (fixed-effects) logit for 1:M matched designs (statsmodels' ConditionalLogit,
 *    R's survival::clogit), with classical, group-robust and clustered standard errors.
 * Standard errors: classical (inverse observed information), robust sandwich HC0 and HC1 (factor
 * N/(N-K)), and clustered (Liang & Zeger 1986) with the small-sample factor G/(G-1) (N-1)/(N-K)
 * that Stata, statsmodels and R's sandwich::vcovCL use. Average marginal effects (with delta-method
 * standard errors for the binary models), predicted probabilities, likelihood-ratio tests and Wald
 * tests of linear restrictions with the fit's own (possibly cluster-robust) covariance;
 * Firth's penalised logit for separated data (`firthLogit`).
 *
 * Bad input fails before or during the fit with a typed error that says what to do: missing values
 * (row and column named), a non-varying outcome, empty categories, constant or collinear regressors
 * (named), quasi-complete separation by a 0/1 regressor (named with its level), and coefficients
 * that diverge during Newton (separation by a continuous regressor). Infinite coefficients are never
 * returned as results.
 */
import { ConvergenceError, DataError, InvalidParameterError, NumericalError } from "../core/errors";
import { choleskyInto } from "../core/linalg";
import { chi2Sf, normalCdf, normalCdf2, normalQuantile } from "./distributions";

export type Link = "logit" | "probit";
/**
 * "robust" is HC0 (no small-sample factor); "hc1" multiplies it by N/(N-K) with K the number of
 * parameters, as R's sandwich::vcovHC(type = "HC1") does (statsmodels' HC1 for these models equals
 * its HC0; Stata's `vce(robust)` after logit uses N/(N-1)).
 */
export type SeType = "classical" | "robust" | "hc1" | "cluster";

export interface SeOptions {
  se?: SeType;
  /** one cluster id per observation (implies se = "cluster" when se is not given) */
  clusters?: ArrayLike<number | string>;
}

export interface FitControl {
  maxIter?: number;
  /** convergence when the largest Newton step is below tol */
  tol?: number;
}

export interface DiscreteResult {
  model: string;
  link: Link;
  names: string[];
  coef: number[];
  stderr: number[];
  z: number[];
  pvalues: number[];
  covariance: number[][];
  llf: number;
  llNull: number;
  /** McFadden's 1 - llf / llNull */
  pseudoR2: number;
  aic: number;
  bic: number;
  nobs: number;
  /** number of regressors k (columns of X) */
  nRegressors: number;
  iterations: number;
  seType: SeType;
  /** number of clusters when seType is "cluster" */
  nClusters?: number;
  /** X has a constant column (binary and multinomial models; the ordered model's cutpoints play its role) */
  hasConstant: boolean;
}

export interface OrderedResult extends DiscreteResult {
  cutpoints: number[];
  categories: number;
}

export interface MultinomialResult extends DiscreteResult {
  categories: number;
}

const SQRT2PI = Math.sqrt(2 * Math.PI);
const phi = (x: number) => Math.exp(-0.5 * x * x) / SQRT2PI;
const logistic = (x: number) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));

/** Row-major design matrix. */
interface Design {
  n: number;
  k: number;
  x: Float64Array;
}

function toDesign(X: ArrayLike<ArrayLike<number>>, names: string[] | undefined, what: string): { d: Design; names: string[] } {
  const isRows = (v: unknown) => v !== null && v !== undefined && typeof v !== "string" && typeof (v as ArrayLike<unknown>).length === "number";
  if (!isRows(X)) throw new InvalidParameterError("X", `${what}: must be an array of rows, got ${X === null ? "null" : typeof X}`);
  const n = X.length;
  if (n === 0) throw new DataError("TOO_FEW_OBSERVATIONS", `${what}: no observations (N = 0); X has no rows`, { n: 0 });
  if (!isRows(X[0])) throw new InvalidParameterError("X", `${what}: row 1 is not an array of numbers`);
  const k = X[0].length;
  if (k === 0) throw new InvalidParameterError("X", "has no columns");
  const nm = names ?? Array.from({ length: k }, (_, j) => `x${j + 1}`);
  if (nm.length !== k) throw new InvalidParameterError("names", `has ${nm.length} names for ${k} columns of X`);
  const x = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    const r = X[i];
    if (!isRows(r)) throw new InvalidParameterError("X", `${what}: row ${i + 1} is not an array of numbers`);
    if (r.length !== k) throw new InvalidParameterError("X", `row ${i + 1} has ${r.length} values, row 1 has ${k}`);
    for (let j = 0; j < k; j++) {
      const v = r[j];
      if (!Number.isFinite(v)) throw new DataError("DATA_MISSING_VALUE", `missing or non-finite value of '${nm[j]}' at row ${i + 1}; drop incomplete rows first`, { row: i + 1, column: nm[j] });
      x[i * k + j] = v;
    }
  }
  return { d: { n, k, x }, names: nm };
}

/**
 * N <= K leaves no degrees of freedom: the likelihood is maximised by a perfect fit (infinite or
 * arbitrary coefficients) and the information matrix is singular. Refuse it by name before Newton.
 */
function requireMoreObservations(what: string, n: number, k: number, parameters: string, rows = "observations"): void {
  if (n <= k) throw new DataError("TOO_FEW_OBSERVATIONS", `${what}: N = ${n} ${rows} for K = ${k} parameters (${parameters}); the model needs N > K. Drop regressors or add observations.`, { n, k });
}

function checkOutcome(y: ArrayLike<number>, n: number): void {
  if (y.length !== n) throw new InvalidParameterError("y", `has ${y.length} values, X has ${n} rows`);
  for (let i = 0; i < n; i++) if (!Number.isFinite(y[i])) throw new DataError("DATA_MISSING_VALUE", `missing outcome at row ${i + 1}; drop incomplete rows first`, { row: i + 1 });
}

/** Integer outcome 0..J-1 with every category observed. */
function categoricalOutcome(y: ArrayLike<number>, n: number, what: string): { J: number; counts: number[] } {
  checkOutcome(y, n);
  let J = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isInteger(y[i]) || y[i] < 0) throw new DataError("DATA_PARSE", `${what} outcome must be coded 0, 1, 2, ...; got ${y[i]} at row ${i + 1}`);
    J = Math.max(J, y[i] + 1);
  }
  const counts = new Array(J).fill(0);
  for (let i = 0; i < n; i++) counts[y[i]]++;
  counts.forEach((c, j) => {
    if (c === 0) throw new DataError("DATA_PARSE", `${what}: outcome category ${j} has no observations; recode the outcome to consecutive categories or merge categories`, { category: j });
  });
  return { J, counts };
}

/** Small dense Cholesky of an m x m SPD matrix (row-major); returns null if not positive definite. */
function cholesky(A: Float64Array, m: number): Float64Array | null {
  const L = new Float64Array(m * m);
  let maxDiag = 0;
  for (let j = 0; j < m; j++) maxDiag = Math.max(maxDiag, Math.abs(A[j * m + j]));
  return choleskyInto(A, m, L, 1e-13 * maxDiag) < 0 ? L : null;
}

function cholSolve(L: Float64Array, m: number, b: Float64Array): Float64Array {
  const z = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let s = b[i];
    for (let p = 0; p < i; p++) s -= L[i * m + p] * z[p];
    z[i] = s / L[i * m + i];
  }
  for (let i = m - 1; i >= 0; i--) {
    let s = z[i];
    for (let p = i + 1; p < m; p++) s -= L[p * m + i] * z[p];
    z[i] = s / L[i * m + i];
  }
  return z;
}

function cholInverse(L: Float64Array, m: number): Float64Array {
  const inv = new Float64Array(m * m);
  const e = new Float64Array(m);
  for (let c = 0; c < m; c++) {
    e.fill(0);
    e[c] = 1;
    const col = cholSolve(L, m, e);
    for (let r = 0; r < m; r++) inv[r * m + c] = col[r];
  }
  return inv;
}

/**
 * Constant or collinear regressors, found before fitting: Cholesky of the column-scaled X'X (with a
 * constant column prepended when the model has an implicit intercept, as the ordered model's
 * cutpoints are). The first column that is (numerically) a combination of earlier ones is named.
 */
function checkRank(d: Design, names: string[], implicitIntercept: boolean, what: string): void {
  const { n, k, x } = d;
  const m = k + (implicitIntercept ? 1 : 0);
  const col = (i: number, j: number) => (implicitIntercept ? (j === 0 ? 1 : x[i * k + j - 1]) : x[i * k + j]);
  const label = (j: number) => (implicitIntercept ? (j === 0 ? "the cutpoints (intercepts)" : `'${names[j - 1]}'`) : `'${names[j]}'`);
  const G = new Float64Array(m * m);
  for (let i = 0; i < n; i++) for (let a = 0; a < m; a++) { const va = col(i, a); if (va === 0) continue; for (let b = 0; b <= a; b++) G[a * m + b] += va * col(i, b); }
  for (let a = 0; a < m; a++) {
    if (G[a * m + a] === 0) throw new NumericalError("SINGULAR_MATRIX", `${what}: regressor ${label(a)} is zero in every row; drop it.`, { column: implicitIntercept ? names[a - 1] : names[a] });
    for (let b = 0; b < a; b++) G[b * m + a] = G[a * m + b];
  }
  const s = Array.from({ length: m }, (_, a) => 1 / Math.sqrt(G[a * m + a]));
  for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) G[a * m + b] *= s[a] * s[b];
  const L = new Float64Array(m * m);
  const j = choleskyInto(G, m, L, 1e-10); // unit diagonal after scaling: 1e-10 is a relative floor
  if (j >= 0) {
    const others = Array.from({ length: j }, (_, p) => label(p)).join(", ");
    const hint = implicitIntercept && j > 0 ? " (a constant regressor is collinear with the cutpoints: do not include a constant in an ordered model)" : "";
    throw new NumericalError("SINGULAR_MATRIX", `${what}: regressor ${label(j)} is constant or a linear combination of ${others || "earlier regressors"}${hint}; drop it or recode.`, { column: implicitIntercept ? (j ? names[j - 1] : "(intercept)") : names[j] });
  }
}

/** Indices of columns that take exactly the values 0 and 1. */
function dummyColumns(d: Design): number[] {
  const out: number[] = [];
  for (let j = 0; j < d.k; j++) {
    let zero = 0, one = 0, other = 0;
    for (let i = 0; i < d.n; i++) { const v = d.x[i * d.k + j]; if (v === 0) zero++; else if (v === 1) one++; else { other++; break; } }
    if (!other && zero && one) out.push(j);
  }
  return out;
}

/**
 * Quasi-complete separation by a 0/1 regressor: some outcome category never occurs at one level of
 * the dummy (binary, multinomial), or the dummy splits the ordered outcome (every row with the
 * dummy at 1 is at or above every row with it at 0, or the reverse). The MLE of that coefficient is
 * infinite, so we refuse to fit.
 */
function checkDummySeparation(d: Design, names: string[], y: ArrayLike<number>, J: number, kind: "categorical" | "ordered", what: string): void {
  for (const j of dummyColumns(d)) {
    const cnt = [new Array(J).fill(0), new Array(J).fill(0)];
    for (let i = 0; i < d.n; i++) cnt[d.x[i * d.k + j]][y[i]]++;
    if (kind === "categorical") {
      for (const lev of [0, 1]) for (let c = 0; c < J; c++) {
        if (cnt[lev][c] === 0) {
          const nLev = cnt[lev].reduce((a, b) => a + b, 0);
          throw new ConvergenceError("NO_CONVERGENCE", `${what}: quasi-complete separation — no observation with '${names[j]}' = ${lev} has outcome ${c} (${nLev} rows at that level), so its coefficient would be infinite. Drop or recode '${names[j]}', merge outcome categories, or use penalised estimation (firthLogit for a binary logit).`, { column: names[j], level: lev, category: c });
        }
      }
    } else {
      const range = [0, 1].map((lev) => { let lo = J, hi = -1; for (let c = 0; c < J; c++) if (cnt[lev][c]) { lo = Math.min(lo, c); hi = Math.max(hi, c); } return [lo, hi]; });
      if (range[1][0] >= range[0][1] || range[0][0] >= range[1][1]) {
        throw new ConvergenceError("NO_CONVERGENCE", `${what}: quasi-complete separation — '${names[j]}' splits the ordered outcome (categories ${range[0][0]}-${range[0][1]} at 0, ${range[1][0]}-${range[1][1]} at 1), so its coefficient would be infinite. Drop or recode '${names[j]}' or merge categories.`, { column: names[j] });
      }
    }
  }
}

/** Standard deviation of each column (1 for constant columns) — to judge coefficient size. */
function columnScale(d: Design): Float64Array {
  const s = new Float64Array(d.k);
  for (let j = 0; j < d.k; j++) {
    let m = 0, q = 0;
    for (let i = 0; i < d.n; i++) m += d.x[i * d.k + j];
    m /= d.n;
    for (let i = 0; i < d.n; i++) q += (d.x[i * d.k + j] - m) ** 2;
    const sd = Math.sqrt(q / d.n);
    s[j] = sd > 0 ? sd : 1;
  }
  return s;
}

/**
 * Separation shows as a coefficient that grows without bound while the likelihood creeps up:
 * we stop when a regressor's coefficient times its standard deviation exceeds 25 on the latent
 * (logit or probit) scale — a one-s.d. change moving the odds by e^25 — and name the regressor.
 */
function divergenceCheck(scale: Float64Array, names: string[], blocks: number, what: string, constant?: Uint8Array) {
  const k = scale.length;
  return (th: Float64Array): void => {
    let worst = -1, worstV = 0, worstSlope = -1, worstSlopeV = 0;
    for (let b = 0; b < blocks; b++) for (let j = 0; j < k; j++) {
      const v = Math.abs(th[b * k + j]) * scale[j];
      const vv = Number.isFinite(v) ? v : Infinity;
      if (vv > worstV) { worstV = vv; worst = b * k + j; }
      if (!(constant && constant[j]) && vv > worstSlopeV) { worstSlopeV = vv; worstSlope = b * k + j; }
    }
    if (worstV <= 25) return;
    // name the slope that runs away if there is one (the intercept then diverges with it)
    const at = worstSlope >= 0 && worstSlopeV > 5 ? worstSlope : worst;
    const j = at % k, b = Math.floor(at / k);
    throw new ConvergenceError("NO_CONVERGENCE", `${what}: the coefficient of '${names[j]}'${blocks > 1 ? ` (category ${b + 1})` : ""} diverges (${th[at].toPrecision(3)}, standardised ${(Math.abs(th[at]) * scale[j]).toFixed(1)}): the outcome is (quasi-)perfectly separated by this regressor or a combination of regressors. Drop or recode it, merge outcome categories, or use penalised estimation (firthLogit for a binary logit).`, { column: names[j] });
  };
}

/** 1 for columns that are constant (intercepts). */
function constantColumns(d: Design): Uint8Array {
  const c = new Uint8Array(d.k);
  for (let j = 0; j < d.k; j++) { let same = 1; for (let i = 1; i < d.n; i++) if (d.x[i * d.k + j] !== d.x[j]) { same = 0; break; } c[j] = same; }
  return c;
}

type Objective = (th: Float64Array, g: Float64Array, H: Float64Array) => number;

/** Newton-Raphson with step halving on a concave log-likelihood. */
function newton(theta0: ArrayLike<number>, f: Objective, what: string, guard: (th: Float64Array) => void, ctl: FitControl): { theta: Float64Array; ll: number; H: Float64Array; iterations: number } {
  const m = theta0.length;
  const maxIter = ctl.maxIter ?? 100, tol = ctl.tol ?? 1e-10;
  let th = Float64Array.from(theta0);
  let g = new Float64Array(m), H = new Float64Array(m * m);
  let ll = f(th, g, H);
  if (!Number.isFinite(ll)) throw new NumericalError("NUMERIC", `${what}: the log-likelihood is not finite at the starting values`);
  const negH = new Float64Array(m * m);
  for (let it = 1; it <= maxIter; it++) {
    for (let i = 0; i < m * m; i++) negH[i] = -H[i];
    const L = cholesky(negH, m);
    if (!L) throw new NumericalError("SINGULAR_MATRIX", `${what}: the information matrix is singular at iteration ${it} — regressors are (nearly) collinear, or a category is (nearly) perfectly predicted. Drop the offending regressor or merge categories.`);
    const step = cholSolve(L, m, g);
    let lambda = 1;
    const g2 = new Float64Array(m), H2 = new Float64Array(m * m), nth = new Float64Array(m);
    let ll2 = -Infinity;
    for (let h = 0; h < 50; h++) {
      for (let i = 0; i < m; i++) nth[i] = th[i] + lambda * step[i];
      ll2 = f(nth, g2, H2);
      if (Number.isFinite(ll2) && ll2 >= ll - 1e-10 * (1 + Math.abs(ll))) break;
      lambda /= 2;
    }
    if (!Number.isFinite(ll2)) throw new NumericalError("NUMERIC", `${what}: the log-likelihood became non-finite; rescale the regressors`);
    let change = 0;
    for (let i = 0; i < m; i++) change = Math.max(change, Math.abs(lambda * step[i]) / Math.max(1, Math.abs(nth[i])));
    const improvement = ll2 - ll;
    th = Float64Array.from(nth);
    ll = ll2; g = g2; H = H2;
    guard(th);
    let gmax = 0;
    for (let i = 0; i < m; i++) gmax = Math.max(gmax, Math.abs(g[i]));
    if (change < tol || (Math.abs(improvement) < 1e-15 * (1 + Math.abs(ll)) && gmax < 1e-8)) return { theta: th, ll, H, iterations: it };
  }
  throw new ConvergenceError("NO_CONVERGENCE", `${what}: Newton did not converge in ${maxIter} iterations; check for separation (an outcome category perfectly predicted), rescale the regressors, or raise maxIter.`);
}

/** Covariance, standard errors and summary statistics from the Hessian and per-observation scores. */
function finish(model: string, link: Link, names: string[], theta: Float64Array, ll: number, llNull: number, H: Float64Array, scores: Float64Array | null, nobs: number, k: number, iterations: number, se: SeOptions, nEff = nobs): DiscreteResult {
  const m = theta.length;
  const negH = H.map((v) => -v);
  const L = cholesky(negH, m);
  if (!L) throw new NumericalError("SINGULAR_MATRIX", `${model}: the information matrix at the estimate is singular; a regressor is collinear or a category is perfectly predicted.`);
  const Hinv = cholInverse(L, m);
  const type: SeType = se.se ?? (se.clusters ? "cluster" : "classical");
  let cov = Hinv;
  let nClusters: number | undefined;
  if (type !== "classical") {
    if (!scores) throw new InvalidParameterError("se", "internal: scores missing");
    const meat = new Float64Array(m * m);
    let factor = 1;
    const addOuter = (s: ArrayLike<number>) => { for (let a = 0; a < m; a++) { const sa = s[a]; if (sa === 0) continue; for (let b = 0; b < m; b++) meat[a * m + b] += sa * s[b]; } };
    if (type === "robust" || type === "hc1") {
      for (let i = 0; i < nobs; i++) addOuter(scores.subarray(i * m, (i + 1) * m));
      if (type === "hc1") factor = nEff / (nEff - m);
    } else {
      if (!se.clusters || se.clusters.length !== nobs) throw new InvalidParameterError("clusters", `needs one cluster id per observation (${nobs}), got ${se.clusters ? se.clusters.length : 0}`);
      const sums = new Map<string, Float64Array>();
      for (let i = 0; i < nobs; i++) {
        const key = String(se.clusters[i]);
        let acc = sums.get(key);
        if (!acc) { acc = new Float64Array(m); sums.set(key, acc); }
        for (let a = 0; a < m; a++) acc[a] += scores[i * m + a];
      }
      for (const s of sums.values()) addOuter(s);
      const G = sums.size;
      if (G < 2) throw new InvalidParameterError("clusters", "needs at least two clusters");
      nClusters = G;
      factor = (G / (G - 1)) * ((nEff - 1) / (nEff - m));
    }
    // cov = factor * Hinv meat Hinv
    const tmp = new Float64Array(m * m);
    for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) { let s = 0; for (let c = 0; c < m; c++) s += Hinv[a * m + c] * meat[c * m + b]; tmp[a * m + b] = s; }
    cov = new Float64Array(m * m);
    for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) { let s = 0; for (let c = 0; c < m; c++) s += tmp[a * m + c] * Hinv[c * m + b]; cov[a * m + b] = factor * s; }
  }
  const covariance = Array.from({ length: m }, (_, a) => Array.from(cov.subarray(a * m, (a + 1) * m)));
  const stderr = covariance.map((r, a) => Math.sqrt(r[a]));
  const coef = Array.from(theta);
  const z = coef.map((b, a) => b / stderr[a]);
  return {
    model, link, names, coef, stderr, z, pvalues: z.map(normalCdf2), covariance, llf: ll, llNull, pseudoR2: 1 - ll / llNull,
    aic: -2 * ll + 2 * m, bic: -2 * ll + Math.log(nEff) * m, nobs, nRegressors: k, iterations, seType: type, nClusters, hasConstant: true,
  };
}

const needScores = (o: SeOptions) => (o.se !== undefined && o.se !== "classical") || (o.se === undefined && !!o.clusters);

// ---------------------------------------------------------------------------------------------
// binary logit / probit

/** Binary logit or probit of y (0/1) on X (include a constant column yourself). */
export function binaryChoice(y: ArrayLike<number>, X: ArrayLike<ArrayLike<number>>, opts: { link?: Link; names?: string[]; weights?: ArrayLike<number> } & SeOptions & FitControl = {}): DiscreteResult {
  const link = opts.link ?? "logit";
  const what = `binary ${link}`;
  const { d, names } = toDesign(X, opts.names, what);
  const { n, k, x } = d;
  checkOutcome(y, n);
  const w = opts.weights ?? null;
  if (w && w.length !== n) throw new InvalidParameterError("weights", `has ${w.length} values for ${n} observations`);
  let ones = 0, tot = 0, nPositive = 0;
  for (let i = 0; i < n; i++) {
    if (y[i] !== 0 && y[i] !== 1) throw new DataError("DATA_PARSE", `${what}: the outcome must be 0 or 1, got ${y[i]} at row ${i + 1}`, { row: i + 1 });
    const wi = w ? w[i] : 1;
    if (!(wi >= 0) || !Number.isFinite(wi)) throw new InvalidParameterError("weights", `must be finite and non-negative (row ${i + 1})`);
    ones += wi * y[i]; tot += wi;
    if (wi > 0) nPositive++;
  }
  if (ones === 0 || ones === tot) throw new DataError("DATA_PARSE", `${what}: the outcome does not vary (all ${ones === 0 ? 0 : 1}): nothing to estimate`);
  // rows with weight 0 carry no information, so they do not count towards N
  requireMoreObservations(what, nPositive, k, `${k} regressor(s)`, w ? "observations with positive weight" : "observations");
  checkRank(d, names, false, what);
  checkDummySeparation(d, names, y, 2, "categorical", what);
  // per-observation log-likelihood pieces: li, first (gi) and second (hi) derivative in x'b
  const piece = (i: number, xb: number): [number, number, number] => {
    if (link === "logit") {
      const p = logistic(xb);
      const li = y[i] ? -Math.log1p(Math.exp(-xb)) : -Math.log1p(Math.exp(xb));
      return [Number.isFinite(li) ? li : y[i] ? xb : -xb, y[i] - p, -p * (1 - p)];
    }
    const q = 2 * y[i] - 1;
    const P = normalCdf(q * xb);
    // inverse Mills ratio with its asymptotic form in the far tail (P underflows below about -37)
    const lam = P > 1e-300 ? (q * phi(xb)) / P : q * (-q * xb);
    const li = P > 1e-300 ? Math.log(P) : -0.5 * xb * xb - Math.log(-q * xb * SQRT2PI);
    return [li, lam, -lam * (lam + xb)];
  };
  const f: Objective = (b, g, H) => {
    g.fill(0); H.fill(0);
    let ll = 0;
    for (let i = 0; i < n; i++) {
      const wi = w ? w[i] : 1;
      if (wi === 0) continue;
      const o = i * k;
      let xb = 0;
      for (let j = 0; j < k; j++) xb += x[o + j] * b[j];
      const [li, gi, hi] = piece(i, xb);
      ll += wi * li;
      for (let a = 0; a < k; a++) {
        const xa = x[o + a];
        g[a] += wi * gi * xa;
        const t = wi * hi * xa;
        for (let c = 0; c <= a; c++) H[a * k + c] += t * x[o + c];
      }
    }
    for (let a = 0; a < k; a++) for (let c = a + 1; c < k; c++) H[a * k + c] = H[c * k + a];
    return ll;
  };
  const r = newton(new Float64Array(k), f, what, divergenceCheck(columnScale(d), names, 1, what, constantColumns(d)), opts);
  const pbar = ones / tot;
  const llNull = ones * Math.log(pbar) + (tot - ones) * Math.log(1 - pbar);
  let scores: Float64Array | null = null;
  if (needScores(opts)) {
    scores = new Float64Array(n * k);
    for (let i = 0; i < n; i++) {
      const wi = w ? w[i] : 1;
      let xb = 0;
      for (let j = 0; j < k; j++) xb += x[i * k + j] * r.theta[j];
      const gi = piece(i, xb)[1];
      for (let j = 0; j < k; j++) scores[i * k + j] = wi * gi * x[i * k + j];
    }
  }
  return { ...finish(what, link, names, r.theta, r.ll, llNull, r.H, scores, n, k, r.iterations, opts, w ? tot : n), hasConstant: constantColumns(d).some((v, j) => v === 1 && d.x[j] !== 0) };
}

/**
 * Firth's (1993) penalised-likelihood logit: maximises log L(b) + 0.5 log det(X'WX), whose
 * estimates are finite under separation and have O(1/n) bias removed (Heinze & Schemper 2002).
 * The modified score is X'(y - p + h (1/2 - p)), h the diagonal of the hat matrix
 * W^1/2 X (X'WX)^-1 X' W^1/2; we take Fisher-scoring steps (X'WX)^-1 U* with step halving on the
 * penalised log-likelihood, as R's logistf and brglm2 (type "AS_mean") do. Standard errors come
 * from (X'WX)^-1 at the estimate; `llf` is the unpenalised log-likelihood there, `penalizedLlf`
 * the objective. Use it when binaryChoice reports separation.
 */
export function firthLogit(y: ArrayLike<number>, X: ArrayLike<ArrayLike<number>>, opts: { names?: string[] } & FitControl = {}): DiscreteResult & { penalizedLlf: number } {
  const what = "Firth logit";
  const { d, names } = toDesign(X, opts.names, what);
  const { n, k, x } = d;
  checkOutcome(y, n);
  let ones = 0;
  for (let i = 0; i < n; i++) {
    if (y[i] !== 0 && y[i] !== 1) throw new DataError("DATA_PARSE", `${what}: the outcome must be 0 or 1, got ${y[i]} at row ${i + 1}`, { row: i + 1 });
    ones += y[i];
  }
  if (ones === 0 || ones === n) throw new DataError("DATA_PARSE", `${what}: the outcome does not vary: nothing to estimate`);
  requireMoreObservations(what, n, k, `${k} regressor(s)`);
  checkRank(d, names, false, what);
  const maxIter = opts.maxIter ?? 200, tol = opts.tol ?? 1e-10;
  const p = new Float64Array(n), I = new Float64Array(k * k);
  // evaluates p, I = X'WX and its Cholesky factor; returns [penalised ll, ll, L]
  const evaluate = (b: Float64Array): [number, number, Float64Array | null] => {
    I.fill(0);
    let ll = 0;
    for (let i = 0; i < n; i++) {
      let xb = 0;
      for (let j = 0; j < k; j++) xb += x[i * k + j] * b[j];
      p[i] = logistic(xb);
      const li = y[i] ? -Math.log1p(Math.exp(-xb)) : -Math.log1p(Math.exp(xb));
      ll += Number.isFinite(li) ? li : y[i] ? xb : -xb;
      const w = p[i] * (1 - p[i]);
      for (let a = 0; a < k; a++) { const t = w * x[i * k + a]; for (let c = 0; c <= a; c++) I[a * k + c] += t * x[i * k + c]; }
    }
    for (let a = 0; a < k; a++) for (let c = a + 1; c < k; c++) I[a * k + c] = I[c * k + a];
    const L = cholesky(I, k);
    if (!L) return [-Infinity, ll, null];
    let logdet = 0;
    for (let a = 0; a < k; a++) logdet += 2 * Math.log(L[a * k + a]);
    return [ll + 0.5 * logdet, ll, L];
  };
  let b = new Float64Array(k);
  let [pll, ll, L] = evaluate(b);
  if (!L) throw new NumericalError("SINGULAR_MATRIX", `${what}: X'WX is singular at the start`);
  for (let it = 1; it <= maxIter; it++) {
    const Iinv = cholInverse(L!, k);
    const U = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      let h = 0;
      const w = p[i] * (1 - p[i]);
      for (let a = 0; a < k; a++) { let t = 0; for (let c = 0; c < k; c++) t += Iinv[a * k + c] * x[i * k + c]; h += x[i * k + a] * t; }
      h *= w;
      const r = y[i] - p[i] + h * (0.5 - p[i]);
      for (let a = 0; a < k; a++) U[a] += r * x[i * k + a];
    }
    const step = cholSolve(L!, k, U);
    let lambda = 1, nb = new Float64Array(k), res: [number, number, Float64Array | null] = [-Infinity, 0, null];
    for (let hlv = 0; hlv < 50; hlv++) {
      for (let a = 0; a < k; a++) nb[a] = b[a] + lambda * step[a];
      res = evaluate(nb);
      if (res[2] && res[0] >= pll - 1e-10 * (1 + Math.abs(pll))) break;
      lambda /= 2;
    }
    if (!res[2]) throw new NumericalError("NUMERIC", `${what}: X'WX became singular; rescale the regressors`);
    let change = 0;
    for (let a = 0; a < k; a++) change = Math.max(change, Math.abs(lambda * step[a]) / Math.max(1, Math.abs(nb[a])));
    b = Float64Array.from(nb);
    [pll, ll, L] = res;
    if (change < tol) {
      const H = new Float64Array(k * k);
      for (let a = 0; a < k * k; a++) H[a] = -I[a];
      const pbar = ones / n;
      const llNull = ones * Math.log(pbar) + (n - ones) * Math.log(1 - pbar);
      return { ...finish(what, "logit", names, b, ll, llNull, H, null, n, k, it, {}), penalizedLlf: pll, hasConstant: constantColumns(d).some((v, j) => v === 1 && d.x[j] !== 0) };
    }
  }
  throw new ConvergenceError("NO_CONVERGENCE", `${what}: did not converge in ${maxIter} iterations; rescale the regressors or raise maxIter.`);
}

function linkFns(link: Link): { F: (v: number) => number; f: (v: number) => number; df: (v: number) => number } {
  if (link === "logit") return { F: logistic, f: (v) => { const p = logistic(v); return p * (1 - p); }, df: (v) => { const p = logistic(v); return p * (1 - p) * (1 - 2 * p); } };
  return { F: normalCdf, f: phi, df: (v) => -v * phi(v) };
}

/** Predicted probabilities P(y = 1 | x) of a binary model. */
export function predictBinary(res: DiscreteResult, X: ArrayLike<ArrayLike<number>>): number[] {
  const { F } = linkFns(res.link);
  const out: number[] = [];
  for (let i = 0; i < X.length; i++) { let xb = 0; for (let j = 0; j < res.coef.length; j++) xb += X[i][j] * res.coef[j]; out.push(F(xb)); }
  return out;
}

/**
 * Average marginal effect of regressor j in a binary model with its delta-method standard error:
 * the mean over observations of dP/dx_j (continuous), or of P(x_j = 1) - P(x_j = 0) when
 * `discrete` (statsmodels' get_margeff(dummy=True)). The gradient of the AME in b is analytic.
 */
export function marginalEffectBinary(res: DiscreteResult, X: ArrayLike<ArrayLike<number>>, j: number, discrete = false): { ame: number; stderr: number } {
  const { F, f, df } = linkFns(res.link);
  const k = res.coef.length, n = X.length;
  if (j < 0 || j >= k) throw new InvalidParameterError("j", `must index a regressor (0..${k - 1})`, j);
  const b = res.coef;
  let ame = 0;
  const grad = new Float64Array(k);
  const xb = (row: ArrayLike<number>) => { let s = 0; for (let a = 0; a < k; a++) s += row[a] * b[a]; return s; };
  for (let i = 0; i < n; i++) {
    const row = X[i];
    if (discrete) {
      const x1 = Array.from(row), x0 = Array.from(row);
      x1[j] = 1; x0[j] = 0;
      const e1 = xb(x1), e0 = xb(x0);
      ame += F(e1) - F(e0);
      const f1 = f(e1), f0 = f(e0);
      for (let a = 0; a < k; a++) grad[a] += f1 * x1[a] - f0 * x0[a];
    } else {
      const e = xb(row);
      const fe = f(e), dfe = df(e);
      ame += fe * b[j];
      for (let a = 0; a < k; a++) grad[a] += dfe * row[a] * b[j] + (a === j ? fe : 0);
    }
  }
  ame /= n;
  let v = 0;
  for (let a = 0; a < k; a++) for (let c = 0; c < k; c++) v += (grad[a] / n) * res.covariance[a][c] * (grad[c] / n);
  return { ame, stderr: Math.sqrt(v) };
}

/** Average marginal effect only (see marginalEffectBinary). */
export function averageMarginalEffect(res: DiscreteResult, X: ArrayLike<ArrayLike<number>>, j: number, discrete = false): number {
  return marginalEffectBinary(res, X, j, discrete).ame;
}

// ---------------------------------------------------------------------------------------------
// likelihood-ratio tests

/** Likelihood-ratio test of a restricted against an unrestricted fit on the same observations. */
export function lrTest(restricted: DiscreteResult, unrestricted: DiscreteResult): { statistic: number; df: number; pvalue: number } {
  const df = unrestricted.coef.length - restricted.coef.length;
  if (df <= 0) throw new InvalidParameterError("lrTest", "the unrestricted model must have more parameters than the restricted one");
  if (restricted.nobs !== unrestricted.nobs) throw new InvalidParameterError("lrTest", `the fits use different observations (${restricted.nobs} vs ${unrestricted.nobs}); refit on the same rows`);
  const stat = 2 * (unrestricted.llf - restricted.llf);
  if (stat < -1e-6 * (1 + Math.abs(unrestricted.llf))) throw new InvalidParameterError("lrTest", "the restricted model fits better than the unrestricted one: the models are not nested");
  return { statistic: Math.max(stat, 0), df, pvalue: chi2Sf(Math.max(stat, 0), df) };
}

/**
 * LR test of all slopes = 0 against the intercept-only model (cutpoints-only for ordered models).
 * Binary and multinomial fits must include a constant column, else the null model is not nested.
 */
export function lrTestNull(res: DiscreteResult): { statistic: number; df: number; pvalue: number } {
  if (!res.model.startsWith("ordered") && !res.hasConstant) throw new InvalidParameterError("lrTestNull", "the model has no constant column, so the intercept-only model is not nested in it; add a constant or use lrTest against an explicit restricted fit");
  const blocks = res.model === "multinomial logit" ? (res as MultinomialResult).categories - 1 : 1;
  const slopes = res.model.startsWith("ordered") ? res.nRegressors : blocks * (res.nRegressors - 1);
  const stat = 2 * (res.llf - res.llNull);
  return { statistic: stat, df: slopes, pvalue: chi2Sf(Math.max(stat, 0), slopes) };
}

// ---------------------------------------------------------------------------------------------
// ordered logit / probit

/**
 * Ordered logit/probit: P(y <= j) = F(kappa_j - x'b), j = 0..J-2, for y in {0, ..., J-1}.
 * X must NOT contain a constant (the cutpoints play its role). Parameters: b, then kappa.
 */
export function orderedChoice(y: ArrayLike<number>, X: ArrayLike<ArrayLike<number>>, opts: { link?: Link; names?: string[] } & SeOptions & FitControl = {}): OrderedResult {
  const link = opts.link ?? "logit";
  const what = `ordered ${link}`;
  const { d, names } = toDesign(X, opts.names, what);
  const { n, k, x } = d;
  const { J, counts } = categoricalOutcome(y, n, what);
  if (J < 3) throw new InvalidParameterError("y", "an ordered model needs at least three categories (use binaryChoice for two)");
  const m = k + J - 1;
  requireMoreObservations(what, n, m, `${k} regressor(s) + ${J - 1} cutpoints`);
  checkRank(d, names, true, what);
  checkDummySeparation(d, names, y, J, "ordered", what);
  const { F, f: f1, df: f2 } = linkFns(link);
  const du = new Float64Array(m), dl = new Float64Array(m);
  // fills du/dl (derivatives of the upper and lower index in theta); returns [p, fu, fl, dfu, dfl, hasU, hasL]
  const obs = (th: Float64Array, i: number): [number, number, number, number, number, boolean, boolean] => {
    const o = i * k;
    let xb = 0;
    for (let a = 0; a < k; a++) xb += x[o + a] * th[a];
    const j = y[i];
    const hasU = j < J - 1, hasL = j > 0;
    const u = hasU ? th[k + j] - xb : Infinity, l = hasL ? th[k + j - 1] - xb : -Infinity;
    let p: number;
    if (hasU && hasL) p = link === "logit" && l > 0 ? logistic(-l) - logistic(-u) : F(u) - F(l);
    else if (hasU) p = F(u);
    else p = link === "logit" ? logistic(-l) : normalCdf(-l);
    du.fill(0); dl.fill(0);
    for (let a = 0; a < k; a++) { du[a] = -x[o + a]; dl[a] = -x[o + a]; }
    if (hasU) du[k + j] = 1;
    if (hasL) dl[k + j - 1] = 1;
    return [p, hasU ? f1(u) : 0, hasL ? f1(l) : 0, hasU ? f2(u) : 0, hasL ? f2(l) : 0, hasU, hasL];
  };
  const fn: Objective = (th, g, H) => {
    for (let j = 1; j < J - 1; j++) if (!(th[k + j] > th[k + j - 1])) return -Infinity; // cutpoints must increase
    g.fill(0); H.fill(0);
    let ll = 0;
    for (let i = 0; i < n; i++) {
      const [p0, fu, fl, dfu, dfl] = obs(th, i);
      const p = Math.max(p0, 1e-300);
      ll += Math.log(p);
      // grad p = fu du - fl dl; hess p = dfu du du' - dfl dl dl'
      for (let a = 0; a < m; a++) {
        const ga = (fu * du[a] - fl * dl[a]) / p;
        g[a] += ga;
        for (let c = 0; c <= a; c++) {
          const gc = (fu * du[c] - fl * dl[c]) / p;
          H[a * m + c] += (dfu * du[a] * du[c] - dfl * dl[a] * dl[c]) / p - ga * gc;
        }
      }
    }
    for (let a = 0; a < m; a++) for (let c = a + 1; c < m; c++) H[a * m + c] = H[c * m + a];
    return ll;
  };
  // start: b = 0, cutpoints at the cumulative shares
  const start = new Float64Array(m);
  let cum = 0;
  for (let j = 0; j < J - 1; j++) { cum += counts[j] / n; start[k + j] = link === "logit" ? Math.log(cum / (1 - cum)) : normalQuantile(cum); }
  const scale = columnScale(d);
  const slopeGuard = divergenceCheck(scale, names, 1, what);
  const guard = (th: Float64Array) => {
    slopeGuard(th.subarray(0, k));
    for (let j = 0; j < J - 1; j++) if (Math.abs(th[k + j]) > 50) throw new ConvergenceError("NO_CONVERGENCE", `${what}: cutpoint ${j + 1} diverges (${th[k + j].toPrecision(3)}): a category is (quasi-)perfectly predicted by the regressors. Merge categories or drop the regressor that predicts it.`);
  };
  const r = newton(start, fn, what, guard, opts);
  let llNull = 0;
  for (const c of counts) llNull += c * Math.log(c / n);
  let scores: Float64Array | null = null;
  if (needScores(opts)) {
    scores = new Float64Array(n * m);
    for (let i = 0; i < n; i++) {
      const [p, fu, fl] = obs(r.theta, i);
      for (let a = 0; a < m; a++) scores[i * m + a] = (fu * du[a] - fl * dl[a]) / p;
    }
  }
  const cutNames = Array.from({ length: J - 1 }, (_, j) => `cut${j + 1}|${j + 2}`);
  const res = finish(what, link, [...names, ...cutNames], r.theta, r.ll, llNull, r.H, scores, n, k, r.iterations, opts);
  return { ...res, cutpoints: Array.from(r.theta.subarray(k)), categories: J };
}

/** Predicted category probabilities of an ordered model, one row of J values per row of X. */
export function predictOrdered(res: OrderedResult, X: ArrayLike<ArrayLike<number>>): number[][] {
  const { F } = linkFns(res.link);
  const k = res.nRegressors, J = res.categories;
  return Array.from({ length: X.length }, (_, i) => {
    let xb = 0;
    for (let a = 0; a < k; a++) xb += X[i][a] * res.coef[a];
    const cdf = [0, ...res.cutpoints.map((c) => F(c - xb)), 1];
    return Array.from({ length: J }, (_, j) => cdf[j + 1] - cdf[j]);
  });
}

/** Average marginal effect of continuous regressor j on each category probability of an ordered model. */
export function marginalEffectsOrdered(res: OrderedResult, X: ArrayLike<ArrayLike<number>>, j: number): number[] {
  const { f } = linkFns(res.link);
  const k = res.nRegressors, J = res.categories;
  const out = new Array(J).fill(0);
  for (let i = 0; i < X.length; i++) {
    let xb = 0;
    for (let a = 0; a < k; a++) xb += X[i][a] * res.coef[a];
    const dens = [0, ...res.cutpoints.map((c) => f(c - xb)), 0];
    for (let c = 0; c < J; c++) out[c] += (dens[c] - dens[c + 1]) * res.coef[j];
  }
  return out.map((v) => v / X.length);
}

// ---------------------------------------------------------------------------------------------
// multinomial logit

/**
 * Multinomial logit with base category 0: P(y = j) = exp(x'b_j) / (1 + sum_l exp(x'b_l)),
 * j = 1..J-1. Parameters ordered by category: b_1 (k values), b_2, ... Include a constant in X.
 */
export function multinomialLogit(y: ArrayLike<number>, X: ArrayLike<ArrayLike<number>>, opts: { names?: string[] } & SeOptions & FitControl = {}): MultinomialResult {
  const what = "multinomial logit";
  const { d, names } = toDesign(X, opts.names, what);
  const { n, k, x } = d;
  const { J, counts } = categoricalOutcome(y, n, what);
  if (J < 2) throw new DataError("DATA_PARSE", `${what}: the outcome does not vary: nothing to estimate`);
  const m = k * (J - 1);
  requireMoreObservations(what, n, m, `${k} regressor(s) x ${J - 1} non-base categories`);
  checkRank(d, names, false, what);
  checkDummySeparation(d, names, y, J, "categorical", what);
  const p = new Float64Array(J);
  const probs = (th: Float64Array, i: number) => {
    const o = i * k;
    let mx = 0;
    p[0] = 0;
    for (let j = 1; j < J; j++) { let s = 0; for (let a = 0; a < k; a++) s += x[o + a] * th[(j - 1) * k + a]; p[j] = s; mx = Math.max(mx, s); }
    let tot = 0;
    for (let j = 0; j < J; j++) { p[j] = Math.exp(p[j] - mx); tot += p[j]; }
    for (let j = 0; j < J; j++) p[j] /= tot;
  };
  const fn: Objective = (th, g, H) => {
    g.fill(0); H.fill(0);
    let ll = 0;
    for (let i = 0; i < n; i++) {
      probs(th, i);
      const o = i * k;
      ll += Math.log(Math.max(p[y[i]], 1e-300));
      for (let j = 1; j < J; j++) {
        const r = (y[i] === j ? 1 : 0) - p[j];
        for (let a = 0; a < k; a++) g[(j - 1) * k + a] += r * x[o + a];
        for (let l = 1; l <= j; l++) {
          const w = p[j] * ((j === l ? 1 : 0) - p[l]);
          for (let a = 0; a < k; a++) { const t = w * x[o + a]; for (let c = 0; c < k; c++) H[((j - 1) * k + a) * m + (l - 1) * k + c] -= t * x[o + c]; }
        }
      }
    }
    for (let a = 0; a < m; a++) for (let c = a + 1; c < m; c++) H[a * m + c] = H[c * m + a];
    return ll;
  };
  const r = newton(new Float64Array(m), fn, what, divergenceCheck(columnScale(d), names, J - 1, what, constantColumns(d)), opts);
  let llNull = 0;
  for (const c of counts) llNull += c * Math.log(c / n);
  let scores: Float64Array | null = null;
  if (needScores(opts)) {
    scores = new Float64Array(n * m);
    for (let i = 0; i < n; i++) {
      probs(r.theta, i);
      for (let j = 1; j < J; j++) for (let a = 0; a < k; a++) scores[i * m + (j - 1) * k + a] = ((y[i] === j ? 1 : 0) - p[j]) * x[i * k + a];
    }
  }
  const allNames: string[] = [];
  for (let j = 1; j < J; j++) for (const nm of names) allNames.push(`${nm}[${j}]`);
  return { ...finish(what, "logit", allNames, r.theta, r.ll, llNull, r.H, scores, n, k, r.iterations, opts), categories: J, hasConstant: constantColumns(d).some((v, j) => v === 1 && d.x[j] !== 0) };
}

/** Predicted category probabilities of a multinomial logit, one row of J values per row of X. */
export function predictMultinomial(res: MultinomialResult, X: ArrayLike<ArrayLike<number>>): number[][] {
  const k = res.nRegressors, J = res.categories;
  return Array.from({ length: X.length }, (_, i) => {
    const e = [0];
    for (let j = 1; j < J; j++) { let s = 0; for (let a = 0; a < k; a++) s += X[i][a] * res.coef[(j - 1) * k + a]; e.push(s); }
    const mx = Math.max(...e);
    const ex = e.map((v) => Math.exp(v - mx));
    const tot = ex.reduce((a, b) => a + b, 0);
    return ex.map((v) => v / tot);
  });
}

/**
 * Average marginal effect of regressor j on each category probability of a multinomial logit:
 * continuous, dP_c/dx_j = P_c (b_cj - sum_l P_l b_lj); or `discrete`, P(x_j = 1) - P(x_j = 0).
 */
export function marginalEffectsMultinomial(res: MultinomialResult, X: ArrayLike<ArrayLike<number>>, j: number, discrete = false): number[] {
  const k = res.nRegressors, J = res.categories;
  const out = new Array(J).fill(0);
  const bj = (c: number) => (c === 0 ? 0 : res.coef[(c - 1) * k + j]);
  for (let i = 0; i < X.length; i++) {
    if (discrete) {
      const x1 = Array.from(X[i]), x0 = Array.from(X[i]);
      x1[j] = 1; x0[j] = 0;
      const [p1, p0] = predictMultinomial(res, [x1, x0]);
      for (let c = 0; c < J; c++) out[c] += p1[c] - p0[c];
    } else {
      const P = predictMultinomial(res, [X[i]])[0];
      let bbar = 0;
      for (let c = 0; c < J; c++) bbar += P[c] * bj(c);
      for (let c = 0; c < J; c++) out[c] += P[c] * (bj(c) - bbar);
    }
  }
  return out.map((v) => v / X.length);
}

// ---------------------------------------------------------------------------------------------
// delta-method standard errors for vector-valued functions of the estimates

/**
 * Delta-method standard errors of g(theta) for a vector function g, with the Jacobian by central
 * differences (step 1e-6 max(1, |theta_i|); truncation error about 1e-10 relative for the smooth
 * functions used here). Uses the fit's covariance, so classical, robust or clustered as fitted.
 */
export function deltaMethod(res: DiscreteResult, g: (coef: number[]) => number[]): { value: number[]; stderr: number[] } {
  const th = res.coef.slice();
  const value = g(th);
  const m = th.length, q = value.length;
  const Jc: number[][] = Array.from({ length: q }, () => new Array(m).fill(0));
  for (let a = 0; a < m; a++) {
    const h = 1e-6 * Math.max(1, Math.abs(th[a]));
    const up = th.slice(), dn = th.slice();
    up[a] += h; dn[a] -= h;
    const gu = g(up), gd = g(dn);
    for (let r = 0; r < q; r++) Jc[r][a] = (gu[r] - gd[r]) / (2 * h);
  }
  const stderr = Jc.map((row) => {
    let v = 0;
    for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) v += row[a] * res.covariance[a][b] * row[b];
    return Math.sqrt(Math.max(v, 0));
  });
  return { value, stderr };
}

/** Multinomial-logit average marginal effects of regressor j on each category with delta-method s.e. */
export function marginalEffectsMultinomialSE(res: MultinomialResult, X: ArrayLike<ArrayLike<number>>, j: number, discrete = false): { ame: number[]; stderr: number[] } {
  const r = deltaMethod(res, (coef) => marginalEffectsMultinomial({ ...res, coef }, X, j, discrete));
  return { ame: r.value, stderr: r.stderr };
}

/** Ordered-model average marginal effects of continuous regressor j on each category with delta-method s.e. */
export function marginalEffectsOrderedSE(res: OrderedResult, X: ArrayLike<ArrayLike<number>>, j: number): { ame: number[]; stderr: number[] } {
  const k = res.nRegressors;
  const r = deltaMethod(res, (coef) => marginalEffectsOrdered({ ...res, coef, cutpoints: coef.slice(k) }, X, j));
  return { ame: r.value, stderr: r.stderr };
}

// ---------------------------------------------------------------------------------------------
// conditional (fixed-effects) logit for matched case-control and grouped choice data

export interface ConditionalLogitResult extends DiscreteResult {
  /** groups that entered the likelihood (groups whose outcome does not vary carry no information) */
  nGroups: number;
  /** groups dropped because every outcome in them was 0 or every one 1 */
  droppedGroups: number;
}

/**
 * Conditional logit (Chamberlain 1980; McFadden's choice model with group fixed effects): within
 * each group g, P(row i is the case | one case in g) = exp(x_i'b) / sum_{j in g} exp(x_j'b). The
 * likelihood conditions out anything constant within a group (the matched design's intercepts, so
 * X must not carry a constant or any column constant within every group). Each group must hold
 * exactly one case (y = 1): the 1:M matched case-control design; groups without variation are
 * dropped, as statsmodels' ConditionalLogit and R's survival::clogit do. Newton-Raphson with the
 * analytic gradient and Hessian; standard errors classical (inverse observed information), robust
 * (one score per group) or clustered on `clusters` (one id per row, constant within a group), with
 * the factor G/(G-1) (N-1)/(N-K) of the other models, N the number of groups. `llNull` is the
 * log-likelihood at b = 0, -sum_g log(n_g); `nobs` counts rows of the groups used (the BIC's
 * log N uses the number of groups). Errors: fewer informative groups than coefficients, several
 * cases in a group, a regressor constant within every group or collinear within groups (named),
 * clusters that split a group, and divergence (the case always at an extreme of a regressor).
 */
export function conditionalLogit(y: ArrayLike<number>, X: ArrayLike<ArrayLike<number>>, groups: ArrayLike<number | string>, opts: { names?: string[] } & SeOptions & FitControl = {}): ConditionalLogitResult {
  const what = "conditional logit";
  const { d, names } = toDesign(X, opts.names, what);
  const { n, k, x } = d;
  checkOutcome(y, n);
  if (groups.length !== n) throw new InvalidParameterError("groups", `has ${groups.length} ids for ${n} rows`);
  if (opts.clusters && opts.clusters.length !== n) throw new InvalidParameterError("clusters", `needs one cluster id per row (${n}), got ${opts.clusters.length}`);
  const byGroup = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    if (y[i] !== 0 && y[i] !== 1) throw new DataError("DATA_PARSE", `${what}: the outcome must be 0 or 1, got ${y[i]} at row ${i + 1}`, { row: i + 1 });
    const key = String(groups[i]);
    let rows = byGroup.get(key);
    if (!rows) { rows = []; byGroup.set(key, rows); }
    rows.push(i);
  }
  const used: number[][] = [];
  let dropped = 0;
  for (const [key, rows] of byGroup) {
    const ones = rows.reduce((s, i) => s + y[i], 0);
    if (ones === 0 || ones === rows.length) { dropped++; continue; }
    if (ones > 1) throw new InvalidParameterError("y", `${what}: group '${key}' has ${ones} cases; only one case per group (the 1:M matched design) is supported`);
    used.push(rows);
  }
  if (used.length <= k) throw new DataError("TOO_FEW_OBSERVATIONS", `${what}: ${used.length} usable group(s) (with a case and a control) for K = ${k} coefficient(s), from N = ${n} rows in ${byGroup.size} group(s); the usable groups must outnumber the coefficients (groups whose outcome does not vary, ${dropped} here, carry no information)`, { n, groups: used.length, allGroups: byGroup.size, dropped, k });
  // a column constant within every used group is conditioned out and cannot be estimated
  for (let j = 0; j < k; j++) {
    const varies = used.some((rows) => rows.some((i) => x[i * k + j] !== x[rows[0] * k + j]));
    if (!varies) throw new DataError("DATA_PARSE", `${what}: '${names[j]}' is constant within every group (a constant or a group-level variable); the conditional likelihood removes it, so drop it`, { column: names[j] });
  }
  // collinearity after conditioning: the rank of the design with group means removed
  const nUsed = used.reduce((s, r) => s + r.length, 0);
  const within = new Float64Array(nUsed * k);
  let at = 0;
  for (const rows of used) {
    for (let j = 0; j < k; j++) {
      let mean = 0;
      for (const i of rows) mean += x[i * k + j];
      mean /= rows.length;
      rows.forEach((i, r) => { within[(at + r) * k + j] = x[i * k + j] - mean; });
    }
    at += rows.length;
  }
  checkRank({ n: nUsed, k, x: within }, names, false, `${what} (within groups)`);
  if (opts.clusters) {
    for (const rows of used) for (const i of rows) if (String(opts.clusters[i]) !== String(opts.clusters[rows[0]])) throw new InvalidParameterError("clusters", `${what}: the cluster id changes within group '${String(groups[rows[0]])}'; groups must be nested in clusters`);
  }
  const nRows = nUsed;
  const xb = new Float64Array(n), pr = new Float64Array(n), xbar = new Float64Array(k);
  // group pieces: log-likelihood, score (x_case - xbar) and minus the covariance of x under p
  const group = (rows: number[], b: ArrayLike<number>, g: Float64Array | null, H: Float64Array | null, s: Float64Array | null): number => {
    let mx = -Infinity, caseRow = rows[0];
    for (const i of rows) {
      let v = 0;
      for (let j = 0; j < k; j++) v += x[i * k + j] * b[j];
      xb[i] = v; if (v > mx) mx = v;
      if (y[i] === 1) caseRow = i;
    }
    let den = 0;
    for (const i of rows) { pr[i] = Math.exp(xb[i] - mx); den += pr[i]; }
    xbar.fill(0);
    for (const i of rows) { pr[i] /= den; for (let j = 0; j < k; j++) xbar[j] += pr[i] * x[i * k + j]; }
    const out = s ?? g;
    if (out) for (let j = 0; j < k; j++) out[j] += x[caseRow * k + j] - xbar[j];
    if (H) for (const i of rows) {
      const p = pr[i];
      for (let a = 0; a < k; a++) { const da = x[i * k + a] - xbar[a]; if (da === 0) continue; for (let c = 0; c <= a; c++) H[a * k + c] -= p * da * (x[i * k + c] - xbar[c]); }
    }
    return xb[caseRow] - mx - Math.log(den);
  };
  const f: Objective = (b, g, H) => {
    g.fill(0); H.fill(0);
    let ll = 0;
    for (const rows of used) ll += group(rows, b, g, H, null);
    for (let a = 0; a < k; a++) for (let c = a + 1; c < k; c++) H[a * k + c] = H[c * k + a];
    return ll;
  };
  const r = newton(new Float64Array(k), f, what, divergenceCheck(columnScale(d), names, 1, what), opts);
  const llNull = -used.reduce((s, rows) => s + Math.log(rows.length), 0);
  let scores: Float64Array | null = null;
  let clusters: (number | string)[] | undefined;
  if (needScores(opts)) {
    scores = new Float64Array(used.length * k);
    used.forEach((rows, gi) => { group(rows, r.theta, null, null, scores!.subarray(gi * k, (gi + 1) * k)); });
    if (opts.clusters) clusters = used.map((rows) => opts.clusters![rows[0]]);
  }
  const se: SeOptions = { se: opts.se, clusters };
  const res = finish(what, "logit", names, r.theta, r.ll, llNull, r.H, scores, used.length, k, r.iterations, se);
  return { ...res, nobs: nRows, hasConstant: false, nGroups: used.length, droppedGroups: dropped };
}

// ---------------------------------------------------------------------------------------------
// Wald tests from the fitted covariance (classical, robust or clustered, as fitted)

/**
 * Wald test of R b = r (q linear restrictions, rows of R over the parameters) with the fit's own
 * covariance V: W = (Rb - r)' (R V R')^-1 (Rb - r), chi-squared with q degrees of freedom. With a
 * clustered covariance this is the cluster-robust test that belongs beside clustered standard
 * errors (a likelihood-ratio test assumes independent observations). `r` defaults to zero.
 */
export function waldTest(res: DiscreteResult, R: number[][], r?: number[]): { statistic: number; df: number; pvalue: number; estimate: number[] } {
  const m = res.coef.length, q = R.length;
  if (q === 0) throw new InvalidParameterError("R", "needs at least one restriction");
  R.forEach((row, i) => { if (row.length !== m) throw new InvalidParameterError("R", `row ${i + 1} has ${row.length} entries for ${m} parameters`); });
  const rr = r ?? new Array(q).fill(0);
  if (rr.length !== q) throw new InvalidParameterError("r", `has ${rr.length} values for ${q} restrictions`);
  const est = R.map((row) => row.reduce((s, v, j) => s + v * res.coef[j], 0));
  const dev = Float64Array.from(est, (v, i) => v - rr[i]);
  const RV = R.map((row) => res.covariance[0].map((_, b) => row.reduce((s, v, a) => s + v * res.covariance[a][b], 0)));
  const M = new Float64Array(q * q);
  for (let i = 0; i < q; i++) for (let j = 0; j < q; j++) M[i * q + j] = RV[i].reduce((s, v, b) => s + v * R[j][b], 0);
  const L = cholesky(M, q);
  if (!L) throw new NumericalError("SINGULAR_MATRIX", "waldTest: R V R' is singular; the restrictions are linearly dependent");
  const sol = cholSolve(L, q, dev);
  const stat = dev.reduce((s, v, i) => s + v * sol[i], 0);
  return { statistic: stat, df: q, pvalue: chi2Sf(stat, q), estimate: est };
}

/** Wald test that the named coefficients are all zero (a convenience over waldTest). */
export function waldTestZero(res: DiscreteResult, indices: number[]): { statistic: number; df: number; pvalue: number; estimate: number[] } {
  return waldTest(res, indices.map((j) => res.coef.map((_, a) => (a === j ? 1 : 0))));
}
