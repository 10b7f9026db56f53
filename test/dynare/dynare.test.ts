/**
 * The .mod reader and the perfect-foresight solver against Dynare 5.3 (fixtures under
 * test/fixtures/dynare: reference paths for ramst copied by scripts/import-reference.ts, and paths
 * for our own models made by scripts/run_dynare.m), closed forms and finite differences.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { maxPathDiff, refNumber } from "../helpers/compare";
import { compileModel, derivative, loadMod, parseMod, prepareRun, runMod, solvePrepared } from "../../src/dynare/index";
import { SyntaxError_, NumericalError, SanctionsLabError } from "../../src/core/errors";
import { blanchardKahn } from "../../src/solvers/bk";
import { Rng } from "../../src/core/rng";

const FX = path.join(__dirname, "..", "fixtures", "dynare");
const csv = (f: string) => {
  const L = fs.readFileSync(path.join(FX, f), "utf8").trim().split("\n");
  return { h: L[0].split(","), rows: L.slice(1).map((l) => l.split(",")) };
};
const model = (m: string) => loadMod(path.join(FX, "models", `${m}.mod`));
/** maxPathDiff over every endogenous variable of the model, and the reference must cover all our periods */
const maxDiffAll = (r: { paths: Record<string, ArrayLike<number>>; model: { endo: string[] } }, f: string): number => {
  const ref = csv(f);
  for (const v of r.model.endo) expect(r.paths[v].length, `${f}: periods of '${v}'`).toBe(ref.rows.length);
  return maxPathDiff(r.paths, ref, r.model.endo);
};
const steadyOf = (m: string) => {
  const s = csv(`dynare-out/${m}_dynare_steady.csv`);
  const init: Record<string, number> = {}, term: Record<string, number> = {};
  // every variable of the model, each with a finite initial and terminal value (an empty cell is not 0)
  if (s.rows.length === 0) throw new Error(`${m}: the Dynare steady-state file has no rows`);
  s.rows.forEach((r) => {
    const a = refNumber(r[1]), b = refNumber(r[2]);
    if (r.length !== 3 || !Number.isFinite(a) || !Number.isFinite(b)) throw new Error(`${m}: steady state of '${r[0]}' is not two finite numbers: ${r.join(",")}`);
    init[r[0]] = a; term[r[0]] = b;
  });
  const missing = model(m).endo.map((v) => v.name).filter((v) => !(v in init));
  if (missing.length) throw new Error(`${m}: the Dynare steady-state file lacks ${missing.join(", ")}`);
  return { init, term };
};

describe("ramst.mod (Dynare example) against Dynare 5.3", () => {
  it("steady state equals the closed form and Dynare's (1e-12 rel)", () => {
    const r = runMod(model("ramst"), { solver: { exact: true } });
    const kss = Math.pow((0.02 + 0.05) / (0.5 * 0.5), 1 / (0.5 - 1));
    expect(Math.abs(r.steadyInitial.k / kss - 1)).toBeLessThan(1e-12);
    const ss = csv("ramst/ramst_steady_state.csv");
    expect(Math.abs(r.steadyInitial.c / Number(ss.rows[0][1]) - 1)).toBeLessThan(1e-12);
  });
  it("exact path equals Dynare's tight solution to 1e-10; Dynare's stopping rule reproduces its default output to 1e-12", () => {
    const exact = runMod(model("ramst"), { solver: { exact: true } });
    expect(maxDiffAll(exact, "ramst/ramst_endo_paths_tight.csv")).toBeLessThan(1e-10);
    expect(exact.maxResidual).toBeLessThan(1e-12);
    const dflt = runMod(model("ramst"));
    expect(maxDiffAll(dflt, "ramst/ramst_endo_paths.csv")).toBeLessThan(1e-12);
    expect(dflt.iterations).toBe(2); // Dynare: 2 Newton steps (ramst_timing.txt)
  });
  it("permanent shock: with Dynare's terminal steady state (its 'steady' stops near 1e-5), paths equal the tight solution to 1e-10", () => {
    const ss = csv("ramst/ramst_permanent_steady_state.csv");
    const term = { c: Number(ss.rows[0][2]), k: Number(ss.rows[1][2]) };
    const r = runMod(model("ramst_permanent"), { terminalSteady: term, solver: { exact: true } });
    expect(maxDiffAll(r, "ramst/ramst_permanent_endo_paths_tight.csv")).toBeLessThan(1e-10);
    // Dynare's default stopping rule from Dynare's steady states reproduces its default output (1e-12)
    const init = { c: Number(ss.rows[0][1]), k: Number(ss.rows[1][1]) };
    const dflt = runMod(model("ramst_permanent"), { initialSteady: init, terminalSteady: term });
    expect(maxDiffAll(dflt, "ramst/ramst_permanent_endo_paths.csv")).toBeLessThan(1e-12);
    expect(dflt.iterations).toBe(2);
    // our own terminal steady state is the exact closed form (Dynare's differs by about 2e-5)
    const own = runMod(model("ramst_permanent"), { solver: { exact: true } });
    const kss = Math.pow((0.07) / (0.5 * 0.5 * 1.1), 1 / (0.5 - 1));
    expect(Math.abs(own.steadyTerminal.k / kss - 1)).toBeLessThan(1e-11);
  });
});

