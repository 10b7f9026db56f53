/**
 * Issue 17, "Bad input never crashes, hangs or lies": one describe per class of bad input to the
 * .mod reader and the perfect-foresight solver. Each test asserts the error class and the
 * informative part of the message (line:column, name, equation, period), so that it fails if the
 * class comes back.
 *   1. Newton divergence or non-convergence: ConvergenceError naming the worst equation and period.
 *   2. .mod syntax: unknown function, duplicate declaration, unterminated string or comment:
 *      SyntaxError_ at the exact line:column of the offending token (or of its start).
 *   3. Stochastic shocks in a perfect-foresight file, and shocks on names that are not varexo:
 *      SyntaxError_ with line:column saying that perfect foresight needs deterministic shocks.
 *   4. Blanchard-Kahn "no stable solution": as in Dynare, not an error for perfect foresight, but
 *      reported in the result's warnings and check, printed by the pf command and written to its
 *      JSON; a path that does not settle at the terminal steady state is reported also without
 *      `check`.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { ConvergenceError, SyntaxError_ } from "../../src/core/errors";
import { runPfCommand } from "../../src/dynare/cli-pf";
import { parseMod, simulateMod, SUPPORTED_FUNCTIONS } from "../../src/dynare/index";

/** the error thrown by f, checked to be an instance of cls */
function thrown<E extends Error>(cls: new (...a: never[]) => E, f: () => unknown): E {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(cls);
    return e as E;
  }
  throw new Error("expected an error, got a result");
}
const syntax = (src: string, file = "bad.mod") => thrown(SyntaxError_, () => parseMod(src, file));
const at = (e: SyntaxError_) => [e.line, e.column];

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bad-classes-"));
/** run the pf command on .mod text; exit code, stderr and the JSON it wrote (if any) */
async function pf(name: string, src: string): Promise<{ code: number; err: string; json: Record<string, unknown> | null }> {
  const file = path.join(tmp, name), out = path.join(tmp, `${name}.json`);
  fs.writeFileSync(file, src);
  fs.rmSync(out, { force: true });
  const lines: string[] = [];
  const spy = vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => { lines.push(String(s)); return true; });
  let code: number;
  try {
    code = await runPfCommand([file, "--json", out]);
  } finally {
    spy.mockRestore();
  }
  return { code, err: lines.join(""), json: fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, "utf8")) : null };
}

