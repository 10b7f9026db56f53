// %% [markdown]
// # 02 · Bali & Rapelanoro's sanction index, rebuilt from a cited event list
//
// **What this notebook rebuilds.** Section 2 of Bali & Rapelanoro (2021, *International Economics* 168,
// 25-39) proposes an index of sanction pressure in which every sanction keeps its own identity: a weight
// for its type, a leverage for the sender's economic grip on the target, and a time factor that lets the
// pressure fade as the target adapts (eqs. 1-7). The paper prints the monthly index for EU sanctions on
// Russia (Annex III, 2010m1-2018m4) but neither the list of sanctions nor the parameters behind it (the
// note under Graph 1 says they are available on request). We rebuild the index from a public, cited list
// of EU measures (`data/events/`, conventions and our review in `data/README.md`), fit its few structural
// parameters to Annex III, and report how close that gets and what the data can and cannot identify.
//
// Engines: `src/sanctions-index/build.ts` (the index, any sender/target/frequency), `calibrate.ts` (bounded
// least squares, profiles), `russia.ts` (this case); tests in `test/sanctions-index/index.test.ts`. The same
// construction is available from the command line: `sanctions-lab index <events.csv> --method
// bali-rapelanoro|dreger --params <params.json> --json <out.json>`.

// %%
import {
  baliRapelanoroIndex,
  dregerIndex,
  timeFactor,
  TABLE1_ALPHA,
  DREGER_WEIGHTS,
  monthly,
} from "./src/sanctions-index/build";
import { parseEvents } from "./src/sanctions-index/events";
import { calibrate, profile, profileInterval, fitByYear } from "./src/sanctions-index/calibrate";
import {
  annex3,
  annex3Problem,
  euEvents,
  paramsFor,
  russiaOpenness,
  russiaOpennessMonthly,
  ANNEX3_CALENDAR,
  AMBIGUOUS,
  codingSearch,
  heldOutCheck,
  heldOutProcedure,
  rebuiltIndex,
} from "./src/sanctions-index/russia";
import { plot, table, claim, md, PALETTE } from "./src/notebook/index";

const events = euEvents();
const pub = annex3();
md(
  `The EU list holds **${euEvents(true).length}** rows, of which **${events.length}** ` +
    `are new restrictions (renewals and the one clarifying amendment are dropped). Annex ` +
    `III has **${pub.values.length}** monthly values, zero until 2014m2.`,
);

// %% [markdown]
// ## 1. The three ingredients
//
// * **Type weight** $\alpha_i$ (eq. 2, Table 1): 1 for a listed person, 10 for an official announcement,
//   100 for a listed company, 1000 for a sectoral measure, 3000 for an embargo. The authors say these
//   values are arbitrary (note to Table 1); section 6 measures how much they matter.
// * **Leverage** $\beta_t = A_t B_t$ (eqs. 3-5): the sender's share of the target's exports ($A$) times the
//   target's trade over GDP ($B$). We take $B_t$ from the World Bank (exports plus imports of goods and
//   services, % of GDP, annual) and, as an alternative, from ROSSTAT's monthly goods trade over WDI GDP.
//   No public bilateral series for $A$ is in our data, so $A$ is a free scale: it also absorbs the overall
//   level of the Table 1 weights, because the index is linear in $A\alpha$.
// * **Time factor** $\chi_i(u) = (1 - u/U_i)^{s}$ (eq. 6): 1 when the sanction is imposed ($u = 0$), 0 when
//   its horizon $U_i$ is reached; the slope $s$ (the paper reuses the letter $\alpha$ for it) sets how
//   fast pressure fades early on. Besides the power law the engine offers none, linear and exponential laws.
//
// The index is the sum over sanctions (eq. 7): $S_t = \sum_i \alpha_i \beta_t \chi_i(t - t_i)$, each term
// kept separately.

// %%
const us = Array.from({ length: 73 }, (_, u) => u);
plot(
  {
    data: [0.5, 1, 2, 4]
      .map((s, j) => ({
        type: "scatter",
        mode: "lines",
        name: `power law, slope s = ${s}`,
        x: us,
        y: us.map((u) => timeFactor({ kind: "power", horizon: 60, slope: s }, u)),
        line: { color: PALETTE[j] },
      }))
      .concat([
        {
          type: "scatter",
          mode: "lines",
          name: "exponential, half-life 12",
          x: us,
          y: us.map((u) => timeFactor({ kind: "exponential", halfLife: 12 }, u)),
          line: { color: PALETTE[4], dash: "dot" },
        } as any,
      ]),
    layout: {
      title: "Time factor χ(u) of eq. 6 for a 60-month horizon (and an exponential alternative)",
      xaxis: { title: "months since imposition u" },
      yaxis: { title: "χ(u)", range: [0, 1.05] },
    },
  },
  { name: "br-time-factor" },
);
const open = russiaOpenness(ANNEX3_CALENDAR);
const openM = russiaOpennessMonthly(ANNEX3_CALENDAR);
const openRaw = russiaOpennessMonthly(ANNEX3_CALENDAR, 1);
plot(
  {
    data: [
      {
        type: "scatter",
        mode: "lines",
        x: pub.labels,
        y: Array.from(open),
        line: { color: PALETTE[0] },
        name: "WDI goods and services, annual",
      },
      {
        type: "scatter",
        mode: "lines",
        x: pub.labels,
        y: Array.from(openRaw),
        line: { color: PALETTE[1], width: 1 },
        name: "ROSSTAT goods, monthly",
      },
      {
        type: "scatter",
        mode: "lines",
        x: pub.labels,
        y: Array.from(openM),
        line: { color: PALETTE[1], width: 3 },
        name: "ROSSTAT goods, trailing 12-month mean",
      },
    ],
    layout: {
      title: "Russia's trade over GDP, B_t (eq. 4): two sources",
      xaxis: { title: "month" },
      yaxis: { title: "share of GDP" },
    },
  },
  { name: "br-openness", height: 380 },
);
table(
  {
    caption: "Table 1 type weights and the new EU measures of each type, 2014-2018 (data/events)",
    columns: ["type", "alpha", "rows", "persons or entities listed"],
    rows: (Object.keys(TABLE1_ALPHA) as (keyof typeof TABLE1_ALPHA)[]).map((t) => [
      t,
      TABLE1_ALPHA[t],
      events.filter((e) => e.type === t).length,
      events.filter((e) => e.type === t).reduce((a, e) => a + (e.nTargets ?? 0), 0) || null,
    ]),
  },
  { name: "br-types" },
);

