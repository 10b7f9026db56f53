// %% [markdown]
// # 06 · Evidence for the sanctions paradox: Drezner's propositions on the TIES data
//
// Notebook 01 derived the conflict-expectations model. Here we confront its propositions with data. Drezner's
// book tested them on the Hufbauer-Schott-Elliott case list, which has no open copy; we use the Threat and
// Imposition of Economic Sanctions data (TIES v4.1, Morgan, Bapat & Kobayashi 2014: 1,412 cases, 1945-2005),
// which — unlike most sanction data — records threats that never led to sanctions, the selection Drezner's
// argument is about. Conflict expectations are measured by alliance ties (ATOP v5), militarized disputes in the
// previous ten years (COW MID v5) and strategic rivalry (Thompson et al.), all via the peacesciencer data.
// Every coding decision is documented in `src/evidence/ties.ts`; the models are fitted by
// `src/econometrics/discrete.ts` (tested against statsmodels). Standard errors are clustered by target state.

// %%
import { loadConflictData, loadTiesCases, expectedAllyShare } from "./src/evidence/ties";
import { binaryChoice, orderedChoice, predictBinary, averageMarginalEffect } from "./src/econometrics/discrete";
import { solveCoercion } from "./src/models/coercion/game";
import { plot, table, claim, md, PALETTE } from "./src/notebook/index";

const cd = loadConflictData();
const cases = loadTiesCases(cd);
const withOutcome = cases.filter((c) => c.outcome !== null);
md(`${cases.length} TIES cases have a state sender and target; ${withOutcome.length} have a final outcome. Allied dyads: ${cases.filter((c) => c.ally).length}; dyads with a militarized dispute in the previous ten years: ${cases.filter((c) => c.priorMids > 0).length}; strategic rivals: ${cases.filter((c) => c.rivalry).length}.`);
function coefTable(r: ReturnType<typeof binaryChoice>, caption: string, name: string) {
  return table({ caption, columns: ["variable", "coefficient", "std. error (clustered)", "z", "p"], rows: r.names.map((n, i) => [n, r.coef[i], r.stderr[i], r.z[i], r.pvalues[i]]), note: `N = ${r.nobs}; log-likelihood ${r.llf.toFixed(2)}; McFadden pseudo-R² ${r.pseudoR2.toFixed(3)}` }, { name });
}
const verdict = (ok: boolean) => (ok ? "supported" : "not supported");

// %% [markdown]
// ## Proposition 1: senders coerce adversaries more often
// Without the universe of dyads that could have been targeted, we compare the number of TIES cases aimed at
// allies with the number expected if each sender picked a target at random among the states in the system that
// year (COW state system). Fewer cases against allies than expected would support the proposition.

// %%
const ex = expectedAllyShare(cases, cd);
table({ caption: "Cases against allies: observed vs random targeting", columns: ["cases", "against allies (observed)", "expected under random targeting", "ratio"], rows: [[ex.n, ex.observed, ex.expected, ex.observed / ex.expected]] }, { name: "drezner-p1" });
md(`Senders target allies **${(ex.observed / ex.expected).toFixed(2)} times** as often as random targeting would. Random targeting is a weak baseline: sanctions need economic ties, and allies trade more. The raw comparison does not support the proposition; the better test (a dyad-year model of who gets threatened, with trade as a control) needs the full dyad universe.`);
claim({ paper: "drezner-1999", where: "Proposition: senders threaten adversaries more often than allies (TIES cases vs random targeting)", published: "supported", reproduced: verdict(ex.observed < ex.expected), explanation: `Observed ${ex.observed} cases against allies vs ${ex.expected.toFixed(1)} expected under random targeting among COW system members (ratio ${(ex.observed / ex.expected).toFixed(2)}). A crude baseline: trade ties, not measured here, make allies likelier targets.` });

// %% [markdown]
// ## Proposition 2: adversaries concede less
// Logit of a target concession (partial or complete acquiescence, at either stage) on conflict expectations and
// the anticipated cost to the target.

// %%
const rows2 = withOutcome.filter((c) => c.anticipatedTargetCosts !== null);
const X2 = rows2.map((c) => [1, c.ally, c.priorMids > 0 ? 1 : 0, c.rivalry, c.anticipatedTargetCosts! >= 2 ? 1 : 0, c.institution]);
const names2 = ["const", "ally", "MID in previous 10 years", "strategic rivals", "major/severe target costs", "institutional sender"];
const m2 = binaryChoice(rows2.map((c) => c.concession!), X2, { names: names2, clusters: rows2.map((c) => c.target) });
coefTable(m2, "Logit: target concedes (partially or completely)", "drezner-p2-logit");
const ameAlly = averageMarginalEffect(m2, X2, 1, true), ameMid = averageMarginalEffect(m2, X2, 2, true);
md(`Average marginal effects: ally **${(100 * ameAlly).toFixed(1)}** percentage points, recent MID **${(100 * ameMid).toFixed(1)}** points on the probability of a concession.`);
claim({ paper: "drezner-1999", where: "Proposition: adversaries concede less (logit of target concession; recent MID coefficient < 0 at 5%)", published: "supported", reproduced: verdict(m2.coef[2] < 0 && m2.pvalues[2] < 0.05), explanation: `MID-in-previous-10-years coefficient ${m2.coef[2].toFixed(3)} (clustered s.e. ${m2.stderr[2].toFixed(3)}, p = ${m2.pvalues[2].toFixed(3)}); ally ${m2.coef[1].toFixed(3)} (p = ${m2.pvalues[1].toFixed(3)}); N = ${m2.nobs}.` });
claim({ paper: "drezner-1999", where: "Proposition: allies concede more (logit of target concession; ally coefficient > 0 at 5%)", published: "supported", reproduced: verdict(m2.coef[1] > 0 && m2.pvalues[1] < 0.05), explanation: `Ally coefficient ${m2.coef[1].toFixed(3)} (clustered s.e. ${m2.stderr[1].toFixed(3)}, p = ${m2.pvalues[1].toFixed(3)}); AME ${(100 * ameAlly).toFixed(1)} points.` });

