// %% [markdown]
// # 02 · Bali & Rapelanoro's sanction index, rebuilt from a cited event list
//
// **What this notebook rebuilds.** Section 2 of Bali & Rapelanoro (2021, *International Economics* 168,
// 25-39) proposes an index of sanction pressure in which every sanction keeps its own identity: a weight
// for its type, a leverage for the sender's economic grip on the target, and a time factor that lets the
// pressure fade as the target adapts (eqs. 1-7). The paper prints the monthly index for EU sanctions on
// Russia (Annex III, 2010m1-2018m4) but not the list of sanctions or the parameters behind it. We rebuild
// the index from a public, cited list of EU measures (`data/events/`), fit its few structural parameters
// to Annex III, and report honestly how close that gets and what the data can and cannot identify.
//
// Engines: `src/sanctions-index/build.ts` (the index), `calibrate.ts` (the fit), `russia.ts` (this case);
// tests in `test/sanctions-index/index.test.ts`.

// %%
import { baliRapelanoroIndex, dregerIndex, timeFactor, TABLE1_ALPHA, monthly } from "./src/sanctions-index/build";
import { calibrate, profile } from "./src/sanctions-index/calibrate";
import { annex3, annex3Problem, euEvents, paramsFor, russiaOpenness, ANNEX3_CALENDAR } from "./src/sanctions-index/russia";
import { plot, table, claim, md, PALETTE } from "./src/notebook/index";

const events = euEvents();
const pub = annex3();
md(`The EU list holds **${euEvents(true).length}** rows, of which **${events.length}** are new restrictions (renewals and amendments are dropped). Annex III has **${pub.values.length}** monthly values.`);

// %% [markdown]
// ## 1. The three ingredients
//
// * **Type weight** $\alpha_i$ (eq. 2, Table 1): 1 for a listed person, 10 for an official announcement,
//   100 for a listed company, 1000 for a sectoral measure, 3000 for an embargo. The authors call these
//   values arbitrary; section 5 below measures how much they matter.
// * **Leverage** $\beta_t = A_t B_t$ (eqs. 3-5): the sender's share of the target's exports ($A$) times the
//   target's trade over GDP ($B$). We take $B_t$ from the World Bank (exports plus imports of goods and
//   services, % of GDP, annual). No public bilateral series for $A$ is in our data, so $A$ is a free scale.
// * **Time factor** $\chi_i(u) = (1 - u/U_i)^{s}$ (eq. 6): 1 when the sanction is imposed ($u = 0$), 0 when
//   its horizon $U_i$ is reached; the slope $s$ sets how fast pressure fades early on.
//
// The index is the sum over sanctions (eq. 7): $S_t = \sum_i \alpha_i \beta_t \chi_i(t - t_i)$.

// %%
const us = Array.from({ length: 61 }, (_, u) => u);
plot({
  data: [0.5, 1, 2, 4].map((s, j) => ({ type: "scatter", mode: "lines", name: `slope s = ${s}`, x: us, y: us.map((u) => timeFactor({ kind: "power", horizon: 48, slope: s }, u)), line: { color: PALETTE[j] } })),
  layout: { title: "Time factor χ(u) of eq. 6 for a 48-month horizon", xaxis: { title: "months since imposition u" }, yaxis: { title: "χ(u)", range: [0, 1.05] } },
}, { name: "br-time-factor" });
const open = russiaOpenness(ANNEX3_CALENDAR);
plot({
  data: [{ type: "scatter", mode: "lines", x: pub.labels, y: Array.from(open), line: { color: PALETTE[0] }, name: "B_t" }],
  layout: { title: "Russia's trade over GDP, B_t (World Bank, exports + imports of goods and services)", xaxis: { title: "month" }, yaxis: { title: "share of GDP" } },
}, { name: "br-openness", height: 360 });
table({
  caption: "Table 1 type weights and the number of new EU measures of each type, 2014-2018",
  columns: ["type", "alpha", "rows", "persons or entities listed"],
  rows: (Object.keys(TABLE1_ALPHA) as (keyof typeof TABLE1_ALPHA)[]).map((t) => [t, TABLE1_ALPHA[t], events.filter((e) => e.type === t).length, events.filter((e) => e.type === t).reduce((a, e) => a + (e.nTargets ?? 0), 0) || null]),
}, { name: "br-types" });

