// %% [markdown]
// # 07 · Measuring sanctions evasion: Funke & Wende's Figure 1, and what public data can show
//
// **What the paper measures.** Section 2 of Funke & Wende (2025) documents evasion of the export bans on
// Russia three ways: Russian imports of five technology-intensive SITC groups from 33 sanctioning and 5
// non-sanctioning countries (Bruegel's Russian Foreign Trade Tracker), imports of the 50 Common High Priority
// HS-6 goods (UN Comtrade mirror data), and the number of those goods imported from each group. For each it
// reports an *evasion score*: how much of the fall in imports from the sanctioning coalition was made up by
// the rise from non-sanctioning countries, comparing average levels before and after the invasion
// (45%, 69% and 82%).
//
// **What we can and cannot rebuild.** Neither the Bruegel tracker nor Comtrade has a public copy reachable
// here, so the three published scores are recorded as *not reproducible with the data here*. The score itself
// is a general function (`src/evasion/score.ts`), and `src/evasion/external.ts` holds tested loaders for the
// two sources' file formats, so a user who has them runs the same code. With the public Eurostat data we
// measure the mirror image from the EU side: did EU exports to Russia's Eurasian neighbours rise as EU exports
// to Russia fell (the "Eurasian roundabout")?

// %%
import { evasionScoreInterval, evasionScore } from "./src/evasion/score";
import { loadEurostat, euFlow, RUSSIA, NEIGHBOURS } from "./src/evasion/eurostat";
import { readCsv, stringColumn, numericColumn } from "./src/data/csv";
import { repoDataPath } from "./src/data/datadir";
import { plot, table, claim, md, PALETTE } from "./src/notebook/index";

const pubFig1 = readCsv(repoDataPath("published", "funke-wende-2025", "fig1.csv"));
const measures = stringColumn(pubFig1, "measure"), pubPct = numericColumn(pubFig1, "published_percent").values, where = stringColumn(pubFig1, "where");
measures.forEach((m, i) => claim({
  paper: "funke-wende-2025", where: `${where[i]}: evasion score, ${m}`, published: pubPct[i], reproduced: null, unit: "%",
  explanation: "Not reproducible with public data here: the Bruegel Russian Foreign Trade Tracker and UN Comtrade mirror data have no public copy reachable from this repository. src/evasion/external.ts loads both formats (tested on small files) for users who have them.",
}));

// %% [markdown]
// ## 1. The score
// With $N$ the flows through non-sanctioning partners and $S$ the flows from sanctioning ones, and bars for
// averages over a pre-war and a post-invasion window,
// $$\text{score} = \frac{\bar N_{post} - \bar N_{pre}}{\bar S_{pre} - \bar S_{post}}.$$
// A score of 100% would mean the whole fall in direct trade was replaced by trade through third countries.
// The `trend` variant replaces the pre-war average by the pre-war linear trend extrapolated into the post
// window, so growth that was already under way is not counted as evasion. Intervals come from a seeded
// moving-block bootstrap over months (blocks of 3) within each window.

// %% [markdown]
// ## 2. The EU side: exports to Russia and to the Eurasian neighbours
// Eurostat Comext monthly exports of the 27 EU members to Russia and to Armenia, Belarus, Georgia, Kazakhstan,
// Kyrgyzstan and Uzbekistan, 2020-01 to 2022-11, in total, for mineral fuels (HS 27) and for everything else.

// %%
const rows = loadEurostat();
const S = euFlow(rows, [RUSSIA], "EXPORT", "TOTAL"), N = euFlow(rows, NEIGHBOURS, "EXPORT", "TOTAL");
const byPartner = NEIGHBOURS.map((p) => ({ p, f: euFlow(rows, [p], "EXPORT", "TOTAL") }));
plot({
  data: [
    { type: "scatter", mode: "lines", name: "EU exports to Russia", x: S.months, y: S.values.map((v) => v / 1e9), line: { color: PALETTE[1], width: 3 } },
    { type: "scatter", mode: "lines", name: "EU exports to the six neighbours", x: N.months, y: N.values.map((v) => v / 1e9), line: { color: PALETTE[0], width: 3 } },
  ],
  layout: { title: "EU27 exports to Russia and to its Eurasian neighbours (Eurostat Comext)", xaxis: { title: "month" }, yaxis: { title: "EUR bn per month" }, shapes: [{ type: "line", x0: "2022-02", x1: "2022-02", y0: 0, y1: 1, yref: "paper", line: { dash: "dot", color: "#888" } }] },
}, { name: "evasion-eu-exports" });
plot({
  data: byPartner.map((b, j) => ({ type: "scatter", mode: "lines", name: b.p.replace(" (Belorussia)", ""), x: b.f.months, y: b.f.values.map((v) => v / 1e9), stackgroup: "one", line: { color: PALETTE[j % PALETTE.length], width: 0.5 } })),
  layout: { title: "EU27 exports to each neighbour, stacked", xaxis: { title: "month" }, yaxis: { title: "EUR bn per month" } },
}, { name: "evasion-neighbours" });

