// %% [markdown]
// # Primer 2 · Unit roots: why they matter and how the tests work
//
// Every empirical notebook here starts with unit-root tests, because regressions on trending series can
// mislead. This lecture shows the problem in a small seeded simulation, builds the Dickey-Fuller regression by
// hand, checks the engine's ADF statistic against it, simulates the distribution of the statistic to see where
// MacKinnon's critical values come from, and explains why R's urca and statsmodels can pick different lags.
// Engine: `src/econometrics/unitroot.ts` (tested against statsmodels, urca and gretl).

// %%
import { Rng } from "./src/core/rng";
import { adf, mackinnonCrit, mackinnonP } from "./src/econometrics/unitroot";
import { ols } from "./src/econometrics/ols";
import { readCsv, numericColumn } from "./src/data/csv";
import { repoDataPath } from "./src/data/datadir";
import { plot, table, claim, md, PALETTE } from "./src/notebook/index";
import { exercise, instructorMode } from "./src/teaching/exercise";

// %% [markdown]
// ## 1. What a unit root does to OLS
// Take two *independent* random walks $x_t = x_{t-1} + e_t$, $y_t = y_{t-1} + v_t$ and regress $y$ on $x$. With
// stationary data the t-test would reject a true null 5% of the time; with random walks it rejects far more
// often: the "spurious regression" of Granger and Newbold (1974). 500 seeded simulations, T = 100.

// %%
const rng = new Rng(1974);
let rejectRW = 0, rejectIID = 0;
const nsim = 500, Tn = 100;
for (let s = 0; s < nsim; s++) {
  let x = 0, y = 0;
  const X: number[][] = [], Y: number[] = [], Xi: number[][] = [], Yi: number[] = [];
  for (let t = 0; t < Tn; t++) {
    x += rng.normal(); y += rng.normal();
    X.push([1, x]); Y.push(y);
    Xi.push([1, rng.normal()]); Yi.push(rng.normal());
  }
  if (Math.abs(ols(Y, X).tvalues[1]) > 1.984) rejectRW++;
  if (Math.abs(ols(Yi, Xi).tvalues[1]) > 1.984) rejectIID++;
}
table({ caption: "Share of 500 simulations in which |t| > 1.984 (nominal 5% test of a true null)", columns: ["data", "rejection rate"], rows: [["independent white noise", rejectIID / nsim], ["independent random walks", rejectRW / nsim]] });

// %% [markdown]
// ## 2. The Dickey-Fuller regression by hand
// To test for a unit root in $y_t$, regress $\Delta y_t = c + \gamma y_{t-1} + \sum_{j=1}^{k} \delta_j \Delta y_{t-j} + e_t$
// and look at the t-statistic of $\gamma$ ($\tau$). Under the null $\gamma = 0$ (a unit root) $\tau$ does not
// follow a t distribution, which is why special critical values are needed. We run it on the log of US real
// GDP with $k = 2$ lagged differences.

// %%
const gdp = Array.from(numericColumn(readCsv(repoDataPath("teaching", "macrodata.csv")), "realgdp").values, Math.log);
const k = 2;
const Yd: number[] = [], Xd: number[][] = [];
for (let t = k + 1; t < gdp.length; t++) {
  Yd.push(gdp[t] - gdp[t - 1]);
  Xd.push([1, gdp[t - 1], ...Array.from({ length: k }, (_, j) => gdp[t - 1 - j] - gdp[t - 2 - j])]);
}
const byHand = ols(Yd, Xd);
const eng = adf(gdp, { trend: "c", maxlag: k, autolag: null });
md(`Hand regression: tau = **${byHand.tvalues[1].toFixed(6)}** on ${Yd.length} observations; engine: tau = **${eng.tau.toFixed(6)}** on ${eng.nobs}; MacKinnon p-value ${eng.pvalue.toFixed(4)}, 5% critical value ${eng.critical["5%"].toFixed(4)}.`);
claim({ paper: "primers", where: "primer-02, ADF tau of log real GDP, constant, 2 lags (hand OLS vs engine)", published: eng.tau, reproduced: byHand.tvalues[1], tolerance: 1e-10, explanation: "the same regression by hand (src/econometrics/ols.ts) and by adf()" });

// %% [markdown]
// ## 3. Where MacKinnon's critical values come from
// Simulate random walks, compute $\tau$ (constant, no lags) for each, and read the 1%, 5% and 10% quantiles.
// MacKinnon (2010) fitted response surfaces $\tau_q(T) = \beta_\infty + \beta_1/T + \beta_2/T^2 + \beta_3/T^3$ to
// millions of such simulations; with 4,000 draws we should land within Monte Carlo error of them.

