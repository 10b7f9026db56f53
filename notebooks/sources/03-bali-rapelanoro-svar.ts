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
// * **The new index** is the published Annex III series itself (2010m1-2018m4), so the sample ends in April 2018, not July.
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
// Engines: `src/econometrics/var/` (VAR, IRF, bands, FEVD; tests against R vars and statsmodels in
// `test/econometrics/`), `src/econometrics/unitroot.ts`, `src/data/russia.ts`, `src/sanctions-index/`.

// %%
import * as R from "./src/data/russia";
import { adf, kpss } from "./src/econometrics/unitroot";
import { fitVar, selectOrder, irf, fevd, irfBands } from "./src/econometrics/var/index";
import { dregerIndex } from "./src/sanctions-index/build";
import { annex3, euEvents, ANNEX3_CALENDAR } from "./src/sanctions-index/russia";
import { readCsv, numericColumn, stringColumn } from "./src/data/csv";
import { repoDataPath } from "./src/data/datadir";
import { plot, table, claim, md, PALETTE } from "./src/notebook/index";

const pub = annex3();
const st = R.fromValues("st", "2010-01", pub.values, "Annex III, Bali & Rapelanoro (2021)");
const sww = R.fromValues("sww", "2010-01", dregerIndex(euEvents(), {}, ANNEX3_CALENDAR).index, "Dreger et al.-style cumulative index from the EU event list");
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
table({
  caption: "ROSSTAT producer prices, % of previous month, 2016: the 2016-12 vintage vs the revised 2018-04 vintage (the splice keeps the revised values)",
  columns: ["month", "2016-12 vintage", "2018-04 vintage", "revision"],
  rows: ov.labels.map((l, i) => [l, ov.old[i], ov.revised[i], Math.round((ov.revised[i] - ov.old[i]) * 10) / 10]),
}, { name: "br-svar-ppi-vintages" });

// %% [markdown]
// ## 1. Transformations and unit roots
// Logs and first differences (×100, monthly percent changes) for the exchange rate, Brent, producer prices
// and exports; the growth rate for the trade balance; the new index in levels; the previous index differenced.

// %%
const d_sww = R.diff(sww, "d_sww");
const dln_eru = R.dlog(eru, "dln_eru"), dln_oilp = R.dlog(oilp, "dln_oilp"), dln_ipi = R.dlog(ipi, "dln_ipi"), dln_xru = R.dlog(xru, "dln_xru"), g_cf = R.growth(tb, "g_cf");
const all = R.alignMonthly([st, d_sww, dln_eru, dln_oilp, dln_xru, g_cf, dln_ipi], "2010-02", "2018-07");
md(`Common sample of all seven transformed series: **${all.labels[0]} to ${all.labels[all.labels.length - 1]}** (${all.rows.length} months).`);
const titles: Record<string, string> = { st: "new index (level, Annex III)", d_sww: "previous index, first difference", dln_eru: "REER, Δlog ×100", dln_oilp: "Brent, Δlog ×100", dln_xru: "exports, Δlog ×100", g_cf: "trade balance growth, % (capital-flow stand-in)", dln_ipi: "producer prices, Δlog ×100" };
plot({
  data: all.names.map((n, j) => ({ type: "scatter", mode: "lines", x: all.labels, y: all.rows.map((r) => r[j]), xaxis: `x${j + 1}`, yaxis: `y${j + 1}`, name: titles[n], line: { color: PALETTE[j % PALETTE.length], width: 1.2 } })),
  layout: {
    title: "The SVAR variables, monthly",
    grid: { rows: 4, columns: 2, pattern: "independent" },
    showlegend: false,
    annotations: all.names.map((n, j) => ({ text: titles[n], xref: `x${j + 1} domain`, yref: `y${j + 1} domain`, x: 0, y: 1.18, showarrow: false, xanchor: "left", font: { size: 11 } })),
  },
}, { name: "br-svar-data", width: 980, height: 900 });

