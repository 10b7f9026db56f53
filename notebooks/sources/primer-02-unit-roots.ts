// %% [markdown]
// # Primer 2 · Unit roots: what they do to OLS and how the tests work
//
// Every empirical notebook in this repo starts with unit-root tests, because regressions on trending
// series can mislead. This lecture
//
// 1. shows the problem in a small seeded simulation,
// 2. builds the Dickey-Fuller regression by hand and checks it against the engine,
// 3. simulates the distribution of the test statistic to see where MacKinnon's critical values come from,
// 4. explains why R's urca and Python's statsmodels can report different statistics for the same series.
//
// The engine is `src/econometrics/unitroot.ts` (itself tested against statsmodels, urca and gretl). Each
// hand-versus-engine check is recorded as a claim: "published" is the engine's number, "reproduced" ours.
// Sections 5 and 6 go further: the power of the test near a unit root, KPSS's reverse null, and a
// structural break that fools the test.
//
// **Instructor flag.** Run with the environment variable `SANCTIONS_LAB_INSTRUCTOR=1` (or `true`) and the
// exercise cells at the end show the reference answers and worked solutions (solutions mode); without it
// they only say right, wrong or not attempted.

// %%
import { Rng } from "./src/core/rng";
import { adf, kpss, mackinnonCrit, fullerCrit, ols, tQuantile } from "./src/econometrics/index";
import { readCsv, numericColumn } from "./src/data/csv";
import { repoDataPath } from "./src/data/datadir";
import { plot, table, claim, claimsTable, md, PALETTE } from "./src/notebook/index";
import { engineCheck } from "./src/teaching/check";
import { exerciseProperty, instructorMode } from "./src/teaching/exercise";
import { p02Ex1Check, p02Ex2Check, p02Ex3Check, p02Ex4Check } from "./src/teaching/primer0203-checks";

// %% [markdown]
// ## 1. What a unit root does to OLS
//
// A **random walk** is $x_t = x_{t-1} + e_t$ with independent shocks $e_t \sim N(0, 1)$: each shock stays
// in the level for ever. Its autoregressive coefficient is exactly one, a **unit root**.
//
// Take two *independent* random walks $x_t$ and $y_t$ (shocks $e_t$ and $v_t$), $t = 1, \dots, T$ with
// $T = 100$, and run the regression $y_t = a + b\,x_t + w_t$. The slope estimate and its t-statistic are
//
// $$\hat b = \frac{\sum_t (x_t - \bar x)(y_t - \bar y)}{\sum_t (x_t - \bar x)^2}, \qquad
// t_b = \hat b \Big/ \sqrt{\frac{s^2}{\sum_t (x_t - \bar x)^2}}, \qquad s^2 = \frac{\sum_t \hat w_t^2}{T - 2}.$$
//
// Because $b = 0$ is true, a 5% test should reject it in 5% of samples. We repeat the experiment 1,000
// times with random walks and, for comparison, with independent white noise ($x_t = e_t$, $y_t = v_t$).

// %%
const T1 = 100, nsim = 1000;
const tcrit = tQuantile(0.975, T1 - 2);
function slopeT(x: number[], y: number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n, my = y.reduce((s, v) => s + v, 0) / n;
  let sxx = 0, sxy = 0;
  for (let t = 0; t < n; t++) { sxx += (x[t] - mx) ** 2; sxy += (x[t] - mx) * (y[t] - my); }
  const b = sxy / sxx, a = my - b * mx;
  let ssr = 0;
  for (let t = 0; t < n; t++) ssr += (y[t] - a - b * x[t]) ** 2;
  return b / Math.sqrt(ssr / (n - 2) / sxx);
}
const rng = new Rng(1974);
const tRW: number[] = [], tWN: number[] = [];
let firstDraw: { x: number[]; y: number[] } | null = null;
for (let s = 0; s < nsim; s++) {
  const x: number[] = [], y: number[] = [], xi: number[] = [], yi: number[] = [];
  let lx = 0, ly = 0;
  for (let t = 0; t < T1; t++) {
    lx += rng.normal(); ly += rng.normal();
    x.push(lx); y.push(ly);
    xi.push(rng.normal()); yi.push(rng.normal());
  }
  if (s === 0) firstDraw = { x, y };
  tRW.push(slopeT(x, y)); tWN.push(slopeT(xi, yi));
}
const share = (v: number[]) => v.filter((t) => Math.abs(t) > tcrit).length / v.length;
table(
  {
    caption: `Share of ${nsim} simulations in which |t_b| > ${tcrit.toFixed(3)} (a nominal 5% test of the true null ` +
      `b ` +
      `= 0), T = ${T1}`,
    columns: ["data", "rejection rate"],
    rows: [["independent white noise", share(tWN)], ["independent random walks", share(tRW)]], digits: 3,
  },
  { name: "primer2-spurious" },
);
engineCheck(
  "primer-02, slope t-statistic of two random walks (first simulation)", slopeT(firstDraw!.x, firstDraw!.y),
  ols(firstDraw!.y, firstDraw!.x.map((v) => [1, v])).tvalues[1],
);

// %%
plot({
  data: [
    {
      type: "histogram", x: tWN, name: "white noise", opacity: 0.6, marker: { color: PALETTE[0] },
      xbins: { start: -30, end: 30, size: 0.5 },
    },
    {
      type: "histogram", x: tRW, name: "random walks", opacity: 0.6, marker: { color: PALETTE[1] },
      xbins: { start: -30, end: 30, size: 0.5 },
    },
  ],
  layout: {
    title: "Slope t-statistics when the true slope is zero (1,000 simulations, T = 100)", barmode: "overlay",
    xaxis: { title: "t-statistic of the slope (dimensionless)", range: [-25, 25] },
    yaxis: { title: "number of simulations" },
  },
}, { name: "primer2-spurious" });

