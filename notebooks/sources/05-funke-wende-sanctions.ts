// %% [markdown]
// # 05 · Funke & Wende (2025): export bans, re-exports and secondary sanctions
//
// Section 5 of Funke & Wende raises the share of SC varieties banned for export to Russia from the 2014
// baseline ($\Gamma = 0.01$) to 19.1% (items sanctioned by both the EU and the US) and to 44% (the union of
// the two lists), with and without the re-export channel through RW (Figure 4), adds a time-varying
// substitution between import sources (Figure 5), and then tightens secondary sanctions on re-exporters
// (Figures 6-7). This notebook reproduces the long-run (steady-state) numbers the paper states, records each
// beside the published value (graded by the rule of the paper's inventory: exact within half a unit of the
// last printed digit, close within 10% for the GDP changes, otherwise diverges), shows how much the paper's
// ambiguities move them, and solves the transitions of Figures 4-7 as perfect-foresight paths with our engine
// (`src/dynare`) on the model's `.mod` file (`src/models/funke-wende/funke-wende.mod`; the model and its
// calibration are built in notebook 04).

// %%
import * as fw from "./src/models/funke-wende/index";
import { plot, table, claim, claimReadings, md, PALETTE } from "./src/notebook/index";

const PAPER = "funke-wende-2025";

const cal = fw.calibrateReexportCost();
const f4 = fw.figure4LongRun(cal);
const [g191, g191n, g440, g440n] = f4.rows;
const REG = ["SC", "RU", "RW"];

// %% [markdown]
// ## 1. Long-run effects of the export bans
// The paper states the steady-state GDP changes with re-exports in the text after Figure 4: RU −0.609%,
// SC −0.013%, RW +0.018% at $\Gamma = 0.191$ and −1.491%, −0.032%, +0.048% at $\Gamma = 0.44$. Ours
// come from the new steady state of the calibrated model under the primary reading (calibration mode A, GDP
// as income in own final goods [A11], iceberg cost of direct trade τ_X = 1.3 [A2], f_RX fitted to the 67.7%
// re-export share). They are out-of-sample numbers: nothing was fitted to them. The claims are recorded after
// section 2, under every reading of the paper's ambiguities.

// %%
table(
  {
    caption: "Long-run effects (% change from the initial steady state; shares in %)",
    columns: [
      "",
      "Γ = 0.191",
      "Γ = 0.191, no re-exports",
      "Γ = 0.44",
      "Γ = 0.44, no re-exports",
      "published 0.191",
      "published 0.44",
    ],
    rows: [
      ...[1, 0, 2].map((i) => [
        `GDP ${REG[i]}`,
        g191.dGDP[i],
        g191n.dGDP[i],
        g440.dGDP[i],
        g440n.dGDP[i],
        [-0.013, -0.609, 0.018][i],
        [-0.032, -1.491, 0.048][i],
      ]),
      ...[1, 0, 2].map((i) => [`consumption ${REG[i]}`, g191.dC[i], g191n.dC[i], g440.dC[i], g440n.dC[i], "", ""]),
      ...[1, 0, 2].map((i) => [`investment ${REG[i]}`, g191.dI[i], g191n.dI[i], g440.dI[i], g440n.dI[i], "", ""]),
      ...[1, 0, 2].map((i) => [
        `investment incl. entry (eq. 42) ${REG[i]}`,
        g191.dIEntry[i],
        g191n.dIEntry[i],
        g440.dIEntry[i],
        g440n.dIEntry[i],
        "",
        "",
      ]),
      ...[0, 2].map((i) => [
        `total exports ${REG[i]}`,
        g191.dExports[i],
        g191n.dExports[i],
        g440.dExports[i],
        g440n.dExports[i],
        "",
        "",
      ]),
      ...[0, 2].map((i) => [
        `exports to RU ${REG[i]}`,
        g191.dExportsToRU[i],
        g191n.dExportsToRU[i],
        g440.dExportsToRU[i],
        g440n.dExportsToRU[i],
        "",
        "",
      ]),
      ["share of banned varieties re-exported (%)", 100 * g191.shareBase, 0, 100 * g440.shareBase, 0, 67.7, 76.2],
      [
        "re-exports in RU's imports (%)",
        100 * g191.reexportShareOfImports,
        0,
        100 * g440.reexportShareOfImports,
        0,
        "",
        "",
      ],
    ],
    digits: 4,
  },
  { name: "fw-longrun" },
);

// %% [markdown]
// The ban shares themselves come from the coverage figures the paper cites (Hausmann et al. 2024): 19.1% of
// HS-6 items sanctioned by both the EU and the US is our $\Gamma = 0.191$, and the union of the lists,
// 19.1 + 17.5 + 7.4 = 44%, our $\Gamma = 0.44$. The EU-only and US-only counts are not recomputed here.

// %%
claim({
  paper: PAPER,
  item: "fig4-text",
  entry: "hs6-both",
  kind: "identity",
  reproduced: 100 * g191.Gamma,
  explanation: "Input: the benchmark ban share Γ = 0.191 of the experiments is this coverage figure.",
});
claim({
  paper: PAPER,
  item: "fig4-text",
  entry: "hs6-any",
  kind: "identity",
  reproduced: 100 * g440.Gamma,
  explanation:
    `Input: Γ = 0.44 of the coordinated-lists experiment; the sum of the three printed ` +
    `coverage figures is 19.1 + 17.5 + 7.4 = ${(19.1 + 17.5 + 7.4).toFixed(1)}.`,
});
for (const [entry, what] of [
  ["hs6-eu-only", "sanctioned only by the EU"],
  ["hs6-us-only", "sanctioned only by the US"],
])
  claim({
    paper: PAPER,
    item: "fig4-text",
    entry,
    kind: "reproduction",
    reproduced: null,
    reason:
      "Cited from Hausmann et al. (2024, p. 122): counting HS-6 items on the EU and US " +
      "sanctions lists needs those product lists, which are not in this repository.",
    explanation: `The share of HS-6 items ${what} enters the model only through the union Γ = 0.44.`,
  });

// %% [markdown]
// ## 2. Readings of the paper's ambiguities
// Each row changes one reading (or the calibration mode) away from the primary one and recalibrates; what is
// fitted to the 67.7% share at Γ = 0.191 is named in the column "fitted to 67.7%" (f_RX, τ_X, or nothing).
// The labels refer to the list of ambiguities in the model's documentation.
//
// **The iceberg cost of direct trade [A2].** Eq. 4 prices a direct export with an iceberg factor τ_X, and
// eq. 13 writes the re-export route's cost as the ratio τ_RX/τ_X; Table 1 reports τ_RX = 0.9 (also called
// an iceberg cost) but no τ_X. The paper takes θ from Ghironi & Melitz (2005) and builds on that model
// (section 3), and the rest of Table 1's firm block (k, δ, f_E, z_min) is theirs too; their iceberg trade
// cost is 1.3. A re-export factor below one reads naturally as a cost relative to a direct-trade factor above
// one, not as goods that grow in transit. We therefore take **τ_X = 1.3** for the primary reading. The
// choice is from the paper and its source, not from the results; τ_X = 1 (the reading used before), τ_X
// fitted to the 67.7% share with f_RX = f_X, and f_RX fitted at each τ_X are all in the table. Only
// τ_RX/τ_X matters: scaling both together and re-calibrating leaves every percentage result unchanged
// (tested to 1e-11). τ_X matters for the headline because the 67.7% pins the *number* of re-exported
// varieties, while RU's spending on them scales with (τ_RX/τ_X)^(1-θ); at τ_X = 1.3 re-exports are about
// twice as large a share of RU's imports as at τ_X = 1.
//
// **Calibration mode [A12].** Mode C (SC's and RU's openness, import shares and RU's trade balance) is
// recorded but not promoted: the paper assigns the bond holdings to the trade balances and the openness
// weights to openness, and mode A keeps all three printed balances (RU's +7.5% exactly, SC and RW at -0.15%
// against -0.1%) at the cost of SC's and RW's openness, where mode C gives up RW's openness and two balances
// (notebook 04). That mode C brings SC's GDP loss close to the published one is a result, not a reason.

// %%
const sens = fw.sensitivity();
const P0 = fw.PRIMARY_VARIANT;
const FIT = fw.VARIANTS.map((v) => fw.fittedTo677(v));
table(
  {
    caption:
      "Readings table: steady-state GDP changes (%) and re-export shares (%) under each " +
      "reading (published first, primary second; re-exports in RU's imports, %)",
    columns: [
      "reading",
      "[A#]",
      "fitted to 67.7%",
      "τ_X",
      "f_RX/f_X",
      "RU 0.191",
      "SC 0.191",
      "RW 0.191",
      "share 0.191",
      "RU 0.44",
      "SC 0.44",
      "RW 0.44",
      "share 0.44",
      "RX in RU imports 0.191",
    ],
    rows: [
      ["published", "", "", "", "", -0.609, -0.013, 0.018, 67.7, -1.491, -0.032, 0.048, 76.2, ""],
      ...sens.map((r, k) => [
        k === P0 ? `**${r.label}**` : r.label,
        r.ambiguity,
        FIT[k],
        r.tauX,
        r.fRXRatio,
        r.g191.RU,
        r.g191.SC,
        r.g191.RW,
        100 * r.g191.share,
        r.g440.RU,
        r.g440.SC,
        r.g440.RW,
        100 * r.g440.share,
        100 * r.g191.rxImports,
      ]),
    ],
    digits: 4,
  },
  { name: "fw-sensitivity" },
);
const spreadOf = (f: (r: fw.SensitivityRow) => number) => {
  const v = sens.map(f);
  return [Math.min(...v), Math.max(...v)];
};
const SPREAD: [string, (r: fw.SensitivityRow) => number, number][] = [
  ["RU 0.191", (r) => r.g191.RU, -0.609],
  ["SC 0.191", (r) => r.g191.SC, -0.013],
  ["RW 0.191", (r) => r.g191.RW, 0.018],
  ["RU 0.44", (r) => r.g440.RU, -1.491],
  ["SC 0.44", (r) => r.g440.SC, -0.032],
  ["RW 0.44", (r) => r.g440.RW, 0.048],
  ["share 0.44", (r) => 100 * r.g440.share, 76.2],
];
const noA9 = sens.filter((_, k) => fw.VARIANTS[k].options?.entryCost === undefined);
table(
  {
    caption:
      "The headline under the primary reading and its spread across the readings (all; and " +
      "without the entry-cost-in-final-goods reading [A9], which doubles every loss)",
    columns: ["number", "published", "primary", "min", "max", "min excl. A9", "max excl. A9"],
    rows: SPREAD.map(([n, f, pub]) => {
      const [lo, hi] = spreadOf(f);
      const v = noA9.map(f);
      return [n, pub, f(sens[P0]), lo, hi, Math.min(...v), Math.max(...v)];
    }),
    digits: 4,
  },
  { name: "fw-spread" },
);

