// %% [markdown]
// # 04 · Funke & Wende (2025): the three-region model with export bans and re-exporters
//
// Funke & Wende build a dynamic trade model with three regions — the sanctioning coalition (SC), Russia
// (RU) and the rest of the world (RW) — in which firms draw their productivity from a Pareto distribution,
// only the more productive ones export, SC bans exports of a share $\Gamma$ of its varieties to RU, and front
// companies in RW buy banned varieties and resell them in RU at a cost that rises with the variety's
// productivity (the paper's sections 3-4). This notebook rebuilds the model's **steady state** step by step:
// the firm-level closed forms, the general-equilibrium system, its calibration to Table 1 and Table 2, the
// re-export fixed cost, and Figure 3. Notebook 05 runs the sanctions experiments.
//
// Everything is computed by `src/models/funke-wende/`, re-derived from the paper's equations. Where the paper
// is ambiguous or has a typo we label the point [A#] (the labels of the reference study's notes) and expose
// the reading as an option; the defaults follow the paper's own equations where they can be made consistent.

// %%
import * as fw from "./src/models/funke-wende/index";
import { plot, table, claim, claimReadings, md, PALETTE } from "./src/notebook/index";
import { validate } from "./src/models/funke-wende/params";

const PAPER = "funke-wende-2025";

const p0 = fw.table1();
table(
  {
    caption: "Table 1 (Funke & Wende 2025, section 4) and the tariffs of section 4, as used here",
    columns: ["parameter", "symbol", "value", "note"],
    rows: [
      ["micro elasticity (between varieties)", "θ", p0.theta, "Table 1"],
      ["macro elasticity (domestic vs imported bundle)", "ω", p0.omega, "Table 1"],
      ["labour, capital, materials weights", "ρ_L, ρ_K, ρ_M", `${p0.rhoL}, ${p0.rhoK}, ${p0.rhoM}`, "Table 1"],
      ["firm exit, capital depreciation", "δ, δ_K", `${p0.delta}, ${p0.deltaK}`, "Table 1"],
      [
        "entry cost, aggregate productivity",
        "f_E, Z",
        `${p0.fE}, 1`,
        "Table 1; entry cost paid in input bundles, eq. 23 [A9]",
      ],
      ["Pareto bound and shape", "z_min, k", `${p0.zmin}, ${p0.k}`, "Table 1"],
      [
        "re-export cost scale and productivity elasticity",
        "τ_RX, τ_z",
        `${p0.tauRX}, ${p0.tauZ}`,
        "Table 1; τ_RX z^τ_z ≥ 1.13 for every re-exported good [A1]",
      ],
      [
        "discount factor, risk aversion, adjustment cost",
        "β, γ, φ",
        `${p0.beta}, ${p0.gamma}, ${p0.phi}`,
        "Table 1 (γ, φ only matter for dynamics)",
      ],
      ["risk premium", "Υ", p0.upsilon, "blank in Table 1 [A14]; our choice, dynamics only"],
      ["tariffs", "τ^{ji}", "3.2% (SC, RW), 5.3% (RU)", "section 4, WTO MFN averages"],
      ["iceberg cost of direct trade", "τ_X", p0.tauX, "not reported [A2]; Ghironi & Melitz (2005), see below"],
      ["baseline ban share", "Γ", p0.Gamma, "section 4 (the 2014 sanctions)"],
    ],
  },
  { name: "fw-table1" },
);

// %% [markdown]
// Every number of Table 1 is an input here, so its claims are identities: the value our code uses, true by
// construction. The same holds for the settings section 4 states in the text (the 2014 ban share, the
// tariffs, the macro elasticity as half the micro one). The risk-premium sensitivity has no printed value.

// %%
const T1: Record<string, number> = {
  theta: p0.theta,
  omega: p0.omega,
  rhoL: p0.rhoL,
  rhoK: p0.rhoK,
  rhoM: p0.rhoM,
  delta: p0.delta,
  deltaK: p0.deltaK,
  fE: p0.fE,
  Z: p0.Z.every((z) => z === p0.Z[0]) ? p0.Z[0] : NaN,
  tauRX: p0.tauRX,
  tauZ: p0.tauZ,
  beta: p0.beta,
  gamma: p0.gamma,
  zmin: p0.zmin,
  k: p0.k,
  phi: p0.phi,
};
for (const [entry, v] of Object.entries(T1))
  claim({
    paper: PAPER,
    item: "table1",
    entry,
    kind: "identity",
    reproduced: v,
    explanation:
      `Input: fw.table1().${entry}${entry === "Z" ? " (the same in all three regions)" : ""} ` +
      `is typed from Table 1.`,
  });
claim({
  paper: PAPER,
  item: "table1",
  entry: "upsilon",
  kind: "identity",
  reproduced: null,
  reason: "Table 1 prints no value for the risk-premium sensitivity Υ.",
  explanation:
    `The row is blank [A14]; we use Υ = ${p0.upsilon}, which shapes only the transitions ` +
    `(the premium is zero in every steady state); notebook 05 shows RU's GDP path under ` +
    `0.001 and 0.1.`,
});
const tLow = [p0.tariff[0][1], p0.tariff[0][2], p0.tariff[2][0], p0.tariff[2][1]]; // tariff[importer][source]
const t032 = tLow.every((t) => t === tLow[0]) ? tLow[0] : NaN,
  t053 = p0.tariff[1][0] === p0.tariff[1][2] ? p0.tariff[1][0] : NaN;
