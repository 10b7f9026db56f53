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
import { baliRapelanoroIndex, dregerIndex, timeFactor, TABLE1_ALPHA, monthly } from "./src/sanctions-index/build";
import { parseEvents } from "./src/sanctions-index/events";
import { calibrate, profile, profileInterval, fitByYear } from "./src/sanctions-index/calibrate";
import { annex3, annex3Problem, euEvents, paramsFor, russiaOpenness, russiaOpennessMonthly, ANNEX3_CALENDAR, AMBIGUOUS, codingSearch, heldOutCheck, heldOutProcedure, rebuiltIndex } from "./src/sanctions-index/russia";
import { plot, table, claim, md, PALETTE } from "./src/notebook/index";

const events = euEvents();
const pub = annex3();
md(`The EU list holds **${euEvents(true).length}** rows, of which **${events.length}** are new restrictions (renewals and the one clarifying amendment are dropped). Annex III has **${pub.values.length}** monthly values, zero until 2014m2.`);

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
plot({
  data: [0.5, 1, 2, 4].map((s, j) => ({ type: "scatter", mode: "lines", name: `power law, slope s = ${s}`, x: us, y: us.map((u) => timeFactor({ kind: "power", horizon: 60, slope: s }, u)), line: { color: PALETTE[j] } }))
    .concat([{ type: "scatter", mode: "lines", name: "exponential, half-life 12", x: us, y: us.map((u) => timeFactor({ kind: "exponential", halfLife: 12 }, u)), line: { color: PALETTE[4], dash: "dot" } } as any]),
  layout: { title: "Time factor χ(u) of eq. 6 for a 60-month horizon (and an exponential alternative)", xaxis: { title: "months since imposition u" }, yaxis: { title: "χ(u)", range: [0, 1.05] } },
}, { name: "br-time-factor" });
const open = russiaOpenness(ANNEX3_CALENDAR);
const openM = russiaOpennessMonthly(ANNEX3_CALENDAR);
const openRaw = russiaOpennessMonthly(ANNEX3_CALENDAR, 1);
plot({
  data: [
    { type: "scatter", mode: "lines", x: pub.labels, y: Array.from(open), line: { color: PALETTE[0] }, name: "WDI goods and services, annual" },
    { type: "scatter", mode: "lines", x: pub.labels, y: Array.from(openRaw), line: { color: PALETTE[1], width: 1 }, name: "ROSSTAT goods, monthly" },
    { type: "scatter", mode: "lines", x: pub.labels, y: Array.from(openM), line: { color: PALETTE[1], width: 3 }, name: "ROSSTAT goods, trailing 12-month mean" },
  ],
  layout: { title: "Russia's trade over GDP, B_t (eq. 4): two sources", xaxis: { title: "month" }, yaxis: { title: "share of GDP" } },
}, { name: "br-openness", height: 380 });
table({
  caption: "Table 1 type weights and the new EU measures of each type, 2014-2018 (data/events)",
  columns: ["type", "alpha", "rows", "persons or entities listed"],
  rows: (Object.keys(TABLE1_ALPHA) as (keyof typeof TABLE1_ALPHA)[]).map((t) => [t, TABLE1_ALPHA[t], events.filter((e) => e.type === t).length, events.filter((e) => e.type === t).reduce((a, e) => a + (e.nTargets ?? 0), 0) || null]),
}, { name: "br-types" });

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
const toyIndex = baliRapelanoroIndex(toy, { law: { kind: "power", horizon: 12, slope: 2 }, leverage: 0.5 }, monthly("2020-01", "2020-08"));
table({
  caption: "Worked example: contributions α β χ(u) per measure and the index (eq. 7)",
  columns: ["month", ...toy.map((e) => `${e.id} (${e.type}, α = ${TABLE1_ALPHA[e.type]}${e.nTargets ? " x " + e.nTargets : ""})`), "index S_t"],
  rows: toyIndex.labels.map((l, i) => [l, ...toy.map((e) => toyIndex.contributions.get(e.id)![i]), toyIndex.index[i]]),
  digits: 4,
}, { name: "br-worked-example" });

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
table({
  caption: `All 32 codings, each fitted twice: on 2014m3-2018m4 (full) and on 2014m3-2015m12 (early) with its prediction of 2016m1-2018m4 (held out). Sorted by the full-window fit; ${searchSeconds.toFixed(1)} s for the 64 fits.`,
  columns: ["coding", "A", "U", "s", "R² full", "RMSE full", "R² early", "held-out R²", "held-out RMSE"],
  rows: search.map((c) => [c.label, c.fit.theta[0], c.fit.theta[1], c.fit.theta[2], c.fit.r2, c.fit.rmse, c.early.r2, c.outOfSample.r2, c.outOfSample.rmse]),
  digits: 4,
}, { name: "br-coding-search" });
const chosen = search[0];
const honest = heldOutProcedure(search);
md(`**Chosen coding: ${chosen.label}.** Choosing it on the early window alone selects **${honest.label}** — the same coding — so the held-out check below is clean for the whole procedure, not just for the three continuous parameters. Note how much the codings matter out of sample: their full-window R² all exceed ${Math.min(...search.map((c) => c.fit.r2)).toFixed(3)}, yet their held-out R² run from ${Math.min(...search.map((c) => c.outOfSample.r2)).toFixed(2)} to ${Math.max(...search.map((c) => c.outOfSample.r2)).toFixed(2)}. A high in-sample R² is cheap here: a smooth hump fits any series that rises in 2014 and decays afterwards.`);

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
table({
  caption: `Chosen specification, 2014m3-2018m4: R² ${mainFit.r2.toFixed(4)}, RMSE ${mainFit.rmse.toFixed(1)} points, max |error| ${mainFit.maxAbsError.toFixed(0)}, residual autocorrelation ${mainFit.residualAutocorr.toFixed(2)}, ${mainFit.iterations} iterations, converged: ${mainFit.converged}`,
  columns: ["parameter", "estimate", "std. error", "95% profile interval", "on a bound"],
  rows: intervals.map((iv, j) => [iv.name, mainFit.theta[j], mainFit.stderr[j], `[${iv.lower.toFixed(3)}${iv.lowerOpen ? " (open)" : ""}, ${iv.upper.toFixed(3)}${iv.upperOpen ? " (open)" : ""}]`, mainFit.atBound[j] ? "yes" : "no"]),
  digits: 4,
}, { name: "br-calibration" });
const variants = [
  { label: "A, U, s; B from WDI (chosen)", spec: chosen.spec },
  { label: "A, U, s; B from monthly ROSSTAT trade", spec: { ...chosen.spec, leverage: "monthly-trade" as const } },
  { label: "A, U, s; B constant", spec: { ...chosen.spec, leverage: "constant" as const } },
  { label: "two horizons (listings, economic), one slope", spec: { ...chosen.spec, twoHorizons: true } },
  { label: "two horizons and two slopes", spec: { ...chosen.spec, twoGroups: true } },
];
const variantFits = variants.map((v) => ({ ...v, fit: calibrate(annex3Problem(v.spec), { progress: false }), held: heldOutCheck(v.spec) }));
table({
  caption: "Richer time laws and other leverage sources (same coding); standard errors in parentheses",
  columns: ["specification", "parameters", "R²", "RMSE", "held-out R²", "seconds"],
  rows: variantFits.map((v) => [v.label, v.fit.theta.map((t, j) => `${t.toFixed(2)} (${v.fit.stderr[j].toFixed(2)})`).join("; "), v.fit.r2, v.fit.rmse, v.held.outOfSample.r2, v.fit.seconds]),
  digits: 4,
}, { name: "br-variants" });

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
plot({
  data: [
    { type: "scatter", mode: "lines+markers", x: prof.map((p) => p.value), y: prof.map((p) => Math.sqrt(p.rss / 50)), line: { color: PALETTE[0] }, name: "RMSE (A, s re-fitted)", yaxis: "y" },
    { type: "scatter", mode: "lines+markers", x: prof.map((p) => p.value), y: prof.map((p) => p.theta[2]), line: { color: PALETTE[1], dash: "dot" }, name: "re-fitted slope s", yaxis: "y2" },
  ],
  layout: { title: "Profile over the horizon U: fit and the slope that compensates", xaxis: { title: "horizon U (months)" }, yaxis: { title: "RMSE (index points)" }, yaxis2: { title: "slope s", overlaying: "y", side: "right" } },
}, { name: "br-profile-horizon", height: 400 });