// %% [markdown]
// With white noise the t-statistics stay within about ±2, as the t distribution says. With random walks
// they spread over ±20: two unrelated trending series look "significantly" related most of the time. This
// is the **spurious regression** of Granger and Newbold (1974). The t-test fails because the *error* is
// I(1): the two walks are not cointegrated, so no value of $b$ makes $y_t - a - b x_t$ stationary, the
// residuals inherit a unit root and the usual asymptotics do not apply (Hamilton 1994, sec. 18.3). A
// nonstationary regressor as such is not the problem: when the series are cointegrated the error is
// stationary and the levels regression estimates $b$ consistently, even *superconsistently*, at rate $T$
// instead of $\sqrt T$ (Hamilton 1994, sec. 19.1). Its t statistic is still not Student's t, though, unless
// the regressor is exogenous (its shocks unrelated to the regression error at all leads and lags): in general
// the limit distribution depends on that correlation. Dynamic OLS, which adds leads and lags of $\Delta x_t$
// to the regression (Stock and Watson 1993), and fully modified OLS (Phillips and Hansen 1990) remove the
// dependence and give back the usual tests.
// Before regressing levels on levels, we need to know whether a series has a unit root.

// %% [markdown]
// ## 2. The Dickey-Fuller regression by hand
//
// Write an autoregression $y_t = \rho\, y_{t-1} + \dots$ in differences, $\Delta y_t = y_t - y_{t-1}$:
//
// $$\Delta y_t = c + d\,t + \gamma\, y_{t-1} + \sum_{j=1}^{k} \delta_j\, \Delta y_{t-j} + e_t,
// \qquad \gamma = \rho - 1.$$
//
// Here $c$ is a constant, $d\,t$ a linear time trend, $k$ the number of lagged differences (they soak up
// short-run autocorrelation, which makes this the *augmented* test, ADF) and $e_t$ the error. A unit root
// means $\gamma = 0$. The test statistic $\tau$ is the ordinary t-statistic of $\hat\gamma$; what is special
// is its distribution under the null (section 3).
//
// We test the log of US real GDP (`macrodata`, 1959Q1-2009Q3, 203 quarters, the same public-domain data as
// primer 1). Log GDP grows, so the regression includes the trend: the alternative is "stationary around a
// linear trend". We take $k = 2$. OLS by hand: $\hat\beta = (X'X)^{-1}X'\Delta y$ with the inverse by
// Gauss-Jordan elimination, $s^2 = \hat e'\hat e/(n - m)$ for $n$ observations and $m$ regressors, and the
// standard error of $\hat\gamma$ is $\sqrt{s^2\,[(X'X)^{-1}]_{\gamma\gamma}}$.

