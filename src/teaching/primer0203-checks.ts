/**
 * Hidden exercise checks for primers 2 (unit roots) and 3 (perfect foresight). The check cells of the
 * notebooks call these functions only, so the reference computations (simulations, root searches) do
 * not show the students a method. Each check returns true or a short reason that gives no answer away.
 */
import { Rng } from "../core/rng";
import { mackinnonCrit } from "../econometrics/index";
import { loadMod, runMod } from "../dynare/index";
import { repoDataPath } from "../data/datadir";

// ---------------------------------------------------------------- primer 2: unit roots

/** OLS of y on the columns X (rows = observations): coefficient j and its t statistic. */
function olsCoef(y: number[], X: number[][], j: number): { b: number; t: number } {
  const n = X.length, m = X[0].length;
  const A = Array.from({ length: m }, (_, i) => [
    ...Array.from({ length: m }, (_, l) => X.reduce((s, x) => s + x[i] * x[l], 0)),
    ...Array.from({ length: m }, (_, l) => (l === i ? 1 : 0)),
  ]);
  for (let c = 0; c < m; c++) { // Gauss-Jordan with partial pivoting
    let p = c;
    for (let r = c + 1; r < m; r++) if (Math.abs(A[r][c]) > Math.abs(A[p][c])) p = r;
    [A[c], A[p]] = [A[p], A[c]];
    const d = A[c][c];
    A[c] = A[c].map((v) => v / d);
    for (let r = 0; r < m; r++) if (r !== c) { const f = A[r][c]; A[r] = A[r].map((v, l) => v - f * A[c][l]); }
  }
  const inv = A.map((r) => r.slice(m));
  const Xty = Array.from({ length: m }, (_, i) => X.reduce((s, x, t) => s + x[i] * y[t], 0));
  const beta = inv.map((r) => r.reduce((s, v, l) => s + v * Xty[l], 0));
  const ssr = X.reduce((s, x, t) => s + (y[t] - x.reduce((a, v, l) => a + v * beta[l], 0)) ** 2, 0);
  return { b: beta[j], t: beta[j] / Math.sqrt((ssr / (n - m)) * inv[j][j]) };
}

/** Dickey-Fuller regression without lags on the whole series w: Δw_t on (1[, t], w_{t-1}); gamma and tau. */
export function dfNoLags(w: number[], trend: "c" | "ct"): { gamma: number; tau: number; n: number } {
  const dy: number[] = [], X: number[][] = [];
  for (let t = 1; t < w.length; t++) {
    dy.push(w[t] - w[t - 1]);
    X.push(trend === "ct" ? [1, t, w[t - 1]] : [1, w[t - 1]]);
  }
  const r = olsCoef(dy, X, trend === "ct" ? 2 : 1);
  return { gamma: r.b, tau: r.t, n: dy.length };
}

const quantile7 = (sorted: number[], p: number) => {
  const h = (sorted.length - 1) * p, lo = Math.floor(h);
  return sorted[lo] + (h - lo) * (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]);
};

/**
 * Exercise 1 of primer 2: share of samples in which the 5% Dickey-Fuller test (constant, no lags,
 * MacKinnon's value at n) rejects a true unit root whose differences are MA(1): y_0 = 0,
 * y_t = y_{t-1} + e_t + theta e_{t-1} (e_0 = 0), t = 1..n.
 */
export function maRejectionRate(theta: number, n: number, N: number, seed: number): number {
  const r = new Rng(seed), crit = mackinnonCrit("c", n)["5%"];
  let rej = 0;
  for (let s = 0; s < N; s++) {
    const w = [0];
    let ePrev = 0;
    for (let t = 1; t <= n; t++) { const e = r.normal(); w.push(w[t - 1] + e + theta * ePrev); ePrev = e; }
    if (dfNoLags(w, "c").tau < crit) rej++;
  }
  return rej / N;
}

