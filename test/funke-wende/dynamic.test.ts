/**
 * Funke & Wende dynamic model: the .mod written from the calibration, solved by our perfect-foresight
 * engine. Terminal point = static steady state, Walras' law along the path, independence of the early
 * path from the horizon, and (when the fixture exists) equality with Dynare 5.3 on the same .mod.
 */
import { describe, expect, it } from "vitest";
import * as fs from "fs";
import * as path from "path";
import * as fw from "../../src/models/funke-wende/index";
import { parseMod, runMod } from "../../src/dynare/index";
import { refNumber } from "../helpers/compare";

const cal = fw.calibrateReexportCost();
const tr = fw.transition(cal, { Gamma: 0.191, nuG: 1.5, periods: 300 });

describe("dynamic model (.mod) with our engine", () => {
  it("initial and terminal steady states equal the static solver's (1e-10 relative) and g = 1 in both", () => {
    const st = tr.terminal, b = cal.base;
    for (let i = 0; i < 3; i++) {
      const g = fw.REGIONS[i];
      for (const [v, a, c] of [["Y", st.Y[i], b.Y[i]], ["C", st.C[i], b.C[i]], ["K", st.K[i], b.K[i]], ["ND", st.ND[i], b.ND[i]], ["MC", st.MC[i], b.MC[i]]] as const) {
        expect(Math.abs(tr.run.steadyTerminal[`${v}_${g}`] / a - 1)).toBeLessThan(1e-10);
        expect(Math.abs(tr.run.steadyInitial[`${v}_${g}`] / c - 1)).toBeLessThan(1e-10);
      }
    }
    expect(Math.abs(tr.run.steadyTerminal.zRX / st.zRX - 1)).toBeLessThan(1e-10);
    expect(Math.abs(tr.run.steadyTerminal.shareBase - 0.677)).toBeLessThan(1e-9);
    for (const k of Object.keys(tr.run.steadyTerminal).filter((x) => x.startsWith("g_"))) expect(Math.abs(tr.run.steadyTerminal[k] - 1)).toBeLessThan(1e-12);
  });
  it("investment, both readings: the path's last quarter equals the steady-state change (capital only, and eq. 42's capital plus entry investment; 1e-4 pp)", () => {
    const sc = fw.scenario(cal, { Gamma: 0.191 });
    for (let i = 0; i < 3; i++) {
      const g = fw.REGIONS[i];
      const a = tr.investment(g, "capital"), b = tr.investment(g, "capitalPlusEntry");
      expect(Math.abs(a[a.length - 1] - sc.dI[i])).toBeLessThan(1e-4);
      expect(Math.abs(b[b.length - 1] - sc.dIEntry[i])).toBeLessThan(1e-4);
      expect(Math.abs(a[0])).toBeLessThan(1e-9);
      expect(Math.abs(b[0])).toBeLessThan(1e-9);
    }
  });
  it("the stacked system is solved (max residual < 1e-9) and the path ends at the terminal point (1e-6 relative)", () => {
    expect(tr.run.maxResidual).toBeLessThan(1e-9);
    const y = tr.level("Y_RU");
    expect(Math.abs(y[301] / tr.run.steadyTerminal.Y_RU - 1)).toBeLessThan(1e-6);
  });
  it("Walras' law along the path: SC's dropped goods market holds in every period (1e-9 relative)", () => {
    const p = cal.params;
    for (let t = 1; t <= 300; t++) {
      const MC = tr.level("MC_SC")[t], X = tr.level("X_SC")[t];
      const Q = tr.level("Q_SC")[t], C = tr.level("C_SC")[t], I = tr.level("Ik_SC")[t];
      expect(Math.abs((C + I + p.rhoM * MC * X) / Q - 1)).toBeLessThan(1e-9);
    }
  });
  it("the first 20 years do not depend on the horizon (T = 300 vs 600: 1e-3 pp of RU GDP)", () => {
    const long = fw.transition(cal, { Gamma: 0.191, nuG: 1.5, periods: 600 });
    const a = tr.pct("Y_RU"), b = long.pct("Y_RU");
    for (let t = 1; t <= 80; t++) expect(Math.abs(a[t] - b[t])).toBeLessThan(1e-3);
  }, 30_000);
  it("the committed funke-wende.mod (primary reading) parses and solves with the engine (600 quarters, Dynare's default stopping rule: max residual < 1e-5) and ends at the static steady state (0.01 pp)", () => {
    const file = path.join(__dirname, "../../src/models/funke-wende/funke-wende.mod");
    const run = runMod(parseMod(fs.readFileSync(file, "utf8"), file));
    expect(run.maxResidual).toBeLessThan(1e-5);
    // the primary reading (tau_X = 1.3): RU's long-run GDP change at Gamma = 0.191 is -0.621%
    expect(Math.abs(100 * (run.paths.Y_RU[run.periods] / run.steadyInitial.Y_RU - 1) - fw.scenario(cal, { Gamma: 0.191 }).dGDP[fw.RU])).toBeLessThan(1e-2); // pp, at the solver tolerance of 1e-5
  }, 30_000);
});