// %%
const urRows: (string | number)[][] = [];
for (const [j, n] of all.names.entries()) {
  const x = all.rows.map((r) => r[j]);
  const a = adf(x, { trend: "c", maxlag: 12, autolag: "aic" });
  const u = adf(x, { trend: "c", maxlag: 12, autolag: "aic", convention: "urca" });
  const k = kpss(x, "c", "auto");
  urRows.push([n, a.tau, a.usedLag, a.pvalue, a.critical["5%"], u.tau, u.usedLag, u.criticalFuller["5%"], k.statistic, k.pvalue, a.pvalue < 0.05 ? "stationary" : "unit root not rejected"]);
}
table({
  caption: "Unit-root tests (constant; lags by AIC up to 12): ADF statsmodels convention, ADF urca convention, KPSS",
  columns: ["series", "ADF τ (sm)", "lags", "p (MacKinnon)", "5% cv (2010)", "ADF τ (urca)", "lags", "5% cv (Fuller)", "KPSS", "KPSS p", "ADF verdict at 5%"],
  rows: urRows,
}, { name: "br-svar-unit-roots" });
const stAdf = urRows[0];
claim({ paper: "bali-rapelanoro-2021", where: "Section 3.1.1: the new sanction index is stationary in levels (ADF, 5%)", published: "stationary", reproduced: String(stAdf[10]), explanation: `ADF with constant, AIC lags (statsmodels convention): tau = ${(stAdf[1] as number).toFixed(3)}, MacKinnon p = ${(stAdf[3] as number).toFixed(4)}, on Annex III ${all.labels[0]}..${all.labels[all.labels.length - 1]}.` });

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
const series: Record<string, R.MonthlySeries> = { st: st, d_sww: d_sww, dln_eru: dln_eru, dln_oilp: dln_oilp, dln_ipi: dln_ipi, dln_xru: dln_xru, g_cf: g_cf };
const dataFor = (m: ModelName) => R.alignMonthly(models[m].map((n) => series[n]), "2010-02", "2018-07");
const sel = (Object.keys(models) as ModelName[]).map((m) => ({ m, s: selectOrder(dataFor(m).rows, 8, "c", models[m]) }));
table({
  caption: "Lag order chosen by each criterion (p = 0..8, common sample)",
  columns: ["model", "sample", "AIC", "BIC", "HQ", "FPE", "AIC from p = 1 (vars)"],
  rows: sel.map(({ m, s }) => [m, `${dataFor(m).labels[0]}..${dataFor(m).labels.slice(-1)[0]}`, s.selected.aic, s.selected.bic, s.selected.hqic, s.selected.fpe, s.selectedFrom1.aic]),
}, { name: "br-svar-lags" });
table({
  caption: "Model A: information criteria by lag order",
  columns: ["p", "AIC", "BIC", "HQ", "FPE"],
  rows: sel[0].s.aic.map((_, p) => [p, sel[0].s.aic[p], sel[0].s.bic[p], sel[0].s.hqic[p], sel[0].s.fpe[p]]),
  digits: 6,
}, { name: "br-svar-lags-a" });
for (const { m, s } of sel) {
  claim({ paper: "bali-rapelanoro-2021", where: `Section 3.${m === "A" || m === "B" ? "1.2" : "2.2"}: AIC lag order, model ${m}`, published: 2, reproduced: s.selected.aic, unit: "lags", tolerance: 0, explanation: `AIC over p = 0..8 on the common sample of our substitute data (see the header); the paper's data and maximum lag are not stated.` });
}

// %% [markdown]
// ## 3. Estimation and impulse responses with 95% bands
// Following the paper, every model is estimated with two lags and a constant; shocks are identified by the
// Cholesky factor in the order index → REER → Brent → (exports → capital flows →) producer prices. Bands are
// 95% percentile intervals from 1,000 residual-bootstrap replications (the R vars procedure; seed 2021).

// %%
const H = 20;
const est = (Object.keys(models) as ModelName[]).map((m) => {
  const d = dataFor(m);
  const res = fitVar(d.rows, { lags: 2, trend: "c", names: models[m] });
  const ir = irf(res, H);
  return { m, d, res, ir, fe: fevd(ir, H) };
});
const bands: Record<string, Awaited<ReturnType<typeof irfBands>>> = {};
for (const e of est) bands[e.m] = await irfBands(e.res, { horizon: H, replications: 1000, seed: 2021, method: "residual" });
table({
  caption: "Estimated VAR(2) models",
  columns: ["model", "variables", "T", "log-likelihood", "largest root modulus", "stable"],
  rows: est.map((e) => [e.m, models[e.m].join(" → "), e.res.nobs, e.res.llf, e.res.roots[0], e.res.stable ? "yes" : "no"]),
}, { name: "br-svar-models" });