describe("class 1: Newton divergence and non-convergence are ConvergenceErrors naming the worst equation and period", () => {
  // y^3 + y = x + 0.1 y(-1): a shock of 100 in period 3 needs more than 2 Newton steps
  const cubic = (solver: string) => `var y;\nvarexo x;\nmodel;\n[name = 'cubic'] y^3 + y = x + 0.1*y(-1);\nend;\ninitval;\nx = 0;\ny = 0;\nend;\nsteady;\nshocks;\nvar x;\nperiods 3;\nvalues 100;\nend;\nperfect_foresight_setup(periods = 6);\nperfect_foresight_solver(${solver});\n`;
  // exp(-y) = x + 0.1 y(-1), steady state y = 0 at x = 1: from y = 0 the first Newton step for
  // x = v in period 2 goes to y = 1 - v, where exp(v - 1) blows up
  const decay = (v: string) => `var y;\nvarexo x;\nmodel;\n[name = 'decay'] exp(-y) = x + 0.1*y(-1);\nend;\ninitval;\nx = 1;\ny = 0;\nend;\nsteady;\nshocks;\nvar x;\nperiods 2;\nvalues ${v};\nend;\nperfect_foresight_setup(periods = 5);\nperfect_foresight_solver(no_homotopy);\n`;

  it("maxit reached: 'did not converge in 2 iterations', in equation 'cubic' at period 3", () => {
    const e = thrown(ConvergenceError, () => simulateMod(cubic("maxit = 2, no_homotopy"), { fileName: "cubic.mod" }));
    expect(e.message).toMatch(/did not converge in 2 iterations \(max \|residual\| [\d.e+]+, in equation 'cubic' at period 3\)/);
    expect(e.details).toMatchObject({ equation: "cubic", period: 3 });
  });
  it("residuals blow up (exp(98)): 'diverged', in equation 'decay' at period 2", () => {
    const e = thrown(ConvergenceError, () => simulateMod(decay("100"), { fileName: "decay.mod" }));
    expect(e.message).toMatch(/Newton diverged \(max \|residual\| [\d.e+]+ after 1 steps, in equation 'decay' at period 2\)/);
    expect(e.details).toMatchObject({ equation: "decay", period: 2 });
  });
  it("a step that overflows to Inf (exp(1e6)) is Newton diverging: a ConvergenceError naming 'decay' and period 2, not a NumericalError blaming the input", () => {
    const e = thrown(ConvergenceError, () => simulateMod(decay("1e6"), { fileName: "overflow.mod" }));
    expect(e.message).toMatch(/Newton diverged: after 1 steps the residual of equation 'decay' at period 2 is NaN or Inf/);
    expect(e.details).toMatchObject({ equation: "decay", period: 2, iterations: 1 });
  });
  it("a singular Jacobian reached after a step (y^2 = x: the first step lands on y = 0) names the largest residual's equation and period, with every linear solver", () => {
    const src = "var y;\nvarexo x;\nmodel;\n[name = 'sq'] y^2 = x + 0*y(-1);\nend;\ninitval;\nx = 1;\ny = 1;\nend;\nsteady;\nshocks;\nvar x;\nperiods 2;\nvalues -1;\nend;\nperfect_foresight_setup(periods = 4);\nperfect_foresight_solver(no_homotopy);\n";
    for (const linearSolver of ["lbj", "banded", "sparse-lu"] as const) {
      const e = thrown(ConvergenceError, () => simulateMod(src, { fileName: "sq.mod", solver: { linearSolver } }));
      expect(e.message, linearSolver).toMatch(/reached a singular Jacobian after 1 steps .*; the largest residual, 1\.000e\+0, is in equation 'sq' at period 2\.$/);
      expect(e.details, linearSolver).toMatchObject({ equation: "sq", period: 2, iterations: 1 });
    }
  });
  it("homotopy exhausted: the error names where the last attempt failed ('square', period 2)", () => {
    const src = "var y; varexo x;\nmodel;\n[name = 'square'] y^2 + x = 0.1*(y(-1) - 1);\nend;\ninitval; x = -1; y = 1; end;\nsteady;\nshocks; var x; periods 2; values 1; end;\nperfect_foresight_setup(periods = 5);\nperfect_foresight_solver;\n";
    const e = thrown(ConvergenceError, () => simulateMod(src, { fileName: "square.mod" }));
    expect(e.message).toMatch(/also with homotopy \(stuck at 50\.00% of the shock after 1 successful steps; the last attempt failed in equation 'square' at period 2\)/);
    expect(e.details).toMatchObject({ equation: "square", period: 2 });
  });
  it("the pf command: exit 1, the equation and period on stderr, no JSON written", async () => {
    const r = await pf("cubic.mod", cubic("maxit = 2, no_homotopy"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cubic\.mod: Perfect-foresight Newton did not converge in 2 iterations .*in equation 'cubic' at period 3/);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.json).toBeNull();
  });
});

