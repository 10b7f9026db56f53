// %% [markdown]
// # 06 · Evidence for the sanctions paradox: Drezner's propositions on the TIES data
//
// Notebook 01 solved Drezner's conflict-expectations model of coercion. This notebook asks whether
// its propositions hold in data. The book tested them on the Hufbauer-Schott-Elliott case list;
// **no open copy of the Hufbauer-Schott-Elliott data exists here**, so we cannot rerun the book's
// tests. We test the same propositions on the Threat and Imposition of Economic Sanctions data
// (TIES v4.1; Morgan, Bapat and Kobayashi 2014: 1,412 cases, 1945-2005). TIES suits the question
// better than the book's data in one respect: it records threats that never turned into sanctions,
// which is exactly the selection Drezner's argument turns on.
//
// Conflict expectations are measured for the primary sender and the target in the year the case
// began: an ATOP v5 defence or offence alliance; militarized interstate disputes (COW MID v5)
// begun in the previous ten years; a Thompson-Sakuwa-Suhas strategic rivalry. Regime distance
// (absolute Polity difference) exists only for 1970-1999 dyads in the Crisman-Cox and Gibilisco
// file, so we use it in one robustness check. Every coding decision is in `src/evidence/ties.ts`,
// and the estimators are in `src/econometrics/discrete.ts`, which is checked against R (glm,
// MASS::polr, nnet::multinom) and statsmodels. Standard errors are clustered by target state unless
// a table says otherwise.
//
// Each claim names an entry of the inventory (`data/published/drezner-1999/inventory.json`): a
// sentence of the essay, located by paragraph, or a prediction of the model of notebook 01. The
// statement is the paper's; the test is ours, and it is named in the claim's *reading* (for example
// `test: logit, clustered s.e., 5%`), with the numbers in its explanation. Where we estimate several
// specifications (the conflict measure, logit or probit, anticipated or actual costs, with or without
// controls) a finding is recorded under each: it *holds* if it holds under all of them, is *mixed* if
// under some, *fails* if under none. One reading per claim is primary, chosen from the design of
// Drezner's own tests (a single conflict-expectations variable that sets adversaries against allies;
// the costs each side expects; the comparisons the model makes), never from which result fits.
// Statements the data here cannot reach are recorded as not reproducible, with the reason.

// %%
import {
  loadConflictData,
  loadTiesCases,
  randomTargetingBaseline,
  targetChoiceSample,
  tiesDyads,
  OUTCOME_CATEGORIES,
  conflictMeasures,
  conflictIndicator,
  CONFLICT_MEASURES,
  ConflictMeasure,
  isBigAsk,
  BIG_ASK_ISSUES,
  BigAskReading,
  repeatCoercion,
  isMajor,
} from "./src/evidence/ties";
import {
  binaryChoice, orderedChoice, multinomialLogit, conditionalLogit, marginalEffectBinary, predictOrdered,
  predictMultinomial, waldTest, waldTestZero,
} from "./src/econometrics/discrete";
import { holmAdjust } from "./src/econometrics/multiple";
import { normalCdf } from "./src/econometrics/distributions";
import { solveCoercion, phaseGrid } from "./src/models/coercion/index";
import { plot, table, claim, claimReadings, claimsTable, md, PALETTE } from "./src/notebook/index";

const cd = loadConflictData();
const cases = loadTiesCases(cd);
// the dyadic sample: a state primary sender and a state target, so conflict measures exist
const dy = cases.filter((c) => c.ally !== null);
const withOutcome = dy.filter((c) => c.outcome !== null);
const mid10 = (c: any) => (c.priorMids > 0 ? 1 : 0);
const adversary = (c: any) => (c.rivalry === 1 || c.priorMids > 0 ? 1 : 0);
const trade = (c: any) => (c.issue === 13 ? 1 : 0);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const f3 = (x: number) => x.toFixed(3);
const P = "drezner-1999" as const;
const MEASURES: ConflictMeasure[] = ["adversary", "recent-mid", "rivalry"];
/** coefficient j has the given sign and p < 0.05 */
const sig = (m: any, j: number, sign: 1 | -1) => sign * m.coef[j] > 0 && m.pvalues[j] < 0.05;
/** Wald test of coef[i] - coef[j] (or + when plus) from the clustered covariance */
function diffTest(m: any, i: number, j: number, plus = false) {
  const d = plus ? m.coef[i] + m.coef[j] : m.coef[i] - m.coef[j];
  const se = Math.sqrt(m.covariance[i][i] + m.covariance[j][j] + (plus ? 2 : -2) * m.covariance[i][j]);
  return { d, se, p: 2 * (1 - normalCdf(Math.abs(d / se))) };
}
/**
 * A share of ones tested against one half with cluster-robust inference: the intercept-only logit
 * clustered by `clusters` (share = logistic(b), share = 1/2 iff b = 0), so shares are tested with the
 * same clustering as the regressions.
 */
function shareTest(y: number[], clusters: (number | string)[]) {
  const m = binaryChoice(y, y.map(() => [1]), { names: ["const"], clusters });
  const lg = (z: number) => 1 / (1 + Math.exp(-z));
  const b = m.coef[0], se = m.stderr[0];
  return { share: lg(b), b, se, z: b / se, p: m.pvalues[0], lo: lg(b - 1.96 * se), hi: lg(b + 1.96 * se), n: y.length };
}
/** Wald test that the slopes of every equation of a multinomial fit are zero (constants excluded) */
function slopesWald(m: any, perEquation: number) {
  const idx = m.coef.map((_: number, a: number) => a).filter((a: number) => a % perEquation !== 0);
  return waldTestZero(m, idx);
}
/**
 * The notebook's family of primary tests, one per verdict: each is one coefficient or one linear
 * contrast with a stated sign (no rule of the form "either of two coefficients"). Holm's adjustment
 * runs over the whole family at the end of the notebook.
 */
interface FamilyTest {
  claimId: string; label: string; estimate: number; p: number; signOk: boolean;
  /** the test that decides the claim's primary verdict (its Holm reading is recorded on the claim) */
  primary?: boolean;
  /** refit without one cluster (for the fragility of knife-edge passes) and the cluster ids */
  refit?: (drop: string) => { estimate: number; p: number };
  clusters?: string[];
}
const family: FamilyTest[] = [];
const register = (t: FamilyTest) => { family.push(t); return t.signOk && t.p < 0.05; };
const coefTxt = (m: any, j: number) =>
  `${f3(m.coef[j])} (clustered s.e. ${f3(m.stderr[j])}, 95% CI ${f3(m.coef[j] - 1.96 * m.stderr[j])} to ` +
  `${f3(m.coef[j] + 1.96 * m.stderr[j])}, p = ${f3(m.pvalues[j])}, N = ${m.nobs})`;
md(
  `TIES has ${cases.length} cases. ${dy.length} have a state as primary sender and as target (the rest involve the ` +
  `European Community or another institution as sole sender or target); ${withOutcome.length} of these have a final ` +
  `outcome (the others were ongoing or unknown). In the dyadic sample, ${dy.filter((c) => c.ally === 1).length} ` +
  `cases are between allies, ${dy.filter((c) => mid10(c)).length} follow a militarized dispute in the previous ten ` +
  `years and ${dy.filter((c) => c.rivalry === 1).length} are between strategic rivals. ` +
  `${cases.filter((c) => c.codingConflict).length} cases have a final-outcome code whose stage contradicts the ` +
  `imposition flag; they are left out of every stage comparison.`,
);

// %%
/** Regression table: one pair of columns (estimate, clustered s.e.) per model. */
function regTable(models: { label: string; res: any }[], caption: string, name: string, note: string) {
  const vars: string[] = [];
  for (const m of models) for (const v of m.res.names) if (!vars.includes(v)) vars.push(v);
  const rows: (string | number | null)[][] = vars.map((v) => [
    v,
    ...models.flatMap((m) => {
      const i = m.res.names.indexOf(v);
      return i < 0 ? [null, null] : [m.res.coef[i], m.res.stderr[i]];
    }),
  ]);
  rows.push(["N", ...models.flatMap((m) => [m.res.nobs, null])]);
  rows.push(["log-likelihood", ...models.flatMap((m) => [m.res.llf, null])]);
  rows.push(["McFadden pseudo-R²", ...models.flatMap((m) => [m.res.pseudoR2, null])]);
  return table(
    { caption, columns: ["", ...models.flatMap((m) => [`${m.label}`, "s.e."])], rows, digits: 3, note },
    { name },
  );
}
/** Predicted probability of a binary model with a 95% interval from the delta method on x'b. */
function predictCI(res: any, x: number[]): [number, number, number] {
  const xb = x.reduce((s, v, j) => s + v * res.coef[j], 0);
  let v = 0;
  for (let a = 0; a < x.length; a++) for (let b = 0; b < x.length; b++) v += x[a] * res.covariance[a][b] * x[b];
  const F = res.link === "probit" ? normalCdf : (z: number) => 1 / (1 + Math.exp(-z));
  return [F(xb), F(xb - 1.96 * Math.sqrt(v)), F(xb + 1.96 * Math.sqrt(v))];
}
const colMean = (X: number[][], j: number) => X.reduce((s, x) => s + x[j], 0) / X.length;
/** Stacked bars of predicted category probabilities (one bar per profile, one colour per category). */
function stackedShares(categories: readonly string[], profileLabels: string[], probs: number[][], title: string,
  name: string) {
  plot(
    {
      data: categories.map((lab, c) => ({
        type: "bar",
        name: lab,
        x: profileLabels,
        y: probs.map((r) => r[c]),
        marker: { color: PALETTE[c] },
      })),
      layout: {
        title,
        barmode: "stack",
        yaxis: { title: "probability", range: [0, 1] },
        xaxis: { title: "sender-target relationship", tickangle: 0 },
      },
    },
    { name },
  );
}

// %% [markdown]
// ## Proposition 1: senders coerce adversaries more often than allies
// TIES observes only dyads in which something happened, so we compare the targets senders chose with
// a baseline: each sender picking its target at random among the other members of the state system
// that year. Random targeting is a low bar (sanctions follow economic and political contact, so every
// kind of tie will be over-represented); the proposition is about the *relative* pull of adversaries
// and allies. First the raw ratios; then a case-control logit that puts each chosen target next to 20
// states the sender could have chosen that year (drawn at random with a fixed seed) and holds fixed
// whether the potential target is a major power — the great powers are frequent targets and
// prominent among the rivals. Each case with its 20 controls is a matched group, so the primary fit is
// a conditional logit, which conditions each case's own intercept out and compares the chosen target
// only with the states its own sender could have chosen (engine: `conditionalLogit`, checked against
// statsmodels' ConditionalLogit in `test/discrete/conditional.test.ts`); the pooled case-control logit
// of the same rows is a reading. Our test of the essay's statement: adversaries (a rival or a state
// fought in the previous ten years) pull more than allies do, the difference significant at 5% by a
// Wald test with standard errors clustered by primary sender (cases share senders; robust by case is a
// reading). One sender, the United States, brings a large share of the cases, so the sender-clustered
// standard errors rest on one dominant cluster; the verdict is the same under every clustering shown.

// %%
const base = randomTargetingBaseline(cases, cd);
const ratios = {
  ally: base.observed.ally / base.expected.ally,
  rivalry: base.observed.rivalry / base.expected.rivalry,
  mid: base.observed.mid / base.expected.mid,
};
table(
  {
    caption: "Targets chosen vs random targeting among system members (primary-sender dyads)",
    columns: [
      "relationship with the target",
      "cases observed",
      "expected under random targeting",
      "observed / expected",
    ],
    rows: [
      ["allied (ATOP defence or offence)", base.observed.ally, base.expected.ally, ratios.ally],
      ["strategic rivals", base.observed.rivalry, base.expected.rivalry, ratios.rivalry],
      ["MID in previous 10 years", base.observed.mid, base.expected.mid, ratios.mid],
    ],
    digits: 3,
    note: `N = ${base.n} cases; COW state system; ATOP v5, COW MID v5, Thompson-Sakuwa-Suhas rivalries.`,
  },
  { name: "drezner-p1-targeting" },
);
md(
  `Senders pick allies **${ratios.ally.toFixed(1)}×** as often as random targeting would, but rivals ` +
  `**${ratios.rivalry.toFixed(1)}×** and states they fought in the previous decade **${ratios.mid.toFixed(1)}×** ` +
  `as often.`,
);
const tcs = targetChoiceSample(cases, cd, { controls: 20, seed: 20240601 });
const chosen = tcs.map((r) => r.chosen);
const caseIds = tcs.map((r) => r.caseid);
const advTc = (r: (typeof tcs)[number]) => (r.priorMids > 0 || r.rivalry === 1 ? 1 : 0);
const names1a = ["const", "ally", "MID in previous 10 years", "strategic rivals", "target is a major power"];
const X1a = tcs.map((r) => [1, r.ally, r.priorMids > 0 ? 1 : 0, r.rivalry, r.targetMajor]);
const m1a = binaryChoice(chosen, X1a, { names: names1a, clusters: caseIds });
const names1b = ["const", "ally", "adversary (rival or recent MID)", "target is a major power"];
const X1b = tcs.map((r) => [1, r.ally, advTc(r), r.targetMajor]);
const m1b = binaryChoice(chosen, X1b, { names: names1b, clusters: caseIds });
// the matched design fitted as such: conditional logit within each case (1 chosen, 20 controls),
// the case's intercept conditioned out. Cases are nested in their primary sender (the United States
// sends a large share of them), so the primary s.e. are clustered by sender; robust by case is a reading.
const senders = tcs.map((r) => r.sender);
const clNames = names1b.slice(1), clX = X1b.map((x) => x.slice(1));
const m1cl = conditionalLogit(chosen, clX, caseIds, { names: clNames, clusters: senders });
const m1clCase = conditionalLogit(chosen, clX, caseIds, { names: clNames, se: "robust" });
// the parts of the indicator, and a second draw of controls (another seed, 50 per case)
const m1clParts = conditionalLogit(chosen, X1a.map((x) => x.slice(1)), caseIds,
  { names: names1a.slice(1), clusters: senders });