describe("our models against Dynare 5.3 (scripts/run_dynare.m)", () => {
  for (const [m, tol] of [["rbc_locals", 1e-12], ["rbc_panel7", 1e-11], ["rbc_panel10", 1e-11], ["ramst_order2", 1e-5]] as [string, number][]) {
    it(`${m}: from Dynare's steady states, Dynare's stopping rule reproduces its path to ${tol}`, () => {
      const { init, term } = steadyOf(m);
      const r = runMod(model(m), { initialSteady: init, terminalSteady: term });
      expect(maxDiffAll(r, `dynare-out/${m}_dynare_paths.csv`)).toBeLessThan(tol);
      const exact = runMod(model(m), { initialSteady: init, terminalSteady: term, solver: { exact: true } });
      expect(exact.maxResidual).toBeLessThan(1e-11);
      expect(maxDiffAll(exact, `dynare-out/${m}_dynare_paths.csv`)).toBeLessThan(1e-5);
    });
  }
  it("ramst_order2 (leads and lags of order 2): Dynare iterates on its auxiliary-variable form, so default outputs differ within its 1e-5 rule; exact paths agree (tight.test.ts)", () => {
    const r = runMod(model("ramst_order2"), { solver: { exact: true } });
    expect(r.model.maxLag).toBe(2);
    expect(r.model.maxLead).toBe(2);
  });
  it("steady_state_model and our Newton steady state agree with Dynare's steady states (1e-5, its tolerance)", () => {
    for (const m of ["rbc_locals", "rbc_panel7"]) {
      const { term } = steadyOf(m);
      const r = runMod(model(m), { solver: { exact: true } });
      for (const [v, x] of Object.entries(term)) expect(Math.abs(r.steadyTerminal[v] - x), `${m} ${v}`).toBeLessThan(1e-5 * Math.max(1, Math.abs(x)));
    }
  });
  it("a permanent shock ends at the new steady state (terminal condition exact; period T within 1e-5 relative)", () => {
    const r = runMod(model("rbc_locals"), { solver: { exact: true } });
    for (const v of r.variables) {
      expect(Math.abs(r.paths[v][r.periods] / r.steadyTerminal[v] - 1)).toBeLessThan(1e-5);
      expect(r.paths[v][r.periods + 1]).toBe(r.steadyTerminal[v]);
    }
  });
  it("cost is linear in T: 4x the periods costs well under 8x the time (min of 5 warm solves, CPU time)", () => {
    const m = model("rbc_panel7");
    const cpu = (T: number) => {
      const prep = prepareRun(m, { periods: T });
      for (let k = 0; k < 3; k++) solvePrepared(prep);
      let best = Infinity;
      for (let k = 0; k < 5; k++) {
        const c0 = process.cpuUsage();
        solvePrepared(prep);
        const c = process.cpuUsage(c0);
        best = Math.min(best, c.user + c.system);
      }
      return best;
    };
    const a = cpu(150), b = cpu(600);
    expect(b / a).toBeLessThan(8);
  });
});

