// %% [markdown]
// # Primer 1 · A vector autoregression from first principles
//
// This lecture builds a vector autoregression (VAR) step by step on US quarterly data and checks every
// step against the engine the research notebooks use (`src/econometrics/var/`, itself tested against R
// vars, statsmodels and gretl). Each check is recorded as a claim with tolerance 1e-10 (relative for
// numbers above one in size): "published" is the engine's number, "reproduced" is ours.
//
// **Data.** statsmodels' `macrodata` (public domain; see `data/teaching/PROVENANCE.md`): US real GDP, real
// personal consumption and real private investment, 1959Q1-2009Q3, in billions of chained 2005 dollars. We
// model their quarterly growth rates in percent, $y_{k,t} = 100\,\Delta \log(\text{level}_{k,t})$, for the
// $K = 3$ variables $k$ = GDP, consumption, investment, and collect them in the vector $y_t = (y_{1,t}, y_{2,t}, y_{3,t})'$.

// %%
import { readCsv, numericColumn } from "./src/data/csv";
import { repoDataPath } from "./src/data/datadir";
import { fitVar, irf, fevd, irfBands, runReplicates, bootstrapSpec, replicateSeries, companion, choleskyFactor } from "./src/econometrics/var/index";
import { Rng } from "./src/core/rng";
import { plot, table, claim, claimsTable, md, PALETTE } from "./src/notebook/index";
import { engineCheck } from "./src/teaching/check";
import { exercise, instructorMode } from "./src/teaching/exercise";

const raw = readCsv(repoDataPath("teaching", "macrodata.csv"));
const names = ["realgdp", "realcons", "realinv"];
const labels = ["GDP", "consumption", "investment"];
const levels = names.map((n) => numericColumn(raw, n).values);
const y: number[][] = [];
for (let t = 1; t < levels[0].length; t++) y.push(levels.map((x) => 100 * Math.log(x[t] / x[t - 1])));
const K = 3, p = 2;
md(`${y.length} quarterly growth rates (1959Q2-2009Q3) for K = ${K} variables. We fit a VAR with p = ${p} lags and a constant.`);

// %% [markdown]
// ## 1. Stacking the lags
//
// A VAR(2) says that each variable depends on two lags of all variables:
// $y_t = c + A_1 y_{t-1} + A_2 y_{t-2} + u_t$, with $c$ a $K$-vector of constants, $A_1, A_2$ $K \times K$
// coefficient matrices, and $u_t$ the reduced-form errors (mean zero, covariance $\Sigma_u$, uncorrelated
// over time but correlated across equations). Every equation has the same regressors
// $z_t = (1, y_{t-1}', y_{t-2}')'$, so we stack them as the rows of $Z$ ($T \times (1 + Kp)$) and the
// left-hand sides as the rows of $Y$ ($T \times K$). The first $p$ observations only serve as lags, so
// $T$ is the number of observations minus $p$.

// %%
const Z: number[][] = [], Y: number[][] = [];
for (let t = p; t < y.length; t++) { Z.push([1, ...y[t - 1], ...y[t - 2]]); Y.push(y[t]); }
const T = Z.length, m = Z[0].length;
table({ caption: `The first three rows of Z (regressors) and Y (T = ${T} rows, growth rates in % per quarter)`, columns: ["const", "gdp(t-1)", "cons(t-1)", "inv(t-1)", "gdp(t-2)", "cons(t-2)", "inv(t-2)", "| gdp(t)", "cons(t)", "inv(t)"], rows: Z.slice(0, 3).map((z, i) => [...z, ...Y[i]]), digits: 4 });

// %% [markdown]
// ## 2. OLS by hand
//
// Because all equations share the regressors, OLS equation by equation is efficient, and all $K$
// equations at once read $B = (Z'Z)^{-1} Z'Y$. Column $k$ of $B$ ($m = 1 + Kp = 7$ rows) holds equation
// $k$'s coefficients; its rows are the estimates $\hat c$, then the rows of $\hat A_1'$ and $\hat A_2'$ (hats mark
// estimates). We solve the normal equations by Gauss-Jordan elimination. That is fine for this
// well-conditioned example; the engine uses a QR factorisation of $Z$, which stays accurate when $Z'Z$ is
// nearly singular (levels, trends).

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
table({ caption: "OLS coefficients by hand (rows: regressors; columns: equations)", columns: ["regressor", ...labels], rows: B.map((r, i) => [res.regressors[i], ...r]), digits: 4 });
engineCheck("primer-01, OLS coefficients B (7 x 3) by hand vs engine", B, res.coef);