const tcs50 = targetChoiceSample(cases, cd, { controls: 50, seed: 20240602 });
const m1cl50 = conditionalLogit(tcs50.map((r) => r.chosen), tcs50.map((r) => [r.ally, advTc(r), r.targetMajor]),
  tcs50.map((r) => r.caseid), { names: clNames, clusters: tcs50.map((r) => r.sender) });
regTable([{ label: "case-control logit (1)", res: m1a }, { label: "case-control logit (2)", res: m1b }],
  "Whom senders target: chosen target vs 20 random system members per case", "drezner-p1-case-control",
  "Outcome: the state is the case's target. Slopes are consistent under case-control sampling; " +
  "the intercept reflects the 1:20 ratio. Standard errors clustered by case.");
regTable([{ label: "conditional logit", res: m1cl }, { label: "conditional logit, parts", res: m1clParts },
  { label: "50 controls, seed 2", res: m1cl50 }],
  "Whom senders target: conditional logit of the matched design (one group per case)", "drezner-p1-clogit",
  `${m1cl.nGroups} matched groups; the case's own intercept is conditioned out; s.e. clustered by primary ` +
  `sender (${new Set(senders).size} senders). Third column: a second draw of 50 controls per case (seed 20240602).`);
const d1t = diffTest(m1b, 2, 1);
const d1 = d1t.d, d1se = d1t.se, d1p = d1t.p;
const d1cl = diffTest(m1cl, 1, 0), d1clCase = diffTest(m1clCase, 1, 0), d1cl50 = diffTest(m1cl50, 1, 0);
const d1midCl = diffTest(m1clParts, 1, 0), d1rivCl = diffTest(m1clParts, 2, 0);
md(`Holding major-power status fixed, being an adversary multiplies the odds of being chosen by ` +
  `**${Math.exp(m1b.coef[2]).toFixed(2)}** and being an ally by **${Math.exp(m1b.coef[1]).toFixed(2)}** ` +
  `(pooled case-control logit); the difference in log-odds is ${f3(d1)} (s.e. ${f3(d1se)}, p = ${f3(d1p)}). ` +
  `The conditional logit, which compares each chosen target only with the states its own sender could have ` +
  `chosen that year, gives ${f3(d1cl.d)} (s.e. clustered by sender ${f3(d1cl.se)}, p = ${f3(d1cl.p)}; robust by ` +
  `case ${f3(d1clCase.se)}, p = ${f3(d1clCase.p)}); with a second draw of 50 controls per case ${f3(d1cl50.d)} ` +
  `(p = ${f3(d1cl50.p)}). Part of the adversaries' pull comes from the great powers, whose odds of being the ` +
  `target are ${Math.exp(m1b.coef[3]).toFixed(1)} times those of other states. The random-targeting ratios ` +
  `above are descriptive only (no controls, no inference) and grade nothing.`);
const m1c = binaryChoice(chosen, tcs.map((r) => [1, r.ally, advTc(r)]),
  { names: ["const", "ally", "adversary (rival or recent MID)"], clusters: caseIds });
const d1mid = diffTest(m1a, 2, 1), d1riv = diffTest(m1a, 3, 1), d1c = diffTest(m1c, 2, 1);
const CC = "case-control logit, conflict minus ally coefficient, clustered s.e. by case, 5%";
const CL = "conditional logit of the matched design, conflict minus ally, s.e. clustered by sender, 5%";
const SE_ID = "drezner-1999:argument/sender-eager";
const clPass = register({
  claimId: SE_ID,
  label: "P1 targeting: adversary minus ally (conditional logit)",
  primary: true,
  estimate: d1cl.d,
  p: d1cl.p,
  signOk: d1cl.d > 0,
});
const diffTxt = (what: string, t: { d: number; se: number; p: number }) =>
  `${what} ${f3(t.d)} (s.e. ${f3(t.se)}, 95% CI ${f3(t.d - 1.96 * t.se)} to ${f3(t.d + 1.96 * t.se)}, ` +
  `p = ${f3(t.p)})`;
const passDiff = (t: { d: number; p: number }) => t.d > 0 && t.p < 0.05;
claimReadings(
  {
    paper: P,
    item: "argument",
    entry: "sender-eager",
    kind: "finding",
    explanation:
      `Whom senders target: the chosen target against 20 random system members per case ` +
      `(${m1b.nobs} rows, seed 20240601). Primary: the conditional logit, because the sample is a matched ` +
      `case-control design (each case's controls are drawn from its own sender-year), with one adversary ` +
      `indicator against alliance, as the book contrasts adversaries with allies, holding fixed whether ` +
      `the potential target is a major power, and s.e. clustered by primary sender (cases share senders). ` +
      `Readings: s.e. robust by case, the parts of the indicator, a second draw of controls, the pooled logit. ` +
      `The random-targeting ratios (rivals ${ratios.rivalry.toFixed(2)}×, recent opponents ` +
      `${ratios.mid.toFixed(2)}×, allies ${ratios.ally.toFixed(2)}× their expected frequency) are descriptive: ` +
      `no controls and no test, so they are not a reading.`,
  },
  [
    {
      reading: { test: CL, conflict: CONFLICT_MEASURES.adversary, controls: "major-power target" },
      primary: true,
      reproduced: diffTxt("adversary minus ally", d1cl),
      holds: clPass,
    },
    {
      reading: {
        test: CL.replace("clustered by sender", "robust by case"),
        conflict: CONFLICT_MEASURES.adversary,
        controls: "major-power target",
      },
      reproduced: diffTxt("adversary minus ally", d1clCase),
      holds: passDiff(d1clCase),
    },
    {
      reading: { test: CL, conflict: CONFLICT_MEASURES["recent-mid"], controls: "rivalry, major-power target" },
      reproduced: diffTxt("MID minus ally", d1midCl),
      holds: passDiff(d1midCl),
    },
    {
      reading: { test: CL, conflict: CONFLICT_MEASURES.rivalry, controls: "recent MID, major-power target" },
      reproduced: diffTxt("rivalry minus ally", d1rivCl),
      holds: passDiff(d1rivCl),
    },
    {
      reading: {
        test: CL,
        conflict: CONFLICT_MEASURES.adversary,
        controls: "major-power target",
        sample: "50 controls per case, seed 20240602",
      },
      reproduced: diffTxt("adversary minus ally", d1cl50),
      holds: passDiff(d1cl50),
    },
    {
      reading: { test: CC, conflict: CONFLICT_MEASURES.adversary, controls: "major-power target" },
      reproduced: diffTxt("adversary minus ally", d1t),
      holds: passDiff(d1t),
    },
    {
      reading: { test: CC, conflict: CONFLICT_MEASURES.adversary, controls: "none" },
      reproduced: diffTxt("adversary minus ally", d1c),
      holds: passDiff(d1c),
    },
  ],
);

// %% [markdown]
// ## Proposition 2: adversaries concede less
// Logit of a target concession (partial or complete acquiescence, at either stage) on the conflict
// measures, an institutional sender and a trade-practices issue (TIES issue code 13: 681 cases, more
// than half of the dyadic ones against allies, 44% brought by the United States); the second model
// adds whether the target's anticipated costs were major or severe (coded for fewer cases). A Wald
// test with the clustered covariance asks whether the three conflict measures matter jointly (a
// likelihood-ratio test would assume independent cases, which the clustered standard errors do not).
// The low-conflict end of the argument is a contrast too: allies should concede more than
// *adversaries*, not merely more than targets that are neither.

// %%
const names2 = [
  "const",
  "ally",
  "MID in previous 10 years",
  "strategic rivals",
  "institutional sender",
  "trade-practices issue",
];
const x2 = (c: any) => [1, c.ally, mid10(c), c.rivalry, c.institution, trade(c)];
const X2a = withOutcome.map(x2), y2a = withOutcome.map((c) => c.concession!);
const m2a = binaryChoice(y2a, X2a, { names: names2, clusters: withOutcome.map((c) => c.target!) });
const rows2b = withOutcome.filter((c) => c.anticipatedTargetCosts !== null);
const X2b = rows2b.map((c) => [...x2(c), c.anticipatedTargetCosts! >= 2 ? 1 : 0]);
const m2b = binaryChoice(
  rows2b.map((c) => c.concession!),
  X2b,
  { names: [...names2, "major/severe anticipated target costs"], clusters: rows2b.map((c) => c.target!) },
);
const m2p = binaryChoice(y2a, X2a, { names: names2, link: "probit", clusters: withOutcome.map((c) => c.target!) });
regTable(
  [
    { label: "logit (1)", res: m2a },
    { label: "logit (2)", res: m2b },
    { label: "probit (1)", res: m2p },
  ],
  "Target concedes (partially or completely): logit and probit",
  "drezner-p2-concession",
  "Standard errors clustered by target state. TIES v4.1 cases with a final outcome, state sender and target.",
);
const wald2 = waldTestZero(m2a, [1, 2, 3]);
const ame2 = [1, 2, 3].map((j) => marginalEffectBinary(m2a, X2a, j, true));
const pts = (v: number) => (100 * v).toFixed(1);
md(`Average marginal effects (model 1, discrete change, delta-method s.e. from the clustered ` +
  `covariance): ally **${pts(ame2[0].ame)}** points (s.e. ${pts(ame2[0].stderr)}), recent MID ` +
  `**${pts(ame2[1].ame)}** (${pts(ame2[1].stderr)}), rivalry **${pts(ame2[2].ame)}** (${pts(ame2[2].stderr)}). ` +
  `Cluster-robust Wald test that the three conflict measures are jointly zero: ` +
  `χ²(${wald2.df}) = ${wald2.statistic.toFixed(2)}, p = ${wald2.pvalue.toFixed(3)}. ` +
  `Baseline concession rate: ${pct(y2a.reduce((a, b) => a + b, 0) / y2a.length)}.`);
// the same logit with one adversary indicator (the primary reading), as a probit, with anticipated
// costs, without controls
const advOf = (c: any) => conflictIndicator(c, "adversary");
const X2adv = withOutcome.map((c) => [1, c.ally, advOf(c), c.institution, trade(c)]);
const names2adv = ["const", "ally", "adversary (rival or recent MID)", "institutional sender", "trade-practices issue"];
const cl2 = withOutcome.map((c) => c.target!);
const m2adv = binaryChoice(y2a, X2adv, { names: names2adv, clusters: cl2 });
// the same fit with s.e. clustered by primary sender (cases share senders as well as targets)
const m2advS = binaryChoice(y2a, X2adv, { names: names2adv, clusters: withOutcome.map((c) => c.primarySender!) });
const m2advP = binaryChoice(y2a, X2adv, { names: names2adv, link: "probit", clusters: cl2 });
const heavyA = (c: any) => (c.anticipatedTargetCosts! >= 2 ? 1 : 0);
const X2advC = rows2b.map((c) => [1, c.ally, advOf(c), c.institution, trade(c), heavyA(c)]);
const m2advC = binaryChoice(rows2b.map((c) => c.concession!), X2advC,
  { names: [...names2adv, "major/severe anticipated target costs"], clusters: rows2b.map((c) => c.target!) });
const m2adv0 = binaryChoice(y2a, withOutcome.map((c) => [1, advOf(c)]),
  { names: ["const", "adversary (rival or recent MID)"], clusters: cl2 });
const rowsO = withOutcome.filter((c) => c.anticipatedTargetCosts !== null && c.anticipatedSenderCosts !== null);
const XO = rowsO.map((c) => [c.anticipatedTargetCosts! - c.anticipatedSenderCosts!, c.ally!, advOf(c)]);
const m2ord = orderedChoice(
  rowsO.map((c) => c.concessionLevel!),
  XO,
  {
    names: ["target minus sender cost", "ally", "adversary (rival or recent MID)"],
    clusters: rowsO.map((c) => c.target!),
  },
);
// allies against adversaries: the contrast of the argument (ally minus adversary coefficient, Wald)
const allyAdv = diffTest(m2adv, 1, 2), allyAdvOrd = diffTest(m2ord, 1, 2);
const LG = "logit of concession, clustered s.e., 5%";
const TSF_ID = "drezner-1999:argument/target-stands-firm";
const firmPass = register({
  claimId: TSF_ID,
  label: "P2 concession: adversary coefficient",
  primary: true,
  estimate: m2adv.coef[2],
  p: m2adv.pvalues[2],
  signOk: m2adv.coef[2] < 0,
});
const firm = { reading: { test: LG, conflict: CONFLICT_MEASURES.adversary, controls: "ally, institution, trade issue" },
  holds: firmPass };
const allyPass = register({ claimId: TSF_ID, label: "P2 concession: ally minus adversary", estimate: allyAdv.d,
  p: allyAdv.p, signOk: allyAdv.d > 0,
  refit: (drop) => {
    const keep = withOutcome.map((c, i) => i).filter((i) => String(cl2[i]) !== drop);
    const m = binaryChoice(keep.map((i) => y2a[i]), keep.map((i) => X2adv[i]),
      { names: names2adv, clusters: keep.map((i) => cl2[i]) });
    const t = diffTest(m, 1, 2);
    return { estimate: t.d, p: t.p };
  },
  clusters: [...new Set(cl2.map(String))] });