describe("symbolic Jacobians equal central finite differences (1e-7 relative)", () => {
  it("on every model, at random points near the steady state", () => {
    const rng = new Rng(17);
    for (const name of ["ramst", "ramst_order2", "rbc_locals", "rbc_panel7"]) {
      const mod = model(name);
      const m = compileModel(mod);
      const run = runMod(mod, { solver: { exact: true } });
      const P = Float64Array.from(mod.params.map((p) => run.params[p]));
      const rows = m.maxLag + m.maxLead + 3;
      const r = m.maxLag + 1;
      const Y = new Float64Array(rows * m.n), X = new Float64Array(rows * Math.max(1, m.nx));
      for (let i = 0; i < rows; i++) m.endo.forEach((v, j) => (Y[i * m.n + j] = run.steadyInitial[v] * (1 + 0.05 * (rng.uniform() - 0.5))));
      for (let i = 0; i < X.length; i++) X[i] = m.exo.length ? (name.startsWith("ramst") ? 1 : 0) + 0.02 * (rng.uniform() - 0.5) : 0;
      const res = new Float64Array(m.n), jac = new Float64Array(m.jacIndex.length), rp = new Float64Array(m.n), rm = new Float64Array(m.n), jj = new Float64Array(m.jacIndex.length);
      m.dynamic(Y, X, P, r, res, jac);
      m.jacIndex.forEach(({ i, j, lag }, e) => {
        const idx = (r + lag) * m.n + j;
        const h = 1e-6 * Math.max(1, Math.abs(Y[idx]));
        const y0 = Y[idx];
        Y[idx] = y0 + h; m.dynamic(Y, X, P, r, rp, jj);
        Y[idx] = y0 - h; m.dynamic(Y, X, P, r, rm, jj);
        Y[idx] = y0;
        const fd = (rp[i] - rm[i]) / (2 * h);
        expect(Math.abs(jac[e] - fd) / Math.max(1, Math.abs(fd)), `${name} eq ${i} var ${j} lag ${lag}`).toBeLessThan(1e-7);
      });
    }
  });
  it("derivatives of every supported function match finite differences", () => {
    const fns = ["exp(x)", "log(x)", "ln(x)", "log10(x)", "sqrt(x)", "abs(x)", "sin(x)", "cos(x)", "tan(x)", "normcdf(x)", "normpdf(x)", "erf(x)", "min(x, 2*x)", "max(x, 0.5)", "x^x", "2^x", "x^3 / (1 + x)"];
    for (const f of fns) {
      const mod = parseMod(`var y; varexo x; model; y = ${f}; end;`, "fn.mod");
      const m = compileModel(mod);
      const d = derivative(m.equations[0], "x", 0)!;
      for (const x0 of [0.3, 0.7, 1.3]) {
        const ev = (x: number) => m.evalStatic(m.equations[0], { x, y: 0 });
        const fd = (ev(x0 + 1e-6) - ev(x0 - 1e-6)) / 2e-6;
        const an = m.evalStatic(d as never, { x: x0, y: 0 });
        expect(Math.abs(an - fd) / Math.max(1, Math.abs(fd)), `${f} at ${x0}`).toBeLessThan(1e-7);
      }
    }
  });
});

describe("parser errors carry line and column", () => {
  const bad = (src: string) => { try { parseMod(src, "bad.mod"); } catch (e) { return e as SyntaxError_; } throw new Error("no error"); };
  it("syntax error", () => {
    const e = bad("var c k;\nvarexo x;\nmodel;\nc = k(+1 + 2;\nk = x;\nend;\n");
    expect(e).toBeInstanceOf(SyntaxError_);
    expect([e.line, e.column]).toEqual([4, 10]);
    expect(e.message).toMatch(/bad\.mod:4:10: expected '\)'/);
  });
  it("unsupported command", () => {
    const e = bad("var c;\nvarexo x;\nmodel;\nc = x;\nend;\nstoch_simul(order=1);\n");
    expect(e.code).toBe("NOT_SUPPORTED");
    expect([e.line, e.column]).toEqual([6, 1]);
    expect(e.message).toMatch(/'stoch_simul' is not supported/);
  });
  it("unknown symbol", () => {
    const e = bad("var c;\nvarexo x;\nmodel;\nc = x + zz;\nend;\n");
    expect(e.message).toMatch(/4:9: unknown symbol 'zz'/);
  });
  it("wrong arity", () => {
    const e = bad("var c;\nvarexo x;\nmodel;\nc = exp(x, 2);\nend;\n");
    expect(e.message).toMatch(/4:5: function 'exp' takes 1 argument/);
  });
  it("a lead in a static context (initval)", () => {
    const e = bad("var c;\nvarexo x;\nmodel;\nc = x;\nend;\ninitval;\nc = x(+1);\nend;\n");
    expect(e.message).toMatch(/leads and lags are not allowed in a static context/);
    expect(e.line).toBe(7);
  });
  it("equation count and unterminated comment", () => {
    expect(bad("var c k;\nvarexo x;\nmodel;\nc = x;\nend;\n").message).toMatch(/1 equations for 2 endogenous/);
    expect(bad("var c; /* open\n").message).toMatch(/unterminated/);
  });
});

describe("solver failures are typed and named", () => {
  it("no steady state: names the worst equation", () => {
    const mod = parseMod("var y; varexo x; parameters a; a = 1; model; [name='impossible'] exp(y) + a = 0; end; initval; y = 1; end; steady;", "ns.mod");
    expect(() => runMod(mod, { periods: 5 })).toThrow(SanctionsLabError);
    expect(() => runMod(mod, { periods: 5 })).toThrow(/impossible/);
  });
  it("singular Jacobian", () => {
    const mod = parseMod("var y z; varexo x; model; y = x; y(+1) = x; end; initval; x = 1; y = 1; z = 0; end; shocks; var x; periods 2; values 2; end; perfect_foresight_setup(periods=5); perfect_foresight_solver(no_homotopy);", "sing.mod");
    expect(() => runMod(mod)).toThrow(NumericalError);
    expect(() => runMod(mod)).toThrow(/singular/);
  });
  it("NaN during iteration names the equation and period", () => {
    const mod = parseMod("var y; varexo x; model; [name='logeq'] y = log(x) + 0.5*y(-1); end; initval; x = 1; y = 0; end; steady; shocks; var x; periods 3; values -1; end; perfect_foresight_setup(periods=10); perfect_foresight_solver(no_homotopy);", "nan.mod");
    expect(() => runMod(mod)).toThrow(/NaN or Inf in equation 'logeq' at period 3/);
  });
});