// %% [markdown]
// ## 2. Fitting the free parameters to Annex III
//
// The authors suggest finding the parameters by trial and error. We do it systematically: bounded
// Levenberg-Marquardt least squares on the 50 published months 2014m3-2018m4, with only three free
// numbers — the leverage scale $A$, one horizon $U$ and one slope $s$ — so the fitted series always comes
// from the events. Two coding choices the paper does not document are compared as named specifications:
// whether a listing counts once per act or once per listed person, and whether the June 2014 Crimea import
// ban carries embargo weight (3000) or sector weight (1000).

// %%
const specs = [
  { label: "per person, June ban = embargo", spec: { perTarget: true, juneBanAsSector: false, twoHorizons: false } },
  { label: "per person, June ban = sector", spec: { perTarget: true, juneBanAsSector: true, twoHorizons: false } },
  { label: "per act, June ban = embargo", spec: { perTarget: false, juneBanAsSector: false, twoHorizons: false } },
  { label: "per act, June ban = sector", spec: { perTarget: false, juneBanAsSector: true, twoHorizons: false } },
  { label: "per act, June ban = sector, two horizons", spec: { perTarget: false, juneBanAsSector: true, twoHorizons: true } },
];
const fits = specs.map((s) => ({ ...s, problem: annex3Problem(s.spec), fit: calibrate(annex3Problem(s.spec), { progress: false }) }));
table({
  caption: "Calibration to Annex III, 2014m3-2018m4 (50 months): fitted parameters (standard errors) and fit",
  columns: ["specification", "A", "U (months)", "U economic", "slope s", "R²", "RMSE", "max |error|"],
  rows: fits.map((f) => {
    const th = f.fit.theta, se = f.fit.stderr;
    const two = f.spec.twoHorizons;
    const fmt = (i: number) => `${th[i].toFixed(3)} (${se[i].toFixed(3)})`;
    return [f.label, fmt(0), fmt(1), two ? fmt(2) : "", fmt(th.length - 1), f.fit.r2, f.fit.rmse, f.fit.maxAbsError];
  }),
  digits: 4,
}, { name: "br-calibration" });
const best = fits[3];
md(`We keep **${best.label}** (three parameters; the two-horizon variant adds a parameter for a small gain). Fitted: A = ${best.fit.theta[0].toFixed(3)}, U = ${best.fit.theta[1].toFixed(1)} months, s = ${best.fit.theta[2].toFixed(2)}; R² = ${best.fit.r2.toFixed(4)}, RMSE = ${best.fit.rmse.toFixed(1)} index points (the index peaks near 9,900).`);

// %% [markdown]
// **What is identified.** $A$ multiplies every $\alpha$, so only the product of $A$ with the overall level
// of the weights is identified: the fitted $A$ above 1 says the published index is larger than Table 1's
// weights times a plausible EU export share (about 0.4-0.5) and trade openness would give, not that the
// EU bought more than all of Russia's exports. The horizon and the slope trade off against each other: the
// profile below re-fits $A$ and $s$ for each fixed $U$.

// %%
const prof = profile(best.problem, 1, [24, 30, 36, 42, 48, 54, 60, 66, 72, 84, 96], best.fit.theta);
plot({
  data: [{ type: "scatter", mode: "lines+markers", x: prof.map((p) => p.value), y: prof.map((p) => Math.sqrt(p.rss / 50)), line: { color: PALETTE[0] }, name: "RMSE" }],
  layout: { title: "Profile: RMSE of the fit with the horizon U fixed (A and s re-fitted)", xaxis: { title: "horizon U (months)" }, yaxis: { title: "RMSE (index points)" } },
}, { name: "br-profile-horizon", height: 380 });

// %% [markdown]
// ## 3. Graph 1: the rebuilt index beside Annex III

