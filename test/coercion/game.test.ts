import { describe, expect, it } from "vitest";
import { bruteForceCoercion, dStar, solveCoercion, utilities } from "../../src/models/coercion";
import { InvalidParameterError } from "../../src/core/errors";
import { Rng } from "../../src/core/rng";

const grid = (max: number, n: number) => Array.from({ length: n + 1 }, (_, i) => (max * i) / n);

describe("Drezner coercion game: closed form", () => {
  it("reproduces the notes' numerical checks (c_s = 0.3, c_t = 1; tolerance 5e-4, the notes print 3 decimals)", () => {
    const base = { cS: 0.3, cT: 1, eps: 0.01 };
    expect(solveCoercion({ ...base, kS: 0, kT: 0 }).outcome).toBe("SQA");
    expect(solveCoercion({ ...base, kS: 0.2, kT: 0.2 }).outcome).toBe("SQA");
    const s31 = solveCoercion({ ...base, kS: 0.31, kT: 0.31 });
    expect(s31.outcome).toBe("AQ");
    expect(s31.dStar).toBeCloseTo(0.692, 3);
    expect(solveCoercion({ ...base, kS: 0.5, kT: 0.5 }).dStar).toBeCloseTo(0.567, 3);
    expect(solveCoercion({ ...base, kS: 1, kT: 1 }).dStar).toBeCloseTo(0.35, 3);
    for (const k of [0.5, 0.6, 0.75, 0.9, 1]) {
      expect(solveCoercion({ ...base, kS: k, kT: k, demand: 0.6 }).outcome).toBe("DL");
    }
  });

  it("identity: with one shared k = c_s/c_t, D* = c_t - c_s (exact up to 1e-15)", () => {
    for (const [cS, cT] of [[0.3, 1], [0.1, 2], [1, 4], [0.5, 0.5]]) {
      const k = cS / cT;
      expect(Math.abs(dStar(cS, cT, k) - (cT - cS))).toBeLessThan(1e-15);
    }
  });

  it("no sanctions are imposed on the equilibrium path with divisible demands and a shared k", () => {
    const rng = new Rng(7);
    for (let i = 0; i < 2000; i++) {
      const k = rng.uniform();
      const s = solveCoercion({ cS: rng.uniform() * 2, cT: rng.uniform() * 2, kS: k, kT: k, eps: rng.uniform() * 0.05 });
      expect(s.sanctionsImposed).toBe(false);
    }
  });

  it("utilities follow U_i = P_i - k_i P_j (exact)", () => {
    const u = utilities({ cS: 0.3, cT: 1, kS: 0.4, kT: 0.7, eps: 0.02 }, 0.5);
    expect(u.SQA).toEqual([0.02 - 0.4 * 0.02, 0.02 - 0.7 * 0.02]);
    expect(u.AQ).toEqual([0.5 + 0.4 * 0.5, -0.5 - 0.7 * 0.5]);
    expect(u.DL).toEqual([-0.3 + 0.4 * 1, -1 + 0.7 * 0.3]);
    expect(u.SQ).toEqual([0, 0]);
  });
});

describe("Drezner coercion game: second method (brute-force backward induction)", () => {
  it("agrees with the closed form on 3000 random games (outcome equal; demand within the grid step 1e-3)", () => {
    const rng = new Rng(2024);
    const g = grid(3, 3000);
    for (let i = 0; i < 3000; i++) {
      const p = { cS: rng.uniform() * 1.5, cT: rng.uniform() * 1.5, kS: rng.uniform(), kT: rng.uniform(), eps: rng.uniform() * 0.05 };
      const cf = solveCoercion(p);
      // keep clear of knife edges where a grid point cannot resolve the tie
      if (Math.abs(cf.credibilityMargin) < 1e-3 || Math.abs(cf.dStar) < 2e-3) continue;
      const bf = bruteForceCoercion(p, g);
      expect(bf.outcome).toBe(cf.outcome);
      if (cf.outcome === "AQ") expect(Math.abs(bf.demand! - cf.dStar)).toBeLessThanOrEqual(1e-3 + 1e-12);
    }
  });

  it("agrees with indivisible demands (exact)", () => {
    const rng = new Rng(99);
    for (let i = 0; i < 2000; i++) {
      const p = { cS: rng.uniform(), cT: rng.uniform() * 2, kS: rng.uniform(), kT: rng.uniform(), eps: 0.01, demand: rng.uniform() * 1.5 };
      const cf = solveCoercion(p);
      const bf = bruteForceCoercion(p, []);
      expect(bf.outcome).toBe(cf.outcome);
      expect(bf.utilities[0]).toBeCloseTo(cf.utilities[0], 14);
    }
  });
});

describe("Drezner coercion game: comparative statics (central finite differences, tolerance 1e-7)", () => {
  const h = 1e-6;
  const pts = [[0.3, 1, 0.5], [0.1, 2, 0.2], [0.8, 1.5, 0.9]];
  it("dD*/dc_t = 1/(1+k_T) > 0, dD*/dc_s = -k_T/(1+k_T) <= 0, dD*/dk_T = -(c_s+c_t)/(1+k_T)^2 < 0", () => {
    for (const [cS, cT, kT] of pts) {
      const dct = (dStar(cS, cT + h, kT) - dStar(cS, cT - h, kT)) / (2 * h);
      const dcs = (dStar(cS + h, cT, kT) - dStar(cS - h, cT, kT)) / (2 * h);
      const dk = (dStar(cS, cT, kT + h) - dStar(cS, cT, kT - h)) / (2 * h);
      expect(Math.abs(dct - 1 / (1 + kT))).toBeLessThan(1e-7);
      expect(Math.abs(dcs + kT / (1 + kT))).toBeLessThan(1e-7);
      expect(Math.abs(dk + (cS + cT) / (1 + kT) ** 2)).toBeLessThan(1e-7);
      expect(dct).toBeGreaterThan(0);
      expect(dcs).toBeLessThanOrEqual(0);
      expect(dk).toBeLessThan(0);
    }
  });
  it("the credible region c_s/c_t < k_S grows with k_S", () => {
    const share = (kS: number) => {
      let n = 0;
      for (let i = 0; i <= 200; i++) if (solveCoercion({ cS: i / 200, cT: 1, kS, kT: kS }).credible) n++;
      return n;
    };
    expect(share(0.2)).toBeLessThan(share(0.5));
    expect(share(0.5)).toBeLessThan(share(0.9));
  });
});

describe("Drezner coercion game: bad input", () => {
  it.each([
    [{ cS: -1, cT: 1, kS: 0.5, kT: 0.5 }, "cS"],
    [{ cS: 1, cT: Number.NaN, kS: 0.5, kT: 0.5 }, "cT"],
    [{ cS: 1, cT: 1, kS: 1.2, kT: 0.5 }, "kS"],
    [{ cS: 1, cT: 1, kS: 0.5, kT: -0.1 }, "kT"],
    [{ cS: 1, cT: 1, kS: 0.5, kT: 0.5, eps: -0.01 }, "eps"],
    [{ cS: 1, cT: 1, kS: 0.5, kT: 0.5, demand: Infinity }, "demand"],
  ])("rejects %o naming '%s'", (p, name) => {
    try {
      solveCoercion(p);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidParameterError);
      expect((e as InvalidParameterError).parameter).toBe(name);
      expect((e as Error).message).toContain(name);
    }
  });
});