// %%
const profiles = [0, 1].flatMap((ally) => [0, 1].map((cost) => ({ ally, cost })));
const mean = (j: number) => X2.reduce((s, x) => s + x[j], 0) / X2.length;
plot({
  data: [0, 1].map((mid, k) => ({
    type: "bar", name: mid ? "dispute in previous 10 years" : "no recent dispute", marker: { color: PALETTE[k] },
    x: profiles.map((p) => `${p.ally ? "ally" : "non-ally"}, ${p.cost ? "high" : "low"} target cost`),
    y: profiles.map((p) => predictBinary(m2, [[1, p.ally, mid, mean(3), p.cost, mean(5)]])[0]),
  })),
  layout: { title: "Predicted probability that the target concedes", yaxis: { title: "probability", range: [0, 1] }, barmode: "group" },
}, { name: "drezner-p2-probabilities" });

// %% [markdown]
// ## Proposition 3: concessions are larger when the target's costs are high relative to the sender's
// Ordered logit of the concession (0 none, 1 partial, 2 complete) on the gap between the anticipated costs to the
// target and to the sender (each coded 1 minor, 2 major, 3 severe) and conflict expectations.

// %%
const rows3 = withOutcome.filter((c) => c.anticipatedTargetCosts !== null && c.anticipatedSenderCosts !== null);
const X3 = rows3.map((c) => [c.anticipatedTargetCosts! - c.anticipatedSenderCosts!, c.ally, c.priorMids > 0 ? 1 : 0]);
const m3 = orderedChoice(rows3.map((c) => c.concessionLevel!), X3, { names: ["target minus sender cost", "ally", "MID in previous 10 years"], clusters: rows3.map((c) => c.target) });
table({ caption: "Ordered logit: size of the target's concession", columns: ["parameter", "estimate", "std. error (clustered)", "z", "p"], rows: m3.names.map((n, i) => [n, m3.coef[i], m3.stderr[i], m3.z[i], m3.pvalues[i]]), note: `N = ${m3.nobs}; log-likelihood ${m3.llf.toFixed(2)}` }, { name: "drezner-p3-ordered" });
claim({ paper: "drezner-1999", where: "Proposition: concessions grow with the target's cost relative to the sender's (ordered logit, cost-gap coefficient > 0 at 5%)", published: "supported", reproduced: verdict(m3.coef[0] > 0 && m3.pvalues[0] < 0.05), explanation: `Cost-gap coefficient ${m3.coef[0].toFixed(3)} (clustered s.e. ${m3.stderr[0].toFixed(3)}, p = ${m3.pvalues[0].toFixed(3)}), N = ${m3.nobs}.` });

// %% [markdown]
// ## Proposition 4: most successful coercion happens at the threat stage
// The model predicts concessions to credible threats on the equilibrium path; imposed sanctions should rarely be
// needed. Among cases that ended in a concession, how many ended before any sanction was imposed?

// %%
const conc = withOutcome.filter((c) => c.concession === 1);
const atThreat = conc.filter((c) => c.threatStage).length;
const share = atThreat / conc.length;
const se = Math.sqrt((share * (1 - share)) / conc.length);
const threatCases = withOutcome.filter((c) => c.threatStage);
const imposedCases = withOutcome.filter((c) => !c.threatStage);
const rateThreat = threatCases.filter((c) => c.concession === 1).length / threatCases.length;
const rateImposed = imposedCases.filter((c) => c.concession === 1).length / imposedCases.length;
table({ caption: "Where concessions happen", columns: ["", "cases", "concessions", "concession rate"], rows: [["ended at the threat stage", threatCases.length, threatCases.filter((c) => c.concession === 1).length, rateThreat], ["ended after imposition", imposedCases.length, imposedCases.filter((c) => c.concession === 1).length, rateImposed]] }, { name: "drezner-p4" });
md(`${atThreat} of ${conc.length} concessions (**${(100 * share).toFixed(1)}%**, s.e. ${(100 * se).toFixed(1)}) came at the threat stage. Concession rates: ${(100 * rateThreat).toFixed(1)}% of cases ending at the threat stage vs ${(100 * rateImposed).toFixed(1)}% after imposition.`);
claim({ paper: "drezner-1999", where: "Proposition: most coercive successes occur at the threat stage (share of concessions reached before imposition > 50%)", published: "supported", reproduced: verdict(share > 0.5), explanation: `${atThreat} of ${conc.length} concessions (${(100 * share).toFixed(1)}%, s.e. ${(100 * se).toFixed(1)} points) came at the threat stage; the concession rate is ${(100 * rateThreat).toFixed(1)}% for threat-stage cases and ${(100 * rateImposed).toFixed(1)}% after imposition.` });
claim({ paper: "drezner-1999", where: "Proposition: threats succeed more often than imposed sanctions (concession rate at the threat stage above the rate after imposition)", published: "supported", reproduced: verdict(rateThreat > rateImposed), explanation: `Concession rate ${(100 * rateThreat).toFixed(1)}% (threat stage, N = ${threatCases.length}) vs ${(100 * rateImposed).toFixed(1)}% (after imposition, N = ${imposedCases.length}).` });

