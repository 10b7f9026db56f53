/**
 * Discrete-choice engine against statsmodels 0.13.5 (fixtures made by
 * test/fixtures/discrete/scripts/make_fixtures.py): binary logit/probit with classical, HC0 and
 * clustered SEs and average marginal effects, ordered logit/probit, multinomial logit; bad input.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { averageMarginalEffect, binaryChoice, lrTest, multinomialLogit, orderedChoice } from "../../src/econometrics/discrete";
import { ConvergenceError, DataError } from "../../src/core/errors";

const FX = path.join(__dirname, "..", "fixtures", "discrete");
const ref = JSON.parse(fs.readFileSync(path.join(FX, "reference.json"), "utf8"));
const rows = fs.readFileSync(path.join(FX, "data.csv"), "utf8").trim().split("\n").slice(1).map((l) => l.split(",").map(Number));
const X = rows.map((r) => [1, r[0], r[1]]), Xn = rows.map((r) => [r[0], r[1]]);
const cl = rows.map((r) => r[2]), yb = rows.map((r) => r[3]), yo = rows.map((r) => r[4]), ym = rows.map((r) => r[5]);
const rel = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i]) / Math.max(1e-8, Math.abs(b[i]))));

describe("binary choice equals statsmodels (1e-6 relative; measured about 1e-15)", () => {
  for (const link of ["logit", "probit"] as const) {
    it(link, () => {
      const r = binaryChoice(yb, X, { link });
      expect(rel(r.coef, ref[link].coef)).toBeLessThan(1e-6);
      expect(rel(r.stderr, ref[link].se)).toBeLessThan(1e-6);
      expect(Math.abs(r.llf - ref[link].llf)).toBeLessThan(1e-6);
      expect(Math.abs(r.llNull - ref[link].llnull)).toBeLessThan(1e-6);
      expect(rel(binaryChoice(yb, X, { link, se: "robust" }).stderr, ref[link].se_hc0)).toBeLessThan(1e-6);
      expect(rel(binaryChoice(yb, X, { link, clusters: cl }).stderr, ref[link].se_cluster)).toBeLessThan(1e-6);
      expect(rel([averageMarginalEffect(r, X, 1), averageMarginalEffect(r, X, 2)], ref[link].ame)).toBeLessThan(1e-6);
    });
  }
  it("likelihood-ratio test of x2 = 0", () => {
    const full = binaryChoice(yb, X), restr = binaryChoice(yb, X.map((x) => [x[0], x[1]]));
    const t = lrTest(restr, full);
    expect(t.df).toBe(1);
    expect(t.statistic).toBeGreaterThan(0);
    expect(t.pvalue).toBeLessThan(1);
  });
});

describe("ordered and multinomial models equal statsmodels (1e-6 relative)", () => {
  for (const link of ["logit", "probit"] as const) {
    it(`ordered ${link}`, () => {
      const o = orderedChoice(yo, Xn, { link });
      expect(rel(o.coef.slice(0, 2), ref[`ordered_${link}`].coef)).toBeLessThan(1e-6);
      expect(rel(o.cutpoints, ref[`ordered_${link}`].cutpoints)).toBeLessThan(1e-6);
      expect(Math.abs(o.llf - ref[`ordered_${link}`].llf)).toBeLessThan(1e-6);
    });
  }
  it("multinomial logit", () => {
    const m = multinomialLogit(ym, X);
    expect(rel(m.coef, ref.mnlogit.coef)).toBeLessThan(1e-6);
    expect(rel(m.stderr, ref.mnlogit.se)).toBeLessThan(1e-6);
    expect(Math.abs(m.llf - ref.mnlogit.llf)).toBeLessThan(1e-6);
  });
});

describe("bad input", () => {
  it("perfect separation is reported as such", () => {
    const x = Array.from({ length: 40 }, (_, i) => [1, i]);
    const y = x.map((r) => (r[1] > 19 ? 1 : 0));
    expect(() => binaryChoice(y, x)).toThrow(ConvergenceError);
    expect(() => binaryChoice(y, x)).toThrow(/separated/);
  });
  it("non-binary outcome, constant outcome, missing values, empty category", () => {
    expect(() => binaryChoice([0, 2, 1, 0], [[1, 1], [1, 2], [1, 3], [1, 4]])).toThrow(/0 or 1/);
    expect(() => binaryChoice([1, 1, 1, 1], [[1, 1], [1, 2], [1, 3], [1, 4]])).toThrow(/does not vary/);
    expect(() => binaryChoice([0, 1, 0, 1], [[1, 1], [1, Number.NaN], [1, 3], [1, 4]], { names: ["c", "x"] })).toThrow(/'x' at row 2/);
    expect(() => orderedChoice([0, 2, 0, 2, 0], [[1], [2], [3], [4], [5]])).toThrow(DataError);
  });
});