// %% [markdown]
// ### A worked example
// Three made-up measures, a constant leverage of 0.5 and a 12-month power law with slope 2: a sector
// measure in January, five listed persons in March (counted per person) and an announcement in April.
// Each contribution is $\alpha \beta \chi(u)$ with $u$ the months since imposition; the index is the
// column sum. The numbers can be checked by hand: in April the sector measure is worth
// $1000 \times 0.5 \times (1 - 3/12)^2 = 281.25$.

// %%
const toy = parseEvents(
  "id,date,sender,legal_act,type,n_targets,sector,end_date_or_status,description,source\n" +
  "T1,2020-01-15,EU,act 1,sector,,finance,,a sector measure,example\n" +
  "T2,2020-03-02,EU,act 2,individual,5,,,five persons,example\n" +
  "T3,2020-04-20,EU,statement,announcement,,,,a threat,example\n",
  "toy.csv",
);
const toyIndex = baliRapelanoroIndex(
  toy,
  { law: { kind: "power", horizon: 12, slope: 2 }, leverage: 0.5 },
  monthly("2020-01", "2020-08"),
);
table(
  {
    caption: "Worked example: contributions α β χ(u) per measure and the index (eq. 7)",
    columns: [
      "month",
      ...toy.map((e) => `${e.id} (${e.type}, α = ${TABLE1_ALPHA[e.type]}${e.nTargets ? " x " + e.nTargets : ""})`),
      "index S_t",
    ],
    rows: toyIndex.labels.map((l, i) => [
      l,
      ...toy.map((e) => toyIndex.contributions.get(e.id)![i]),
      toyIndex.index[i],
    ]),
    digits: 4,
  },
  { name: "br-worked-example" },
);

// %% [markdown]
// The engine's weights are Table 1's and its time factor behaves as section 2.2.3 says; these are
// identities (true by construction of the code), recorded so that every printed value has its claim.

// %%
const P0 = "bali-rapelanoro-2021" as const;
const noEvents = baliRapelanoroIndex(
  [],
  { law: { kind: "power", horizon: 12, slope: 2 }, leverage: 0.5 },
  monthly("2020-01", "2020-03"),
);
claim({
  paper: P0,
  item: "table1",
  entry: "none",
  kind: "identity",
  reproduced: Math.max(...Array.from(noEvents.index)),
  explanation:
    "With no sanction in force eq. 7 sums nothing: the engine's index is 0 (Table 1's " +
    "weight for the absence of sanctions).",
});
for (const [entry, t] of [
  ["individual", "individual"],
  ["announcement", "announcement"],
  ["entity", "entity"],
  ["sector", "sector"],
  ["embargo", "embargo"],
] as const)
  claim({
    paper: P0,
    item: "table1",
    entry,
    kind: "identity",
    reproduced: TABLE1_ALPHA[t],
    explanation:
      `The engine's weight for type '${t}' (TABLE1_ALPHA in src/sanctions-index/build.ts) is typed from Table 1.`,
  });
const law = (s: number) => ({ kind: "power" as const, horizon: 60, slope: s });
claim({
  paper: P0,
  item: "eq6",
  entry: "chi-at-0",
  kind: "identity",
  reproduced: timeFactor(law(2), 0),
  explanation: "timeFactor at u = 0 for a power law (horizon 60, slope 2): (1 - 0/U)^s = 1.",
});
const chiGrid = [0.5, 1, 2, 4].flatMap((s) => us.map((u) => timeFactor(law(s), u)));
claim({
  paper: P0,
  item: "eq6",
  entry: "chi-bounds",
  kind: "identity",
  holds: chiGrid.every((v) => v >= 0 && v <= 1),
  reproduced: `min ${Math.min(...chiGrid)}, max ${Math.max(...chiGrid)} over slopes 0.5-4 and u = 0..72 (horizon 60)`,
  explanation: "The power law is clamped to 0 after its horizon, so it stays in [0, 1] by construction.",
});
const flatter = us.every(
  (u) =>
    timeFactor(law(0.5), u) >= timeFactor(law(1), u) - 1e-15 && timeFactor(law(1), u) >= timeFactor(law(2), u) - 1e-15,
);
claim({
  paper: P0,
  item: "eq6",
  entry: "slope",
  kind: "identity",
  holds: flatter,
  reproduced: `χ(u) for s = 0.5 ≥ s = 1 ≥ s = 2 at every u = 0..72: ${flatter}`,
  explanation:
    "For 0 ≤ 1 - u/U ≤ 1, a lower exponent gives a higher (flatter) curve: the pressure " +
    "fades more slowly, as the text says (see the plot above).",
});