const ALLY = "alliance (ATOP): allies concede more than adversaries (ally minus adversary coefficient)";
const ALLY0 = "alliance (ATOP): allies concede more than targets that are neither allies nor adversaries";
const ctr = "ally, institution, trade issue";
claimReadings(
  {
    paper: P,
    item: "argument",
    entry: "target-stands-firm",
    kind: "finding",
    explanation:
      "Logit of a target concession (partial or complete acquiescence, either stage) on the " +
      "conflict measure. Primary: one adversary indicator with alliance, institutional sender and " +
      "trade-practices issue held fixed; the other readings split the indicator, change the link or the " +
      "controls, use the size of the concession, or test the statement from the low-conflict end: allies " +
      "against adversaries (the contrast of the argument) and, separately, allies against targets that are " +
      `neither. In the ordered logit of the size of the concession (Proposition 3's sample, with the cost gap ` +
    `and the adversary indicator) the ally ` +
      `coefficient itself is ${f3(m2ord.coef[1])} (p = ${f3(m2ord.pvalues[1])}): allies concede less than ` +
      `targets that are neither, not more. Joint cluster-robust Wald test of the three conflict measures: ` +
      `χ²(${wald2.df}) = ${wald2.statistic.toFixed(2)}, p = ${f3(wald2.pvalue)}.`,
  },
  [
    { ...firm, primary: true, reproduced: `adversary ${coefTxt(m2adv, 2)}` },
  { reading: { test: LG.replace("clustered s.e.", "s.e. clustered by " +
    "primary sender"), conflict: CONFLICT_MEASURES.adversary,
    controls: "ally, institution, " +
      "trade issue" }, reproduced: `adversary ${coefTxt(m2advS, 2)}`, holds: sig(m2advS, 2, -1) },
    {
      reading: {
        test: LG,
        conflict: CONFLICT_MEASURES["recent-mid"],
        controls: "ally, rivalry, institution, trade issue",
      },
      reproduced: `recent MID ${coefTxt(m2a, 2)}; AME ${pts(ame2[1].ame)} points`,
      holds: sig(m2a, 2, -1),
    },
    {
      reading: {
        test: LG,
        conflict: CONFLICT_MEASURES.rivalry,
        controls: "ally, recent MID, institution, trade issue",
      },
      reproduced: `rivalry ${coefTxt(m2a, 3)}; AME ${pts(ame2[2].ame)} points`,
      holds: sig(m2a, 3, -1),
    },
    {
      reading: {
        test: "probit of concession, clustered s.e., 5%",
        conflict: CONFLICT_MEASURES.adversary,
        controls: ctr,
      },
      reproduced: `adversary ${coefTxt(m2advP, 2)}`,
      holds: sig(m2advP, 2, -1),
    },
    {
      reading: { test: LG, conflict: CONFLICT_MEASURES.adversary, controls: `${ctr}, anticipated target costs` },
      reproduced: `adversary ${coefTxt(m2advC, 2)}`,
      holds: sig(m2advC, 2, -1),
    },
    {
      reading: { test: LG, conflict: CONFLICT_MEASURES.adversary, controls: "none" },
      reproduced: `adversary ${coefTxt(m2adv0, 1)}`,
      holds: sig(m2adv0, 1, -1),
    },
    {
      reading: {
        test: "ordered logit of the size of the concession, clustered s.e., 5%",
        conflict: CONFLICT_MEASURES.adversary,
        controls: "ally, anticipated cost gap",
      },
      reproduced: `adversary ${coefTxt(m2ord, 2)}`,
      holds: sig(m2ord, 2, -1),
    },
    {
      reading: {
        test: "cluster-robust Wald test of ally minus adversary in the concession logit, 5%",
        conflict: ALLY,
        controls: ctr,
      },
      reproduced: diffTxt("ally minus adversary", allyAdv),
      holds: allyPass,
    },
    {
      reading: {
        test: "cluster-robust Wald test of ally minus adversary in the ordered logit, 5%",
        conflict: ALLY,
        controls: "anticipated cost gap",
      },
      reproduced: diffTxt("ally minus adversary", allyAdvOrd),
      holds: allyAdvOrd.d > 0 && allyAdvOrd.p < 0.05,
    },
    {
      reading: { test: LG, conflict: ALLY0, controls: "recent MID, rivalry, institution, trade issue" },
      reproduced: `ally ${coefTxt(m2a, 1)}; AME ${pts(ame2[0].ame)} points`,
      holds: sig(m2a, 1, 1),
    },
    {
      reading: {
        test: "ordered logit of the size of the concession, clustered s.e., 5%",
        conflict: ALLY0,
        controls: "adversary, anticipated cost gap",
      },
      reproduced: `ally ${coefTxt(m2ord, 1)}`,
      holds: sig(m2ord, 1, 1),
    },
  ],
);
md(`One adversary indicator: ${f3(m2adv.coef[2])} (p = ${f3(m2adv.pvalues[2])}); allies against targets ` +
  `that are neither: ${f3(m2adv.coef[1])} (p = ${f3(m2adv.pvalues[1])}); allies against adversaries: ` +
  `${f3(allyAdv.d)} (s.e. ${f3(allyAdv.se)}, p = ${f3(allyAdv.p)}).`);

// %%
const profiles = [
  { label: "allies", ally: 1, mid: 0, riv: 0 },
  { label: "neither", ally: 0, mid: 0, riv: 0 },
  { label: "recent MID", ally: 0, mid: 1, riv: 0 },
  { label: "rivals with<br>recent MID", ally: 0, mid: 1, riv: 1 },
];
const instMean = colMean(X2b, 4), tradeMean = colMean(X2b, 5);
plot(
  {
    data: [0, 1].map((cost) => {
      const pr = profiles.map((p) => predictCI(m2b, [1, p.ally, p.mid, p.riv, instMean, tradeMean, cost]));
      return {
        type: "scatter",
        mode: "markers",
        name: cost ? "major/severe anticipated target costs" : "minor anticipated target costs",
        marker: { color: PALETTE[cost], size: 10 },
        x: profiles.map((_, i) => i + (cost ? 0.08 : -0.08)),
        y: pr.map((r) => r[0]),
        error_y: {
          type: "data",
          symmetric: false,
          array: pr.map((r) => r[2] - r[0]),
          arrayminus: pr.map((r) => r[0] - r[1]),
        },
      };
    }),
    layout: {
      title: "Predicted probability that the target concedes (logit 2, 95% intervals)",
      yaxis: { title: "probability", range: [0, 1] },
      xaxis: {
        title: "sender-target relationship",
        zeroline: false,
        tickvals: profiles.map((_, i) => i),
        ticktext: profiles.map((p) => p.label),
      },
      legend: { orientation: "h", x: 0, y: -0.25 },
      margin: { b: 120 },
    },
  },
  { name: "drezner-p2-probabilities" },
);

// %% [markdown]
// ## Proposition 3: concessions are larger when the target's costs are high relative to the sender's
// In the model the largest demand the target accepts, $D^* = (c_t - k_T c_s)/(1 + k_T)$, grows with
// the target's cost and falls with the sender's. Ordered logit of the concession (0 none, 1 partial,
// 2 complete) on the gap between the anticipated costs to the target and to the sender (each 1 minor,
// 2 major, 3 severe) and the conflict measures; the second model uses the costs actually incurred,
// the third is an ordered probit.

// %%
const rows3 = withOutcome.filter((c) => c.anticipatedTargetCosts !== null && c.anticipatedSenderCosts !== null);
const names3 = ["target minus sender cost", "ally", "MID in previous 10 years", "strategic rivals"];
const X3 = rows3.map((c) => [c.anticipatedTargetCosts! - c.anticipatedSenderCosts!, c.ally!, mid10(c), c.rivalry!]);
const m3 = orderedChoice(
  rows3.map((c) => c.concessionLevel!),
  X3,
  { names: names3, clusters: rows3.map((c) => c.target!) },
);
const m3p = orderedChoice(
  rows3.map((c) => c.concessionLevel!),
  X3,
  { names: names3, link: "probit", clusters: rows3.map((c) => c.target!) },
);
const rows3a = withOutcome.filter((c) => c.targetCosts !== null && c.senderCosts !== null);
const m3a = orderedChoice(
  rows3a.map((c) => c.concessionLevel!),
  rows3a.map((c) => [c.targetCosts! - c.senderCosts!, c.ally!, mid10(c), c.rivalry!]),
  { names: names3, clusters: rows3a.map((c) => c.target!) },
);
regTable(
  [
    { label: "ordered logit, anticipated", res: m3 },
    { label: "ordered logit, actual", res: m3a },
    { label: "ordered probit, anticipated", res: m3p },
  ],
  "Size of the target's concession (0 none, 1 partial, 2 complete)",
  "drezner-p3-ordered",
  "Cost gap: target minus sender cost category (1 minor, 2 major, 3 severe). Cutpoints cut1|2 and cut2|3. Standard " +
  "errors clustered by target state.",
);
const OL = "ordered logit of the concession (0 none, 1 partial, 2 complete), clustered s.e., 5%";
// the gap forces equal and opposite effects; the model has dD*/dc_t = 1/(1+k) > 0 > dD*/dc_s = -k/(1+k), with
// |dD*/dc_t| > |dD*/dc_s|: the costs entered separately test all three
const m3s = orderedChoice(
  rows3.map((c) => c.concessionLevel!),
  rows3.map((c) => [c.anticipatedTargetCosts!, c.anticipatedSenderCosts!, c.ally!, mid10(c), c.rivalry!]),
  { names: ["target cost", "sender cost", "ally", "MID in previous 10 years", "strategic rivals"],
    clusters: rows3.map((c) => c.target!) },
);
const m3sSum = diffTest(m3s, 0, 1, true);
const scPass = register({
  claimId: "drezner-1999:model/statics-costs@ties",
  primary: true,
  label: "P3 concession size: cost gap (ordered logit)",
  estimate: m3.coef[0],
  p: m3.pvalues[0],
  signOk: m3.coef[0] > 0,
});
claimReadings(
  {
    paper: P,
    item: "model",
    entry: "statics-costs",
    id: "drezner-1999:model/statics-costs@ties",
    kind: "finding",
    explanation: `The model's D* grows with the target's cost and falls with the sender's; in TIES the costs are ` +
      `coded in three categories, so we test the gap target minus sender. Primary: anticipated costs (the model's ` +
      `c_t and c_s are the costs each side expects from deadlock when it decides) and the ordered logit (the ` +
      `prediction is about the size of the concession). Counts by anticipated gap: ` +
      `${[-2, -1, 0, 1, 2].map((g) => `${g}: ${X3.filter((x) => x[0] === g).length}`).join(", ")}.`,
  },
  [
    {
      reading: { test: OL, costs: "anticipated" },
      primary: true,
      reproduced: `cost gap ${coefTxt(m3, 0)}`,
      holds: scPass,
    },
    { reading: { test: OL, costs: "actual (imposed cases only: conditions on imposition)" },
      reproduced: `cost gap ${coefTxt(m3a, 0)}`, holds: sig(m3a, 0, 1) },
    {
      reading: { test: `${OL}; target cost > 0 and sender cost < 0, each at 5%`, costs: "anticipated, entered " +
        "separately" },
      reproduced: `target cost ${coefTxt(m3s, 0)}; sender cost ${coefTxt(m3s, 1)}; target plus sender ` +
        `${diffTxt("", m3sSum).trim()}; > 0 means |target| > |sender| as in the model`,
      holds: sig(m3s, 0, 1) && sig(m3s, 1, -1),
    },
    {
      reading: { test: "ordered probit of the concession, clustered s.e., 5%", costs: "anticipated" },
      reproduced: `cost gap ${coefTxt(m3p, 0)}`,
      holds: sig(m3p, 0, 1),
    },
  ],
);
md(`Allies in this ordered logit (cost gap, with recent MID and rivalry entered separately): ${coefTxt(m3, 1)}; ` +
  `with the anticipated cost gap held fixed, allies ` +
  `concede *less* than targets that are neither allies nor rivals nor recent opponents, against the ` +
  `low-conflict half of the argument (see the allies readings of Proposition 2).`);

// %%
const gaps = [-2, -1, 0, 1, 2];
const means3 = [1, 2, 3].map((j) => colMean(X3, j));
const P3 = predictOrdered(m3, gaps.map((g) => [g, ...means3]));
plot(
  {
    data: ["no concession", "partial", "complete"].map((lab, c) => ({
      type: "scatter",
      mode: "lines+markers",
      name: lab,
      x: gaps,
      y: P3.map((p) => p[c]),
      line: { color: PALETTE[c] },
    })),
    layout: {
      title: "Ordered logit: predicted concession by anticipated cost gap",
      xaxis: { title: "target minus sender anticipated cost (categories)", dtick: 1, zeroline: false },
      yaxis: { title: "probability", range: [0, 1] },
    },
  },
  { name: "drezner-p3-probabilities" },
);
md(
  `Counts by anticipated cost gap: ${gaps.map((g) => `${g}: ${X3.filter((x) => x[0] === g).length}`).join(", ")} — ` +
  `most cases sit at a gap of 0 or 1, so the ends of the curves are extrapolations.`,
);

// %% [markdown]
// ## Proposition 4: most coercion succeeds at the threat stage
// With divisible demands the model has the sender ask for $D^*$ and the target give in at once:
// successful coercion should show up as conceded threats, not as sanctions that work (Drezner's
// 2003 "hidden hand"). Among concessions whose stage is coded consistently, how many came before any
// sanction was imposed? And how do the threat-stage and post-imposition concession rates compare?

// %%
const staged = withOutcome.filter((c) => c.stage !== null);
const conc = staged.filter((c) => c.concession === 1);
const atThreat = conc.filter((c) => c.stage === "threat").length;
// share at the threat stage with s.e. clustered by target (intercept-only logit)
const sh4 = shareTest(conc.map((c) => (c.stage === "threat" ? 1 : 0)), conc.map((c) => c.target!));
const share4 = sh4.share;
const threatEnd = staged.filter((c) => c.stage === "threat"),
  imposedEnd = staged.filter((c) => c.stage === "imposition");
const rate = (a: any[]) => a.filter((c) => c.concession === 1).length / a.length;
const threatened = staged.filter((c) => c.threat === 1);
// the weaker form: are threat-stage endings more often concessions than post-imposition ones?
const m4rate = binaryChoice(staged.map((c) => c.concession!), staged.map((c) => [1, c.stage === "threat" ? 1 : 0]),
  { names: ["const", "ended at the threat stage"], clusters: staged.map((c) => c.target!) });