// %% [markdown]
// ## 3. Residual covariance
//
// The residuals are $\hat U = Y - ZB$, and the residual covariance is estimated with a degrees-of-freedom
// correction, $\hat\Sigma_u = \hat U'\hat U / (T - m)$, as R vars and statsmodels report it.

// %%
const U = Y.map((yt, t) => yt.map((v, k) => v - Z[t].reduce((s, z, i) => s + z * B[i][k], 0)));
const Sigma = Array.from({ length: K }, (_, i) => Array.from({ length: K }, (_, j) => U.reduce((s, u) => s + u[i] * u[j], 0) / (T - m)));
table({ caption: "Residual covariance by hand (% per quarter, squared)", columns: ["", ...labels], rows: Sigma.map((r, i) => [labels[i], ...r]), digits: 4 });
engineCheck("primer-01, residual covariance Sigma_u (3 x 3) by hand vs engine", Sigma, res.sigmaU);

// %% [markdown]
// ## 4. The companion matrix and stability
//
// Stack two consecutive vectors, $\xi_t = (y_t', y_{t-1}')'$. Then the VAR(2) becomes a VAR(1),
// $\xi_t = \text{const} + F \xi_{t-1} + (u_t', 0')'$, with the **companion matrix**
// $F = \begin{pmatrix} A_1 & A_2 \\ I & 0 \end{pmatrix}$ ($Kp \times Kp$). Shocks die out, and the VAR is
// **stable** (and its growth rates stationary), when every eigenvalue of $F$ lies inside the unit circle.
//
// The largest eigenvalue by hand: **power iteration** repeats $x \leftarrow Fx/\|Fx\|$. The component of $x$
// along the eigenvector with the largest $|\lambda|$ grows fastest, so $x$ turns towards that eigenvector and
// $x'Fx/x'x$ approaches the eigenvalue, with an error shrinking like $(|\lambda_2|/|\lambda_1|)^n$.

// %%
const A1 = Array.from({ length: K }, (_, i) => Array.from({ length: K }, (_, j) => B[1 + j][i]));
const A2 = Array.from({ length: K }, (_, i) => Array.from({ length: K }, (_, j) => B[1 + K + j][i]));
const F = [...A1.map((r, i) => [...r, ...A2[i]]), ...Array.from({ length: K }, (_, i) => Array.from({ length: 2 * K }, (_, j) => (j === i ? 1 : 0)))];
const Feng = companion(res.A);
engineCheck("primer-01, companion matrix F (6 x 6) by hand vs engine", F, Array.from({ length: 2 * K }, (_, i) => Array.from(Feng.data.slice(i * 2 * K, (i + 1) * 2 * K))));
let x = Array.from({ length: 2 * K }, (_, i) => 1 + i);
const matVec = (M: number[][], v: number[]) => M.map((r) => r.reduce((a, f, j) => a + f * v[j], 0));
for (let s = 0; s < 200; s++) { const fx = matVec(F, x); const nrm = Math.hypot(...fx); x = fx.map((v) => v / nrm); }
const lambda1 = matVec(F, x).reduce((a, v, i) => a + v * x[i], 0); // x'Fx with x'x = 1
md(`Largest eigenvalue by power iteration: **${lambda1.toFixed(10)}**. The engine's moduli (Hessenberg reduction and the QR algorithm): ${res.roots.map((r) => r.toFixed(4)).join(", ")}. All lie inside the unit circle, so the VAR is ${res.stable ? "stable" : "not stable"}. The ratio of the two largest moduli is ${(res.roots[1] / res.roots[0]).toFixed(2)}, so 200 iterations shrink the error by a factor ${(res.roots[1] / res.roots[0]).toFixed(2)}^200, far below round-off.`);
engineCheck("primer-01, largest companion eigenvalue: power iteration vs engine eigen-decomposition", lambda1, res.eigen.re[0], { explanation: "power iteration (200 steps) vs the engine's eigenvalue decomposition (Hessenberg and QR); the error of power iteration shrinks like (0.29/0.61)^n, so 200 steps reach round-off and the usual 1e-10 applies" });