// %% [markdown]
// ### The claims under every reading
// Each published long-run number is recorded under all readings of the table above (for the 67.7% share as a
// calibration target under those that fit f_RX or τ_X to it, and as a reproduction under those that fit
// nothing). The **primary reading is the first row**, chosen from the paper's
// own equations and its reference notes, not from the fit: calibration mode A keeps the printed trade
// balances (RU's +7.5% exactly), which the model's bond holdings exist to match, where mode B drops them;
// openness over the final-goods bundle $Q$ follows Table 2's "share of imports in total domestic demand",
// which includes intermediate use; the entry cost in input bundles is eq. 23's own statement (eq. 42
// contradicts it); the re-export tariff is RW's, as eqs. 8, 12-13 and footnote 14 have it (eq. 20 prints
// RU's); GDP as income at market prices is the standard definition when the paper gives none; τ_X = 1.3 as
// argued above; f_RX is fitted to 67.7% because the paper reports it nowhere, and the share is measured
// against the pre-ban exporters because only that measure can rise from 67.7% to 76.2% [A13]. Readings that
// come closer to some published numbers (mode B, or GDP without tariffs, for RU's; mode C for SC's; τ_X
// fitted to the share with f_RX = f_X for the 76.2%) are recorded, not promoted. Under the primary reading
// RU's and RW's numbers are within 3% of the published ones and SC's losses are 15-18% larger; mode C, which
// fits SC's openness of 4.9% instead of implying 5.45%, brings SC to within 4%, since SC's loss is mostly a
// terms-of-trade loss on its imports.

// %%
const READ = fw.VARIANTS.map((v) => fw.readingOf(v));
const PRIMARY_WHY =
  `Primary reading: calibration mode A, GDP as income incl. tariffs, openness over Q, ` +
  `entry cost in input bundles, RW's re-export tariff, iceberg cost of direct trade ` +
  `τ_X = 1.3 (Ghironi & Melitz 2005, whose firm block Table 1 takes; eq. 13 writes the ` +
  `re-export cost relative to τ_X), f_RX fitted to the 67.7% re-exported share of ` +
  `banned varieties at Γ = 0.191 (f_RX/f_X = ${sens[P0].fRXRatio.toFixed(3)}), chosen ` +
  `from the paper's equations and sources, not from the fit; the other ` +
  `${sens.length - 1} readings are recorded beside it.`;
const runs = <T extends object>(f: (r: fw.SensitivityRow, k: number) => T) =>
  sens.map((r, k) => ({ reading: READ[k], primary: k === P0, ...f(r, k) }));
for (const [Gs, key] of [
  ["0.191", "g191"],
  ["0.440", "g440"],
] as const) {
  for (const r of ["RU", "SC", "RW"] as const) {
    claimReadings(
      {
        paper: PAPER,
        item: "fig4-gdp",
        entry: `${Gs}-${r}`,
        kind: "reproduction",
        unit: "%",
        explanation:
          `Out of sample: long-run (new steady state) GDP change of ${r} at Γ = ${Number(Gs)} ` +
          `with re-exports, % from the initial steady state at Γ = 0.01; nothing is fitted to ` +
          `it: the openness weights α, import weights κ, sizes L and bond holdings are fitted to ` +
          `Table 2's moments (notebook 04's calibration-target claims, mode by mode), and f_RX ` +
          `(or τ_X under two readings) to the 67.7% share, a different number. The spread across ` +
          `the ${sens.length} readings is recorded with this claim. The paper does not define GDP ` +
          `or publish f_RX, τ_X, Υ or its bond and size ` +
          `calibration, and Table 2 cannot be matched exactly [A12]. ${PRIMARY_WHY}`,
      },
      runs((row) => ({ reproduced: row[key][r] })),
    );
  }
}
claimReadings(
  {
    paper: PAPER,
    item: "fig4-text",
    entry: "share-440",
    kind: "reproduction",
    unit: "%",
    explanation:
      `Out of sample: the share of banned varieties re-exported at Γ = 0.44, (z_X^initial ` +
      `/ z_RX)^k [A13], after f_RX (or τ_X, where the reading says so) was fitted to 67.7% ` +
      `at Γ = 0.191 (under the readings with f_RX = f_X and τ_X given nothing is fitted). ` +
      `Measured against the current export cutoff (primary reading) it would be ` +
      `${(100 * g440.shareSame).toFixed(1)}%. ${PRIMARY_WHY}`,
  },
  runs((row) => ({ reproduced: 100 * row.g440.share })),
);
const fitted = sens.map((_, k) => k).filter((k) => FIT[k] !== "none");
const fittedRatios = fitted.filter((k) => FIT[k] === "fRX").map((k) => sens[k].fRXRatio.toFixed(3));
const fittedTauX = fitted.filter((k) => FIT[k] === "tauX").map((k) => sens[k].tauX.toFixed(4));
const fittedWhat = (k: number) =>
  FIT[k] === "tauX" ? `τ_X = ${sens[k].tauX.toFixed(4)} (f_RX = f_X)` : `f_RX / f_X = ${sens[k].fRXRatio.toFixed(4)}`;
claimReadings(
  {
    paper: PAPER,
    item: "fig4-text",
    entry: "share-191",
    kind: "calibration-target",
    unit: "%",
    fitted:
      "f_RX fitted to the 67.7% re-exported share of banned varieties at Γ = 0.191 (f_RX " +
      "not reported, [A3]), in general equilibrium under each reading; under the two 'τ_X " +
      "fitted' readings τ_X is fitted to it instead, with f_RX = f_X",
    explanation:
      `A target, not a result: the fitted f_RX / f_X^{SC,RU} is ${fittedRatios.join(", ")} under the ` +
      `readings that fit f_RX, and the fitted τ_X ${fittedTauX.join(", ")} under those that fit τ_X. ` +
      `${PRIMARY_WHY}`,
  },
  fitted.map((k) => ({
    reading: READ[k],
    primary: k === P0,
    reproduced: 100 * sens[k].g191.share,
    explanation:
      k === P0
        ? undefined
        : `Fitted: ${fittedWhat(k)}. ${PRIMARY_WHY}`,
  })),
);
const unfitted = sens.map((_, k) => k).filter((k) => FIT[k] === "none");
const kFix = fw.VARIANTS.findIndex((v) => v.label === "f_RX = f_X (no share fit)");
const kFix1 = fw.VARIANTS.findIndex((v) => v.label.startsWith("tau_X = 1, f_RX = f_X"));
claimReadings(
  {
    paper: PAPER,
    item: "fig4-text",
    entry: "share-191",
    id: `${PAPER}:fig4-text/share-191@fRX=fX`,
    kind: "reproduction",
    unit: "%",
    explanation:
      `The readings in which nothing is fitted to the 67.7%: f_RX equal to SC's fixed cost ` +
      `of exporting to RU and τ_X given. At τ_X = 1.3 (the recorded primary of these) ` +
      `${(100 * sens[kFix].g191.share).toFixed(1)}% of the banned varieties are ` +
      `re-exported; at τ_X = 1 only ` +
      `${(100 * sens[kFix1].g191.share).toFixed(1)}%.`,
  },
  unfitted.map((k) => ({
    reading: READ[k],
    primary: k === kFix,
    reproduced: 100 * sens[k].g191.share,
  })),
);
const gdpSigns = (r: fw.SensitivityRow) =>
  r.g191.RU < 0 && r.g191.SC < 0 && r.g191.RW > 0 && r.g440.RU < 0 && r.g440.SC < 0 && r.g440.RW > 0;
const signStr = (r: fw.SensitivityRow) =>
  `Γ = 0.191: RU ${r.g191.RU.toFixed(3)}%, SC ${r.g191.SC.toFixed(4)}%, RW ` +
  `${r.g191.RW.toFixed(4)}%; Γ = 0.44: RU ${r.g440.RU.toFixed(3)}%, SC ` +
  `${r.g440.SC.toFixed(4)}%, RW ${r.g440.RW.toFixed(4)}%`;