table(
  {
    caption: "Where concessions happen (cases with a consistent stage code)",
    columns: ["case ended", "cases", "target concessions", "concession rate", ...OUTCOME_CATEGORIES.slice(1)],
    rows: [
      [
        "at the threat stage",
        threatEnd.length,
        threatEnd.filter((c) => c.concession === 1).length,
        rate(threatEnd),
        ...OUTCOME_CATEGORIES.slice(1).map((k) => threatEnd.filter((c) => c.category === k).length),
      ],
      [
        "after imposition",
        imposedEnd.length,
        imposedEnd.filter((c) => c.concession === 1).length,
        rate(imposedEnd),
        ...OUTCOME_CATEGORIES.slice(1).map((k) => imposedEnd.filter((c) => c.category === k).length),
      ],
    ],
    digits: 3,
    note: "Threat-stage cases include threats that ended in sender capitulation, stalemate or settlement; " +
      "post-imposition cases include impositions without a prior threat.",
  },
  { name: "drezner-p4-stage" },
);
md(
  `${atThreat} of ${conc.length} concessions (**${pct(share4)}**, 95% interval ${pct(sh4.lo)}-${pct(sh4.hi)}, ` +
  `clustered by target) came before ` +
  `any sanction was imposed. Among threatened cases, ` +
  `${pct(threatened.filter((c) => c.threatStageAcquiescence === 1).length / threatened.length)} ended with the ` +
  `target acquiescing to the threat.`,
);
// the 95% interval above one half is the two-sided test of share = 1/2 with the sign required
const p4Pass = register({ claimId: "drezner-1999:model/no-sanctions-on-path@ties", primary: true,
  label: "P4 share of concessions at the threat stage above one half", estimate: share4,
  p: sh4.p, signOk: sh4.b > 0 });
claimReadings(
  {
    paper: P,
    item: "model",
    entry: "no-sanctions-on-path",
    id: "drezner-1999:model/no-sanctions-on-path@ties",
    kind: "finding",
    explanation: `With divisible demands the model's successful coercion ends at the threat stage. ${atThreat} of ` +
      `${conc.length} concessions (${pct(share4)}, 95% interval ` +
      `${pct(sh4.lo)}-${pct(sh4.hi)}, s.e. clustered by target) came before any imposition; concession rate ` +
      `${pct(rate(threatEnd))} of ${threatEnd.length} threat-stage endings vs ${pct(rate(imposedEnd))} of ` +
      `${imposedEnd.length} post-imposition endings. Primary: where the concessions happen, the model's own ` +
      `statement; the comparison of rates is the weaker form.`,
  },
  [
    {
      reading: { test: "share of concessions reached before imposition, 95% interval above one half" },
      primary: true,
      reproduced: `${pct(share4)} of ${conc.length} concessions at the threat stage`,
      holds: p4Pass,
    },
    {
      reading: { test: "logit of concession on ending at the threat stage (vs after imposition), clustered s.e., 5%" },
      reproduced: `${pct(rate(threatEnd))} vs ${pct(rate(imposedEnd))}; logit ${coefTxt(m4rate, 1)}`,
      holds: sig(m4rate, 1, 1),
    },
  ],
);

// %% [markdown]
// ## Proposition 5: imposed sanctions are selected on the hard cases
// If targets that expect conflict stand firm, the threats against them are the ones that end in
// imposition, and imposed sanctions fail more often against them. The direct test of the first half
// is a logit of imposition among threatened cases on the conflict measures; the second half compares
// post-imposition concession rates of adversaries and other targets. A multinomial logit of how a
// threat ends (the target acquiesces, the threat ends otherwise — sender backs down, stalemate or
// settlement — or sanctions are imposed) is shown as a description only: its imposition-versus-
// acquiescence coefficient mixes the selection with Proposition 2 (adversaries acquiesce less at the
// threat stage), and it rises about as much for the other threat-stage endings, so it shows no
// selection into imposition.

// %%
// threatened cases, without the cases whose outcome code contradicts the imposition flag (as in every stage comparison)
const thr = dy.filter((c) => c.threat === 1 && !c.codingConflict);
const clThr = thr.map((c) => c.target!);
const names5 = names2; // the concession logit's regressors, for imposition among threats
const X5 = thr.map(x2);
const yThr = thr.map((c) => c.imposition);
const m5 = binaryChoice(yThr, X5, { names: names5, clusters: clThr });
const thr5b = thr.filter((c) => c.anticipatedTargetCosts !== null);
const m5b = binaryChoice(thr5b.map((c) => c.imposition), thr5b.map((c) => [...x2(c), heavyA(c)]),
  { names: [...names5, "major/severe anticipated target costs"], clusters: thr5b.map((c) => c.target!) });
const thrM = dy.filter((c) => c.threat === 1 && c.stage !== null);
const yM = thrM.map((c) => (c.stage === "imposition" ? 2 : c.threatStageAcquiescence === 1 ? 0 : 1));
const namesM = ["const", "ally", "MID in previous 10 years", "strategic rivals", "trade-practices issue"];
const XM = thrM.map((c) => [1, c.ally!, mid10(c), c.rivalry!, trade(c)]);
const mM = multinomialLogit(yM, XM, { names: namesM, clusters: thrM.map((c) => c.target!) });
const waldM = slopesWald(mM, namesM.length);
regTable([{ label: "logit: imposed (1)", res: m5 }, { label: "logit: imposed (2)", res: m5b }],
  "Threat followed by imposition: logit among threatened cases", "drezner-p5-imposition",
  "Standard errors clustered by target state.");
table({
  caption: "Multinomial logit of how a threat ends (base: target acquiesces at the threat stage)",
  columns: ["regressor", "other threat-stage ending", "s.e.", "sanctions imposed", "s.e."],
  rows: namesM.map((v, j) => [v, mM.coef[j], mM.stderr[j], mM.coef[5 + j], mM.stderr[5 + j]]),
  digits: 3,
  note: `N = ${mM.nobs} threatened cases with a consistent stage code; clustered s.e.; cluster-robust ` +
    `Wald test of all slopes: χ²(${waldM.df}) = ${waldM.statistic.toFixed(2)}, p = ${waldM.pvalue.toFixed(3)}.`,
}, { name: "drezner-p5-multinomial" });
const m5adv = binaryChoice(yThr, thr.map((c) => [1, c.ally, advOf(c), c.institution, trade(c)]),
  { names: names2adv, clusters: clThr });
const m5big = binaryChoice(yThr, thr.map((c) => [...x2(c), isBigAsk(c, "regime-or-territory")]),
  { names: [...names5, "regime or territorial demand"], clusters: clThr });
// selection by skipping the threat: senders who expect deadlock may impose without threatening first, which the
// among-threats test cannot see. Logit over all dyadic cases with a consistent code of "imposed with no prior threat"
const dyC = dy.filter((c) => !c.codingConflict);
const m5skip = binaryChoice(
  dyC.map((c) => (c.imposition === 1 && c.threat === 0 ? 1 : 0)),
  dyC.map((c) => [1, c.ally, advOf(c), c.institution, trade(c)]),
  { names: names2adv, clusters: dyC.map((c) => c.target!) },
);
// after imposition: do adversaries concede less often than other targets? (logit, clustered by target)
const impAdv = imposedEnd.filter((c) => adversary(c)), impOther = imposedEnd.filter((c) => !adversary(c));
const mImp = binaryChoice(imposedEnd.map((c) => c.concession!), imposedEnd.map((c) => [1, adversary(c)]),
  { names: ["const", "adversary (rival or recent MID)"], clusters: imposedEnd.map((c) => c.target!) });
// the multinomial's two adversary contrasts against acquiescence, and their difference
const XMadv = thrM.map((c) => [1, c.ally!, advOf(c), trade(c)]);
const mMadv = multinomialLogit(yM, XMadv, {
  names: ["const", "ally", "adversary (rival or recent MID)", "trade-practices issue"],
  clusters: thrM.map((c) => c.target!),
});
const kM = 4; // regressors per equation of mMadv; equation 1 (other endings) at 0-3, equation 2 (imposition) at 4-7
const mlOther = { coef: mMadv.coef[2], p: mMadv.pvalues[2] },
  mlImp = { coef: mMadv.coef[kM + 2], p: mMadv.pvalues[kM + 2] };
const mlDiff = diffTest(mMadv, kM + 2, 2);
md(`Among threatened cases, imposition on one adversary indicator: ${coefTxt(m5adv, 2)}; recent MID ` +
  `${f3(m5.coef[2])} (p = ${f3(m5.pvalues[2])}), rivalry ${f3(m5.coef[3])} (p = ${f3(m5.pvalues[3])}): ` +
  `threats against adversaries are not more often carried out. In the multinomial logit the adversary ` +
  `coefficient is ${f3(mlImp.coef)} (p = ${f3(mlImp.p)}) for imposition and ${f3(mlOther.coef)} ` +
  `(p = ${f3(mlOther.p)}) for the other threat-stage endings, both against acquiescence; imposition ` +
  `minus other endings ${f3(mlDiff.d)} (s.e. ${f3(mlDiff.se)}, p = ${f3(mlDiff.p)}). After imposition, ` +
  `adversaries conceded in ${pct(rate(impAdv))} of ${impAdv.length} cases, other targets in ` +
  `${pct(rate(impOther))} of ${impOther.length} (logit ${coefTxt(mImp, 1)}).`);
const IL = "logit of imposition among threats, clustered s.e., 5%";
const ID_ID = "drezner-1999:model/indivisible-deadlock@ties";
const impPass = register({ claimId: ID_ID, primary: true, label: "P5 imposition among threats: adversary",
  estimate: m5adv.coef[2], p: m5adv.pvalues[2], signOk: m5adv.coef[2] > 0 });
claimReadings(
  {
    paper: P,
    item: "model",
    entry: "indivisible-deadlock",
    id: ID_ID,
    kind: "finding",
    explanation:
      "In the model, sanctions are imposed and kept only when the threat is credible and the " +
      "demand exceeds what the target will concede, which high conflict expectations make likely. TIES " +
      "does not code whether a demand is divisible, so the conflict readings test the selection on " +
      "conflict expectations and one reading uses regime or territorial demands as the indivisible ones. " +
      `Primary: the direct test, imposition among the ${m5adv.nobs} threats by the adversary indicator. Why ` +
      "conflict rather than the demand: in the model deadlock needs a demand above D*, and D* is set by the " +
      "conflict expectations, which the ATOP, MID and rivalry codes measure; TIES has no code for whether a " +
      "demand is divisible, and its issue codes are a coarse proxy (regime change and territory can be asked " +
      "for in part), so the regime-or-territorial reading is kept beside it rather than put in its place. " +
      "Whether imposed sanctions fail more often against adversaries is described, not graded: they concede " +
      `at ${pct(rate(impAdv))} against ${pct(rate(impOther))} (logit ${coefTxt(mImp, 1)}), no detectable ` +
      `difference, which ` +
      "carries no verdict in either direction. The multinomial logit is not used as a test (see the text).",
  },
  [
    {
      reading: { test: IL, conflict: CONFLICT_MEASURES.adversary },
      primary: true,
      reproduced: `adversary ${coefTxt(m5adv, 2)}`,
      holds: impPass,
    },
    {
      reading: { test: IL, conflict: CONFLICT_MEASURES["recent-mid"] },
      reproduced: `recent MID ${coefTxt(m5, 2)}`,
      holds: sig(m5, 2, 1),
    },
    {
      reading: { test: IL, conflict: CONFLICT_MEASURES.rivalry },
      reproduced: `rivalry ${coefTxt(m5, 3)}`,
      holds: sig(m5, 3, 1),
    },
    {
      reading: {
        test: "logit of imposition without a prior threat, all dyadic cases, clustered s.e., 5%",
        conflict: CONFLICT_MEASURES.adversary,
      },
      reproduced: `adversary ${coefTxt(m5skip, 2)}`,
      holds: sig(m5skip, 2, 1),
    },
    {
      reading: { test: IL, demand: "regime or territorial (TIES issue 3 or 5) as indivisible" },
      reproduced: `regime/territorial demand ${coefTxt(m5big, names5.length)}`,
      holds: sig(m5big, names5.length, 1),
    },
  ],
);

// %%
const pm = predictMultinomial(mM, profiles.map((p) => [1, p.ally, p.mid, p.riv, colMean(XM, 4)]));
stackedShares(["target acquiesces to the threat", "threat ends otherwise", "sanctions imposed"],
  profiles.map((p) => p.label), pm, "How a threat ends, by relationship (multinomial logit)",
  "drezner-p5-probabilities");

// %% [markdown]
// ## Final outcomes by conflict expectations
// TIES codes four ways a case ends, at either stage: the target acquiesces, the sender backs down,
// stalemate, or a negotiated settlement. A multinomial logit (base: the target acquiesces) shows which
// of them conflict expectations shift.

// %%
const yF = withOutcome.map((c) => OUTCOME_CATEGORIES.indexOf(c.category!));
const namesF = names2;
const mF = multinomialLogit(yF, X2a, { names: namesF, clusters: withOutcome.map((c) => c.target!) });
const waldF = slopesWald(mF, namesF.length);
table(
  {
    caption: "Multinomial logit of the final outcome (base: target acquiesces)",
    columns: ["regressor", ...OUTCOME_CATEGORIES.slice(1).flatMap((k) => [k, "s.e."])],
    rows: namesF.map((v, j) => [
      v,
      ...[0, 1, 2].flatMap((b) => [mF.coef[b * namesF.length + j], mF.stderr[b * namesF.length + j]]),
    ]),
    digits: 3,
    note:
      `N = ${mF.nobs}; s.e. clustered by target state; cluster-robust Wald test of all slopes: ` +
      `χ²(${waldF.df}) = ${waldF.statistic.toFixed(2)}, p = ${waldF.pvalue.toFixed(4)}.`,
  },
  { name: "drezner-final-outcomes" },
);
const pF = predictMultinomial(mF, profiles.map((p) => [1, p.ally, p.mid, p.riv, colMean(X2a, 4), colMean(X2a, 5)]));
stackedShares(OUTCOME_CATEGORIES, profiles.map((p) => p.label), pF, "Final outcome by relationship (multinomial logit)",
  "drezner-final-outcomes");
const dF = (c: number) =>
  `${pF[3][c] >= pF[1][c] ? "+" : "−"}${(100 * Math.abs(pF[3][c] - pF[1][c])).toFixed(1)} points`;
md(
  `Predicted outcome shares for rivals with a recent MID: the target acquiesces ${pct(pF[3][0])}, the sender backs ` +
  `down ${pct(pF[3][1])}, stalemate ${pct(pF[3][2])}, settlement ${pct(pF[3][3])}; for allies ${pct(pF[0][0])}, ` +
  `${pct(pF[0][1])}, ${pct(pF[0][2])} and ${pct(pF[0][3])}. Compared with targets that are neither allies nor ` +
  `adversaries, the rival profile changes acquiescence by ${dF(0)}, sender retreat by ${dF(1)}, stalemate by ` +
  `${dF(2)} and settlement by ${dF(3)}: against adversaries, cases that would have ended in a concession end in ` +
  `bargained settlements or in the sender backing down rather than in stalemate.`,
);