claim({
  paper: PAPER,
  item: "section4",
  entry: "gamma-baseline",
  kind: "identity",
  reproduced: 100 * p0.Gamma,
  explanation: "Input: the initial steady state has Γ = 0.01 (fw.table1().Gamma).",
});
claim({
  paper: PAPER,
  item: "section4",
  entry: "omega-half",
  kind: "identity",
  reproduced: `ω = ${p0.omega}, θ/2 = ${p0.theta / 2}`,
  holds: p0.omega === p0.theta / 2,
  explanation: "Both elasticities are inputs from Table 1.",
});
claim({
  paper: PAPER,
  item: "section4",
  entry: "tariff-032",
  kind: "identity",
  reproduced: t032,
  explanation: "Input: SC's tariffs on RU and RW and RW's tariffs on SC and RU in fw.table1().tariff (all four equal).",
});
claim({
  paper: PAPER,
  item: "section4",
  entry: "tariff-053",
  kind: "identity",
  reproduced: t053,
  explanation: "Input: RU's tariffs on SC and RW in fw.table1().tariff.",
});
claim({
  paper: PAPER,
  item: "section4",
  entry: "tariff-eu-china-pct",
  kind: "identity",
  reproduced: 100 * t032,
  explanation: "The same input as a percentage (the paper's EU and China rate is our SC and RW rate).",
});
claim({
  paper: PAPER,
  item: "section4",
  entry: "tariff-russia-pct",
  kind: "identity",
  reproduced: 100 * t053,
  explanation: "The same input as a percentage.",
});
const rejects = (ch: Partial<fw.FWParams>) => {
  try {
    validate({ ...p0, ...ch });
    return false;
  } catch {
    return true;
  }
};
claim({
  paper: PAPER,
  item: "section3",
  entry: "tauz-range",
  kind: "identity",
  reproduced:
    `τ_z = 1 rejected: ${rejects({ tauZ: 1 })}; τ_z = -0.1 rejected: ` +
    `${rejects({ tauZ: -0.1 })}; τ_z = 0 accepted: ${!rejects({ tauZ: 0 })}`,
  holds: rejects({ tauZ: 1 }) && rejects({ tauZ: -0.1 }) && !rejects({ tauZ: 0 }),
  explanation: "The parameter check of the model (validate in params.ts) enforces the restriction.",
});
claim({
  paper: PAPER,
  item: "section3",
  entry: "pareto-k",
  kind: "identity",
  reproduced:
    `k = θ - 1 rejected: ${rejects({ k: p0.theta - 1 })}; Table 1's k = ${p0.k} > θ - 1 ` +
    `= ${(p0.theta - 1).toFixed(1)}`,
  holds: rejects({ k: p0.theta - 1 }) && p0.k > p0.theta - 1,
  explanation: "The parameter check enforces k > θ - 1, which every Pareto moment I(a, z) with a = θ - 1 needs.",
});
claim({
  paper: PAPER,
  item: "figure2",
  entry: "architecture",
  kind: "identity",
  reproduced:
    `regions ${fw.REGIONS.join(", ")}; banned SC varieties reach RU only through ` +
    `re-exporters in RW (options.reexports switches the route off)`,
  holds: fw.REGIONS.join() === "SC,RU,RW",
  explanation:
    "The structure of Figure 2 is the structure of the model coded here: three regions, " +
    "producers and bundlers, bonds, the ban on a share Γ of SC's varieties to RU and the " +
    "re-export route through RW.",
});

// %% [markdown]
// ## 1. Firm-level closed forms
// A firm with productivity $z$ charges a constant markup $\mu = \theta/(\theta-1)$ over its marginal cost
// $MC/(Zz)$ (eqs. 2-3). Because every price is proportional to $1/z$, every aggregate over firms above a
// cutoff $\underline z$ is a Pareto moment
// $I(a,\underline z) = \int_{\underline z}^\infty z^a\,dG(z) = \frac{k}{k-a} z_{min}^k \underline z^{\,a-k}$,
// which needs $a < k$. Direct exporters' sales scale with $z^{\theta-1}$ ($a = 2.8$); re-exported varieties
// sell at a price proportional to $z^{\tau_z - 1}$ (eq. 7: the re-exporter's own markup on top of the
// producer's, and the cost factor $\tau_{RX} z^{\tau_z}$), so their sales scale with
// $z^{(1-\tau_z)(\theta-1)}$ ($a = 1.96$). The averages of eqs. 16-18 are the corresponding power means:
// $\tilde z(a, \underline z) = (k/(k-a))^{1/a}\,\underline z$.
//
// The cutoffs (eqs. 19-20) set variable profit (sales over $\theta$, in the producer's goods) equal to the
// fixed cost in input bundles. The paper prints them with the bilateral import price index and quantity;
// with demand $\kappa^{ji} (P_X^j)^\theta Q_X^j\,p^{-\theta}$ for a variety at consumer price $p$ the two
// forms are the same (a test checks the printed forms against the solver to $10^{-10}$). The counts are the
// Pareto tails (eqs. 21-22; eq. 22's printed exponent is garbled [A6]).
//
// Three readings matter here. The re-export price is taxed at RW's tariff on SC goods, collected by RW
// (eqs. 8, 12-13 and footnote 14; eq. 20 prints RU's tariff) [A4]. A sanctioned SC firm earns a $1/\theta$
// margin on what the re-exporter buys from it; the printed eq. 10 is not dimensionally consistent [A8]. The
// re-exporters are owned in RW and pay their fixed cost in SC input bundles, as eq. 8 writes it [A10].