// %%
const windows = { pre: ["2021-03", "2022-02"] as [string, string], post: ["2022-03", "2022-11"] as [string, string] };
const results: (string | number)[][] = [];
for (const product of ["TOTAL", "NON_FUEL", "HS27"] as const) {
  const s = euFlow(rows, [RUSSIA], "EXPORT", product), n = euFlow(rows, NEIGHBOURS, "EXPORT", product);
  for (const mode of ["levels", "trend"] as const) {
    const r = evasionScoreInterval(n, s, windows, { mode, replications: 2000, block: 3, seed: 2022, ci: 0.9 });
    results.push([product === "NON_FUEL" ? "all goods except fuels" : product === "HS27" ? "mineral fuels (HS 27)" : "all goods", mode, r.nonSanctioningChange / 1e6, r.sanctioningChange / 1e6, 100 * r.score, `${(100 * r.lower).toFixed(1)} to ${(100 * r.upper).toFixed(1)}`]);
  }
}
table({
  caption: "EU-side roundabout score: rise in EU exports to the neighbours over the fall in EU exports to Russia (pre 2021-03..2022-02, post 2022-03..2022-11; 90% block-bootstrap interval)",
  columns: ["goods", "baseline", "Δ to neighbours (EUR m/month)", "Δ to Russia (EUR m/month)", "score (%)", "90% interval (%)"],
  rows: results,
}, { name: "evasion-eu-scores" });
const tot = results[0];
md(`From the EU side, exports to the six neighbours rose by about **EUR ${Math.round(tot[2] as number)} m a month** while exports to Russia fell by about **EUR ${Math.round(-(tot[3] as number))} m**: a roundabout score of **${(tot[4] as number).toFixed(1)}%** (90% interval ${tot[5]}%). This is a new measure, not a reproduction: it counts all EU goods rather than the banned technology groups, and re-exports to Russia are only part of the neighbours' extra imports. It is smaller than the paper's scores, which also count non-EU suppliers such as China and Turkey shipping directly.`);

// %% [markdown]
// ## 3. Robustness to the windows
// The score depends on where the pre-war window starts (2021 had strong trade growth) and how long the
// post-invasion window runs.

// %%
const starts = ["2020-03", "2020-09", "2021-03", "2021-09"];
table({
  caption: "All goods, levels baseline: score (%) by pre-window start (pre window ends 2022-02; post 2022-03..2022-11)",
  columns: ["pre window", "score (%)"],
  rows: starts.map((st) => [`${st}..2022-02`, 100 * evasionScore(N, S, { pre: [st, "2022-02"], post: windows.post }).score]),
}, { name: "evasion-window-robustness" });

// %% [markdown]
// ## 4. For users with the Bruegel or Comtrade files
// `loadBruegelTracker(file, productGroups)` reads a long CSV (month, partner_group, product_group, value_usd);
// `loadComtradeMirror(file, {hs6, sanctioning, nonSanctioning})` reads Comtrade's bulk export (period,
// reporterISO, partnerISO, cmdCode, flowCode, primaryValue) and also counts the HS-6 goods exported per
// group, the third measure of Figure 1. Both feed `evasionScore` directly; the tests in
// `test/evasion/evasion.test.ts` run them on small files in `test/fixtures/evasion/`.
//
// ## References
// - Funke, M. and Wende, A. (2025). Export bans, re-exporters and secondary sanctions (section 2, Figure 1).
// - Darvas, Z. et al. (2022). Russian foreign trade tracker. Bruegel.
// - Chupilkin, M., Javorcik, B. and Plekhanov, A. (2023). The Eurasian roundabout: trade flows into Russia through the Caucasus and Central Asia. EBRD Working Paper 276.