// %% [markdown]
// ## 2. Fitting the free parameters to Annex III
//
// The authors suggest finding parameters by trial and error (note to Table 1; conclusion). We do it
// systematically by bounded Levenberg-Marquardt least squares on the 50 published non-zero months
// 2014m3-2018m4, with three continuous parameters: the leverage scale $A$, one horizon $U$ and one slope $s$.
// The fitted series always comes from the events; there is never a free value per month.
//
// The event list leaves two kinds of discrete choices open, which we treat as a discrete parameter and
// search exhaustively: counting a listing once per act or once per listed person, and the type of four
// measures the curated list flags as judgement calls (its README, items 6-7):

// %%
table({
  caption: "Ambiguous codings searched (each either as listed or as the alternative)",
  columns: ["id", "measure", "as listed", "alternative"],
  rows: AMBIGUOUS.map((a) => [a.id, a.what, a.listed, a.alternative]),
}, { name: "br-ambiguous" });
const t0search = Date.now();
const search = codingSearch({ twoHorizons: false }, { progress: true });
const searchSeconds = (Date.now() - t0search) / 1000;
// timings are printed, not written into the exported tables (reports/ stays byte-identical across runs)
console.log(`${searchSeconds.toFixed(1)} s for the 64 fits`);
table(
  {
    caption:
      `All 32 codings, each fitted twice: on 2014m3-2018m4 (full) and on 2014m3-2015m12 ` +
      `(early) with its prediction of 2016m1-2018m4 (held out). Sorted by the full-window ` +
      `fit.`,
    columns: ["coding", "A", "U", "s", "R² full", "RMSE full", "R² early", "held-out R²", "held-out RMSE"],
    rows: search.map((c) => [
      c.label,
      c.fit.theta[0],
      c.fit.theta[1],
      c.fit.theta[2],
      c.fit.r2,
      c.fit.rmse,
      c.early.r2,
      c.outOfSample.r2,
      c.outOfSample.rmse,
    ]),
    digits: 4,
  },
  { name: "br-coding-search" },
);
const chosen = search[0];
const honest = heldOutProcedure(search);
md(
  `**Chosen coding: ${chosen.label}.** Choosing it on the early window alone selects **${honest.label}** ` +
    `— the same coding — so the held-out check below is clean for the whole procedure, ` +
    `not just for the three continuous parameters. Note how much the codings matter out ` +
    `of sample: their full-window R² all exceed ` +
    `${Math.min(...search.map((c) => c.fit.r2)).toFixed(3)}, yet their held-out R² run ` +
    `from ${Math.min(...search.map((c) => c.outOfSample.r2)).toFixed(2)} to ` +
    `${Math.max(...search.map((c) => c.outOfSample.r2)).toFixed(2)}. A high in-sample R² ` +
    `is cheap here: a smooth hump fits any series that rises in 2014 and decays ` +
    `afterwards.`,
);

// %% [markdown]
// ### The chosen specification: estimates, standard errors, profile intervals
// Standard errors come from $s^2 (J'J)^{-1}$ at the optimum; they assume independent errors, and the
// residuals are strongly autocorrelated (reported below), so they understate the uncertainty. The 95%
// profile intervals invert the F test on the residual sum of squares, re-fitting the other parameters at
// every point (Bates & Watts 1988, section 6.1); they inherit the same independence assumption and are
// best read as describing the shape of the fit surface. We also fit richer time laws (separate horizons,
// and separate horizons and slopes, for listings and for economic measures) and the two leverage sources.

// %%
const mainProblem = annex3Problem(chosen.spec);
const mainFit = calibrate(mainProblem, { progress: false });
const intervals = [0, 1, 2].map((j) => profileInterval(mainProblem, mainFit, j));
const bracket = (iv: (typeof intervals)[number]) =>
  `[${iv.lower.toFixed(3)}${iv.lowerOpen ? " (open)" : ""}, ${iv.upper.toFixed(3)}${iv.upperOpen ? " (open)" : ""}]`;
table(
  {
    caption:
      `Chosen specification, 2014m3-2018m4: R² ${mainFit.r2.toFixed(4)}, RMSE ` +
      `${mainFit.rmse.toFixed(1)} points, max |error| ${mainFit.maxAbsError.toFixed(0)}, ` +
      `residual autocorrelation ${mainFit.residualAutocorr.toFixed(2)}, ` +
      `${mainFit.iterations} iterations, converged: ${mainFit.converged}`,
    columns: ["parameter", "estimate", "std. error", "95% profile interval", "on a bound"],
    rows: intervals.map((iv, j) => [
      iv.name,
      mainFit.theta[j],
      mainFit.stderr[j],
      bracket(iv),
      mainFit.atBound[j] ? "yes" : "no",
    ]),
    digits: 4,
  },
  { name: "br-calibration" },
);
const variants = [
  { label: "A, U, s; B from WDI (chosen)", spec: chosen.spec },
  { label: "A, U, s; B from monthly ROSSTAT trade", spec: { ...chosen.spec, leverage: "monthly-trade" as const } },
  { label: "A, U, s; B constant", spec: { ...chosen.spec, leverage: "constant" as const } },
  { label: "two horizons (listings, economic), one slope", spec: { ...chosen.spec, twoHorizons: true } },
  { label: "two horizons and two slopes", spec: { ...chosen.spec, twoGroups: true } },
];
const variantFits = variants.map((v) => ({
  ...v,
  fit: calibrate(annex3Problem(v.spec), { progress: false }),
  held: heldOutCheck(v.spec),
}));
table(
  {
    caption: "Richer time laws and other leverage sources (same coding); standard errors in parentheses",
    columns: ["specification", "parameters", "R²", "RMSE", "held-out R²"],
    rows: variantFits.map((v) => [
      v.label,
      v.fit.theta.map((t, j) => `${t.toFixed(2)} (${v.fit.stderr[j].toFixed(2)})`).join("; "),
      v.fit.r2,
      v.fit.rmse,
      v.held.outOfSample.r2,
    ]),
    digits: 4,
  },
  { name: "br-variants" },
);
console.log(`fit times: ${variantFits.map((v) => `${v.fit.seconds.toFixed(3)} s`).join(", ")}`);

