// %% [markdown]
// # 03 · Bali & Rapelanoro's SVARs: does the new index explain more than the old one?
//
// **What this notebook rebuilds.** Section 3 of Bali & Rapelanoro (2021) puts each sanction index first in
// a Cholesky-identified VAR on monthly Russian data (January 2010 to July 2018, two lags chosen by AIC) and
// asks how much of the forecast error variance of industrial prices the index explains: models (A) new index
// and (B) previous index with the real exchange rate, Brent and producer prices; (C) and (D) add exports and
// capital flows. Its headline: the new index explains about five times more (Tables 4 and 7).
//
// **What differs here, and why** (every substitution is also stated in the claims):
// * **The new index** is the published Annex III series itself (2010m1-2018m4), so the sample ends in April
//   2018, not July.
// * **The previous index** (Kholodilin & Netsunajev 2019) has no public copy. We build the Dreger et al.
//   cumulative index from the same cited EU event list (`data/events/`), weights 1/2/3, and enter its first difference.
// * **REER** is the BIS real broad index (the paper used the IMF's); **Brent** is the EIA monthly average.
// * **Industrial prices** are ROSSTAT producer prices chained from month-on-month changes, two vintages spliced.
// * **Capital flows** (BIS) have no public copy: models C and D use the growth rate of Russia's goods trade
//   balance as a stand-in. Exports and the trade balance end in March 2018, so C and D end there.
//
// **Which form does the new index take?** The variable list (section 3.1.1) says the new index is stationary
// in levels and is the one series not log-differenced, while the model vectors write it as `d_st`. We read
// `d_` as a naming leftover and enter the new index **in levels** (its ADF test below agrees); the previous,
// cumulative index is non-stationary by construction and enters **differenced**.
//
// **Readings.** A referee would contest five choices, so each is a named option of the pipeline
// (`src/sanctions-index/bali-rapelanoro-svar.ts`) and every Table 2-7 number, the lag choices and the
// comparisons the text draws are recorded under every combination:
// * *index form*: `levels` | `difference` (the literal `d_st`);
// * *previous index*: built from the `EU events` | from the `EU+US events` pooled (both lists are in `data/events/`);
// * *prices*: `ROSSTAT PPI` | `industrial production` (footnote 3 and Table 5's `gdp_t` row point to output);
// * *maxlag* of the AIC search: 4 (Stata's `varsoc` default) | 8 | 12;
// * *season*: `none` | centred monthly dummies in models C and D (exports and the trade balance are not
//   seasonally adjusted; R vars `season = 12`).
//
// **The primary reading** is levels, EU events, producer prices, maxlag 8, no seasonal dummies, chosen from
// the paper and its sources, not from fit: the text calls the new index the one series stationary in levels
// and its variable list names it `st`, not `d_st` (the `d_` of the model vectors reads as a leftover); the paper's
// question is whether its *construction* improves on the previous one for the EU's measures (its new index
// and its Cholesky argument are about EU sanctions), so the primary builds both from the same EU events; the
// original previous index also counts other senders, weighted by their trade with Russia, which the EU+US
// reading approaches (without the trade weights); the variable of interest is the industrial price index
// with ROSSTAT as its source (section 3.1.1); the paper
// reports no seasonal adjustment or seasonal terms; and 8 is the largest lag its eight-year monthly sample
// supports comfortably for four variables (the paper states none). Every model keeps the paper's two lags
// under every reading; the maxlag reading moves the lag *choice* only, and the headline table below also
// shows the headline at the lag the AIC picks.
//
// Engines: `src/econometrics/var/` (VAR, IRF, bands, FEVD; tests against R vars and statsmodels in
// `test/econometrics/`), `src/econometrics/unitroot.ts`, `src/data/russia.ts`, `src/sanctions-index/`.

// %%
import * as R from "./src/data/russia";
import { adf, kpss } from "./src/econometrics/unitroot";
import { fitVar, selectOrder, irf, fevd, irfBands, quantileType7 } from "./src/econometrics/var/index";
import {
  grangerCausality, portmanteau, jarqueBera, archLmMultivariate, archLmByEquation,
} from "./src/econometrics/var/index";
import { fevdBands, fevdDraws, jointFevdStatistic, fevdAsymptotic } from "./src/econometrics/var/index";
import type { Bands, FevdBands, FevdStderr, JointStatistic } from "./src/econometrics/var/index";
import {
  asymptoticIrfInterval, bootstrapIrfInterval, significantHorizons, IrfInterval, IrfIntervalMethod,
} from "./src/econometrics/var/intervals";
import { dregerIndex } from "./src/sanctions-index/build";
import { annex3, euEvents, ANNEX3_CALENDAR } from "./src/sanctions-index/russia";
import { readCsv, numericColumn, stringColumn } from "./src/data/csv";
import { repoDataPath } from "./src/data/datadir";
import { plot, table, claim, claimReadings, md, PALETTE } from "./src/notebook/index";
import * as BR from "./src/sanctions-index/bali-rapelanoro-svar";
import { recordedClaims, claim as recordClaim } from "./src/report/claims";
import type { ClaimRecord } from "./src/report/claims";
import { specificationCurve, shareHolding, specCurveFigure } from "./src/robustness/spec-curve";
import type { SpecCurve, SpecRow } from "./src/robustness/spec-curve";