for (const item of ["introduction", "summary"]) {
  claimReadings(
    {
      paper: PAPER,
      item,
      entry: "gdp-signs",
      kind: "finding",
      explanation:
        `Signs of the long-run GDP changes of RU, SC (negative) and RW (positive) at both ` +
        `ban shares, with re-exports. ${PRIMARY_WHY}`,
    },
    runs((r) => ({ reproduced: signStr(r), holds: gdpSigns(r) })),
  );
  claimReadings(
    {
      paper: PAPER,
      item,
      entry: "tightening",
      kind: "finding",
      explanation:
        `A wider primary ban (Γ 0.191 -> 0.44) raises the share of banned varieties that ` +
        `re-exporters find profitable to route through RW. ${PRIMARY_WHY}`,
    },
    runs((r) => ({
      reproduced: `share re-exported ${(100 * r.g191.share).toFixed(1)}% -> ${(100 * r.g440.share).toFixed(1)}%`,
      holds: r.g440.share > r.g191.share,
    })),
  );
}
claimReadings(
  {
    paper: PAPER,
    item: "figure4",
    entry: "costs-both",
    kind: "finding",
    explanation: `Long-run GDP of RU and SC below the initial steady state at both ban shares. ${PRIMARY_WHY}`,
  },
  runs((r) => ({ reproduced: signStr(r), holds: r.g191.RU < 0 && r.g191.SC < 0 && r.g440.RU < 0 && r.g440.SC < 0 })),
);
claimReadings(
  {
    paper: PAPER,
    item: "figure4",
    entry: "asymmetry",
    kind: "finding",
    explanation:
      `RU's percentage loss larger than SC's at both ban shares; in the calibration SC ` +
      `supplies ${(100 * fw.TABLE2.importShare[1][0]).toFixed(1)}% of RU's imports while ` +
      `RU supplies ${(100 * fw.TABLE2.importShare[0][1]).toFixed(1)}% of SC's (Table 2). ` +
      `${PRIMARY_WHY}`,
  },
  runs((r) => ({
    reproduced:
      `RU loss / SC loss = ${(r.g191.RU / r.g191.SC).toFixed(1)} (Γ = 0.191), ` +
      `${(r.g440.RU / r.g440.SC).toFixed(1)} (0.44); paper's numbers: ` +
      `${(-0.609 / -0.013).toFixed(1)}, ${(-1.491 / -0.032).toFixed(1)}`,
    holds: Math.abs(r.g191.RU) > Math.abs(r.g191.SC) && Math.abs(r.g440.RU) > Math.abs(r.g440.SC),
  })),
);
claimReadings(
  {
    paper: PAPER,
    item: "figure4",
    entry: "rw-gains",
    kind: "finding",
    explanation:
      `RW's long-run GDP rises at both ban shares. Under the primary reading RW also gains ` +
      `without re-exports (${g191n.dGDP[2].toFixed(4)}% at 0.191, trade diversion alone), ` +
      `slightly more than with them (${g191.dGDP[2].toFixed(4)}%), because re-exporters' ` +
      `profits are smaller than the diverted direct trade they displace. ${PRIMARY_WHY}`,
  },
  runs((r) => ({
    reproduced: `RW ${r.g191.RW.toFixed(4)}% (0.191), ${r.g440.RW.toFixed(4)}% (0.44)`,
    holds: r.g191.RW > 0 && r.g440.RW > 0,
  })),
);
const kRWF = fw.VARIANTS.findIndex((v) => v.options?.reexportFixedCost === "RW");
claimReadings(
  {
    paper: PAPER,
    item: "figure4",
    entry: "rw-gains",
    id: `${PAPER}:figure4/rw-gains@reexport-business`,
    kind: "finding",
    explanation:
      `The second half of the statement: RW's gain owes something to the re-export ` +
      `business, read as RW's long-run GDP gain larger with the re-export route than ` +
      `without it. It fails under the primary reading (${sens[P0].g191.RW.toFixed(5)}% ` +
      `with, ${sens[P0].noRX.g191[2].toFixed(5)}% without at Γ = 0.191); it holds under ` +
      `${sens.filter((r) => r.g191.RW > r.noRX.g191[2] && r.g440.RW > r.noRX.g440[2]).length} ` +
      `of the ${sens.length} readings. Re-exporters' profits (after the fixed cost) are a ` +
      `tiny part of RW's GDP, and without the route RW's own direct exports to RU take the ` +
      `diverted demand, which earns RW more. Paying the re-exporters' fixed cost with RW ` +
      `bundles (RW value added, [A10]) does not change this: ` +
      `${sens[kRWF].g191.RW.toFixed(5)}% with against ${sens[kRWF].noRX.g191[2].toFixed(5)}% ` +
      `without. ${PRIMARY_WHY}`,
  },
  runs((r) => ({
    reproduced:
      `RW with/without re-exports: ${r.g191.RW.toFixed(5)}/${r.noRX.g191[2].toFixed(5)}% ` +
      `(Γ = 0.191), ${r.g440.RW.toFixed(5)}/${r.noRX.g440[2].toFixed(5)}% (0.44)`,
    holds: r.g191.RW > r.noRX.g191[2] && r.g440.RW > r.noRX.g440[2],
  })),
);
// The introduction and the summary give trade diversion and the re-export business as the reasons for RW's gain.
const divertedGain = (r: fw.SensitivityRow) => r.noRX.g191[2] > 0 && r.noRX.g440[2] > 0;
const reexportGain = (r: fw.SensitivityRow) => r.g191.RW > r.noRX.g191[2] && r.g440.RW > r.noRX.g440[2];
const nDiverted = sens.filter(divertedGain).length;
const nBoth = sens.filter((r) => divertedGain(r) && reexportGain(r)).length;
for (const item of ["introduction", "summary"])
  claimReadings(
    {
      paper: PAPER,
      item,
      entry: "rw-gains-why",
      kind: "finding",
      explanation:
        `The reason the first main result gives for RW's gain, checked in its two parts as for ` +
        `Figure 4's third finding: trade diversion (RW gains without the re-export route: ` +
        `${sens[P0].noRX.g191[2].toFixed(5)}% at Γ = 0.191 under the primary reading; at both ban ` +
        `shares under ${nDiverted} of the ${sens.length} readings) and the re-export business (RW's gain larger ` +
        `with the route than without). The second part fails under the primary reading and holds ` +
        `in full under ${nBoth} of the ${sens.length} readings: re-exporters' profits after their ` +
        `fixed cost are a tiny part of RW's GDP, and without the route RW's own direct exports to RU ` +
        `take the diverted demand, which earns RW more. ${PRIMARY_WHY}`,
    },
    runs((r) => ({
      reproduced:
        `RW with/without re-exports: ${r.g191.RW.toFixed(5)}/${r.noRX.g191[2].toFixed(5)}% ` +
        `(Γ = 0.191), ${r.g440.RW.toFixed(5)}/${r.noRX.g440[2].toFixed(5)}% (0.44)`,
      holds: divertedGain(r) && reexportGain(r),
    })),
  );
claimReadings(
  {
    paper: PAPER,
    item: "figure4",
    entry: "tightening-reexport",
    kind: "finding",
    explanation:
      `The share of banned varieties re-exported rises from Γ = 0.191 to 0.44 (the 67.7% ` +
      `is fitted, the second share is not). ${PRIMARY_WHY}`,
  },
  runs((r) => ({
    reproduced: `${(100 * r.g191.share).toFixed(1)}% -> ${(100 * r.g440.share).toFixed(1)}%`,
    holds: r.g440.share > r.g191.share,
  })),
);

// %% [markdown]
// ## 3. Figure 4: transitions after the bans
// The bans take effect permanently in quarter 1, anticipated from then on (perfect foresight). The dynamic
// model adds to the steady-state block: firm entry with one-period time to build and exogenous exit (eq. 24),
// the share Euler equation (eq. 37), capital with investment adjustment costs and Tobin's q (eqs. 31, 35-36),
// and one bond in SC goods with a small debt-elastic premium for RU and RW (eq. 40 written so that it is zero
// in the steady state, $\Upsilon = 0.01$, blank in Table 1 [A14]). The slowest stable roots are close to one
// (capital and the number of firms adjust over decades), so we solve 400 quarters and show the first 200
// (they differ from a 1000-quarter solution by less than $10^{-4}$ percentage points); the terminal point of
// every path equals the static steady state above (tested). Figure 4 has no time-varying substitution.

// %%
const years = (n: number) => Array.from({ length: n + 1 }, (_, t) => t / 4);
const H = 200; // quarters shown
const T = 400; // quarters solved: the first 200 differ from a 1000-quarter solution by less than 1e-4 pp
const cut = (a: Float64Array) => Array.from(a.subarray(0, H + 1));
const t0 = Date.now();
const tr = {
  g191: fw.transition(cal, { Gamma: 0.191, periods: T }),
  g191n: fw.transition(cal, { Gamma: 0.191, reexports: false, periods: T }),
  g440: fw.transition(cal, { Gamma: 0.44, periods: T }),
  g440n: fw.transition(cal, { Gamma: 0.44, reexports: false, periods: T }),
};
const fig4Secs = (Date.now() - t0) / 1000;
type Tr = ReturnType<typeof fw.transition>;
function panelFigure(
  title: string,
  panels: { title: string; series: (t: Tr) => Float64Array }[],
  lines: { tr: Tr; name: string; color: string; dash?: string }[],
  cols = 3,
  name = "",
) {
  const data: object[] = [];
  const rows = Math.ceil(panels.length / cols);
  const height = 240 * rows + 120;
  // vertical gaps fixed in pixels (as fractions of the plot area, the height less the margins), so that
  // tall grids keep tall panels: 30 px above each panel for its title, 32 px below for its tick labels;
  // the legend starts 62 px under the last row, below the "years" axis titles
  const margin = { l: 70, r: 30, t: 80, b: 110 };
  const plotH = height - margin.t - margin.b;
  const gapTop = 30 / plotH,
    gapBottom = 32 / plotH;
  const layout: Record<string, unknown> = {
    title,
    margin,
    showlegend: true,
    legend: { orientation: "h", x: 0, y: -62 / plotH, yanchor: "top" },
    annotations: [] as object[],
  };
  panels.forEach((pn, k) => {
    const r = Math.floor(k / cols),
      c = k % cols,
      ax = k === 0 ? "" : String(k + 1);
    const x0 = c / cols + 0.04,
      x1 = (c + 1) / cols - 0.02,
      y1 = 1 - r / rows - gapTop,
      y0 = 1 - (r + 1) / rows + gapBottom;
    layout[`xaxis${ax}`] = { domain: [x0, x1], anchor: `y${ax}`, title: r === rows - 1 ? "years" : undefined };
    layout[`yaxis${ax}`] = { domain: [y0, y1], anchor: `x${ax}` };
    // the panel title centred over the panel, just above it (plotly's automatic anchor would align
    // titles of the outer columns to their left or right end)
    (layout.annotations as object[]).push({
      text: pn.title,
      x: (x0 + x1) / 2,
      y: y1,
      xanchor: "center",
      yanchor: "bottom",
      yshift: 4,
      xref: "paper",
      yref: "paper",
      showarrow: false,
      font: { size: 12 },
    });
    lines.forEach((ln, q) =>
      data.push({
        type: "scatter",
        mode: "lines",
        x: years(H),
        y: cut(pn.series(ln.tr)),
        name: ln.name,
        legendgroup: ln.name,
        showlegend: k === 0,
        line: { color: ln.color, dash: ln.dash ?? "solid", width: 1.6 },
        xaxis: `x${ax}`,
        yaxis: `y${ax}`,
      }),
    );
  });
  plot({ data, layout } as any, { name, width: 980, height });
}
// "Investment" has two readings (a named option, options.investment): capital investment I_k (eq. 31, the
// first three investment panels) and eq. 42's I = I_k + N_E f_E, which adds the entry investment (the last row).
const macro = (v: string) =>
  v === "Ik"
    ? [
        ...REG.map((g) => ({ title: `investment I_k ${g} (%)`, series: (t: Tr) => t.investment(g, "capital") })),
        ...REG.map((g) => ({
          title: `I_k + entry (eq. 42) ${g} (%)`,
          series: (t: Tr) => t.investment(g, "capitalPlusEntry"),
        })),
      ]
    : REG.map((g) => ({
        title: `${v === "Y" ? "GDP" : "consumption"} ${g} (%)`,
        series: (t: Tr) => t.pct(`${v}_${g}`),
      }));