/** The margin of exercise 1: 0.04, about 2.5 standard errors of a 1,000-draw rejection rate near 57%. */
export const P02_EX1_MARGIN = 0.04;
let ex1Ref: number | undefined;
export function p02Ex1Reference(): number {
  return (ex1Ref ??= maRejectionRate(-0.5, 100, 20000, 7001));
}
export function p02Ex1Check(answer: number): boolean | string {
  if (!(answer >= 0 && answer <= 1)) return "a rejection rate is a share between 0 and 1";
  return Math.abs(answer - p02Ex1Reference()) <= P02_EX1_MARGIN
    || `not within ${P02_EX1_MARGIN} of our 20,000-draw simulation`;
}

/**
 * Exercise 2 of primer 2: the 5% quantile of the normalised bias n * gamma-hat = n(rho-hat - 1) of the
 * Dickey-Fuller regression with constant and trend, n = 50 observations in the regression, under a
 * driftless random walk y_0 = 0. Returns the quantile of N draws and its Monte Carlo standard error
 * (sqrt(p(1 - p)/N) over the density at the quantile, the density from the draws within +-1 of it).
 */
export function biasQuantile(n: number, p: number, N: number, seed: number): { q: number; se: number; f: number } {
  const r = new Rng(seed), z: number[] = [];
  for (let s = 0; s < N; s++) {
    const w = [0];
    for (let t = 1; t <= n; t++) w.push(w[t - 1] + r.normal());
    z.push(n * dfNoLags(w, "ct").gamma);
  }
  z.sort((a, b) => a - b);
  const q = quantile7(z, p);
  const f = z.filter((v) => Math.abs(v - q) < 1).length / N / 2;
  return { q, se: Math.sqrt((p * (1 - p)) / N) / f, f };
}
let ex2Ref: { q: number; se: number; f: number } | undefined;
export function p02Ex2Reference() {
  return (ex2Ref ??= biasQuantile(50, 0.05, 40000, 7002));
}
/** Margin: two standard errors of the gap between a 10,000-draw answer and our 40,000-draw reference. */
export function p02Ex2Margin(): number {
  const ref = p02Ex2Reference(), se10k = Math.sqrt(0.05 * 0.95 / 10000) / ref.f;
  return 2 * Math.sqrt(se10k ** 2 + ref.se ** 2);
}
export function p02Ex2Check(answer: number): boolean | string {
  if (!Number.isFinite(answer)) return "give a number";
  const m = p02Ex2Margin();
  return Math.abs(answer - p02Ex2Reference().q) <= m || `not within ${m.toFixed(2)} of our 40,000-draw simulation`;
}

/**
 * Power of the 5% Dickey-Fuller test (constant, no lags, MacKinnon's value at n = T - 1) against a
 * stationary AR(1) with coefficient rho started from its stationary distribution, T observations.
 */
export function dfPower(rho: number, T: number, N: number, seed: number): number {
  const r = new Rng(seed), crit = mackinnonCrit("c", T - 1)["5%"];
  let rej = 0;
  for (let s = 0; s < N; s++) {
    const w = [r.normal() / Math.sqrt(1 - rho * rho)];
    for (let t = 1; t < T; t++) w.push(rho * w[t - 1] + r.normal());
    if (dfNoLags(w, "c").tau < crit) rej++;
  }
  return rej / N;
}
/** Margin of exercise 3 in power: 0.05, about 2.8 standard errors of (1,000-draw answer - 4,000-draw check). */
export const P02_EX3_MARGIN = 0.05;
export function p02Ex3Check(T: number): boolean | string {
  if (!Number.isInteger(T) || T < 20 || T > 2000) return "give an integer number of observations from 20 to 2000";
  const p = dfPower(0.95, T, 4000, 7003);
  return Math.abs(p - 0.5) <= P02_EX3_MARGIN || `at this T the power is not within ${P02_EX3_MARGIN} of 50%`;
}

/**
 * tau of the ADF regression with constant, trend and one lagged difference on the series w, with
 * Perron's model-A dummies for a break after period tb (DU_t = 1(t > tb), D_t = 1(t = tb + 1)) or without.
 */