describe("class 2: .mod syntax errors at the exact line:column", () => {
  const model = (eq: string) => `var y;\nvarexo x;\nmodel;\ny = ${eq};\nend;\n`;
  it("unknown function: 'y = foo(x);' at 4:5, naming foo and the supported functions", () => {
    const e = syntax(model("foo(x)"));
    expect(at(e)).toEqual([4, 5]);
    expect(e.message).toBe(`bad.mod:4:5: unknown function 'foo' (supported: ${SUPPORTED_FUNCTIONS.join(", ")})`);
    expect(at(syntax(model("0.5*x + bar(x, 2)")))).toEqual([4, 13]);
  });
  it("'foo(1)' (an unknown function or an undeclared variable with a lead): at 4:5, saying both", () => {
    const e = syntax(model("x + foo(1)"), "f.mod");
    expect(at(e)).toEqual([4, 9]);
    expect(e.message).toMatch(/^f\.mod:4:9: unknown symbol 'foo'; 'foo\(1\)' is neither a declared variable with a lead or lag nor a supported function/);
  });
  it("duplicate declarations: at the second occurrence", () => {
    const cases: [string, number, number][] = [
      ["var c k c;\nvarexo x;\nmodel;\nc = x;\nk = x;\nend;\n", 1, 9],
      ["var c;\nvarexo x c;\nmodel;\nc = x;\nend;\n", 2, 10],
      ["var c;\nvarexo x;\nparameters a c;\nmodel;\nc = x;\nend;\n", 3, 14],
      ["var c;\nvarexo x;\nparameters a;\nvarexo a;\nmodel;\nc = x;\nend;\n", 4, 8],
    ];
    for (const [src, line, col] of cases) {
      const e = syntax(src);
      expect(at(e), src).toEqual([line, col]);
      expect(e.message).toMatch(/symbol '[ca]' is declared twice/);
    }
  });
  it("a model-local variable with a declared name, or defined twice, is a duplicate declaration (it would replace the variable silently)", () => {
    const e = syntax("var c;\nvarexo x;\nmodel;\n  # c = 2*x;\nc = x;\nend;\n");
    expect(at(e)).toEqual([4, 5]);
    expect(e.message).toMatch(/model-local variable 'c' has the name of a declared symbol/);
    const e2 = syntax("var c;\nvarexo x;\nmodel;\n# z = 2;\n# z = 3;\nc = x*z;\nend;\n");
    expect(at(e2)).toEqual([5, 3]);
    expect(e2.message).toMatch(/model-local variable 'z' is defined twice/);
  });
  it("unterminated strings: at the opening quote", () => {
    expect(at(syntax("var c (long_name = 'consumption);\nvarexo x;\nmodel;\nc = x;\nend;\n"))).toEqual([1, 20]);
    const e = syntax("var c;\nvarexo x;\nmodel;\n[name = \"resource\n] c = x;\nend;\n");
    expect(at(e)).toEqual([4, 9]);
    expect(e.message).toBe("bad.mod:4:9: unterminated string");
  });
  it("unterminated /* comments: at the '/*'", () => {
    const e = syntax("var c;\nvarexo x;\n  /* open\nmodel;\nc = x;\nend;\n");
    expect(at(e)).toEqual([3, 3]);
    expect(e.message).toBe("bad.mod:3:3: unterminated /* comment");
    expect(at(syntax("var c;\nvarexo x;\nmodel;\nc = x; /* never closed */ /* this one is\nend;\n"))).toEqual([4, 27]);
  });
  it("the pf command prints file:line:col and exits 1", async () => {
    const r = await pf("fn.mod", `${model("foo(x)")}perfect_foresight_setup(periods = 3);\nperfect_foresight_solver;\n`);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/fn\.mod:4:5: unknown function 'foo'/);
  });
});