// %% [markdown]
// **What is identified.** (i) $A$ multiplies every $\alpha$, so only $A$ times the level of the weights is
// identified: the fitted $A$ above 1 says the published index is larger than Table 1's weights times any
// plausible EU export share (about 0.4-0.5) and trade openness would give, not that the EU bought more than
// all of Russia's exports. (ii) The single horizon and slope are well determined jointly, but they trade off
// against each other (profile below), and they are not the same when estimated on 2014-2015 alone (see the
// held-out check): the early data want a faster, shallower decay than the tail. (iii) Richer laws barely
// improve the fit and do not improve the held-out prediction: the separate listing horizon is not
// identified (its standard error is as large as the estimate), because listings carry only a few percent of
// the index. (iv) The monthly trade leverage fits no better than the annual WDI ratio: Annex III shows no
// sign of the January dips of Russian trade, so the authors' $\beta$ is most likely annual or constant.

// %%
const grid = [36, 42, 48, 54, 60, 66, 72, 78, 84, 96, 108];
const prof = profile(mainProblem, 1, grid, mainFit.theta);
plot(
  {
    data: [
      {
        type: "scatter",
        mode: "lines+markers",
        x: prof.map((p) => p.value),
        y: prof.map((p) => Math.sqrt(p.rss / 50)),
        line: { color: PALETTE[0] },
        name: "RMSE (A, s re-fitted)",
        yaxis: "y",
      },
      {
        type: "scatter",
        mode: "lines+markers",
        x: prof.map((p) => p.value),
        y: prof.map((p) => p.theta[2]),
        line: { color: PALETTE[1], dash: "dot" },
        name: "re-fitted slope s",
        yaxis: "y2",
      },
    ],
    layout: {
      title: "Profile over the horizon U: fit and the slope that compensates",
      xaxis: { title: "horizon U (months)" },
      yaxis: { title: "RMSE (index points)" },
      // the right axis with its own round ticks and no second grid
      yaxis2: { title: "slope s", overlaying: "y", side: "right", tickmode: "auto", showgrid: false },
      legend: { x: 1.1, xanchor: "left" },
    },
  },
  { name: "br-profile-horizon", height: 400 },
);

// %% [markdown]
// ## 3. Graph 1: the rebuilt index beside Annex III

// %%
const rebuilt = rebuiltIndex(mainFit.theta, chosen.spec);
const earlyFit = honest.early;
const predicted = rebuiltIndex(earlyFit.theta, honest.spec);
const from14 = pub.labels.indexOf("2014-01");
plot(
  {
    data: [
      {
        type: "scatter",
        mode: "lines",
        name: "Annex III (published)",
        x: pub.labels,
        y: Array.from(pub.values),
        line: { color: "black", width: 3 },
      },
      {
        type: "scatter",
        mode: "lines",
        name: "rebuilt, fitted 2014m3-2018m4",
        x: rebuilt.labels,
        y: Array.from(rebuilt.index),
        line: { color: PALETTE[1], dash: "dash" },
      },
      {
        type: "scatter",
        mode: "lines",
        name: "rebuilt, fitted 2014-2015 only",
        x: predicted.labels,
        y: Array.from(predicted.index),
        line: { color: PALETTE[2], dash: "dot" },
      },
    ],
    layout: {
      title: "Graph 1: new sanction index, published (Annex III) vs rebuilt from the EU event list",
      xaxis: { title: "month" },
      yaxis: { title: "index points" },
    },
  },
  { name: "br-graph1" },
);
plot(
  {
    data: [
      {
        type: "bar",
        x: pub.labels.slice(from14),
        y: pub.labels.slice(from14).map((_, k) => rebuilt.index[from14 + k] - pub.values[from14 + k]),
        marker: { color: PALETTE[1] },
        name: "rebuilt - published",
      },
    ],
    layout: {
      title: "Residuals of the full-window fit (index points)",
      xaxis: { title: "month" },
      yaxis: { title: "rebuilt - published" },
    },
  },
  { name: "br-residuals", height: 320 },
);

// %% [markdown]
// ### Held-out check and fit by year
// The coding and the three parameters are chosen on 2014m3-2015m12 only; the index for 2016m1-2018m4 is then
// computed from the events and compared with Annex III.