// %%
function invert(A: number[][]): number[][] {
  const n = A.length, M = A.map((r, i) => [...r, ...r.map((_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[piv][c])) piv = r;
    [M[c], M[piv]] = [M[piv], M[c]];
    const d = M[c][c];
    M[c] = M[c].map((v) => v / d);
    for (let r = 0; r < n; r++) if (r !== c) { const f = M[r][c]; M[r] = M[r].map((v, j) => v - f * M[c][j]); }
  }
  return M.map((r) => r.slice(n));
}
function olsHand(yv: number[], X: number[][]) {
  const n = X.length, m = X[0].length;
  const XtXinv = invert(Array.from(
    { length: m }, (_, i) => Array.from({ length: m }, (_, j) => X.reduce((s, x) => s + x[i] * x[j], 0)),
  ));
  const Xty = Array.from({ length: m }, (_, i) => X.reduce((s, x, t) => s + x[i] * yv[t], 0));
  const beta = XtXinv.map((r) => r.reduce((s, v, j) => s + v * Xty[j], 0));
  const ssr = X.reduce((s, x, t) => s + (yv[t] - x.reduce((a, v, j) => a + v * beta[j], 0)) ** 2, 0);
  const s2 = ssr / (n - m);
  return { beta, se: beta.map((_, j) => Math.sqrt(s2 * XtXinv[j][j])), ssr, n, m };
}
/** The ADF regression on the last n observations of y: returns the design, the fit and tau. */
function dfByHand(y: number[], trend: "c" | "ct", k: number, n: number) {
  const T = y.length, dy: number[] = [], X: number[][] = [];
  for (let r = 0; r < n; r++) {
    const t = T - n + r;
    dy.push(y[t] - y[t - 1]);
    X.push([
      1, ...(trend === "ct" ? [r + 1] : []), y[t - 1],
      ...Array.from({ length: k }, (_, j) => y[t - 1 - j] - y[t - 2 - j]),
    ]);
  }
  const fit = olsHand(dy, X);
  const ig = trend === "ct" ? 2 : 1; // position of y_{t-1}
  return { X, fit, gamma: fit.beta[ig], tau: fit.beta[ig] / fit.se[ig] };
}
const gdp = Array.from(numericColumn(readCsv(repoDataPath("teaching", "macrodata.csv")), "realgdp").values, Math.log);
const k = 2;
const n2 = gdp.length - 1 - k; // the longest sample: y_{t-1-k} must exist
const hand2 = dfByHand(gdp, "ct", k, n2);
const eng2 = adf(gdp, { trend: "ct", maxlag: k, autolag: null });
table({
  caption: "The first three rows of the ADF design for log real GDP: [1, t, y(t-1), Δy(t-1), Δy(t-2)]",
  columns: ["const", "t", "y(t-1)", "Δy(t-1)", "Δy(t-2)"], rows: hand2.X.slice(0, 3), digits: 5,
});
md(`By hand: $\\hat\\gamma$ = **${hand2.gamma.toFixed(6)}**, $\\tau$ = **${hand2.tau.toFixed(4)}** on n = ` +
  `${hand2.fit.n} observations. Engine: $\\tau$ = ${eng2.tau.toFixed(4)} on ${eng2.nobs}; MacKinnon 5% critical ` +
    `value ` +
  `${eng2.critical["5%"].toFixed(3)}, p-value ${eng2.pvalue.toFixed(3)}. At 5% the unit root is ` +
  `${eng2.tau < eng2.critical["5%"] ? "rejected" : "not rejected"}.`);
engineCheck(
  "primer-02, ADF gamma and tau of log real GDP, constant and trend, 2 lags", [hand2.gamma, hand2.tau],
  [eng2.gamma, eng2.tau],
);

// %% [markdown]
// ## 3. Where MacKinnon's critical values come from
//
// Under the null, $\tau$ does not follow Student's t: it is skewed to the left, and its 5% quantile with a
// constant is about $-2.9$ instead of $-1.66$. There is no closed form for its distribution, so the
// critical values are simulated. We do that here for the regression with a constant and no lags: simulate
// a random walk $y_0 = 0$, $y_t = y_{t-1} + \varepsilon_t$ for $t = 1..n$, regress $\Delta y_t$ on
// $(1, y_{t-1})$ and compute $\tau$. With one regressor besides the constant, $\tau$ has the closed form of
// section 1 with $x = y_{t-1}$ and $y = \Delta y_t$. We take $N = 10{,}000$ random walks for each of
// $n = 25, 50, 100, 250, 500$ observations and read off the 1%, 5% and 10% quantiles (linear interpolation
// between order statistics, R's type 7).
//
// MacKinnon (2010, Table 2) ran far larger simulations and fitted, for each quantile, a **response surface**
// in the number of observations $n$: $\tau_q(n) = \beta_\infty + \beta_1/n + \beta_2/n^2 + \beta_3/n^3$.
// With a constant (no trend) his coefficients are
//
// | quantile | $\beta_\infty$ | $\beta_1$ | $\beta_2$ | $\beta_3$ |
// |---|---|---|---|---|
// | 1% | -3.43035 | -6.5393 | -16.786 | -79.433 |
// | 5% | -2.86154 | -2.8903 | -4.234 | -40.040 |
// | 10% | -2.56677 | -1.5384 | -2.809 | 0 |
//
// and with a constant and trend (5%): $-3.41049, -4.3904, -9.036, -45.374$.
//
// Two kinds of check follow. The first only confirms that the coefficients typed above are the ones typed
// into the engine: a **transcription check**, which says nothing about whether the surface is right. The
// genuine test is the Monte Carlo: our own simulated quantiles against the surface (two claims, with
// tolerances set by the simulation's standard errors).

// %%
const surface: Record<string, number[]> = {
  "1%": [-3.43035, -6.5393, -16.786, -79.433], "5%": [-2.86154, -2.8903, -4.234, -40.04],
  "10%": [-2.56677, -1.5384, -2.809, 0],
};
const rs = (q: string, n: number) => { const b = surface[q]; return b[0] + b[1] / n + b[2] / n ** 2 + b[3] / n ** 3; };
const quantile7 = (sorted: number[], p: number) => {
  const h = (sorted.length - 1) * p, lo = Math.floor(h);
  return sorted[lo] + (h - lo) * (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]);
};
const ns = [25, 50, 100, 250, 500], N = 10000, qs = ["1%", "5%", "10%"], ps = [0.01, 0.05, 0.1];
const rngMc = new Rng(2010);
const mc: Record<number, { sorted: number[]; q: number[]; se: number[] }> = {};
let firstWalk: number[] = [];
for (const n of ns) {
  const taus: number[] = [];
  for (let s = 0; s < N; s++) {
    const w = [0];
    for (let t = 1; t <= n; t++) w.push(w[t - 1] + rngMc.normal());
    if (n === 100 && s === 0) firstWalk = w;
    taus.push(slopeT(w.slice(0, n), w.slice(1).map((v, t) => v - w[t])));
  }
  const sorted = taus.slice().sort((a, b) => a - b);
  // standard error of a sample quantile: sqrt(p(1-p)/N) / f(q), with the density f from the share of draws
  // within ±0.1 of q
  const q = ps.map((p) => quantile7(sorted, p));
  const density = q.map((qi) => taus.filter((t) => Math.abs(t - qi) < 0.1).length / N / 0.2);
  const se = ps.map((p, i) => Math.sqrt((p * (1 - p)) / N) / density[i]);
  mc[n] = { sorted, q, se };
}
engineCheck(
  "primer-02, Dickey-Fuller tau of one simulated random walk (n = 100), closed form vs engine",
  slopeT(firstWalk.slice(0, 100), firstWalk.slice(1).map((v, t) => v - firstWalk[t])),
  adf(firstWalk, { trend: "c", maxlag: 0, autolag: null }).tau,
);
// a transcription check only: the coefficients typed above against the ones typed into the engine
engineCheck(
  "primer-02, transcription check: MacKinnon (2010) surface from the coefficients typed here vs the engine's " +
    "(constant; 1%, 5%, 10%; n = 25..500)",
  ns.map((n) => qs.map((q) => rs(q, n))), ns.map((n) => qs.map((q) => mackinnonCrit("c", n)[q as "5%"])),
  {
    explanation: "the same four coefficients per quantile typed twice (here and in the engine) must give the same " +
      "surface to 1e-10; this tests the typing, not the surface: the Monte Carlo claims below do that",
  },
);
table({
  caption: `Dickey-Fuller τ with a constant: Monte Carlo quantiles (N = ${N} random walks per n, standard errors in ` +
    `brackets) vs MacKinnon's response surface`,
  columns: ["n", "1% MC", "1% surface", "5% MC", "5% surface", "10% MC", "10% surface"],
  rows: ns.map((n) => [n, ...qs.flatMap((q, i) => [`${mc[n].q[i].toFixed(3)} (${mc[n].se[i].toFixed(3)})`, rs(q, n)])]),
  digits: 3,
}, { name: "primer2-mackinnon" });
claim({
  paper: "primers", kind: "teaching-check", item: "primer-02", entry: "mc-tau-5pct-n100",
  where: "Monte Carlo 5% quantile of tau (constant, n = 100, 10000 random walks) vs MacKinnon (2010)",
  published: mackinnonCrit("c", 100)["5%"], reproduced: mc[100].q[1], tolerance: 0.05,
  explanation: "Monte Carlo, not round-off: the standard error of the simulated quantile is "
    + `${mc[100].se[1].toFixed(3)}, `
    + `so the tolerance 0.05 is about ${(0.05 / mc[100].se[1]).toFixed(1)} standard errors`,
});
claim({
  paper: "primers", kind: "teaching-check", item: "primer-02", entry: "mc-tau-5pct-n25",
  where: "Monte Carlo 5% quantile of tau (constant, n = 25, 10000 random walks) vs MacKinnon (2010)",
  published: mackinnonCrit("c", 25)["5%"], reproduced: mc[25].q[1], tolerance: 0.05,
  explanation: `Monte Carlo standard error ${mc[25].se[1].toFixed(3)}; `
    + `the tolerance 0.05 is about ${(0.05 / mc[25].se[1]).toFixed(1)} standard errors`,
});