// %%
const zD = fw.averageProductivity(p0.theta - 1, p0.zmin);
table(
  {
    caption: "Average productivities of eqs. 16-18 at 10% export participation",
    columns: ["object", "exponent a", "cutoff", "average (k/(k-a))^(1/a) cutoff"],
    rows: [
      ["all firms (eq. 16)", p0.theta - 1, p0.zmin, zD],
      [
        "direct exporters, 10% participation (eq. 17)",
        p0.theta - 1,
        fw.cutoffForShare(0.1),
        fw.averageProductivity(p0.theta - 1, fw.cutoffForShare(0.1)),
      ],
      [
        "direct exporters, 20% participation (RU)",
        p0.theta - 1,
        fw.cutoffForShare(0.2),
        fw.averageProductivity(p0.theta - 1, fw.cutoffForShare(0.2)),
      ],
    ],
    digits: 4,
  },
  { name: "fw-averages" },
);

// %% [markdown]
// ## 2. The steady-state system
// Each region's real variables are in its own final good, whose price index is the numeraire (eq. 28);
// $e^i$ is the price of region $i$'s final good in SC goods, so the paper's real exchange rate is
// $\varepsilon^{ij} = e^j/e^i$. The **14 unknowns** are $MC^i$, $N_D^i$, $Q^i$, $P_X^i$ and $e^{RU}$,
// $e^{RW}$, solved in logs. Given them, wages follow from eq. 2, the input bundle and its labour, capital and
// materials from Cobb-Douglas cost shares, the domestic price index from eq. 14, demand from eq. 25, cutoffs,
// counts and sales from the closed forms above, tariff revenue from eq. 38, and consumption from the budget
// constraint (eq. 30) in steady state. The **15 equations** are, per region: the price index (eq. 28), the
// import price index (eq. 27), free entry with the share Euler equation
// ($\tilde d = \tilde v\,(1-\beta(1-\delta))/(\beta(1-\delta))$, eqs. 23 and 37), the input-bundle market
// (eq. 41, including export, entry and re-export fixed costs) and the goods market (eq. 42). One is implied
// by the others (Walras' law): we drop SC's goods market and report it.
//
// GDP is not defined in the paper [A11]; by default we use income — wages, capital rents, producers'
// profits, tariff revenue and, for RW, the re-exporters' profits — in own final goods, which equals
// consumption plus investment (capital and new firms) plus net exports.

// %%
const cal = fw.calibrateReexportCost();
const s = cal.base;
table(
  {
    caption: "Initial steady state (Γ = 0.01, calibration mode A, f_RX calibrated)",
    columns: ["", "SC", "RU", "RW"],
    rows: [
      ["GDP Y", ...s.Y],
      ["consumption C", ...s.C],
      ["capital K", ...s.K],
      ["firms N_D", ...s.ND],
      ["marginal cost MC", ...s.MC],
      ["real exchange rate e (SC goods)", ...s.e],
      ["import price index P_X", ...s.PX],
      ["wage w", ...s.w],
    ],
    digits: 5,
  },
  { name: "fw-base-state" },
);
const maxRes = Math.max(...Array.from(s.residuals, Math.abs));
md(
  `Largest of the 15 residuals, including SC's dropped goods market: **${maxRes.toExponential(2)}**. ` +
    `Walras' law: the dropped equation is ${s.walras.toExponential(2)}; net exports from ` +
    `the budget constraints and from the trade flows differ by at most ` +
    `${Math.max(...s.netExports.map((v, i) => Math.abs(v - s.netExportsFlows[i]))).toExponential(2)}. ` +
    `Newton converged in ${(s as any).newton?.iterations ?? "a few"} iterations.`,
);

// %% [markdown]
// ## 3. Calibration: Table 2 cannot be matched exactly
// Section 4 calibrates the openness weights $\alpha^i$, the import weights $\kappa^{ij}$, country sizes and
// bond holdings to Table 2, and the fixed export costs to export participation (about 20% of RU firms, 10% of
// the others). The paper says all moments are matched perfectly, but in a closed three-region world they
// cannot be [A12]: openness, import shares and GDP shares already fix every bilateral flow relative to world
// GDP, and so the trade balances — which then do not equal the published ones (the published ones do not
// even add up to zero when weighted by GDP). Value moments also cannot tell a region's size from its real
// exchange rate, so we set the initial $e^i = 1$ and $L^{SC} = 1$. We offer three modes: **A** (default)
// matches GDP shares, RU's openness, all import shares and the trade balances (RU's +7.5%, the counterpart
// spread over SC and RW by GDP) and lets SC and RW openness follow; **B** matches all openness values and
// lets the trade balances follow; **C** matches SC's and RU's openness, all import shares and RU's trade
// balance (two free bond holdings), and lets RW's openness and SC's and RW's trade balances follow. Table 2's
// moments do not depend on the iceberg cost of direct trade τ_X: scaling τ_X and τ_RX together and
// re-calibrating leaves every moment and every percentage response unchanged (tested to 1e-11), so only
// τ_RX/τ_X matters, and that ratio is discussed in notebook 05.