// %%
md(
  `Fitted on 2014-2015 (R² ${earlyFit.r2.toFixed(4)}; A = ` +
    `${earlyFit.theta[0].toFixed(3)}, U = ${earlyFit.theta[1].toFixed(1)}, s = ` +
    `${earlyFit.theta[2].toFixed(2)}), the index predicts 2016m1-2018m4 with ` +
    `out-of-sample R² **${honest.outOfSample.r2.toFixed(3)}** and RMSE **${honest.outOfSample.rmse.toFixed(1)}** ` +
    `points, against an in-sample RMSE of ${mainFit.rmse.toFixed(1)} over the full ` +
    `window. The early fit's shorter horizon (${earlyFit.theta[1].toFixed(0)} vs ` +
    `${mainFit.theta[1].toFixed(0)} months) makes it decay too fast: 2014-2015 alone ` +
    `cannot tell how long the tail is.`,
);
const byYear = fitByYear(pub.labels, pub.values, rebuilt.index, { onlyNonZeroTarget: true });
table({
  caption: "Full-window fit by year (non-zero published months)",
  columns: ["year", "months", "mean published", "mean rebuilt", "RMSE", "max |error|", "max relative error"],
  rows: byYear.map((b) => [String(b.year), b.months, b.meanTarget, b.meanFitted, b.rmse, b.maxAbsError, b.maxRelError]),
  digits: 4,
}, { name: "br-fit-by-year" });

// %% [markdown]
// ### Claims: Annex III, month by month
// The grading rule is declared once, in the paper's inventory
// (`data/published/bali-rapelanoro-2021/inventory.json`): exact means within half a unit of the last printed
// digit, close means within **10% of the published value**. The index's scale is arbitrary (it is fitted
// through $A$), so only relative errors mean anything; from 2015 to 2017 the published index falls by 5-10% a
// month, so 10% is about one month of its own movement. The printed zeros have no close band: only an exact
// zero counts.
//
// Three kinds of evidence are recorded, and only the last counts as reproduced:
// * **2010m1-2014m2 (zeros)** are an *identity*: no EU measure of the list predates March 2014, and an index
//   with no sanction in force is zero by definition (Table 1's weight for the absence of sanctions).
// * **2014m3-2018m4, full-window fit** are *calibration targets*: $A$, $U$, $s$ and the coding were fitted to
//   these very 50 values, so a close grade says the cited event list plus eq. 7 *can* produce the published
//   value, not that we recovered the authors' list or parameters.
// * **2016m1-2018m4, held out** are *reproductions*: the coding and the three parameters are chosen on
//   2014m3-2015m12 only and the index for the later months is computed from the events. This period holds
//   almost no new measure, so it tests the time law (how fast 2014's pressure fades), not the weights.

// %%
const PAPER = "bali-rapelanoro-2021" as const;
const indexReading = (fit: string, coding: string) => ({
  sanctions: "cited EU event list (data/events)",
  leverage: "WDI trade over GDP, annual",
  law: "power law, one horizon and slope",
  coding,
  fit,
});
const fullReading = indexReading("2014m3-2018m4", chosen.label);
const heldReading = indexReading("2014m3-2015m12", honest.label);
const grades = new Map<string, number>();
const heldGrades = new Map<string, number>();
for (let i = 0; i < pub.values.length; i++) {
  const month = pub.labels[i];
  const [y, mo] = month.split("-");
  const p = pub.values[i],
    r = rebuilt.index[i];
  if (i < from14 + 2) {
    claim({
      paper: PAPER,
      item: "annex3",
      entry: month,
      kind: "identity",
      reproduced: r,
      reading: fullReading,
      explanation:
        "No EU measure of the cited list predates 3 March 2014 and an index with no sanction " +
        "in force is zero (eq. 7, Table 1's weight 0), so the rebuilt index is exactly zero " +
        "here, as published; true by construction, not a test.",
    });
    continue;
  }
  const why =
    Math.abs(r - p) <= 0.1 * p
      ? "within 10% of the published value"
      : y === "2014" && +mo <= 5
        ? "the first months hold only listings and announcements, a few dozen points that " +
          "depend on how the authors counted persons and statements, which eq. 7 with one " +
          "weight per type cannot pin down"
        : month === "2017-08"
          ? "the 4 Aug 2017 listings over the Siemens turbines (3 persons, 3 entities) add about " +
            "100 points to our index, while the published index keeps falling: the authors either " +
            "did not count them or gave them far less weight; the tail error of the common " +
            "horizon adds to it"
          : +y >= 2017
            ? "the tail: the published index falls to about 50 points by 2018, which needs nearly " +
              "every 2014 measure to have expired; one common horizon cannot both keep 2015-2016 " +
              "high and empty the tail, so relative errors grow as the level shrinks"
            : "the months around the 2014 jumps depend on the exact dating and weight of the " +
              "July-December packages, where our list and the authors' may differ";
  const c = claim({
    paper: PAPER,
    item: "annex3",
    entry: month,
    kind: "calibration-target",
    reproduced: r,
    reading: fullReading,
    fitted:
      `A, U and s (and the coding ${chosen.label}) fitted by least squares to the 50 ` +
      `non-zero Annex III months 2014m3-2018m4, this month included (in-sample R² ` +
      `${mainFit.r2.toFixed(4)})`,
    explanation: `Rebuilt from ${events.length} cited EU measures with eq. 7: ${why}.`,
  });
  grades.set(c.grade, (grades.get(c.grade) ?? 0) + 1);
  if (+y >= 2016) {
    const q = predicted.index[i];
    const side =
      q < p
        ? "The early fit's shorter horizon makes the index decay faster than published."
        : "The prediction lies above the published value.";
    const h = claim({
      paper: PAPER,
      item: "annex3",
      entry: month,
      id: `${PAPER}:annex3/${month}#held-out`,
      kind: "reproduction",
      reproduced: q,
      reading: heldReading,
      where: "held-out prediction",
      explanation:
        `Coding (${honest.label}) and A, U, s chosen on 2014m3-2015m12 only (A = ` +
        `${earlyFit.theta[0].toFixed(3)}, U = ${earlyFit.theta[1].toFixed(1)}, s = ` +
        `${earlyFit.theta[2].toFixed(2)}); this month is computed from the events, out of ` +
        `sample. ${side}`,
    });
    heldGrades.set(h.grade, (heldGrades.get(h.grade) ?? 0) + 1);
  }
}
const fmtGrades = (g: Map<string, number>) => [...g].map(([k, v]) => `${v} ${k}`).join(", ");
md(
  `Full-window fit (calibration targets, 50 months): **${fmtGrades(grades)}**. Held ` +
    `out, 2016m1-2018m4 (reproductions, 28 months): **${fmtGrades(heldGrades)}**. The ` +
    `gap between the two is the honest measure of what the event list and eq. 7 predict.`,
);
const oosPositive = honest.outOfSample.r2 > 0;
claim({
  paper: PAPER,
  item: "graph1",
  entry: "path",
  kind: "finding",
  reading: heldReading,
  holds: oosPositive,
  reproduced:
    `eq. 7 over the cited EU list: in-sample R² ${mainFit.r2.toFixed(3)} (fitted); ` +
    `fitted on 2014-2015 only, held-out R² ${honest.outOfSample.r2.toFixed(3)} on ` +
    `2016m1-2018m4`,
  explanation:
    "The note under Graph 1 says the index is the eq.-7 sum of the EU sanctions. We ask " +
    "whether such a sum over a public list of EU measures produces the graph's path " +
    "beyond the months it was fitted to: the statement is taken to hold if the prediction " +
    "of the held-out months beats their own mean (held-out R² above 0). The in-sample fit " +
    "alone would prove little, since any smooth hump fits a series that jumps in 2014 and " +
    "decays.",
});
claim({
  paper: PAPER,
  item: "graph2",
  entry: "series",
  kind: "finding",
  reproduced: null,
  reason:
    "Graph 2 prints no values, and the Kholodilin-Netsunajev (2019) index it draws has no " +
    "public copy; section 5 draws a Dreger-style index from the EU event list instead " +
    "(used in notebook 03 as the previous index)",
  explanation: "Not comparable: our previous index is a substitute built from a different sanction list.",
});
claim({
  paper: PAPER,
  item: "abstract",
  entry: "reliable-index",
  kind: "finding",
  reproduced: null,
  reason:
    "an evaluative conclusion about the authors' index, whose inputs (the sanction list " +
    "and the parameters, 'available upon request') are not public; only its output, Annex " +
    "III, can be examined",
  explanation:
    "What can be checked is reported above: a public list under eq. 7 fits Annex III in " +
    "sample and predicts the decay of 2016-2018 to the degree the held-out claims show.",
});
claim({
  paper: PAPER,
  item: "conclusion",
  entry: "reliable-index",
  kind: "finding",
  reproduced: null,
  reason:
    "an evaluative conclusion about the authors' index, whose inputs (the sanction list " +
    "and the parameters, 'available upon request') are not public; only its output, Annex " +
    "III, can be examined",
  explanation: "Same statement as the abstract's last sentence; see the Annex III claims for what can be checked.",
});