// %%
const grid = Array.from({ length: 120 }, (_, i) => Math.round(20 * Math.pow(500 / 20, i / 119)));
plot({
  data: qs.flatMap((q, i) => [
    {
      type: "scatter", mode: "lines", name: `${q} response surface`, x: grid, y: grid.map((n) => rs(q, n)),
      line: { color: PALETTE[i] },
    },
    {
      type: "scatter", mode: "markers", name: `${q} Monte Carlo (±2 s.e.)`, x: ns, y: ns.map((n) => mc[n].q[i]),
      error_y: { type: "data", array: ns.map((n) => 2 * mc[n].se[i]) }, marker: { color: PALETTE[i], size: 8 },
    },
  ]),
  layout: {
    title: "Dickey-Fuller critical values with a constant: simulation vs MacKinnon (2010)",
    // ticks at the simulated sample sizes, written out (plotly's log ticks label 20, 30, ... as 2, 3, ...)
    xaxis: { title: "observations in the test regression, n (log scale)", type: "log", tickvals: [20, ...ns] },
    yaxis: { title: "critical value of τ (dimensionless)" },
  },
}, { name: "primer2-critical-values" });
plot({
  data: [{
    type: "histogram", x: mc[100].sorted, name: "simulated τ", marker: { color: PALETTE[0] },
    xbins: { start: -6, end: 2, size: 0.1 },
  }],
  layout: {
    title: "Distribution of τ under a unit root (constant, n = 100):<br>" +
      "dashed lines at MacKinnon's 1%, 5%, 10% values",
    xaxis: { title: "τ (dimensionless)" }, yaxis: { title: "number of simulations (of 10,000)" },
    shapes: qs.map((q) => ({
      type: "line", x0: rs(q, 100), x1: rs(q, 100), y0: 0, y1: 1, yref: "paper",
      line: { color: PALETTE[1], dash: "dash" },
    })),
  },
}, { name: "primer2-df-distribution" });

// %%
const naive = mc[100].sorted.filter((t) => t < -1.645).length / N;
md(`A researcher who tested ρ = 1 with the usual one-sided 5% normal critical value (−1.645) would reject a true ` +
  `unit ` +
  `root in **${(100 * naive).toFixed(0)}%** of these samples (n = 100), not 5%.`);

// %% [markdown]
// The simulated quantiles sit within about two standard errors of the surface at every $n$, and both move
// away from the asymptotic value $\beta_\infty$ as $n$ falls: in short samples the critical values are more
// negative. The surface packs millions of such simulations into four numbers per quantile, which is why
// statsmodels and our engine use it.

// %% [markdown]
// ## 4. Lag choice: why packages differ
//
// The number of lagged differences $k$ is usually chosen by an information criterion. Akaike's is
// $\text{AIC}(k) = -2\ell(k) + 2m$, with $m$ the number of regressors and
// $\ell = -\tfrac{n}{2}\big(\log 2\pi + \log(\hat e'\hat e/n) + 1\big)$ the Gaussian log-likelihood. To compare
// different $k$ fairly, every candidate is fitted on the same sample, trimmed for the largest lag $k_{\max}$:
// $n = T - 1 - k_{\max}$ observations out of $T$. The packages then part ways:
//
// - **statsmodels** (`adfuller`) searches $k = 0, \dots, k_{\max}$ and then *re-estimates* the chosen $k$ on
//   the longest sample that $k$ allows ($n = T - 1 - k$). Its default $k_{\max}$ is
//   $\lceil 12 (T/100)^{1/4} \rceil$ (Schwert's rule).
// - **urca** (`ur.df(..., selectlags = "AIC")`) searches $k = 1, \dots, k_{\max}$ (at least one lag) and
//   *keeps* the trimmed sample. Its default is a fixed single lag, with no search at all.
// - The printed critical values differ too: statsmodels evaluates MacKinnon's surface at the actual $n$;
//   urca prints Fuller's (1976) table, one row per band of sample sizes (here the band $n \le 250$).
//
// Below: the AIC by hand for both series (log GDP with constant and trend, GDP growth with a constant),
// $k_{\max} = 8$, and what each convention reports.

