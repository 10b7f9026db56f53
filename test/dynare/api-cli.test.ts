/**
 * The notebook API (simulateMod / perfectForesight on text, parameter and exogenous overrides,
 * solveSteadyState, prepared runs), homotopy, option checking and the `pf` command.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { ConvergenceError, SyntaxError_ } from "../../src/core/errors";
import { runPfCommand } from "../../src/dynare/cli-pf";
import { parseMod, perfectForesight, prepareRun, simulateMod, solvePrepared, solveSteadyState } from "../../src/dynare/index";

const FX = path.join(__dirname, "..", "fixtures", "dynare", "models");
const bad = (src: string) => { try { parseMod(src, "o.mod"); } catch (e) { return e as SyntaxError_; } throw new Error("no error"); };
const text = (m: string) => fs.readFileSync(path.join(FX, `${m}.mod`), "utf8");
/** ramst closed-form steady state */
const kss = (p: { alph: number; delt: number; bet: number; aa: number }, x: number) => Math.pow((p.delt + p.bet) / (p.aa * p.alph * x), 1 / (p.alph - 1));

describe("notebook API", () => {
  it("perfectForesight(text) equals simulateMod and reuses the compiled model for the same text", () => {
    const a = perfectForesight(text("ramst"), { fileName: "ramst.mod" });
    const b = simulateMod(text("ramst"), { fileName: "ramst.mod" });
    expect(b.model).toBe(a.model);
    expect(Array.from(b.paths.k)).toEqual(Array.from(a.paths.k));
    expect(a.variables).toEqual(["c", "k"]);
    expect(a.paths.c.length).toBe(a.periods + 2); // Dynare's layout: periods 0..T+1
  });
  it("parameter overrides replace the file's assignments: the steady state moves to the closed form (1e-12 rel)", () => {
    const r = simulateMod(text("ramst"), { fileName: "ramst.mod", params: { bet: 0.03, alph: 0.4 } });
    const k = kss({ alph: 0.4, delt: 0.02, bet: 0.03, aa: 0.5 }, 1);
    expect(Math.abs(r.steadyInitial.k / k - 1)).toBeLessThan(1e-12);
    expect(r.params.bet).toBe(0.03);
    expect(() => simulateMod(text("ramst"), { fileName: "ramst.mod", params: { nope: 1 } })).toThrow(/is not a parameter/);
  });
  it("exogenous overrides: by period or as a whole path (exact in the returned exogenous paths)", () => {
    const byPeriod = simulateMod(text("ramst"), { fileName: "ramst.mod", exo: { x: { 2: 1.1 } } });
    expect(byPeriod.exoPaths.x[1]).toBe(1.2); // the file's shock stays
    expect(byPeriod.exoPaths.x[2]).toBe(1.1);
    const path0 = new Float64Array(202).fill(1);
    path0[5] = 0.9;
    const whole = simulateMod(text("ramst"), { fileName: "ramst.mod", exo: { x: path0 } });
    expect(Array.from(whole.exoPaths.x)).toEqual(Array.from(path0));
    expect(whole.paths.c[5]).toBeLessThan(whole.steadyInitial.c);
  });
  it("solveSteadyState at other exogenous values and parameters (closed form, 1e-12 rel)", () => {
    const s = solveSteadyState(text("ramst"), { fileName: "ramst.mod", exo: { x: 1.3 }, params: { delt: 0.05 } });
    expect(Math.abs(s.values.k / kss({ alph: 0.5, delt: 0.05, bet: 0.05, aa: 0.5 }, 1.3) - 1)).toBeLessThan(1e-12);
    expect(s.maxResidual).toBeLessThan(1e-12);
  });
  it("prepareRun once, solvePrepared many times: identical paths", () => {
    const prep = prepareRun(parseMod(text("rbc_locals"), "rbc_locals.mod"), { periods: 50 });
    const a = solvePrepared(prep), b = solvePrepared(prep);
    expect(Array.from(a.paths.k)).toEqual(Array.from(b.paths.k));
  });
});

describe("homotopy (Dynare's: weights from 0.5, halved on failure, doubled after 3 successes)", () => {
  const src = text("ramst_permanent").replace("x = 1.1;", "x = 2;").replace("perfect_foresight_solver;", "perfect_foresight_solver(maxit = 3);");
  it("plain Newton fails in 3 steps; homotopy reaches the same path as 50 plain steps (1e-10)", () => {
    expect(() => simulateMod(src, { fileName: "h.mod", solver: { noHomotopy: true } })).toThrow(ConvergenceError);
    const h = simulateMod(src, { fileName: "h.mod", solver: { exact: true } });
    expect(h.homotopySteps).toBeGreaterThan(1);
    const plain = simulateMod(src.replace("maxit = 3", "maxit = 50"), { fileName: "h50.mod", solver: { exact: true } });
    expect(plain.homotopySteps).toBe(0);
    let md = 0;
    for (const v of h.variables) for (let t = 0; t < h.paths[v].length; t++) md = Math.max(md, Math.abs(h.paths[v][t] - plain.paths[v][t]));
    expect(md).toBeLessThan(1e-10);
  });
  it("no_homotopy in the file is honoured", () => {
    expect(() => simulateMod(src.replace("maxit = 3", "maxit = 3, no_homotopy"), { fileName: "h.mod" })).toThrow(/did not converge in 3 iterations/);
  });
});