// %%
const hs = Array.from({ length: H + 1 }, (_, h) => h);
function irfGrid(left: ModelName, right: ModelName, name: string, title: string) {
  const L = est.find((e) => e.m === left)!, Rm = est.find((e) => e.m === right)!;
  const rows = models[left].length - 1;
  const data: Record<string, unknown>[] = [];
  const ann: Record<string, unknown>[] = [];
  [L, Rm].forEach((e, col) => {
    for (let i = 1; i <= rows; i++) {
      const ax = (i - 1) * 2 + col + 1;
      const b = bands[e.m];
      data.push({ type: "scatter", mode: "lines", x: [...hs, ...hs.slice().reverse()], y: [...hs.map((h) => b.upper[h][i][0]), ...hs.slice().reverse().map((h) => b.lower[h][i][0])], fill: "toself", fillcolor: "rgba(31,78,121,0.15)", line: { width: 0 }, xaxis: `x${ax}`, yaxis: `y${ax}`, showlegend: false, hoverinfo: "skip" });
      data.push({ type: "scatter", mode: "lines", x: hs, y: hs.map((h) => e.ir.orth[h][i][0]), line: { color: PALETTE[col] }, xaxis: `x${ax}`, yaxis: `y${ax}`, showlegend: false });
      ann.push({ text: `model ${e.m}: ${models[e.m][0]} → ${models[e.m][i]}`, xref: `x${ax} domain`, yref: `y${ax} domain`, x: 0, y: 1.15, showarrow: false, xanchor: "left", font: { size: 11 } });
    }
  });
  plot({ data, layout: { title, grid: { rows, columns: 2, pattern: "independent" }, annotations: ann, shapes: [] } }, { name, width: 980, height: 230 * rows + 80 });
}
irfGrid("A", "B", "br-annex1", "Annex I: responses to a one-s.d. index shock, A (left) vs B (right), 95% bands, months");

// %%
irfGrid("C", "D", "br-annex2", "Annex II: responses to a one-s.d. index shock, C (left) vs D (right), 95% bands, months");

// %%
function ipiPanel(pair: [ModelName, ModelName], name: string, title: string) {
  const data: Record<string, unknown>[] = [];
  pair.forEach((m, col) => {
    const e = est.find((x) => x.m === m)!;
    const i = models[m].indexOf("dln_ipi");
    const b = bands[m];
    const ax = col + 1;
    data.push({ type: "scatter", mode: "lines", x: [...hs, ...hs.slice().reverse()], y: [...hs.map((h) => b.upper[h][i][0]), ...hs.slice().reverse().map((h) => b.lower[h][i][0])], fill: "toself", fillcolor: "rgba(192,80,77,0.15)", line: { width: 0 }, xaxis: `x${ax}`, yaxis: `y${ax}`, name: `95% band (${m})` });
    data.push({ type: "scatter", mode: "lines+markers", x: hs, y: hs.map((h) => e.ir.orth[h][i][0]), line: { color: PALETTE[col] }, xaxis: `x${ax}`, yaxis: `y${ax}`, name: `model ${m}: ${models[m][0]} → dln_ipi` });
  });
  plot({ data, layout: { title, grid: { rows: 1, columns: 2, pattern: "independent" }, xaxis: { title: "months after the shock" }, xaxis2: { title: "months after the shock" }, yaxis: { title: "producer prices, Δlog ×100" } } }, { name, width: 980, height: 420 });
}
ipiPanel(["A", "B"], "br-graph3", "Graph 3: producer prices after a sanction shock, new (A) vs previous index (B)");
ipiPanel(["C", "D"], "br-graph4", "Graph 4: producer prices after a sanction shock, models C vs D");

// %% [markdown]
// ## 4. Variance decompositions: Tables 2-7
// Share (%) of each variable's forecast error variance due to the index shock. Published values are typed in
// `data/published/bali-rapelanoro-2021/fevd.csv`. The tolerance is 2 percentage points: FEVD shares of a few
// percent estimated on 100 months of data differ by more than that across plausible data vintages, so a gap
// beyond it is a real difference of data or specification, not rounding. Expect divergences: three of the
// paper's series (REER source, the previous index, capital flows) are substitutes here.