describe("check: Blanchard-Kahn count", () => {
  it("ramst, ramst_order2 (order-two companion form), rbc_panel7: counts equal Dynare 5.3's check; finite moduli equal Dynare's to 1e-9 relative (the panel's clustered roots near 0.9, from seven near-identical countries, are ill-conditioned: 1e-2 there)", () => {
    for (const name of ["ramst", "ramst_order2", "rbc_panel7"]) {
      const L = fs.readFileSync(path.join(FX, "dynare-out", `${name}_dynare_check.csv`), "utf8").trim().split("\n");
      const [ex, fw] = L[0].split(",").map((kv) => Number(kv.split("=")[1]));
      const all = L.slice(1).map(refNumber);
      // Dynare prints infinite roots as Inf; anything else non-numeric (an empty or NaN line) is a broken reference
      expect(all.filter((v) => Number.isNaN(v)).length, `${name}: NaN or empty moduli in the reference`).toBe(0);
      expect(all.length, `${name}: moduli in the reference`).toBeGreaterThan(0);
      const dyn = all.filter((v) => Number.isFinite(v) && v > 1e-6 && v < 1e6);
      // at Dynare's own steady state (its default `steady` stops near 1e-6 in the panel)
      const init = name === "ramst" ? undefined : steadyOf(name).init;
      const r = runMod(model(name), { periods: 10, initialSteady: init });
      const m = r.model;
      const bk = blanchardKahn(m, Float64Array.from(m.endo.map((v) => r.steadyInitial[v])), Float64Array.from(m.exo.map((v) => r.exoPaths[v][0])), Float64Array.from(m.params.map((p) => r.params[p])));
      expect([bk.explosive, bk.forwardLooking], name).toEqual([ex, fw]);
      expect(bk.satisfied).toBe(true);
      expect(Array.from(bk.moduli).some((v) => Number.isNaN(v)), `${name}: NaN in our moduli`).toBe(false);
      const ours = bk.moduli.filter((v) => Number.isFinite(v) && v > 1e-6 && v < 1e6).sort((a, b) => a - b);
      expect(ours.length, name).toBe(dyn.length);
      ours.forEach((v, k) => expect(Math.abs(v / dyn[k] - 1), `${name} root ${k}`).toBeLessThan(name === "rbc_panel7" ? 1e-2 : 1e-9));
    }
  });
  it("ramst: the two finite roots multiply to 1 + beta (1e-10)", () => {
    const r = runMod(model("ramst"));
    expect(r.check!.satisfied).toBe(true);
    const nonzero = r.check!.moduli.filter((v) => v > 1e-8 && Number.isFinite(v) && v < 1e6);
    expect(Math.abs(nonzero[0] * nonzero[1] - 1.05)).toBeLessThan(1e-10);
  });
  it("y = 0.5 y(+1) + x has a unique stable solution; y = 2 y(+1) + x is indeterminate (reported as a warning)", () => {
    const ok = runMod(parseMod("var y; varexo x; model; y = 0.5*y(+1) + x; end; initval; x = 0; y = 0; end; steady; check; perfect_foresight_setup(periods=5); perfect_foresight_solver;", "a.mod"));
    expect(ok.check!.satisfied).toBe(true);
    const bad = runMod(parseMod("var y; varexo x; model; y = 2*y(+1) + x; end; initval; x = 0; y = 0; end; steady; check; perfect_foresight_setup(periods=5); perfect_foresight_solver;", "b.mod"));
    expect(bad.check!.satisfied).toBe(false);
    expect(bad.warnings.join(" ")).toMatch(/indeterminacy/);
  });
  it("the 36-equation panel: 21 explosive roots for 21 forward-looking variables, as Dynare 5.3's check reports", () => {
    const r = runMod(model("rbc_panel7"), { periods: 20 });
    expect(r.check).toBeNull(); // the file has no check command; run the check directly
    const m = r.model;
    const bk = blanchardKahn(m, Float64Array.from(m.endo.map((v) => r.steadyInitial[v])), new Float64Array(m.nx), Float64Array.from(m.params.map((p) => r.params[p])));
    expect(bk.forwardLooking).toBe(21);
    expect(bk.explosive).toBe(21);
    expect(bk.satisfied).toBe(true);
  });
});
