// %% [markdown]
// # Primer 1 · A vector autoregression from first principles
//
// This lecture builds a VAR step by step on US quarterly data and checks every step against the engine the
// research notebooks use (`src/econometrics/var/`, itself tested against R vars and statsmodels). Each check is
// recorded as a claim with tolerance 1e-10: the hand computation is "reproduced", the engine "published".
//
// **Data.** statsmodels' `macrodata` (public domain; `data/teaching/PROVENANCE.md`): real GDP, consumption and
// investment, 1959Q1-2009Q3. We model their quarterly growth rates, $y_t = 100\,\Delta \log(\text{level}_t)$, in percent.

// %%
import { readCsv, numericColumn } from "./src/data/csv";
import { repoDataPath } from "./src/data/datadir";
import { fitVar, irf, fevd, irfBands, runReplicates, bootstrapSpec } from "./src/econometrics/var/index";
import { Rng } from "./src/core/rng";
import { plot, table, claim, md, PALETTE } from "./src/notebook/index";
import { exercise, instructorMode } from "./src/teaching/exercise";

const raw = readCsv(repoDataPath("teaching", "macrodata.csv"));
const names = ["realgdp", "realcons", "realinv"];
const levels = names.map((n) => numericColumn(raw, n).values);
const T0 = levels[0].length;
const y: number[][] = [];
for (let t = 1; t < T0; t++) y.push(levels.map((x) => 100 * Math.log(x[t] / x[t - 1])));
const K = 3, p = 2;
md(`${y.length} quarterly growth rates for ${K} variables; we fit a VAR(${p}) with a constant.`);
const check = (what: string, hand: number, engine: number) => claim({ paper: "primers", where: `primer-01, ${what}`, published: engine, reproduced: hand, tolerance: { abs: 1e-10 * Math.max(1, Math.abs(engine)) }, explanation: "hand computation in this notebook vs the engine" });

// %% [markdown]
// ## 1. Stacking the lags
// A VAR(2) says $y_t = c + A_1 y_{t-1} + A_2 y_{t-2} + u_t$. Each equation is a regression on the same
// regressors $z_t = (1, y_{t-1}', y_{t-2}')'$, so we stack them into $Z$ ($T \times (1 + Kp)$) and the left-hand
// sides into $Y$ ($T \times K$), dropping the first $p$ observations.

// %%
const Z: number[][] = [], Y: number[][] = [];
for (let t = p; t < y.length; t++) { Z.push([1, ...y[t - 1], ...y[t - 2]]); Y.push(y[t]); }
const T = Z.length, m = Z[0].length;
table({ caption: "The first three rows of Z (regressors) and Y", columns: ["const", "gdp(-1)", "cons(-1)", "inv(-1)", "gdp(-2)", "cons(-2)", "inv(-2)", "| gdp", "cons", "inv"], rows: Z.slice(0, 3).map((z, i) => [...z, ...Y[i]]) });

// %% [markdown]
// ## 2. OLS by hand
// Equation-by-equation OLS is $B = (Z'Z)^{-1} Z'Y$. We solve the normal equations by Gauss-Jordan elimination
// (fine for a well-conditioned lecture example; the engine uses a QR factorisation, which stays accurate when
// $Z'Z$ is nearly singular).