// %% [markdown]
// ## 5. Moving-average coefficients and orthogonal shocks
//
// Substituting the VAR into itself again and again writes $y_t$ as its mean plus a weighted sum of
// current and past errors, $y_t = \mu + \sum_{h \ge 0} \Phi_h u_{t-h}$, with $\mu = (I - A_1 - A_2)^{-1} c$.
// The $K \times K$ matrices $\Phi_h$ (the **MA coefficients**) follow the recursion $\Phi_0 = I$,
// $\Phi_h = \Phi_{h-1} A_1 + \Phi_{h-2} A_2$ (with $\Phi_{-1} = 0$). Element $(i, j)$ of $\Phi_h$ is the
// response of variable $i$, $h$ quarters later, to a one-unit error in equation $j$.
//
// A one-unit error $u_{j,t}$ is not an economic shock: the $u_t$ are correlated, so when GDP surprises,
// consumption usually surprises too. The **Cholesky factor** $P$ (lower triangular, $PP' = \Sigma_u$)
// defines uncorrelated shocks $\varepsilon_t = P^{-1} u_t$ with unit variance, and the **orthogonalised
// impulse responses** $\Theta_h = \Phi_h P$: element $(i, j)$ is the response of variable $i$ after $h$
// quarters to a one-standard-deviation shock $j$, in percentage points of quarterly growth.

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
engineCheck("primer-01, Cholesky factor P (3 x 3) by hand vs engine", P, choleskyFactor(res.sigmaU));
engineCheck("primer-01, MA coefficients Phi_0..Phi_12 by hand vs engine", Phi, ir.ma);
engineCheck("primer-01, orthogonalised responses Theta_0..Theta_12 by hand vs engine", Theta, ir.orth);

// %% [markdown]
// ### Why the ordering matters
//
// $P$ is lower triangular, so the first variable's shock moves every variable on impact, while the last
// variable's shock moves only itself: the ordering is an identifying assumption about what can react
// within the quarter. Reversing the order to (investment, consumption, GDP) means computing the Cholesky
// factor of the permuted covariance $\Pi \Sigma_u \Pi'$, with $\Pi$ the permutation matrix that reverses
// the variables. Below: the impact matrices side by side, and the responses to a "GDP shock" under both.

// %%
const rev = [2, 1, 0];
const SigmaRev = rev.map((i) => rev.map((j) => Sigma[i][j]));
const Prev = cholesky(SigmaRev); // rows and columns in the order (inv, cons, gdp)
// Theta_rev,h = Phi_h Pi' P_rev: element (i, j) is the response of variable i (original order) to shock j (reversed order)
const PiT_Prev = [0, 1, 2].map((i) => Prev[rev.indexOf(i)]); // row i of Pi' P_rev is row rev^-1(i) of P_rev
const ThetaRev = Phi.map((ph) => mul(ph, PiT_Prev));
const resRev = fitVar(y, { lags: p, names: names, order: ["realinv", "realcons", "realgdp"] });
const irRev = irf(resRev, H);
// the engine works in the reversed order throughout: its orth[h][i][j] is variable rev[i]'s response to shock j
engineCheck("primer-01, orthogonalised responses with the reversed ordering (inv, cons, gdp) by hand vs engine", ThetaRev.map((th) => rev.map((i) => th[i])), irRev.orth);
table({
  caption: "Impact responses Θ_0 (percentage points) to one-s.d. shocks under the two orderings: rows are responding variables",
  columns: ["response of", "GDP shock (GDP first)", "cons. shock (GDP first)", "inv. shock (GDP first)", "inv. shock (inv. first)", "cons. shock (inv. first)", "GDP shock (inv. first)"],
  rows: labels.map((l, i) => [l, ...P[i], ...ThetaRev[0][i]]),
  digits: 3,
}, { name: "primer1-ordering-impact" });