// %%
const rebuilt = baliRapelanoroIndex(events, paramsFor(best.fit.theta, best.spec, open, events), ANNEX3_CALENDAR);
plot({
  data: [
    { type: "scatter", mode: "lines", name: "Annex III (published)", x: pub.labels, y: Array.from(pub.values), line: { color: "black", width: 3 } },
    { type: "scatter", mode: "lines", name: "rebuilt from the EU event list", x: rebuilt.labels, y: Array.from(rebuilt.index), line: { color: PALETTE[1], dash: "dash" } },
  ],
  layout: { title: "Graph 1: new sanction index, published vs rebuilt (EU sanctions on Russia)", xaxis: { title: "month" }, yaxis: { title: "index points" } },
}, { name: "br-graph1" });

// %% [markdown]
// ### Held-out check
// A fit that uses all 50 months could hide over-fitting. We re-fit on 2014m3-2015m12 only and predict
// 2016m1-2018m4 from the events.

// %%
const early = calibrate(annex3Problem(best.spec, "2014-03", "2015-12"), { progress: false });
const pred = baliRapelanoroIndex(events, paramsFor(early.theta, best.spec, open, events), ANNEX3_CALENDAR);
const i16 = monthly("2016-01", "2016-01").from - ANNEX3_CALENDAR.from;
let ssr = 0, sst = 0, mean = 0;
const n16 = pub.values.length - i16;
for (let i = i16; i < pub.values.length; i++) mean += pub.values[i] / n16;
for (let i = i16; i < pub.values.length; i++) { ssr += (pred.index[i] - pub.values[i]) ** 2; sst += (pub.values[i] - mean) ** 2; }
const holdR2 = 1 - ssr / sst, holdRmse = Math.sqrt(ssr / n16);
md(`Fitted on 2014-2015 (R² ${early.r2.toFixed(4)}), the index predicts 2016m1-2018m4 with out-of-sample R² **${holdR2.toFixed(3)}** and RMSE **${holdRmse.toFixed(1)}** points (in-sample RMSE over all months: ${best.fit.rmse.toFixed(1)}).`);
table({
  caption: "Fit by year (rebuilt minus published)",
  columns: ["year", "months", "mean published", "mean rebuilt", "max |error|"],
  rows: [2014, 2015, 2016, 2017, 2018].map((y) => {
    const idx = pub.labels.map((l, i) => (l.startsWith(String(y)) && pub.values[i] > 0 ? i : -1)).filter((i) => i >= 0);
    const mp = idx.reduce((a, i) => a + pub.values[i], 0) / idx.length;
    const mr = idx.reduce((a, i) => a + rebuilt.index[i], 0) / idx.length;
    return [String(y), idx.length, mp, mr, Math.max(...idx.map((i) => Math.abs(rebuilt.index[i] - pub.values[i])))];
  }),
}, { name: "br-fit-by-year" });

// %% [markdown]
// ### Claims: Annex III
// The tolerance is 15% of the published value, or 100 points where the index is small (below about 700):
// a three-parameter reconstruction from a public event list cannot be expected to hit the authors'
// unpublished coding month by month, but a reconstruction that misses by more than that in the months
// that drive the SVARs would not be a faithful substitute. **These matches are in-sample**: the three
// parameters were calibrated to this very series, so a match says the event list plus eq. 7 can produce the
// series, not that we recovered the authors' parameters.

// %%
const months = ["2014-03", "2014-06", "2014-07", "2014-09", "2014-12", "2015-06", "2015-12", "2016-06", "2016-12", "2017-06", "2017-12", "2018-04"];
for (const m of months) {
  const i = pub.labels.indexOf(m);
  const p = pub.values[i], r = rebuilt.index[i];
  const tol = Math.max(0.15 * p, 100);
  const [y, mo] = m.split("-");
  claim({
    paper: "bali-rapelanoro-2021", where: `Annex III, ${y}m${+mo}`, published: p, reproduced: r, unit: "index points", tolerance: tol,
    explanation: `Rebuilt from ${events.length} cited EU measures with eq. 7, per-act counting, the June 2014 import ban at sector weight, and A, U, s fitted to Annex III (in-sample; tolerance max(15%, 100 points)).`,
  });
}
claim({ paper: "bali-rapelanoro-2021", where: "Annex III, fit 2014m3-2018m4 (R² of the rebuilt index)", published: 1, reproduced: best.fit.r2, unit: "R²", tolerance: 0.01, explanation: "Published series reproduced by a 3-parameter calibration of eq. 7 to the public EU event list; a perfect reconstruction would give R² = 1." });