export function breakTau(w: number[], tb: number, withBreak: boolean): number {
  const dy: number[] = [], X: number[][] = [];
  for (let t = 2; t < w.length; t++) {
    const date = t + 1;
    dy.push(w[t] - w[t - 1]);
    const dummies = withBreak ? [date > tb ? 1 : 0, date === tb + 1 ? 1 : 0] : [];
    X.push([1, date, ...dummies, w[t - 1], w[t - 1] - w[t - 2]]);
  }
  return olsCoef(dy, X, withBreak ? 4 : 2).t;
}
/** Exercise 4 of primer 2: the plain ADF misses the series, Perron's regression (break after 100) does not. */
export function p02Ex4Check(w: number[], critPlain: number, critPerron: number): boolean | string {
  if (!Array.isArray(w) || w.length !== 200 || !w.every(Number.isFinite)) return "give 200 finite numbers";
  if (breakTau(w, 100, false) < critPlain) return "the plain ADF already rejects the unit root";
  return breakTau(w, 100, true) < critPerron || "Perron's regression does not reject either";
}

// ---------------------------------------------------------------- primer 3: the Ramsey model (ramst.mod)

const al = 0.5, ga = 0.5, de = 0.02, aa = 0.5;
export const ramseyKss = (x: number, be = 0.05) => Math.pow((de + be) / (aa * al * x), 1 / (al - 1));
export const ramseyCss = (x: number, be = 0.05) => aa * x * Math.pow(ramseyKss(x, be), al) - de * ramseyKss(x, be);

/** Roots and stable eigenvector slope g of the linearised forward map (k_{t-1}, c_{t-1}) -> (k_t, c_t). */
export function ramseyRoots(x: number, be = 0.05): { lamU: number; lamS: number; g: number } {
  const kb = ramseyKss(x, be), cb = ramseyCss(x, be);
  const d = ((cb / ga) * (aa * al * (al - 1) * x * Math.pow(kb, al - 2))) / (1 + be);
  const M = [[1 + be - d, -1], [d, 1]];
  const tr = M[0][0] + M[1][1], det = M[0][0] * M[1][1] - M[0][1] * M[1][0];
  const lamU = (tr + Math.sqrt(tr * tr - 4 * det)) / 2, lamS = (tr - Math.sqrt(tr * tr - 4 * det)) / 2;
  return { lamU, lamS, g: M[0][0] - lamS };
}

/** Exercise 1 of primer 3: the permanent technology level at which steady-state capital doubles. */
export function p03Ex1Check(x: number): boolean | string {
  if (!(x > 0)) return "technology is positive";
  const ref = Math.pow(2, 1 - al);
  return Math.abs(x - ref) <= 1e-8 * ref || "steady-state capital does not double at this x (tolerance 1e-8, relative)";
}

let ramstMod: ReturnType<typeof loadMod> | undefined, permMod: ReturnType<typeof loadMod> | undefined;
const ramst = () => (ramstMod ??= loadMod(repoDataPath("teaching", "ramst.mod")));
const perm = () => (permMod ??= loadMod(repoDataPath("teaching", "ramst_permanent.mod")));

/** Exercise 2 of primer 3: lambda_u with beta = 0.03, from the engine's Blanchard-Kahn check. */
export function p03Ex2Check(lam: number): boolean | string {
  const e = runMod(ramst(), { params: { bet: 0.03 }, solver: { exact: true } });
  const ref = e.check!.moduli.filter((v) => Number.isFinite(v) && v > 1)[0];
  return Math.abs(lam - ref) <= 1e-6 * Math.max(1, ref) || "not the unstable root (tolerance 1e-6)";
}