// %%
const hs = Array.from({ length: H + 1 }, (_, h) => h);
plot({
  data: [0, 1, 2].flatMap((i) => [
    { type: "scatter", mode: "lines+markers", name: "GDP ordered first", legendgroup: "first", showlegend: i === 0, x: hs, y: hs.map((h) => Theta[h][i][0]), line: { color: PALETTE[0] }, xaxis: `x${i + 1}`, yaxis: `y${i + 1}` },
    { type: "scatter", mode: "lines+markers", name: "GDP ordered last", legendgroup: "last", showlegend: i === 0, x: hs, y: hs.map((h) => ThetaRev[h][i][2]), line: { color: PALETTE[1], dash: "dot" }, xaxis: `x${i + 1}`, yaxis: `y${i + 1}` },
  ]),
  layout: {
    title: "Responses to a one-s.d. GDP shock under two orderings",
    xaxis1: { domain: [0, 0.28], title: "quarters after the shock" }, yaxis1: { title: "percentage points of quarterly growth" },
    xaxis2: { domain: [0.36, 0.64], title: "quarters after the shock", anchor: "y2" }, yaxis2: { anchor: "x2" },
    xaxis3: { domain: [0.72, 1], title: "quarters after the shock", anchor: "y3" }, yaxis3: { anchor: "x3" },
    annotations: labels.map((l, i) => ({ text: `response of ${l}`, x: [0.14, 0.5, 0.86][i], y: 1.02, xref: "paper", yref: "paper", showarrow: false, xanchor: "center", yanchor: "bottom" })),
    legend: { orientation: "h", x: 0, y: -0.22 },
  },
}, { name: "primer1-ordering" });

// %% [markdown]
// Ordered first, the GDP shock carries everything a GDP surprise has in common with the consumption and
// investment surprises, so all three move strongly on impact. Ordered last, it is only the part of a GDP
// surprise that the other two surprises do not explain: it is less than half as large and, by
// construction, moves neither consumption nor investment within the quarter. Neither is "right": the
// ordering is an assumption about timing and has to be argued for.

// %% [markdown]
// ## 6. Bands: what the residual bootstrap resamples
//
// The estimated responses are uncertain because $B$ and $\Sigma_u$ are estimates. The **residual
// bootstrap** builds artificial data sets that look like ours, re-estimates everything on each, and reads
// the spread of the responses. One replicate:
//
// 1. centre the residuals $\hat u_t$ (subtract their mean);
// 2. draw $T$ of them **with replacement** (row indices drawn uniformly from $1..T$, whole vectors, so the
//    correlation across equations is kept);
// 3. rebuild a series recursively: start from the actual first $p$ observations and set
//    $y^*_t = \hat c + \hat A_1 y^*_{t-1} + \hat A_2 y^*_{t-2} + u^*_t$;
// 4. fit a VAR(2) to $y^*$ and compute its Cholesky responses.
//
// We build replicate 0 by hand with the engine's random stream for it (`Rng.stream(seed, 0)`, one uniform
// draw per period), then let the engine build the same replicate.

// %%
const seed = 123;
const rng = Rng.stream(seed, 0);
const mu = [0, 1, 2].map((k) => U.reduce((s, u) => s + u[k], 0) / T);
const Uc = U.map((u) => u.map((v, k) => v - mu[k]));
const ys: number[][] = [y[0], y[1]];
const draws: number[] = [];
for (let t = p; t < y.length; t++) {
  const d = rng.int(T);
  draws.push(d);
  ys.push([0, 1, 2].map((i) => B[0][i] + [0, 1, 2].reduce((s, j) => s + A1[i][j] * ys[t - 1][j] + A2[i][j] * ys[t - 2][j], 0) + Uc[d][i]));
}
const spec = bootstrapSpec(res, H, "residual", seed);
engineCheck("primer-01, bootstrap replicate 0: the artificial series y* (202 x 3) by hand vs engine", ys, replicateSeries(spec, 0));
const irB = irf(fitVar(ys, { lags: p, names: names }), H);
const out = new Float64Array((H + 1) * K * K);
runReplicates(spec, 0, 1, out);
engineCheck("primer-01, bootstrap replicate 0: orthogonalised responses (13 x 3 x 3) by hand vs engine", irB.orth, Array.from({ length: H + 1 }, (_, h) => Array.from({ length: K }, (_, i) => Array.from(out.slice(h * K * K + i * K, h * K * K + (i + 1) * K)))));
const counts = new Array(T).fill(0);
draws.forEach((d) => counts[d]++);
md(`The first ten residual rows drawn: ${draws.slice(0, 10).join(", ")}. In this replicate ${counts.filter((c) => c === 0).length} of the ${T} residual vectors are never drawn and ${counts.filter((c) => c >= 2).length} are drawn twice or more (for large T about 37% and 26%).`);