// %%
const calB = fw.calibrateReexportCost({ mode: "B" });
const calC = fw.calibrateReexportCost({ mode: "C" });
const mA = cal.moments, mB = calB.moments, mC = calC.moments, t2 = fw.TABLE2;
const tgt = { A: fw.targetedMoments("A"), B: fw.targetedMoments("B"), C: fw.targetedMoments("C") };
/** a moment's value, marked "(implied)" where the mode leaves it free */
const cell = (v: number, targeted: boolean) => (targeted ? v.toFixed(4) : `${v.toFixed(4)} (implied)`);
const R = ["SC", "RU", "RW"];
const RU_ = 1;
const fitRows: (string | number)[][] = [];
const ABC = [["A", mA], ["B", mB], ["C", mC]] as const;
for (let i = 0; i < 3; i++)
  fitRows.push([`GDP share ${R[i]}`, t2.gdpShare[i], ...ABC.map(([k, m]) => cell(m.gdpShare[i], tgt[k].gdpShare[i]))]);
for (let i = 0; i < 3; i++)
  fitRows.push([`openness ${R[i]}`, t2.openness[i], ...ABC.map(([k, m]) => cell(m.openness[i], tgt[k].openness[i]))]);
for (let j = 0; j < 3; j++)
  for (let i = 0; i < 3; i++)
    if (i !== j)
      fitRows.push([
        `import share ${R[j]} from ${R[i]}`,
        t2.importShare[j][i],
        ...ABC.map(([, m]) => cell(m.importShare[j][i], true)),
      ]);
for (let i = 0; i < 3; i++)
  fitRows.push([
    `trade balance / GDP ${R[i]}`,
    t2.tradeBalance[i],
    ...ABC.map(([k, m]) => cell(m.tradeBalance[i], tgt[k].tradeBalance[i])),
  ]);
for (const [i, j] of [
  [0, 1],
  [0, 2],
  [1, 0],
  [1, 2],
  [2, 0],
  [2, 1],
])
  fitRows.push([
    `export participation ${R[i]} to ${R[j]}`,
    i === 1 ? 0.2 : 0.1,
    ...ABC.map(([, m]) => cell(m.participation[i][j], true)),
  ]);
table(
  {
    caption:
      "Table 2 and section 4 targets against the three calibration modes (mode A's trade " +
      "balances are fitted to RU's +7.5% and its counterpart spread by GDP)",
    columns: ["moment", "target", "mode A", "mode B", "mode C"],
    rows: fitRows,
  },
  { name: "fw-table2-fit" },
);
table({
  caption: "Calibrated parameters (mode A; mode B in brackets)",
  columns: ["", "SC", "RU", "RW"],
  rows: [
    ["openness weight α", ...cal.params.alpha.map((v, i) => `${v.toFixed(4)} (${calB.params.alpha[i].toFixed(4)})`)],
    ["labour L", ...cal.params.L.map((v, i) => `${v.toFixed(4)} (${calB.params.L[i].toFixed(4)})`)],
    ["bonds B (SC goods)", ...cal.params.B.map((v, i) => `${v.toFixed(3)} (${calB.params.B[i].toFixed(3)})`)],
    ["κ from SC", ...[0, 1, 2].map((j) => (j === 0 ? "-" : `${cal.params.kappa[j][0].toFixed(4)}`))],
    ["κ from RU", ...[0, 1, 2].map((j) => (j === 1 ? "-" : `${cal.params.kappa[j][1].toFixed(4)}`))],
    ["κ from RW", ...[0, 1, 2].map((j) => (j === 2 ? "-" : `${cal.params.kappa[j][2].toFixed(4)}`))],
    ["f_X to SC", ...[0, 1, 2].map((i) => (i === 0 ? "-" : cal.params.fX[i][0].toExponential(3)))],
    ["f_X to RU", ...[0, 1, 2].map((i) => (i === 1 ? "-" : cal.params.fX[i][1].toExponential(3)))],
    ["f_X to RW", ...[0, 1, 2].map((i) => (i === 2 ? "-" : cal.params.fX[i][2].toExponential(3)))],
  ],
}, { name: "fw-calibrated-params" });
// %% [markdown]
// **Claims on Table 2.** Each of the 15 moments is recorded under the three calibration modes (mode A
// primary, for the reasons given in notebook 05). A moment that a parameter was fitted to is a *calibration
// target* (shown with its fit, never counted as reproduced); a moment the mode leaves free is an
// out-of-sample *reproduction*. The openness of SC and RW and the trade balances change kind with the mode,
// so a mode under which the kind differs from mode A's carries its own claim id (`@mode-B`, `@mode-C`). GDP
// shares sum to one and each importer's two import shares too, so fitting two GDP shares and one import share
// per importer fixes the rest.

// %%
const MODES: [string, fw.Moments, boolean][] = [["A", mA, true], ["B", mB, false], ["C", mC, false]];
const regOf = (r: string) => R.indexOf(r);
const fitGDP =
  "GDP shares: L^RU and L^RW (with L^SC = 1 and initial real exchange rates 1) fitted " +
  "to RU's and RW's shares; SC's share follows because the three sum to one";
for (const r of R)
  claimReadings(
    {
      paper: PAPER,
      item: "table2",
      entry: `gdp-${r}`,
      kind: "calibration-target",
      fitted: fitGDP,
      explanation: "Share of world GDP at the initial steady state (GDP in SC goods).",
    },
    MODES.map(([mode, m, primary]) => ({ reading: { calibration: mode }, primary, reproduced: m.gdpShare[regOf(r)] })),
  );
