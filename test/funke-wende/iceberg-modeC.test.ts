/**
 * Funke & Wende: the iceberg cost of direct trade tau_X ([A2]) and calibration mode C ([A12]).
 * - tau_X invariance (what holds exactly): scaling tau_X and tau_RX by the same factor and re-calibrating to
 *   the same targets gives the same percentage responses to every experiment, the same moments, cutoffs,
 *   participation, re-export shares, exchange rates and fixed export costs; GDP levels (own final goods)
 *   move by one factor common to all regions, while alpha, kappa and L are re-fitted to other values.
 *   It is not a parameter symmetry of the model: scaling alpha by lambda^(omega - 1) alone does not keep the
 *   equilibrium, because the Armington weights are tied (1 - alpha, alpha): tested to fail.
 * - tau_X fitted to the 67.7% share (f_RX = f_X) hits it to 1e-10.
 * - mode C hits SC's and RU's openness, the import shares, GDP shares and RU's trade balance to 1e-10.
 */
import { describe, expect, it } from "vitest";
import * as fw from "../../src/models/funke-wende/index";

const { SC, RU, RW } = fw;
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));

describe("tau_X invariance", () => {
  for (const mode of ["A", "B", "C"] as const) {
    it(`mode ${mode}: (tau_X, tau_RX) and lambda (tau_X, tau_RX), re-calibrated, give the same percentage responses, moments, cutoffs and shares (1e-11 relative)`, () => {
      const run = (lam: number) => {
        const base = { ...fw.table1(), tauX: lam, tauRX: 0.9 * lam };
        const c = fw.calibrate({ mode, fRXRatio: 0.9 }, fw.DEFAULT_OPTIONS, base);
        return { c, s: fw.scenario(c, { Gamma: 0.191 }), n: fw.scenario(c, { Gamma: 0.44 }, { reexports: false }) };
      };
      const a = run(1), b = run(1.3);
      let worst = 0;
      const cmp = (x: number, y: number) => { worst = Math.max(worst, rel(x, y)); };
      for (let i = 0; i < 3; i++) {
        for (const k of ["dGDP", "dC", "dI", "dK", "dND", "de", "dExports"] as const) { cmp(a.s[k][i], b.s[k][i]); cmp(a.n[k][i], b.n[k][i]); }
        cmp(a.c.moments.openness[i], b.c.moments.openness[i]); cmp(a.c.moments.tradeBalance[i], b.c.moments.tradeBalance[i]);
        // levels: every region's GDP (own final goods) by one common factor, the exchange rates unchanged
        cmp(b.c.base.Y[i] / a.c.base.Y[i], b.c.base.Y[SC] / a.c.base.Y[SC]); cmp(a.c.base.e[i], b.c.base.e[i]);
        for (let j = 0; j < 3; j++) { cmp(a.c.params.fX[i][j], b.c.params.fX[i][j]); cmp(a.c.base.zX[i][j], b.c.base.zX[i][j]); cmp(a.c.base.NXfirms[i][j] / a.c.base.ND[i], b.c.base.NXfirms[i][j] / b.c.base.ND[i]); }
      }
      cmp(a.s.shareBase, b.s.shareBase); cmp(a.s.shareSame, b.s.shareSame); cmp(a.s.reexportShareOfImports, b.s.reexportShareOfImports); cmp(a.s.state.zRX, b.s.state.zRX);
      expect(worst).toBeLessThan(1e-11);
      // alpha moves, and not by the naive factor lambda^(omega - 1) (the weights 1 - alpha, alpha are tied)
      for (let i = 0; i < 3; i++) {
        const r = b.c.params.alpha[i] / a.c.params.alpha[i];
        expect(r).toBeGreaterThan(1.2);
        expect(Math.abs(r - Math.pow(1.3, 0.9))).toBeGreaterThan(1e-3);
      }
    });
  }
  it("without re-calibration, scaleIceberg (alpha x lambda^(omega - 1)) leaves import spending shares but not the equilibrium unchanged", () => {
    const c = fw.calibrate({ fRXRatio: 1 });
    const s2 = fw.solveSteadyState(fw.scaleIceberg(c.params, 1.3), fw.DEFAULT_OPTIONS, { guess: c.base });
    expect(rel(s2.Y[RU], c.base.Y[RU])).toBeGreaterThan(1e-4);
  });
});