// %%
function solveGJ(A: number[][], Bm: number[][]): number[][] {
  const n = A.length, M = A.map((r, i) => [...r, ...Bm[i]]);
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
const ZtZ = Array.from({ length: m }, (_, i) => Array.from({ length: m }, (_, j) => Z.reduce((s, z) => s + z[i] * z[j], 0)));
const ZtY = Array.from({ length: m }, (_, i) => Array.from({ length: K }, (_, k) => Z.reduce((s, z, t) => s + z[i] * Y[t][k], 0)));
const B = solveGJ(ZtZ, ZtY);
const res = fitVar(y, { lags: p, names: names });
let maxErr = 0;
B.forEach((row, i) => row.forEach((b, k) => (maxErr = Math.max(maxErr, Math.abs(b - res.coef[i][k])))));
md(`Largest difference between the hand and engine coefficients: **${maxErr.toExponential(2)}**.`);
check("OLS coefficient gdp.l1 in the investment equation", B[1][2], res.coef[1][2]);
check("OLS constant in the GDP equation", B[0][0], res.coef[0][0]);

// %% [markdown]
// ## 3. Residual covariance
// $\hat\Sigma_u = \hat U'\hat U / (T - Kp - 1)$ (degrees-of-freedom adjusted, as R vars and statsmodels report).

// %%
const U = Y.map((yt, t) => yt.map((v, k) => v - Z[t].reduce((s, z, i) => s + z * B[i][k], 0)));
const Sigma = Array.from({ length: K }, (_, i) => Array.from({ length: K }, (_, j) => U.reduce((s, u) => s + u[i] * u[j], 0) / (T - m)));
check("residual variance of investment", Sigma[2][2], res.sigmaU[2][2]);
check("residual covariance of GDP and consumption", Sigma[0][1], res.sigmaU[0][1]);

// %% [markdown]
// ## 4. The companion matrix and stability
// Writing the VAR(2) as a VAR(1) in $(y_t', y_{t-1}')'$ gives the companion matrix
// $F = \begin{pmatrix} A_1 & A_2 \\ I & 0 \end{pmatrix}$. The VAR is stable when every eigenvalue of $F$ lies
// inside the unit circle. We find the largest modulus by power iteration on $F'F$ powers... more simply, by
// iterating $x \leftarrow F x$ and measuring the growth rate of $\|x\|$ over many steps.

// %%
const A1 = Array.from({ length: K }, (_, i) => Array.from({ length: K }, (_, j) => B[1 + j][i]));
const A2 = Array.from({ length: K }, (_, i) => Array.from({ length: K }, (_, j) => B[1 + K + j][i]));
const F = [...A1.map((r, i) => [...r, ...A2[i]]), ...Array.from({ length: K }, (_, i) => Array.from({ length: 2 * K }, (_, j) => (j === i ? 1 : 0)))];
let x = Array.from({ length: 2 * K }, (_, i) => 1 + i);
let logGrowth = 0;
const steps = 2000;
for (let s = 0; s < steps; s++) {
  x = F.map((r) => r.reduce((a, f, j) => a + f * x[j], 0));
  const nrm = Math.sqrt(x.reduce((a, v) => a + v * v, 0));
  if (s >= steps / 2) logGrowth += Math.log(nrm);
  x = x.map((v) => v / nrm);
}
const rho = Math.exp(logGrowth / (steps / 2));
md(`Largest eigenvalue modulus by power iteration: **${rho.toFixed(8)}**; engine (eigen-decomposition): **${res.roots[0].toFixed(8)}**. The VAR is ${res.roots[0] < 1 ? "stable" : "not stable"}. (Power iteration converges at the rate of the ratio of the two largest moduli, so this check uses 1e-6.)`);
claim({ paper: "primers", where: "primer-01, largest companion eigenvalue modulus (power iteration)", published: res.roots[0], reproduced: rho, tolerance: 1e-6, explanation: "power iteration converges geometrically; 1e-6 instead of 1e-10" });

// %% [markdown]
// ## 5. Moving-average coefficients and impulse responses
// The MA representation $y_t = \mu + \sum_h \Phi_h u_{t-h}$ has $\Phi_0 = I$ and
// $\Phi_h = \Phi_{h-1} A_1 + \Phi_{h-2} A_2$. A one-unit reduced-form shock is not an economic shock, because the
// $u_t$ are correlated. The Cholesky factor $P$ ($PP' = \Sigma_u$, lower triangular) defines orthogonal shocks
// $\varepsilon_t = P^{-1} u_t$ and responses $\Theta_h = \Phi_h P$.

// %%
const mul = (a: number[][], b: number[][]) => a.map((r) => b[0].map((_, j) => r.reduce((s, v, k) => s + v * b[k][j], 0)));
const H = 12;
const Phi: number[][][] = [Array.from({ length: K }, (_, i) => Array.from({ length: K }, (_, j) => (i === j ? 1 : 0)))];
for (let h = 1; h <= H; h++) {
  const a = mul(Phi[h - 1], A1);
  const b = h >= 2 ? mul(Phi[h - 2], A2) : a.map((r) => r.map(() => 0));
  Phi.push(a.map((r, i) => r.map((v, j) => v + b[i][j])));
}
function cholesky(S: number[][]): number[][] {
  const n = S.length, L = S.map((r) => r.map(() => 0));
  for (let j = 0; j < n; j++) {
    L[j][j] = Math.sqrt(S[j][j] - L[j].slice(0, j).reduce((s, v) => s + v * v, 0));
    for (let i = j + 1; i < n; i++) L[i][j] = (S[i][j] - L[i].slice(0, j).reduce((s, v, k) => s + v * L[j][k], 0)) / L[j][j];
  }
  return L;
}
const P = cholesky(Sigma);
const Theta = Phi.map((ph) => mul(ph, P));
const ir = irf(res, H);
check("MA coefficient Phi_4[inv][gdp]", Phi[4][2][0], ir.ma[4][2][0]);
check("orthogonalised response Theta_2[inv][gdp]", Theta[2][2][0], ir.orth[2][2][0]);

// %% [markdown]
// ### Why the ordering matters
// The Cholesky factor makes the first variable's shock affect all variables on impact and the last variable's
// shock affect only itself. Reversing the order changes the identified shocks. Below: the response of
// investment to a "GDP shock" when GDP is ordered first and when it is ordered last.

// %%
const resRev = fitVar(y.map((r) => [r[2], r[1], r[0]]), { lags: p, names: ["realinv", "realcons", "realgdp"] });
const irRev = irf(resRev, H);
const hs = Array.from({ length: H + 1 }, (_, h) => h);
plot({
  data: [
    { type: "scatter", mode: "lines+markers", name: "GDP ordered first", x: hs, y: hs.map((h) => ir.orth[h][2][0]), line: { color: PALETTE[0] } },
    { type: "scatter", mode: "lines+markers", name: "GDP ordered last", x: hs, y: hs.map((h) => irRev.orth[h][0][2]), line: { color: PALETTE[1] } },
  ],
  layout: { title: "Response of investment growth to a one-s.d. GDP shock under two orderings", xaxis: { title: "quarters after the shock" }, yaxis: { title: "percentage points" } },
}, { name: "primer1-ordering" });

// %% [markdown]
// ## 6. Bands: what the residual bootstrap resamples
// One bootstrap replicate: draw $T$ residual vectors with replacement (after centring), rebuild the series
// recursively from the first $p$ observations and the estimated coefficients, re-estimate the VAR and
// re-identify by Cholesky. We do one replicate by hand with the same random stream the engine uses for
// replicate 0 (`Rng.stream(seed, 0)`) and compare.

// %%
const seed = 123;
const rng = Rng.stream(seed, 0);
const Uc = (() => { const mu = [0, 1, 2].map((k) => U.reduce((s, u) => s + u[k], 0) / T); return U.map((u) => u.map((v, k) => v - mu[k])); })();
const ys: number[][] = [y[0], y[1]];
const draws: number[] = [];
for (let t = p; t < y.length; t++) {
  const d = rng.int(T);
  draws.push(d);
  ys.push([0, 1, 2].map((i) => B[0][i] + [0, 1, 2].reduce((s, j) => s + A1[i][j] * ys[t - 1][j] + A2[i][j] * ys[t - 2][j], 0) + Uc[d][i]));
}
const resB = fitVar(ys, { lags: p, names: names });
const irB = irf(resB, H);
const spec = bootstrapSpec(res, H, "residual", seed);
const out = new Float64Array((H + 1) * K * K);
runReplicates(spec, 0, 1, out);
md(`The first ten residual draws (row indices): ${draws.slice(0, 10).join(", ")}.`);
check("bootstrap replicate 0, response of inv to a GDP shock at h = 3", irB.orth[3][2][0], out[3 * K * K + 2 * K + 0]);
const bands = await irfBands(res, { horizon: H, replications: 500, seed: seed, progress: false });
plot({
  data: [
    { type: "scatter", mode: "lines", x: [...hs, ...hs.slice().reverse()], y: [...hs.map((h) => bands.upper[h][2][0]), ...hs.slice().reverse().map((h) => bands.lower[h][2][0])], fill: "toself", fillcolor: "rgba(31,78,121,0.15)", line: { width: 0 }, name: "95% band (500 replicates)" },
    { type: "scatter", mode: "lines+markers", x: hs, y: hs.map((h) => ir.orth[h][2][0]), line: { color: PALETTE[0] }, name: "estimate" },
    { type: "scatter", mode: "lines", x: hs, y: hs.map((h) => irB.orth[h][2][0]), line: { color: PALETTE[1], dash: "dot" }, name: "replicate 0 (by hand)" },
  ],
  layout: { title: "Investment response to a GDP shock: estimate, one replicate, and the bootstrap band", xaxis: { title: "quarters after the shock" }, yaxis: { title: "percentage points" } },
}, { name: "primer1-bootstrap" });

// %% [markdown]
// ## 7. Forecast error variance decomposition
// The $h$-step forecast error of variable $i$ is $\sum_{l<h} \Theta_l \varepsilon_{t+h-l}$; its variance splits
// into shares by shock $j$: $\omega_{ij}(h) = \sum_{l<h} \Theta_{l,ij}^2 / \sum_{l<h}\sum_j \Theta_{l,ij}^2$.
// The shares sum to one across shocks.

// %%
const fevdHand = (i: number, j: number, h: number) => {
  let num = 0, den = 0;
  for (let l = 0; l < h; l++) { num += Theta[l][i][j] ** 2; for (let jj = 0; jj < K; jj++) den += Theta[l][i][jj] ** 2; }
  return num / den;
};
const fe = fevd(ir, H);
check("FEVD share of investment due to the GDP shock at h = 8", fevdHand(2, 0, 8), fe[7][2][0]);
table({ caption: "FEVD of investment growth (shares, rows sum to one)", columns: ["h", "GDP shock", "consumption shock", "investment shock", "sum"], rows: [1, 4, 8, 12].map((h) => [h, fe[h - 1][2][0], fe[h - 1][2][1], fe[h - 1][2][2], fe[h - 1][2][0] + fe[h - 1][2][1] + fe[h - 1][2][2]]) });

// %% [markdown]
// ## Exercises
// 1. Compute by hand the share of **consumption's** 4-quarter forecast error variance due to the GDP shock.
// 2. Compute the response of consumption to a one-s.d. consumption shock on impact ($\Theta_0$). Hint: it is a diagonal element of $P$.
//
// Write your answers in the next cell (replace `null`), then run the check cell.

// %%
const answer1: number | null = null; // your answer to exercise 1
const answer2: number | null = null; // your answer to exercise 2

// %%
exercise("1", answer1, fe[3][1][0], 1e-6, "fevd(ir, 4)[3][1][0]");
exercise("2", answer2, P[1][1], 1e-6, "the Cholesky factor's (2,2) element");
if (instructorMode()) md(`Answers: (1) ${fe[3][1][0].toFixed(6)}, (2) ${P[1][1].toFixed(6)}.`);