claimReadings(
  {
    paper: PAPER,
    item: "table2",
    entry: "openness-RU",
    kind: "calibration-target",
    fitted: "α^RU fitted to RU's openness (import spending incl. tariffs over the final-goods bundle Q, [A12])",
    explanation: "Openness of RU at the initial steady state.",
  },
  MODES.map(([mode, m, primary]) => ({ reading: { calibration: mode }, primary, reproduced: m.openness[RU_] })),
);
const implied = (mode: string) =>
  `Mode ${mode} leaves it free: openness, import shares and GDP shares fix every ` +
  `bilateral flow, so the fitted α and bonds of the other targets determine it.`;
for (const r of ["SC", "RW"]) {
  const i = regOf(r);
  claim({
    paper: PAPER,
    item: "table2",
    entry: `openness-${r}`,
    kind: "reproduction",
    reading: { calibration: "A" },
    reproduced: mA.openness[i],
    explanation:
      `Implied, not fitted. Mode A fits the trade balances instead, and ${r}'s openness (import spending incl. ` +
      `tariffs over Q) follows from the fitted α^${r}, the import shares and GDP shares.`,
  });
  for (const [mode, m] of [
    ["B", mB],
    ["C", mC],
  ] as const) {
    const id = `${PAPER}:table2/openness-${r}@mode-${mode}`;
    if (tgt[mode].openness[i])
      claim({
        paper: PAPER,
        item: "table2",
        entry: `openness-${r}`,
        id,
        kind: "calibration-target",
        reading: { calibration: mode },
        reproduced: m.openness[i],
        fitted: `α^${r} fitted to ${r}'s openness (mode ${mode})`,
        explanation:
          mode === "B"
            ? "Mode B fits all three openness values and lets the trade balances follow."
            : "Mode C fits SC's and RU's openness and RU's trade balance.",
      });
    else
      claim({
        paper: PAPER,
        item: "table2",
        entry: `openness-${r}`,
        id,
        kind: "reproduction",
        reading: { calibration: mode },
        reproduced: m.openness[i],
        explanation: `Implied, not fitted. ${implied(mode)}`,
      });
  }
}
for (const [j, i] of [
  ["SC", "RU"],
  ["SC", "RW"],
  ["RU", "SC"],
  ["RU", "RW"],
  ["RW", "SC"],
  ["RW", "RU"],
]) {
  claimReadings(
    {
      paper: PAPER,
      item: "table2",
      entry: `import-${j}-from-${i}`,
      kind: "calibration-target",
      fitted: `κ^${j} (one weight per importer, the pair summing to one) fitted to ${j}'s import shares`,
      explanation: `${j}'s import spending on ${i}'s goods over its total import spending, incl. tariffs.`,
    },
    MODES.map(([mode, m, primary]) => ({
      reading: { calibration: mode },
      primary,
      reproduced: m.importShare[regOf(j)][regOf(i)],
    })),
  );
}
for (const r of R) {
  const i = regOf(r);
  claim({
    paper: PAPER,
    item: "table2",
    entry: `tb-${r}`,
    kind: "calibration-target",
    reading: { calibration: "A" },
    reproduced: mA.tradeBalance[i],
    fitted:
      r === "RU"
        ? "bond holdings B^RU fitted to RU's +7.5%"
        : `bond holdings fitted to ${(100 * cal.tradeBalanceTarget[i]).toFixed(3)}% for ${r}: ` +
          `the counterpart of RU's +7.5% spread over SC and RW by GDP, because the printed ` +
          `-0.1% for both cannot hold beside RU's +7.5% (world net exports are zero)`,
    explanation: "Net exports over GDP at the initial steady state (mode A).",
  });
  claim({
    paper: PAPER,
    item: "table2",
    entry: `tb-${r}`,
    id: `${PAPER}:table2/tb-${r}@mode-B`,
    kind: "reproduction",
    reading: { calibration: "B" },
    reproduced: mB.tradeBalance[i],
    explanation:
      "Implied, not fitted. Mode B fits every openness value; openness, import shares and GDP shares then fix " +
      "every bilateral flow and so the trade balances, which follow here.",
  });
  if (r === "RU")
    claim({
      paper: PAPER,
      item: "table2",
      entry: `tb-${r}`,
      id: `${PAPER}:table2/tb-${r}@mode-C`,
      kind: "calibration-target",
      reading: { calibration: "C" },
      reproduced: mC.tradeBalance[i],
      fitted: "bond holdings B^RU (with B^RW, B^SC = -B^RU - B^RW) fitted to RU's +7.5% (mode C)",
      explanation: "Mode C fits RU's trade balance, SC's and RU's openness.",
    });
  else
    claim({
      paper: PAPER,
      item: "table2",
      entry: `tb-${r}`,
      id: `${PAPER}:table2/tb-${r}@mode-C`,
      kind: "reproduction",
      reading: { calibration: "C" },
      reproduced: mC.tradeBalance[i],
      explanation: `Implied, not fitted. ${implied("C")}`,
    });
}
const allMoments = (m: fw.Moments) => [
  ...m.gdpShare.map((v, i) => [v, t2.gdpShare[i]]),
  ...m.openness.map((v, i) => [v, t2.openness[i]]),
  ...m.tradeBalance.map((v, i) => [v, t2.tradeBalance[i]]),
  ...[0, 1, 2].flatMap((j) => [0, 1, 2].filter((i) => i !== j).map((i) => [m.importShare[j][i], t2.importShare[j][i]])),
];
const offBy = (m: fw.Moments) => allMoments(m).filter(([v, t]) => Math.abs(v - t) > 0.0005 + 1e-12).length;
claimReadings(
  {
    paper: PAPER,
    item: "section4",
    entry: "perfect-match",
    kind: "finding",
    explanation:
      "All 15 moments of Table 2 within half a unit of their printed third decimal at once? " +
      "Openness, import shares and GDP shares fix every bilateral flow relative to world " +
      "GDP and so the trade balances [A12]; the printed balances are not those, and they do " +
      "not sum to zero weighted by GDP.",
  },
  MODES.map(([mode, m, primary]) => ({
    reading: { calibration: mode },
    primary,
    reproduced: `${offBy(m)} of 15 moments off by more than half a unit of the last printed digit`,
    holds: offBy(m) === 0,
  })),
);
const partOther = (m: fw.Moments) => [
  m.participation[0][1],
  m.participation[0][2],
  m.participation[2][0],
  m.participation[2][1],
];
claimReadings(
  {
    paper: PAPER,
    item: "section4",
    entry: "participation-ru",
    kind: "calibration-target",
    fitted: "f_X^{RU,SC} and f_X^{RU,RW} in closed form from eq. 19 so that (z_min/z_X)^k = 0.2",
    explanation:
      "Share of RU firms above the export cutoff to SC (the same to RW), initial steady " +
      "state; we read 'somewhat more than 20%' as 20%.",
  },
  MODES.map(([mode, m, primary]) => ({
    reading: { calibration: mode },
    primary,
    reproduced: 100 * m.participation[1][0],
  })),
);
claimReadings(
  {
    paper: PAPER,
    item: "section4",
    entry: "participation-other",
    kind: "calibration-target",
    fitted: "the four fixed export costs of SC and RW firms in closed form from eq. 19 so that (z_min/z_X)^k = 0.1",
    explanation:
      "Share of SC firms above the export cutoff to RU (the SC-RW, RW-SC and RW-RU shares " +
      "are the same by construction).",
  },
  MODES.map(([mode, m, primary]) => ({
    reading: { calibration: mode },
    primary,
    reproduced: 100 * Math.max(...partOther(m)),
  })),
);
claim({
  paper: PAPER,
  item: "section4",
  entry: "xi-sc",
  kind: "identity",
  reproduced: cal.params.L[0],
  explanation:
    "Our size normalisation: L^SC = 1 with initial real exchange rates of 1 (value " +
    "moments cannot tell size from the real exchange rate [A12]); the other regions' " +
    "sizes are fitted to the GDP shares, as the paper's country weights are.",
});
claim({
  paper: PAPER,
  item: "section4",
  entry: "labour-target",
  kind: "reproduction",
  reproduced: null,
  reason:
    "The target has no counterpart in the model as specified: labour is a fixed endowment " +
    "(section 3.1, utility eq. 29 has no disutility of labour), so the weight ν^i it is " +
    "said to pin does not exist here [A12].",
  explanation:
    "With exogenous labour the target is at most a scale normalisation, which the percentage results do not depend on.",
});