const pub = annex3();
const PAPER = "bali-rapelanoro-2021" as const;
// the reading every claim is computed under: the data substitutions stated above
// the data substitutions every reading shares (the reading options are added by readingOf below)
const SUBST = { reer: "BIS real broad", oil: "EIA Brent" };
const SUBST_CD = { ...SUBST, capflows: "trade-balance growth (stand-in)" };
const DATA_DIMS: (keyof BR.SvarReading)[] = ["indexForm", "previous", "prices", "season"];
const DATA_AB = { ...SUBST, ...BR.readingRecord(BR.PRIMARY_READING, DATA_DIMS) };
const DATA_CD = { ...SUBST_CD, ...BR.readingRecord(BR.PRIMARY_READING, DATA_DIMS) };
const st = R.fromValues("st", "2010-01", pub.values, "Annex III, Bali & Rapelanoro (2021)");
const swwIndex = dregerIndex(euEvents(), {}, ANNEX3_CALENDAR).index;
const sww = R.fromValues("sww", "2010-01", swwIndex, "Dreger et al.-style cumulative index from the EU event list");
const eru = R.bisReer(), oilp = R.brent(), ipi = R.producerPrices(), xru = R.goodsExports(), tb = R.tradeBalance();
const raw = [st, sww, eru, oilp, ipi, xru, tb];
table({
  caption: "Source series (levels) and their coverage",
  columns: ["series", "first month", "last month", "note"],
  rows: raw.map((s) => [s.name, labelOf(s.start), labelOf(s.start + s.values.length - 1), s.note]),
}, { name: "br-svar-sources" });
function labelOf(t: number) { return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, "0")}`; }

// %%
const ov = R.vintageOverlap("PPI_rog");
table(
  {
    caption:
      "ROSSTAT producer prices, % of previous month, 2016: the 2016-12 vintage vs the revised 2018-04 vintage (the " +
      "splice keeps the revised values)",
    columns: ["month", "2016-12 vintage", "2018-04 vintage", "revision"],
    rows: ov.labels.map((l, i) => [l, ov.old[i], ov.revised[i], Math.round((ov.revised[i] - ov.old[i]) * 10) / 10]),
  },
  { name: "br-svar-ppi-vintages" },
);

// %% [markdown]
// ## 1. Transformations and unit roots
// Logs and first differences (×100, monthly percent changes) for the exchange rate, Brent, producer prices
// and exports; the growth rate for the trade balance; the new index in levels; the previous index differenced.

// %%
const d_sww = R.diff(sww, "d_sww");
const dln_eru = R.dlog(eru, "dln_eru"),
  dln_oilp = R.dlog(oilp, "dln_oilp"),
  dln_ipi = R.dlog(ipi, "dln_ipi"),
  dln_xru = R.dlog(xru, "dln_xru"),
  g_cf = R.growth(tb, "g_cf");
const all = R.alignMonthly([st, d_sww, dln_eru, dln_oilp, dln_xru, g_cf, dln_ipi], "2010-02", "2018-07");
md(
  `Common sample of all seven transformed series: **${all.labels[0]} to ${all.labels[all.labels.length - 1]}** ` +
  `(${all.rows.length} months).`,
);
const titles: Record<string, string> = {
  st: "new index (level, Annex III)",
  d_sww: "previous index, first difference",
  dln_eru: "REER, Δlog ×100",
  dln_oilp: "Brent, Δlog ×100",
  dln_xru: "exports, Δlog ×100",
  g_cf: "trade balance growth, % (capital-flow stand-in)",
  dln_ipi: "producer prices, Δlog ×100",
};
plot(
  {
    data: all.names.map((n, j) => ({
      type: "scatter",
      mode: "lines",
      x: all.labels,
      y: all.rows.map((r) => r[j]),
      xaxis: `x${j + 1}`,
      yaxis: `y${j + 1}`,
      name: titles[n],
      line: { color: PALETTE[j % PALETTE.length], width: 1.2 },
    })),
    layout: {
      title: "The SVAR variables, monthly",
      grid: { rows: 4, columns: 2, pattern: "independent" },
      showlegend: false,
      annotations: all.names.map((n, j) => ({
        text: titles[n],
        xref: `x${j + 1} domain`,
        yref: `y${j + 1} domain`,
        x: 0,
        y: 1.18,
        showarrow: false,
        xanchor: "left",
        font: { size: 11 },
      })),
    },
  },
  { name: "br-svar-data", width: 980, height: 900 },
);

// %%
const urRows: (string | number)[][] = [];
for (const [j, n] of all.names.entries()) {
  const x = all.rows.map((r) => r[j]);
  const a = adf(x, { trend: "c", maxlag: 12, autolag: "aic" });
  const u = adf(x, { trend: "c", maxlag: 12, autolag: "aic", convention: "urca" });
  const k = kpss(x, "c", "auto");
  urRows.push([
    n,
    a.tau,
    a.usedLag,
    a.pvalue,
    a.critical["5%"],
    u.tau,
    u.usedLag,
    u.criticalFuller["5%"],
    k.statistic,
    k.pvalue,
    a.pvalue < 0.05 ? "stationary" : "unit root not rejected",
  ]);
}
table(
  {
    caption:
      "Unit-root tests (constant; lags by AIC up to 12): ADF statsmodels convention, ADF urca convention, KPSS",
    columns: [
      "series",
      "ADF τ (sm)",
      "lags",
      "p (MacKinnon)",
      "5% cv (2010)",
      "ADF τ (urca)",
      "lags",
      "5% cv (Fuller)",
      "KPSS",
      "KPSS p",
      "ADF verdict at 5%",
    ],
    rows: urRows,
  },
  { name: "br-svar-unit-roots" },
);
const urEntry: Record<string, [string, string, string]> = {
  st: ["section3-1-1", "stationary-st", "the new index in levels"],
  d_sww: ["section3-1-1", "stationary-sww", "the previous index, first difference"],
  dln_eru: ["section3-1-1", "stationary-eru", "REER, log difference"],
  dln_oilp: ["section3-1-1", "stationary-oilp", "Brent, log difference"],
  dln_ipi: ["section3-1-1", "stationary-ipi", "producer prices, log difference"],
  dln_xru: ["section3-2-1", "stationary-xru", "exports, log difference"],
  g_cf: ["section3-2-1", "stationary-cf", "trade-balance growth rate (capital-flow stand-in)"],
};
for (const r of urRows) {
  const [item, entry, what] = urEntry[r[0] as string];
  const p = r[3] as number;
  claim({
    paper: PAPER,
    item,
    entry,
    kind: "finding",
    holds: p < 0.05,
    reading: item === "section3-2-1" ? DATA_CD : DATA_AB,
    reproduced: `ADF on ${what}: tau ${(r[1] as number).toFixed(2)}, ${r[2]} lags, p = ${p.toFixed(4)}; KPSS p = ` +
      `${(r[9] as number).toFixed(2)}`,
    explanation: `ADF with a constant and lags by AIC up to 12 (statsmodels convention, MacKinnon p-values) on ` +
      `${all.labels[0]}..${all.labels[all.labels.length - 1]}; the statement is taken to hold when the unit root is ` +
      `rejected at 5% for the series as it enters the VAR. The paper names neither its test nor its lag rule.`,
  });
}
claim({
  paper: PAPER,
  item: "section3-1-1",
  entry: "sample",
  kind: "finding",
  reproduced: null,
  reason:
    "Annex III, the only published copy of the new index, ends in 2018m4; its values for 2018m5-2018m7, which a " +
    "sample to July 2018 needs, are not public (and the IMF REER vintage used is not stated)",
  explanation: `Our common sample is ${all.labels[0]}..${all.labels[all.labels.length - 1]}: it cannot reach July ` +
    `2018 with the published index.`,
});

// %% [markdown]
// ## 2. Lag selection
// The paper keeps two lags by AIC for all four models. Criteria are computed on a common sample for
// p = 0..8 (statsmodels' convention; R vars starts at 1).

// %%
const models = {
  A: ["st", "dln_eru", "dln_oilp", "dln_ipi"],
  B: ["d_sww", "dln_eru", "dln_oilp", "dln_ipi"],
  C: ["st", "dln_eru", "dln_oilp", "dln_xru", "g_cf", "dln_ipi"],
  D: ["d_sww", "dln_eru", "dln_oilp", "dln_xru", "g_cf", "dln_ipi"],
};
type ModelName = keyof typeof models;
const series: Record<string, R.MonthlySeries> = {
  // explicit keys: tslab does not rewrite shorthand properties naming variables of earlier cells
  st: st, d_sww: d_sww, dln_eru: dln_eru, dln_oilp: dln_oilp, dln_ipi: dln_ipi, dln_xru: dln_xru, g_cf: g_cf,
};
const dataFor = (m: ModelName) => R.alignMonthly(models[m].map((n) => series[n]), "2010-02", "2018-07");
const sel = (Object.keys(models) as ModelName[]).map((m) => ({
  m, s: selectOrder(dataFor(m).rows, 8, "c", models[m]),
}));
table({
  caption: "Lag order chosen by each criterion (p = 0..8, common sample)",
  columns: ["model", "sample", "AIC", "BIC", "HQ", "FPE", "AIC from p = 1 (vars)"],
  rows: sel.map(({ m, s }) => [m, `${dataFor(m).labels[0]}..${dataFor(m).labels.slice(-1)[0]}`,
    s.selected.aic, s.selected.bic, s.selected.hqic, s.selected.fpe, s.selectedFrom1.aic]),
}, { name: "br-svar-lags" });
table({
  caption: "Model A: information criteria by lag order",
  columns: ["p", "AIC", "BIC", "HQ", "FPE"],
  rows: sel[0].s.aic.map((_, p) => [p, sel[0].s.aic[p], sel[0].s.bic[p], sel[0].s.hqic[p], sel[0].s.fpe[p]]),
  digits: 6,
}, { name: "br-svar-lags-a" });

// %% [markdown]
// ### The lag choice under every reading
// The AIC choice is recorded under all 48 readings (index form × previous index × prices × maxlag ×
// season). With seasonal dummies every VAR(p) of the search carries the same 11 dummies and the criterion
// counts their coefficients; a maximum lag that leaves too few degrees of freedom is cut to the largest
// estimable one (noted in the table).

// %%
const LAG_READINGS = BR.allReadings();
const lagChoice = LAG_READINGS.map((r) => ({
  r, sel: BR.MODEL_NAMES.map((m) => BR.selectLagAic(BR.modelData(m, { ...BR.PAPER_SPEC, ...r }), r.maxlag)),
}));
const searchedNote = (x: { selected: number; searched: number }, r: BR.SvarReading) =>
  x.searched < r.maxlag ? `${x.selected} (p <= ${x.searched})` : x.selected;
table({
  caption: "AIC lag choice by reading (p = 0..maxlag, common sample; the paper: 2 for every model)",
  columns: ["index", "previous", "prices", "season", "maxlag", "A", "B", "C", "D"],
  rows: lagChoice.map(({ r, sel: sl }) => {
    const rec = BR.readingRecord(r);
    return [rec.index, rec.previous, rec.prices, rec.season, r.maxlag, ...sl.map((x) => searchedNote(x, r))];
  }),
}, { name: "br-svar-lags-readings" });
BR.MODEL_NAMES.forEach((m, k) => {
  const ab = m === "A" || m === "B";
  claimReadings({ paper: PAPER, item: ab ? "section3-1-2" : "section3-2-2", entry: `aic-${m}`, kind: "reproduction",
    explanation: "AIC over p = 0..maxlag on the common sample of our substitute data (see the header); the paper " +
      "states neither its maximum lag nor its sample for the test." },
  lagChoice.map(({ r, sel: sl }) => ({ reading: { ...(ab ? SUBST : SUBST_CD), ...BR.readingRecord(r) },
    primary: BR.isPrimary(r), reproduced: sl[k].selected })));
});

// %% [markdown]
// ## 3. Estimation and impulse responses with 95% bands
// Following the paper, every model is estimated with two lags and a constant; shocks are identified by the
// Cholesky factor in the order index → REER → Brent → (exports → capital flows →) producer prices. Bands are
// 95% percentile intervals from 1,000 residual-bootstrap replications (the R vars procedure; seed 2021).

// %%
const H = 20;
// the primary reading's models, from the same pipeline that runs every reading below
const est = (Object.keys(models) as ModelName[]).map((m) => {
  const f = BR.fitModel(m, BR.PAPER_SPEC, H);
  return { m, d: f.data, res: f.res, ir: irf(f.res, H), fe: f.fevd };
});
const bands: Record<string, Awaited<ReturnType<typeof irfBands>>> = {};
const BOOT = { horizon: H, replications: 1000, seed: 2021, method: "residual" as const };
for (const e of est) bands[e.m] = await irfBands(e.res, BOOT);
table({
  caption: "Estimated VAR(2) models",
  columns: ["model", "variables", "T", "log-likelihood", "largest root modulus", "stable"],
  rows: est.map((e) => [e.m, models[e.m].join(" → "), e.res.nobs, e.res.llf, e.res.roots[0],
    e.res.stable ? "yes" : "no"]),
}, { name: "br-svar-models" });

// %%
const hs = Array.from({ length: H + 1 }, (_, h) => h);
/** The shaded band of response i to the index shock, one closed polygon on axis pair `ax`. */
const bandTrace = (b: (typeof bands)[string], i: number, ax: number, fillcolor: string,
  more: Record<string, unknown>) => ({
  type: "scatter",
  mode: "lines",
  x: [...hs, ...hs.slice().reverse()],
  y: [...hs.map((h) => b.upper[h][i][0]), ...hs.slice().reverse().map((h) => b.lower[h][i][0])],
  fill: "toself",
  fillcolor,
  line: { width: 0 },
  xaxis: `x${ax}`,
  yaxis: `y${ax}`,
  ...more,
});
function irfGrid(left: ModelName, right: ModelName, name: string, title: string) {
  const L = est.find((e) => e.m === left)!,
    Rm = est.find((e) => e.m === right)!;
  const rows = models[left].length - 1;
  const data: Record<string, unknown>[] = [];
  const ann: Record<string, unknown>[] = [];
  [L, Rm].forEach((e, col) => {
    for (let i = 1; i <= rows; i++) {
      const ax = (i - 1) * 2 + col + 1;
      const b = bands[e.m];
      data.push(bandTrace(b, i, ax, "rgba(31,78,121,0.15)", { showlegend: false, hoverinfo: "skip" }));
      data.push({
        type: "scatter",
        mode: "lines",
        x: hs,
        y: hs.map((h) => e.ir.orth[h][i][0]),
        line: { color: PALETTE[col] },
        xaxis: `x${ax}`,
        yaxis: `y${ax}`,
        showlegend: false,
      });
      ann.push({
        text: `model ${e.m}: ${models[e.m][0]} → ${models[e.m][i]}`,
        xref: `x${ax} domain`,
        yref: `y${ax} domain`,
        x: 0,
        y: 1.15,
        showarrow: false,
        xanchor: "left",
        font: { size: 11 },
      });
    }
  });
  plot(
    { data, layout: { title, grid: { rows, columns: 2, pattern: "independent" }, annotations: ann, shapes: [] } },
    { name, width: 980, height: 230 * rows + 80 },
  );
}
irfGrid(
  "A",
  "B",
  "br-annex1",
  "Annex I: responses to a one-s.d. index shock, A (left) vs B (right), 95% bands, months",
);

// %%
irfGrid(
  "C",
  "D",
  "br-annex2",
  "Annex II: responses to a one-s.d. index shock, C (left) vs D (right), 95% bands, months",
);

// %%
function ipiPanel(pair: [ModelName, ModelName], name: string, title: string) {
  const data: Record<string, unknown>[] = [];
  pair.forEach((m, col) => {
    const e = est.find((x) => x.m === m)!;
    const i = models[m].indexOf("dln_ipi");
    const b = bands[m];
    const ax = col + 1;
    data.push(bandTrace(b, i, ax, "rgba(192,80,77,0.15)", { name: `95% band (${m})` }));
    data.push({
      type: "scatter",
      mode: "lines+markers",
      x: hs,
      y: hs.map((h) => e.ir.orth[h][i][0]),
      line: { color: PALETTE[col] },
      xaxis: `x${ax}`,
      yaxis: `y${ax}`,
      name: `model ${m}: ${models[m][0]} → dln_ipi`,
    });
  });
  plot(
    {
      data,
      layout: {
        title,
        grid: { rows: 1, columns: 2, pattern: "independent" },
        xaxis: { title: "months after the shock" },
        xaxis2: { title: "months after the shock" },
        yaxis: { title: "producer prices, Δlog ×100" },
      },
    },
    { name, width: 980, height: 420 },
  );
}
ipiPanel(["A", "B"], "br-graph3", "Graph 3: producer prices after a sanction shock, new (A) vs previous index (B)");
ipiPanel(["C", "D"], "br-graph4", "Graph 4: producer prices after a sanction shock, models C vs D");

// %% [markdown]
// ## 3b. The paper's statements on the impulse responses, one by one
// Sections 3.1.3-3.2.4 describe each response by its sign, how long it lasts and whether its confidence
// interval excludes zero. We test each statement as written, with these operational choices (ours, stated
// in every claim): **sign** is the sign of the cumulated response over months 0-2 (impact and the two months
// after: the effect on the log level after two months, since the variables are differences); **short term**
// is months 0-2; **significant** means the 95% interval excludes zero in at least one month (0-2 for the
// short-term statements, 0-20 otherwise); **duration** is the last month in which the response still has a
// tenth of its peak size.
//
// Significance depends on the interval, so every significance statement is recorded under every band method
// the engine has: `bands=asymptotic` (delta-method standard errors, Lütkepohl 2005 eq. 3.7.8, interval
// ±1.96 s.e.), `bands=residual-bootstrap` (percentiles of the 1,000 replications above), `bands=residual-hall`
// (Hall's intervals from the same kind of replications) and `bands=gaussian` (Monte Carlo draws of the
// coefficients from their asymptotic normal distribution, as statsmodels' `errband_mc`); all 1,000 replications,
// seed 2021 (`src/econometrics/var/intervals.ts`, `bootstrap.ts`). **The primary reading is the
// asymptotic one.** The paper does not name its interval method, but its vocabulary is Stata's (OIRF, FEVD
// tables by "step", the criteria listed as SBIC, HQIC and FPE, variable names such as `dln_eru`), and Stata's
// `irf create` reports delta-method intervals unless a bootstrap is requested; the paper never mentions a
// bootstrap. This choice is made from the text, not from which reading agrees better. A third reading keeps
// the asymptotic intervals but with the ML residual covariance (Stata's `var` without `dfk`); the primary
// keeps the degrees-of-freedom correction of R vars and statsmodels, since the paper states neither.

// %%
// "asymptotic-ml": the same delta-method intervals with the ML residual covariance (Stata's var without dfk);
// "residual-hall", "gaussian": Hall's percentile intervals of the residual bootstrap and Gaussian Monte Carlo
type BandName = IrfIntervalMethod | "asymptotic-ml" | "residual-hall" | "gaussian";
const BAND_NAMES: BandName[] = ["asymptotic", "residual-bootstrap", "asymptotic-ml", "residual-hall", "gaussian"];
const bandReading = (b: BandName) => (b === "asymptotic-ml"
  ? { bands: "asymptotic", sigma: "ml (Stata var default)" }
  : { bands: b, sigma: "df (R vars, statsmodels)" });
const PRIMARY_BANDS: BandName = "asymptotic";
const BANDS_WHY = "95% intervals, delta-method (primary: the paper's Stata vocabulary points to Stata's default " +
  "asymptotic intervals; no bootstrap is mentioned), residual-bootstrap percentile or Hall intervals, or Gaussian " +
  "Monte Carlo percentiles (1,000 replications, seed 2021)";
const E = (m: ModelName) => est.find((e) => e.m === m)!;
const vi = (m: ModelName, v: string) => models[m].indexOf(v);
const dataOf = (m: ModelName) => (m === "A" || m === "B" ? DATA_AB : DATA_CD);
const resp = (m: ModelName, v: string, h: number) => E(m).ir.orth[h][vi(m, v)][0];
const intervals: Record<string, Record<BandName, IrfInterval>> = {};
// significantHorizons reads only the bounds: Hall and Gaussian bands in the interval shape
const asBootInterval = (b: Bands): IrfInterval => ({ method: "residual-bootstrap", ci: b.ci, lower: b.lower,
  upper: b.upper });
for (const e of est) {
  const hall = await irfBands(e.res, { ...BOOT, interval: "hall", progress: false }, e.ir.orth);
  const gauss = await irfBands(e.res, { ...BOOT, method: "gaussian", progress: false });
  intervals[e.m] = {
    asymptotic: asymptoticIrfInterval(e.ir, { ci: 0.95 }), "residual-bootstrap": bootstrapIrfInterval(bands[e.m]),
    "asymptotic-ml": asymptoticIrfInterval(irf(e.res, H, { sigma: "ml" }), { ci: 0.95 }),
    "residual-hall": asBootInterval(hall), gaussian: asBootInterval(gauss),
  };
}
const sigMonths = (m: ModelName, v: string, band: BandName, from = 0, to = H, iv = intervals[m][band]) =>
  significantHorizons(iv, vi(m, v), 0, from, to);
const cum3 = (m: ModelName, v: string) => resp(m, v, 0) + resp(m, v, 1) + resp(m, v, 2);
function duration(m: ModelName, v: string): number {
  const xs = Array.from({ length: H + 1 }, (_, h) => Math.abs(resp(m, v, h)));
  const peak = Math.max(...xs);
  let last = 0;
  xs.forEach((x, h) => { if (x >= 0.1 * peak) last = h; });
  return last;
}
const label: Record<string, string> = {
  dln_eru: "REER", dln_oilp: "Brent", dln_ipi: "producer prices", dln_xru: "exports", g_cf: "capital-flow stand-in",
};
const months = (hs: number[]) => (hs.length ? `month${hs.length > 1 ? "s" : ""} ${hs.join(", ")}` : "no month");
const SIGN_WHY = "Sign of the cumulated orthogonalised response over months 0-2 (impact = month 0) to a one-s.d. " +
  "index shock, Cholesky VAR(2).";

function signClaim(item: string, entry: string, m: ModelName, vars: string[], want: -1 | 1, extra = "") {
  const vals = vars.map((v) => cum3(m, v));
  claim({ paper: PAPER, item, entry, kind: "finding", reading: dataOf(m),
    holds: vals.every((x) => Math.sign(x) === want),
    reproduced: `model ${m}: ${vars.map((v, k) => `${label[v]} ${vals[k].toFixed(3)}`).join("; ")} ` +
      "(cumulated months 0-2)",
    explanation: `${SIGN_WHY} The paper says ${want < 0 ? "negative" : "positive"}.${extra}` });
}
/** significance statement under every band reading: `test` returns holds and the description */
function sigClaim(item: string, entry: string, m: ModelName | "all", explanation: string,
  test: (b: BandName) => { holds: boolean; reproduced: string }) {
  const data = m === "all" || m === "C" || m === "D" ? DATA_CD : DATA_AB;
  claimReadings({ paper: PAPER, item, entry, kind: "finding", explanation: `${explanation} ${BANDS_WHY}.` },
    BAND_NAMES.map((b) => ({ reading: { ...data, ...bandReading(b) }, primary: b === PRIMARY_BANDS, ...test(b) })));
}
const sigNeg = (m: ModelName, v: string, b: BandName, to = 2) =>
  sigMonths(m, v, b, 0, to).filter((h) => resp(m, v, h) < 0);
const sigDesc = (m: ModelName, vars: string[], b: BandName, to = H) =>
  `model ${m}, ${b}: ${vars.map((v) => `${label[v]} significant in ${months(sigMonths(m, v, b, 0, to))}`).join("; ")}`;
const NONE_0_20 = "has an interval excluding zero in any month 0-20.";

// model A, section 3.1.3
signClaim("section3-1-3", "reer-negative", "A", ["dln_eru"], -1);
signClaim("section3-1-3", "oil-negative", "A", ["dln_oilp"], -1);
{
  const neg = [0, 1, 2].map((h) => resp("A", "dln_ipi", h));
  claim({ paper: PAPER, item: "section3-1-3", entry: "ipi-negative-3m", kind: "finding", reading: DATA_AB,
    holds: neg.every((x) => x < 0),
    reproduced: `model A, producer prices, months 0-2: ${neg.map((x) => x.toFixed(3)).join(", ")}; ` +
      `month 3: ${resp("A", "dln_ipi", 3).toFixed(3)}`,
    explanation: "Holds if the producer-price response is negative in each of months 0-2 (the three months after " +
      "the shock, impact included)." });
}
for (const [entry, v] of [["reer-significant", "dln_eru"], ["oil-significant", "dln_oilp"]] as const)
  sigClaim("section3-1-3", entry, "A", `Holds if the ${label[v]} response is negative with an interval excluding ` +
    "zero in at least one of months 0-2 (\"first and second months\"; which month is meant for which variable is " +
    "left open by \"respectively\").",
  (b) => ({ holds: sigNeg("A", v, b).length > 0, reproduced: sigDesc("A", [v], b, 2) + " (months 0-2)" }));
sigClaim("section3-1-3", "ipi-not-significant", "A",
  "Holds if no month 0-20 of the producer-price response has an interval excluding zero.",
  (b) => ({ holds: sigMonths("A", "dln_ipi", b).length === 0, reproduced: sigDesc("A", ["dln_ipi"], b) }));

// model B, section 3.1.4
signClaim("section3-1-4", "reer-negative", "B", ["dln_eru"], -1);
signClaim("section3-1-4", "oil-negative", "B", ["dln_oilp"], -1);
signClaim("section3-1-4", "ipi-positive", "B", ["dln_ipi"], 1);
sigClaim("section3-1-4", "not-significant", "B", `Holds if neither the REER nor the Brent response ${NONE_0_20}`,
  (b) => ({ holds: sigMonths("B", "dln_eru", b).length === 0 && sigMonths("B", "dln_oilp", b).length === 0,
    reproduced: sigDesc("B", ["dln_eru", "dln_oilp"], b) }));
{
  const vs = ["dln_eru", "dln_oilp", "dln_ipi"];
  const dA = vs.map((v) => duration("A", v)), dB = vs.map((v) => duration("B", v));
  const DUR = "Duration: the last month in which the response still has a tenth of its peak absolute size (our " +
    "measure; the paper states none).";
  claim({ paper: PAPER, item: "section3-1-4", entry: "lasts-longer", kind: "finding", reading: DATA_AB,
    holds: dB.every((d, k) => d > dA[k]),
    reproduced: vs.map((v, k) => `${label[v]}: B ${dB[k]} vs A ${dA[k]} months`).join("; "),
    explanation: `${DUR} Holds if every response lasts longer in model B than in model A.` });
  claim({ paper: PAPER, item: "section3-1-4", entry: "duration-reer-oil", kind: "finding", reading: DATA_AB,
    holds: [dB[0], dB[1]].every((d) => d >= 5 && d <= 6),
    reproduced: `model B: REER ${dB[0]}, Brent ${dB[1]} months`,
    explanation: `${DUR} Holds if both last 5 or 6 months.` });
  claim({ paper: PAPER, item: "section3-1-4", entry: "duration-ipi", kind: "finding", reading: DATA_AB,
    holds: dB[2] >= 1 && dB[2] <= 5, reproduced: `model B: producer prices ${dB[2]} months`,
    explanation: `${DUR} Holds if it lasts at least one and at most 5 months.` });
}

// model C, section 3.2.3
signClaim("section3-2-3", "reer-negative", "C", ["dln_eru"], -1);
signClaim("section3-2-3", "oil-negative", "C", ["dln_oilp"], -1);
signClaim("section3-2-3", "complementary-negative", "C", ["dln_xru", "g_cf"], -1,
  " Capital flows are the trade-balance stand-in here.");
signClaim("section3-2-3", "ipi-negative", "C", ["dln_ipi"], -1);
sigClaim("section3-2-3", "capflows-not-affected", "C",
  "Holds if no month 0-20 of the capital-flow (stand-in) response has an interval excluding zero.",
  (b) => ({ holds: sigMonths("C", "g_cf", b).length === 0, reproduced: sigDesc("C", ["g_cf"], b) }));
for (const [entry, v] of [["oil-significant", "dln_oilp"], ["exports-significant", "dln_xru"]] as const)
  sigClaim("section3-2-3", entry, "C",
    `Holds if the ${label[v]} response has an interval excluding zero in at least one month 0-20.`,
    (b) => ({ holds: sigMonths("C", v, b).length > 0, reproduced: sigDesc("C", [v], b) }));
sigClaim("section3-2-3", "ipi-not-significant", "C",
  "Holds if no month 0-20 of the producer-price response has an interval excluding zero.",
  (b) => ({ holds: sigMonths("C", "dln_ipi", b).length === 0, reproduced: sigDesc("C", ["dln_ipi"], b) }));

// model D, section 3.2.4
signClaim("section3-2-4", "ipi-positive", "D", ["dln_ipi"], 1);
sigClaim("section3-2-4", "oil-significant", "D",
  "Holds if the Brent response has an interval excluding zero in at least one month 0-20.",
  (b) => ({ holds: sigMonths("D", "dln_oilp", b).length > 0, reproduced: sigDesc("D", ["dln_oilp"], b) }));
const othersD = ["dln_eru", "dln_xru", "g_cf", "dln_ipi"];
sigClaim("section3-2-4", "others-not-significant", "D",
  `Holds if none of the REER, exports, capital-flow (stand-in) and producer-price responses ${NONE_0_20}`,
  (b) => ({ holds: othersD.every((v) => sigMonths("D", v, b).length === 0), reproduced: sigDesc("D", othersD, b) }));
sigClaim("section3-2-4", "ipi-not-significant", "D",
  "Holds if no month 0-20 of the producer-price response has an interval excluding zero.",
  (b) => ({ holds: sigMonths("D", "dln_ipi", b).length === 0, reproduced: sigDesc("D", ["dln_ipi"], b) }));

// the figures: the sign pattern each panel shows, as the text describes it
const textSigns: Record<ModelName, [string, -1 | 1][]> = {
  A: [["dln_eru", -1], ["dln_oilp", -1], ["dln_ipi", -1]], B: [["dln_eru", -1], ["dln_oilp", -1], ["dln_ipi", 1]],
  C: [["dln_eru", -1], ["dln_oilp", -1], ["dln_xru", -1], ["g_cf", -1], ["dln_ipi", -1]], D: [["dln_ipi", 1]],
};
for (const [item, m] of [["annex1", "A"], ["annex1", "B"], ["annex2", "C"], ["annex2", "D"]] as [string, ModelName][]) {
  const ok = textSigns[m].filter(([v, w]) => Math.sign(cum3(m, v)) === w).length;
  const signs = textSigns[m].map(([v]) => `${label[v]} ${cum3(m, v).toFixed(3)}`).join("; ");
  claim({ paper: PAPER, item, entry: m, kind: "finding", reading: dataOf(m), holds: ok === textSigns[m].length,
    reproduced: `redrawn above; ${ok} of ${textSigns[m].length} signs as the text describes them (${signs})`,
    explanation: "The annex prints no values; we compare the panels' signs with those sections 3.1.3-3.2.4 " +
      `attribute to model ${m}. ${SIGN_WHY}` });
}
const graphSigns: [string, ModelName, -1 | 1][] = [["graph3", "A", -1], ["graph3", "B", 1], ["graph4", "C", -1],
  ["graph4", "D", 1]];
for (const [item, m, w] of graphSigns)
  claim({ paper: PAPER, item, entry: m, kind: "finding", reading: dataOf(m), holds: Math.sign(cum3(m, "dln_ipi")) === w,
    reproduced: `redrawn above; producer prices, model ${m}: months 0-2 cumulated ${cum3(m, "dln_ipi").toFixed(3)}`,
    explanation: "The graph prints no values; its text (sections 3.1.3-3.2.4) calls the producer-price response " +
      `${w < 0 ? "negative" : "positive"} in model ${m}. ${SIGN_WHY}` });

// the abstract and the conclusion on significance
const MODELS4 = ["A", "B", "C", "D"] as ModelName[];
const nSig = (m: ModelName, b: BandName) => models[m].slice(1).filter((v) => sigMonths(m, v, b).length > 0).length;
sigClaim("abstract", "significance", "all", "Counts the responses (all variables but the index) with an interval " +
  "excluding zero in at least one month 0-20; holds if the new index has more such responses than the previous " +
  "one in both pairs, A vs B and C vs D.",
(b) => ({ holds: nSig("A", b) > nSig("B", b) && nSig("C", b) > nSig("D", b),
  reproduced: `significant responses (${b}): A ${nSig("A", b)} of 3 vs B ${nSig("B", b)} of 3; ` +
    `C ${nSig("C", b)} of 5 vs D ${nSig("D", b)} of 5` }));
sigClaim("conclusion", "ipi-not-significant", "all", "Holds if the producer-price response has no month 0-20 with " +
  "an interval excluding zero in any of models A-D.",
(b) => ({ holds: MODELS4.every((m) => sigMonths(m, "dln_ipi", b).length === 0),
  reproduced: MODELS4.map((m) => `${m}: ${months(sigMonths(m, "dln_ipi", b))}`).join("; ") + ` (${b})` }));
// Stata's var estimates the residual covariance without a degrees-of-freedom correction: does that move the
// asymptotic verdicts?
const sameUnderMl = MODELS4.every((m) => models[m].slice(1)
  .every((v) => sigMonths(m, v, "asymptotic-ml").join() === sigMonths(m, v, "asymptotic").join()));
const sigCounts = MODELS4.map((m) => `**${m}** ${BAND_NAMES.map((b) => nSig(m, b)).join(" / ")} of ` +
  `${models[m].length - 1}`).join(", ");
md(`Significant responses per model (any month 0-20), ${BAND_NAMES.join(" / ")}: ${sigCounts}. With the ML ` +
  "residual covariance (Stata's default, no degrees-of-freedom correction) the significance pattern of the " +
  `asymptotic intervals is ${sameUnderMl ? "the same month by month" : "different in some months"}; every ` +
  "significance claim is recorded under all five band readings, the asymptotic one primary, because the paper " +
  "states neither its software nor its covariance.");

// %% [markdown]
// ## 4. Variance decompositions: Tables 2-7
// Share (%) of each variable's forecast error variance due to the index shock. Published values are typed in
// `data/published/bali-rapelanoro-2021/fevd.csv`; step 1 is the impact (the shock's own month). Grades follow
// the rule the inventory declares once for every FEVD share: *exact* within half a unit of the last printed
// digit (7.0 means 6.95-7.05), *close* within max(20% of the published share, 0.25 percentage points), since
// shares of a few percent from about 100 monthly observations move by a fifth of their size with a data
// vintage or one month of sample. Shares printed as 0.0 or 0.2 are graded exact or diverges only: a band as
// wide as the number would let a reproduced zero pass. Expect divergences: three of the paper's series (REER
// source, the previous index, capital flows) are substitutes here.

// %%
const fevdPub = readCsv(repoDataPath("published", "bali-rapelanoro-2021", "fevd.csv"));
const pubRows = stringColumn(fevdPub, "table").map((t, i) => ({
  table: t, model: stringColumn(fevdPub, "model")[i] as ModelName, response: stringColumn(fevdPub, "response")[i],
  h: numericColumn(fevdPub, "horizon_months").values[i], pct: numericColumn(fevdPub, "percent").values[i],
}));
const respVar: Record<string, string> = {
  reer: "dln_eru", oilprice: "dln_oilp", ipi: "dln_ipi", export: "dln_xru", capflows: "g_cf",
};
// every reading of the tables: index form x previous index x prices x season (16 runs of models A-D;
// the lag order stays the paper's 2, so maxlag does not enter)
const TABLE_DIMS: (keyof BR.SvarReading)[] = ["indexForm", "previous", "prices", "season"];
type Fits = Record<ModelName, BR.FittedModel>;
const fitsOf = (r: BR.SvarReading) =>
  Object.fromEntries(BR.MODEL_NAMES.map((m) => [m, BR.fitModel(m, { ...BR.PAPER_SPEC, ...r }, H)])) as Fits;
const runs = BR.allReadings(TABLE_DIMS).map((r) => ({ r, F: fitsOf(r), primary: BR.isPrimary(r, TABLE_DIMS) }));
const PF = runs.find((x) => x.primary)!.F;
const readingOf = (r: BR.SvarReading, m: ModelName | "all") =>
  ({ ...(m === "A" || m === "B" ? SUBST : SUBST_CD), ...BR.readingRecord(r, TABLE_DIMS) });
/** 100 x share of v's h-step FEV due to the index shock; "dln_ipi" names the price variable of the reading */
const shareIn = (F: Fits, m: ModelName, v: string, h = 20) => F[m].share(v === "dln_ipi" ? F[m].data.price : v, h);
const ours = (m: ModelName, v: string, h: number) => shareIn(PF, m, v, h);
/** one number claim under every table reading */
function numberReadings(base: { item: string; entry: string; explanation: string; unit?: string; published?: number },
  m: ModelName | "all", value: (F: Fits) => number) {
  claimReadings({ paper: PAPER, kind: "reproduction", ...base },
    runs.map(({ r, F, primary }) => ({ reading: readingOf(r, m), primary, reproduced: value(F) })));
}
/** one finding under every table reading */
function findingReadings(item: string, entry: string, m: ModelName | "all", explanation: string,
  test: (F: Fits) => { holds: boolean; reproduced: string }) {
  claimReadings({ paper: PAPER, item, entry, kind: "finding", explanation },
    runs.map(({ r, F, primary }) => ({ reading: readingOf(r, m), primary, ...test(F) })));
}
for (const [tab, m] of [["2", "A"], ["3", "B"], ["5", "C"], ["6", "D"]] as [string, ModelName][]) {
  const rowsT = pubRows.filter((r) => r.table === tab);
  const resp = [...new Set(rowsT.map((r) => r.response))];
  table({
    caption: `Table ${tab}: % of FEV explained by the ${m === "A" || m === "C" ? "new" : "previous"} index, ` +
      `model ${m} (published / ours, primary reading)`,
    columns: ["variable", ...[1, 5, 10, 20].map((h) => `${h} month${h > 1 ? "s" : ""}`)],
    rows: resp.map((r) => [r, ...[1, 5, 10, 20].map((h) => {
      const p = rowsT.find((x) => x.response === r && x.h === h)!.pct;
      return `${p} / ${ours(m, respVar[r], h).toFixed(1)}`;
    })]),
  }, { name: `br-table${tab}` });
  const sample = `${PF[m].data.labels[0]}..${PF[m].data.labels.slice(-1)[0]}`;
  const subst = `${m === "C" || m === "D" ? ", exports, trade-balance growth for capital flows" : ""}` +
    `${m === "B" || m === "D" ? ", Dreger-style index from the event list(s) for the unavailable K&N index" : ""}`;
  for (const r of rowsT) {
    numberReadings({ item: `table${tab}`, entry: `${m}-${r.response}-${r.h}`, published: r.pct,
      explanation: `Cholesky VAR(2) on substitute data (Annex III index, BIS REER, EIA Brent, the reading's price ` +
        `series${subst}); sample ${sample} (primary reading).` }, m, (F) => shareIn(F, m, respVar[r.response], r.h));
  }
}