// %% [markdown]
// ## 4. Each sanction's contribution
// The paper's case for the new index is that sanctions are handled one by one (section 2.2): the stacked
// areas show the ten largest contributions of the rebuilt index; everything else is grouped. Dropping,
// re-typing or re-dating one measure changes only its own band (`events: {<id>: {...}}` in the parameters).

// %%
const contrib = [...rebuilt.contributions.entries()]
  .map(([id, c]) => ({ id, c, total: c.reduce((a, b) => a + b, 0) }))
  .sort((a, b) => b.total - a.total);
const top = contrib.slice(0, 10);
const rest = new Float64Array(rebuilt.index.length);
for (const x of contrib.slice(10)) for (let i = 0; i < rest.length; i++) rest[i] += x.c[i];
// legend label: id, date, type and sector; a long sector is cut back to its last whole word within 30
// characters and marked with an ellipsis, closing the bracket it leaves open
const shortSector = (s: string, max = 30) => {
  if (s.length <= max) return s;
  const head = s.slice(0, max).replace(/[\s,;]+\S*$/, "");
  return head + "…" + (head.split("(").length > head.split(")").length ? ")" : "");
};
const lab = (id: string) => {
  const e = events.find((v) => v.id === id)!;
  return `${id} ${e.date} ${e.type}${e.sector ? ": " + shortSector(e.sector) : ""}`;
};
plot(
  {
    data: [
      ...top.map((t, j) => ({
        type: "scatter",
        mode: "lines",
        stackgroup: "one",
        name: lab(t.id),
        x: rebuilt.labels.slice(from14),
        y: Array.from(t.c.subarray(from14)),
        line: { width: 0.5, color: PALETTE[j % PALETTE.length] },
      })),
      {
        type: "scatter",
        mode: "lines",
        stackgroup: "one",
        name: `${contrib.length - 10} other measures`,
        x: rebuilt.labels.slice(from14),
        y: Array.from(rest.subarray(from14)),
        line: { width: 0.5, color: "#cccccc" },
      },
    ],
    layout: {
      title: "Contributions of individual sanctions to the rebuilt index",
      xaxis: { title: "month" },
      yaxis: { title: "index points" },
      legend: { font: { size: 10 } },
    },
  },
  { name: "br-contributions", width: 980, height: 520 },
);
const sumShare = (pred: (id: string) => boolean) =>
  contrib.filter((c) => pred(c.id)).reduce((a, c) => a + c.total, 0) / contrib.reduce((a, c) => a + c.total, 0);
