// %% [markdown]
// # Primer 3 · Perfect foresight: the Ramsey model solved three ways
//
// The Funke & Wende notebooks solve a large model by *perfect foresight*: agents know the whole future path
// of the shocks, and the model's equations must hold in every period between a known starting point and a
// known end point. This lecture solves the Ramsey model from Dynare's examples (`ramst.mod`) by shooting, by a
// stacked Newton method written out in cells, and by our engine (`src/dynare/`, tested against Dynare 5.3).
//
// **The model.** Output $a x_t k_{t-1}^{\alpha}$ is consumed or saved: $c_t + k_t = a x_t k_{t-1}^{\alpha} + (1-\delta)k_{t-1}$.
// Consumption obeys the Euler equation $c_t^{-\gamma} = \frac{1}{1+\beta}\,(\alpha a x_{t+1} k_t^{\alpha-1} + 1 - \delta)\,c_{t+1}^{-\gamma}$,
// with $\alpha = 0.5$ (capital share), $\gamma = 0.5$ (inverse intertemporal elasticity), $\delta = 0.02$
// (depreciation), $\beta = 0.05$ (discount *rate*), $a = 0.5$ and technology $x_t$ (1 in steady state).

// %%
import { loadMod, runMod } from "./src/dynare/index";
import { repoDataPath } from "./src/data/datadir";
import { plot, table, claim, md, PALETTE } from "./src/notebook/index";
import { exercise, instructorMode } from "./src/teaching/exercise";

const al = 0.5, ga = 0.5, de = 0.02, be = 0.05, aa = 0.5;
const kss = (x: number) => Math.pow((de + be) / (aa * al * x), 1 / (al - 1));
const css = (x: number) => aa * x * Math.pow(kss(x), al) - de * kss(x);
md(`Steady state at x = 1: k = ${kss(1).toFixed(6)}, c = ${css(1).toFixed(6)}.`);

// %% [markdown]
// ## 1. Shooting
// Guess $c_1$; then the budget gives $k_1$ and the Euler equation gives $c_2$, and so on forward. Too much
// consumption runs capital to zero; too little accumulates capital for ever. Bisection on $c_1$ finds the
// saddle path. The catch: errors in $c_1$ grow geometrically along the path, so in double precision shooting
// can only hold the path near the steady state for a limited number of periods.

// %%
const xPath = (t: number, shock: "temp" | "perm") => (shock === "temp" ? (t === 1 ? 1.2 : 1) : 1.1);
function shoot(c1: number, T: number, shock: "temp" | "perm"): { c: number[]; k: number[]; fate: number } {
  const c = [css(1)], k = [kss(1)];
  for (let t = 1; t <= T; t++) {
    const ct = t === 1 ? c1 : c[t - 1] * Math.pow((aa * al * xPath(t, shock) * Math.pow(k[t - 1], al - 1) + 1 - de) / (1 + be), 1 / ga);
    const kt = aa * xPath(t, shock) * Math.pow(k[t - 1], al) + (1 - de) * k[t - 1] - ct;
    c.push(ct); k.push(kt);
    if (kt <= 0) return { c, k, fate: -1 };      // consumed too much
    if (kt > 3 * kss(1.2)) return { c, k, fate: 1 }; // saved too much
  }
  // no explosion within T periods: judge by where capital ends relative to the terminal steady state
  const kT = kss(shock === "temp" ? 1 : 1.1);
  return { c, k, fate: k[T] < kT ? -1 : 1 };
}
function shootingPath(T: number, shock: "temp" | "perm") {
  let lo = 0.5 * css(1), hi = 2 * css(1.2);
  for (let i = 0; i < 200; i++) {
    const mid = 0.5 * (lo + hi);
    const r = shoot(mid, T, shock);
    if (r.fate === -1) hi = mid; else lo = mid;
  }
  return shoot(0.5 * (lo + hi), T, shock);
}
const sh = shootingPath(200, "temp");
const lastGood = sh.k.findIndex((v, t) => t > 5 && Math.abs(v - kss(1)) > 0.05 * kss(1) && t > 20);
md(`Bisection pins c₁ to machine precision, but the shooting path leaves the steady state after about **${lastGood > 0 ? lastGood : sh.k.length} periods**: round-off in c₁ is amplified along the unstable root.`);

// %% [markdown]
// ## 2. Stacked Newton by hand
// Instead of marching forward, write all $2T$ equations for periods $1..T$ as one system $F(z) = 0$ in the
// unknowns $z = (c_1, k_1, \dots, c_T, k_T)$, with $k_0$ and $c_{T+1}$ fixed at the initial and terminal steady
// states, and solve by Newton: $z \leftarrow z - J(z)^{-1} F(z)$. Period $t$'s equations involve only periods
// $t-1$, $t$, $t+1$, so the Jacobian is block tridiagonal. We do it densely for $T = 40$.