const FIXTURES: [string, string, string][] = [
  ["tau_X = 1 (the earlier default)", path.join(__dirname, "../fixtures/funke-wende/dynare"), "fw_g191_nug15"],
  ["primary reading, tau_X = 1.3", path.join(__dirname, "fixtures/dynare-primary"), "fw_primary_g191_nug15"],
];
describe("against Dynare 5.3 on the same .mod", () => {
  for (const [what, dir, name] of FIXTURES) {
    it(`${what}: paths equal Dynare's to 1e-8 relative (Gamma 0.191, nu_g = 1.5, 200 quarters)`, () => {
      const lines = fs.readFileSync(path.join(dir, `${name}_dynare_paths.csv`), "utf8").trim().split("\n");
      const head = lines[0].split(",");
      // an empty or non-numeric cell is NaN (Number("") would read it as 0); a ragged row fails
      const rows = lines.slice(1).map((l, t) => {
        const cells = l.split(",");
        expect(cells.length, `reference period ${t}: cells`).toBe(head.length);
        return cells.map(refNumber);
      });
      expect(rows.length, "reference periods").toBeGreaterThan(0);
      const text = fs.readFileSync(path.join(dir, `${name}.mod`), "utf8");
      const run = runMod(parseMod(text, `${name}.mod`), { solver: { tolf: 1e-12 } });
      // every endogenous variable of ours is in the reference (none left unchecked)
      for (const v of run.model.endo) expect(head, `the reference has no column '${v}'`).toContain(v);
      let worst = 0, where = "";
      for (let c = 1; c < head.length; c++) {
        const ours = run.paths[head[c]];
        expect(ours, `our paths have no variable '${head[c]}'`).toBeDefined();
        expect(ours.length, `periods of ${head[c]}`).toBe(rows.length);
        for (let t = 0; t < rows.length; t++) {
          const raw = Math.abs(ours[t] - rows[t][c]) / Math.max(1, Math.abs(rows[t][c]));
          const d = Number.isFinite(raw) ? raw : Number.POSITIVE_INFINITY; // a NaN on either side fails
          if (d > worst) { worst = d; where = `${head[c]} at ${t}`; }
        }
      }
      expect(worst, where).toBeLessThan(1e-8);
    }, 30_000);
  }
  it("the primary-reading fixture is the .mod the writer produces from today's calibration (same text)", () => {
    const text = fw.modText({ ...fw.transitionSpec(cal, { Gamma: 0.191, nuG: 1.5, periods: 200 }), tolf: 1e-9 });
    expect(fs.readFileSync(path.join(__dirname, "fixtures/dynare-primary/fw_primary_g191_nug15.mod"), "utf8")).toBe(text);
  });
});