const fig4Lines = [
  { tr: tr.g191, name: "Γ = 0.191, re-exports", color: "#000" },
  { tr: tr.g191n, name: "Γ = 0.191, no re-exports", color: "#000", dash: "dash" },
  { tr: tr.g440, name: "Γ = 0.440, re-exports", color: PALETTE[1] },
  { tr: tr.g440n, name: "Γ = 0.440, no re-exports", color: PALETTE[1], dash: "dash" },
];
panelFigure(
  "Figure 4 (top): GDP, consumption and investment after the export bans",
  [...macro("Y"), ...macro("C"), ...macro("Ik")],
  fig4Lines,
  3,
  "fw-figure4-macro",
);
panelFigure(
  "Figure 4 (bottom): exports and the re-export share",
  [
    { title: "total exports SC (%)", series: (t) => t.pct("EXP_SC") },
    { title: "total exports RU (%)", series: (t) => t.pct("EXP_RU") },
    { title: "total exports RW (%)", series: (t) => t.pct("EXP_RW") },
    { title: "SC exports to RU (%)", series: (t) => t.pct("EXPRU_SC") },
    { title: "RW exports to RU incl. re-exports (%)", series: (t) => t.pct("EXPRU_RW") },
    { title: "re-exports in RU imports (pp)", series: (t) => t.pp("rxShareImports") },
  ],
  fig4Lines,
  3,
  "fw-figure4-trade",
);
md(
  `Four transitions of 77 equations × 400 quarters solved in ${fig4Secs.toFixed(1)} s (including the steady states).`,
);

// %% [markdown]
// The risk-premium sensitivity $\Upsilon$ is blank in Table 1 [A14]. It only shapes the transition (the
// premium is zero in every steady state). We use 0.01; the table shows RU's GDP path under 0.001 and 0.1.

// %%
const ups = [0.001, 0.01, 0.1].map((u) => ({
  u,
  t:
    u === 0.01
      ? tr.g191
      : fw.transition({ ...cal, params: { ...cal.params, upsilon: u } }, { Gamma: 0.191, periods: T }),
}));
table({
  caption: "RU GDP (% from the initial steady state) at Γ = 0.191 under three risk-premium sensitivities Υ",
  columns: ["Υ", "quarter 1", "year 1", "year 5", "year 20", "year 50"],
  rows: ups.map(({ u, t }) => [u, ...[1, 4, 20, 80, 200].map((k) => t.pct("Y_RU")[k])]),
  digits: 4,
}, { name: "fw-upsilon" });

// %% [markdown]
// Figure 4's notes fix the inputs (the two ban shares and the baseline re-export cost parameters); the paper
// then lists seven findings. The sign findings are recorded above under every reading; those about the paths
// are checked here on the primary reading's transitions (5 and 40 years after the ban; long run = new
// steady state).

// %%
const q = (t: Tr, v: string, k: number) => t.pct(v)[k];
for (const item of ["figure4", "figure5"]) {
  claim({
    paper: PAPER,
    item,
    entry: "gamma-191",
    kind: "identity",
    reproduced: g191.Gamma,
    explanation: "Input of the black-line transitions.",
  });
  claim({
    paper: PAPER,
    item,
    entry: "gamma-440",
    kind: "identity",
    reproduced: g440.Gamma,
    explanation: "Input of the red-line transitions.",
  });
  claim({
    paper: PAPER,
    item,
    entry: "taurx",
    kind: "identity",
    reproduced: cal.params.tauRX,
    explanation: "Input: Table 1's τ_RX, used throughout these transitions.",
  });
  claim({
    paper: PAPER,
    item,
    entry: "tauz",
    kind: "identity",
    reproduced: cal.params.tauZ,
    explanation: "Input: Table 1's τ_z, used throughout these transitions.",
  });
}
const lossPath = [1, 40].map((k) => -q(tr.g191, "Y_RU", k));
claim({
  paper: PAPER,
  item: "figure4",
  entry: "amplifying",
  kind: "finding",
  reproduced:
    `RU GDP ${q(tr.g191, "Y_RU", 1).toFixed(3)}% in the first quarter, ` +
    `${q(tr.g191, "Y_RU", 40).toFixed(3)}% after 10 years, ${g191.dGDP[1].toFixed(3)}% ` +
    `in the new steady state; RU firms ${q(tr.g191, "ND_RU", 40).toFixed(2)}%, capital ` +
    `${q(tr.g191, "K_RU", 40).toFixed(2)}% after 10 years`,
  holds: lossPath[0] < lossPath[1] && lossPath[1] < -g191.dGDP[1],
  explanation:
    "RU's loss grows along the path as its number of firms and its capital stock shrink (Γ = 0.191, with re-exports).",
});
claim({
  paper: PAPER,
  item: "figure4",
  entry: "mirror-exports",
  kind: "finding",
  reproduced:
    `after 5 years: SC exports ${q(tr.g191, "EXP_SC", 20).toFixed(3)}%, RW exports ` +
    `${q(tr.g191, "EXP_RW", 20).toFixed(3)}%; long run: SC ${g191.dExports[0].toFixed(3)}%, ` +
    `RW ${g191.dExports[2].toFixed(3)}%`,
  holds:
    q(tr.g191, "EXP_SC", 20) < 0 &&
    q(tr.g191, "EXP_RW", 20) > 0 &&
    g191.dExports[0] < 0 &&
    g191.dExports[2] > 0 &&
    g440.dExports[0] < 0 &&
    g440.dExports[2] > 0,
  explanation:
    "Total exports of SC and RW (incl. SC's sales to re-exporters and RW's re-exports), Γ " +
    "= 0.191 on the path and both ban shares in the long run.",
});
const kTau1 = fw.VARIANTS.findIndex((v) => v.label.startsWith("tau_X = 1 (no iceberg"));
claimReadings(
  {
    paper: PAPER,
    item: "figure4",
    entry: "leakage",
    kind: "finding",
    explanation:
      `Checked as an ordering: re-exports take a positive share of RU's import spending ` +
      `that rises with the ban. How 'significant' the share is is not a quantity the paper ` +
      `gives; the number of varieties re-exported is fitted (f_RX), their weight in RU's ` +
      `spending is not, and it scales with (τ_RX/τ_X)^(1-θ): ` +
      `${(100 * sens[P0].g191.rxImports).toFixed(2)}% at Γ = 0.191 under the primary ` +
      `reading (τ_X = 1.3) against ${(100 * sens[kTau1].g191.rxImports).toFixed(2)}% at ` +
      `τ_X = 1. Under the primary reading RU's long-run loss with/without re-exports is ` +
      `${g191.dGDP[1].toFixed(3)}/${g191n.dGDP[1].toFixed(3)}% (Γ = 0.191) and ` +
      `${g440.dGDP[1].toFixed(3)}/${g440n.dGDP[1].toFixed(3)}% (0.44). ${PRIMARY_WHY}`,
  },
  runs((r) => ({
    reproduced:
      `re-exports are ${(100 * r.g191.rxImports).toFixed(2)}% (Γ = 0.191) and ` +
      `${(100 * r.g440.rxImports).toFixed(2)}% (0.44) of RU's import spending`,
    holds: r.g191.rxImports > 0 && r.g440.rxImports > r.g191.rxImports,
  })),
);
md(
  `Could the paper's "steady-state" numbers be values read at a finite horizon, before ` +
    `capital and firms have fully adjusted? After 30 years our paths stand at RU ` +
    `${q(tr.g191, "Y_RU", 120).toFixed(3)}%, SC ${q(tr.g191, "Y_SC", 120).toFixed(4)}%, ` +
    `RW ${q(tr.g191, "Y_RW", 120).toFixed(4)}% (Γ = 0.191): RU would then be near the ` +
    `published −0.609%, but SC and RW would not (−0.013%, +0.018%), so no single horizon ` +
    `explains all three.`,
);
claim({
  paper: PAPER,
  item: "fig4-text",
  entry: "reexports-bolster-ru",
  kind: "finding",
  reproduced:
    `RU long-run GDP with/without re-exports: ${g191.dGDP[1].toFixed(3)}/${g191n.dGDP[1].toFixed(3)}% ` +
    `(0.191), ${g440.dGDP[1].toFixed(3)}/${g440n.dGDP[1].toFixed(3)}% (0.44)`,
  holds: g191.dGDP[1] > g191n.dGDP[1] && g440.dGDP[1] > g440n.dGDP[1],
  explanation: "Solid against dashed lines of Figure 4: the re-export route softens RU's loss at both ban shares.",
});
claim({
  paper: PAPER,
  item: "conclusion",
  entry: "optimistic-2022",
  kind: "finding",
  reproduced:
    `an assessment without the re-export route puts RU's long-run loss at ` +
    `${g191n.dGDP[1].toFixed(3)}% instead of ${g191.dGDP[1].toFixed(3)}% (Γ = 0.191) and ` +
    `${g440n.dGDP[1].toFixed(3)}% instead of ${g440.dGDP[1].toFixed(3)}% (0.44)`,
  holds: g191n.dGDP[1] < g191.dGDP[1] && g440n.dGDP[1] < g440.dGDP[1],
  explanation:
    "The model's counterpart of the 2022 assessments: the same bans without the loophole. " +
    "Ignoring re-exports overstates RU's loss. What the 2022 assessments actually said is " +
    "not examined here.",
});
const zRXs = g191.state.zRX, topShare = Math.pow(cal.params.zmin / zRXs, cal.params.k);
for (const item of ["introduction", "summary"])
  claim({
    paper: PAPER,
    item,
    entry: "high-end",
    kind: "finding",
    reproduced:
      `only banned varieties above z_RX = ${zRXs.toFixed(3)} (the top ` +
      `${(100 * topShare).toFixed(1)}% of SC's varieties by productivity) are re-exported; ` +
      `the re-export profit rises with z^((1-τ_z)(θ-1))`,
    holds: zRXs > cal.params.zmin && cal.params.tauZ < 1,
    explanation:
      "Γ = 0.191, primary reading. The model builds in that re-export margins rise with " +
      "productivity (cost factor τ_RX z^τ_z with τ_z < 1), so the most productive, high-end " +
      "banned varieties are the ones routed through RW; the check confirms that the " +
      "calibrated cutoff lies inside the distribution.",
  });