// %%
function stackedNewton(T: number, shock: "temp" | "perm", terminal: { c: number; k: number }) {
  const n = 2 * T;
  let z = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? terminal.c : terminal.k));
  const get = (zz: number[], t: number) => (t === 0 ? { c: css(1), k: kss(1) } : t === T + 1 ? terminal : { c: zz[2 * (t - 1)], k: zz[2 * (t - 1) + 1] });
  const F = (zz: number[]) => {
    const f: number[] = [];
    for (let t = 1; t <= T; t++) {
      const p = get(zz, t - 1), q = get(zz, t), r = get(zz, t + 1);
      f.push(q.c + q.k - aa * xPath(t, shock) * Math.pow(p.k, al) - (1 - de) * p.k);
      f.push(Math.pow(q.c, -ga) - (aa * al * xPath(t + 1, shock) * Math.pow(q.k, al - 1) + 1 - de) * Math.pow(r.c, -ga) / (1 + be));
    }
    return f;
  };
  let J: number[][] = [];
  let iters = 0;
  for (; iters < 20; iters++) {
    const f = F(z);
    if (Math.max(...f.map(Math.abs)) < 1e-12) break;
    J = Array.from({ length: n }, () => new Array(n).fill(0));
    for (let j = 0; j < n; j++) {
      const h = 1e-7 * Math.max(1, Math.abs(z[j]));
      const zp = z.slice(); zp[j] += h;
      const zm = z.slice(); zm[j] -= h;
      const fp = F(zp), fm = F(zm);
      for (let i = 0; i < n; i++) J[i][j] = (fp[i] - fm[i]) / (2 * h);
    }
    // Gaussian elimination on [J | -f]
    const M = J.map((row, i) => [...row, -f[i]]);
    for (let c = 0; c < n; c++) {
      let piv = c;
      for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[piv][c])) piv = r;
      [M[c], M[piv]] = [M[piv], M[c]];
      for (let r = c + 1; r < n; r++) { const g = M[r][c] / M[c][c]; if (g !== 0) for (let j = c; j <= n; j++) M[r][j] -= g * M[c][j]; }
    }
    const dz = new Array(n).fill(0);
    for (let i = n - 1; i >= 0; i--) { let s = M[i][n]; for (let j = i + 1; j < n; j++) s -= M[i][j] * dz[j]; dz[i] = s / M[i][i]; }
    z = z.map((v, i) => v + dz[i]);
  }
  return { c: [css(1), ...Array.from({ length: T }, (_, t) => z[2 * t])], k: [kss(1), ...Array.from({ length: T }, (_, t) => z[2 * t + 1])], J, iters };
}
const T40 = 40;
const hand = stackedNewton(T40, "temp", { c: css(1), k: kss(1) });
md(`Newton converged in **${hand.iters}** iterations on ${2 * T40} unknowns.`);
plot({
  data: [{ type: "heatmap", z: hand.J.map((r) => r.map((v) => (Math.abs(v) > 1e-12 ? 1 : 0))), colorscale: [[0, "white"], [1, "#1f4e79"]], showscale: false }],
  layout: { title: "Nonzero pattern of the stacked Jacobian (T = 40): block tridiagonal", xaxis: { title: "unknown (c1, k1, c2, k2, ...)" }, yaxis: { title: "equation", autorange: "reversed" }, width: 560, height: 520 },
}, { name: "primer3-jacobian", width: 560, height: 520 });

// %% [markdown]
// ## 3. The engine, and agreement of the methods
// The engine reads `ramst.mod`, computes the steady state, builds the same stacked system with symbolic
// derivatives and solves it with a block-tridiagonal elimination whose cost grows linearly in $T$.