// %%
for (const [tab, pair] of [["4", ["A", "B"]], ["7", ["C", "D"]]] as [string, ModelName[]][]) {
  const steps = [1, 5, 10, 15, 20];
  const pubAt = (m: ModelName, h: number) => pubRows.find((r) => r.table === tab && r.model === m && r.h === h)!.pct;
  table({
    caption: `Table ${tab}: % of producer-price FEV explained by the index, models ${pair[0]} and ${pair[1]}, ` +
      "steps 1-20 (published / ours, primary reading)",
    columns: ["step (months)", `model ${pair[0]}`, `model ${pair[1]}`],
    rows: steps.map((h) => [h, ...pair.map((m) => `${pubAt(m, h)} / ${ours(m, "dln_ipi", h).toFixed(4)}`)]),
  }, { name: `br-table${tab}` });
  for (const m of pair) for (const h of steps) {
    numberReadings({ item: `table${tab}`, entry: `${m}-ipi-${h}`, published: pubAt(m, h),
      explanation: `Price FEV share of the index shock at step ${h} (step 1 = impact); substitute data as stated ` +
        "in the notebook header; the price series is the reading's." }, m, (F) => shareIn(F, m, "dln_ipi", h));
  }
  const ratioPub = pubAt(pair[0], 20) / pubAt(pair[1], 20);
  const ratioOurs = ours(pair[0], "dln_ipi", 20) / ours(pair[1], "dln_ipi", 20);
  md(`Model ${pair[0]} vs ${pair[1]} at 20 months (primary reading): the index explains ` +
    `**${ours(pair[0], "dln_ipi", 20).toFixed(2)}%** vs **${ours(pair[1], "dln_ipi", 20).toFixed(2)}%** of ` +
    `producer-price forecast error variance (ratio ${ratioOurs.toFixed(2)}; published ${ratioPub.toFixed(2)}).`);
}

