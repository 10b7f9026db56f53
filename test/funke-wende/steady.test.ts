/**
 * Funke & Wende general-equilibrium steady state: Pareto closed forms against quadrature, the printed
 * cutoff equations (19-20) and eq. 47 against the solver, steady-state residuals, Walras' law, the
 * calibration's fit, and a cross-check with the prototype study's numbers (fixture made by
 * test/fixtures/funke-wende/make-prototype-fixture.ts).
 */
import { describe, expect, it } from "vitest";
import * as fs from "fs";
import * as path from "path";
import * as fw from "../../src/models/funke-wende/index";
import { ConvergenceError } from "../../src/core/errors";

const proto = JSON.parse(fs.readFileSync(path.join(__dirname, "../fixtures/funke-wende/prototype.json"), "utf8"));
const cal = fw.calibrateReexportCost();
const { SC, RU, RW } = fw;

/** int_zc^inf z^a dG(z) by composite Gauss-Legendre (8 points) on t = (z / zc)^(a-k) in (0, 1], which maps the integrand to a polynomial-like smooth function. */
function quadMoment(a: number, zc: number, k: number): number {
  // substitute u = (zc / z)^k in (0, 1]: dG = k z^(-k-1) dz -> du (zmin = 1), z = zc u^(-1/k); integral = zc^(-k) int_0^1 (zc u^(-1/k))^a du
  const g = [-0.9602898564975363, -0.7966664774136267, -0.5255324099163290, -0.1834346424956498, 0.1834346424956498, 0.5255324099163290, 0.7966664774136267, 0.9602898564975363];
  const wts = [0.1012285362903763, 0.2223810344533745, 0.3137066458778873, 0.3626837833783620, 0.3626837833783620, 0.3137066458778873, 0.2223810344533745, 0.1012285362903763];
  // integrand u^(-a/k) is singular at 0 for a > 0: substitute u = s^m with m = 1 / (1 - a/k) so that u^(-a/k) du = m ds
  const m = 1 / (1 - a / k);
  const n = 64;
  let s = 0;
  for (let seg = 0; seg < n; seg++) {
    const lo = seg / n, hi = (seg + 1) / n;
    for (let q = 0; q < 8; q++) {
      const t = 0.5 * (hi - lo) * g[q] + 0.5 * (hi + lo);
      const u = Math.pow(t, m), du = m * Math.pow(t, m - 1);
      s += 0.5 * (hi - lo) * wts[q] * Math.pow(u, -a / k) * du;
    }
  }
  return Math.pow(zc, a - k) * s;
}

describe("Pareto closed forms (eqs. 16-18, 21-22)", () => {
  it("moments equal quadrature to 1e-8 relative, for direct exports (theta - 1) and re-exports ((1 - tau_z)(theta - 1))", () => {
    for (const [a, zc] of [[2.8, 1], [2.8, 1.9684], [1.96, 2.2076], [1.96, 1], [0.3, 3]]) {
      const cf = fw.paretoMoment(a, zc), num = quadMoment(a, zc, 3.4);
      expect(Math.abs(cf / num - 1)).toBeLessThan(1e-8);
    }
  });
  it("the printed eq. 19 and eq. 20 (bilateral price index and quantity) give the solver's cutoffs (1e-10 relative)", () => {
    const s = fw.scenario(cal, { Gamma: 0.191 }).state, p = s.params, th = p.theta, mu = th / (th - 1);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) {
      if (i === j) continue;
      const eps = s.e[j] / s.e[i], t = p.tariff[j][i];
      const kD = p.kappa[j][i] * s.D[j];
      const Pji = Math.pow(s.spend[j][i] / kD, 1 / (1 - th)), Qji = kD * Math.pow(Pji, -th);
      const z19 = p.tauX * mu * Math.pow(((1 + t) * s.MC[i]) / (eps * p.Z[i] * Pji), th / (th - 1)) * Math.pow((th * p.fX[i][j]) / Qji, 1 / (th - 1));
      expect(Math.abs(z19 / s.zX[i][j] - 1)).toBeLessThan(1e-10);
    }
    const eps = s.e[RU] / s.e[SC], tR = p.tariff[RW][SC], kD = p.kappa[RU][SC] * s.D[RU];
    const Pji = Math.pow(s.spend[RU][SC] / kD, 1 / (1 - th)), Qji = kD * Math.pow(Pji, -th);
    const z20 = Math.pow(p.tauRX * mu * mu * Math.pow(((1 + tR) * s.MC[SC]) / (eps * p.Z[SC] * Pji), th / (th - 1)) * Math.pow((th * p.fRX) / Qji, 1 / (th - 1)), 1 / (1 - p.tauZ));
    expect(Math.abs(z20 / s.zRX - 1)).toBeLessThan(1e-10);
  });
  it("eq. 47: average re-exporter profit = (k/(k - (1 - tau_z)(theta - 1)) - 1) MC f_RX / Z (1e-10 relative), independent of tau_RX", () => {
    for (const ch of [{ Gamma: 0.191 }, { Gamma: 0.44, tauRX: 0.99 }, { Gamma: 0.44, tauZ: 0.3735 }]) {
      const s = fw.scenario(cal, ch).state, p = s.params;
      const eq47 = (p.k / (p.k - (1 - p.tauZ) * (p.theta - 1)) - 1) * s.MC[SC] * p.fRX / p.Z[SC];
      expect(Math.abs(s.avgProfitRX / eq47 - 1)).toBeLessThan(1e-10);
    }
  });
  it("counts (eqs. 21-22) are the Pareto tails of the cutoffs (exact)", () => {
    const s = fw.scenario(cal, { Gamma: 0.44 }).state, p = s.params;
    expect(s.NXfirms[SC][RU]).toBeCloseTo((1 - 0.44) * s.ND[SC] * Math.pow(1 / s.zX[SC][RU], p.k), 12);
    expect(s.NRX).toBeCloseTo(0.44 * s.ND[SC] * Math.pow(1 / s.zRX, p.k), 12);
  });
});

