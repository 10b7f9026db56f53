/**
 * Funke & Wende building blocks: Pareto closed forms against numerical integration, cutoff
 * identities, the f_RX calibration and the secondary-sanction cost identities (cross-checked with
 * the values printed by the prototype study in ../shared/reference/funke-wende/out_pe.txt, copied here).
 */
import { describe, expect, it } from "vitest";
import { averageProductivity, cutoffForShare, paretoMoment, participation, TABLE1 } from "../../src/models/funke-wende/pareto";
import { calibrateFixedCost, DEFAULT_SETTING, reexportCutoff, reexportShare, secondarySanction } from "../../src/models/funke-wende/reexport";
import { InvalidParameterError } from "../../src/core/errors";

/** int_zc^inf z^a dG(z), dG = k zmin^k z^(-k-1) dz (zmin = 1), by Simpson's rule in x = log(z / zc) on [0, X] with the tail beyond X below 1e-20. */
function numericMoment(a: number, zc: number, k = TABLE1.k): number {
  const X = 50 / (k - a);
  const n = 20000;
  const f = (x: number) => { const z = zc * Math.exp(x); return Math.pow(z, a) * k * Math.pow(z, -k); };
  let s = 0;
  for (let i = 0; i <= n; i++) s += (i === 0 || i === n ? 1 : i % 2 ? 4 : 2) * f((X * i) / n);
  return (s * X) / (3 * n);
}

describe("Pareto closed forms", () => {
  it("moments equal numerical integration (1e-6 relative)", () => {
    for (const [a, zc] of [[2.8, 1], [2.8, 1.9684], [1.96, 2.2077], [1, 3]]) {
      const cf = paretoMoment(a, zc), num = numericMoment(a, zc);
      expect(Math.abs(cf / num - 1)).toBeLessThan(1e-6);
    }
  });
  it("participation and cutoffs invert each other; 10% participation gives z_X = 1.9684 (prototype, 4 decimals)", () => {
    expect(participation(cutoffForShare(0.2))).toBeCloseTo(0.2, 14);
    expect(cutoffForShare(0.1)).toBeCloseTo(1.9684, 4);
    expect(averageProductivity(2.8, cutoffForShare(0.1))).toBeCloseTo(3.657, 3);
  });
  it("average productivity is the a-th power mean: ztilde^a = I(a, zc) / share (1e-12)", () => {
    const zc = 2.1, a = 1.96;
    expect(Math.abs(Math.pow(averageProductivity(a, zc), a) - paretoMoment(a, zc) / participation(zc))).toBeLessThan(1e-12);
  });
  it("diverging moments are typed errors", () => {
    expect(() => paretoMoment(3.5, 2)).toThrow(InvalidParameterError);
    expect(() => cutoffForShare(0)).toThrow(/share/);
  });
});

describe("re-export block (partial equilibrium)", () => {
  it("f_RX/f_X pinned by the 67.7% share at 10% participation equals the prototype's 0.4371 (1e-4)", () => {
    const f = calibrateFixedCost(0.677, 0.1);
    expect(Math.abs(f - 0.4371)).toBeLessThan(1e-4);
    const s = { ...DEFAULT_SETTING, fixedCostRatio: f };
    expect(Math.abs(reexportShare(cutoffForShare(0.1), s) - 0.677)).toBeLessThan(1e-10);
    expect(reexportCutoff(cutoffForShare(0.1), s)).toBeCloseTo(2.2077, 4);
  });
  it("with f_RX = f_X the share is 0.1611 (prototype, 4 decimals)", () => {
    expect(reexportShare(cutoffForShare(0.1), DEFAULT_SETTING)).toBeCloseTo(0.1611, 4);
  });
  it("tau_RX +10% raises the average cost by exactly 10% at fixed composition; tau_z +24.5% by 10.0% (identity at 10% participation)", () => {
    const s = { ...DEFAULT_SETTING, fixedCostRatio: calibrateFixedCost(0.677, 0.1) };
    expect(Math.abs(secondarySanction("tauRX", 0.1, 0.1, s).fixedComposition - 10)).toBeLessThan(1e-10);
    expect(Math.abs(secondarySanction("tauZ", 0.245, 0.1, s).fixedComposition - 10)).toBeLessThan(1e-3);
  });
  it("with exit, tau_RX +10% raises the average cost by 14.5-14.6% (prototype 14.5%)", () => {
    const s = { ...DEFAULT_SETTING, fixedCostRatio: calibrateFixedCost(0.677, 0.1) };
    const r = secondarySanction("tauRX", 0.1, 0.1, s);
    expect(r.withExit).toBeGreaterThan(14.5);
    expect(r.withExit).toBeLessThan(14.7);
    expect(r.zRXAfter).toBeGreaterThan(r.zRXBefore);
  });
});