// %%
const fevdPub = readCsv(repoDataPath("published", "bali-rapelanoro-2021", "fevd.csv"));
const pubRows = stringColumn(fevdPub, "table").map((t, i) => ({
  table: t, model: stringColumn(fevdPub, "model")[i] as ModelName, response: stringColumn(fevdPub, "response")[i],
  h: numericColumn(fevdPub, "horizon_months").values[i], pct: numericColumn(fevdPub, "percent").values[i],
}));
const respVar: Record<string, string> = { reer: "dln_eru", oilprice: "dln_oilp", ipi: "dln_ipi", export: "dln_xru", capflows: "g_cf" };
const ours = (m: ModelName, v: string, h: number) => { const e = est.find((x) => x.m === m)!; return 100 * e.fe[h - 1][models[m].indexOf(v)][0]; };
for (const [tab, m] of [["2", "A"], ["3", "B"], ["5", "C"], ["6", "D"]] as [string, ModelName][]) {
  const rowsT = pubRows.filter((r) => r.table === tab);
  const resp = [...new Set(rowsT.map((r) => r.response))];
  table({
    caption: `Table ${tab}: % of FEV explained by the ${m === "A" || m === "C" ? "new" : "previous"} index, model ${m} (published / ours)`,
    columns: ["variable", ...[1, 5, 10, 20].map((h) => `${h} month${h > 1 ? "s" : ""}`)],
    rows: resp.map((r) => [r, ...[1, 5, 10, 20].map((h) => { const p = rowsT.find((x) => x.response === r && x.h === h)!.pct; return `${p} / ${ours(m, respVar[r], h).toFixed(1)}`; })]),
  }, { name: `br-table${tab}` });
  for (const r of rowsT) {
    claim({ paper: "bali-rapelanoro-2021", where: `Table ${tab}, model ${m}, ${r.response}, ${r.h} month${r.h > 1 ? "s" : ""}`, published: r.pct, reproduced: ours(m, respVar[r.response], r.h), unit: "% of FEV", tolerance: 2,
      explanation: `Cholesky VAR(2) on substitute data (Annex III index, BIS REER, EIA Brent, spliced ROSSTAT PPI${m === "C" || m === "D" ? ", exports, trade-balance growth for capital flows" : ""}${m === "B" || m === "D" ? ", Dreger-style index from the EU events for the unavailable K&N index" : ""}); sample ${est.find((e) => e.m === m)!.d.labels[0]}..${est.find((e) => e.m === m)!.d.labels.slice(-1)[0]}.` });
  }
}

// %%
for (const [tab, pair] of [["4", ["A", "B"]], ["7", ["C", "D"]]] as [string, ModelName[]][]) {
  const steps = [1, 5, 10, 15, 20];
  table({
    caption: `Table ${tab}: % of producer-price FEV explained by the index, models ${pair[0]} and ${pair[1]}, steps 1-20 (published / ours)`,
    columns: ["step (months)", `model ${pair[0]}`, `model ${pair[1]}`],
    rows: steps.map((h) => [h, ...pair.map((m) => `${pubRows.find((r) => r.table === tab && r.model === m && r.h === h)!.pct} / ${ours(m, "dln_ipi", h).toFixed(4)}`)]),
  }, { name: `br-table${tab}` });
  for (const m of pair) for (const h of steps) {
    const p = pubRows.find((r) => r.table === tab && r.model === m && r.h === h)!.pct;
    claim({ paper: "bali-rapelanoro-2021", where: `Table ${tab}, model ${m}, step ${h}`, published: p, reproduced: ours(m, "dln_ipi", h), unit: "% of FEV", tolerance: 2, explanation: `Producer-price FEV share of the index shock; substitute data as stated in the notebook header.` });
  }
  const ratioPub = pubRows.find((r) => r.table === tab && r.model === pair[0] && r.h === 20)!.pct / pubRows.find((r) => r.table === tab && r.model === pair[1] && r.h === 20)!.pct;
  const ratioOurs = ours(pair[0], "dln_ipi", 20) / ours(pair[1], "dln_ipi", 20);
  claim({ paper: "bali-rapelanoro-2021", where: `Section 3.${tab === "4" ? "1.5" : "2"}: new index explains several times more of producer prices than the previous one (ratio of Table ${tab} at 20 months, ${pair[0]}/${pair[1]})`, published: ratioPub, reproduced: ratioOurs, unit: "ratio", tolerance: { rel: 0.5 },
    explanation: `Published ratio ${ratioPub.toFixed(2)} (paper: "at least five times"). Ours uses the Dreger-style index built from the same EU events in place of the K&N index; tolerance 50% because the claim is qualitative (several times more).` });
  md(`Model ${pair[0]} vs ${pair[1]} at 20 months: the index explains **${ours(pair[0], "dln_ipi", 20).toFixed(2)}%** vs **${ours(pair[1], "dln_ipi", 20).toFixed(2)}%** of producer-price forecast error variance (ratio ${ratioOurs.toFixed(2)}; published ${ratioPub.toFixed(2)}).`);
}

// %% [markdown]
// ## 5. Reading the results
// The reproduction separates two things the paper runs together. The *mechanics* — AIC lag choice, Cholesky
// responses, FEVD shares — are computed by an engine that matches R vars and statsmodels to 1e-9 (see the
// tests). The *numbers* depend on data we could only approximate: the previous index and capital flows are
// substitutes, and the REER and producer-price series are different vintages or providers. Where a claim
// diverges, the gap measures the combined effect of those substitutions, not an error in the method.
//
// ## References
// - Bali, M. and Rapelanoro, N. (2021), *International Economics* 168, 25-39.
// - Lütkepohl, H. (2005). *New Introduction to Multiple Time Series Analysis*. Springer.
// - Ivanov, V. and Kilian, L. (2005). A practitioner's guide to lag order selection for VAR impulse response analysis. *Studies in Nonlinear Dynamics & Econometrics* 9(1).