// %% [markdown]
// ## 4. Figure 5: time-varying substitution between import sources
// Eqs. 45-46 scale each import weight $\kappa^{ji}$ by a shifter $g^{ji}_t$ that falls when the bilateral
// quantity ratio moves and returns to one with persistence $\rho_g = 0.71$ (footnote 24): substitution away
// from a disrupted source is harder at first. We read eq. 46 with a source-specific $g^{ji}$ (its left side
// drops the second index, [A15]) and smooth $|x-1|$ as $\sqrt{(x-1)^2+s^2}-s$ with $s = 10^{-4}$, so that
// $g = 1$ exactly in every steady state: the extension changes the transition, not the long run. The paper
// shows two values of $\nu_g$ without stating the second; we use 1.5 (the value of Figures 6-7) and 0.75.

// %%
const tr5 = {
  a15: fw.transition(cal, { Gamma: 0.191, nuG: 1.5, periods: T }),
  a075: fw.transition(cal, { Gamma: 0.191, nuG: 0.75, periods: T }),
  b15: fw.transition(cal, { Gamma: 0.44, nuG: 1.5, periods: T }),
  b075: fw.transition(cal, { Gamma: 0.44, nuG: 0.75, periods: T }),
};
panelFigure(
  "Figure 5: GDP, consumption and investment with time-varying substitution (eqs. 45-46)",
  [...macro("Y"), ...macro("C"), ...macro("Ik")],
  [
    { tr: tr5.a15, name: "Γ = 0.191, ν_g = 1.5", color: "#000" },
    { tr: tr5.a075, name: "Γ = 0.191, ν_g = 0.75", color: "#000", dash: "dot" },
    { tr: tr.g191, name: "Γ = 0.191, ν_g = 0", color: "#999", dash: "dash" },
    { tr: tr5.b15, name: "Γ = 0.440, ν_g = 1.5", color: PALETTE[1] },
    { tr: tr5.b075, name: "Γ = 0.440, ν_g = 0.75", color: PALETTE[1], dash: "dot" },
  ],
  3,
  "fw-figure5",
);
const imp = (t: Tr) => q(t, "Y_RU", 1);
claim({
  paper: PAPER,
  item: "figure5",
  entry: "initial-pain",
  kind: "finding",
  reproduced:
    `first-quarter RU GDP ${imp(tr.g191).toFixed(3)}% (benchmark) vs ` +
    `${imp(tr5.a15).toFixed(3)}% (ν_g = 1.5) at Γ = 0.191; ${imp(tr.g440).toFixed(3)}% ` +
    `vs ${imp(tr5.b15).toFixed(3)}% at 0.44`,
  holds: imp(tr5.a15) < imp(tr.g191) && imp(tr5.b15) < imp(tr.g440),
  explanation:
    "Impact response of RU GDP with and without the time-varying import-source weights of " +
    "eqs. 45-46 (primary reading of the model; ν_g = 1.5).",
});
claim({
  paper: PAPER,
  item: "figure5",
  entry: "overshoot-nu",
  kind: "finding",
  reproduced:
    `first-quarter RU GDP at Γ = 0.191: ${imp(tr5.a075).toFixed(3)}% (ν_g = 0.75), ` +
    `${imp(tr5.a15).toFixed(3)}% (1.5); at 0.44: ${imp(tr5.b075).toFixed(3)}%, ` +
    `${imp(tr5.b15).toFixed(3)}%`,
  holds: imp(tr5.a15) < imp(tr5.a075) && imp(tr5.b15) < imp(tr5.b075),
  explanation:
    "The paper does not state its second ν_g; we use 0.75 beside 1.5. The long run is the " +
    "same for both (g = 1 in every steady state).",
});
const extra = (k: number) => q(tr.g191, "Y_RU", k) - q(tr5.a15, "Y_RU", k);
claim({
  paper: PAPER,
  item: "figure5",
  entry: "erodes",
  kind: "finding",
  reproduced:
    `extra RU GDP loss from the time-varying substitution (ν_g = 1.5, Γ = 0.191): ` +
    `${extra(1).toFixed(3)} pp in the first quarter, ${extra(4).toFixed(3)} pp after 1 ` +
    `year, ${extra(20).toFixed(3)} pp after 5 years`,
  holds: extra(1) > extra(4) && extra(4) > extra(20),
  explanation:
    "Read as: the additional initial impact of a ban, which comes from the difficulty of " +
    "switching suppliers at first, fades as the import-source weights return to normal, " +
    "unless the ban is tightened again. Checked on the gap between the augmented and the " +
    "benchmark paths.",
});
claim({
  paper: PAPER,
  item: "figure5",
  entry: "rho-annual",
  kind: "identity",
  reproduced: 0.25,
  explanation:
    "Alessandria et al.'s annual persistence, the value the quarterly one is converted " +
    "from (the quarterly value is the input of our transitions).",
});
claim({
  paper: PAPER,
  item: "figure5",
  entry: "rho-quarterly",
  kind: "reproduction",
  reproduced: Math.pow(0.25, 1 / 4),
  explanation:
    "Converted here, not assumed: an annual persistence of 0.25 is 0.25^(1/4) per " +
    "quarter. Our transitions use ρ_g = 0.71 (TransitionSpec default).",
});

// %% [markdown]
// ## 5. Figures 6-7: secondary sanctions
// On top of each ban, secondary sanctions raise either $\tau_{RX}$ by 10% (a cost on every re-exported good)
// or $\tau_z$ by 24.5% (a cost that grows with the good's productivity), with $\nu_g = 1.5$ as in the paper.
// The two are scaled to the same average cost increase at a fixed composition (notebook 04); once the least
// productive re-exporters leave, the average cost factor $\tau_{RX}\tilde z_{RX}^{\tau_z}$ (with
// $\tilde z_{RX}$ of eq. 17) rises by more. Below: the macro effects, then the six re-export panels (average
// productivity of re-exported goods, eq. 17; effective average productivity, eq. 18, whose printed exponent
// we read as $(1-\tau_z)(\theta-1)$ [A6-A7]; the average consumer price of re-exported goods; re-export
// revenue; SC's profits from re-exporters; re-exporters' average profit, eq. 47).

// %%
const sec: Record<string, { p: Tr; rx: Tr; z: Tr }> = {};
for (const [key, G, base] of [
  ["0.191", 0.191, tr5.a15],
  ["0.44", 0.44, tr5.b15],
] as const) {
  sec[key] = {
    p: base,
    rx: fw.transition(cal, { Gamma: G, nuG: 1.5, tauRX: 0.9 * 1.1, periods: T }),
    z: fw.transition(cal, { Gamma: G, nuG: 1.5, tauZ: 0.3 * 1.245, periods: T }),
  };
}
for (const [key, fig] of [
  ["0.191", "6"],
  ["0.44", "7"],
] as const) {
  const S = sec[key];
  const lines = [
    { tr: S.p, name: `Γ = ${key}, τ_RX = 0.9, τ_z = 0.3`, color: key === "0.191" ? "#000" : PALETTE[1] },
    { tr: S.rx, name: "τ_RX +10%", color: PALETTE[0], dash: "dash" },
    { tr: S.z, name: "τ_z +24.5%", color: PALETTE[0], dash: "dot" },
  ];
  panelFigure(
    `Figure ${fig}: Γ = ${key} with secondary sanctions`,
    [
      ...macro("Y"),
      ...macro("C"),
      ...macro("Ik"),
      { title: "z̃_RX, eq. 17 (%)", series: (t) => t.pct("zTRX") },
      { title: "ž_RX, eq. 18 (%)", series: (t) => t.pct("zCRX") },
      { title: "re-export price (%)", series: (t) => t.pct("pRX") },
      { title: "re-export revenue (%)", series: (t) => t.pct("revRX") },
      { title: "SC profit from re-exporters (%)", series: (t) => t.pct("profSCRX") },
      { title: "avg re-exporter profit, eq. 47 (%)", series: (t) => t.pct("dRX") },
    ],
    lines,
    3,
    `fw-figure${fig}`,
  );
}