md(
  `Mode A implies openness of ${(100 * mA.openness[0]).toFixed(2)}% (SC) and ` +
    `${(100 * mA.openness[2]).toFixed(2)}% (RW) against 4.9% and 5.8%; mode B implies ` +
    `trade balances of ` +
    `${mB.tradeBalance.map((v) => (100 * v).toFixed(2) + "%").join(", ")} against −0.1%, ` +
    `+7.5%, −0.1%; mode C implies RW's openness ${(100 * mC.openness[2]).toFixed(2)}% ` +
    `(5.8%) and trade balances of ${(100 * mC.tradeBalance[0]).toFixed(2)}% (SC) and ` +
    `${(100 * mC.tradeBalance[2]).toFixed(2)}% (RW) against −0.1%. Moments off by more ` +
    `than half a unit of the printed digit: ${offBy(mA)} (mode A), ${offBy(mB)} (B), ` +
    `${offBy(mC)} (C) of 15.`,
);

// %% [markdown]
// ## 4. The re-export fixed cost is calibrated, not estimated
// The paper does not report $f_{RX}$ [A3]. We choose $f_{RX}/f_X^{SC,RU}$ so that, at $\Gamma = 0.191$, 67.7%
// of the banned varieties are re-exported — the benchmark figure the paper states after Figure 4. We
// measure that share against the varieties that were exported before the ban, $(z_X^{initial}/z_{RX})^k$
// [A13]; the alternative, against the current direct-export cutoff, barely moves with $\Gamma$ and could not
// produce the paper's rise from 67.7% to 76.2%. **The 67.7% is therefore a calibration target, not a
// result**; the 76.2% at $\Gamma = 0.44$ is an out-of-sample check. Notebook 05 records both under every
// reading of the paper's ambiguities. How large the fitted $f_{RX}$ comes out depends on the iceberg cost of
// direct trade: with $\tau_X = 1.3$ (primary) it is close to $f_X$, and with $f_{RX} = f_X$ (no fit) 62%
// would be re-exported; with $\tau_X = 1$ the fit needs less than half of $f_X$, and $f_{RX} = f_X$ would
// give only 18%.

