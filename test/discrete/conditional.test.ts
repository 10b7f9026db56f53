/**
 * Conditional logit, cluster-robust Wald tests and the Holm adjustment against statsmodels 0.13.5
 * on the committed fixture test/fixtures/discrete/conditional (made by
 * scripts/make_conditional.py): a 1:M matched design of 150 groups (6 without a case), two row-level
 * regressors and 25 clusters nesting the groups. Then bad input. Tolerances are relative unless
 * stated; the measured agreement is in the describe titles.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { binaryChoice, conditionalLogit, waldTest, waldTestZero } from "../../src/econometrics/discrete";
import { bonferroniAdjust, holmAdjust } from "../../src/econometrics/multiple";
import { ConvergenceError, DataError, InvalidParameterError, NumericalError } from "../../src/core/errors";

const FX = path.join(__dirname, "..", "fixtures", "discrete", "conditional");
const ref = JSON.parse(fs.readFileSync(path.join(FX, "reference.json"), "utf8"));
const lines = fs.readFileSync(path.join(FX, "data.csv"), "utf8").trim().split("\n").slice(1);
const rows = lines.map((l) => l.split(",").map(Number));
const grp = rows.map((r) => r[0]), clu = rows.map((r) => r[1]);
const X = rows.map((r) => [r[2], r[3]]), y = rows.map((r) => r[4]);
const rel = (a: number[], b: number[]) => {
  expect(a.length).toBe(b.length);
  return Math.max(...a.map((v, i) => Math.abs(v - b[i]) / Math.max(1e-12, Math.abs(b[i]))));
};
const C = ref.conditional;

describe("conditional logit equals statsmodels ConditionalLogit (measured: coefficients 1e-16, classical, robust and clustered s.e. 2e-15; 7e-9 against statsmodels' finite-difference s.e.)", () => {
  it("coefficients, log-likelihood, classical s.e., groups", () => {
    const r = conditionalLogit(y, X, grp, { names: ["x1", "x2"] });
    expect(rel(r.coef, C.coef)).toBeLessThan(1e-8);
    expect(Math.abs(r.llf - C.llf)).toBeLessThan(1e-8);
    expect(rel(r.stderr, C.se)).toBeLessThan(1e-8);
    // statsmodels' s.e. come from a finite-difference Hessian: agreement to its precision only
    expect(rel(r.stderr, C.se_statsmodels)).toBeLessThan(1e-6);
    expect(r.nGroups).toBe(C.ngroups);
    expect(r.droppedGroups).toBe(6);
    expect(r.nobs).toBe(C.nrows);
    expect(r.hasConstant).toBe(false);
    // the null log-likelihood is -sum_g log(n_g) over the groups used
    const sizes = new Map<number, number>();
    const cases = new Map<number, number>();
    grp.forEach((g, i) => { sizes.set(g, (sizes.get(g) ?? 0) + 1); cases.set(g, (cases.get(g) ?? 0) + y[i]); });
    let ll0 = 0;
    for (const [g, n] of sizes) if (cases.get(g) === 1) ll0 -= Math.log(n);
    expect(r.llNull).toBeCloseTo(ll0, 10);
  });
  it("group-robust (HC0, one score per group) and clustered s.e. equal the sandwich by the formula", () => {
    const h = conditionalLogit(y, X, grp, { se: "robust" });
    expect(rel(h.stderr, C.se_hc0)).toBeLessThan(1e-8);
    const c = conditionalLogit(y, X, grp, { clusters: clu });
    expect(c.seType).toBe("cluster");
    expect(c.nClusters).toBe(C.nclusters);
    expect(rel(c.stderr, C.se_cluster)).toBeLessThan(1e-8);
    for (let a = 0; a < 2; a++) expect(rel(c.covariance[a], C.cov_cluster[a])).toBeLessThan(1e-10);
  });
  it("the rows' order within and across groups does not matter; string group ids work", () => {
    const perm = rows.map((_, i) => i).sort((a, b) => ((a * 7919) % 1231) - ((b * 7919) % 1231));
    const r = conditionalLogit(perm.map((i) => y[i]), perm.map((i) => X[i]), perm.map((i) => `g${grp[i]}`));
    expect(rel(r.coef, C.coef)).toBeLessThan(1e-10);
  });
});

describe("cluster-robust Wald tests (measured: statistics 5e-16 against statsmodels wald_test, p-values 1e-14)", () => {
  it("pooled logit with clustered covariance: joint and single restrictions equal statsmodels wald_test", () => {
    const Xc = X.map((r) => [1, ...r]);
    const f = binaryChoice(y, Xc, { clusters: clu });
    expect(rel(f.coef, ref.wald.coef)).toBeLessThan(1e-8);
    expect(rel(f.stderr, ref.wald.se)).toBeLessThan(1e-7);
    const joint = waldTestZero(f, [1, 2]);
    expect(joint.df).toBe(2);
    expect(rel([joint.statistic], [ref.wald.joint.statistic])).toBeLessThan(1e-10);
    expect(rel([joint.pvalue], [ref.wald.joint.pvalue])).toBeLessThan(1e-8);
    const diff = waldTest(f, [[0, 1, -1]]);
    expect(diff.df).toBe(1);
    expect(rel([diff.statistic], [ref.wald.diff.statistic])).toBeLessThan(1e-10);
    expect(rel([diff.pvalue], [ref.wald.diff.pvalue])).toBeLessThan(1e-10);
    expect(diff.estimate[0]).toBeCloseTo(f.coef[1] - f.coef[2], 14);
    // one restriction: W is the square of the z statistic
    expect(waldTestZero(f, [1]).statistic).toBeCloseTo(f.z[1] ** 2, 10);
  });
  it("conditional logit with clustered covariance: equal to the formula", () => {
    const c = conditionalLogit(y, X, grp, { clusters: clu });
    expect(rel([waldTestZero(c, [0, 1]).statistic], [C.wald_joint.statistic])).toBeLessThan(1e-10);
    expect(rel([waldTest(c, [[1, -1]]).statistic], [C.wald_diff.statistic])).toBeLessThan(1e-10);
    // a nonzero right-hand side: b1 - b2 = d gives W = 0
    const d = c.coef[0] - c.coef[1];
    expect(waldTest(c, [[1, -1]], [d]).statistic).toBeLessThan(1e-20);
  });
  it("bad restrictions", () => {
    const c = conditionalLogit(y, X, grp);
    expect(() => waldTest(c, [])).toThrow(InvalidParameterError);
    expect(() => waldTest(c, [[1, 0, 0]])).toThrow(InvalidParameterError);
    expect(() => waldTest(c, [[1, 0]], [0, 1])).toThrow(InvalidParameterError);
    expect(() => waldTest(c, [[1, 0], [2, 0]])).toThrow(NumericalError);
  });
});

describe("Holm adjustment equals statsmodels multipletests(method='holm') (measured: exact)", () => {
  it("fixture vector with ties", () => {
    expect(rel(holmAdjust(ref.holm.p), ref.holm.adjusted)).toBeLessThan(1e-12);
  });
  it("monotone in the sorted order, never below the raw value, Bonferroni an upper bound", () => {
    const p = [0.5, 0.01, 0.02, 0.03, 0.2];
    const h = holmAdjust(p), b = bonferroniAdjust(p);
    p.forEach((v, i) => { expect(h[i]).toBeGreaterThanOrEqual(v); expect(h[i]).toBeLessThanOrEqual(b[i]); });
    // sorted 0.01, 0.02, 0.03, 0.2, 0.5 times 5, 4, 3, 2, 1
    [0.5, 0.05, 0.08, 0.09, 0.4].forEach((v, i) => expect(h[i]).toBeCloseTo(v, 14));
    expect(holmAdjust([])).toEqual([]);
    expect(() => holmAdjust([0.1, NaN])).toThrow(InvalidParameterError);
    expect(() => holmAdjust([1.2])).toThrow(InvalidParameterError);
  });
});

describe("conditional logit: bad input fails with a typed error", () => {
  const small = (n: number) => {
    const g: number[] = [], yy: number[] = [], xx: number[][] = [];
    for (let k = 0; k < n; k++) for (let i = 0; i < 3; i++) { g.push(k); yy.push(i === k % 3 ? 1 : 0); xx.push([Math.sin(7 * k + i), (k + i) % 2]); }
    return { g, yy, xx };
  };
  it("no group with a case and a control, or no more groups than coefficients", () => {
    expect(() => conditionalLogit([0, 0, 0, 0], [[1], [2], [3], [4]], [1, 1, 2, 2])).toThrow(DataError);
    const s = small(2);
    expect(() => conditionalLogit(s.yy, s.xx, s.g)).toThrow(/groups must outnumber/);
  });
  it("more than one case in a group, outcome not 0/1, missing values, wrong lengths", () => {
    const s = small(10);
    const y2 = s.yy.slice(); y2[0] = 1; y2[1] = 1; y2[2] = 0;
    expect(() => conditionalLogit(y2, s.xx, s.g)).toThrow(InvalidParameterError);
    const y3 = s.yy.slice(); y3[0] = 2;
    expect(() => conditionalLogit(y3, s.xx, s.g)).toThrow(DataError);
    const x4 = s.xx.map((r) => r.slice()); x4[4][1] = NaN;
    expect(() => conditionalLogit(s.yy, x4, s.g)).toThrow(/missing or non-finite/);
    expect(() => conditionalLogit(s.yy, s.xx, s.g.slice(1))).toThrow(InvalidParameterError);
    expect(() => conditionalLogit(s.yy, s.xx, s.g, { clusters: [1, 2] })).toThrow(InvalidParameterError);
  });
  it("a constant or group-level regressor, and within-group collinearity, are named", () => {
    const s = small(10);
    expect(() => conditionalLogit(s.yy, s.xx.map((r) => [...r, 1]), s.g)).toThrow(/'x3' is constant within every group/);
    const gl = s.xx.map((r, i) => [...r, s.g[i] * 2]);
    expect(() => conditionalLogit(s.yy, gl, s.g)).toThrow(/'x3' is constant within every group/);
    // x3 = x1 + (a group constant): collinear once group means are removed
    const col = s.xx.map((r, i) => [...r, r[0] + s.g[i]]);
    expect(() => conditionalLogit(s.yy, col, s.g)).toThrow(/'x3' is constant or a linear combination/);
  });
  it("clusters that split a group are refused", () => {
    const s = small(10);
    const cl = s.g.map((g, i) => (i % 2 ? g : g + 100));
    expect(() => conditionalLogit(s.yy, s.xx, s.g, { clusters: cl })).toThrow(/changes within group/);
  });
  it("separation (the case always has the largest x) diverges with the regressor named", () => {
    const g: number[] = [], yy: number[] = [], xx: number[][] = [];
    for (let k = 0; k < 20; k++) for (let i = 0; i < 4; i++) { g.push(k); yy.push(i === 0 ? 1 : 0); xx.push([i === 0 ? 5 : i, Math.cos(k + 3 * i)]); }
    expect(() => conditionalLogit(yy, xx, g)).toThrow(ConvergenceError);
  });
});