// %%
const ss = fw.secondarySanctions(cal, 0.191), ss44 = fw.secondarySanctions(cal, 0.44);
table(
  {
    caption:
      "Secondary sanctions in the long run (% changes relative to the ban alone at the same " +
      "Γ, except GDP: % change from the initial steady state)",
    columns: [
      "",
      "avg cost τ_RX z̃_RX^τ_z",
      "firm-count mean of τ_RX z^τ_z",
      "z_RX",
      "z̃_RX (eq. 17)",
      "ž_RX (eq. 18)",
      "GDP RU",
      "GDP SC",
      "GDP RW",
    ],
    rows: [
      ["Γ = 0.191, ban only", 0, 0, 0, 0, 0, ss.primary.dGDP[1], ss.primary.dGDP[0], ss.primary.dGDP[2]],
      ...[ss.tauRX, ss.tauZ].map((r) => [
        `Γ = 0.191, ${r.label}`,
        r.dCostAtAverage,
        r.dCostMean,
        r.dZRX,
        r.dZTilde,
        r.dZCheck,
        r.scenario.dGDP[1],
        r.scenario.dGDP[0],
        r.scenario.dGDP[2],
      ]),
      ["Γ = 0.44, ban only", 0, 0, 0, 0, 0, ss44.primary.dGDP[1], ss44.primary.dGDP[0], ss44.primary.dGDP[2]],
      ...[ss44.tauRX, ss44.tauZ].map((r) => [
        `Γ = 0.44, ${r.label}`,
        r.dCostAtAverage,
        r.dCostMean,
        r.dZRX,
        r.dZTilde,
        r.dZCheck,
        r.scenario.dGDP[1],
        r.scenario.dGDP[0],
        r.scenario.dGDP[2],
      ]),
    ],
    digits: 4,
  },
  { name: "fw-secondary-longrun" },
);
for (const [fig, G] of [
  ["figure6", 0.191],
  ["figure7", 0.44],
] as const) {
  claim({
    paper: PAPER,
    item: fig,
    entry: "gamma",
    kind: "identity",
    reproduced: G,
    explanation: "Input of the three transitions of the figure.",
  });
  claim({
    paper: PAPER,
    item: fig,
    entry: "taurx",
    kind: "identity",
    reproduced: cal.params.tauRX,
    explanation: "Input: the benchmark τ_RX (solid lines).",
  });
  claim({
    paper: PAPER,
    item: fig,
    entry: "tauz",
    kind: "identity",
    reproduced: cal.params.tauZ,
    explanation: "Input: the benchmark τ_z (solid lines).",
  });
  claim({
    paper: PAPER,
    item: fig,
    entry: "taurx-increase",
    kind: "identity",
    reproduced: 100 * (1.1 - 1),
    explanation: "Input: τ_RX is multiplied by 1.1 (dashed lines).",
  });
  claim({
    paper: PAPER,
    item: fig,
    entry: "tauz-increase",
    kind: "identity",
    reproduced: 100 * (1.245 - 1),
    explanation:
      "Input: τ_z is multiplied by 1.245 (dotted lines); notebook 04 derives the 24.5% from " +
      "the 10% cost standardisation.",
  });
  claim({
    paper: PAPER,
    item: fig,
    entry: "rho-g",
    kind: "identity",
    reproduced: 0.71,
    explanation: "Input: ρ_g = 0.71, the TransitionSpec default used by every transition here.",
  });
  claim({
    paper: PAPER,
    item: fig,
    entry: "nu-g",
    kind: "identity",
    reproduced: 1.5,
    explanation: "Input: ν_g = 1.5 in all three transitions of the figure.",
  });
}
claimReadings(
  {
    paper: PAPER,
    item: "fig67-text",
    entry: "tauz-cost",
    kind: "reproduction",
    unit: "%",
    explanation:
      "General equilibrium at Γ = 0.191, relative to the ban alone, once the least " +
      "productive re-exporters leave. The paper does not define the average [A16]. Primary: " +
      "τ_RX z̃_RX^τ_z with z̃_RX the eq. 17 average above the new re-export cutoff, because " +
      "section 3.2.4 introduces that 'simple average productivity of re-exporters' for " +
      "later use; the firm-count mean of τ_RX z^τ_z is the other reading.",
  },
  [
    {
      reading: { average: "eq. 17 average productivity" },
      primary: true,
      reproduced: ss.tauZ.dCostAtAverage,
    },
    {
      reading: { average: "firm-count mean of the cost factor" },
      reproduced: ss.tauZ.dCostMean,
    },
  ],
);
claimReadings(
  {
    paper: PAPER,
    item: "fig67-text",
    entry: "taurx-cost",
    id: `${PAPER}:fig67-text/taurx-cost@with-exit`,
    kind: "reproduction",
    unit: "%",
    explanation:
      "The same measure as for the 14%, applied to τ_RX +10%: with the exit of marginal " +
      "re-exporters the average cost rises by more than 10%, so the paper's 10% (a " +
      "fixed-composition identity, notebook 04) and its 14% use different conventions.",
  },
  [
    {
      reading: { average: "eq. 17 average productivity" },
      primary: true,
      reproduced: ss.tauRX.dCostAtAverage,
    },
    {
      reading: { average: "firm-count mean of the cost factor" },
      reproduced: ss.tauRX.dCostMean,
    },
  ],
);
const dRU = (r: { scenario: { dGDP: number[] } }, base: { dGDP: number[] }) => r.scenario.dGDP[1] - base.dGDP[1];
const both = [[ss, "0.191"], [ss44, "0.44"]] as const;
claim({
  paper: PAPER,
  item: "fig67-text",
  entry: "secondary-impactful",
  kind: "finding",
  reproduced: both
    .map(
      ([x, g]) =>
        `Γ = ${g}: further RU loss ${(-dRU(x.tauRX, x.primary)).toFixed(3)} pp (τ_RX), ` +
        `${(-dRU(x.tauZ, x.primary)).toFixed(3)} pp (τ_z)`,
    )
    .join("; "),
  holds: both.every(([x]) => dRU(x.tauRX, x.primary) < 0 && dRU(x.tauZ, x.primary) < 0),
  explanation: "Long-run RU GDP with either secondary sanction on top of the ban, against the ban alone.",
});
// The findings on secondary sanctions that fail under the primary reading are recorded under every reading
// (long-run steady states, the same experiments as the transitions: τ_RX +10% and τ_z +24.5%).
const secR = fw.secondaryByReading();
const runsS = <T extends object>(f: (r: (typeof secR)[number]) => T) =>
  secR.map((r, k) => ({ reading: READ[k], primary: k === P0, ...f(r) }));
const gS = [["0.191", "g191"], ["0.44", "g440"]] as const;
const nHold = (h: (r: (typeof secR)[number]) => boolean) =>
  `holds under ${secR.filter(h).length} of the ${secR.length} readings`;
const rwAtt = (r: (typeof secR)[number]) =>
  gS.every(([, k]) => r[k].tauRX[2] < r[k].ban[2] && r[k].tauZ[2] < r[k].ban[2]);
claimReadings(
  {
    paper: PAPER,
    item: "fig67-text",
    entry: "rw-attenuated",
    kind: "finding",
    explanation:
      `Long-run RW GDP against the ban alone; ${nHold(rwAtt)}. In our model RW's gain ` +
      `hardly moves either way (under τ_RX it even rises a little): the re-exporters' ` +
      `profits are a tiny part of RW's GDP, and RW's own direct exports to RU replace part ` +
      `of the lost re-exports. ${PRIMARY_WHY}`,
  },
  runsS((r) => ({
    reproduced: gS
      .map(
        ([g, k]) =>
          `Γ = ${g}: RW ${r[k].ban[2].toFixed(5)}% (ban), ${r[k].tauRX[2].toFixed(5)}% (τ_RX), ` +
          `${r[k].tauZ[2].toFixed(5)}% (τ_z)`,
      )
      .join("; "),
    holds: rwAtt(r),
  })),
);
const addRX = both.map(([x]) => -dRU(x.tauRX, x.primary)), addZ = both.map(([x]) => -dRU(x.tauZ, x.primary));
claim({
  paper: PAPER,
  item: "fig67-text",
  entry: "similar-macro",
  kind: "finding",
  reproduced: both
    .map(
      ([, g], i) =>
        `Γ = ${g}: further RU loss ${addRX[i].toFixed(3)} pp (τ_RX) vs ${addZ[i].toFixed(3)} ` +
        `pp (τ_z), ratio ${(addZ[i] / addRX[i]).toFixed(2)}`,
    )
    .join("; "),
  holds: addRX.every((a, i) => a > 0 && addZ[i] > 0 && Math.max(a, addZ[i]) <= 2 * Math.min(a, addZ[i])),
  explanation:
    "The paper gives no measure of 'roughly similar'; we read it as the same sign and " +
    "neither tool's additional RU loss more than twice the other's, and print the ratio " +
    "so a reader can judge.",
});
claim({
  paper: PAPER,
  item: "fig67-text",
  entry: "avg-productivity-rises",
  kind: "finding",
  reproduced: both
    .map(
      ([x, g]) =>
        `Γ = ${g}: z̃_RX (eq. 17) ${x.tauRX.dZTilde.toFixed(2)}% (τ_RX), ${x.tauZ.dZTilde.toFixed(2)}% (τ_z)`,
    )
    .join("; "),
  holds: both.every(([x]) => x.tauRX.dZTilde > 0 && x.tauZ.dZTilde > 0),
  explanation:
    "Long run, relative to the ban alone: the least productive varieties stop being " +
    "re-exported, so the average productivity of the rest rises.",
});
claim({
  paper: PAPER,
  item: "section3",
  entry: "cutoff-rises",
  kind: "finding",
  reproduced: both
    .map(
      ([x, g]) =>
        `Γ = ${g}: z_RX ${x.tauRX.dZRX.toFixed(2)}% (τ_RX +10%), ${x.tauZ.dZRX.toFixed(2)}% (τ_z +24.5%)`,
    )
    .join("; "),
  holds: both.every(([x]) => x.tauRX.dZRX > 0 && x.tauZ.dZRX > 0),
  explanation: "The re-export cutoff of eq. 20 in general equilibrium, long run, relative to the ban alone.",
});
claim({
  paper: PAPER,
  item: "fig67-text",
  entry: "effective-productivity-falls",
  kind: "finding",
  reproduced: both
    .map(
      ([x, g]) =>
        `Γ = ${g}: ž_RX (eq. 18) ${x.tauZ.dZCheck.toFixed(2)}% under τ_z (${x.tauRX.dZCheck.toFixed(2)}% ` +
        `under τ_RX)`,
    )
    .join("; "),
  holds: both.every(([x]) => x.tauZ.dZCheck < 0),
  explanation:
    "Eq. 18's effective average productivity (exponent read as (1 - τ_z)(θ - 1) [A6-A7]) " +
    "relative to the ban alone, long run.",
});
const S191 = sec["0.191"], last = (t: Tr, v: string) => 100 * (t.run.steadyTerminal[v] / t.run.steadyInitial[v] - 1);
const relBan = (t: Tr, v: string) => 100 * (t.run.steadyTerminal[v] / S191.p.run.steadyTerminal[v] - 1);
const pZ = relBan(S191.z, "pRX"), pR = relBan(S191.rx, "pRX");
claim({
  paper: PAPER,
  item: "fig67-text",
  entry: "prices-rise-tauz",
  kind: "finding",
  reproduced:
    `average consumer price of re-exported goods ${pZ.toFixed(2)}% relative to the ban ` +
    `alone (long run, Γ = 0.191)`,
  holds: pZ > 0,
  explanation: "a_R z̃_RX^(τ_z - 1), the price index of re-exported varieties, under τ_z +24.5%.",
});
claim({
  paper: PAPER,
  item: "fig67-text",
  entry: "prices-flat-taurx",
  kind: "finding",
  reproduced:
    `${pR.toFixed(2)}% under τ_RX against ${pZ.toFixed(2)}% under τ_z (long run, Γ = ` +
    `0.191, relative to the ban alone)`,
  holds: Math.abs(pR) < Math.abs(pZ),
  explanation:
    "'Almost the same' has no measure in the paper; we check the comparison it is made " +
    "in: the price change under τ_RX is smaller than under τ_z.",
});
const revZ = both.map(([x]) => x.tauZ.scenario.state.revRX / x.primary.state.revRX - 1),
  revR = both.map(([x]) => x.tauRX.scenario.state.revRX / x.primary.state.revRX - 1);