// %%
const kmax = 8;
const series: { name: string; y: number[]; trend: "c" | "ct" }[] = [
  { name: "log real GDP", y: gdp, trend: "ct" },
  { name: "GDP growth", y: gdp.slice(1).map((v, t) => v - gdp[t]), trend: "c" },
];
const aicRows: (string | number)[][] = [];
const handConv: { sm: { k: number; n: number; tau: number }; ur: { k: number; n: number; tau: number } }[] = [];
for (const s of series) {
  const nSearch = s.y.length - 1 - kmax;
  const aic = Array.from({ length: kmax + 1 }, (_, kk) => {
    const f = dfByHand(s.y, s.trend, kk, nSearch).fit;
    const llf = -(f.n / 2) * (Math.log(2 * Math.PI) + Math.log(f.ssr / f.n) + 1);
    return -2 * llf + 2 * f.m;
  });
  const argmin = (from: number) => {
    let b = from;
    for (let kk = from; kk <= kmax; kk++) if (aic[kk] < aic[b]) b = kk;
    return b;
  };
  const kSm = argmin(0), kUr = argmin(1);
  const nSm = s.y.length - 1 - kSm;
  handConv.push({
    sm: { k: kSm, n: nSm, tau: dfByHand(s.y, s.trend, kSm, nSm).tau },
    ur: { k: kUr, n: nSearch, tau: dfByHand(s.y, s.trend, kUr, nSearch).tau },
  });
  const best = Math.min(...aic);
  aic.forEach((v, kk) => { if (aicRows.length <= kk) aicRows.push([kk]); aicRows[kk].push(v - best); });
}
table({
  caption: `AIC(k) minus the smallest AIC, by number of lagged differences k, all on the sample trimmed for k_max = ` +
    `${kmax} (the zero is chosen; urca cannot choose k = 0)`,
  columns: ["k", ...series.map((s) => `ΔAIC, ${s.name}`)], rows: aicRows, digits: 3,
});
const engConv = series.map((s) => ({
  sm: adf(s.y, { trend: s.trend, maxlag: kmax, autolag: "aic" }),
  ur: adf(s.y, { trend: s.trend, maxlag: kmax, autolag: "aic", convention: "urca" }),
}));
table({
  caption: "ADF with AIC lag choice (k_max = 8): the two conventions on the same data",
  columns: [
    "series", "k (sm)", "n (sm)", "τ (sm)", "5% MacKinnon at n", "k (urca)", "n (urca)", "τ (urca)", "5% Fuller table",
  ],
  rows: series.map((s, i) => [
    s.name, handConv[i].sm.k, handConv[i].sm.n, handConv[i].sm.tau, engConv[i].sm.critical["5%"], handConv[i].ur.k,
    handConv[i].ur.n, handConv[i].ur.tau, fullerCrit(s.trend, handConv[i].ur.n)["5%"],
  ]),
  digits: 3,
}, { name: "primer2-lag-conventions" });
engineCheck(
  "primer-02, ADF with AIC lag choice: chosen k and n (both series, both conventions) by hand vs engine",
  handConv.map((h) => [h.sm.k, h.sm.n, h.ur.k, h.ur.n]),
  engConv.map((e) => [e.sm.usedLag, e.sm.nobs, e.ur.usedLag, e.ur.nobs]),
  {
    tol: 0,
    explanation: "integers: the lag chosen by AIC and the observations of the final regression must be identical",
  },
);
engineCheck(
  "primer-02, ADF with AIC lag choice, statsmodels convention: tau (both series) by hand vs engine",
  handConv.map((h) => h.sm.tau), engConv.map((e) => e.sm.tau),
);
engineCheck(
  "primer-02, ADF with AIC lag choice, urca convention: tau (both series) by hand vs engine",
  handConv.map((h) => h.ur.tau), engConv.map((e) => e.ur.tau),
);
const lv = handConv[0], c10 = mackinnonCrit("ct", lv.ur.n)["10%"];
md(`For log GDP both conventions choose k = ${lv.sm.k}, yet τ is ${lv.sm.tau.toFixed(2)} (statsmodels, n = ` +
  `${lv.sm.n}) against ${lv.ur.tau.toFixed(2)} (urca, n = ${lv.ur.n}): dropping the first ${lv.sm.n - lv.ur.n} ` +
  `quarters moves the statistic by a full unit. ` +
  `At 10% (critical value about ${c10.toFixed(2)}) the urca run ${lv.ur.tau < c10 ? "rejects" : "does not reject"} ` +
    `the unit root and the statsmodels run ` +
    `${lv.sm.tau < mackinnonCrit("ct", lv.sm.n)["10%"] ? "rejects" : "does not reject"} it. ` +
  `For GDP growth both reject at every usual level.`);

// %% [markdown]
// Same data, same criterion, different statistics: the conventions differ in which $k$ are allowed and in
// the sample of the final regression, and the printed critical values come from different tables. The
// statistic is sensitive to the first few observations of a short, trending series, so when it sits near
// a critical value, report the convention (and check the other one).

// %% [markdown]
// ## 5. Power: how often the ADF test finds a near-unit root
//
// A test's **power** is the probability that it rejects a false null. Take a stationary AR(1),
// $y_t = \rho y_{t-1} + e_t$ with $\rho$ just below one: the unit-root null is false, but in a sample of
// $T = 100$ the series looks much like a random walk. We simulate 1,000 series for each
// $\rho = 0.90, 0.925, 0.95, 0.975, 0.99$ and $\rho = 1$ (where the rejection rate is the test's size), run the
// Dickey-Fuller regression with a constant and no lags (`slopeT` of section 1, as in section 3), and reject
// at MacKinnon's 5% value. Over 100 quarters, $\rho = 0.95$ is a shock half-life of about 13 quarters,
// a perfectly stationary series.

