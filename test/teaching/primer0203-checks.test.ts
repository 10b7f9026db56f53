/**
 * The hidden exercise checks of primers 2 and 3: the reference computations agree with the engine or
 * with closed forms, and each check accepts a correct answer and refuses a wrong one on both sides.
 */
import { describe, expect, it } from "vitest";
import { Rng } from "../../src/core/rng";
import { adf, ols } from "../../src/econometrics/index";
import { loadMod, runMod } from "../../src/dynare/index";
import { repoDataPath } from "../../src/data/datadir";
import * as h from "../../src/teaching/primer0203-checks";

describe("primer 2 checks", () => {
  it("dfNoLags gives the engine's Dickey-Fuller gamma and tau (constant; constant and trend)", () => {
    const r = new Rng(3), w = [0];
    for (let t = 1; t <= 80; t++) w.push(w[t - 1] + r.normal());
    for (const trend of ["c", "ct"] as const) {
      const e = adf(w, { trend, maxlag: 0, autolag: null }), mine = h.dfNoLags(w, trend);
      expect(mine.n).toBe(80);
      expect(mine.tau).toBeCloseTo(e.tau, 9);
      expect(mine.gamma).toBeCloseTo(e.gamma, 9);
    }
  });
  it("breakTau is the t statistic of y_{t-1} in the engine's OLS; exercise 4's check is two-sided", () => {
    const r = new Rng(4), w: number[] = [];
    let v = 0;
    for (let t = 1; t <= 200; t++) { v = 0.7 * v + r.normal(); w.push(0.1 * t + (t > 100 ? 10 : 0) + v); }
    const dy: number[] = [], X: number[][] = [];
    for (let t = 2; t < 200; t++) {
      dy.push(w[t] - w[t - 1]);
      X.push([1, t + 1, t + 1 > 100 ? 1 : 0, t + 1 === 101 ? 1 : 0, w[t - 1], w[t - 1] - w[t - 2]]);
    }
    expect(h.breakTau(w, 100, true)).toBeCloseTo(ols(dy, X).tvalues[4], 9);
    const plain = h.breakTau(w, 100, false), withBreak = h.breakTau(w, 100, true);
    expect(h.p02Ex4Check(w, plain - 0.1, withBreak + 0.1)).toBe(true);
    expect(h.p02Ex4Check(w, plain + 0.1, withBreak + 0.1)).not.toBe(true); // the plain ADF rejects
    expect(h.p02Ex4Check(w, plain - 0.1, withBreak - 0.1)).not.toBe(true); // Perron's does not
    expect(h.p02Ex4Check(w.slice(1), plain - 0.1, withBreak + 0.1)).not.toBe(true);
  });
  it("the Monte Carlo pieces behave: size near 5% with white-noise differences, power rises with T", () => {
    expect(Math.abs(h.maRejectionRate(0, 100, 2000, 1) - 0.05)).toBeLessThan(0.02);
    expect(h.dfPower(0.95, 300, 1000, 2)).toBeGreaterThan(h.dfPower(0.95, 100, 1000, 2));
    const q = h.biasQuantile(50, 0.05, 2000, 3);
    expect(q.q).toBeLessThan(-15);
    expect(q.se).toBeGreaterThan(0);
  });
  it("exercise checks are two-sided around their references", () => {
    const r1 = h.p02Ex1Reference();
    expect(h.p02Ex1Check(r1 + 0.03)).toBe(true);
    expect(h.p02Ex1Check(r1 - 0.03)).toBe(true);
    expect(h.p02Ex1Check(r1 + 0.06)).not.toBe(true);
    expect(h.p02Ex1Check(r1 - 0.06)).not.toBe(true);
    expect(h.p02Ex1Check(0.05)).not.toBe(true); // the nominal size is the wrong answer
    const r2 = h.p02Ex2Reference().q, m2 = h.p02Ex2Margin();
    expect(m2).toBeGreaterThan(0.1);
    expect(m2).toBeLessThan(1);
    expect(h.p02Ex2Check(r2 + 0.9 * m2)).toBe(true);
    expect(h.p02Ex2Check(r2 - 1.1 * m2)).not.toBe(true);
    expect(h.p02Ex2Check(r2 + 1.1 * m2)).not.toBe(true);
    expect(h.p02Ex3Check(100)).not.toBe(true); // too short: power about 13%
    expect(h.p02Ex3Check(600)).not.toBe(true); // too long
    expect(h.p02Ex3Check(255)).toBe(true);
    expect(h.p02Ex3Check(25.5)).not.toBe(true);
  });
});

describe("primer 3 checks", () => {
  it("the roots of the forward map: product 1 + beta, lambda_u of ramst.mod", () => {
    const r = h.ramseyRoots(1);
    expect(r.lamU * r.lamS).toBeCloseTo(1.05, 12);
    expect(r.lamU).toBeCloseTo(1.1230265919833313, 12);
    const b = h.betaForShootingHorizon(400);
    expect(Math.log(1e16) / Math.log(h.ramseyRoots(1, b).lamU)).toBeCloseTo(400, 6);
  });
  it("exercise checks accept the answer and refuse a nearby wrong one", () => {
    expect(h.p03Ex1Check(Math.SQRT2)).toBe(true);
    expect(h.p03Ex1Check(1.42)).not.toBe(true);
    expect(h.p03Ex1Check(2)).not.toBe(true);
    const lam = h.ramseyRoots(1, 0.03).lamU;
    expect(h.p03Ex2Check(lam)).toBe(true);
    expect(h.p03Ex2Check(lam + 1e-4)).not.toBe(true);
    const b = h.betaForShootingHorizon(400);
    expect(h.p03Ex3Check(b)).toBe(true);
    expect(h.p03Ex3Check(b * 1.001)).not.toBe(true);
    expect(h.p03Ex3Check(b * 0.999)).not.toBe(true);
    expect(h.p03Ex4Check(72)).toBe(true);
    expect(h.p03Ex4Check(73)).not.toBe(true);
    expect(h.p03Ex4Check(71)).not.toBe(true);
  });
  it("exercise 5: the 1% threshold nearest to 1, two-sided within its tolerance", () => {
    const x = h.gapThreshold(0.01);
    expect(h.impactGap(x)).toBeCloseTo(0.01, 6);
    expect(h.p03Ex5Check(x + 0.5 * h.P03_EX5_TOL)).toBe(true);
    expect(h.p03Ex5Check(x - 0.5 * h.P03_EX5_TOL)).toBe(true);
    expect(h.p03Ex5Check(x + 2 * h.P03_EX5_TOL)).not.toBe(true);
    expect(h.p03Ex5Check(x - 2 * h.P03_EX5_TOL)).not.toBe(true);
    expect(h.p03Ex5Check(1.5)).not.toBe(true); // a shock with a gap above 1%, but not the nearest one
  });
  it("saddleDistance is zero for an engine path and not for a displaced one", () => {
    const perm = runMod(loadMod(repoDataPath("teaching", "ramst_permanent.mod")), { solver: { exact: true } });
    expect(h.saddleDistance(perm.paths.k, perm.paths.c, 20)).toBeLessThan(1e-9);
    const k = [h.ramseyKss(1)], c = [NaN];
    // points on no saddle path: consumption 1% above the steady state at the old capital
    c.push(1.01 * h.ramseyCss(1.1));
    expect(h.saddleDistance(k, c, 1)).toBeGreaterThan(1e-3);
  });
});