// %%
md(
  `Calibrated f_RX / f_X^{SC,RU} = **${cal.fRXRatio.toFixed(4)}** (mode B: ` +
    `${calB.fRXRatio.toFixed(4)}, mode C: ${calC.fRXRatio.toFixed(4)}; τ_X = ` +
    `${cal.params.tauX}). At Γ = 0.191: z_X^{SC,RU} = ${cal.atTarget.zX[0][1].toFixed(4)}, ` +
    `z_RX = ${cal.atTarget.zRX.toFixed(4)}, ` +
    `${((100 * cal.atTarget.NRX) / cal.atTarget.ND[0]).toFixed(3)}% of SC firms sell to ` +
    `re-exporters, and re-exports are ` +
    `${(100 * fw.moments(cal.atTarget).reexportShareOfImports).toFixed(2)}% of Russia's ` +
    `import spending.`,
);
// the 67.7% is recorded in notebook 05, next to the other readings of the f_RX fit

// %% [markdown]
// ## 5. Figure 3: firms and profits by productivity
// The upper panel is the number of SC firms by productivity, $N_D\,g(z)$, with the direct-export cutoff to RU
// $z_X$ and the re-export cutoff $z_{RX}$ at $\Gamma = 0.191$. The lower panel shows, for an SC firm, the
// domestic profit (middle) and, at the bottom, the profit from exporting to RU (unsanctioned varieties above
// $z_X$), the profit a sanctioned variety earns from selling to a re-exporter, and the re-exporter's own
// profit (both above $z_{RX}$); all profits are in units of the fixed cost of exporting to RU. Domestic
// profits are about three orders of magnitude larger (RU is a small market for SC), so we give them their own
// panel instead of stacking the lines as the paper's schematic does. Direct-export profit rises with
// $z^{\theta-1}$; the two re-export profits rise with $z^{(1-\tau_z)(\theta-1)}$, more slowly, because the
// re-export cost grows with productivity.

// %%
const s191 = cal.atTarget;
const zX = s191.zX[0][1], zRX = s191.zRX;
const zs = Array.from({ length: 401 }, (_, i) => 1 + (4 * i) / 400);
const fxCost = (s191.MC[0] * s191.params.fX[0][1]) / s191.params.Z[0];
const prof = zs.map((z) => fw.firmProfitsSC(s191, z));
const cut = (v: number, ok: boolean) => (ok ? v / fxCost : null);
plot(
  {
    data: [
      {
        type: "scatter",
        mode: "lines",
        name: "SC firms N_D g(z)",
        x: zs,
        y: zs.map((z) => s191.ND[0] * p0.k * Math.pow(z, -p0.k - 1)),
        line: { color: "#444" },
        xaxis: "x",
        yaxis: "y",
      },
      {
        type: "scatter",
        mode: "lines",
        name: "domestic profit",
        x: zs,
        y: prof.map((q) => q.domestic / fxCost),
        line: { color: "#000" },
        xaxis: "x2",
        yaxis: "y2",
      },
      {
        type: "scatter",
        mode: "lines",
        name: "export profit to RU (z > z_X, unsanctioned)",
        x: zs,
        y: prof.map((q, i) => cut(q.exportRU, zs[i] >= zX)),
        line: { color: PALETTE[0], dash: "dash" },
        xaxis: "x3",
        yaxis: "y3",
      },
      {
        type: "scatter",
        mode: "lines",
        name: "sanctioned firm's profit from re-exporters (z > z_RX)",
        x: zs,
        y: prof.map((q, i) => cut(q.salesToReexporter, zs[i] >= zRX)),
        line: { color: PALETTE[1], dash: "dot" },
        xaxis: "x3",
        yaxis: "y3",
      },
      {
        type: "scatter",
        mode: "lines",
        name: "re-exporter's profit (z > z_RX)",
        x: zs,
        y: prof.map((q, i) => cut(q.reexporter, zs[i] >= zRX)),
        line: { color: "#999" },
        xaxis: "x3",
        yaxis: "y3",
      },
    ],
    layout: {
      title: "Figure 3: SC firms and their profits by productivity (Γ = 0.191)",
      xaxis: { range: [1, 5], anchor: "y" },
      yaxis: { title: "SC firms", domain: [0.72, 1] },
      xaxis2: { range: [1, 5], anchor: "y2" },
      yaxis2: { title: "domestic profit", domain: [0.38, 0.66] },
      xaxis3: { title: "productivity z", range: [1, 5], anchor: "y3" },
      yaxis3: { title: "RU-related profits", domain: [0, 0.32] },
      legend: { orientation: "h", x: 0, y: -0.18 },
      shapes: [zX, zRX].flatMap((z, j) =>
        ["x", "x2", "x3"].map((xr) => ({
          type: "line",
          x0: z,
          x1: z,
          xref: xr,
          y0: 0,
          y1: 1,
          yref: "paper",
          line: { dash: "dash", color: PALETTE[j], width: 1 },
        })),
      ),
      annotations: [
        // the labels sit just above the top of the dashed lines, not across them
        { x: zX, y: 1, yanchor: "bottom", yshift: 2, xref: "x", yref: "paper", text: "z_X", showarrow: false },
        { x: zRX, y: 1, yanchor: "bottom", yshift: 2, xref: "x", yref: "paper", text: "z_RX", showarrow: false },
      ],
    },
  },
  { name: "fw-figure3", width: 900, height: 700 },
);