claim({
  paper: PAPER,
  item: "fig67-text",
  entry: "reexports-fall-tauz",
  kind: "finding",
  reproduced: both
    .map(([, g], i) => `Γ = ${g}: re-export revenue ${(100 * revZ[i]).toFixed(1)}% under τ_z`)
    .join("; "),
  holds: revZ.every((v) => v < 0),
  explanation: "Re-exporters' sales in RU, long run, relative to the ban alone.",
});
const profRX = relBan(S191.rx, "profSCRX"), profZ = relBan(S191.z, "profSCRX");
claim({
  paper: PAPER,
  item: "fig67-text",
  entry: "sc-profits-fall",
  kind: "finding",
  reproduced:
    `SC producers' profits from re-exporters ${profRX.toFixed(1)}% (τ_RX +10%), ` +
    `${profZ.toFixed(1)}% (τ_z +24.5%), long run at Γ = 0.191 relative to the ban alone`,
  holds: profRX < 0 && profZ < 0,
  explanation: "SC producers' margin on sales to re-exporters ([A8]).",
});
const scMore = (r: (typeof secR)[number]) => r.g191.profSCtauZ < r.g191.profSCtauRX;
claimReadings(
  {
    paper: PAPER,
    item: "fig67-text",
    entry: "sc-profits-tauz-more",
    kind: "finding",
    explanation:
      `SC producers' profits from re-exporters, long run at Γ = 0.191 relative to the ban ` +
      `alone; ${nHold(scMore)}. Both tools cut them by about a third; under the primary ` +
      `reading the uniform tool cuts slightly more (${profRX.toFixed(1)}% against ` +
      `${profZ.toFixed(1)}% on the transition's end point), because it moves the re-export ` +
      `cutoff further (z_RX +${ss.tauRX.dZRX.toFixed(1)}% against +${ss.tauZ.dZRX.toFixed(1)}%), ` +
      `so more varieties stop being re-exported. The paper's ordering appears only where ` +
      `few, very productive varieties are re-exported (τ_X = 1 with f_RX = f_X: 18% of the ` +
      `banned varieties), where z^τ_z is large at the cutoff. ${PRIMARY_WHY}`,
  },
  runsS((r) => ({
    reproduced: `${r.g191.profSCtauZ.toFixed(1)}% under τ_z against ${r.g191.profSCtauRX.toFixed(1)}% under τ_RX`,
    holds: scMore(r),
  })),
);
const r47 = (t: Tr) => t.run.steadyTerminal["dRX"] / t.run.steadyTerminal["MC_SC"];
claim({
  paper: PAPER,
  item: "fig67-text",
  entry: "rx-profit-indep-taurx",
  kind: "finding",
  reproduced:
    `d̃_RX / MC^SC: ${r47(S191.p).toPrecision(6)} (ban), ${r47(S191.rx).toPrecision(6)} ` +
    `(τ_RX +10%); in levels ${last(S191.p, "dRX").toFixed(2)}% and ` +
    `${last(S191.rx, "dRX").toFixed(2)}% from the initial state (only MC^SC moves)`,
  holds: Math.abs(r47(S191.rx) / r47(S191.p) - 1) < 1e-9,
  explanation:
    "Eq. 47: the average re-exporter profit in units of the fixed cost depends on k, θ " +
    "and τ_z only; in our solution it equals the average of eq. 8 over the re-exported " +
    "varieties (tested), and τ_RX leaves it unchanged.",
});
claim({
  paper: PAPER,
  item: "fig67-text",
  entry: "rx-profit-falls-tauz",
  kind: "finding",
  reproduced:
    `average re-exporter profit ${last(S191.p, "dRX").toFixed(2)}% (ban) and ` +
    `${last(S191.z, "dRX").toFixed(2)}% (τ_z +24.5%) from the initial state, long run at ` +
    `Γ = 0.191`,
  holds: last(S191.z, "dRX") < last(S191.p, "dRX"),
  explanation: "Eq. 47 with the higher τ_z: k/(k - (1 - τ_z)(θ - 1)) - 1 falls as τ_z rises.",
});
const smarter = both.every(([x]) => dRU(x.tauZ, x.primary) < dRU(x.tauRX, x.primary));
const htl = (r: (typeof secR)[number]) => gS.every(([, k]) => r[k].tauZ[1] - r[k].ban[1] < r[k].tauRX[1] - r[k].ban[1]);
claimReadings(
  {
    paper: PAPER,
    item: "fig67-text",
    entry: "high-tech-lesson",
    kind: "finding",
    explanation:
      `Read as a comparison at the standardised size: the high-tech-focused tool (τ_z) ` +
      `deepens RU's long-run loss more than the uniform one (τ_RX); ${nHold(htl)}. Under ` +
      `the primary reading the two are close (ratio ${(addZ[0] / addRX[0]).toFixed(2)} at ` +
      `Γ = 0.191), the uniform one slightly ahead, for the reason given for SC's profits ` +
      `above; the iceberg reading matters for the size, not the order: at τ_X = 1 both ` +
      `further losses are about half as large. ${PRIMARY_WHY}`,
  },
  runsS((r) => ({
    reproduced: gS
      .map(
        ([g, k]) =>
          `Γ = ${g}: further RU loss ${(r[k].ban[1] - r[k].tauZ[1]).toFixed(3)} pp (τ_z, ` +
          `high-tech focus) vs ${(r[k].ban[1] - r[k].tauRX[1]).toFixed(3)} pp (τ_RX, uniform)`,
      )
      .join("; "),
    holds: htl(r),
  })),
);
const shareDown = both.every(
  ([x]) => x.tauRX.scenario.shareBase < x.primary.shareBase && x.tauZ.scenario.shareBase < x.primary.shareBase,
);
const secStr = both
  .map(
    ([x, g], i) =>
      `Γ = ${g}: share of banned varieties re-exported ` +
      `${(100 * x.primary.shareBase).toFixed(1)}% -> ` +
      `${(100 * x.tauRX.scenario.shareBase).toFixed(1)}% (τ_RX), ` +
      `${(100 * x.tauZ.scenario.shareBase).toFixed(1)}% (τ_z); re-export revenue ` +
      `${(100 * revR[i]).toFixed(1)}% (τ_RX), ${(100 * revZ[i]).toFixed(1)}% (τ_z)`,
  )
  .join("; ");
for (const item of ["introduction", "summary"])
  claim({
    paper: PAPER,
    item,
    entry: "secondary",
    kind: "finding",
    reproduced: secStr,
    holds: shareDown && revZ.every((v) => v < 0) && revR.every((v) => v < 0),
    explanation:
      "Long run, relative to the ban alone: either secondary sanction lowers the share of " +
      "banned varieties re-exported and RU's purchases of re-exported goods.",
  });