// %% [markdown]
// ### How far each reading moves the headline
// The headline is the 20-month share of producer-price (or production) forecast error variance explained by
// the new index (model A) against the previous one (model B), and their ratio (published 5.0541 / 0.6967 =
// 7.25); the same for the extended models C and D (published 6.44). First each option departs alone from
// the primary reading, then the range over all 16 combinations; the last rows replace the paper's two lags
// by the AIC choice under each maximum lag.

// %%
const hlRow = (label: string, F: Fits) => {
  const [a, b, c, d] = BR.MODEL_NAMES.map((m) => shareIn(F, m, "dln_ipi", 20));
  return [label, a, b, a / b, c, d, c / d];
};
const oneAtATime: [string, Partial<BR.SvarReading>][] = [
  ["primary (levels, EU, PPI, no season)", {}], ["index: difference (d_st)", { indexForm: "difference" }],
  ["previous: EU+US events", { previous: "eu+us" }], ["prices: industrial production", { prices: "production" }],
  ["season: centred dummies (C, D)", { season: "centred" }],
];
const runOf = (d: Partial<BR.SvarReading>) => {
  const want = { ...BR.PRIMARY_READING, ...d };
  return runs.find((x) => TABLE_DIMS.every((k) => x.r[k] === want[k]))!;
};
const hlRows: (string | number)[][] = oneAtATime.map(([l, d]) => hlRow(l, runOf(d).F));
const ratiosAB = runs.map(({ F }) => shareIn(F, "A", "dln_ipi") / shareIn(F, "B", "dln_ipi"));
const ratiosCD = runs.map(({ F }) => shareIn(F, "C", "dln_ipi") / shareIn(F, "D", "dln_ipi"));
const span = (x: number[]) => `${Math.min(...x).toFixed(2)} .. ${Math.max(...x).toFixed(2)}`;
const aicLagRows = [4, 8, 12].map((ml) => {
  const lc = lagChoice.find(({ r }) => r.maxlag === ml && TABLE_DIMS.every((k) => r[k] === BR.PRIMARY_READING[k]))!;
  const F = Object.fromEntries(BR.MODEL_NAMES.map((m, k) =>
    [m, BR.fitModel(m, { ...BR.PAPER_SPEC, lags: Math.max(1, lc.sel[k].selected) }, H)])) as Fits;
  return hlRow(`lags by AIC, maxlag ${ml} (A-D: ${lc.sel.map((x) => Math.max(1, x.selected)).join(", ")})`, F);
});
table({
  caption: "The headline under each reading: 20-month price-FEV share of the new (A, C) and previous (B, D) " +
    "index, % (published A/B 7.25, C/D 6.44)",
  columns: ["reading", "A", "B", "A/B", "C", "D", "C/D"],
  rows: [...hlRows, ["all 16 combinations: range of the ratios", "", "", span(ratiosAB), "", "", span(ratiosCD)],
    ...aicLagRows],
  digits: 3,
}, { name: "br-svar-headline-readings" });
const nAbove = ratiosAB.filter((x) => x > 1).length;
md(`Over the 16 combinations the new index explains more of the price variable than the previous one in ` +
  `**${nAbove} of 16** (A vs B) and **${ratiosCD.filter((x) => x > 1).length} of 16** (C vs D); ` +
  `at the paper's two lags the A/B ratio stays well below the published 7.25 (largest ` +
  `${Math.max(...ratiosAB).toFixed(2)}); only the AIC's three lags bring it to ` +
  `${(aicLagRows[0][3] as number).toFixed(2)}.`);