// %% [markdown]
// ## 3. Graph 1: the rebuilt index beside Annex III

// %%
const rebuilt = rebuiltIndex(mainFit.theta, chosen.spec);
const earlyFit = honest.early;
const predicted = rebuiltIndex(earlyFit.theta, honest.spec);
const from14 = pub.labels.indexOf("2014-01");
plot({
  data: [
    { type: "scatter", mode: "lines", name: "Annex III (published)", x: pub.labels, y: Array.from(pub.values), line: { color: "black", width: 3 } },
    { type: "scatter", mode: "lines", name: "rebuilt, fitted 2014m3-2018m4", x: rebuilt.labels, y: Array.from(rebuilt.index), line: { color: PALETTE[1], dash: "dash" } },
    { type: "scatter", mode: "lines", name: "rebuilt, fitted 2014-2015 only", x: predicted.labels, y: Array.from(predicted.index), line: { color: PALETTE[2], dash: "dot" } },
  ],
  layout: { title: "Graph 1: new sanction index, published (Annex III) vs rebuilt from the EU event list", xaxis: { title: "month" }, yaxis: { title: "index points" } },
}, { name: "br-graph1" });
plot({
  data: [{ type: "bar", x: pub.labels.slice(from14), y: pub.labels.slice(from14).map((_, k) => rebuilt.index[from14 + k] - pub.values[from14 + k]), marker: { color: PALETTE[1] }, name: "rebuilt - published" }],
  layout: { title: "Residuals of the full-window fit (index points)", xaxis: { title: "month" }, yaxis: { title: "rebuilt - published" } },
}, { name: "br-residuals", height: 320 });