// %%
const rngMc = new Rng(2010);
const taus: number[] = [];
const Tmc = 100, nmc = 4000;
for (let s = 0; s < nmc; s++) {
  let lv = 0;
  const w: number[] = [0];
  for (let t = 1; t <= Tmc; t++) { lv += rngMc.normal(); w.push(lv); }
  taus.push(adf(w, { trend: "c", maxlag: 0, autolag: null }).tau);
}
taus.sort((a, b) => a - b);
const q = (p: number) => taus[Math.floor(p * (nmc - 1))];
const mk = mackinnonCrit("c", Tmc);
table({ caption: `Dickey-Fuller tau with a constant, T = ${Tmc}: Monte Carlo (${nmc} draws) vs MacKinnon (2010)`, columns: ["quantile", "Monte Carlo", "MacKinnon (2010)", "difference"], rows: [["1%", q(0.01), mk["1%"], q(0.01) - mk["1%"]], ["5%", q(0.05), mk["5%"], q(0.05) - mk["5%"]], ["10%", q(0.1), mk["10%"], q(0.1) - mk["10%"]]] });
claim({ paper: "primers", where: "primer-02, Monte Carlo 5% quantile of tau (T = 100, 4000 draws) vs MacKinnon (2010)", published: mk["5%"], reproduced: q(0.05), tolerance: 0.08, explanation: "Monte Carlo standard error of a 5% quantile with 4000 draws is about 0.03-0.04; tolerance 0.08" });
plot({
  data: [{ type: "histogram", x: taus, nbinsx: 60, name: "simulated tau", marker: { color: PALETTE[0] } }],
  layout: { title: "Distribution of the Dickey-Fuller tau under a unit root (T = 100)", xaxis: { title: "tau" }, yaxis: { title: "count" }, shapes: (["1%", "5%", "10%"] as const).map((c) => ({ type: "line", x0: mk[c], x1: mk[c], y0: 0, y1: 1, yref: "paper", line: { color: PALETTE[1], dash: "dash" } })) },
}, { name: "primer2-df-distribution" });

// %% [markdown]
// ## 4. Lag choice: why packages differ
// With the lag chosen by AIC, **statsmodels** searches $k = 0..k_{max}$ on a sample trimmed for $k_{max}$ and then
// re-estimates the chosen $k$ on the longest sample it allows; **urca** searches $k = 1..k_{max}$ and keeps the
// trimmed sample. Same data, different statistics:

// %%
const dgdp = gdp.slice(1).map((v, t) => v - gdp[t]);
const rows: (string | number)[][] = [];
for (const [name, x] of [["log real GDP", gdp], ["GDP growth", dgdp]] as [string, number[]][]) {
  const a = adf(x, { trend: "c", maxlag: 8, autolag: "aic" });
  const u = adf(x, { trend: "c", maxlag: 8, autolag: "aic", convention: "urca" });
  rows.push([name, a.usedLag, a.nobs, a.tau, u.usedLag, u.nobs, u.tau]);
}
table({ caption: "ADF with AIC lag choice (max 8): statsmodels vs urca conventions", columns: ["series", "lags (sm)", "T (sm)", "tau (sm)", "lags (urca)", "T (urca)", "tau (urca)"], rows });
md(`p-value of the GDP-growth statistic (statsmodels convention): ${mackinnonP(rows[1][3] as number, "c").toExponential(2)}: growth is stationary, log GDP is not.`);

// %% [markdown]
// ## Exercises
// 1. Run the ADF regression with a constant and **no** lagged differences on log real GDP by hand (with `ols`) and report tau.
// 2. Is the 10% critical value of tau with a constant and trend (MacKinnon 2010, T = 200) above or below -3.13? Enter the value.

// %%
const answer1: number | null = null;
const answer2: number | null = null;

// %%
exercise("1", answer1, adf(gdp, { trend: "c", maxlag: 0, autolag: null }).tau, 1e-8, "adf(gdp, {trend: 'c', maxlag: 0, autolag: null}).tau");
exercise("2", answer2, mackinnonCrit("ct", 200)["10%"], 1e-6, "mackinnonCrit('ct', 200)['10%']");
if (instructorMode()) md(`Answers: (1) ${adf(gdp, { trend: "c", maxlag: 0, autolag: null }).tau.toFixed(6)}, (2) ${mackinnonCrit("ct", 200)["10%"].toFixed(6)}.`);