// %%
const rhos = [0.9, 0.925, 0.95, 0.975, 0.99, 1];
const Tp = 100, Np = 1000;
const c5 = mackinnonCrit("c", Tp - 1)["5%"];
const rngPow = new Rng(1989);
const simAr = (rho: number, T: number, r: Rng) => {
  const w = [r.normal() / Math.sqrt(rho < 1 ? 1 - rho * rho : 1)]; // stationary start (0 scale-free for rho = 1)
  if (rho === 1) w[0] = 0;
  for (let t = 1; t < T; t++) w.push(rho * w[t - 1] + r.normal());
  return w;
};
const dfTau = (w: number[]) => slopeT(w.slice(0, w.length - 1), w.slice(1).map((v, t) => v - w[t]));
const kpssLags = 4;
const power = rhos.map((rho) => {
  let rejAdf = 0, rejKpss = 0;
  for (let s = 0; s < Np; s++) {
    const w = simAr(rho, Tp, rngPow);
    if (dfTau(w) < c5) rejAdf++;
    if (kpss(w, "c", kpssLags).statistic > 0.463) rejKpss++;
  }
  return { rho: rho, adf: rejAdf / Np, kpss: rejKpss / Np };
});
const sizeSe = Math.sqrt((0.05 * 0.95) / Np);
claim({
  paper: "primers", kind: "teaching-check", item: "primer-02", entry: "adf-size-rho-1",
  where: `rejection rate of the 5% Dickey-Fuller test (constant, no lags) under a true unit root, ${Np} random walks ` +
    `of T = ${Tp}`,
  published: 0.05, reproduced: power[power.length - 1].adf, tolerance: 3 * sizeSe,
  explanation: `Monte Carlo: the standard error of a rejection rate of 5% in ${Np} draws is ` +
    `${sizeSe.toFixed(4)}; tolerance three standard errors`,
});
table({
  caption: `Rejection rates at 5% (T = ${Tp}, ${Np} simulations each): ADF rejects the unit root, KPSS ` +
    `(${kpssLags} Bartlett lags) rejects stationarity`,
  columns: ["ρ", "half-life of a shock (quarters)", "ADF rejects (power; size at ρ = 1)", "KPSS rejects"],
  rows: power.map((r) => [r.rho, r.rho < 1 ? Math.log(0.5) / Math.log(r.rho) : "∞", r.adf, r.kpss]),
  digits: 3,
}, { name: "primer2-power" });
plot({
  data: [
    {
      type: "scatter", mode: "lines+markers", name: "ADF: rejects a unit root", x: rhos, y: power.map((r) => r.adf),
      line: { color: PALETTE[0] },
    },
    {
      type: "scatter", mode: "lines+markers", name: "KPSS: rejects stationarity", x: rhos, y: power.map((r) => r.kpss),
      line: { color: PALETTE[1] },
    },
  ],
  layout: {
    title: `Near-unit roots: rejection rates of two 5% tests (AR(1), T = ${Tp})`,
    xaxis: { title: "autoregressive coefficient ρ (1 = unit root)" },
    yaxis: { title: "share of simulations rejecting the test's null", range: [0, 1] },
    shapes: [{ type: "line", xref: "paper", x0: 0, x1: 1, y0: 0.05, y1: 0.05, line: { color: "#555", dash: "dot" } }],
  },
}, { name: "primer2-power" });

// %% [markdown]
// Power falls steeply as $\rho$ approaches one: failing to reject a unit root is weak evidence for one.
// **KPSS** (Kwiatkowski, Phillips, Schmidt and Shin 1992) reverses the roles: its null is stationarity
// (around a mean, or a trend with `"ct"`) and its statistic is $\eta = T^{-2}\sum_t S_t^2 / \hat\sigma^2_{LR}$, with
// $S_t$ the partial sums of the demeaned series and $\hat\sigma^2_{LR}$ a Bartlett-weighted long-run variance.
// Read together, the two tests give four outcomes; only "ADF rejects, KPSS does not" and the reverse
// are clear. Near a unit root both point the wrong way: in the table, at $\rho = 0.95$ the ADF rarely
// rejects its false null and the KPSS, with a short Bartlett window, rejects its true null most of the
// time (a persistent stationary series has a long-run variance that a few lags underestimate). We check
// the KPSS statistic by hand on GDP growth:

// %%
function kpssByHand(x: number[], lags: number): number {
  const n = x.length, mean = x.reduce((s, v) => s + v, 0) / n, e = x.map((v) => v - mean);
  let S = 0, eta = 0;
  for (const v of e) { S += v; eta += S * S; }
  const gammaAt = (j: number) => e.slice(j).reduce((s, v, t) => s + v * e[t], 0) / n; // autocovariance at lag j
  let lrv = gammaAt(0);
  for (let j = 1; j <= lags; j++) lrv += 2 * (1 - j / (lags + 1)) * gammaAt(j); // Bartlett weights
  return eta / (n * n) / lrv;
}
const growth = series[1].y;
const kpssEng = kpss(growth, "c", kpssLags);
engineCheck("primer-02, KPSS statistic of GDP growth (constant, 4 Bartlett lags) by hand vs engine",
  kpssByHand(growth, kpssLags), kpssEng.statistic);
const kpssLev = kpss(gdp, "ct", "auto");
md(`GDP growth: KPSS η = ${kpssEng.statistic.toFixed(3)} (5% critical value 0.463), so stationarity is ` +
  `${kpssEng.statistic > 0.463 ? "rejected" : "not rejected"}, consistent with the ADF rejecting a unit root. ` +
  `Log GDP around a trend: η = ${kpssLev.statistic.toFixed(3)} (5% value 0.146, ${kpssLev.lags} lags by ` +
  `Hobijn et al.'s rule): trend-stationarity is ${kpssLev.statistic > 0.146 ? "rejected" : "not rejected"}.`);

// %% [markdown]
// ## 6. A structural break that fools the ADF test
//
// Perron (1989) showed that a one-time shift in the level of a trend-stationary series makes the ADF test
// see a unit root: the regression can only explain the permanent shift by a coefficient $\rho$ near one.
// We simulate $y_t = 0.1\,t + 10 \cdot 1(t > 100) + v_t$, $v_t = 0.7\,v_{t-1} + e_t$, $T = 200$: stationary around a
// trend that jumps by 10 (about 7 standard deviations of $v_t$) in the middle. The ADF test with a constant,
// a trend and one lagged difference rarely rejects. Perron's remedy adds the break to the test regression,
// a level-shift dummy $DU_t = 1(t > T_B)$ and a pulse $D_t = 1(t = T_B + 1)$:
//
// $$\Delta y_t = c + d\,t + \theta\,DU_t + \kappa\,D_t + \gamma\,y_{t-1} + \delta_1 \Delta y_{t-1} + e_t.$$
//
// Its $\tau$ has its own null distribution, which we simulate as in section 3 (random walks that jump by 10
// at the break, 2,000 draws; the break date is known here, as in Perron's original test).