// %% [markdown]
// ### The comparisons the text draws from the tables
// Sections 3.1.3-3.2.5 repeat some table cells in words (graded by the same FEVD rule) and draw comparisons
// from them. The new/previous ratio of the 20-month producer-price shares is derived from Table 4
// (5.0541 / 0.6967 = 7.254); its close band is 40%, because the errors of two shares graded at 20% each add
// up. The conclusion's "four percentage points" is the difference of the same two shares. Every one is
// recorded under the 16 readings; the line under each claim sums up the non-primary ones.

// %%
const textCells: [string, string, ModelName, string][] = [
  ["section3-1-3", "fevd-reer", "A", "dln_eru"], ["section3-1-3", "fevd-oil", "A", "dln_oilp"],
  ["section3-1-3", "fevd-ipi", "A", "dln_ipi"], ["section3-1-4", "fevd-reer", "B", "dln_eru"],
  ["section3-1-4", "fevd-oil", "B", "dln_oilp"], ["section3-1-4", "fevd-ipi", "B", "dln_ipi"],
  ["section3-2-3", "fevd-reer", "C", "dln_eru"], ["section3-2-3", "fevd-oil", "C", "dln_oilp"],
  ["section3-2-3", "fevd-ipi", "C", "dln_ipi"], ["section3-2-4", "fevd-ipi", "D", "dln_ipi"],
  ["section3-2-5", "fevd-C-ipi", "C", "dln_ipi"], ["section3-2-5", "fevd-D-ipi", "D", "dln_ipi"],
];
for (const [item, entry, m, v] of textCells)
  numberReadings({ item, entry, explanation: `The text repeats the 20-month share of the ` +
    `${m === "A" || m === "C" ? "new" : "previous"} index in ${label[v]} (model ${m}); ours from the same VAR as ` +
    "the tables." },
  m, (F) => shareIn(F, m, v));
const fmt = (x: number) => x.toFixed(2);
const cmp = (item: string, entry: string, m: ModelName | "all", explanation: string,
  test: (sh: (m: ModelName, v: string, h?: number) => number) => { holds: boolean; reproduced: string }) =>
  findingReadings(item, entry, m, explanation, (F) => test((mm, v, h = 20) => shareIn(F, mm, v, h)));
const vs3 = ["dln_eru", "dln_oilp", "dln_ipi"];
cmp("section3-1-4", "less-than-A", "B",
  "Holds if the previous index explains less than the new one of each variable at 20 months.",
  (sh) => ({ holds: vs3.every((v) => sh("B", v) < sh("A", v)),
    reproduced: vs3.map((v) => `${label[v]} B ${fmt(sh("B", v))} vs A ${fmt(sh("A", v))}`).join("; ") }));
cmp("section3-1-5", "A-above-5", "A", "The paper's own threshold: more than 5%.",
  (sh) => ({ holds: sh("A", "dln_ipi") > 5,
    reproduced: `model A, price variable, 20 months: ${fmt(sh("A", "dln_ipi"))}%` }));
cmp("section3-1-5", "B-below-1", "B", "The paper's own threshold: less than 1%.",
  (sh) => ({ holds: sh("B", "dln_ipi") < 1,
    reproduced: `model B, price variable, 20 months: ${fmt(sh("B", "dln_ipi"))}%` }));
cmp("section3-1-5", "five-times", "A", "The paper's own threshold: at least five times.", (sh) => {
  const r = sh("A", "dln_ipi") / sh("B", "dln_ipi");
  return { holds: r >= 5, reproduced: `A/B at 20 months: ${fmt(r)}` };
});
numberReadings({ item: "section3-1-5", entry: "ratio", explanation: "Ratio of the 20-month price-FEV shares, " +
  "model A / model B; the previous index is the Dreger-style one built from the event list(s), not the " +
  "Kholodilin-Netsunajev index." },
"A", (F) => shareIn(F, "A", "dln_ipi") / shareIn(F, "B", "dln_ipi"));
for (const item of ["section3-1-5", "conclusion"])
  cmp(item, "short-term-sharper", "A", "Short term read as the first five steps of Table 4 (steps 1 and 5): " +
    "holds if the new index's share is larger at both.", (sh) => ({
    holds: sh("A", "dln_ipi", 1) > sh("B", "dln_ipi", 1) && sh("A", "dln_ipi", 5) > sh("B", "dln_ipi", 5),
    reproduced: `price share, step 1: A ${sh("A", "dln_ipi", 1).toFixed(3)} vs ` +
      `B ${sh("B", "dln_ipi", 1).toFixed(3)}; ` +
      `step 5: A ${fmt(sh("A", "dln_ipi", 5))} vs B ${fmt(sh("B", "dln_ipi", 5))}`,
  }));
cmp("section3-2-3", "reduces", "C", "Holds if adding the two controls lowers the new index's 20-month share of each " +
  "variable (model C below model A).", (sh) => ({ holds: vs3.every((v) => sh("C", v) < sh("A", v)),
  reproduced: vs3.map((v) => `${label[v]} C ${fmt(sh("C", v))} vs A ${fmt(sh("A", v))}`).join("; ") }));
cmp("section3-2-3", "exports-clearer", "C", "'More clearly over the short term' read as a larger share of forecast " +
  "error variance at step 5 (scale-free, unlike the two responses' units).", (sh) => ({
  holds: sh("C", "dln_xru", 5) > sh("C", "g_cf", 5),
  reproduced: `model C, step 5: exports ${fmt(sh("C", "dln_xru", 5))}% vs capital-flow stand-in ` +
    `${fmt(sh("C", "g_cf", 5))}%` }));
cmp("section3-2-4", "reduces", "D", "Holds if adding the controls lowers the previous index's 20-month share of REER " +
  "and Brent (the variables the text singles out).", (sh) => ({
  holds: ["dln_eru", "dln_oilp"].every((v) => sh("D", v) < sh("B", v)),
  reproduced: ["dln_eru", "dln_oilp"].map((v) => `${label[v]} D ${fmt(sh("D", v))} vs B ${fmt(sh("B", v))}`)
    .join("; ") }));
cmp("section3-2-5", "C-stronger", "C", "Holds if the new index explains more of the price variable than the previous " +
  "one in the extended models (published 4.8018 / 0.7453 = 6.44).", (sh) => ({
  holds: sh("C", "dln_ipi") > sh("D", "dln_ipi"),
  reproduced: `price variable, 20 months: C ${fmt(sh("C", "dln_ipi"))}% vs D ${fmt(sh("D", "dln_ipi"))}% ` +
    `(ratio ${fmt(sh("C", "dln_ipi") / sh("D", "dln_ipi"))})` }));