// %% [markdown]
// ## 4. Each sanction's contribution
// The paper's case for the new index is that sanctions are handled one by one. The stacked areas show the
// ten largest contributions of the rebuilt index; everything else is grouped.

// %%
const contrib = [...rebuilt.contributions.entries()].map(([id, c]) => ({ id, c, total: c.reduce((a, b) => a + b, 0) })).sort((a, b) => b.total - a.total);
const top = contrib.slice(0, 10);
const rest = new Float64Array(rebuilt.index.length);
for (const x of contrib.slice(10)) for (let i = 0; i < rest.length; i++) rest[i] += x.c[i];
const lab = (id: string) => { const e = events.find((v) => v.id === id)!; return `${id} ${e.date} ${e.type}${e.sector ? " (" + e.sector.slice(0, 24) + ")" : ""}`; };
const from14 = pub.labels.indexOf("2014-01");
plot({
  data: [...top.map((t, j) => ({ type: "scatter", mode: "lines", stackgroup: "one", name: lab(t.id), x: rebuilt.labels.slice(from14), y: Array.from(t.c.subarray(from14)), line: { width: 0.5, color: PALETTE[j % PALETTE.length] } })),
    { type: "scatter", mode: "lines", stackgroup: "one", name: `${contrib.length - 10} other measures`, x: rebuilt.labels.slice(from14), y: Array.from(rest.subarray(from14)), line: { width: 0.5, color: "#cccccc" } }],
  layout: { title: "Contributions of individual sanctions to the rebuilt index", xaxis: { title: "month" }, yaxis: { title: "index points" }, legend: { font: { size: 10 } } },
}, { name: "br-contributions", width: 980, height: 520 });

// %% [markdown]
// ## 5. Graph 2: the previous index, and the sensitivity to the type weights
// The Dreger et al. (2016) index counts sanctions cumulatively with weights 1, 2, 3 (persons, entities,
// sectors) times the sender's trade share; it can only rise. Built from the same EU events (trade share set
// to 1, as the scale is arbitrary), it keeps climbing long after the new index has decayed.

// %%
const dreger = dregerIndex(events, {}, ANNEX3_CALENDAR);
plot({
  data: [{ type: "scatter", mode: "lines", x: dreger.labels, y: Array.from(dreger.index), line: { color: PALETTE[2] }, name: "previous index" }],
  layout: { title: "Graph 2: previous (Dreger et al.) index from the same EU events", xaxis: { title: "month" }, yaxis: { title: "cumulative weighted count" } },
}, { name: "br-graph2", height: 380 });
const variants = [
  { label: "Table 1 weights", alpha: {} },
  { label: "sector 3000 (= embargo)", alpha: { sector: 3000 } },
  { label: "sector 300", alpha: { sector: 300 } },
  { label: "entity 10", alpha: { entity: 10 } },
  { label: "embargo 1000 (= sector)", alpha: { embargo: 1000 } },
];
plot({
  data: variants.map((v, j) => {
    const p = paramsFor(best.fit.theta, best.spec, open, events);
    const r = baliRapelanoroIndex(events, { ...p, alpha: v.alpha }, ANNEX3_CALENDAR);
    return { type: "scatter", mode: "lines", name: v.label, x: r.labels.slice(from14), y: Array.from(r.index.subarray(from14)), line: { color: PALETTE[j] } };
  }),
  layout: { title: "Sensitivity of the index to the type weights α (other parameters as fitted)", xaxis: { title: "month" }, yaxis: { title: "index points" } },
}, { name: "br-alpha-sensitivity" });

// %% [markdown]
// ## References
// - Bali, M. and Rapelanoro, N. (2021). How to simulate international economic sanctions: a multipurpose index modelling illustrated with EU sanctions against Russia. *International Economics* 168, 25-39.
// - Dreger, C., Kholodilin, K., Ulbricht, D. and Fidrmuc, J. (2016). Between the hammer and the anvil: the impact of economic sanctions and oil prices on Russia's ruble. *Journal of Comparative Economics* 44, 295-308.
// - Kholodilin, K. and Netsunajev, A. (2019). Crimea and punishment: the impact of sanctions on Russian economy and economies of the euro area. *Baltic Journal of Economics* 19, 39-51.