describe("Newton failure after homotopy", () => {
  it("a shock with no real solution (y^2 = -x once x > 0): ConvergenceError saying where homotopy got stuck (50%)", () => {
    const src = "var y; varexo x;\nmodel;\n[name = 'square'] y^2 + x = 0.1*(y(-1) - 1);\nend;\ninitval; x = -1; y = 1; end;\nsteady;\nshocks; var x; periods 2; values 1; end;\nperfect_foresight_setup(periods = 5);\nperfect_foresight_solver;\n";
    expect(() => simulateMod(src, { fileName: "div.mod" })).toThrow(ConvergenceError);
    expect(() => simulateMod(src, { fileName: "div.mod" })).toThrow(/also with homotopy \(stuck at 50\.00% of the shock/);
  });
});

describe("options and unsupported input", () => {
  it("initval assigning an undeclared name: error at its line and column", () => {
    const e = bad("var y;\nvarexo x;\nmodel;\ny = x;\nend;\ninitval;\n  x = 1;\n  z = 2;\nend;\n");
    expect([e.line, e.column]).toEqual([8, 3]);
    expect(e.message).toMatch(/assigns 'z', which is not a declared variable/);
  });
  it("an unsupported solver option is NOT_SUPPORTED with line and column", () => {
    const e = bad("var y;\nvarexo x;\nmodel;\ny = x;\nend;\nperfect_foresight_solver(lmmcp);\n");
    expect(e.code).toBe("NOT_SUPPORTED");
    expect([e.line, e.column]).toEqual([6, 25]);
    expect(e.message).toMatch(/option 'lmmcp' of 'perfect_foresight_solver' is not supported/);
  });
  it("accepted options: steady(tolf, maxit, solve_algo), perfect_foresight_solver(maxit, tolf, tolx, no_homotopy, stack_solve_algo)", () => {
    expect(() => parseMod("var y; varexo x; model; y = x; end; initval; x = 1; end; steady(tolf = 1e-10, maxit = 20, solve_algo = 4); perfect_foresight_setup(periods = 3); perfect_foresight_solver(maxit = 5, tolf = 1e-8, tolx = 1e-8, no_homotopy, stack_solve_algo = 0);", "ok.mod")).not.toThrow();
  });
  it("model(use_dll) is accepted (the model is always compiled); model(block) is NOT_SUPPORTED at its line and column", () => {
    expect(() => parseMod("var y; varexo x; model(use_dll); y = x; end;", "dll.mod")).not.toThrow();
    const e = bad("var y;\nvarexo x;\nmodel(block);\ny = x;\nend;\n");
    expect(e.code).toBe("NOT_SUPPORTED");
    expect([e.line, e.column]).toEqual([3, 1]);
  });
  it("a lead inside steady_state_model is an error with line and column", () => {
    const e = bad("var y;\nvarexo x;\nmodel;\ny = x;\nend;\nsteady_state_model;\ny = x(+1);\nend;\n");
    expect(e.message).toMatch(/leads and lags are not allowed in a static context/);
  });
});

describe("sanctions-lab pf", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sl-pf-"));
  it("writes the issue's JSON layout", async () => {
    const out = path.join(tmp, "ramst.json");
    const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const code = await runPfCommand([path.join(FX, "ramst.mod"), "--tight", "--json", out]);
    err.mockRestore();
    expect(code).toBe(0);
    const j = JSON.parse(fs.readFileSync(out, "utf8"));
    expect(j.variables).toEqual(["c", "k"]);
    expect(j.periods).toBe(200);
    expect(j.paths.k.length).toBe(202);
    expect(Object.keys(j.steady_state)).toEqual(["initial", "terminal"]);
    expect(j.exogenous.x[1]).toBe(1.2);
    expect(j.max_residual).toBeLessThan(1e-12);
    expect(typeof j.iterations).toBe("number");
    expect(typeof j.seconds).toBe("number");
  });
  it("bad arguments: usage and exit code 2; a parse error: file:line:col and exit code 1", async () => {
    const lines: string[] = [];
    const err = vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => { lines.push(String(s)); return true; });
    expect(await runPfCommand([])).toBe(2);
    expect(await runPfCommand([path.join(FX, "ramst.mod")])).toBe(2);
    expect(await runPfCommand([path.join(FX, "ramst.mod"), "--periods", "0", "--json", "x.json"])).toBe(2);
    const badFile = path.join(tmp, "bad.mod");
    fs.writeFileSync(badFile, "var c;\nvarexo x;\nmodel;\nc = x +;\nend;\n");
    expect(await runPfCommand([badFile, "--json", path.join(tmp, "bad.json")])).toBe(1);
    err.mockRestore();
    expect(lines.join("")).toMatch(/usage: sanctions-lab pf/);
    expect(lines.join("")).toMatch(/bad\.mod:4:8: unexpected ';' in an expression/);
  });
});