const bothPairs = (sh: (m: ModelName, v: string, h?: number) => number) => ({
  holds: sh("A", "dln_ipi") > sh("B", "dln_ipi") && sh("C", "dln_ipi") > sh("D", "dln_ipi"),
  reproduced: `price variable, 20 months: A ${fmt(sh("A", "dln_ipi"))} vs B ${fmt(sh("B", "dln_ipi"))}; ` +
    `C ${fmt(sh("C", "dln_ipi"))} vs D ${fmt(sh("D", "dln_ipi"))}`,
});
cmp("conclusion", "confirmed-extended", "all", "Holds if the new index explains more of the price variable in both " +
  "pairs (the second section confirming the first).", bothPairs);
cmp("abstract", "explanatory-power", "all", "Explanatory power read as the share of the variable of interest's " +
  "forecast error variance (sections 3.1.5 and 3.2.5); holds if the new index's is larger in both pairs.", bothPairs);
numberReadings({ item: "conclusion", entry: "four-points", unit: "percentage points",
  explanation: "Model A minus model B, price-FEV share at 20 months; the paper's Table 4 gives " +
    "5.0541 - 0.6967 = 4.36, printed in words as 'four'." },
"A", (F) => shareIn(F, "A", "dln_ipi") - shareIn(F, "B", "dln_ipi"));
cmp("conclusion", "residual-impact", "all", "'Residual' read against the paper's own tables: holds if the new index " +
  "explains less of the price variable than of the REER and of Brent in models A and C (20 months), as Tables 2 " +
  "and 5 print.", (sh) => ({
  holds: (["A", "C"] as ModelName[]).every((m) => sh(m, "dln_ipi") < sh(m, "dln_eru") &&
    sh(m, "dln_ipi") < sh(m, "dln_oilp")),
  reproduced: (["A", "C"] as ModelName[]).map((m) => `${m}: price ${fmt(sh(m, "dln_ipi"))} vs REER ` +
    `${fmt(sh(m, "dln_eru"))}, Brent ${fmt(sh(m, "dln_oilp"))}`).join("; ") }));
claim({ paper: PAPER, item: "footnote3", entry: "no-monthly-gdp", kind: "finding", reading: DATA_AB, holds: true,
  reproduced: "the models' variable of interest is monthly producer prices; the row Table 5 prints as gdp_t is " +
    "this variable (recorded as a relabel)",
  explanation: "The footnote explains why industrial prices stand in for GDP; our data hold Russian GDP only " +
    "annually (WDI, used for the leverage in notebook 02), consistent with it; the production reading above " +
    "(industrial production, monthly) is the nearest monthly output series." });

// %% [markdown]
// ## 4b. Inference on the headline
// The tables above are point estimates. A share of a few percent from about a hundred monthly observations is
// uncertain, so every Table 2-7 share gets two 95% intervals: the percentiles of the same 1,000 residual-
// bootstrap replications that give the IRF bands (`fevdBands`, no refitting) and the delta-method interval
// (Lütkepohl 2005, section 3.7.1; `fevdAsymptotic`), which is symmetric and can leave [0, 100].
//
// The headline is a *comparison* of two shares from two VARs, so its interval must come from a bootstrap
// that resamples both models jointly: replicate r of model A and of model B draws the same residual periods
// (same seed and sample; `jointFevdStatistic`), and the new-minus-old difference and the new/old ratio are
// computed replicate by replicate. The statement "the new index explains more of industrial prices than the
// previous one" is taken to *hold under inference* only if the 95% interval of the difference excludes 0.
// A nested horse race puts both indexes in one VAR and asks how much of the price variance each one explains
// when the other is there too (new index ordered first, and the reverse).

// %%
const feBoot = Object.fromEntries(est.map((e) => [e.m, fevdBands(bands[e.m], e.res.K, H)])) as
  Record<ModelName, FevdBands>;
const feAsy = Object.fromEntries(est.map((e) => [e.m, fevdAsymptotic(e.res, H)])) as Record<ModelName, FevdStderr>;
const pct2 = (lo: number, hi: number) => `[${(100 * lo).toFixed(2)}, ${(100 * hi).toFixed(2)}]`;
let inside = 0;
const ivRows = pubRows.map((r) => {
  const i = vi(r.model, respVar[r.response]);
  const b = feBoot[r.model], a = feAsy[r.model];
  const lo = 100 * b.lower[r.h - 1][i][0], hi = 100 * b.upper[r.h - 1][i][0];
  const isIn = r.pct >= lo && r.pct <= hi;
  if (isIn) inside++;
  return [r.table, r.model, r.response, r.h, r.pct, ours(r.model, respVar[r.response], r.h),
    pct2(b.lower[r.h - 1][i][0], b.upper[r.h - 1][i][0]), pct2(a.lower[r.h - 1][i][0], a.upper[r.h - 1][i][0]),
    isIn ? "yes" : "no"];
});
table({
  caption: "Tables 2-7 with 95% intervals (primary reading): residual bootstrap (1,000 replications, seed 2021) " +
    "and delta method, % of FEV",
  columns: ["table", "model", "variable", "step", "published", "ours", "bootstrap 95%", "asymptotic 95%",
    "published inside bootstrap"],
  rows: ivRows,
}, { name: "br-svar-fevd-intervals" });
md(`The published share lies inside our bootstrap interval in **${inside} of ${ivRows.length}** cells.`);

// %%
// the joint bootstrap of the headline under every reading (the primary reuses the bands above)
const BOOT_QUIET = { ...BOOT, progress: false as const };
const jointRuns: { r: BR.SvarReading; primary: boolean; js: Record<string, JointStatistic> }[] = [];
for (const run of runs) {
  const bs = {} as Record<ModelName, Bands>;
  for (const m of BR.MODEL_NAMES) bs[m] = run.primary ? bands[m] : await irfBands(run.F[m].res, BOOT_QUIET);
  const side = (m: ModelName) => ({ res: run.F[m].res, bands: bs[m], fevd: run.F[m].fevd,
    cell: { response: run.F[m].data.price, impulse: run.F[m].data.index, h: 20 } });
  jointRuns.push({ r: run.r, primary: run.primary, js: {
    dAB: jointFevdStatistic(side("A"), side("B"), "difference"), rAB: jointFevdStatistic(side("A"), side("B"), "ratio"),
    dCD: jointFevdStatistic(side("C"), side("D"), "difference"), rCD: jointFevdStatistic(side("C"), side("D"), "ratio"),
  } });
}
const iv = (x: JointStatistic, scale = 100) =>
  `${(scale * x.point).toFixed(2)} [${(scale * x.lower).toFixed(2)}, ${(scale * x.upper).toFixed(2)}]`;
table({
  caption: "The headline with joint-bootstrap 95% intervals, by reading: new - old (percentage points) and new / old " +
    "of the 20-month price-FEV shares; P = share of replicates with new > old (published A/B 7.25, C/D 6.44)",
  columns: ["index", "previous", "prices", "season", "A - B", "A / B", "P(A > B)", "C - D", "C / D", "P(C > D)"],
  rows: jointRuns.map(({ r, js: j }) => {
    const rec = BR.readingRecord(r);
    return [rec.index, rec.previous, rec.prices, rec.season, iv(j.dAB), iv(j.rAB, 1), j.dAB.probAGreater,
      iv(j.dCD), iv(j.rCD, 1), j.dCD.probAGreater];
  }),
  digits: 3,
}, { name: "br-svar-headline-joint" });

// %%
// the nested horse race: both indexes in one VAR; bootstrap of the within-VAR difference for the primary reading
async function race(r: BR.SvarReading, pair: "AB" | "CD", first: "new" | "old", boot: boolean) {
  const hr = BR.horseRace({ ...BR.PAPER_SPEC, ...r }, pair, first, H);
  const pv = hr.data.price;
  const out = { pair, first, newShare: hr.shareOf(pv, hr.newIndex, 20), oldShare: hr.shareOf(pv, hr.oldIndex, 20),
    lower: NaN, upper: NaN };
  if (boot) {
    const K = hr.res.K, b = await irfBands(hr.res, BOOT_QUIET), d = fevdDraws(b, K, 20), R = b.replications;
    const at = (v: string) => ((19 * K + hr.data.vars.indexOf(pv)) * K + hr.data.vars.indexOf(v)) * R;
    const diffs = Float64Array.from({ length: R }, (_, k) => d[at(hr.newIndex) + k] - d[at(hr.oldIndex) + k]).sort();
    out.lower = 100 * quantileType7(diffs, 0.025);
    out.upper = 100 * quantileType7(diffs, 0.975);
  }
  return out;
}
const raceRows: (string | number)[][] = [];
const racePrimary: Awaited<ReturnType<typeof race>>[] = [];
for (const run of runs) for (const pair of ["AB", "CD"] as const) for (const first of ["new", "old"] as const) {
  const x = await race(run.r, pair, first, run.primary);
  if (run.primary) racePrimary.push(x);
  const rec = BR.readingRecord(run.r);
  raceRows.push([rec.index, rec.previous, rec.prices, rec.season, pair === "AB" ? "A/B controls" : "C/D controls",
    `${first} index first`, x.newShare, x.oldShare, x.newShare - x.oldShare,
    Number.isNaN(x.lower) ? "" : `[${x.lower.toFixed(2)}, ${x.upper.toFixed(2)}]`]);
}
table({
  caption: "Nested horse race: both indexes in one VAR, % of the 20-month price FEV explained by each " +
    "(bootstrap 95% interval of the difference for the primary reading)",
  columns: ["index", "previous", "prices", "season", "controls", "order", "new", "previous", "new - previous", "95%"],
  rows: raceRows,
  digits: 3,
}, { name: "br-svar-horse-race" });

// %%
// the headline findings under inference: the interval of the difference must exclude 0 (recorded without a
// badge each: the tables above show every value, and the verdict table below sums them up)
const INF_JOINT = "joint residual bootstrap (1,000, seed 2021): 95% interval of new - old";
const jointHolds = (j: Record<string, JointStatistic>, ks: string[]) => ks.every((k) => j[k].lower > 0);
const jointDesc = (j: Record<string, JointStatistic>, ks: string[]) =>
  ks.map((k) => `${k === "dAB" ? "A - B" : "C - D"} ${iv(j[k])} pp`).join("; ");
const inferenceClaim = (item: string, entry: string, m: ModelName | "all", ks: string[], explanation: string) => {
  for (const jr of jointRuns) {
    const r = jr.r, j = jr.js;
    recordClaim({ paper: PAPER, item, entry, kind: "finding", primary: false,
      reading: { ...readingOf(r, m), inference: INF_JOINT },
      holds: jointHolds(j, ks), reproduced: jointDesc(j, ks), explanation });
  }
};
const EXCL = "Under inference the statement holds only if the 95% joint-bootstrap interval of the new-minus-old " +
  "difference of the 20-month price-FEV shares excludes 0";
inferenceClaim("abstract", "explanatory-power", "all", ["dAB", "dCD"], `${EXCL}, in both pairs (A - B and C - D).`);
inferenceClaim("conclusion", "confirmed-extended", "all", ["dAB", "dCD"], `${EXCL}, in both pairs.`);
inferenceClaim("section3-2-5", "C-stronger", "C", ["dCD"], `${EXCL} (C - D).`);
for (const jr of jointRuns)
  recordClaim({ paper: PAPER, item: "section3-1-5", entry: "five-times", kind: "finding", primary: false,
    reading: { ...readingOf(jr.r, "A"), inference: INF_JOINT.replace("new - old", "new / old") },
    holds: jr.js.rAB.lower >= 5, reproduced: `A / B ${iv(jr.js.rAB, 1)}`,
    explanation: "Under inference 'at least five times' holds only if the lower end of the 95% joint-bootstrap " +
      "interval of the A / B ratio is 5 or more." });