// %% [markdown]
// ### Held-out check and fit by year
// The coding and the three parameters are chosen on 2014m3-2015m12 only; the index for 2016m1-2018m4 is then
// computed from the events and compared with Annex III.

// %%
md(`Fitted on 2014-2015 (R² ${earlyFit.r2.toFixed(4)}; A = ${earlyFit.theta[0].toFixed(3)}, U = ${earlyFit.theta[1].toFixed(1)}, s = ${earlyFit.theta[2].toFixed(2)}), the index predicts 2016m1-2018m4 with out-of-sample R² **${honest.outOfSample.r2.toFixed(3)}** and RMSE **${honest.outOfSample.rmse.toFixed(1)}** points, against an in-sample RMSE of ${mainFit.rmse.toFixed(1)} over the full window. The early fit's shorter horizon (${earlyFit.theta[1].toFixed(0)} vs ${mainFit.theta[1].toFixed(0)} months) makes it decay too fast: 2014-2015 alone cannot tell how long the tail is.`);
const byYear = fitByYear(pub.labels, pub.values, rebuilt.index, { onlyNonZeroTarget: true });
table({
  caption: "Full-window fit by year (non-zero published months)",
  columns: ["year", "months", "mean published", "mean rebuilt", "RMSE", "max |error|", "max relative error"],
  rows: byYear.map((b) => [String(b.year), b.months, b.meanTarget, b.meanFitted, b.rmse, b.maxAbsError, b.maxRelError]),
  digits: 4,
}, { name: "br-fit-by-year" });

// %% [markdown]
// ### Claims: Annex III, month by month
// **Tolerance: 10% of the published value.** The index's scale is arbitrary (it is fitted through $A$), so
// only relative errors mean anything, and the SVARs of section 3 use the index's shape. From 2015 to 2017 the
// published index falls by 5-10% a month, so a 10% error is about one month of the index's own movement: a
// reconstruction within it traces the same path to within a month's worth of decay. An absolute floor would
// hide the tail, where the published values are small and our relative errors large, so there is none.
// **These are in-sample comparisons**: the three parameters and the coding were fitted to this very series
// (the held-out check above is the out-of-sample evidence). A match says the cited event list plus eq. 7 can
// produce the published value, not that we recovered the authors' own list or parameters.