// %%
const quarters = Array.from({ length: y.length }, (_, t) => 1959.25 + 0.25 * (t + 1));
plot({
  data: [
    { type: "scatter", mode: "lines", name: "actual", x: quarters, y: y.map((r) => r[2]), line: { color: PALETTE[0] } },
    { type: "scatter", mode: "lines", name: "bootstrap replicate 0", x: quarters, y: ys.map((r) => r[2]), line: { color: PALETTE[1], width: 1 } },
  ],
  layout: { title: "Investment growth: the data and one artificial series built from resampled residuals", xaxis: { title: "year (quarterly observations)" }, yaxis: { title: "% per quarter" } },
}, { name: "primer1-replicate" });

// %% [markdown]
// The engine repeats this $R = 500$ times and takes, at each horizon, the 2.5% and 97.5% quantiles of the
// replicates' responses as a 95% **percentile band**. We recompute the band edges by hand from the engine's
// stored replicate responses (quantiles with linear interpolation between order statistics, R's type 7).

// %%
const R = 500;
const bands = await irfBands(res, { horizon: H, replications: R, seed: seed, progress: false });
const q7 = (v: number[], pr: number) => { const s = v.slice().sort((a, b) => a - b); const h = (s.length - 1) * pr, lo = Math.floor(h); return s[lo] + (h - lo) * (s[Math.min(lo + 1, s.length - 1)] - s[lo]); };
const cell = (h: number, i: number, j: number) => Array.from(bands.draws.slice(((h * K + i) * K + j) * R, ((h * K + i) * K + j + 1) * R));
const lowerHand = hs.map((h) => [0, 1, 2].map((i) => [0, 1, 2].map((j) => q7(cell(h, i, j), 0.025))));
const upperHand = hs.map((h) => [0, 1, 2].map((i) => [0, 1, 2].map((j) => q7(cell(h, i, j), 0.975))));
engineCheck("primer-01, 95% percentile band edges (500 replicates, lower and upper) by hand from the replicates vs engine", [lowerHand, upperHand], [bands.lower, bands.upper]);
engineCheck("primer-01, replicate 0 inside irfBands equals the by-hand replicate (response of investment to a GDP shock, h = 0..12)", hs.map((h) => irB.orth[h][2][0]), hs.map((h) => bands.draws[((h * K + 2) * K + 0) * R + 0]));
plot({
  data: [
    { type: "scatter", mode: "lines", x: [...hs, ...hs.slice().reverse()], y: [...hs.map((h) => bands.upper[h][2][0]), ...hs.slice().reverse().map((h) => bands.lower[h][2][0])], fill: "toself", fillcolor: "rgba(31,78,121,0.15)", line: { width: 0 }, name: `95% band (${R} replicates)` },
    { type: "scatter", mode: "lines+markers", x: hs, y: hs.map((h) => ir.orth[h][2][0]), line: { color: PALETTE[0] }, name: "estimate" },
    { type: "scatter", mode: "lines", x: hs, y: hs.map((h) => irB.orth[h][2][0]), line: { color: PALETTE[1], dash: "dot" }, name: "replicate 0 (by hand)" },
  ],
  layout: { title: "Response of investment growth to a one-s.d. GDP shock (GDP first)", xaxis: { title: "quarters after the shock" }, yaxis: { title: "percentage points of quarterly growth" } },
}, { name: "primer1-bootstrap" });

// %% [markdown]
// ## 7. Forecast error variance decomposition
//
// The error of the $h$-step-ahead forecast of $y_{t+h}$ is $\sum_{l=0}^{h-1} \Theta_l\, \varepsilon_{t+h-l}$. The
// shocks are uncorrelated with unit variance, so the forecast error variance of variable $i$ is
// $\sum_{l<h}\sum_{j} \Theta_{l,ij}^2$, and shock $j$'s share of it is
//
// $$\omega_{ij}(h) = \frac{\sum_{l<h} \Theta_{l,ij}^2}{\sum_{l<h}\sum_{j'} \Theta_{l,ij'}^2}.$$
//
// By construction the shares of the $K$ shocks sum to one for every variable and horizon.