describe("firm profits (Figure 3)", () => {
  it("direct-export profit is zero at z_X and the re-exporter's profit is zero at z_RX (1e-12 relative to the fixed cost)", () => {
    const s = cal.atTarget, fixed = s.MC[SC] * s.params.fX[SC][RU];
    expect(Math.abs(fw.firmProfitsSC(s, s.zX[SC][RU]).exportRU) / fixed).toBeLessThan(1e-12);
    expect(Math.abs(fw.firmProfitsSC(s, s.zRX).reexporter) / fixed).toBeLessThan(1e-12);
  });
});

describe("steady state", () => {
  it("all 15 residuals below 1e-10 at the base and in every counterfactual, including the dropped goods market", () => {
    for (const s of [cal.base, cal.atTarget, ...fw.figure4LongRun(cal).rows.map((r) => r.state)]) {
      for (const r of s.residuals) expect(Math.abs(r)).toBeLessThan(1e-10);
    }
  });
  it("Walras' law: SC's dropped goods market holds and net exports from the budget equal those from trade flows (1e-10 relative to GDP); sum of e NX = 0 (1e-10)", () => {
    for (const s of [cal.base, fw.scenario(cal, { Gamma: 0.44 }).state, fw.scenario(cal, { Gamma: 0.44 }, { reexports: false }).state]) {
      expect(Math.abs(s.walras)).toBeLessThan(1e-10);
      for (let i = 0; i < 3; i++) expect(Math.abs(s.netExports[i] - s.netExportsFlows[i]) / s.Y[i]).toBeLessThan(1e-10);
      expect(Math.abs(s.netExports.reduce((a, v, i) => a + s.e[i] * v, 0))).toBeLessThan(1e-10);
    }
  });
  it("re-solving from a rough guess gives the same point (1e-9 in logs)", () => {
    const s = fw.solveSteadyState(cal.params, cal.options, { guess: fw.roughGuess(cal.params) });
    for (let i = 0; i < 14; i++) expect(Math.abs(s.x[i] - cal.base.x[i])).toBeLessThan(1e-9);
  });
  it("a failing solve is a ConvergenceError naming the worst equation", () => {
    try {
      fw.solveSteadyState(cal.params, cal.options, { guess: cal.base, maxit: 1, tol: 1e-300 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConvergenceError);
      expect((e as Error).message).toMatch(/worst equation '.*\(eq\. \d+\)/);
    }
  });
});

describe("calibration", () => {
  it("mode A hits GDP shares, RU openness, import shares, trade balances and export participation (1e-9)", () => {
    const m = cal.moments, t = fw.TABLE2;
    for (let i = 0; i < 3; i++) expect(Math.abs(m.gdpShare[i] - t.gdpShare[i])).toBeLessThan(1e-9);
    expect(Math.abs(m.openness[RU] - 0.11)).toBeLessThan(1e-9);
    for (let j = 0; j < 3; j++) for (let i = 0; i < 3; i++) if (i !== j) expect(Math.abs(m.importShare[j][i] - t.importShare[j][i])).toBeLessThan(1e-9);
    const tb = fw.modeATradeBalance(t);
    for (let i = 0; i < 3; i++) expect(Math.abs(m.tradeBalance[i] - tb[i])).toBeLessThan(1e-9);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) if (i !== j) expect(Math.abs(m.participation[i][j] - (i === RU ? 0.2 : 0.1))).toBeLessThan(1e-9);
  });
  it("mode B hits all openness values; its trade balances are implied, not the published ones (1e-9)", () => {
    const b = fw.calibrate({ mode: "B", fRXRatio: cal.fRXRatio });
    for (let i = 0; i < 3; i++) expect(Math.abs(b.moments.openness[i] - fw.TABLE2.openness[i])).toBeLessThan(1e-9);
    expect(Math.abs(b.moments.tradeBalance[RU] - 0.075)).toBeGreaterThan(0.01);
  });
  it("f_RX is calibrated: 67.7% of banned varieties re-exported at Gamma = 0.191 (1e-10)", () => {
    expect(Math.abs(cal.share - 0.677)).toBeLessThan(1e-10);
  });
  it("out-of-sample: the share at Gamma = 0.44 is 76.0% under tau_X = 1.3 (paper: 76.2%), 78.0% under tau_X = 1 (1e-4)", () => {
    expect(Math.abs(fw.scenario(cal, { Gamma: 0.44 }).shareBase - 0.76040)).toBeLessThan(1e-4);
    const c1 = fw.calibrateReexportCost({}, fw.DEFAULT_OPTIONS, undefined, "base", { ...fw.table1(), tauX: 1 });
    expect(Math.abs(fw.scenario(c1, { Gamma: 0.44 }).shareBase - 0.78023)).toBeLessThan(1e-4);
  });
});

describe("cross-check with the prototype study (fixture)", () => {
  // the prototype has no iceberg cost on direct trade (tau_X = 1)
  const PROTO_BASE = { ...fw.table1(), tauX: 1 };
  const calProto = fw.calibrateReexportCost({}, fw.DEFAULT_OPTIONS, undefined, "base", PROTO_BASE);
  it("the calibrated base equals the prototype's printed values (printed to 5 decimals: half a unit in the 5th decimal plus 1e-6 relative)", () => {
    // the printed calibration uses f_RX = fX^{SC,RU}
    const c = proto.calibrationA, c1 = fw.calibrate({ mode: "A", fRXRatio: 1 }, fw.DEFAULT_OPTIONS, PROTO_BASE), s = c1.base;
    for (let i = 0; i < 3; i++) {
      for (const [a, b] of [[s.Y[i], c.Y[i]], [s.C[i], c.C[i]], [s.MC[i], c.MC[i]], [s.ND[i], c.ND[i]], [c1.params.alpha[i], c.alpha[i]], [c1.params.L[i], c.L[i]], [c1.params.B[i], c.B[i]]]) {
        expect(Math.abs(a - b)).toBeLessThan(5e-6 + 1e-6 * Math.abs(b));
      }
    }
  });
  it("GDP changes and re-export shares equal the prototype's to 1e-8 percentage points (independent derivations of the same equations)", () => {
    const r = proto.results;
    const cases: [string, number, boolean][] = [["A_s_base_G0.191", 0.191, true], ["A_s_base_G0.191_norx", 0.191, false], ["A_s_base_G0.44", 0.44, true], ["A_s_base_G0.44_norx", 0.44, false]];
    for (const [key, G, rx] of cases) {
      const sc = fw.scenario(calProto, { Gamma: G }, { reexports: rx });
      for (let i = 0; i < 3; i++) {
        expect(Math.abs(sc.dGDP[i] - r[key].dY[i])).toBeLessThan(1e-8);
        expect(Math.abs(sc.dC[i] - r[key].dC[i])).toBeLessThan(1e-8);
      }
      expect(Math.abs(sc.shareBase - r[key].s_base)).toBeLessThan(1e-9);
      expect(Math.abs(sc.reexportShareOfImports - r[key].reexp_share_RUimp)).toBeLessThan(1e-9);
    }
  });
  it("the sensitivity rows that share an option with the prototype agree to 1e-6 pp", () => {
    const rows = fw.sensitivity(fw.VARIANTS.filter((v) => ["A11", "A4", "A9", "A3"].includes(v.ambiguity) || v.spec?.mode === "B" && !v.options).map((v) => ({ ...v, params: { tauX: 1, ...v.params } })));
    const map: Record<string, string> = {
      "calibration mode B (all openness, TB implied)": "B: all openness matched, TB implied",
      "GDP excl. tariff revenue": "A: GDP excl. tariff revenue",
      "GDP at factor cost": "A: GDP at factor cost (wL+RK+Nd)",
      "consumption instead of GDP": "A: consumption instead of GDP",
      "re-export tariff at RU's 5.3% (eq. 20)": "A: re-export tariff = RU's 5.3% (eq. 20)",
      "entry cost in final goods (eq. 42)": "A: entry cost in final goods (eq. 42)",
      "f_RX = f_X (no share fit)": "A: f_RX = f_X (no share fit)",
    };
    let n = 0;
    for (const r of rows) {
      const ref = proto.sensitivity.find((x: { label: string }) => x.label === map[r.label]);
      if (!ref) continue;
      n++;
      const ours = [r.g191.RU, r.g191.SC, r.g191.RW, r.g191.share, r.g440.RU, r.g440.SC, r.g440.RW, r.g440.share];
      const theirs = [...ref.g191.slice(0, 4), ...ref.g440.slice(0, 4)];
      for (let q = 0; q < 8; q++) expect(Math.abs(ours[q] - theirs[q])).toBeLessThan(1e-6);
    }
    expect(n).toBe(7);
  });
});