// %% [markdown]
// ## Further statements in the essay
// The 2025 essay adds claims beyond the five propositions: the sender is most eager exactly where
// concessions are least likely (the paradox itself); the biggest asks — territory, the target's own
// regime — are resisted even by weak targets; institutionalized multilateral cooperation helps, while
// targets read ad hoc coalitions as fragile; and economic pain alone does not move adversaries. For
// the issue codes we use TIES `issue1` = 3 (destabilize the regime) and 5 (territorial dispute), as
// we read the v4 codebook.

// %%
const big = (c: any) => (c.issue === 3 || c.issue === 5 ? 1 : 0);
const mBig = binaryChoice(y2a, withOutcome.map((c) => [...x2(c), big(c)]),
  { names: [...names2, "regime or territorial demand"], clusters: cl2 });
const jBig = names2.length;
// economic pain: actual costs are coded only for cases that reached imposition, so this sample is
// conditional on imposition; anticipated costs are coded for threats too
const rowsPain = withOutcome.filter((c) => c.targetCosts !== null);
const pain = (c: any) => (c.targetCosts! >= 2 ? 1 : 0);
const namesPain = [
  "const",
  "major/severe actual target costs",
  "adversary (rival or recent MID)",
  "costs × adversary",
  "ally",
];
const painX = (c: any, heavy: number) => [1, heavy, adversary(c), heavy * adversary(c), c.ally!];
const fitPain = (rs: typeof rowsPain) => binaryChoice(rs.map((c) => c.concession!), rs.map((c) => painX(c, pain(c))),
  { names: namesPain, clusters: rs.map((c) => c.target!) });
const mPain = fitPain(rowsPain);
const painImposed = rowsPain.filter((c) => c.imposition === 1).length;
const advPain = rowsPain.filter((c) => adversary(c) && pain(c)),
  advMinor = rowsPain.filter((c) => adversary(c) && !pain(c));
// ad hoc coalitions (two or more state senders, no institution) vs institutional senders, all cases with an outcome
const allOut = cases.filter((c) => c.outcome !== null);
const adhoc = (c: any) => (c.senders.length >= 2 && c.institution === 0 ? 1 : 0);
const fitCo = (rs: typeof allOut) =>
  binaryChoice(
    rs.map((c) => c.concession!),
    rs.map((c) => [1, c.institution, adhoc(c), trade(c)]),
    {
      names: ["const", "institutional sender", "ad hoc coalition", "trade-practices issue"],
      clusters: rs.map((c) => String(c.rawTarget)),
    },
  );
const mCo = fitCo(allOut);
const coT = diffTest(mCo, 1, 2);
const coDiff = coT.d, coSe = coT.se;
const painAdv = diffTest(mPain, 1, 3, true);
const painAdvEffect = painAdv.d, painAdvSe = painAdv.se;
// the difference the statement needs: does pain move adversaries less than others? (interaction, Wald)
const painInt = waldTestZero(mPain, [3]);
table(
  {
    caption: "Further statements: regime or territorial demands, institutions, economic pain against adversaries",
    columns: ["statement", "estimate", "clustered s.e.", "p", "N"],
    rows: [
      [
        "regime/territorial demand (logit of concession)",
        mBig.coef[jBig],
        mBig.stderr[jBig],
        mBig.pvalues[jBig],
        mBig.nobs,
      ],
      ["institutional sender (logit of concession)", m2a.coef[4], m2a.stderr[4], m2a.pvalues[4], m2a.nobs],
      [
        "major/severe actual target costs, adversaries (logit of concession)",
        painAdvEffect,
        painAdvSe,
        painAdv.p,
        mPain.nobs,
      ],
      ["major/severe actual target costs, others", mPain.coef[1], mPain.stderr[1], mPain.pvalues[1], mPain.nobs],
      [
        "costs × adversary: adversaries minus others (cluster-robust Wald)",
        mPain.coef[3],
        mPain.stderr[3],
        painInt.pvalue,
        mPain.nobs,
      ],
      ["institutional sender minus ad hoc coalition (all cases)", coDiff, coSe, coT.p, mCo.nobs],
    ],
    digits: 3,
    note:
      "Log-odds coefficients; the adversary effect of costs is the sum of the main effect and the " +
      `interaction. TIES codes actual costs only once sanctions are imposed, so every one of the ${mPain.nobs} rows ` +
      `is an imposed case (${painImposed} imposed) and the cost rows condition on imposition.`,
  },
  { name: "drezner-essay-statements" },
);
// the readings by conflict measure of the two halves of the argument
const targetBy: Record<ConflictMeasure, { d: number; p: number }> = {
  adversary: d1cl,
  "recent-mid": d1midCl,
  rivalry: d1rivCl,
};
const firmBy: Record<ConflictMeasure, { m: any; j: number }> = {
  adversary: { m: m2adv, j: 2 }, "recent-mid": { m: m2a, j: 2 }, rivalry: { m: m2a, j: 3 } };
const imposeBy: Record<ConflictMeasure, { m: any; j: number }> = {
  adversary: { m: m5adv, j: 2 }, "recent-mid": { m: m5, j: 2 }, rivalry: { m: m5, j: 3 } };
const tOk = (m: ConflictMeasure) => targetBy[m].d > 0 && targetBy[m].p < 0.05;
const fOk = (m: ConflictMeasure) => sig(firmBy[m].m, firmBy[m].j, -1);
const iOk = (m: ConflictMeasure) => sig(imposeBy[m].m, imposeBy[m].j, 1);
const yn = (b: boolean) => (b ? "yes" : "no");
const est = (e: { m: any; j: number }) => `${f3(e.m.coef[e.j])}, p = ${f3(e.m.pvalues[e.j])}`;
const targetTxt = (m: ConflictMeasure) =>
  `targeted more than allies: ${yn(tOk(m))} (difference ${f3(targetBy[m].d)}, p = ${f3(targetBy[m].p)})`;
claimReadings({ paper: P, item: "argument", entry: "conflict-explains", kind: "finding",
  explanation: "Both halves of the argument under one conflict measure: senders target adversaries more " +
    "than allies (the conditional logit of the matched design, s.e. clustered by sender, major-power " +
    "control) and adversaries concede less (concession " +
    "logit with controls), each at 5% with clustered s.e. Primary: the adversary indicator, as for each half." },
MEASURES.map((m) => ({ reading: { test: "targeting and concession logits, both at 5%", conflict: CONFLICT_MEASURES[m] },
  primary: m === "adversary", holds: tOk(m) && fOk(m),
  reproduced: `${targetTxt(m)}; concede less: ${yn(fOk(m))} (${est(firmBy[m])})` })));
claimReadings(
  {
    paper: P,
    item: "argument",
    entry: "paradox",
    kind: "finding",
    explanation:
      "The paradox as TIES can show it: threats against adversaries are the ones carried out " +
      "(logit of imposition among threats) and adversaries are the targets least likely to concede " +
      "(concession logit), each at 5% with clustered s.e. Primary: the adversary indicator.",
  },
  MEASURES.map((m) => ({
    reading: { test: "imposition and concession logits, both at 5%", conflict: CONFLICT_MEASURES[m] },
    primary: m === "adversary",
    holds: iOk(m) && fOk(m),
    reproduced:
      `threats end in imposition more often: ${yn(iOk(m))} (${est(imposeBy[m])}); ` +
      `concede less: ${yn(fOk(m))} (${est(firmBy[m])})`,
  })),
);
const impAll = cases.filter((c) => c.imposition === 1), impOut = imposedEnd;
const puz = shareTest(impOut.map((c) => c.concession!), impOut.map((c) => c.target!));
const zPuz = puz.z;
const puzPass = register({ claimId: "drezner-1999:argument/puzzle", primary: true,
  label: "puzzle: share of imposed cases that concede below one half", estimate: puz.share,
  p: puz.p, signOk: puz.b < 0 });
claim({ paper: P, item: "argument", entry: "puzzle", kind: "finding",
  reading: { test: "share of post-imposition endings with a target concession below one half" },
  reproduced: `${impAll.length} of ${cases.length} TIES cases reached imposition; ${pct(rate(impOut))} of ` +
    `${impOut.length} imposed cases with a consistent outcome ended in a target concession`,
  holds: rate(impOut) < 0.5 && puzPass,
  explanation: `Frequent use and poor results in TIES 1945-2005 (dyadic sample for the rate). The essay's ` +
    `"so poorly" has no number; our test is that fewer than half of imposed sanctions end with the target ` +
    `acquiescing (z = ${zPuz.toFixed(1)} against one half, s.e. clustered by target; 95% interval ` +
    `${pct(puz.lo)}-${pct(puz.hi)}).` });
// reputation: after a concession, does the same sender come back?
const repeatRuns = [10, 5].map((w) => {
  const rr = repeatCoercion(cases, { window: w });
  const m = binaryChoice(rr.map((r) => r.repeated), rr.map((r) => [1, r.conceded, r.ally, r.adversary]),
    { names: ["const", "target conceded", "ally", "adversary"], clusters: rr.map((r) => String(r.target)) });
  const rr1 = rr.filter((r) => r.conceded === 1), rr0 = rr.filter((r) => r.conceded === 0);
  const share = (a: typeof rr) => a.filter((r) => r.repeated === 1).length / a.length;
  const txt = `again within ${w} years after a concession ${pct(share(rr1))} of ${rr1.length}, otherwise ` +
    `${pct(share(rr0))} of ${rr0.length}; logit ${coefTxt(m, 1)}`;
  return { w, m, n: rr.length, txt };
});
register({
  claimId: "drezner-1999:argument/reputation",
  primary: true,
  label: "reputation: repeat case after a concession (10 years)",
  estimate: repeatRuns[0].m.coef[1],
  p: repeatRuns[0].m.pvalues[1],
  signOk: repeatRuns[0].m.coef[1] > 0,
});
claimReadings({ paper: P, item: "argument", entry: "reputation", kind: "finding",
  explanation: "Repeat coercion in TIES: does the same primary sender threaten or sanction the same target " +
    "again after the target conceded? Logit of a later case of the same sender-target pair on whether the " +
    "target conceded, with alliance and the adversary indicator held fixed, s.e. clustered by target; only " +
    "cases with a full window before 2005. Primary: ten years, the window of the MID measure." },
repeatRuns.map((r) => ({ reading: { test: "logit of a repeat case on the target's concession, clustered s.e., 5%",
  window: `${r.w} years` }, primary: r.w === 10, reproduced: r.txt, holds: sig(r.m, 1, 1) })));
// the biggest asks
const bigRuns = (["territory", "regime-or-territory"] as BigAskReading[]).map((rd) => {
  const m = binaryChoice(
    y2a,
    withOutcome.map((c) => [...x2(c), isBigAsk(c, rd)]),
    { names: [...names2, "big ask"], clusters: cl2 },
  );
  const minor = withOutcome.filter((c) => !isMajor(cd, c.target!, c.year));
  const mw = binaryChoice(
    minor.map((c) => c.concession!),
    minor.map((c) => [...x2(c), isBigAsk(c, rd)]),
    { names: [...names2, "big ask"], clusters: minor.map((c) => c.target!) },
  );
  const nBig = withOutcome.filter((c) => isBigAsk(c, rd)).length,
    nBigW = minor.filter((c) => isBigAsk(c, rd)).length;
  return {
    rd,
    m,
    mw,
    nBig,
    nBigW,
    reading: { test: LG, issues: `${rd} (TIES issue ${BIG_ASK_ISSUES[rd].join(" or ")})` },
  };
});
const jB = names2.length;
register({
  claimId: "drezner-1999:russia-case/territory-biggest-ask",
  primary: true,
  label: "territorial demands conceded less",
  estimate: bigRuns[0].m.coef[jB],
  p: bigRuns[0].m.pvalues[jB],
  signOk: bigRuns[0].m.coef[jB] < 0,
});
register({
  claimId: "drezner-1999:russia-case/weak-targets-resist",
  primary: true,
  label: "weak targets: territorial demands conceded less",
  estimate: bigRuns[0].mw.coef[jB],
  p: bigRuns[0].mw.pvalues[jB],
  signOk: bigRuns[0].mw.coef[jB] < 0,
});
claimReadings({ paper: P, item: "russia-case", entry: "territory-biggest-ask", kind: "finding",
  explanation: "Logit of concession with the conflict measures, institutional sender and trade issue, plus " +
    "an indicator of the big ask; the statement holds if such demands are conceded less often (5%). Primary: " +
    "territorial demands only, the essay's words; its examples of hard demands also include the target's regime." },
bigRuns.map((b) => ({ reading: b.reading, primary: b.rd === "territory", holds: sig(b.m, jB, -1),
  reproduced: `big ask ${coefTxt(b.m, jB)}; ${b.nBig} such cases` })));
claimReadings(
  {
    paper: P,
    item: "russia-case",
    entry: "weak-targets-resist",
    kind: "finding",
    explanation:
      "The same logit on targets that are not COW major powers in the year the case began: weak " +
      "targets facing large demands should concede less often than when facing other demands (5%). Primary: " +
      "territorial demands, as for the previous sentence.",
  },
  bigRuns.map((b) => ({
    reading: { ...b.reading, sample: "targets that are not major powers" },
    primary: b.rd === "territory",
    holds: sig(b.mw, jB, -1),
    reproduced: `big ask ${coefTxt(b.mw, jB)}; ${b.nBigW} such cases`,
  })),
);
const rowsPainA = withOutcome.filter((c) => c.anticipatedTargetCosts !== null);
const mPainA = binaryChoice(rowsPainA.map((c) => c.concession!), rowsPainA.map((c) => painX(c, heavyA(c))),
  { names: ["const", "major/severe anticipated target costs", "adversary", "costs × adversary", "ally"],
    clusters: rowsPainA.map((c) => c.target!) });