describe("class 3: shocks in a perfect-foresight run must be deterministic and on varexo names", () => {
  const head = "var y;\nvarexo e;\nparameters a;\na = 0.5;\nmodel;\ny = a*y(-1) + e;\nend;\ninitval;\ny = 0;\ne = 0;\nend;\nsteady;\n";
  const tail = "perfect_foresight_setup(periods = 5);\nperfect_foresight_solver;\n";
  const run = (shocks: string) => thrown(SyntaxError_, () => simulateMod(`${head}shocks;\n${shocks}end;\n${tail}`, { fileName: "sh.mod" }));
  const DET = /perfect foresight needs deterministic shocks, written 'var NAME; periods \.\.\.; values \.\.\.;'/;
  it("'var e; stderr 0.1;': refused at 'stderr' (14:8), not read as a missing 'periods'", () => {
    const e = run("var e; stderr 0.1;\n");
    expect(at(e)).toEqual([14, 8]);
    expect(e.code).toBe("NOT_SUPPORTED");
    expect(e.message).toMatch(/^sh\.mod:14:8: stochastic shocks are not supported \('stderr' on 'e'\)/);
    expect(e.message).toMatch(DET);
  });
  it("'var e = 0.01;', 'var e, e = 0.01;' and 'corr e, e = 0.3;': refused where they stand", () => {
    const v = run("var e = 0.01;\n");
    expect(at(v)).toEqual([14, 5]);
    expect(v.message).toMatch(/a variance 'var e = \.\.\.'/);
    expect(v.message).toMatch(DET);
    const c = run("var e, e = 0.01;\n");
    expect(at(c)).toEqual([14, 5]);
    expect(c.message).toMatch(/a covariance/);
    const r = run("var e;\nperiods 1;\nvalues 1;\ncorr e, e = 0.3;\n");
    expect(at(r)).toEqual([17, 1]);
    expect(r.message).toMatch(/a correlation 'corr'/);
  });
  it("shocks on an endogenous variable, a parameter or an undeclared name: at the name, saying what it is", () => {
    const cases: [string, RegExp][] = [["y", /'y', which is not an exogenous variable \(an endogenous variable/], ["a", /'a', which is not an exogenous variable \(a parameter/], ["zz", /'zz', which is not an exogenous variable \(not declared/]];
    for (const [name, re] of cases) {
      const e = run(`var ${name};\nperiods 1;\nvalues 1;\n`);
      expect(at(e), name).toEqual([14, 5]);
      expect(e.message).toMatch(re);
    }
  });
  it("shock values may use numbers and parameters only: an endogenous variable there is refused at its position", () => {
    const e = run("var e;\nperiods 1;\nvalues 2*y;\n");
    expect(at(e)).toEqual([16, 10]);
    expect(e.message).toMatch(/the values of the shock on 'e' may use only numbers and parameters, found 'y'/);
    expect(simulateMod(`${head}shocks;\nvar e;\nperiods 1;\nvalues 2*a;\nend;\n${tail}`, { fileName: "ok.mod" }).exoPaths.e[1]).toBe(1);
  });
  it("the pf command: exit 1 with file:line:col", async () => {
    const r = await pf("stderr.mod", `${head}shocks;\nvar e; stderr 0.1;\nend;\n${tail}`);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/stderr\.mod:14:8: stochastic shocks are not supported/);
    expect(r.json).toBeNull();
  });
});

describe("class 4: no stable solution (Blanchard-Kahn) is reported, in the result and by the pf command", () => {
  // y = 2 y(-1) + x: one explosive root and no forward-looking variable; the path 1, 2, 4, 8, 16
  // jumps to the terminal steady state 0 at period 6 (what Dynare's solver returns too)
  const explosive = (check: boolean) => `var y;\nvarexo x;\nmodel;\ny = 2*y(-1) + x;\nend;\ninitval;\ny = 0;\nx = 0;\nend;\nsteady;\n${check ? "check;\n" : ""}shocks;\nvar x;\nperiods 1;\nvalues 1;\nend;\nperfect_foresight_setup(periods = 5);\nperfect_foresight_solver;\n`;
  const SETTLE = /the path does not settle at the terminal steady state: 'y' \(16\.0 away at period 5, moving away since period 1\)/;
  it("with check: result.check (1 explosive root for 0 forward-looking variables) and both warnings", () => {
    const r = simulateMod(explosive(true), { fileName: "explosive.mod" });
    expect(Array.from(r.paths.y)).toEqual([0, 1, 2, 4, 8, 16, 0]);
    expect(r.check).toMatchObject({ explosive: 1, forwardLooking: 0, satisfied: false });
    expect(r.warnings[0]).toMatch(/^check: Blanchard-Kahn conditions are not satisfied: 1 explosive eigenvalue\(s\) for 0 forward-looking variable\(s\): no stable solution\. .*need not converge/);
    expect(r.warnings[1]).toMatch(SETTLE);
  });
  it("without check: the path that does not settle is still reported", () => {
    const r = simulateMod(explosive(false), { fileName: "explosive-nocheck.mod" });
    expect(r.check).toBeNull();
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(SETTLE);
  });
  it("too many explosive roots in a model with a forward-looking variable (2 for 1)", () => {
    const src = "var y z;\nvarexo x;\nmodel;\ny = 0.5*y(+1) + x;\nz = 2*z(-1) + y;\nend;\ninitval;\ny = 0;\nz = 0;\nx = 0;\nend;\nsteady;\ncheck;\nshocks;\nvar x;\nperiods 1;\nvalues 1;\nend;\nperfect_foresight_setup(periods = 8);\nperfect_foresight_solver;\n";
    const r = simulateMod(src, { fileName: "two.mod" });
    expect(r.check).toMatchObject({ explosive: 2, forwardLooking: 1, satisfied: false });
    expect(r.warnings.join("\n")).toMatch(/no stable solution/);
    expect(r.warnings.join("\n")).toMatch(/does not settle at the terminal steady state: 'z'/);
  });
  it("a saddle-path model that satisfies the condition (ramst, 200 periods) has no warning", () => {
    const ramst = fs.readFileSync(path.join(__dirname, "..", "fixtures", "dynare", "models", "ramst.mod"), "utf8");
    const r = simulateMod(ramst, { fileName: "ramst.mod" });
    expect(r.check!.satisfied).toBe(true);
    expect(r.warnings).toEqual([]);
  });
  it("the pf command prints the warnings and writes them to the JSON (exit 0: Dynare's solver does not need the condition)", async () => {
    const r = await pf("explosive.mod", explosive(true));
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/pf: warning: check: Blanchard-Kahn conditions are not satisfied: .*no stable solution/);
    expect(r.err).toMatch(new RegExp(`pf: warning: ${SETTLE.source}`));
    const w = r.json!.warnings as string[];
    expect(w).toHaveLength(2);
    expect(w[0]).toMatch(/no stable solution/);
    expect(w[1]).toMatch(SETTLE);
  });
});

describe("fuzz findings: option numbers and solver choices are never silently changed or ignored", () => {
  const lin = (cmds: string) => `var y;\nvarexo x;\nparameters a;\na = 0.5;\nmodel;\ny = a*y(-1) + x;\nend;\n` +
    `initval;\nx = 0;\ny = 0;\nend;\n${cmds}shocks;\nvar x;\nperiods 1;\nvalues 1;\nend;\n` +
    `perfect_foresight_setup(periods = 5);\nperfect_foresight_solver;\n`;
  it("pf --periods and --tolf take decimal numbers only (0x10 is not 16, 0b1 is not 1, '' is not 0)", async () => {
    const file = path.join(tmp, "lin.mod"), out = path.join(tmp, "lin.json");
    fs.writeFileSync(file, lin("steady;\n"));
    const err: string[] = [];
    const spy = vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => { err.push(String(s)); return true; });
    try {
      for (const [flag, v] of [["--periods", "0x10"], ["--periods", "0b1"], ["--periods", ""], ["--tolf", "0x1p-3"], ["--tolf", " "]]) {
        err.length = 0;
        fs.rmSync(out, { force: true });
        expect(await runPfCommand([file, flag, v, "--json", out]), `${flag} '${v}'`).toBe(2);
        expect(err.join("")).toContain(`${flag} must be`);
        expect(fs.existsSync(out)).toBe(false);
      }
    } finally {
      spy.mockRestore();
    }
  });
  it("solve_algo and stack_solve_algo outside the values Dynare defines are syntax errors at the option", () => {
    const e = syntax(lin("steady(solve_algo = 42);\n"));
    expect(e.message).toMatch(/solve_algo.*\[0, 14\].*42/);
    expect(e.line).toBe(12); // the steady command's options
    expect(syntax(lin("steady;\n").replace("perfect_foresight_solver;", "perfect_foresight_solver(stack_solve_algo = 8);")).message)
      .toMatch(/stack_solve_algo.*\[0, 7\]/);
  });
  it("a defined solve_algo or stack_solve_algo other than ours is accepted and said in the warnings, never ignored silently", () => {
    const src = lin("steady(solve_algo = 2);\n").replace("perfect_foresight_solver;", "perfect_foresight_solver(stack_solve_algo = 6);");
    const r = simulateMod(src);
    expect(r.warnings.join("\n")).toMatch(/solve_algo = 2 is accepted/);
    expect(r.warnings.join("\n")).toMatch(/stack_solve_algo = 6 is accepted/);
    const plain = simulateMod(lin("steady(solve_algo = 4);\n"));
    expect(plain.warnings.filter((w) => /solve_algo/.test(w))).toEqual([]);
    // the same path either way
    expect(Array.from(r.paths.y)).toEqual(Array.from(plain.paths.y));
  });
});