// %%
const Tb = 200, TB = 100, Nb = 400;
const rngBreak = new Rng(1990);
const breakSeries = (r: Rng, unitRoot: boolean) => {
  const out: number[] = [];
  let v = 0, w = 0;
  for (let t = 1; t <= Tb; t++) {
    v = 0.7 * v + r.normal();
    w += r.normal() + (t === TB + 1 ? 10 : 0); // under the null the break is a permanent jump of a random walk
    out.push(unitRoot ? w : 0.1 * t + (t > TB ? 10 : 0) + v);
  }
  return out;
};
/** Perron's model-A regression (or the plain ADF one without the dummies): returns the design and tau. */
function perronTau(w: number[], withBreak: boolean) {
  const dy: number[] = [], X: number[][] = [];
  for (let t = 2; t < w.length; t++) { // 0-based t: needs w[t - 2]
    const date = t + 1; // calendar period 1..T
    const dummies = withBreak ? [date > TB ? 1 : 0, date === TB + 1 ? 1 : 0] : [];
    dy.push(w[t] - w[t - 1]);
    X.push([1, date, ...dummies, w[t - 1], w[t - 1] - w[t - 2]]);
  }
  const f = olsHand(dy, X);
  const ig = withBreak ? 4 : 2;
  return { X: X, dy: dy, tau: f.beta[ig] / f.se[ig] };
}
const nullTaus = Array.from(
  { length: 2000 }, () => perronTau(breakSeries(rngBreak, true), true).tau,
).sort((a, b) => a - b);
const perron5 = quantile7(nullTaus, 0.05);
// standard error of the simulated quantile, as in section 3 (density from the draws within ±0.1)
const perronSe = Math.sqrt(0.05 * 0.95 / nullTaus.length) /
  (nullTaus.filter((t) => Math.abs(t - perron5) < 0.1).length / nullTaus.length / 0.2);
const perronTable = -3.76; // Perron (1989), Table IV.B: model A, break fraction lambda = 0.5, 5%
claim({
  paper: "primers", kind: "teaching-check", item: "primer-02", entry: "perron-crit-5pct-lambda-05",
  where: `simulated 5% critical value of Perron's model-A tau (break at lambda = T_B/T = 0.5, T = ${Tb}, ` +
    `${nullTaus.length} draws) vs Perron (1989, Table IV.B)`,
  published: perronTable, reproduced: perron5, tolerance: 2 * Math.SQRT2 * perronSe,
  explanation: `Monte Carlo: our quantile has standard error ${perronSe.toFixed(3)}; Perron's table is itself a ` +
    "simulation, whose error we take to be of the same size, so the tolerance is two standard errors of the " +
    "difference of two such estimates, 2 sqrt(2) s.e.",
});
const cCt = mackinnonCrit("ct", Tb - 2)["5%"];
let rejPlain = 0, rejPerron = 0;
let example: number[] = [];
for (let s = 0; s < Nb; s++) {
  const w = breakSeries(rngBreak, false);
  if (s === 0) example = w;
  if (perronTau(w, false).tau < cCt) rejPlain++;
  if (perronTau(w, true).tau < perron5) rejPerron++;
}
const ex = perronTau(example, true);
const exPlain = perronTau(example, false).tau;
const exEng = ols(ex.dy, ex.X);
engineCheck("primer-02, Perron model-A regression on the example series: tau by hand vs the engine's OLS",
  ex.tau, exEng.tvalues[4]);
table({
  caption: `Trend-stationary series with a level break at t = ${TB} (T = ${Tb}, ${Nb} simulations): share of 5% ` +
    `tests rejecting the (false) unit root`,
  columns: ["test", "5% critical value", "rejection rate"],
  rows: [["ADF, constant + trend, 1 lag", cCt, rejPlain / Nb], ["Perron: ADF + DU_t + D_t", perron5, rejPerron / Nb]],
  digits: 3,
}, { name: "primer2-perron" });
plot({
  data: [
    {
      type: "scatter", mode: "lines", name: "simulated series", x: example.map((_, t) => t + 1), y: example,
      line: { color: PALETTE[0] },
    },
    {
      type: "scatter", mode: "lines", name: "its broken trend", x: example.map((_, t) => t + 1),
      y: example.map((_, t) => 0.1 * (t + 1) + (t + 1 > TB ? 10 : 0)), line: { color: PALETTE[1], dash: "dash" },
    },
  ],
  layout: {
    title: "A trend-stationary series with one level break: " + (exPlain < cCt
      ? `the ADF test rejects a unit root here (τ = ${exPlain.toFixed(2)})`
      : `the ADF test sees a unit root (τ = ${exPlain.toFixed(2)} > ${cCt.toFixed(2)})`),
    xaxis: { title: "period t" }, yaxis: { title: "y_t (simulated units)" },
  },
}, { name: "primer2-perron" });
md(`For the series in the figure the plain ADF gives τ = ${exPlain.toFixed(3)} against its 5% value ` +
  `${cCt.toFixed(3)} (${exPlain < cCt ? "rejected" : "not rejected"}); Perron's regression gives τ = ` +
  `${ex.tau.toFixed(3)} against ${perron5.toFixed(3)} (${ex.tau < perron5 ? "rejected" : "not rejected"}). ` +
  `Over all ${Nb} samples, the plain ADF rejects the unit root in only ${(100 * rejPlain / Nb).toFixed(0)}% of ` +
  `them although ` +
  `every series is stationary around its broken trend; with the break in the regression the rejection rate is ` +
  `${(100 * rejPerron / Nb).toFixed(0)}% (at our simulated 5% value ${perron5.toFixed(2)}, more negative than ` +
  `the no-break ${cCt.toFixed(2)}; Perron's table gives ${perronTable} for a break in the middle). A break ` +
  `date chosen after looking at the data needs yet other critical ` +
  `values (Zivot and Andrews 1992).`);

// %% [markdown]
// ## Summary of the checks
// Every hand computation above against the engine (published = engine, reproduced = by hand; for the
// Monte Carlo rows, published = MacKinnon's surface, the nominal 5% size or Perron's table), with the gap. The
// same rows appear in `reports/REPRODUCTION.md` under "primers".

// %%
claimsTable("primers");