const painA = diffTest(mPainA, 1, 3, true);
const painIntA = waldTestZero(mPainA, [3]);
const PAIN_ID = "drezner-1999:russia-case/pain-without-concessions";
const painPass = register({
  claimId: PAIN_ID,
  primary: true,
  label: "pain: costs × adversary interaction (actual costs)",
  estimate: mPain.coef[3],
  p: painInt.pvalue,
  signOk: mPain.coef[3] < 0,
  refit: (drop) => {
    const m = fitPain(rowsPain.filter((c) => String(c.target) !== drop));
    return { estimate: m.coef[3], p: m.pvalues[3] };
  },
  clusters: [...new Set(rowsPain.map((c) => String(c.target)))],
});
const INT = "logit of concession, costs × adversary interaction < 0, cluster-robust Wald test, 5%";
const intTxt = (m: any, w: { statistic: number; pvalue: number }) =>
  `interaction ${f3(m.coef[3])} (clustered s.e. ${f3(m.stderr[3])}, 95% CI ${f3(m.coef[3] - 1.96 * m.stderr[3])} ` +
  `to ${f3(m.coef[3] + 1.96 * m.stderr[3])}, Wald χ²(1) = ${w.statistic.toFixed(2)}, ` +
  `p = ${f3(w.pvalue)}, N = ${m.nobs}); costs among others ${f3(m.coef[1])} (p = ${f3(m.pvalues[1])})`;
claimReadings({ paper: P, item: "russia-case", entry: "pain-without-concessions", kind: "finding",
  explanation: "Iran and Venezuela fall after 2005, outside TIES; we test the general statement that heavy " +
    "costs do not move adversary targets (a rival or a state fought in the previous ten years). An " +
    "insignificant effect among adversaries is not evidence of no effect, so the primary test is the " +
    "difference: the costs × adversary interaction, by a cluster-robust Wald test (the statement holds if " +
    "costs raise the odds of conceding less for adversaries than for others). Primary: actual costs, since " +
    `the essay speaks of economies already crippled; TIES codes actual costs only after imposition ` +
    `(all ${mPain.nobs} rows are imposed cases: ${painImposed}), so that test conditions on imposition, while ` +
    "anticipated costs cover threats too. The effect of costs among adversaries alone is described, not " +
    `graded (an insignificant effect is not evidence of none): actual ${f3(painAdvEffect)} (s.e. ` +
    `${f3(painAdvSe)}), raw rates ${pct(rate(advPain))} of ${advPain.length} with heavy costs vs ` +
    `${pct(rate(advMinor))} of ${advMinor.length} with minor; anticipated ${f3(painA.d)} (s.e. ${f3(painA.se)}).`,
}, [
  { reading: { test: INT, costs: "actual (imposed cases only)" }, primary: true, reproduced: intTxt(mPain, painInt),
    holds: painPass },
  { reading: { test: INT, costs: "anticipated (threats and impositions)" }, reproduced: intTxt(mPainA, painIntA),
    holds: mPainA.coef[3] < 0 && painIntA.pvalue < 0.05 },
]);
const coClusters = [...new Set(allOut.map((c) => String(c.rawTarget)))];
const dropCo = (drop: string) => fitCo(allOut.filter((c) => String(c.rawTarget) !== drop));
const instPass = register({
  claimId: "drezner-1999:literature/institutions",
  primary: true,
  label: "institutional sender (all cases)",
  estimate: mCo.coef[1],
  p: mCo.pvalues[1],
  signOk: mCo.coef[1] > 0,
  refit: (drop) => {
    const m = dropCo(drop);
    return { estimate: m.coef[1], p: m.pvalues[1] };
  },
  clusters: coClusters,
});
const rateIf = (f: (c: (typeof allOut)[number]) => boolean) => rate(allOut.filter(f));
claimReadings(
  {
    paper: P,
    item: "literature",
    entry: "institutions",
    kind: "finding",
    explanation:
      "Logit of concession, institutional sender coefficient > 0 at 5%. Primary: all cases with an " +
      "outcome (institution among the senders, ad hoc coalitions and single states; trade issue held fixed), " +
      "because cases with the European Community as the only sender have no dyadic conflict measures and " +
      "drop out of the dyadic sample.",
  },
  [
    {
      reading: { test: LG, sample: "all cases with an outcome", controls: "ad hoc coalition, trade issue" },
      primary: true,
      reproduced:
        `institutional sender ${coefTxt(mCo, 1)}; raw rate ${pct(rateIf((c) => c.institution === 1))} ` +
        `with an institution vs ${pct(rateIf((c) => c.institution === 0))} without`,
      holds: instPass,
    },
    {
      reading: {
        test: LG,
        sample: "dyadic (state primary sender and target)",
        controls: "ally, recent MID, rivalry, trade issue",
      },
      reproduced: `institutional sender ${coefTxt(m2a, 4)}`,
      holds: sig(m2a, 4, 1),
    },
  ],
);
const coPass = register({
  claimId: "drezner-1999:literature/ad-hoc-fragile",
  primary: true,
  label: "institutional minus ad hoc coalition",
  estimate: coDiff,
  p: coT.p,
  signOk: coDiff > 0,
  refit: (drop) => {
    const t = diffTest(dropCo(drop), 1, 2);
    return { estimate: t.d, p: t.p };
  },
  clusters: coClusters,
});
const nIf = (f: (c: (typeof allOut)[number]) => boolean) => allOut.filter(f).length;
claim({ paper: P, item: "literature", entry: "ad-hoc-fragile", kind: "finding",
  reading: { test: "logit of concession, institutional minus ad hoc coalition coefficient > 0, clustered s.e., 5% " +
    "(raw test; Holm and fragility readings follow in the multiplicity section)" },
  reproduced: `difference ${f3(coDiff)} (s.e. ${f3(coSe)}, p = ${f3(coT.p)}, N = ${mCo.nobs})`, holds: coPass,
  explanation: "TIES cannot see how targets perceive coalitions; we test the implication that ad hoc " +
    "coalitions of two or more states extract fewer concessions than senders acting through an institution. " +
    `Institutional sender ${f3(mCo.coef[1])}, ad hoc coalition ${f3(mCo.coef[2])}; raw concession rates ` +
    `${pct(rateIf((c) => c.institution === 1))} (institution, ${nIf((c) => c.institution === 1)} cases), ` +
    `${pct(rateIf((c) => adhoc(c) === 1))} (ad hoc, ${nIf((c) => adhoc(c) === 1)}), ` +
    `${pct(rateIf((c) => c.institution === 0 && !adhoc(c)))} (single state). This badge shows the raw test ` +
    "only: Holm's adjustment and the leave-one-target-out fragility follow in the multiplicity section, are " +
    "recorded as readings of this claim and enter its grade." });

// %% [markdown]
// ## Robustness: regime distance and all senders
// Two checks on the concession logit: adding the absolute Polity difference between sender and
// target (available for 1970-1999 dyads only, from the Crisman-Cox and Gibilisco file), and
// re-estimating on sender-target-year rows (every state sender of a multilateral case gets a row,
// standard errors clustered by case).

// %%
const rowsReg = withOutcome.filter((c) => c.polityDistance !== null);
const mReg = binaryChoice(
  rowsReg.map((c) => c.concession!),
  rowsReg.map((c) => [...x2(c), c.polityDistance! / 10]),
  { names: [...names2, "Polity distance / 10"], clusters: rowsReg.map((c) => c.target!) },
);
const byCase = new Map(withOutcome.map((c) => [c.caseid, c]));
const dyads = tiesDyads(cases, cd).filter((d) => byCase.has(d.caseid));
const mDy = binaryChoice(
  dyads.map((d) => byCase.get(d.caseid)!.concession!),
  dyads.map((d) => {
    const c = byCase.get(d.caseid)!;
    return [1, d.ally, d.priorMids > 0 ? 1 : 0, d.rivalry, c.institution, trade(c)];
  }),
  { names: names2, clusters: dyads.map((d) => byCase.get(d.caseid)!.target!) },
);
regTable(
  [
    { label: "with Polity distance", res: mReg },
    { label: "sender-target rows", res: mDy },
  ],
  "Concession logit: robustness",
  "drezner-robustness",
  "Left: 1970-1999 dyads with Polity scores. Right: one row per state sender (cases are nested in targets). " +
  "S.e. clustered by target in both.",
);

// %% [markdown]
// ## The Russia cases on the model's phase diagram
// TIES ends in 2005, so the 2014 and 2022 cases cannot be estimated; we place them on notebook 01's
// phase diagram by reasoning, as the essay does, and check the reasoning against what the data say
// about such dyads.
//
// *Conflict expectations.* The measures used above put the United States and Russia among the most
// adversarial dyads in the data: no alliance, militarized disputes in the decade before each episode,
// and a strategic rivalry that the Thompson list renews in 2007 after the Cold War one (the list stops
// in 2010). Both sides weigh relative gains heavily: a high $k$, which we set at 0.8 in 2014 and 0.95
// in 2022, after a full-scale war.
//
// *Costs.* The Western senders bear a fraction of what the sanctions cost Russia; we use $c_s/c_t$ of
// 0.3 in 2014 and 0.2 in 2022, when the senders were willing to pay more but Russia's losses were far
// larger.
//
// *Demand.* The demand is indivisible: in 2014, undo the annexation of Crimea and stop backing the
// Donbas war (we set it at 0.5 of the target's cost of sanctions); since 2022, renounce all four
// annexed regions, which Russian law now forbids (0.9).
//
// None of these numbers is estimated: they place the cases in regions, and the figure shows how far
// each point sits from the nearest boundary. What the model delivers is therefore a *sensitivity*,
// not a prediction: at given costs and $k$, the outcome flips from concession to deadlock at the demand
// $D^* = (c_t - k c_s)/(1 + k)$. At the 2014 placement that is about 0.42 of Russia's cost of sanctions,
// so the verdict rests on the demand being larger than that; the table below gives the flip demand
// over a range of placements.

// %%
const russia = [
  { label: "Russia 2014", year: 2014, ratio: 0.3, k: 0.8, demand: 0.5 },
  { label: "Russia 2022", year: 2022, ratio: 0.2, k: 0.95, demand: 0.9 },
].map((r) => ({
  ...r,
  sol: solveCoercion({ cS: r.ratio, cT: 1, kS: r.k, kT: r.k, eps: 0.01, demand: r.demand }),
  cm: conflictMeasures(cd, 2, 365, r.year),
}));
// the conflict expectations k at which Russia concedes (outcome AQ) at the placed costs and demand. Closed form:
// the threat must be credible, k > c_s/c_t = r, and the demand acceptable, (1 - k r)/(1 + k) >= D, i.e.
// k <= (1 - D)/(r + D); found here on a grid of k with the game's solver, the closed-form bounds beside.
const concessionWindow = (r: { ratio: number; demand: number }) => {
  const ks: number[] = [];
  for (let i = 0; i < 10000; i++) {
    const k = (i + 0.5) / 10000; // cell midpoints, so no grid point sits on a boundary
    if (solveCoercion({ cS: r.ratio, cT: 1, kS: k, kT: k, eps: 0.01, demand: r.demand }).outcome === "AQ") ks.push(k);
  }
  const bound = (1 - r.demand) / (r.ratio + r.demand);
  return { lo: ks.length ? ks[0] : null, hi: ks.length ? ks[ks.length - 1] : null, credibleAbove: r.ratio, bound };
};
type ConcessionWindow = ReturnType<typeof concessionWindow>;
const windowTxt = (w: ConcessionWindow) => (w.lo === null
  ? `no k in [0, 1] (acceptance needs k <= ${f3(w.bound)}, a credible threat k > ${f3(w.credibleAbove)})`
  : `${f3(w.lo)} <= k <= ${f3(w.hi!)} (closed form ${f3(w.credibleAbove)} < k <= ${f3(w.bound)})`);