// %%
const zeroMax = Math.max(...Array.from(rebuilt.index.subarray(0, from14 + 2)).map(Math.abs));
claim({
  paper: "bali-rapelanoro-2021", where: "Annex III, 2010m1-2014m2 (all zero)", published: 0, reproduced: zeroMax, unit: "index points (max |value|)", tolerance: { abs: 0 },
  explanation: "No EU measure in the cited list predates 3 Mar 2014, so the rebuilt index is exactly zero before 2014m3, as published.",
});
let nMatch = 0, nClaims = 0;
for (let i = from14 + 2; i < pub.values.length; i++) {
  const p = pub.values[i], r = rebuilt.index[i];
  const [y, mo] = pub.labels[i].split("-");
  const rel = Math.abs(r - p) / p;
  const why = rel <= 0.1
    ? "within 10% of the published value"
    : y === "2014" && +mo <= 5
      ? "the first months hold only listings and announcements, a few dozen points that depend on how the authors counted persons and statements, which eq. 7 with one weight per type cannot pin down"
      : pub.labels[i] === "2017-08"
        ? "the 4 Aug 2017 listings over the Siemens turbines (3 persons, 3 entities) add about 100 points to our index, while the published index keeps falling: the authors either did not count them or gave them far less weight; the tail error of the common horizon adds to it"
      : +y >= 2017
        ? "the tail: the published index falls to about 50 points by 2018, which needs nearly every 2014 measure to have expired; one common horizon cannot both keep 2015-2016 high and empty the tail, so relative errors grow as the level shrinks"
        : "the months around the 2014 jumps depend on the exact dating and weight of the July-December packages, where our list and the authors' may differ";
  const c = claim({
    paper: "bali-rapelanoro-2021", where: `Annex III, ${y}m${+mo}`, published: p, reproduced: r, unit: "index points", tolerance: { rel: 0.1 },
    explanation: `Rebuilt from ${events.length} cited EU measures with eq. 7 (${chosen.label}; A, U, s fitted to Annex III 2014m3-2018m4, in-sample R² ${mainFit.r2.toFixed(4)}): ${why}.`,
  });
  nClaims++;
  if (c.verdict === "match") nMatch++;
}
md(`**${nMatch} of ${nClaims}** non-zero Annex III months are reproduced within 10%; the rest are listed in the claims report with the reason.`);

// %% [markdown]
// ## 4. Each sanction's contribution
// The paper's case for the new index is that sanctions are handled one by one (section 2.2): the stacked
// areas show the ten largest contributions of the rebuilt index; everything else is grouped. Dropping,
// re-typing or re-dating one measure changes only its own band (`events: {<id>: {...}}` in the parameters).

// %%
const contrib = [...rebuilt.contributions.entries()].map(([id, c]) => ({ id, c, total: c.reduce((a, b) => a + b, 0) })).sort((a, b) => b.total - a.total);
const top = contrib.slice(0, 10);
const rest = new Float64Array(rebuilt.index.length);
for (const x of contrib.slice(10)) for (let i = 0; i < rest.length; i++) rest[i] += x.c[i];
const lab = (id: string) => { const e = events.find((v) => v.id === id)!; return `${id} ${e.date} ${e.type}${e.sector ? " (" + e.sector.slice(0, 24) + ")" : ""}`; };
plot({
  data: [...top.map((t, j) => ({ type: "scatter", mode: "lines", stackgroup: "one", name: lab(t.id), x: rebuilt.labels.slice(from14), y: Array.from(t.c.subarray(from14)), line: { width: 0.5, color: PALETTE[j % PALETTE.length] } })),
    { type: "scatter", mode: "lines", stackgroup: "one", name: `${contrib.length - 10} other measures`, x: rebuilt.labels.slice(from14), y: Array.from(rest.subarray(from14)), line: { width: 0.5, color: "#cccccc" } }],
  layout: { title: "Contributions of individual sanctions to the rebuilt index", xaxis: { title: "month" }, yaxis: { title: "index points" }, legend: { font: { size: 10 } } },
}, { name: "br-contributions", width: 980, height: 520 });
const sumShare = (pred: (id: string) => boolean) => contrib.filter((c) => pred(c.id)).reduce((a, c) => a + c.total, 0) / contrib.reduce((a, c) => a + c.total, 0);
md(`Economic measures (sector and embargo rows) carry **${(100 * sumShare((id) => { const t = events.find((e) => e.id === id)!.type; return t === "sector" || t === "embargo"; })).toFixed(1)}%** of the index summed over 2014-2018; all listings of persons and entities together **${(100 * sumShare((id) => { const t = events.find((e) => e.id === id)!.type; return t === "individual" || t === "entity"; })).toFixed(1)}%**.`);