// %%
const fevdHand = (i: number, j: number, h: number) => {
  let num = 0, den = 0;
  for (let l = 0; l < h; l++) { num += Theta[l][i][j] ** 2; for (let jj = 0; jj < K; jj++) den += Theta[l][i][jj] ** 2; }
  return num / den;
};
const fe = fevd(ir, H);
const feHand = Array.from({ length: H }, (_, h) => [0, 1, 2].map((i) => [0, 1, 2].map((j) => fevdHand(i, j, h + 1))));
engineCheck("primer-01, FEVD shares omega_ij(h), h = 1..12, by hand vs engine", feHand, fe);
let worstSum = 1;
feHand.forEach((fh) => fh.forEach((row) => { const s = row.reduce((a, v) => a + v, 0); if (Math.abs(s - 1) > Math.abs(worstSum - 1)) worstSum = s; }));
claim({ paper: "primers", kind: "teaching-check", item: "primer-01", entry: "fevd-shares-sum-to-one", where: "FEVD shares by hand sum to one over shocks (worst of 36 variable-horizon pairs)", published: 1, reproduced: worstSum, tolerance: 1e-10, explanation: "the shares are ratios of a sum to its own total; 1 is exact by definition, the gap is round-off" });
table({ caption: "FEVD of investment growth (shares of the forecast error variance; rows sum to one)", columns: ["h (quarters)", "GDP shock", "consumption shock", "investment shock", "sum"], rows: [1, 4, 8, 12].map((h) => [h, fe[h - 1][2][0], fe[h - 1][2][1], fe[h - 1][2][2], fe[h - 1][2][0] + fe[h - 1][2][1] + fe[h - 1][2][2]]), digits: 4 }, { name: "primer1-fevd" });

// %% [markdown]
// With GDP first, GDP shocks explain more than half of the one-quarter-ahead forecast error variance of
// investment growth and about 46% from four quarters on; the shares settle quickly because the responses
// die out within about two years. Whatever investment shares with GDP within the quarter is attributed to
// the shock ordered first: with the reversed ordering (`fevd(irRev, H)`), the GDP shock's share of
// investment on impact is zero.

// %% [markdown]
// ## Summary of the checks
// Every hand computation above against the engine (published = engine, reproduced = by hand), with the
// gap. The same rows appear in `reports/REPRODUCTION.md` under "primers".

// %%
claimsTable("primers");

// %% [markdown]
// ## Exercises
//
// Use `Phi`, `Theta`, `Sigma`, `cholesky` and `mul` from the cells above, and compute the answers in code
// (each is checked to within 1e-6, relative for answers larger than one).
//
// 1. The share of **consumption's** 4-quarter-ahead forecast error variance due to the GDP shock (GDP first).
// 2. The 8-quarter-ahead forecast error **variance** of investment growth itself (not a share), in
//    (% per quarter)².
// 3. The impact response of investment to a one-s.d. consumption shock when the ordering is
//    (consumption, GDP, investment). Hint: permute $\Sigma_u$ as in section 5.
//
// Replace each `null` with your answer and run the check cell.

// %%
const answer1: number | null = null; // FEVD share, consumption, GDP shock, h = 4
const answer2: number | null = null; // 8-step forecast error variance of investment growth
const answer3: number | null = null; // impact of a consumption shock on investment, ordering (cons, gdp, inv)

// %%
const ref1 = fe[3][1][0];
const ref2 = ir.orth.slice(0, 8).reduce((s, th) => s + th[2].reduce((a, v) => a + v * v, 0), 0);
const ref3 = irf(fitVar(y, { lags: p, names: names, order: ["realcons", "realgdp", "realinv"] }), 0).orth[0][2][0];
exercise("1", answer1, ref1, 1e-6, "fevd(ir, 4)[3][1][0]");
exercise("2", answer2, ref2, 1e-6, "the sum over l = 0..7 and all shocks j of Theta_l[inv][j]^2");
exercise("3", answer3, ref3, 1e-6, "irf(fitVar(y, {lags: 2, order: ['realcons', 'realgdp', 'realinv']}), 0).orth[0][2][0] = Sigma_u[inv][cons] / sqrt(Sigma_u[cons][cons])");
if (instructorMode()) md(`**Answers.** (1) ${ref1.toFixed(6)}; (2) ${ref2.toFixed(6)}; (3) ${ref3.toFixed(6)}.`);