md(
  `Economic measures (sector and embargo rows) carry **${(
    100 *
    sumShare((id) => {
      const t = events.find((e) => e.id === id)!.type;
      return t === "sector" || t === "embargo";
    })
  ).toFixed(1)}%** of the index summed over 2014-2018; all listings of persons and entities together **${(
    100 *
    sumShare((id) => {
      const t = events.find((e) => e.id === id)!.type;
      return t === "individual" || t === "entity";
    })
  ).toFixed(1)}%**.`,
);

// %% [markdown]
// ## 5. Graph 2: the previous index
// The Dreger et al. (2016) index adds a dummy for each sanction with weight 1 (persons), 2 (entities) or 3
// (sectors), times the sender's share of Russia's trade, and cumulates (B&R, section 2.1); it can only rise.
// Built from the same EU events with a unit trade share (the scale is arbitrary), it keeps its 2014 level
// long after the new index has decayed: the contrast is the paper's Graphs 1-2.

// %%
const dreger = dregerIndex(events, {}, ANNEX3_CALENDAR);
plot(
  {
    data: [
      {
        type: "scatter",
        mode: "lines",
        x: dreger.labels,
        y: Array.from(dreger.index),
        line: { color: PALETTE[2] },
        name: "previous index (Dreger et al. weights)",
        yaxis: "y",
      },
      {
        type: "scatter",
        mode: "lines",
        x: pub.labels,
        y: Array.from(pub.values),
        line: { color: "black", width: 1, dash: "dot" },
        name: "Annex III (right axis)",
        yaxis: "y2",
      },
    ],
    layout: {
      title: "Graph 2: previous (Dreger et al.) index from the same EU events",
      xaxis: { title: "month" },
      yaxis: { title: "cumulative weighted count" },
      // the right axis with its own round ticks and no second grid; the legend right of its title
      yaxis2: { title: "new index", overlaying: "y", side: "right", tickmode: "auto", showgrid: false },
      legend: { x: 1.1, xanchor: "left" },
    },
  },
  { name: "br-graph2", height: 400 },
);
const dregerSteps = Array.from(dreger.index).slice(1).map((v, i) => v - dreger.index[i]);
const nonDecreasing = dregerSteps.every((d) => d >= 0);
for (const [item, entry] of [
  ["section2-1", "never-decreases"],
  ["conclusion", "cannot-decrease"],
] as const)
  claim({
    paper: P0,
    item,
    entry,
    kind: "identity",
    holds: nonDecreasing,
    reproduced: `smallest month-on-month change of the Dreger-style index: ${Math.min(...dregerSteps)}`,
    explanation:
      "The previous index cumulates non-negative weights times trade shares, so it cannot " +
      "fall: true by construction (src/sanctions-index/build.ts, dregerIndex).",
  });
claim({
  paper: P0,
  item: "section2-1",
  entry: "weights",
  kind: "identity",
  holds: DREGER_WEIGHTS.individual === 1 && DREGER_WEIGHTS.entity === 2 && DREGER_WEIGHTS.sector === 3,
  reproduced:
    `engine weights: person ${DREGER_WEIGHTS.individual}, entity ${DREGER_WEIGHTS.entity}, ` +
    `sector ${DREGER_WEIGHTS.sector} (embargo ${DREGER_WEIGHTS.embargo}, announcement ` +
    `${DREGER_WEIGHTS.announcement}: our choices, the text names no weight for them)`,
  explanation: "DREGER_WEIGHTS in src/sanctions-index/build.ts are typed from section 2.1.",
});
for (const [item, entry] of [
  ["section2-1", "sector-to-person"],
  ["conclusion", "industry-three-persons"],
] as const)
  claim({
    paper: P0,
    item,
    entry,
    kind: "identity",
    reproduced: DREGER_WEIGHTS.sector / DREGER_WEIGHTS.individual,
    explanation: "Ratio of the sector and person weights of the previous index (3 / 1), by definition.",
  });

// %% [markdown]
// ## 6. Sensitivity to the type weights α
// The authors call Table 1's values arbitrary. Two questions: how much does the index move when one weight
// changes with everything else fixed, and how well can the index still match Annex III if $A$, $U$, $s$ are
// re-fitted under the new weights? Since $A$ absorbs the overall level, only the *ratios* between weights
// matter for the fit.