/** The discount rate at which ln(1e16)/ln(lambda_u) equals `periods` (bisection; lambda_u rises with beta). */
export function betaForShootingHorizon(periods: number): number {
  const target = Math.log(1e16) / periods;
  let lo = 1e-4, hi = 1;
  for (let i = 0; i < 200; i++) {
    const mid = 0.5 * (lo + hi);
    if (Math.log(ramseyRoots(1, mid).lamU) < target) lo = mid; else hi = mid;
  }
  return 0.5 * (lo + hi);
}
/** Exercise 3 of primer 3: the beta at which double-precision shooting lasts 400 periods. */
export function p03Ex3Check(beta: number): boolean | string {
  if (!(beta > 0 && beta < 1)) return "give a discount rate between 0 and 1";
  const ref = betaForShootingHorizon(400);
  return Math.abs(beta - ref) <= 1e-5 * ref || "at this beta the horizon is not 400 periods (tolerance 1e-5, relative)";
}

/** Exercise 4 of primer 3: consumption on impact after the permanent 10% shock with horizon T. */
const c1Perm = (T: number) => runMod(perm(), { periods: T, solver: { exact: true } }).paths.c[1];
export function p03Ex4Check(T: number): boolean | string {
  if (!Number.isInteger(T) || T < 2 || T > 200) return "give an integer between 2 and 200";
  const ref = c1Perm(200), within = (h: number) => Math.abs(c1Perm(h) / ref - 1) <= 1e-6;
  if (!within(T)) return "with this T consumption on impact is not yet within 1e-6";
  return !within(T - 1) || "a shorter horizon is already within 1e-6";
}

/**
 * Gap on impact after a permanent move of technology from 1 to x: |first-order c_1 / exact c_1 - 1|,
 * exact = the engine's perfect-foresight solution (T = 200), first order = linearised at the new steady state.
 */
export function impactGap(x: number): number {
  const Tc = 200, xPath = Array.from({ length: Tc + 2 }, (_, t) => (t === 0 ? 1 : x));
  const pf = runMod(perm(), {
    exo: { x: xPath }, terminalSteady: { c: ramseyCss(x), k: ramseyKss(x) }, solver: { exact: true },
  });
  const { lamS, g } = ramseyRoots(x);
  const lin = ramseyCss(x) + g * lamS * (ramseyKss(1) - ramseyKss(x));
  return Math.abs(lin / pf.paths.c[1] - 1);
}
/** The technology level nearest to 1 (up or down) at which the impact gap reaches `level`. */
export function gapThreshold(level: number): number {
  const side = (a: number, b: number) => { // a: gap below level, b: above
    for (let i = 0; i < 60; i++) { const m = 0.5 * (a + b); if (impactGap(m) < level) a = m; else b = m; }
    return 0.5 * (a + b);
  };
  const up = side(1.0001, 4), down = side(0.9999, 0.25);
  return Math.abs(up - 1) <= Math.abs(down - 1) ? up : down;
}
export const P03_EX5_TOL = 0.002;
let ex5Ref: number | undefined;
export function p03Ex5Check(x: number): boolean | string {
  if (!(x > 0.25 && x < 4)) return "give x between 0.25 and 4";
  ex5Ref ??= gapThreshold(0.01);
  return Math.abs(x - ex5Ref) <= P03_EX5_TOL || `not within ${P03_EX5_TOL} of the level we find`;
}

/**
 * Distance of a path's points (k_{t-1}, c_t), t = 1..n, from the saddle path c(k) computed by the
 * engine: for each point, c_1 of a new run of the permanent-shock model started from k_{t-1} (x = 1.1).
 * Returns the largest |c_t - c(k_{t-1})| relative to c*(1.1).
 */
export function saddleDistance(k: ArrayLike<number>, c: ArrayLike<number>, n: number): number {
  const cNew = ramseyCss(1.1);
  let worst = 0;
  for (let t = 1; t <= n; t++) {
    const r = runMod(perm(), { initialSteady: { c: cNew, k: k[t - 1] }, solver: { exact: true } });
    worst = Math.max(worst, Math.abs(c[t] - r.paths.c[1]) / cNew);
  }
  return worst;
}