describe("tau_X fitted to the 67.7% share", () => {
  it("with f_RX = f_X, tau_X = 1.3226 reaches 67.7% at Gamma = 0.191 (1e-10)", () => {
    const c = fw.calibrateIcebergCost();
    expect(Math.abs(c.share - 0.677)).toBeLessThan(1e-10);
    expect(c.fRXRatio).toBe(1);
    expect(Math.abs(c.tauX - 1.3226)).toBeLessThan(1e-3);
    expect(Math.abs(fw.reexportShare(c.atTarget, c.base) - 0.677)).toBeLessThan(1e-10);
  });
  it("f_RX fitted at tau_X = 1.3 is 0.954 f_X, at tau_X = 1 0.461 f_X (1e-3)", () => {
    expect(Math.abs(fw.calibrateReexportCost().fRXRatio - 0.9536)).toBeLessThan(1e-3);
    expect(Math.abs(fw.calibrateReexportCost({}, fw.DEFAULT_OPTIONS, undefined, "base", { ...fw.table1(), tauX: 1 }).fRXRatio - 0.4613)).toBeLessThan(1e-3);
  });
});

describe("calibration mode C", () => {
  const c = fw.calibrate({ mode: "C", fRXRatio: 1 });
  const m = c.moments, t = fw.TABLE2;
  it("hits SC's and RU's openness, all import shares, the GDP shares and RU's trade balance (1e-10), and export participation", () => {
    expect(Math.abs(m.openness[SC] - t.openness[SC])).toBeLessThan(1e-10);
    expect(Math.abs(m.openness[RU] - t.openness[RU])).toBeLessThan(1e-10);
    for (let j = 0; j < 3; j++) for (let i = 0; i < 3; i++) if (i !== j) expect(Math.abs(m.importShare[j][i] - t.importShare[j][i])).toBeLessThan(1e-10);
    for (let i = 0; i < 3; i++) expect(Math.abs(m.gdpShare[i] - t.gdpShare[i])).toBeLessThan(1e-10);
    expect(Math.abs(m.tradeBalance[RU] - t.tradeBalance[RU])).toBeLessThan(1e-10);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) if (i !== j) expect(Math.abs(m.participation[i][j] - (i === RU ? 0.2 : 0.1))).toBeLessThan(1e-10);
  });
  it("leaves RW's openness and SC's and RW's trade balances free (8.47%, +1.02%, -1.83%: 1e-4), the world's net exports sum to zero (1e-12)", () => {
    expect(Math.abs(m.openness[RW] - 0.0847)).toBeLessThan(1e-4);
    expect(Math.abs(m.tradeBalance[SC] - 0.0102)).toBeLessThan(1e-4);
    expect(Math.abs(m.tradeBalance[RW] + 0.0183)).toBeLessThan(1e-4);
    const s = c.base;
    expect(Math.abs(s.netExports.reduce((acc, v, i) => acc + s.e[i] * v, 0)) / s.Y[SC]).toBeLessThan(1e-12);
    expect(fw.targetedMoments("C").openness).toEqual([true, true, false]);
  });
  it("an unknown mode is a typed error", () => {
    expect(() => fw.calibrate({ mode: "D" as "A" })).toThrow(/mode/);
  });
});

describe("re-exporters' fixed cost in RW bundles ([A10] variant)", () => {
  it("Walras' law and the flow accounting hold (1e-10 relative to GDP); the share is still fitted to 67.7% (1e-10); the .mod writer refuses it", () => {
    const o = { ...fw.DEFAULT_OPTIONS, reexportFixedCost: "RW" as const };
    const c = fw.calibrateReexportCost({}, o);
    expect(Math.abs(c.share - 0.677)).toBeLessThan(1e-10);
    for (const s of [c.base, c.atTarget]) {
      expect(Math.abs(s.walras)).toBeLessThan(1e-10);
      for (let i = 0; i < 3; i++) expect(Math.abs(s.netExports[i] - s.netExportsFlows[i]) / s.Y[i]).toBeLessThan(1e-10);
    }
    expect(() => fw.transition(c, { Gamma: 0.191, periods: 10 })).toThrow(/SC bundles/);
  });
});