// %%
const dens = zs.map((z) => s191.ND[0] * p0.k * Math.pow(z, -p0.k - 1));
const incr = (v: number[]) => v.every((x, i) => i === 0 || x > v[i - 1]);
const below = (z: number) => zs.filter((x) => x < z), above = (z: number) => zs.filter((x) => x > z);
claim({
  paper: PAPER,
  item: "figure3",
  entry: "firms-fall",
  kind: "finding",
  reproduced:
    `N_D g(z) falls from ${dens[0].toFixed(3)} at z = 1 to ${dens[dens.length - 1].toExponential(2)} at z = 5`,
  holds: dens.every((x, i) => i === 0 || x < dens[i - 1]),
  explanation: "The Pareto density of SC firms (k = 3.4) on the plotted grid, Γ = 0.191.",
});
claim({
  paper: PAPER,
  item: "figure3",
  entry: "exporters-above-zx",
  kind: "finding",
  reproduced:
    `export profit to RU net of the fixed cost: negative on all ${below(zX).length} grid ` +
    `points below z_X = ${zX.toFixed(3)}, positive on all ${above(zX).length} above`,
  holds:
    below(zX).every((z) => fw.firmProfitsSC(s191, z).exportRU < 0) &&
    above(zX).every((z) => fw.firmProfitsSC(s191, z).exportRU > 0),
  explanation:
    "Eq. 5 at the calibrated steady state for an unsanctioned SC variety: the cutoff of " +
    "eq. 19 is where the profit changes sign.",
});
claim({
  paper: PAPER,
  item: "figure3",
  entry: "profits-rise",
  kind: "finding",
  reproduced: "domestic profit, export profit and both re-export profits rise with z on the grid",
  holds:
    incr(prof.map((x) => x.domestic)) &&
    incr(prof.map((x) => x.exportRU)) &&
    incr(prof.map((x) => x.salesToReexporter)) &&
    incr(prof.map((x) => x.reexporter)),
  explanation:
    "Profits scale with z^(θ-1) (domestic and direct exports) and z^((1-τ_z)(θ-1)) " +
    "(re-exports), so they rise with productivity as long as τ_z < 1.",
});
claim({
  paper: PAPER,
  item: "figure3",
  entry: "sanctioned-forgo",
  kind: "finding",
  reproduced:
    `z_X = ${zX.toFixed(3)} < z_RX = ${zRX.toFixed(3)}; the re-exporter's profit is ` +
    `negative below z_RX, so banned varieties in between earn nothing in RU`,
  holds: zX < zRX && zs.filter((z) => z > zX && z < zRX).every((z) => fw.firmProfitsSC(s191, z).reexporter < 0),
  explanation:
    "Calibrated steady state at Γ = 0.191 (f_RX fitted to the 67.7% share): a banned " +
    "variety between the two cutoffs is neither exported directly nor bought by a " +
    "re-exporter.",
});

// %% [markdown]
// ## 6. The secondary-sanction standardisation (text on Figures 6-7)
// Section 5, in the text on Figures 6 and 7, compares two secondary sanctions scaled to raise re-exporters'
// average cost factor $\tau_{RX}\tilde z^{\tau_z}$ by the same amount [A16]: $\tau_{RX}$ up 10%, and $\tau_z$
// up 24.5%. At a fixed composition the first is +10% by construction. For the second, +10% requires
// $\tilde z^{0.3 \times 0.245} = 1.1$, i.e. $\tilde z = 3.657$ — exactly the average productivity of direct
// exporters at 10% participation (eq. 17). So the 24.5% is the $\tau_z$ increase that raises the cost of the
// average *exporter's* variety by 10%: an identity of the calibration, which we reproduce. Notebook 05
// computes the change once the least productive re-exporters leave the market (the paper's 14%).

// %%
const zTildeX = fw.averageProductivity(p0.theta - 1, fw.cutoffForShare(0.1));
const needed = 100 * fw.tauZIncreaseForCost(0.1, zTildeX, p0.tauZ);
md(
  `z̃_X at 10% participation = ${zTildeX.toFixed(4)}; τ_z increase that raises τ_RX ` +
    `z̃^τ_z by 10%: **${needed.toFixed(3)}%**; cost increase from +24.5%: ` +
    `${(100 * (Math.pow(zTildeX, p0.tauZ * 0.245) - 1)).toFixed(3)}%.`,
);
claim({
  paper: PAPER,
  item: "fig67-text",
  entry: "taurx-increase",
  kind: "identity",
  reproduced: 100 * (1.1 - 1),
  explanation: "Input of the experiment: τ_RX is multiplied by 1.1 (notebook 05, experiments.ts secondarySanctions).",
});
claim({
  paper: PAPER,
  item: "fig67-text",
  entry: "taurx-cost",
  kind: "identity",
  reproduced: 100 * ((p0.tauRX * 1.1) / p0.tauRX - 1),
  explanation:
    "At a fixed composition of re-exported goods the cost factor τ_RX z^τ_z scales one " +
    "for one with τ_RX: true by construction. Once the least productive re-exporters " +
    "leave, the eq. 17 average cost rises by more; notebook 05 records that number " +
    "separately.",
});
claim({
  paper: PAPER,
  item: "fig67-text",
  entry: "tauz-increase",
  kind: "reproduction",
  reproduced: needed,
  explanation:
    "Computed, not assumed: the τ_z increase that raises τ_RX z̃^τ_z by 10% at z̃ = z̃_X, " +
    "the eq. 17 average productivity of direct exporters at 10% participation: " +
    "(k/(k-θ+1))^(1/(θ-1)) 0.1^(-1/k) = 3.657 and ln 1.1 / (0.3 ln 3.657) = 24.5%. It " +
    "uses only θ, k, τ_z and the 10% participation target.",
});