for (const first of ["new", "old"] as const) {
  const xs = racePrimary.filter((x) => x.first === first);
  claim({ paper: PAPER, item: "abstract", entry: "explanatory-power", kind: "finding", primary: false,
    reading: { ...DATA_CD, inference: `horse race, both indexes in one VAR, ${first} index first: 95% interval ` +
      "of new - old" },
    holds: xs.every((x) => x.lower > 0),
    reproduced: xs.map((x) => `${x.pair === "AB" ? "A/B" : "C/D"} controls: new ${x.newShare.toFixed(2)}% vs ` +
      "previous " +
      `${x.oldShare.toFixed(2)}%, difference [${x.lower.toFixed(2)}, ${x.upper.toFixed(2)}]`).join("; "),
    explanation: "Both indexes in one Cholesky VAR with the controls of model A (or C) and the price variable last; " +
      "holds if the bootstrap 95% interval of the new-minus-previous share difference excludes 0 with both sets of " +
      "controls." });
}
const nEx = jointRuns.filter((x) => x.js.dAB.lower > 0).length;
const nExCD = jointRuns.filter((x) => x.js.dCD.lower > 0).length;
const pj = jointRuns.find((x) => x.primary)!.js;
md(`Primary reading: A - B = ${iv(pj.dAB)} percentage points, A / B = ${iv(pj.rAB, 1)} (published 7.25); ` +
  `C - D = ${iv(pj.dCD)}, C / D = ${iv(pj.rCD, 1)}. The interval of the difference excludes 0 under ` +
  `**${nEx} of 16** readings for A - B and **${nExCD} of 16** for C - D; the horse race (primary reading) gives ` +
  racePrimary.map((x) => `${x.pair}/${x.first} first [${x.lower.toFixed(2)}, ${x.upper.toFixed(2)}]`).join(", ") + ".");

// %% [markdown]
// ## 4c. Specification curve
// The readings above vary the paper's contestable choices one family at a time. A specification curve
// (Simonsohn, Simmons and Nelson 2020) runs every combination of them and of the choices any applied VAR
// makes: the model pair (A/B or C/D), the lag order (1-4), the Cholesky position of the index (first, as the
// paper, or last), the sample start (2010-02 or 2012-01) and end (all data, or 2017-12), the price series,
// the index form, the previous index and, for C/D, seasonal dummies: 768 specifications
// (`src/sanctions-index/bali-rapelanoro-svar.ts`, `SPEC_DIMENSIONS`, run by `src/robustness/spec-curve.ts`).
// The ratio curve shows point estimates: its two shares come from two VARs, so an interval needs the joint
// bootstrap of section 4b, about a second per specification. The share curve carries each specification's
// delta-method 95% interval of the new index's share (`headlineStatisticWithIntervals`), computed in worker
// threads (one per core, at most four; the rows are identical for any number of threads).

// %%
import * as os from "node:os";
import * as nodePath from "node:path";
const specWorkers = Math.max(1, Math.min(4, os.cpus().length));
const curve = await specificationCurve({ dimensions: BR.SPEC_DIMENSIONS, seed: 2021, progress: false,
  filter: BR.specFilter, workers: specWorkers,
  statistic: { module: nodePath.resolve("src/sanctions-index/bali-rapelanoro-svar.ts"),
    export: "headlineStatisticWithIntervals" } });
const isPaper = (r: SpecRow) => Object.entries(BR.PAPER_CHOICE).every(([k, v]) => r.choice[k] === v);
plot(specCurveFigure(curve, { title: "Specification curve: new / previous index, 20-month price-FEV shares " +
  `(${curve.rows.length} specifications; red: the paper's)`, estimateLabel: "ratio new / previous", reference: 1,
highlight: isPaper }), { name: "br-svar-spec-curve-ratio", width: 980, height: 720 });
// the same specifications sorted by the new index's own share
const shareRows = curve.rows.map((r) => ({ ...r, estimate: r.extra.newShare, lower: r.extra.newLower,
  upper: r.extra.newUpper }));
const byShare: SpecCurve = { ...curve, rows: shareRows,
  order: shareRows.map((r) => r.index).sort((a, b) => shareRows[a].estimate - shareRows[b].estimate || a - b) };
plot(specCurveFigure(byShare, { title: "Specification curve: the new index's 20-month share of the price FEV, % " +
  "(delta-method 95% intervals)",
  estimateLabel: "new index share, %", reference: 5.0541, highlight: isPaper }),
{ name: "br-svar-spec-curve-share", width: 980, height: 720 });

// %%
const above1 = shareHolding(curve, (r) => r.estimate! > 1);
const above5 = shareHolding(curve, (r) => r.estimate! >= 5);
const share5 = shareHolding(byShare, (r) => r.estimate! > 5);
const byDim = BR.SPEC_DIMENSIONS.flatMap((d) => d.values.map((v) => {
  const rs = curve.rows.filter((r) => r.choice[d.name] === v && r.estimate !== null);
  const med = [...rs.map((r) => r.estimate!)].sort((a, b) => a - b)[Math.floor(rs.length / 2)];
  return [d.name, String(v), rs.length, rs.filter((r) => r.estimate! > 1).length / rs.length, med];
}));
table({
  caption: "Specification curve by choice: share of specifications with new / previous > 1, and the median ratio",
  columns: ["dimension", "value", "specifications", "share with ratio > 1", "median ratio"],
  rows: byDim,
  digits: 3,
}, { name: "br-svar-spec-curve-choices" });
const SPEC_READING = { ...DATA_CD, specifications: `${curve.rows.length} (SPEC_DIMENSIONS), point estimates` };
const pctOf = (x: { share: number; holding: number; computed: number }) =>
  `${x.holding} of ${x.computed} specifications (${(100 * x.share).toFixed(1)}%)`;
claim({ paper: PAPER, item: "abstract", entry: "explanatory-power", kind: "finding", primary: false,
  reading: SPEC_READING, holds: above1.share >= 0.9,
  reproduced: `new / previous > 1 in ${pctOf(above1)}`,
  explanation: "Across the specification curve the statement is taken to hold if the new index explains more of " +
    "the price variable than the previous one (ratio of the 20-month shares above 1) in at least 90% of the " +
    "specifications (our threshold for 'robust to the analyst's choices')." });
claim({ paper: PAPER, item: "section3-1-5", entry: "five-times", kind: "finding", primary: false,
  reading: SPEC_READING, holds: above5.share >= 0.9, reproduced: `new / previous >= 5 in ${pctOf(above5)}`,
  explanation: "Holds across the curve if the ratio of the 20-month shares is at least 5 in at least 90% of the " +
    "specifications." });
claim({ paper: PAPER, item: "section3-1-5", entry: "A-above-5", kind: "finding", primary: false,
  reading: SPEC_READING, holds: share5.share >= 0.9, reproduced: `new index share > 5% in ${pctOf(share5)}`,
  explanation: "Holds across the curve if the new index explains more than 5% of the 20-month price FEV in at " +
    "least 90% of the specifications (models A and C pooled)." });
md(`Across the ${curve.rows.length} specifications the new index explains more than the previous one in ` +
  `**${pctOf(above1)}**, at least five times more in **${pctOf(above5)}**, and more than 5% of the price ` +
  `variance in **${pctOf(share5)}**.`);
// what the intervals add: in how many specifications the new share's interval contains the paper's 5.05%, and
// in how many it excludes zero (delta-method intervals are symmetric and can cross zero)
const holdsPaper = shareHolding(byShare, (r) => r.lower! <= 5.0541 && 5.0541 <= r.upper!);
const excludesZero = shareHolding(byShare, (r) => r.lower! > 0);
md(`The new index's delta-method 95% interval contains the paper's 5.05% in **${pctOf(holdsPaper)}** and ` +
  `excludes zero in **${pctOf(excludesZero)}** (intervals of single shares: they say how ` +
  "precisely each specification pins the share down, not whether the new index beats the previous one).");

// %% [markdown]
// ## 4d. Identification diagnostics
// **Which months carry the index shock?** The structural shocks are ε_t = P⁻¹ u_t (P the Cholesky factor of
// the residual covariance); the table shows the months with the largest squared index shock and their share of
// its sum of squares. If two months carry most of it, the FEVD share of the index is largely a statement about
// those months. Then the headline is re-estimated with an impulse dummy for each of the two largest months of
// model A (exogenous regressors in every equation of all four models), which removes their influence on the
// coefficients and the residual covariance.

// %%
function indexShocks(e: (typeof est)[number]) {
  const L = irf(e.res, 1).P, K = e.res.K;
  return e.res.resid.map((u) => {
    const x: number[] = [];
    for (let i = 0; i < K; i++) x.push((u[i] - x.reduce((a, v, k) => a + L[i][k] * v, 0)) / L[i][i]);
    return x[0];
  });
}
const shockRows: (string | number)[][] = [];
const topMonths: Record<string, string[]> = {};
for (const e of est) {
  const eps = indexShocks(e), tot = eps.reduce((a, v) => a + v * v, 0);
  const ranked = eps.map((v, t) => ({ label: e.d.labels[t + e.res.p], sq: v * v, v }))
    .sort((a, b) => b.sq - a.sq);
  topMonths[e.m] = ranked.slice(0, 2).map((x) => x.label);
  ranked.slice(0, 5).forEach((x, k) => shockRows.push([e.m, k + 1, x.label, x.v, x.sq / tot]));
}
table({
  caption: "The five months with the largest squared index shock, by model: shock (s.d. units) and share of the " +
    "sum of squared index shocks",
  columns: ["model", "rank", "month", "shock", "share of Σε²"],
  rows: shockRows,
  digits: 3,
}, { name: "br-svar-index-shocks" });
const DUMMIES = topMonths.A;
const hDum = { AB: BR.headline({ ...BR.PAPER_SPEC, dummies: DUMMIES }, "AB"),
  CD: BR.headline({ ...BR.PAPER_SPEC, dummies: DUMMIES }, "CD") };
const hBase = { AB: BR.headline(BR.PAPER_SPEC, "AB"), CD: BR.headline(BR.PAPER_SPEC, "CD") };
table({
  caption: `The headline with impulse dummies for ${DUMMIES.join(" and ")} (primary reading), 20-month price-FEV ` +
    "shares, %",
  columns: ["pair", "new, no dummies", "previous, no dummies", "ratio", "new, dummies", "previous, dummies", "ratio"],
  rows: (["AB", "CD"] as const).map((k) => [k === "AB" ? "A / B" : "C / D", hBase[k].newShare, hBase[k].oldShare,
    hBase[k].ratio, hDum[k].newShare, hDum[k].oldShare, hDum[k].ratio]),
  digits: 3,
}, { name: "br-svar-dummies" });
const topShare = (m: ModelName) => shockRows.filter((r) => r[0] === m && (r[1] as number) <= 2)
  .reduce((a, r) => a + (r[4] as number), 0);
md(`In model A the two largest index shocks fall in **${DUMMIES.join(" and ")}** and carry ` +
  `**${(100 * topShare("A")).toFixed(0)}%** of the index shock's sum of squares (model C: ` +
  `${(100 * topShare("C")).toFixed(0)}%). ` +
  ([...DUMMIES].sort().join() === "2014-07,2014-12"
    ? "July 2014 is the EU's first sectoral package and December 2014 the rouble's crash, a month after the " +
      "central bank let it float and with the oil price halved since June: the index's identifying variation " +
      "coincides with the oil and exchange-rate shocks it is meant to be separated from. "
    : "") +
  `With both months dummied out the A/B ratio is ${hDum.AB.ratio.toFixed(2)} ` +
  `(${hBase.AB.ratio.toFixed(2)} without) and C/D ${hDum.CD.ratio.toFixed(2)} (${hBase.CD.ratio.toFixed(2)}).`);