// %%
const alphaVariants = [
  { label: "Table 1 weights", alpha: {} },
  { label: "sector 3000 (= embargo)", alpha: { sector: 3000 } },
  { label: "sector 300", alpha: { sector: 300 } },
  { label: "entity 10", alpha: { entity: 10 } },
  { label: "announcement 100", alpha: { announcement: 100 } },
  { label: "embargo 1000 (= sector)", alpha: { embargo: 1000 } },
  { label: "all x 2", alpha: { individual: 2, announcement: 20, entity: 200, sector: 2000, embargo: 6000 } },
];
const baseParams = paramsFor(mainFit.theta, chosen.spec, open, events);
plot(
  {
    data: alphaVariants.map((v, j) => {
      const r = baliRapelanoroIndex(events, { ...baseParams, alpha: v.alpha }, ANNEX3_CALENDAR);
      return {
        type: "scatter",
        mode: "lines",
        name: v.label,
        x: r.labels.slice(from14),
        y: Array.from(r.index.subarray(from14)),
        line: { color: PALETTE[j % PALETTE.length] },
      };
    }),
    layout: {
      title: "Sensitivity of the index to the type weights α (A, U, s as fitted)",
      xaxis: { title: "month" },
      yaxis: { title: "index points" },
    },
  },
  { name: "br-alpha-sensitivity" },
);
const refit = alphaVariants.map((v) => {
  const prob = annex3Problem(chosen.spec);
  const [i0, i1] = prob.window;
  const p2 = {
    ...prob,
    model: (th: number[]) =>
      baliRapelanoroIndex(
        events,
        { ...paramsFor(th, chosen.spec, open, events), alpha: v.alpha },
        ANNEX3_CALENDAR,
      ).index.subarray(i0, i1 + 1),
  };
  return { label: v.label, fit: calibrate(p2, { progress: false }) };
});
table({
  caption: "Re-fitting A, U, s under other type weights (same coding)",
  columns: ["weights", "A", "U", "s", "R²", "RMSE"],
  rows: refit.map((r) => [r.label, r.fit.theta[0], r.fit.theta[1], r.fit.theta[2], r.fit.r2, r.fit.rmse]),
  digits: 4,
}, { name: "br-alpha-refit" });
md(
  `Doubling every weight leaves the fit unchanged (A halves: ` +
    `${refit[6].fit.theta[0].toFixed(3)} vs ${refit[0].fit.theta[0].toFixed(3)}), the ` +
    `linearity the tests check. Ratios matter: changing the sector weight alone moves ` +
    `the R² from ${refit[0].fit.r2.toFixed(4)} to ${refit[1].fit.r2.toFixed(4)} (3000) ` +
    `or ${refit[2].fit.r2.toFixed(4)} (300), and the listing weights hardly matter ` +
    `because listings are a small share of the index.`,
);

// %% [markdown]
// ## 7. Numbers the paper cites from others
// The introduction and section 2.2.3 quote case counts and success rates from the sanctions literature, and
// the conclusion judges the sanctions a political failure. None of these is computed in the paper, and the
// case data behind them are not in any public copy we can reach (data/README.md), so they are recorded as
// not reproducible.

// %%
const litReason = "the Hufbauer-Schott-Elliott case data are not in any public copy reachable here (data/README.md)";
claim({
  paper: P0,
  item: "introduction",
  entry: "hse-cases",
  kind: "reproduction",
  reproduced: null,
  reason: litReason,
  explanation: "Cited from Hufbauer et al. (1990a, 1990b); not computed in the paper.",
});
claim({
  paper: P0,
  item: "introduction",
  entry: "hse-success-rate",
  kind: "reproduction",
  reproduced: null,
  reason: litReason,
  explanation: "Cited from Hufbauer et al. (1990a, 1990b); not computed in the paper.",
});
claim({
  paper: P0,
  item: "introduction",
  entry: "pape-success-rate",
  kind: "reproduction",
  reproduced: null,
  reason: `Pape (1997) recoded the same cases: ${litReason}`,
  explanation: "Cited from Pape (1997); not computed in the paper.",
});
claim({
  paper: P0,
  item: "section2-2-3",
  entry: "bolks-cases",
  kind: "reproduction",
  reproduced: null,
  reason: "the case list of Bolks and Al-Sowayel (2000) is not in this repository",
  explanation: "Cited from Bolks and Al-Sowayel (2000); not computed in the paper.",
});
claim({
  paper: P0,
  item: "conclusion",
  entry: "political-failure",
  kind: "finding",
  reproduced: null,
  reason:
    "a political judgement (no party changed its stance); no data set in this repository " +
    "codes the outcome of the 2014 sanctions episode (TIES v4.1 ends in 2005)",
  explanation: "Not an empirical result of the paper's models.",
});

// %% [markdown]
// ## What this reproduction supports
// * Eq. 7 with Table 1's weights, one common power-law decay and an annual leverage, applied to a public
//   cited list of EU measures, reproduces the shape and timing of Annex III closely in sample (fit
//   statistics above), including the 2014 jumps in June, July, September and December.
// * Three codings of that list had to differ from the list's own choices to get there: the June 2014 Crimea
//   import ban, the July 2014 EIB/EBRD suspension and the arms trade ban weigh like sector measures, and
//   listings count once per act. We cannot tell whether the authors coded them this way or whether other
//   differences (their unpublished list, their leverage) make these codings fit best.
// * The fit is not a recovery of the authors' parameters: the horizon estimated on 2014-2015 alone is much
//   shorter than on the full window, and the very low published tail (about 50 points in 2018) is not
//   matched by a common horizon.
// * In the claims report the 50 fitted months are calibration targets, never counted as reproduced; the
//   out-of-sample evidence is the 28 held-out months of 2016-2018, predicted from a fit to 2014-2015 alone,
//   and most of them fall outside the 10% band because the early fit decays too fast.
//
// ## References
// - Bali, M. and Rapelanoro, N. (2021). How to simulate international economic sanctions: a multipurpose
//   index modelling illustrated with EU sanctions against Russia. *International Economics* 168, 25-39.
// - Bates, D. M. and Watts, D. G. (1988). *Nonlinear Regression Analysis and Its Applications*. Wiley.
// - Dreger, C., Kholodilin, K., Ulbricht, D. and Fidrmuc, J. (2016). Between the hammer and the anvil: the
//   impact of economic sanctions and oil prices on Russia's ruble. *Journal of Comparative Economics* 44,
//   295-308.
// - Kholodilin, K. and Netsunajev, A. (2019). Crimea and punishment: the impact of sanctions on Russian
//   economy and economies of the euro area. *Baltic Journal of Economics* 19, 39-51.