const windows = russia.map(concessionWindow);
table(
  {
    caption: "Russia 2014 and 2022 in the coercion model (illustrative placement, c_t = 1)",
    columns: [
      "case",
      "c_s/c_t",
      "k",
      "demand",
      "D*",
      "credible threat",
      "model outcome",
      "k at which Russia would concede (model)",
      "US-Russia MIDs in previous 10 years (COW)",
    ],
    rows: russia.map((r) => [
      r.label,
      r.ratio,
      r.k,
      r.demand,
      r.sol.dStar,
      r.sol.credible ? "yes" : "no",
      r.sol.outcome,
      windows[russia.indexOf(r)].lo === null ? "none" :
        `${f3(windows[russia.indexOf(r)].lo!)}-${f3(windows[russia.indexOf(r)].hi!)}`,
      r.cm.priorMids,
    ]),
    digits: 3,
    note: "Outcomes: SQA no threat, AQ target acquiesces, SQ sender backs down, DL deadlock (sanctions imposed and " +
      "kept). COW MID v5 ends in 2014, so the 2022 count covers 2012-2014 only.",
  },
  { name: "drezner-russia" },
);
const OUTCOME_CODE = { SQA: 0, AQ: 1, SQ: 2, DL: 3 } as const;
const colors = [
  [0, "#d9d9d9"],
  [0.33, "#d9d9d9"],
  [0.33, "#7fb77e"],
  [0.5, "#7fb77e"],
  [0.5, "#ffd966"],
  [0.67, "#ffd966"],
  [0.67, "#c0504d"],
  [1, "#c0504d"],
];
const grids = russia.map((r) => phaseGrid({ nx: 121, ny: 101, demand: r.demand }));
plot(
  {
    data: [
      ...grids.map((g, i) => ({
        type: "heatmap",
        x: g.ratio,
        y: g.k,
        z: g.outcome.map((row) => row.map((o) => OUTCOME_CODE[o])),
        zmin: 0,
        zmax: 3,
        colorscale: colors,
        showscale: i === 1,
        xaxis: i ? "x2" : "x",
        yaxis: i ? "y2" : "y",
        colorbar: { tickvals: [0.375, 1.125, 1.875, 2.625], ticktext: ["SQA", "AQ", "SQ", "DL"], title: "outcome" },
      })),
      ...russia.map((r, i) => ({
        type: "scatter",
        mode: "markers+text",
        x: [r.ratio],
        y: [r.k],
        text: [r.label],
        textposition: i ? "bottom right" : "top right",
        marker: { color: "black", size: 12, symbol: "x" },
        textfont: { color: "white", size: 14 }, // readable on the red deadlock region
        xaxis: i ? "x2" : "x",
        yaxis: i ? "y2" : "y",
        showlegend: false,
      })),
    ],
    layout: {
      title: "Russia on the phase diagram: indivisible demand 0.5 (2014, left) and 0.9 (2022, right)",
      grid: { rows: 1, columns: 2, pattern: "independent" },
      xaxis: { title: "cost ratio c_s / c_t", range: [0, 1.2] },
      yaxis: { title: "conflict expectations k", range: [0, 1] },
      xaxis2: { title: "cost ratio c_s / c_t", range: [0, 1.2] },
      yaxis2: { range: [0, 1] },
    },
  },
  { name: "drezner-russia-phase", width: 980, height: 460 },
);
const rp = predictCI(m2a, [1, 0, 1, 1, 0, 0]);
// the demand at which the outcome flips (D* at the placed costs and k), and over a range of placements
const flip = russia.map((r) => r.sol.dStar);
const ratiosF = [0.1, 0.2, 0.3, 0.4], ksF = [0.6, 0.7, 0.8, 0.9, 0.95];
table({
  caption: "Sensitivity: the indivisible demand above which the model gives deadlock, D* = (1 - k c_s/c_t)/(1 + k)",
  columns: ["c_s/c_t", ...ksF.map((k) => `k = ${k}`)],
  rows: ratiosF.map((r) => [r, ...ksF.map((k) => solveCoercion({ cS: r, cT: 1, kS: k, kT: k, eps: 0.01 }).dStar)]),
  digits: 3,
  note: "c_t = 1; the threat is credible wherever k > c_s/c_t (every cell here). Below the entry the target concedes.",
}, { name: "drezner-russia-flip" });
md(
  `In plain words: at the 2014 placement the senders' threat is credible (they care enough about Russia's ` +
    `relative loss to pay their own smaller cost), and the model gives deadlock for any indivisible demand above ` +
    `**${f3(flip[0])}** of Russia's cost of sanctions; we placed the demand at 0.5, only ${f3(0.5 - flip[0])} above ` +
    `the flip, so the 2014 verdict is a statement about the size of the demand rather than a prediction. ` +
    `Equivalently, Russia would have conceded a demand of 0.5 with conflict expectations ${windowTxt(windows[0])}; ` +
    `below that window the threat is not credible and the senders do not threaten (SQA). At the 2022 placement ` +
    `the flip ` +
    `demand is ${f3(flip[1])}, far below the placed 0.9, and there is no k at which Russia concedes: the ` +
    `acceptance bound ${f3(windows[1].bound)} lies below the credibility bound ${f3(windows[1].credibleAbove)}, so ` +
    `deadlock there survives large changes of the placement. The TIES estimates point the same way for dyads like ` +
    `this one: ` +
    `for non-allied strategic rivals with a recent militarized dispute (state sender, no trade issue) logit 1 ` +
    `gives a concession probability of **${pct(rp[0])}** (95% interval ${pct(rp[1])}-${pct(rp[2])}), against ` +
    `${pct(y2a.reduce((a, b) => a + b, 0) / y2a.length)} on average.`,
);
const placed = `deadlock iff the demand exceeds ${f3(flip[0])} (2014: c_s/c_t 0.3, k 0.8; placed 0.5 -> ` +
  `${russia[0].sol.outcome}) and ${f3(flip[1])} (2022: 0.2, 0.95; placed 0.9 -> ${russia[1].sol.outcome})`;
// every neighbour within ±0.1 of the placed point (c_s/c_t, k, demand), clipped to the admissible ranges
const neighbours = russia.map((r) => {
  const out: string[] = [];
  for (const dr of [-0.1, 0, 0.1]) for (const dk of [-0.1, 0, 0.1]) for (const dd of [-0.1, 0, 0.1]) {
    const k = Math.min(1, r.k + dk);
    const p = { cS: Math.max(0, r.ratio + dr), cT: 1, kS: k, kT: k, eps: 0.01, demand: Math.max(0, r.demand + dd) };
    out.push(solveCoercion(p).outcome);
  }
  return { label: r.label, dl: out.filter((o) => o === "DL").length, n: out.length };
});
const nbTxt = neighbours.map((n) => `${n.label}: ${n.dl} of ${n.n} neighbours DL`).join("; ");
const russiaRuns = [
  { reading: { placement: "sensitivity at the placement argued above (2014: 0.3, 0.8, 0.5; 2022: 0.2, 0.95, 0.9)" },
    primary: true, reproduced: placed, holds: russia.every((r) => r.sol.outcome === "DL") },
  { reading: { placement: "every neighbour within ±0.1 in c_s/c_t, k and demand" }, reproduced: nbTxt,
    holds: neighbours.every((n) => n.dl === n.n) },
];
const russiaExpl = "Graded as an identity: the parameters are set by reasoning, not estimated (TIES ends in " +
  "2005; c_t = 1), so the model outcome at them is true by construction of the placement, not evidence. This is a " +
  `sensitivity, not a prediction: the 2014 outcome flips to a concession for demands below ${f3(flip[0])} ` +
  `(placed 0.5), the 2022 one below ${f3(flip[1])} (placed 0.9); the model has Russia concede for ` +
  `${windowTxt(windows[0])} in 2014 and for ${windowTxt(windows[1])} in 2022. Primary: the ` +
  "placement argued in the text; the second reading asks whether the outcome survives moving every parameter by 0.1.";
claimReadings({ paper: P, item: "russia-case", entry: "held-up", kind: "identity",
  explanation: `The model's outcome for the two Russia cases. ${russiaExpl}` }, russiaRuns);
claimReadings(
  {
    paper: P,
    item: "conclusion",
    entry: "correctly-predicts",
    kind: "identity",
    explanation: `No concession in the model at the placed parameters: deadlock, sanctions kept. ${russiaExpl}`,
  },
  russiaRuns,
);
claim({
  paper: P,
  item: "russia-case",
  entry: "invasion-next-to-impossible",
  kind: "identity",
  reading: { test: "the window of k in which Russia concedes: 2022 narrower than 2014 (or empty), both deadlock" },
  reproduced:
    `concession for ${windowTxt(windows[0])} (2014) vs ${windowTxt(windows[1])} (2022); outcomes ` +
    `${russia[0].sol.outcome}, ${russia[1].sol.outcome}`,
  holds: (windows[1].lo === null || windows[1].hi! - windows[1].lo < windows[0].hi! - windows[0].lo!) &&
    windows[0].lo !== null && russia.every((r) => r.sol.outcome === "DL"),
  explanation:
    "In the placement, the full-scale invasion raises both the demand and the conflict " +
    `expectations, so the window of k in which Russia would concede shrinks from ${windowTxt(windows[0])} to ` +
    `${windowTxt(windows[1])}: a hard case becomes hopeless in the model. The placement is ours (see above), so ` +
    `this is a ` +
    "statement about the placement, not an estimate.",
});
claim({ paper: P, item: "demands", entry: "renunciation-unlikely", kind: "identity",
  reading: { placement: "2022: c_s/c_t 0.2, k 0.95, demand 0.9" },
  reproduced: `${russia[1].sol.outcome}: D* = ${f3(russia[1].sol.dStar)} < 0.9; Russia concedes for ` +
    `${windowTxt(windows[1])}`,
  holds: russia[1].sol.outcome === "DL",
  explanation: "Renouncing annexed territory is an indivisible demand far above what the model's target " +
    `concedes at high conflict expectations: deadlock for any demand above ${f3(flip[1])} at this placement. The ` +
    "demand's size (0.9 of Russia's cost of sanctions) is our placement, not an estimate." });
// the essay's dates: the invasion (24 February 2022), the essay (the week of 7 September 2025), the book (1999)
const months = (Date.UTC(2025, 8, 7) - Date.UTC(2022, 1, 24)) / (86400000 * 365.25 / 12);
claim({
  paper: P,
  item: "opening",
  entry: "months-since-invasion",
  kind: "identity",
  reproduced: `${months.toFixed(1)} months from 24 February 2022 to 7 September 2025`,
  holds: months > 40,
  explanation:
    "Date arithmetic on the essay's own dates (the invasion of February 2022; the essay refers to 7 September and to " +
    "'this week', so it dates from September 2025).",
});
claim({
  paper: P,
  item: "opening",
  entry: "quarter-century",
  kind: "identity",
  reproduced: `${2025 - 1999} years from the book (1999) to the essay (2025)`,
  holds: 2025 - 1999 > 25,
  explanation: "Date arithmetic on the essay's own dates: the book of 1999, the essay of 2025.",
});

// %% [markdown]
// ## Statements these data cannot reach
// The essay also states facts about the war and the sanctions since 2014, and makes claims about
// purposes of sanctions other than coercion. None of them is a quantity that TIES (1945-2005), the
// conflict data or the bargaining model can compute; each is recorded as not reproducible, with the
// reason, so that the report lists it rather than leaving it out.

// %%
const notHere: [string, string, string][] = [
  [
    "opening",
    "deterrence-failed",
    "a fact of record (the threat preceded the invasion of February 2022), after TIES ends (2005); the 2022 case is " +
    "only placed in the model here",
  ],
  [
    "opening",
    "coercion-failed",
    "a judgement on 2022-2025 events after TIES ends (2005); no data on the Russia sanctions' outcome are used in " +
    "this notebook",
  ],
  [
    "opening",
    "china-imports-more",
    "needs 2024-2025 data on Chinese and Indian imports of Russian oil, which are not in the repository's data",
  ],
  [
    "russia-case",
    "economic-damage",
    "a causal statement about Russia's growth, interest rates and inflation since 2014; it needs a macro model with " +
    "a counterfactual, which these notebooks do not estimate",
  ],
  ["russia-case", "blood-and-treasure", "war losses and spending are not in the repository's data"],
  [
    "russia-case",
    "russia-stronger",
    "a comparison of national capabilities in the 2020s; the COW capability data used here do not reach those years",
  ],
  [
    "literature",
    "elite-targeting",
    "TIES v4.1 codes the type of sanction but not whether it aims at elites; no coding of elite targeting is " +
    "built here",
  ],
  ["literature", "clear-demands", "TIES does not code how clear the sender's demands are"],
  ["literature", "oligarchs", "a statement about the behaviour of Russian oligarchs; no data on it here"],
  [
    "literature",
    "cooperation-limited",
    "the effect of the 2022 coalition's cooperation is after TIES ends (2005); not estimated here",
  ],
  [
    "literature",
    "global-south",
    "needs data on which states joined the sanctions after 2022, which are not in the repository's data",
  ],
  [
    "literature",
    "holdout",
    "a statement about Russia's strategy; no data on expectations of coalition collapse here",
  ],
  [
    "demands",
    "vague-ambitious",
    "a characterisation of the Western demands since 2022; TIES does not cover the case and does not code clarity",
  ],
  [
    "demands",
    "renounce-all",
    "a statement of the Western position since 2022, a matter of record rather than a computed quantity",
  ],
  ["demands", "four-oblasts", "a fact of record (the September 2022 annexations), not a quantity computed here"],
  [
    "other-purposes",
    "not-merely-coercion",
    "the purposes of sanctions beyond coercion lie outside the bargaining model and TIES, which codes only coercive " +
    "outcomes",
  ],
  [
    "other-purposes",
    "sovereignty-norm",
    "the signal to other revisionist states would need data on their later behaviour; none here",
  ],
  [
    "other-purposes",
    "grinberg-widening",
    "Grinberg's finding on wartime trade needs her data on trade between belligerents, which are not in the " +
    "repository's data",
  ],
  [
    "other-purposes",
    "harsher-sanctions-toll",
    "a conditional forecast about Russia's war capacity; no model of it here",
  ],
  ["conclusion", "other-ways", "the non-coercive effects of sanctions lie outside the bargaining model and TIES"],
];
for (const [item, entry, reason] of notHere)
  claim({
    paper: P,
    item,
    entry,
    kind: "finding",
    reproduced: null,
    reason,
    explanation: `Not computed here: ${reason}.`,
  });

// %% [markdown]
// ## Multiplicity and fragility
// The notebook runs one family of tests: the primary test of each graded verdict plus the allies
// contrast. A test passes only with the stated sign and a two-sided p below 5% (a one-sided test at 2.5%),
// so among 13 tests with nothing there about a third of a false pass is expected, and the chance of at least
// one is about 28% (1 - 0.975^13). (The joint
// Wald test of the conflict measures has no sign and the post-imposition comparison carries no verdict,
// so neither is in the family.) The adjustment applies to the family only: a secondary reading that passes
// unadjusted can still make a claim whose primary fails *mixed* (P4's weaker form, the regime-or-territorial
// reading of the deadlock claim), and the reading of the results says where. Holm's step-down adjustment controls
// the family-wise error rate at 5% under any dependence between the tests (they share cases). The
// table lists raw and adjusted p-values and the verdict under each; every claim whose primary test is
// in the family also carries the adjusted verdict as a reading, so a pass that does not survive the
// adjustment shows as *mixed*. Passes close to the threshold are reported with their fragility: the
// significance level at which they flip is their p-value, and a leave-one-target-out refit shows
// whether a single target state carries them; the near misses (p between 0.05 and 0.10 with the stated
// sign) get the same refits, to show whether one target state holds them back.

