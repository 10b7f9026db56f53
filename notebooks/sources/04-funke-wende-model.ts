// %% [markdown]
// # 04 · Funke & Wende: the heterogeneous-firm building blocks and the re-export margin
//
// **Scope of this notebook (work in progress).** Funke & Wende (2025) build a three-region (SC sanctioning
// coalition, RU Russia, RW rest of the world) dynamic trade model with Pareto-distributed firm productivity,
// export bans on a share $\Gamma$ of SC varieties, re-exports through RW and secondary sanctions. This notebook
// rebuilds the firm-level closed forms of section 3 and the re-export margin in partial equilibrium (Russian
// demand held fixed), which is enough for Figure 3 and for the secondary-sanction cost identities of section
// 5.3. The general-equilibrium steady state and the perfect-foresight transitions (Figures 4-7, the GDP
// numbers) are not built yet; their claims are not recorded until they are. Ambiguities of the paper are
// labelled [A#] as in `../shared/reference/funke-wende/model-notes.md`; every choice is an option in
// `src/models/funke-wende/`.

// %%
import { TABLE1, averageProductivity, cutoffForShare, participation, paretoMoment, reexportExponent } from "./src/models/funke-wende/pareto";
import { DEFAULT_SETTING, calibrateFixedCost, reexportCutoff, reexportShare, secondarySanction } from "./src/models/funke-wende/reexport";
import { plot, table, claim, md, PALETTE } from "./src/notebook/index";

table({
  caption: "Table 1 parameters used here (Funke & Wende 2025)",
  columns: ["parameter", "symbol", "value"],
  rows: [["elasticity of substitution between varieties", "θ", TABLE1.theta], ["Pareto shape", "k", TABLE1.k], ["Pareto lower bound", "z_min", TABLE1.zmin], ["re-export cost scale", "τ_RX", TABLE1.tauRX], ["re-export cost elasticity to productivity", "τ_z", TABLE1.tauZ], ["RU tariff on SC goods", "τ^{RU,SC}", DEFAULT_SETTING.tariffRU], ["RW tariff on SC goods (applied to re-exports, [A4])", "τ^{RW,SC}", DEFAULT_SETTING.tariffRW]],
}, { name: "fw-table1-subset" });

// %% [markdown]
// ## 1. Who exports, who re-exports
// A firm exports directly to Russia when its variable profit there covers the fixed export cost: above a cutoff
// $z_X$ (eq. 19). Calibrating export participation to 10% of SC firms (section 4) pins
// $z_X = z_{min}\,0.1^{-1/k}$. For a banned variety, a front company in RW can buy from the SC producer and
// resell in Russia at an extra cost $\tau_{RX} z^{\tau_z}$ that rises with the variety's productivity
// (technology-intensive goods are harder to smuggle, eq. 7). Equations 19-20 then tie the re-export cutoff to
// the export cutoff, $z_{RX}^{1-\tau_z} = c\,z_X$, and the share of previously exported banned varieties that
// are still supplied is $(z_X/z_{RX})^k$ ([A13]).
//
// The paper does not report the re-export fixed cost $f_{RX}$ ([A3]). We choose $f_{RX}/f_X$ so that 67.7% of
// banned varieties are re-exported, the paper's benchmark: **this is a calibration, not a result**.

// %%
const zX = cutoffForShare(0.1);
const fRatio = calibrateFixedCost(0.677, 0.1);
const setting = { ...DEFAULT_SETTING, fixedCostRatio: fRatio };
const zRX = reexportCutoff(zX, setting);
md(`Export cutoff z_X = **${zX.toFixed(4)}**; calibrated f_RX/f_X = **${fRatio.toFixed(4)}**; re-export cutoff z_RX = **${zRX.toFixed(4)}**; share re-exported ${(100 * reexportShare(zX, setting)).toFixed(1)}%. With f_RX = f_X only ${(100 * reexportShare(zX, DEFAULT_SETTING)).toFixed(1)}% would be re-exported.`);
claim({ paper: "funke-wende-2025", where: "Section 5.1: share of sanctioned varieties re-exported at Γ = 0.191", published: 67.7, reproduced: 100 * reexportShare(zX, setting), unit: "%", tolerance: 0.05, explanation: "CALIBRATED, not a result: f_RX (not reported, [A3]) is chosen to hit 67.7% at 10% export participation with Russian demand held fixed (partial equilibrium)." });

// %% [markdown]
// ## 2. Figure 3: the firm distribution and profits by productivity
// The Pareto density of firms, and the profit of each activity as a function of productivity, normalised by
// its fixed cost. Direct-export profits rise with $z^{\theta-1}$; re-export profits rise more slowly,
// with $z^{(1-\tau_z)(\theta-1)}$, because the re-export cost grows with productivity.