claim({
  paper: PAPER,
  item: "abstract",
  entry: "secondary-bans-impactful",
  kind: "finding",
  reproduced: both
    .map(
      ([, g], i) =>
        `Γ = ${g}: RU's purchases of re-exported (banned) goods ${(100 * revZ[i]).toFixed(1)}%, ` +
        `RU GDP a further ${addZ[i].toFixed(3)} pp`,
    )
    .join("; "),
  holds: revZ.every((v) => v < 0) && addZ.every((v) => v > 0),
  explanation:
    "The targeted tool (τ_z +24.5%, costs rising with the product's productivity) on top " +
    "of each ban, long run: Russia buys fewer of the banned technology goods through RW, " +
    "and its loss deepens.",
});
claim({
  paper: PAPER,
  item: "conclusion",
  entry: "scope-and-pinpoint",
  kind: "finding",
  reproduced:
    `scope: RU long-run GDP ${g191.dGDP[1].toFixed(3)}% at Γ = 0.191, ` +
    `${g440.dGDP[1].toFixed(3)}% at 0.44; pinpointing: τ_z adds ${addZ[0].toFixed(3)} pp ` +
    `(0.191) and ${addZ[1].toFixed(3)} pp (0.44)`,
  holds: g440.dGDP[1] < g191.dGDP[1] && addZ.every((v) => v > 0),
  explanation:
    "Both levers move RU's loss in the model: a wider ban, and secondary sanctions aimed " +
    "at high-productivity products.",
});
claim({
  paper: PAPER,
  item: "conclusion",
  entry: "expand-extraterritorial",
  kind: "finding",
  reproduced: secStr,
  holds: shareDown && both.every(([x]) => dRU(x.tauRX, x.primary) < 0 && dRU(x.tauZ, x.primary) < 0),
  explanation:
    "Read as: without secondary sanctions the ban leaks through RW; raising them closes " +
    "part of the leak and deepens RU's loss at both ban shares.",
});
claim({
  paper: PAPER,
  item: "conclusion",
  entry: "action-reaction",
  kind: "finding",
  reproduced: null,
  reason:
    "A statement about what the framework helps one understand; it names no quantity of " +
    "the model that could be computed.",
  explanation: "Recorded so that every conclusion bullet has a claim.",
});
claim({
  paper: PAPER,
  item: "conclusion",
  entry: "can-succeed",
  kind: "finding",
  reproduced: null,
  reason:
    "Monitoring, enforcement and fine-tuning over time are not variables of the model " +
    "(its experiments are one-off permanent changes), so the statement cannot be computed " +
    "here.",
  explanation: "The nearest model statements (secondary sanctions deepen RU's loss) are the claims on Figures 6-7.",
});
for (const [entry, what] of [
  ["firms-curtailed", "businesses that curtailed operations in Russia"],
  ["firms-announced", "businesses that announced exit plans"],
  ["firms-staying", "companies that stayed"],
  ["exit-discount", "Russia's mandatory discount on assets sold by firms from 'unfriendly' countries"],
  ["exit-tax", "Russia's minimum liquidation tax"],
]) {
  claim({
    paper: PAPER,
    item: "conclusion",
    entry,
    kind: "reproduction",
    reproduced: null,
    reason:
      "Reported from press coverage (footnotes 28-29) as of summer 2024; the firm-level " +
      "records are not here and the model has no foreign ownership of firms.",
    explanation: `The count or rate of ${what}, cited as motivation for future work.`,
  });
}
claim({
  paper: PAPER,
  item: "footnotes",
  entry: "fn19-two-thirds",
  kind: "finding",
  reproduced: null,
  reason:
    "Astrov et al. (2024) estimate the offset from trade data not available here; and our " +
    "67.7% is fitted to the paper's number (f_RX), so the model cannot test the " +
    "comparison.",
  explanation: "The paper compares its 67.7% with Astrov et al.'s two-thirds.",
});
claim({
  paper: PAPER,
  item: "footnotes",
  entry: "fn20-ballpark",
  kind: "finding",
  reproduced: null,
  reason:
    "Felbermayr et al. (2023)'s decoupling scenarios come from another model (a " +
    "Caliendo-Parro framework on GTAP data, not public), not rebuilt here.",
  explanation: "A comparison with another study's results.",
});
claim({
  paper: PAPER,
  item: "footnotes",
  entry: "fn25-upper-bound",
  kind: "finding",
  reproduced: null,
  reason:
    "The model assumes the secondary sanctions are enforced as set; how much weaker " +
    "enforcement would lower their effects is outside it, so the bound cannot be " +
    "computed.",
  explanation: "A caveat on the effects of Figures 6-7.",
});

// %% [markdown]
// ## 6. Beyond the paper: which mix of bans and secondary sanctions hurts RU most per unit of SC's cost?
// The paper compares two secondary-sanction tools at one standardised size. Here we sweep the long run over a
// grid: the ban share $\Gamma$ from 0.05 to 0.60, and each tool's size expressed on the same axis — the
// increase of the re-export cost factor of the average exported variety at a fixed composition (0% to 50%;
// $\tau_{RX}$ is scaled by $1+c$, $\tau_z$ by $1 + \ln(1+c)/(\tau_z \ln \tilde z_X)$, the same
// standardisation that turns 10% into the paper's 24.5%). Each row of the grid is solved by continuation in a
// worker thread. We map RU's GDP loss, the ratio of RU's loss to SC's own loss (the "pain ratio"), RW's gain
// and the re-export share.

// %%
const zTX = fw.averageProductivity(cal.params.theta - 1, fw.cutoffForShare(0.1));
const costs = Array.from({ length: 11 }, (_, i) => 0.05 * i);
const gammas = Array.from({ length: 12 }, (_, i) => Math.round(100 * (0.05 + 0.05 * i)) / 100);
const sw: Record<string, fw.SweepResult> = {};
sw.tauRX = await fw.sweep(cal, "tauRX", gammas, costs.map((c) => 1 + c), { workers: 4 });
sw.tauZ = await fw.sweep(
  cal,
  "tauZ",
  gammas,
  costs.map((c) => 1 + fw.tauZIncreaseForCost(c, zTX, cal.params.tauZ)),
  { workers: 4 },
);

// %%
const hm = (r: fw.SweepResult, f: (c: fw.SweepCell) => number) => r.cells.map((row) => row.map(f));
const panels: [string, (c: fw.SweepCell) => number][] = [
  ["RU GDP (%)", (c) => c.dGDP[1]],
  ["RU loss / SC loss", (c) => fw.painRatio(c)],
  ["RW GDP (%)", (c) => c.dGDP[2]],
  ["re-exported share (%)", (c) => 100 * c.share],
];
const hmData: object[] = [];
const hmLayout: Record<string, unknown> = {
  title: "Long-run effects over (Γ, secondary sanction) grids",
  annotations: [] as object[],
};
["tauRX", "tauZ"].forEach((kind, r) =>
  panels.forEach(([title, f], c) => {
    const k = r * 4 + c + 1,
      ax = k === 1 ? "" : String(k);
    const x0 = c / 4 + 0.035,
      x1 = (c + 1) / 4 - 0.045,
      y1 = 1 - r / 2 - 0.09,
      y0 = 1 - (r + 1) / 2 + 0.09;
    hmLayout[`xaxis${ax}`] = {
      domain: [x0, x1],
      anchor: `y${ax}`,
      title: r === 1 ? "avg cost increase (%)" : undefined,
    };
    hmLayout[`yaxis${ax}`] = { domain: [y0, y1], anchor: `x${ax}`, title: c === 0 ? "Γ" : undefined };
    // centred over its panel (plotly's automatic anchor shifts the outer columns' titles sideways)
    (hmLayout.annotations as object[]).push({
      text: `${title}, ${kind === "tauRX" ? "τ_RX" : "τ_z"}`,
      x: (x0 + x1) / 2,
      y: y1 + 0.04,
      xanchor: "center",
      xref: "paper",
      yref: "paper",
      showarrow: false,
      font: { size: 11 },
    });
    hmData.push({
      type: "heatmap",
      x: costs.map((v) => 100 * v),
      y: gammas,
      z: hm(sw[kind], f),
      xaxis: `x${ax}`,
      yaxis: `y${ax}`,
      colorscale: c === 2 ? "Greens" : c === 3 ? "Blues" : "Reds",
      reversescale: c !== 1,
      showscale: true,
      colorbar: { x: x1 + 0.004, xanchor: "left", y: (y0 + y1) / 2, len: y1 - y0, thickness: 8, tickfont: { size: 9 } },
      hovertemplate: `${title}: %{z:.4f}<extra></extra>`,
    });
  }),
);
plot({ data: hmData, layout: hmLayout } as any, { name: "fw-sweep-heatmaps", width: 1150, height: 700 });
const all = (["tauRX", "tauZ"] as const).flatMap((kind) => sw[kind].cells.flat().map((c) => ({ kind, c })));
const best = all.reduce((a, b) => (fw.painRatio(b.c) > fw.painRatio(a.c) ? b : a));
const atCost = (kind: "tauRX" | "tauZ", g: number, ci: number) => sw[kind].cells[gammas.indexOf(g)][ci];
const ruGain = (kind: "tauRX" | "tauZ") => atCost(kind, 0.2, 10).dGDP[1] - atCost(kind, 0.2, 0).dGDP[1];
const scGain = (kind: "tauRX" | "tauZ") => atCost(kind, 0.2, 10).dGDP[0] - atCost(kind, 0.2, 0).dGDP[0];
md(
  `Sweeps: ${gammas.length * costs.length} steady states per tool in ` +
    `${sw.tauRX.seconds.toFixed(1)} s and ${sw.tauZ.seconds.toFixed(1)} s (${sw.tauRX.workers} ` +
    `worker threads). ` +
    `The highest pain ratio on the grid is **${fw.painRatio(best.c).toFixed(1)}** (RU ` +
    `loses ${fw.painRatio(best.c).toFixed(1)} times SC's percentage loss) at Γ = ` +
    `${best.c.Gamma} with ${best.kind === "tauRX" ? "τ_RX" : "τ_z"} raising the average ` +
    `cost by ${(100 * costs[sw[best.kind].factors.indexOf(best.c.factor)]).toFixed(0)}%. ` +
    `At Γ = 0.2, raising the average re-export cost by 50% adds ` +
    `${(-ruGain("tauRX")).toFixed(3)} pp to RU's loss with τ_RX (SC: ` +
    `${(-scGain("tauRX")).toFixed(4)} pp) and ${(-ruGain("tauZ")).toFixed(3)} pp with ` +
    `τ_z (SC: ${(-scGain("tauZ")).toFixed(4)} pp): ` +
    `secondary sanctions add RU pain at a pain ratio of ` +
    `${(ruGain("tauRX") / scGain("tauRX")).toFixed(1)} (τ_RX) and ` +
    `${(ruGain("tauZ") / scGain("tauZ")).toFixed(1)} (τ_z) at the margin, against ` +
    `${fw.painRatio(atCost("tauRX", 0.2, 0)).toFixed(1)} for the ban itself.`,
);