// %%
const holm = holmAdjust(family.map((t) => t.p));
const passRaw = family.map((t) => t.signOk && t.p < 0.05);
const passHolm = family.map((t, i) => t.signOk && holm[i] < 0.05);
const shortId = (id: string) => id.replace("drezner-1999:", "");
table({
  caption: `The notebook's family of ${family.length} tests: raw and Holm-adjusted p-values`,
  columns: ["test", "claim", "estimate", "sign as stated", "raw p", "Holm p", "passes at 5%", "passes after Holm"],
  rows: family.map((t, i) => [t.label, shortId(t.claimId), t.estimate, t.signOk ? "yes" : "no", t.p, holm[i],
    passRaw[i] ? "yes" : "no", passHolm[i] ? "yes" : "no"]),
  digits: 3,
  note: "Two-sided p-values from cluster-robust Wald tests (z tests for one coefficient or contrast; the " +
    "share tests use the intercept-only logit clustered by target). A test passes if the sign is the one " +
    "stated and the two-sided p < 0.05, which is a one-sided test at 2.5%: conservative by design.",
}, { name: "drezner-holm" });
const HOLM = `Holm across the notebook's family of ${family.length} tests, 5%`;
const holmOf = (id: string) => family.findIndex((t) => t.claimId === id && t.primary);
const idParts = (id: string) => {
  const [item, entry] = shortId(id).split("@")[0].split("/");
  return { item, entry };
};
family.forEach((t, i) => {
  if (!t.primary) return;
  claim({ paper: P, ...idParts(t.claimId), id: t.claimId, kind: "finding", primary: false,
    reading: { test: `${t.label}; ${HOLM}` }, holds: passHolm[i],
    reproduced: `raw p = ${f3(t.p)}, Holm-adjusted p = ${f3(holm[i])}`,
    explanation: `The claim's primary test with Holm's adjustment over the family in the table above.` });
});
// the two joint verdicts: both of their component tests must pass after the adjustment
const joint = [
  { entry: "conflict-explains", parts: [SE_ID, TSF_ID] },
  { entry: "paradox", parts: [ID_ID, TSF_ID] },
];
for (const j of joint) {
  const idx = j.parts.map(holmOf);
  claim({ paper: P, item: "argument", entry: j.entry, kind: "finding", primary: false,
    reading: { test: `both component tests; ${HOLM}`, conflict: CONFLICT_MEASURES.adversary },
    holds: idx.every((i) => passHolm[i]),
    reproduced: idx.map((i) => `${family[i].label}: Holm p = ${f3(holm[i])}`).join("; "),
    explanation: "Both halves after Holm's adjustment over the notebook's family of primary tests." });
}
// fragility of the passes nearest the threshold (raw p between 0.01 and 0.05) and of the near misses
// (0.05 to 0.10 with the stated sign): leave one target out
const knifeEdge = family.map((t, i) => ({ t, i })).filter(({ t, i }) => passRaw[i] && t.p > 0.01);
const nearMiss = family.map((t, i) => ({ t, i })).filter(({ t }) => t.signOk && t.p >= 0.05 && t.p < 0.1);
for (const { t } of [...knifeEdge, ...nearMiss]) {
  if (!t.refit || !t.clusters) throw new Error(`the test '${t.label}' is near the threshold but has no refit`);
}
const fragile = [...knifeEdge, ...nearMiss];
const looAll = fragile.map(({ t, i }) => {
  const refits = t.clusters!.map((c) => ({ c, ...t.refit!(c) }));
  const flips = refits.filter((r) => !(Math.sign(r.estimate) === Math.sign(t.estimate) && r.p < 0.05));
  const worst = refits.reduce((w, r) => (r.p > w.p ? r : w), refits[0]);
  // for a near miss the question is the reverse: does leaving one target out make it pass?
  const passes = refits.filter((r) => Math.sign(r.estimate) === Math.sign(t.estimate) && r.p < 0.05);
  const best = refits.reduce((w, r) => (r.p < w.p ? r : w), refits[0]);
  return { t, i, n: refits.length, flips: flips.length, worst, passes: passes.length, best, pass: passRaw[i] };
});
const loo = looAll.filter((l) => l.pass);
table({
  caption: "Fragility of the passes nearest the 5% threshold",
  columns: ["test", "raw verdict", "raw p", "Holm p", "leave-one-target-out refits", "refits that flip",
    "p furthest from the verdict", "that target (COW code)"],
  rows: looAll.map((l) => [l.t.label, l.pass ? "pass" : "near miss", l.t.p, holm[l.i], l.n,
    l.pass ? l.flips : l.passes, l.pass ? l.worst.p : l.best.p, l.pass ? l.worst.c : l.best.c]),
  digits: 3,
  note: "A pass flips when the sign changes or p reaches 0.05 in a refit; a near miss flips when a refit has the " +
    "stated sign and p < 0.05. The p furthest from the verdict is the largest refit p for a pass, the smallest " +
    "for a near miss.",
}, { name: "drezner-fragility" });
for (const l of loo) {
  claim({ paper: P, ...idParts(l.t.claimId), id: l.t.claimId, kind: "finding", primary: false,
    reading: { test: `${l.t.label}; passes in every leave-one-target-out refit, 5%` }, holds: l.flips === 0,
    reproduced: `${l.flips} of ${l.n} refits flip; largest p ${f3(l.worst.p)} without target ${l.worst.c}`,
    explanation: `A knife-edge pass (raw p = ${f3(l.t.p)}): it fails at any level below ${f3(l.t.p)}, and ` +
      `the refits show whether one target state carries it.` });
}
const nPassRaw = passRaw.filter(Boolean).length, nPassHolm = passHolm.filter(Boolean).length;
md(`${nPassRaw} of ${family.length} tests pass at 5% unadjusted, ${nPassHolm} after Holm's adjustment. ` +
  looAll.map((l) => (l.pass
    ? `${l.t.label}: passes at p = ${f3(l.t.p)} (Holm ${f3(holm[l.i])}); ${l.flips} of ${l.n} ` +
      `leave-one-target-out refits flip it (largest p ${f3(l.worst.p)}).`
    : `${l.t.label}: misses at p = ${f3(l.t.p)}; ${l.passes} of ${l.n} leave-one-target-out refits would pass ` +
      `(smallest p ${f3(l.best.p)}, without target ${l.best.c}).`)).join(" "));

// %% [markdown]
// ## Summary of the claims

// %%
claimsTable("drezner-1999");

// %% [markdown]
// ## Reading the results
// The verdicts, with the numbers that decide them, computed from the fits above (so this text moves
// with the data and the readings); "Holm p" is the adjusted p-value of the family table.

// %%
/** the family test with this label prefix, and its Holm-adjusted p-value */
const fam = (prefix: string) => {
  const i = family.findIndex((t) => t.label.startsWith(prefix));
  if (i < 0) throw new Error(`no family test '${prefix}'`);
  return { ...family[i], holm: holm[i] };
};
const pp = (x: number) => (x < 0.001 ? "< 0.001" : `= ${f3(x)}`);
/** "estimate, p, Holm p" for use inside parentheses; famTxt puts the p-values in parentheses */
const famIn = (prefix: string) => {
  const t = fam(prefix);
  return `${f3(t.estimate)}, p ${pp(t.p)}, Holm p ${pp(t.holm)}`;
};
const famTxt = (prefix: string) => {
  const t = fam(prefix);
  return `${f3(t.estimate)} (p ${pp(t.p)}, Holm p ${pp(t.holm)})`;
};
const adHoc = fam("institutional minus ad hoc"), adHocLoo = loo.find((l) => l.t.label === adHoc.label);
const bullets = [
  `*Targets.* Targets that expect conflict concede less: the adversary coefficient is ` +
    `${famTxt("P2 concession: adversary")}, and it holds with s.e. clustered by sender (p ` +
    `${pp(m2advS.pvalues[2])}); the three measures are jointly non-zero (cluster-robust Wald ` +
    `χ²(${wald2.df}) = ${wald2.statistic.toFixed(2)}, p ${pp(wald2.pvalue)}, a description since it has no sign); ` +
    `rivalry alone holds, a recent dispute alone falls short of 5%. The low-conflict half of the argument does ` +
    `not: allies against adversaries ${famTxt("P2 concession: ally")} is short of 5`+"%"+`, and in the ordered logit ` +
    `of the size of the concession (cost gap and adversary indicator) allies concede *less* than targets that are ` +
    `neither (${f3(m2ord.coef[1])}, p ${pp(m2ord.pvalues[1])}). Concessions grow with the target's cost relative ` +
    `to the sender's, ${famTxt("P3")}, under every reading, as $D^*$ does; entered separately, the target's cost ` +
    `raises and the sender's lowers the concession (${f3(m3s.coef[0])} and ${f3(m3s.coef[1])}), but the model's ` +
    `ordering of the two, |target| > |sender|, is ${m3sSum.d > 0 && m3sSum.p < 0.05 ? "borne out" : "not borne out"} ` +
    `(sum ${f3(m3sSum.d)}, p ${pp(m3sSum.p)}).`,
  `*Senders.* Against random targeting, senders over-pick rivals (${ratios.rivalry.toFixed(1)}×) and recent ` +
    `opponents (${ratios.mid.toFixed(1)}×) more than allies (${ratios.ally.toFixed(1)}×), a description ` +
    `without controls; the conditional logit of the matched design, which compares each chosen target only with ` +
    `the states its own sender could have chosen, finds no detectable difference between adversaries and allies ` +
    `(adversary minus ally ${f3(d1cl.d)}, 95% CI ${f3(d1cl.d - 1.96 * d1cl.se)} to ${f3(d1cl.d + 1.96 * d1cl.se)}, ` +
    `p ${pp(d1cl.p)} clustered by sender; ${f3(d1cl50.d)} with another ` +
    `draw of 50 controls; pooled logit ${f3(d1t.d)}), and recent opponents alone are chosen less often than ` +
    `allies (${f3(d1midCl.d)}, p ${pp(d1midCl.p)}). The claim that conflict expectations explain both halves ` +
    `therefore fails.`,
  `*Selection.* The direct test is null: among threatened cases adversaries' threats are not more often ` +
    `carried out (adversary ${famIn("P5 imposition")}), nor do senders skip the threat against them more often ` +
    `(${f3(m5skip.coef[2])}, p ${pp(m5skip.pvalues[2])}); after imposition adversaries concede about as often ` +
    `as other targets (${pct(rate(impAdv))} against ${pct(rate(impOther))}), which carries no verdict either ` +
    `way. The multinomial logit's larger imposition-versus-acquiescence coefficient for adversaries is ` +
    `Proposition 2 again: the coefficient is as large for the other threat-stage endings (difference ` +
    `${f3(mlDiff.d)}, p ${pp(mlDiff.p)}). Regime or territorial demands, the coarse proxy for indivisible ` +
    `ones, are carried out more often (${f3(m5big.coef[names5.length])}, p ${pp(m5big.pvalues[names5.length])}), ` +
    `so the deadlock claim is mixed; the paradox in the form TIES can show it fails.`,
  `*The threat stage.* ${pct(share4)} of concessions (95% interval ${pct(sh4.lo)}-${pct(sh4.hi)}) come before ` +
    `any imposition, short of the majority the model's divisible-demand solution implies; threat-stage endings ` +
    `are concessions more often than post-imposition ones (${f3(m4rate.coef[1])}, p ${pp(m4rate.pvalues[1])}), ` +
    `the weaker form, so the claim is mixed.`,
  `*The essay's further statements.* Institutional senders obtain more concessions ` +
    `(${famIn("institutional sender")}). Ad hoc coalitions against institutions pass only at the edge ` +
    `(${famIn("institutional minus ad hoc")})` +
    (adHocLoo ? `, and ${adHocLoo.flips} of ${adHocLoo.n} leave-one-target-out refits flip it` : "") +
    `: a knife-edge pass, graded mixed. Heavy actual costs raise concessions among other targets; whether they ` +
    `do so less for adversaries is the interaction ${famTxt("pain")}, not significant, and actual costs ` +
    `exist only after imposition. Territorial demands show no detectable difference in concessions, but with ` +
    `about twenty cases the test has little power (see the confidence intervals of the claims), and ` +
    `conceding does not bring the same sender back (${famIn("reputation")}).`,
  `*Multiplicity.* ${nPassRaw} of the ${family.length} tests in the family pass at 5%, ${nPassHolm} after ` +
    `Holm's adjustment.`,
  `*Russia.* The model outcomes at the placement argued above are graded as identities: deadlock follows from ` +
    `the parameters we chose. The 2014 verdict flips to a concession for demands below ${f3(flip[0])} (placed ` +
    `0.5) and fails the ±0.1 neighbourhood reading; the 2022 one survives it (flip at ${f3(flip[1])}, placed ` +
    `0.9), and at the 2022 placement no value of k makes Russia concede.`,
];
md(bullets.map((b) => `- ${b}`).join("\n"));

// %% [markdown]
// ## What these data can and cannot say
// - TIES observes only dyads that reached a threat or an imposition; Proposition 1 strictly needs
//   the universe of dyads that could have been coerced, with trade ties as a control. The case-
//   control design samples that universe, but we have no dyadic trade or distance data here, so
//   allies' larger trade ties may still inflate their targeting rate.
// - "Concession" is TIES's acquiescence by the target (partial or complete) relative to the sender's
//   demands; negotiated settlements are left out of it.
// - The conflict measures are proxies for expectations: alliances and disputes record past and
//   present relations, not what leaders expect.
// - The costs are coded in three broad categories. Anticipated target costs exist for 565 of the 880
//   dyadic cases with an outcome (36% missing); actual costs only for imposed cases (455 rows), so every
//   test on actual costs conditions on imposition.
// - The book's own tests used the Hufbauer-Schott-Elliott cases, of which we have no open copy.
//
// ## References
// - Drezner, D. W. (1998). Conflict expectations and the paradox of economic coercion. *International Studies
//   Quarterly* 42(4), 709-731.
// - Drezner, D. W. (1999). *The Sanctions Paradox*. Cambridge University Press.
// - Drezner, D. W. (2003). The hidden hand of economic coercion. *International Organization* 57(3), 643-659.
// - Morgan, T. C., Bapat, N. and Kobayashi, Y. (2014). Threat and imposition of economic sanctions 1945-2005:
//   updating the TIES dataset. *Conflict Management and Peace Science* 31(5), 541-558.
// - Leeds, B. A. et al. (2002). Alliance Treaty Obligations and Provisions, 1815-1944. *International Interactions*
//   28, 237-260 (ATOP v5).
// - Palmer, G. et al. (2022). The MID5 dataset, 2011-2014. *Conflict Management and Peace Science* 39(4).
// - Thompson, W. R., Sakuwa, K. and Suhas, P. H. (2022). *Analyzing Strategic Rivalries in World Politics*. Springer.
// - Crisman-Cox, C. and Gibilisco, M. Replication data (PSRM), TIES directed dyad-decades.
// - Miller, S. V. (2022). peacesciencer. *Conflict Management and Peace Science* 39(6).