// %% [markdown]
// **Placebo: does the index Granger-cause Brent?** A Russian sanction index cannot move the world oil price. If
// its lags predict Brent, the index is picking up something else that moves with oil (the oil-and-rouble crisis
// of 2014-15), and a Cholesky order that puts the index before Brent attributes to sanctions what belongs to
// oil. The F test of the index's lags in the Brent equation (`grangerCausality`), each model:

// %%
const placebo = est.map((e) => ({ m: e.m, g: grangerCausality(e.res, models[e.m][0], "dln_oilp") }));
table({
  caption: "Placebo Granger test: index → Brent (H0: the index's lags do not enter the Brent equation)",
  columns: ["model", "index", "F", "df", "p-value", "Wald χ²", "p (χ²)"],
  rows: placebo.map(({ m, g }) => [m, models[m][0], g.F, `${g.df[0]}, ${g.df[1]}`, g.pvalue, g.wald, g.waldPvalue]),
  digits: 4,
}, { name: "br-svar-placebo" });
const nRej = placebo.filter((x) => x.g.pvalue < 0.05).length;
md(nRej > 0
  ? `The placebo rejects at 5% in **${nRej} of 4** models ` +
    `(${placebo.filter((x) => x.g.pvalue < 0.05).map((x) => `${x.m}, p = ${x.g.pvalue.toFixed(4)}`).join("; ")}): ` +
    "there the index's past predicts Brent, which no sanction index can cause; its shocks partly proxy the oil " +
    "collapse, and its FEVD shares likely overstate what sanctions explain."
  : "The placebo does not reject at 5% in any model: the index's lags do not predict Brent, as they should not. " +
    "This does not clear the index of sharing *contemporaneous* variation with oil (the shocks table above), which " +
    "a Granger test cannot see; it only says the index is not a leading indicator of oil.");

// %% [markdown]
// **Residual diagnostics.** Portmanteau (adjusted, 12 lags), Jarque-Bera (Lütkepohl's multivariate test on the
// orthogonalised residuals) and ARCH-LM (multivariate with 2 lags: with 5 lags the six-variable models have
// more regressors than residuals; and equation by equation with 5 lags, the smallest p shown) for models A-D;
// with p-values below 5%
// the delta-method intervals, which assume white-noise Gaussian errors, deserve less trust than the bootstrap.

// %%
table({
  caption: "Residual diagnostics of models A-D (VAR(2), primary reading): statistics and p-values",
  columns: ["model", "Portmanteau Q* (12)", "p", "Jarque-Bera", "p", "skewness χ²", "kurtosis χ²",
    "multivariate ARCH-LM (2)", "p", "smallest equation ARCH-LM (5) p"],
  rows: est.map((e) => {
    const q = portmanteau(e.res, 12), j = jarqueBera(e.res), a = archLmMultivariate(e.res, 2);
    const eq = archLmByEquation(e.res, 5).sort((x, y) => x.pvalue - y.pvalue)[0];
    return [e.m, q.adjustedStatistic, q.adjustedPvalue, j.statistic, j.pvalue, j.skewness, j.kurtosis, a.statistic,
      a.pvalue, `${eq.pvalue.toFixed(4)} (${eq.name})`];
  }),
  digits: 4,
}, { name: "br-svar-residual-tests" });

// %% [markdown]
// ### Significance under every data reading
// The significance statements of section 3b were recorded under three band methods for the primary data. The
// two that carry the paper's conclusions (the abstract's "the new index enhances the significance of the
// responses" and the conclusion's "sanctions do not significantly move industrial prices") are also recorded
// under the other 15 data readings, with the primary band method (delta-method intervals, 95%).

// %%
const sigRuns = runs.filter((run) => !run.primary).map((run) => {
  const counts = {} as Record<ModelName, number>, priceSig = {} as Record<ModelName, number[]>;
  for (const m of BR.MODEL_NAMES) {
    const f = run.F[m], ivl = asymptoticIrfInterval(irf(f.res, H), { ci: 0.95 });
    const ii = f.data.vars.indexOf(f.data.index);
    const sigOf = (v: string) => significantHorizons(ivl, f.data.vars.indexOf(v), ii);
    counts[m] = f.data.vars.filter((v) => v !== f.data.index && sigOf(v).length > 0).length;
    priceSig[m] = sigOf(f.data.price);
  }
  return { r: run.r, counts, priceSig };
});
// recorded without a badge each (30 records); the verdict table below sums them up
for (const x of sigRuns) {
  const reading = { ...readingOf(x.r, "all"), ...bandReading("asymptotic") };
  const c = x.counts;
  recordClaim({ paper: PAPER, item: "abstract", entry: "significance", kind: "finding",
    primary: false, reading,
    holds: c.A > c.B && c.C > c.D,
    reproduced: `significant responses (asymptotic): A ${c.A} of 3 vs B ${c.B} of 3; C ${c.C} of 5 vs D ${c.D} of 5`,
    explanation: "As the primary record of this claim (responses with a 95% delta-method interval excluding zero in " +
      "some month 0-20; the new index must have more in both pairs), under this data reading." });
  recordClaim({ paper: PAPER, item: "conclusion", entry: "ipi-not-significant", kind: "finding",
    primary: false, reading,
    holds: BR.MODEL_NAMES.every((m) => x.priceSig[m].length === 0),
    reproduced: BR.MODEL_NAMES.map((m) => `${m}: ${months(x.priceSig[m])}`).join("; ") + " (asymptotic)",
    explanation: "Holds if the price response has no month 0-20 with a 95% delta-method interval excluding zero in " +
      "any of models A-D, under this data reading." });
}

// %% [markdown]
// ### The verdicts, claim by claim
// For every finding of the paper recorded above: its verdict under the primary reading, and how many of the
// other readings of each family agree (data readings of section 4; band methods of section 3b; inference with
// joint-bootstrap or horse-race intervals of section 4b; the specification curve of section 4c).

// %%
const famOf = (r: ClaimRecord) => ("specifications" in r.reading ? "curve" : "inference" in r.reading ? "inference"
  : "bands" in r.reading && r.reading.bands !== "asymptotic" || r.reading.sigma === "ml (Stata var default)" ? "bands"
    : "data");
const fams = ["data", "bands", "inference", "curve"];
const findingIds = [...new Set(recordedClaims(PAPER).filter((r) => r.kind === "finding").map((r) => r.id))];
const verdictRows = findingIds.map((id) => {
  const rs = recordedClaims(PAPER).filter((r) => r.id === id);
  const pr = rs.find((r) => r.primary)!;
  const cell = (f: string) => {
    const xs = rs.filter((r) => famOf(r) === f && r.holds !== null);
    return xs.length ? `${xs.filter((r) => r.holds).length} of ${xs.length}` : "";
  };
  return [`${pr.item}/${pr.entry}`, pr.grade, ...fams.map(cell)];
});
table({
  caption: "Each finding: the primary verdict and the number of readings in each family under which it holds " +
    "(the data family includes the primary)",
  columns: ["claim", "primary", "holds: data readings", "band methods", "inference", "specification curve"],
  rows: verdictRows,
}, { name: "br-svar-verdicts" });

// %% [markdown]
// ## 5. Reading the results: a referee's summary
// The reproduction separates two things the paper runs together. The *mechanics* — AIC lag choice, Cholesky
// responses, FEVD shares — are computed by an engine that matches R vars and statsmodels to 1e-9 (see the
// tests). The *numbers* depend on data we could only approximate: the previous index and capital flows are
// substitutes, and the REER and producer-price series are different vintages or providers. Each published
// number is graded exact, close or diverges by the rule its display item declares in the inventory; a
// divergence measures the combined effect of those substitutions, not an error in the method. Each stated
// finding holds or fails under the reading named in its claim, and across readings it is reported as holding,
// mixed or failing. What a referee would write, point by point (numbers computed above):

// %%
const ph = hBase.AB;
const raceAB = racePrimary.filter((x) => x.pair === "AB");
const flips = new Set(raceAB.map((x) => Math.sign(x.newShare - x.oldShare))).size > 1;
const ppiMax = Math.max(...runs.filter((x) => x.r.prices === "ppi")
  .flatMap((x) => (["A", "C"] as ModelName[]).map((m) => shareIn(x.F, m, "dln_ipi"))));
md([
  `1. **The headline ratio is fragile.** Under the primary reading the new index explains ${fmt(ph.newShare)}% of ` +
  `the 20-month producer-price variance against ${fmt(ph.oldShare)}% for the previous one (ratio ` +
  `${fmt(ph.ratio)}; published 7.25). Over the 16 data readings the ratio runs ${span(ratiosAB)}, at the AIC's ` +
  `lag order it reaches ${(aicLagRows[0][3] as number).toFixed(2)}, and over ${curve.rows.length} specifications ` +
  `it exceeds 1 in ${(100 * above1.share).toFixed(0)}% and reaches 5 in ${(100 * above5.share).toFixed(0)}%.`,
  `2. **No reading separates the two indexes statistically.** The joint-bootstrap 95% interval of the new-minus-` +
  `old difference contains 0 under ${16 - nEx} of 16 readings (A - B) and ${16 - nExCD} of 16 (C - D); in the ` +
  `primary reading it is ${iv(pj.dAB)} percentage points. The horse race with both indexes in one VAR gives the ` +
  `same answer${flips ? ", and the ranking flips with the order of the two indexes" : ""}.`,
  `3. **The index's identifying variation is two months.** ${DUMMIES.join(" and ")} carry ` +
  `${(100 * topShare("A")).toFixed(0)}% of the squared index shocks of model A; with impulse dummies for them ` +
  `the A/B ratio is ${hDum.AB.ratio.toFixed(2)}. The placebo test finds the index predicting Brent in ` +
  `${nRej} of 4 models, which no sanction index can cause.`,
  "4. **The residuals are not white Gaussian noise** (Portmanteau, Jarque-Bera and ARCH-LM reject in the table " +
  "above), so the delta-method intervals behind the paper's significance statements deserve less weight than " +
  "the bootstrap; the significance verdicts differ between the two (section 3b).",
  "5. **What survives:** the signs of the REER and Brent responses to an index shock, the absence of a significant " +
  "producer-price response in the primary reading, and a small new-index share of producer-price variance " +
  `(at most ${fmt(ppiMax)}% at 20 months in every producer-price reading). The claim that the new index ` +
  "explains *more* than its predecessor is not supported once intervals are shown.",
].join("\n"));

// %% [markdown]
// ## References
// - Bali, M. and Rapelanoro, N. (2021), *International Economics* 168, 25-39.
// - Lütkepohl, H. (2005). *New Introduction to Multiple Time Series Analysis*. Springer.
// - Ivanov, V. and Kilian, L. (2005). A practitioner's guide to lag order selection for VAR impulse response
//   analysis. *Studies in Nonlinear Dynamics & Econometrics* 9(1).
// - Simonsohn, U., Simmons, J. P. and Nelson, L. D. (2020). Specification curve analysis. *Nature Human
//   Behaviour* 4, 1208-1214.