// %% [markdown]
// ## 5. Graph 2: the previous index
// The Dreger et al. (2016) index adds a dummy for each sanction with weight 1 (persons), 2 (entities) or 3
// (sectors), times the sender's share of Russia's trade, and cumulates (B&R, section 2.1); it can only rise.
// Built from the same EU events with a unit trade share (the scale is arbitrary), it keeps its 2014 level
// long after the new index has decayed: the contrast is the paper's Graphs 1-2.

// %%
const dreger = dregerIndex(events, {}, ANNEX3_CALENDAR);
plot({
  data: [
    { type: "scatter", mode: "lines", x: dreger.labels, y: Array.from(dreger.index), line: { color: PALETTE[2] }, name: "previous index (Dreger et al. weights)", yaxis: "y" },
    { type: "scatter", mode: "lines", x: pub.labels, y: Array.from(pub.values), line: { color: "black", width: 1, dash: "dot" }, name: "Annex III (right axis)", yaxis: "y2" },
  ],
  layout: { title: "Graph 2: previous (Dreger et al.) index from the same EU events", xaxis: { title: "month" }, yaxis: { title: "cumulative weighted count" }, yaxis2: { title: "new index", overlaying: "y", side: "right" } },
}, { name: "br-graph2", height: 400 });

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
plot({
  data: alphaVariants.map((v, j) => {
    const r = baliRapelanoroIndex(events, { ...baseParams, alpha: v.alpha }, ANNEX3_CALENDAR);
    return { type: "scatter", mode: "lines", name: v.label, x: r.labels.slice(from14), y: Array.from(r.index.subarray(from14)), line: { color: PALETTE[j % PALETTE.length] } };
  }),
  layout: { title: "Sensitivity of the index to the type weights α (A, U, s as fitted)", xaxis: { title: "month" }, yaxis: { title: "index points" } },
}, { name: "br-alpha-sensitivity" });
const refit = alphaVariants.map((v) => {
  const prob = annex3Problem(chosen.spec);
  const [i0, i1] = prob.window;
  const p2 = { ...prob, model: (th: number[]) => baliRapelanoroIndex(events, { ...paramsFor(th, chosen.spec, open, events), alpha: v.alpha }, ANNEX3_CALENDAR).index.subarray(i0, i1 + 1) };
  return { label: v.label, fit: calibrate(p2, { progress: false }) };
});
table({
  caption: "Re-fitting A, U, s under other type weights (same coding)",
  columns: ["weights", "A", "U", "s", "R²", "RMSE"],
  rows: refit.map((r) => [r.label, r.fit.theta[0], r.fit.theta[1], r.fit.theta[2], r.fit.r2, r.fit.rmse]),
  digits: 4,
}, { name: "br-alpha-refit" });
md(`Doubling every weight leaves the fit unchanged (A halves: ${refit[6].fit.theta[0].toFixed(3)} vs ${refit[0].fit.theta[0].toFixed(3)}), the linearity the tests check. Ratios matter: changing the sector weight alone moves the R² from ${refit[0].fit.r2.toFixed(4)} to ${refit[1].fit.r2.toFixed(4)} (3000) or ${refit[2].fit.r2.toFixed(4)} (300), and the listing weights hardly matter because listings are a small share of the index.`);

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
//
// ## References
// - Bali, M. and Rapelanoro, N. (2021). How to simulate international economic sanctions: a multipurpose index modelling illustrated with EU sanctions against Russia. *International Economics* 168, 25-39.
// - Bates, D. M. and Watts, D. G. (1988). *Nonlinear Regression Analysis and Its Applications*. Wiley.
// - Dreger, C., Kholodilin, K., Ulbricht, D. and Fidrmuc, J. (2016). Between the hammer and the anvil: the impact of economic sanctions and oil prices on Russia's ruble. *Journal of Comparative Economics* 44, 295-308.
// - Kholodilin, K. and Netsunajev, A. (2019). Crimea and punishment: the impact of sanctions on Russian economy and economies of the euro area. *Baltic Journal of Economics* 19, 39-51.
