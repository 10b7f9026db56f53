/**
 * Discrete-choice engine against two independent implementations on the committed fixture
 * (test/fixtures/discrete, made by scripts/make_fixtures.py and scripts/make_fixtures_r.R):
 * statsmodels 0.13.5 (binary logit/probit with classical, HC0, HC1 and clustered s.e., average
 * marginal effects with delta-method s.e.; ordered logit/probit; multinomial logit) and R 4.2.2
 * (glm, MASS::polr, nnet::multinom). Then bad input: separation, collinearity, empty categories.
 * Tolerances are relative unless stated; the measured agreement is printed in the describe titles.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import {
  averageMarginalEffect, binaryChoice, deltaMethod, firthLogit, lrTest, marginalEffectsMultinomialSE, marginalEffectsOrderedSE, lrTestNull, marginalEffectBinary, marginalEffectsMultinomial, marginalEffectsOrdered,
  multinomialLogit, orderedChoice, predictMultinomial, predictOrdered,
} from "../../src/econometrics/discrete";
import { ConvergenceError, DataError, NumericalError } from "../../src/core/errors";

const FX = path.join(__dirname, "..", "fixtures", "discrete");
const ref = JSON.parse(fs.readFileSync(path.join(FX, "reference.json"), "utf8"));
const refR = JSON.parse(fs.readFileSync(path.join(FX, "reference_r.json"), "utf8"));
const rows = fs.readFileSync(path.join(FX, "data.csv"), "utf8").trim().split("\n").slice(1).map((l) => l.split(",").map(Number));
const X = rows.map((r) => [1, r[0], r[1]]), Xn = rows.map((r) => [r[0], r[1]]);
const cl = rows.map((r) => r[2]), yb = rows.map((r) => r[3]), yo = rows.map((r) => r[4]), ym = rows.map((r) => r[5]);
const rel = (a: number[], b: number[]) => {
  expect(a.length).toBe(b.length);
  return Math.max(...a.map((v, i) => Math.abs(v - b[i]) / Math.max(1e-8, Math.abs(b[i]))));
};
const TOL = 1e-6;

describe("binary logit/probit equal statsmodels and R glm (1e-6 relative; measured: statsmodels 5e-16, glm 2e-9 coefficients and 8e-8 logit s.e.)", () => {
  for (const link of ["logit", "probit"] as const) {
    it(link, () => {
      const r = binaryChoice(yb, X, { link });
      for (const R of [ref[link], refR[link]]) {
        expect(rel(r.coef, R.coef)).toBeLessThan(TOL);
        expect(Math.abs(r.llf - R.llf)).toBeLessThan(1e-8); // absolute
      }
      // classical s.e. from the observed information, as statsmodels; R's glm uses the expected
      // (Fisher) information, which is the same matrix for the canonical logit link only
      expect(rel(r.stderr, ref[link].se)).toBeLessThan(TOL);
      if (link === "logit") expect(rel(r.stderr, refR[link].se)).toBeLessThan(TOL);
      expect(Math.abs(r.llNull - ref[link].llnull)).toBeLessThan(1e-8);
      expect(rel(binaryChoice(yb, X, { link, se: "robust" }).stderr, ref[link].se_hc0)).toBeLessThan(TOL);
      // HC1 = HC0 * sqrt(N / (N - K)) as R's sandwich (statsmodels reports its HC0 under that name)
      expect(rel(binaryChoice(yb, X, { link, se: "hc1" }).stderr, ref[link].se_hc0.map((v: number) => v * Math.sqrt(400 / 397)))).toBeLessThan(TOL);
      const c = binaryChoice(yb, X, { link, clusters: cl });
      expect(c.seType).toBe("cluster");
      expect(c.nClusters).toBe(25);
      expect(rel(c.stderr, ref[link].se_cluster)).toBeLessThan(TOL);
      const me = [1, 2].map((j) => marginalEffectBinary(r, X, j));
      expect(rel(me.map((m) => m.ame), ref[link].ame)).toBeLessThan(TOL);
      expect(rel(me.map((m) => m.stderr), ref[link].ame_se)).toBeLessThan(TOL);
      const md = marginalEffectBinary(r, X, 2, true);
      expect(rel([md.ame, md.stderr], [ref[link].ame_dummy_x2, ref[link].ame_dummy_x2_se])).toBeLessThan(TOL);
      expect(averageMarginalEffect(r, X, 1)).toBeCloseTo(me[0].ame, 14);
      // numerical delta method agrees with the analytic AME gradient (1e-7 relative)
      const dm = deltaMethod(r, (coef) => [averageMarginalEffect({ ...r, coef }, X, 1)]);
      expect(rel(dm.stderr, [me[0].stderr])).toBeLessThan(1e-7);
    });
  }
  it("frequency weights equal duplicated rows (1e-9)", () => {
    const w = rows.map((_, i) => 1 + (i % 3));
    const Xd: number[][] = [], yd: number[] = [];
    rows.forEach((_, i) => { for (let r = 0; r < w[i]; r++) { Xd.push(X[i]); yd.push(yb[i]); } });
    const a = binaryChoice(yb, X, { weights: w }), b = binaryChoice(yd, Xd);
    expect(rel(a.coef, b.coef)).toBeLessThan(1e-9);
    expect(rel(a.stderr, b.stderr)).toBeLessThan(1e-9);
    expect(Math.abs(a.llf - b.llf)).toBeLessThan(1e-8);
  });
  it("likelihood-ratio tests: nested fit and all-slopes-zero", () => {
    const full = binaryChoice(yb, X), restr = binaryChoice(yb, X.map((x) => [x[0], x[1]]));
    const t = lrTest(restr, full);
    expect(t.df).toBe(1);
    // the LR statistic is close to the squared Wald z for this well-behaved fit (within 10%)
    expect(Math.abs(t.statistic / full.z[2] ** 2 - 1)).toBeLessThan(0.1);
    const t0 = lrTestNull(full);
    expect(t0.df).toBe(2);
    expect(t0.statistic).toBeCloseTo(2 * (full.llf - full.llNull), 10);
    expect(() => lrTest(full, restr)).toThrow(/more parameters/);
    expect(() => lrTestNull(binaryChoice(yb, X.map((x) => [x[1], x[2]])))).toThrow(/no constant column/);
    expect(lrTestNull(multinomialLogit(ym, X)).df).toBe(4);
  });
});

describe("ordered logit/probit equal statsmodels and MASS::polr (1e-6 relative; measured: estimates 2e-8, s.e. 8e-7 statsmodels / 7e-8 polr)", () => {
  for (const link of ["logit", "probit"] as const) {
    it(`ordered ${link}`, () => {
      const o = orderedChoice(yo, Xn, { link });
      for (const R of [ref[`ordered_${link}`], refR[`ordered_${link}`]]) {
        expect(rel(o.coef.slice(0, 2), R.coef)).toBeLessThan(TOL);
        expect(rel(o.cutpoints, R.cutpoints)).toBeLessThan(TOL);
        expect(Math.abs(o.llf - R.llf)).toBeLessThan(1e-8); // absolute
      }
      // polr's and OrderedModel's standard errors come from finite-difference Hessians (optim's, and
      // statsmodels' numdiff), so they carry about 1e-6 of their own error: 1e-5 relative here
      // (measured against polr: < 1e-7; against statsmodels: 8e-7 for the ordered probit)
      expect(rel(o.stderr, refR[`ordered_${link}`].se)).toBeLessThan(1e-5);
      expect(rel(o.stderr.slice(0, 2), ref[`ordered_${link}`].se)).toBeLessThan(1e-5);
      expect(rel(orderedChoice(yo, Xn, { link, se: "robust" }).stderr.slice(0, 2), ref[`ordered_${link}`].se_hc0)).toBeLessThan(1e-5);
      expect(rel(orderedChoice(yo, Xn, { link, clusters: cl }).stderr.slice(0, 2), ref[`ordered_${link}`].se_cluster)).toBeLessThan(1e-5);
      // probabilities sum to one; marginal effects on the categories sum to zero
      const P = predictOrdered(o, Xn.slice(0, 5));
      for (const p of P) expect(Math.abs(p.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
      const me = marginalEffectsOrdered(o, Xn, 0);
      expect(Math.abs(me.reduce((a, b) => a + b, 0))).toBeLessThan(1e-12);
      // ... and equal a central finite difference of the mean predicted probabilities (1e-6 absolute)
      const h = 1e-5;
      const meanP = (s: number) => { const Ps = predictOrdered(o, Xn.map((x) => [x[0] + s, x[1]])); return [0, 1, 2].map((c) => Ps.reduce((a, p) => a + p[c], 0) / Ps.length); };
      const up = meanP(h), dn = meanP(-h);
      me.forEach((v, c) => expect(Math.abs(v - (up[c] - dn[c]) / (2 * h))).toBeLessThan(1e-6));
      // delta-method s.e.: positive, and for the binary model the numerical route equals the analytic one
      const mse = marginalEffectsOrderedSE(o, Xn, 0);
      expect(rel(mse.ame, me)).toBeLessThan(1e-12);
      for (const v of mse.stderr) expect(v).toBeGreaterThan(0);
    });
  }
});

describe("multinomial logit equals statsmodels and nnet::multinom (1e-6 relative; measured 2e-15 statsmodels, 1.4e-7 multinom)", () => {
  it("coefficients, s.e. (classical and clustered), log-likelihood, marginal effects", () => {
    const m = multinomialLogit(ym, X, { names: ["const", "x1", "x2"] });
    for (const R of [ref.mnlogit, refR.mnlogit]) {
      expect(rel(m.coef, R.coef)).toBeLessThan(TOL);
      expect(rel(m.stderr, R.se)).toBeLessThan(TOL);
      expect(Math.abs(m.llf - R.llf)).toBeLessThan(1e-8);
    }
    expect(m.names[3]).toBe("const[2]");
    expect(rel(multinomialLogit(ym, X, { clusters: cl }).stderr, ref.mnlogit.se_cluster)).toBeLessThan(TOL);
    // statsmodels' margeff: rows = regressors x1, x2; columns = categories
    for (const j of [1, 2]) expect(rel(marginalEffectsMultinomial(m, X, j), ref.mnlogit.ame[j - 1])).toBeLessThan(TOL);
    // delta-method s.e. (numerical Jacobian here and in statsmodels): 1e-5 relative, measured 5e-10
    for (const j of [1, 2]) {
      const me = marginalEffectsMultinomialSE(m, X, j);
      expect(rel(me.ame, ref.mnlogit.ame[j - 1])).toBeLessThan(TOL);
      expect(rel(me.stderr, ref.mnlogit.ame_se[j - 1])).toBeLessThan(1e-5);
    }
    for (const p of predictMultinomial(m, X.slice(0, 5))) expect(Math.abs(p.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
  });
});

describe("Firth logit equals R brglm2 (type AS_mean) — also where the plain logit has no finite MLE (1e-6 relative; measured 1e-10)", () => {
  it("fixture data: close to the plain logit, shrunk toward zero", () => {
    const f = firthLogit(yb, X);
    expect(rel(f.coef, refR.firth.coef)).toBeLessThan(TOL);
    expect(rel(f.stderr, refR.firth.se)).toBeLessThan(TOL);
    const m = binaryChoice(yb, X);
    for (let j = 1; j < 3; j++) expect(Math.abs(f.coef[j])).toBeLessThan(Math.abs(m.coef[j]));
    expect(f.penalizedLlf).toBeGreaterThan(f.llf);
  });
  it("complete and quasi-complete separation give finite estimates", () => {
    const i40 = Array.from({ length: 40 }, (_, i) => i);
    const fc = firthLogit(i40.map((i) => (i > 19 ? 1 : 0)), i40.map((i) => [1, i]));
    expect(rel(fc.coef, refR.firth_complete_separation.coef)).toBeLessThan(TOL);
    expect(rel(fc.stderr, refR.firth_complete_separation.se)).toBeLessThan(TOL);
    const i60 = Array.from({ length: 60 }, (_, i) => i);
    const xs = i60.map((i) => [1, i % 3 === 0 ? 1 : 0, Math.sin(i)]);
    const fd = firthLogit(xs.map((r, i) => (r[1] === 1 ? 1 : i % 2)), xs, { names: ["const", "treated", "z"] });
    expect(rel(fd.coef, refR.firth_dummy_separation.coef)).toBeLessThan(TOL);
    expect(rel(fd.stderr, refR.firth_dummy_separation.se)).toBeLessThan(TOL);
  });
});

describe("bad input gives a typed error that says what to do", () => {
  it("complete separation by a continuous regressor", () => {
    const x = Array.from({ length: 40 }, (_, i) => [1, i]);
    const y = x.map((r) => (r[1] > 19 ? 1 : 0));
    expect(() => binaryChoice(y, x, { names: ["const", "x"] })).toThrow(ConvergenceError);
    expect(() => binaryChoice(y, x, { names: ["const", "x"] })).toThrow(/'x' diverges.*separated.*firthLogit/);
    expect(() => binaryChoice(y, x, { link: "probit" })).toThrow(ConvergenceError);
  });
  it("quasi-complete separation by a dummy (all treated rows have y = 1)", () => {
    const x = Array.from({ length: 60 }, (_, i) => [1, i % 3 === 0 ? 1 : 0, Math.sin(i)]);
    const y = x.map((r, i) => (r[1] === 1 ? 1 : i % 2));
    expect(() => binaryChoice(y, x, { names: ["const", "treated", "z"] })).toThrow(/quasi-complete separation.*'treated' = 1 has outcome 0/);
    const ym3 = x.map((r, i) => (r[1] === 1 ? i % 2 : Math.floor(i / 3) % 3));
    expect(() => multinomialLogit(ym3, x, { names: ["const", "treated", "z"] })).toThrow(/'treated' = 1 has outcome 2/);
    const yo3 = x.map((r, i) => (r[1] === 1 ? 2 : i % 2));
    expect(() => orderedChoice(yo3, x.map((r) => [r[1], r[2]]), { names: ["treated", "z"] })).toThrow(/'treated' splits the ordered outcome/);
  });
  it("constant and collinear regressors are named", () => {
    const x = Array.from({ length: 50 }, (_, i) => [1, Math.cos(i), 2 * Math.cos(i) + 1]);
    const y = x.map((_, i) => i % 2);
    expect(() => binaryChoice(y, x, { names: ["const", "a", "b"] })).toThrow(NumericalError);
    expect(() => binaryChoice(y, x, { names: ["const", "a", "b"] })).toThrow(/'b' is constant or a linear combination/);
    expect(() => orderedChoice(x.map((_, i) => i % 3), x.map((r) => [r[0], r[1]]), { names: ["one", "a"] })).toThrow(/constant regressor is collinear with the cutpoints/);
    expect(() => binaryChoice(y, x.map((r) => [r[0], 0]), { names: ["const", "zero"] })).toThrow(/'zero' is zero in every row/);
  });
  it("non-binary, constant or missing outcome; missing regressor; empty category; bad clusters", () => {
    expect(() => binaryChoice([0, 2, 1, 0], [[1, 1], [1, 2], [1, 3], [1, 4]])).toThrow(/0 or 1/);
    expect(() => binaryChoice([1, 1, 1, 1], [[1, 1], [1, 2], [1, 3], [1, 4]])).toThrow(/does not vary/);
    expect(() => binaryChoice([0, 1, 0, 1], [[1, 1], [1, Number.NaN], [1, 3], [1, 4]], { names: ["c", "x"] })).toThrow(/'x' at row 2/);
    expect(() => binaryChoice([0, Number.NaN, 0, 1], [[1, 1], [1, 2], [1, 3], [1, 4]])).toThrow(/missing outcome at row 2/);
    expect(() => orderedChoice([0, 2, 0, 2, 0], [[1], [2], [3], [4], [5]])).toThrow(DataError);
    expect(() => orderedChoice([0, 2, 0, 2, 0], [[1], [2], [3], [4], [5]])).toThrow(/category 1 has no observations/);
    expect(() => multinomialLogit([0, 1.5, 0, 1], [[1, 1], [1, 2], [1, 3], [1, 4]])).toThrow(/coded 0, 1, 2/);
    expect(() => binaryChoice(yb, X, { clusters: cl.slice(1) })).toThrow(/one cluster id per observation/);
    expect(() => binaryChoice(yb, X, { clusters: cl.map(() => 1) })).toThrow(/at least two clusters/);
  });
});