// %% [markdown]
// ## Exercises
//
// Compute each answer in code, with any method you like. The check cells compare numbers within a stated
// tolerance or test a property that every correct answer has, and print no answers; the reference
// computations live in `src/teaching/primer0203-checks.ts` (read it after you have answered). Run with
// `SANCTIONS_LAB_INSTRUCTOR=1` for the worked solutions. Exercises 1 to 3 are simulations: use at least
// 1,000 draws (10,000 for exercise 2), and the margins below allow for the simulation error of such a run
// and of ours, so a correct answer does not fail by the luck of a seed.
//
// 1. **Size without lags.** The unit root is true, but the differences are not white noise:
//    $y_0 = 0$, $y_t = y_{t-1} + e_t - 0.5\,e_{t-1}$ ($e_0 = 0$, $e_t$ independent $N(0, 1)$), $t = 1..100$.
//    How often does the 5% Dickey-Fuller test with a constant and **no** lagged differences (all 100
//    differences in the regression, MacKinnon's 5% value at $n = 100$) reject? (Checked within ±0.04 of our
//    20,000-draw rate, about 2.5 standard errors of a 1,000-draw rate.) Predict first: more or less than 5%,
//    and why do lagged differences help?
// 2. **Another statistic, another table.** Dickey and Fuller also tabulated the *normalised bias*
//    $n(\hat\rho - 1) = n\,\hat\gamma$. Simulate its 5% quantile for the regression with a constant **and
//    trend**, no lags, $n = 50$ observations in the regression, under a random walk $y_0 = 0$. (Checked
//    within two standard errors of the difference between a 10,000-draw estimate and our 40,000-draw one,
//    the margin shown by the check.)
// 3. **How long a sample for 50% power?** For the stationary AR(1) with $\rho = 0.95$ of section 5 (started
//    from its stationary distribution, 5% test with a constant and no lags, MacKinnon's value at $n = T - 1$),
//    find the number of observations $T$ at which the test rejects the unit root in half of the samples.
//    (Checked: the power at your $T$, from 4,000 fresh draws, must be within ±0.05 of 50%, about 2.8
//    standard errors of the gap between a 1,000-draw estimate and ours.) Then: what does your $T$ say about
//    quarterly macro series?
// 4. **Fool the ADF.** Give a series of 200 numbers that the ADF with constant, trend and one lagged
//    difference does *not* reject at 5%, but that Perron's regression with a break after period 100
//    (`perronTau(w, true)`) rejects at the simulated 5% value of section 6. (Checked: both statements.)

// %%
const answer1: number | null = null; // rejection rate of the no-lag test under MA(1) differences
const answer2: number | null = null; // 5% quantile of n(rho-hat - 1), constant and trend, n = 50
const answer3: number | null = null; // T at which the power at rho = 0.95 is 50%
const answer4: number[] | null = null; // 200 numbers: the ADF misses a stationary break, Perron's test does not

// %%
const check4 = (w: number[]) => p02Ex4Check(w, cCt, perron5);
exerciseProperty("1", answer1, p02Ex1Check);
exerciseProperty("2", answer2, p02Ex2Check);
exerciseProperty("3", answer3, p02Ex3Check);
exerciseProperty("4", answer4, check4);

// %%
if (instructorMode()) {
  // (1) simulate the MA(1) random walk and count rejections
  const r1 = new Rng(11), c100 = mackinnonCrit("c", 100)["5%"];
  let rej1 = 0;
  for (let s = 0; s < 2000; s++) {
    const w = [0];
    let ePrev = 0;
    for (let t = 1; t <= 100; t++) { const e = r1.normal(); w.push(w[t - 1] + e - 0.5 * ePrev); ePrev = e; }
    if (dfTau(w) < c100) rej1++;
  }
  const rate1 = rej1 / 2000;
  // (2) the normalised bias with constant and trend: gamma-hat from dfByHand with k = 0 on all 50 differences
  const r2 = new Rng(12), z2: number[] = [];
  for (let s = 0; s < 10000; s++) {
    const w = [0];
    for (let t = 1; t <= 50; t++) w.push(w[t - 1] + r2.normal());
    z2.push(50 * dfByHand(w, "ct", 0, 50).gamma);
  }
  const q2 = quantile7(z2.sort((a, b) => a - b), 0.05);
  // (3) power as a function of T by bisection on T (1,000 draws per T, common seed)
  const powerAt = (T: number) => {
    const r = new Rng(13), c = mackinnonCrit("c", T - 1)["5%"];
    let rej = 0;
    for (let s = 0; s < 1000; s++) if (dfTau(simAr(0.95, T, r)) < c) rej++;
    return rej / 1000;
  };
  let lo3 = 100, hi3 = 600;
  while (hi3 - lo3 > 1) { const mid = Math.floor((lo3 + hi3) / 2); if (powerAt(mid) < 0.5) lo3 = mid; else hi3 = mid; }
  const T3 = hi3;
  const rWorked = new Rng(5);
  let w4: number[] = breakSeries(rWorked, false);
  for (let i = 0; i < 50 && check4(w4) !== true; i++) w4 = breakSeries(rWorked, false);
  md(`**Worked solutions.** (1) Rejection rate ${rate1.toFixed(3)} in 2,000 draws, far above 5%: with ` +
    `$\\theta = -0.5$ the differences are negatively autocorrelated, the level reverts part of each shock, and ` +
    `without lagged differences the regression reads that partial reversion as evidence against the unit root. ` +
    `Lagged differences approximate the MA term and bring the size back towards 5% (only slowly: an MA root ` +
    `needs many lags). (2) ${q2.toFixed(2)} from 10,000 draws (\`dfByHand(w, "ct", 0, 50).gamma\` times 50); ` +
    `like τ, the statistic is pulled further to the left when a trend enters the regression. (3) T = ${T3} ` +
    `by bisection on T with 1,000 draws per T: section 5's ` +
    `ρ = 0.95 is a half-life of 13 quarters, yet the test needs about ${(T3 / 4).toFixed(0)} years of ` +
    `quarterly data to find it half the time; power depends on T(1 − ρ), the number of half-lives the ` +
    `sample spans. (4) Any draw of section 6's design that the plain ADF misses, e.g. ` +
    `\`breakSeries(new Rng(5), false)\` (retried until it is missed).`);
  exerciseProperty("1, worked", rate1, p02Ex1Check);
  exerciseProperty("2, worked", q2, p02Ex2Check);
  exerciseProperty("3, worked", T3, p02Ex3Check);
  exerciseProperty("4, worked", w4, check4);
}