// %%
const eng40 = runMod(loadMod(repoDataPath("teaching", "ramst.mod")), { periods: T40, solver: { exact: true } });
let maxGap = 0;
for (let t = 0; t <= T40; t++) maxGap = Math.max(maxGap, Math.abs(hand.c[t] - eng40.paths.c[t]), Math.abs(hand.k[t] - eng40.paths.k[t]));
md(`Largest gap between the hand-made stacked Newton and the engine over ${T40} periods: **${maxGap.toExponential(2)}** (finite-difference Jacobian; both converge to max |residual| < 1e-12).`);
claim({ paper: "primers", where: "primer-03, Ramsey capital in period 10 (T = 40): stacked Newton by hand vs engine", published: eng40.paths.k[10], reproduced: hand.k[10], tolerance: 1e-10, explanation: "same equations, same boundary conditions; hand version uses a dense finite-difference Jacobian" });
claim({ paper: "primers", where: "primer-03, Ramsey consumption in period 1 (T = 40): stacked Newton by hand vs engine", published: eng40.paths.c[1], reproduced: hand.c[1], tolerance: 1e-10, explanation: "same equations, same boundary conditions" });
const sh40 = shootingPath(60, "temp");
claim({ paper: "primers", where: "primer-03, Ramsey consumption in period 1: shooting (60 periods) vs engine (T = 200)", published: runMod(loadMod(repoDataPath("teaching", "ramst.mod")), { solver: { exact: true } }).paths.c[1], reproduced: sh40.c[1], tolerance: 1e-5, explanation: "shooting aims at the steady state after 60 periods, the engine after 200; the horizon gap, not round-off, limits agreement (measured about 1e-6), hence 1e-5" });

// %% [markdown]
// ## 4. A temporary and a permanent shock
// The temporary shock raises technology by 20% for one period; the permanent one raises it by 10% for ever
// (`ramst_permanent.mod`: `endval` moves the terminal steady state).

// %%
const temp = runMod(loadMod(repoDataPath("teaching", "ramst.mod")), { solver: { exact: true } });
const perm = runMod(loadMod(repoDataPath("teaching", "ramst_permanent.mod")), { solver: { exact: true } });
const ts = Array.from({ length: 101 }, (_, t) => t);
plot({
  data: [
    { type: "scatter", mode: "lines", name: "capital, temporary +20% (one period)", x: ts, y: ts.map((t) => 100 * (temp.paths.k[t] / kss(1) - 1)), line: { color: PALETTE[0] } },
    { type: "scatter", mode: "lines", name: "capital, permanent +10%", x: ts, y: ts.map((t) => 100 * (perm.paths.k[t] / kss(1) - 1)), line: { color: PALETTE[1] } },
    { type: "scatter", mode: "lines", name: "consumption, temporary", x: ts, y: ts.map((t) => 100 * (temp.paths.c[t] / css(1) - 1)), line: { color: PALETTE[0], dash: "dot" } },
    { type: "scatter", mode: "lines", name: "consumption, permanent", x: ts, y: ts.map((t) => 100 * (perm.paths.c[t] / css(1) - 1)), line: { color: PALETTE[1], dash: "dot" } },
  ],
  layout: { title: "Ramsey model: temporary vs permanent technology shock", xaxis: { title: "period" }, yaxis: { title: "% deviation from the initial steady state" } },
}, { name: "primer3-shocks" });

// %% [markdown]
// ## 5. Why the terminal condition matters
// Perfect foresight needs an end point. With a permanent shock the right end point is the *new* steady state;
// pinning the end to the old one forces the economy back, and the path is wrong long before the horizon.

// %%
const wrong = stackedNewton(T40, "perm", { c: css(1), k: kss(1) });
const right = stackedNewton(T40, "perm", { c: css(1.1), k: kss(1.1) });
plot({
  data: [
    { type: "scatter", mode: "lines", name: "terminal = new steady state", x: ts.slice(0, T40 + 1), y: right.k, line: { color: PALETTE[1] } },
    { type: "scatter", mode: "lines", name: "terminal = old steady state (wrong)", x: ts.slice(0, T40 + 1), y: wrong.k, line: { color: PALETTE[6], dash: "dash" } },
  ],
  layout: { title: "Capital after a permanent shock with two terminal conditions (T = 40)", xaxis: { title: "period" }, yaxis: { title: "capital" } },
}, { name: "primer3-terminal" });

// %% [markdown]
// ## Exercises
// 1. Compute the new steady-state capital stock after the permanent 10% technology increase (closed form).
// 2. How many Newton iterations does the engine need for the temporary shock with Dynare's default tolerance (1e-5)?

// %%
const answer1: number | null = null;
const answer2: number | null = null;

// %%
exercise("1", answer1, kss(1.1), 1e-8, "((delta + beta)/(a alpha 1.1))^(1/(alpha - 1))");
exercise("2", answer2, runMod(loadMod(repoDataPath("teaching", "ramst.mod"))).iterations, 0, "runMod(...).iterations");
if (instructorMode()) md(`Answers: (1) ${kss(1.1).toFixed(6)}, (2) ${runMod(loadMod(repoDataPath("teaching", "ramst.mod"))).iterations}.`);