// %% [markdown]
// ## Proposition 5: imposed sanctions are selected on the hard cases
// If targets that expect conflict stand firm, threats against them are the ones that end in imposition. Logit
// of imposition among cases that began with a threat.

// %%
const rows5 = cases.filter((c) => c.threat === 1 && c.anticipatedTargetCosts !== null);
const X5 = rows5.map((c) => [1, c.ally, c.priorMids > 0 ? 1 : 0, c.rivalry, c.anticipatedTargetCosts! >= 2 ? 1 : 0]);
const m5 = binaryChoice(rows5.map((c) => c.imposition), X5, { names: ["const", "ally", "MID in previous 10 years", "strategic rivals", "major/severe target costs"], clusters: rows5.map((c) => c.target) });
coefTable(m5, "Logit: threat followed by imposition", "drezner-p5-logit");
claim({ paper: "drezner-1999", where: "Proposition: threats against adversaries are more likely to end in imposed sanctions (logit of imposition; MID coefficient > 0 at 5%)", published: "supported", reproduced: verdict(m5.coef[2] > 0 && m5.pvalues[2] < 0.05), explanation: `Among ${m5.nobs} threats: MID-in-previous-10-years coefficient ${m5.coef[2].toFixed(3)} (p = ${m5.pvalues[2].toFixed(3)}), ally ${m5.coef[1].toFixed(3)} (p = ${m5.pvalues[1].toFixed(3)}), rivalry ${m5.coef[3].toFixed(3)} (p = ${m5.pvalues[3].toFixed(3)}).` });

// %% [markdown]
// ## The Russia cases in the model's terms
// Russia 2014 (Crimea) and 2022 (the full invasion) sit where the model predicts deadlock: strategic rivals with
// a recent history of militarized disputes (high conflict expectations on both sides, $k$ near 1) and, in 2022,
// a demand — giving up annexed territory — that cannot be split. In the phase diagram of notebook 01 that is
// the upper corner of the indivisible-demand panel, where the senders' threat is credible but any acceptable
// demand is smaller than what they ask, so sanctions are imposed and stay. The TIES data end in 2005, so these
// cases are placed by reasoning, not estimated.

// %%
const ru = [2014, 2022].map((y) => ({ y, s: solveCoercion({ cS: 0.3, cT: 1, kS: 0.9, kT: 0.95, eps: 0.01, demand: y === 2022 ? 0.9 : 0.5 }) }));
table({ caption: "Illustrative placement (c_s/c_t = 0.3, k_S = 0.9, k_T = 0.95): model outcome by demand size", columns: ["case", "demand", "D*", "outcome"], rows: ru.map((r) => [`Russia ${r.y}`, r.s.params.demand, r.s.dStar, r.s.outcome]) }, { name: "drezner-russia" });

// %% [markdown]
// ## What these data can and cannot say
// TIES codes outcomes from the sender's demands, which makes "concession" comparable across cases, but it
// observes only dyads that reached a threat or an imposition; the propositions about *who gets threatened* need
// a model of the full dyad-year universe with trade dependence as a control. The book's own tests used the
// Hufbauer-Schott-Elliott cases, which have no open copy we could use.
//
// ## References
// - Drezner, D. W. (1999). *The Sanctions Paradox*. Cambridge University Press.
// - Morgan, T. C., Bapat, N. and Kobayashi, Y. (2014). Threat and imposition of economic sanctions 1945-2005: updating the TIES dataset. *Conflict Management and Peace Science* 31(5), 541-558.
// - Leeds, B. A. et al. (2002). Alliance Treaty Obligations and Provisions, 1815-1944. *International Interactions* 28, 237-260 (ATOP v5).
// - Palmer, G. et al. (2022). The MID5 dataset, 2011-2014. *Conflict Management and Peace Science* 39(4).
// - Thompson, W. R., Sakuwa, K. and Suhas, P. H. (2022). *Analyzing Strategic Rivalries in World Politics*. Springer.
// - Miller, S. V. (2022). peacesciencer. *Conflict Management and Peace Science* 39(6).