// %%
const zs = Array.from({ length: 301 }, (_, i) => 1 + (5 * i) / 300);
const density = zs.map((z) => TABLE1.k * Math.pow(TABLE1.zmin, TABLE1.k) * Math.pow(z, -TABLE1.k - 1));
const profitX = zs.map((z) => Math.pow(z / zX, TABLE1.theta - 1) - 1);
const profitRX = zs.map((z) => fRatio * (Math.pow(z / zRX, reexportExponent(TABLE1)) - 1));
plot({
  data: [
    { type: "scatter", mode: "lines", name: "Pareto density g(z)", x: zs, y: density, line: { color: "#888" }, yaxis: "y2" },
    { type: "scatter", mode: "lines", name: "direct-export profit / f_X", x: zs, y: profitX, line: { color: PALETTE[0] } },
    { type: "scatter", mode: "lines", name: "re-export profit / f_X", x: zs, y: profitRX, line: { color: PALETTE[1] } },
  ],
  layout: {
    title: "Figure 3: firm distribution and profits by productivity, with the export and re-export cutoffs",
    xaxis: { title: "productivity z" }, yaxis: { title: "profit in units of f_X", range: [-1.5, 6] }, yaxis2: { title: "density", overlaying: "y", side: "right", showgrid: false },
    legend: { orientation: "h", x: 0, y: -0.22 },
    shapes: [zX, zRX].map((z, j) => ({ type: "line", x0: z, x1: z, y0: 0, y1: 1, yref: "paper", line: { dash: "dash", color: PALETTE[j] } })),
    annotations: [{ x: zX, y: 1, yref: "paper", text: "z_X", showarrow: false }, { x: zRX, y: 0.93, yref: "paper", text: "z_RX", showarrow: false }],
  },
}, { name: "fw-figure3", width: 900 });

// %% [markdown]
// ## 3. Secondary sanctions: the average re-export cost
// Section 5.3 compares two secondary sanctions scaled to raise re-exporters' average costs by the same amount:
// $\tau_{RX}$ up 10% (a uniform cost) and $\tau_z$ up 24.5% (a cost that bites hardest on high-technology
// goods). The average cost factor is $\tau_{RX}\tilde z^{\tau_z}$ ([A16]). At fixed composition — the average
// productivity of the direct exporters, $\tilde z_X = 3.657$ at 10% participation — the first is +10% by
// construction and the second is $3.657^{0.3 \cdot 0.245} - 1 = 10.0\%$: an exact identity, which is presumably
// how 24.5% was chosen. With exit, the least productive re-exporters drop out and the average cost rises more;
// here demand is held fixed (partial equilibrium), the paper's 14% comes from general equilibrium.

// %%
const sRX = secondarySanction("tauRX", 0.1, 0.1, setting), sZ = secondarySanction("tauZ", 0.245, 0.1, setting);
table({
  caption: "Average re-export cost increase (%), partial equilibrium at 10% export participation",
  columns: ["secondary sanction", "fixed composition", "with exit of marginal re-exporters", "z_RX before", "z_RX after"],
  rows: [["τ_RX +10%", sRX.fixedComposition, sRX.withExit, sRX.zRXBefore, sRX.zRXAfter], ["τ_z +24.5%", sZ.fixedComposition, sZ.withExit, sZ.zRXBefore, sZ.zRXAfter]],
}, { name: "fw-secondary-costs" });
claim({ paper: "funke-wende-2025", where: "Section 5.3: τ_RX +10% raises re-exporters' average costs by 10%", published: 10, reproduced: sRX.fixedComposition, unit: "%", tolerance: 0.05, explanation: "At fixed composition the cost factor τ_RX z̃^τ_z scales one for one with τ_RX (exact)." });
claim({ paper: "funke-wende-2025", where: "Section 5.3: τ_z +24.5% standardised to the same average cost increase (10% at fixed composition)", published: 10, reproduced: sZ.fixedComposition, unit: "%", tolerance: 0.05, explanation: "Exact identity at 10% export participation: z̃_X = 3.657 and 3.657^(0.3 × 0.245) = 1.100." });
claim({ paper: "funke-wende-2025", where: "Section 5.3: τ_z +24.5% raises average costs by 14% once unproductive re-exporters exit", published: 14, reproduced: sZ.withExit, unit: "%", tolerance: 1, explanation: "Partial equilibrium with Russian demand fixed; the paper's figure includes general-equilibrium price and demand responses (the prototype study's GE gives 14.8%). The GE model is not built here yet." });
