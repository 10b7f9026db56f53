/**
 * Issue 17, item 2 (shocks and solver options silently dropped) and the .mod/pf crash classes:
 * a shock period that is not a positive integer or an empty range is a SyntaxError_ with
 * line:column; every non-finite or non-positive tolerance and every non-integer iteration limit is
 * a typed error (never a hang, never an unsolved path accepted); NaN in a steady state or an
 * override never reaches the paths; bad library arguments are typed errors.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { InvalidParameterError, NumericalError, SanctionsLabError, SyntaxError_ } from "../../src/core/errors";
import { runPfCommand } from "../../src/dynare/cli-pf";
import { loadMod, parseMod, prepareRun, simulateMod, solveSteadyState } from "../../src/dynare/index";

const FX = path.join(__dirname, "..", "fixtures", "dynare", "models");
const ramst = fs.readFileSync(path.join(FX, "ramst.mod"), "utf8");
const withShock = (periods: string) => ramst.replace("periods 1;", `periods ${periods};`);
const lineOf = (src: string, needle: string) => src.slice(0, src.indexOf(needle)).split("\n").length;

function syntaxError(src: string): SyntaxError_ {
  try {
    parseMod(src, "s.mod");
  } catch (e) {
    expect(e).toBeInstanceOf(SyntaxError_);
    return e as SyntaxError_;
  }
  throw new Error("no error");
}

describe("shock periods: positive integers and non-empty ranges, else line:column", () => {
  const cases: [string, RegExp][] = [
    ["1.5", /'1\.5'.*positive integer/],
    ["5:2", /'5:2'.*empty/],
    ["0", /'0'.*positive integer/],
    ["2e3", /'2e3'.*positive integer/],
    ["1e400", /positive integer/],
    ["3:4.5", /'4\.5'/],
    [".5", /positive integer/],
    ["99999999999999999999", /positive integer/],
  ];
  for (const [p, re] of cases)
    it(`periods ${p};`, () => {
      const src = withShock(p);
      const e = syntaxError(src);
      expect(e.message).toMatch(re);
      expect(e.line).toBe(lineOf(src, `periods ${p};`));
      expect(e.column).toBeGreaterThan(8);
    });
  it("valid forms still parse: single, list, ranges", () => {
    expect(parseMod(withShock("1 3 5:7"), "s.mod").shocks[0].periods).toEqual([[1, 1], [3, 3], [5, 7]]);
  });
  it("a shock period beyond the simulation is a typed error, not dropped", () => {
    expect(() => simulateMod(withShock("201:205"), { fileName: "s.mod" })).toThrow(InvalidParameterError);
  });
  it("a missing ';' after periods or values at the end of the file is a SyntaxError_", () => {
    const cut = ramst.slice(0, ramst.indexOf("periods 1;")) + "periods 1 2";
    expect(syntaxError(cut).message).toMatch(/missing ';'|expected/);
    const cut2 = ramst.slice(0, ramst.indexOf("values 1.2;")) + "values 1.2";
    expect(syntaxError(cut2).message).toMatch(/missing ';'|expected/);
  });
});

describe("solver options: finite positive tolerances, integer iteration limits (never a hang)", () => {
  const bad = [Number.NaN, Infinity, -Infinity, 0, -1e-5];
  for (const v of bad) {
    it(`tolf ${v}, steadyTolf ${v}, tolx ${v}`, () => {
      expect(() => simulateMod(ramst, { fileName: "r.mod", solver: { tolf: v } })).toThrow(InvalidParameterError);
      expect(() => simulateMod(ramst, { fileName: "r.mod", steadyTolf: v })).toThrow(InvalidParameterError);
      expect(() => simulateMod(ramst, { fileName: "r.mod", solver: { tolx: v } })).toThrow(/tolx/);
      expect(() => solveSteadyState(ramst, { fileName: "r.mod", tolf: v })).toThrow(InvalidParameterError);
    });
  }
  for (const v of [Number.NaN, Infinity, -1, 2.5, 1e7])
    it(`maxit ${v} is refused at once`, () => {
      const t0 = Date.now();
      expect(() => simulateMod(ramst, { fileName: "r.mod", solver: { maxit: v } })).toThrow(/maxit/);
      expect(() => solveSteadyState(ramst, { fileName: "r.mod", maxit: v })).toThrow(/maxit/);
      expect(Date.now() - t0).toBeLessThan(2000);
    });
  it("options in the .mod file: tolf/maxit that are not finite positive numbers are SyntaxError_ with line:column", () => {
    for (const o of ["tolf = 0", "maxit = 1.5", "tolf = abc", "maxit = 10000000", "tolx = 0"]) {
      const src = ramst.replace("perfect_foresight_solver;", `perfect_foresight_solver(${o});`);
      const e = syntaxError(src);
      expect(e.line).toBe(lineOf(src, "perfect_foresight_solver("));
    }
    const st = ramst.replace("steady;", "steady(tolf = 0);");
    expect(syntaxError(st).message).toMatch(/tolf/);
  });
});

describe("NaN never reaches the paths", () => {
  it("a NaN or Infinity in a given terminal or initial steady state is a typed error naming the variable", () => {
    for (const v of [Number.NaN, Infinity]) {
      expect(() => simulateMod(ramst, { fileName: "r.mod", terminalSteady: { k: v } })).toThrow(/'k'/);
      expect(() => simulateMod(ramst, { fileName: "r.mod", initialSteady: { c: v } })).toThrow(InvalidParameterError);
    }
  });
  it("a NaN from the file (endval k = 0/0 without steady) is a NumericalError naming the variable", () => {
    const src = ramst.replace("perfect_foresight_setup", "endval;\nx = 1;\nk = 0/0;\nc = 1;\nend;\nperfect_foresight_setup");
    try {
      simulateMod(src, { fileName: "nan.mod" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(NumericalError);
      expect((e as Error).message).toMatch(/'k' is NaN in the terminal steady state/);
    }
  });
  it("a NaN parameter or exogenous override is a typed error", () => {
    expect(() => simulateMod(ramst, { fileName: "r.mod", params: { bet: Number.NaN } })).toThrow(InvalidParameterError);
    expect(() => simulateMod(ramst, { fileName: "r.mod", exo: { x: { 3: Number.NaN } } })).toThrow(InvalidParameterError);
    expect(() => solveSteadyState(ramst, { fileName: "r.mod", exo: { x: Number.NaN } })).toThrow(InvalidParameterError);
    expect(() => solveSteadyState(ramst, { fileName: "r.mod", guess: { k: Infinity } })).toThrow(InvalidParameterError);
  });
});

describe("library entry points given null/undefined/wrong types", () => {
  const calls: [string, () => unknown][] = [
    ["simulateMod(null)", () => simulateMod(null as never)],
    ["simulateMod(undefined)", () => simulateMod(undefined as never)],
    ["simulateMod(42)", () => simulateMod(42 as never)],
    ["simulateMod(text, null)", () => simulateMod(ramst, null as never)],
    ["simulateMod(text, {solver: null})", () => simulateMod(ramst, { solver: null as never })],
    ["simulateMod(text, {params: null})", () => simulateMod(ramst, { params: null as never })],
    ["simulateMod(text, {exo: {x: null}})", () => simulateMod(ramst, { exo: { x: null as never } })],
    ["simulateMod(text, {periods: 2.5})", () => simulateMod(ramst, { periods: 2.5 })],
    ["solveSteadyState(null)", () => solveSteadyState(null as never)],
    ["solveSteadyState(text, null)", () => solveSteadyState(ramst, null as never)],
    ["parseMod(null)", () => parseMod(null as never)],
    ["parseMod(undefined)", () => parseMod(undefined as never)],
    ["prepareRun(null)", () => prepareRun(null as never)],
    ["prepareRun({})", () => prepareRun({} as never)],
    ["loadMod(null)", () => loadMod(null as never)],
  ];
  for (const [name, f] of calls)
    it(name, () => {
      try {
        f();
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(SanctionsLabError);
      }
    });
});

describe("pf command: bad tolerances, output and input paths are refused before computing", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pf-bad-"));
  const run = async (args: string[]) => {
    const lines: string[] = [];
    const err = vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => { lines.push(String(s)); return true; });
    try {
      return { code: await runPfCommand(args), err: lines.join("") };
    } finally {
      err.mockRestore();
    }
  };
  const model = path.join(FX, "ramst.mod");
  for (const v of ["Infinity", "NaN", "0", "-1", "abc", "1e400"])
    it(`--tolf ${v} exits 2 with a message`, async () => {
      const r = await run([model, "--tolf", v, "--json", path.join(tmp, "o.json")]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/--tolf must be a finite positive number/);
      expect(fs.existsSync(path.join(tmp, "o.json"))).toBe(false);
    });
  it("--json naming a directory, a missing folder, or the input file: exit 1, nothing computed, no stack trace", async () => {
    for (const out of [tmp, path.join(tmp, "missing", "o.json"), model]) {
      const r = await run([model, "--json", out]);
      expect(r.code).toBe(1);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(r.err).toMatch(/--json/);
    }
    expect(fs.readFileSync(model, "utf8")).toBe(ramst);
  });
  it("a directory or a missing file as input: exit 1 with a typed message", async () => {
    const r1 = await run([tmp, "--json", path.join(tmp, "o.json")]);
    expect(r1.code).toBe(1);
    expect(r1.err).toMatch(/is a directory/);
    const r2 = await run([path.join(tmp, "nope.mod"), "--json", path.join(tmp, "o.json")]);
    expect(r2.code).toBe(1);
    expect(r2.err).toMatch(/not found/);
  });
  it.skipIf(process.getuid?.() === 0)("an unreadable model file (EACCES) and an unwritable folder are typed errors", async () => {
    const f = path.join(tmp, "locked.mod");
    fs.writeFileSync(f, ramst);
    fs.chmodSync(f, 0o000);
    const r = await run([f, "--json", path.join(tmp, "o.json")]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/permission denied/);
    const ro = path.join(tmp, "ro");
    fs.mkdirSync(ro);
    fs.chmodSync(ro, 0o500);
    const r2 = await run([model, "--json", path.join(ro, "o.json")]);
    expect(r2.code).toBe(1);
    expect(r2.err).toMatch(/not writable/);
  });
});

describe("unreadable inputs: every fs error code maps to a typed DataError naming the file", () => {
  it("EACCES, EPERM, EISDIR, ENOENT, ENOTDIR and an unknown code (the check runs as root in CI, where chmod cannot deny a read)", async () => {
    const { fsError } = await import("../../src/core/files");
    const mk = (code: string) => Object.assign(new Error(code), { code });
    expect(fsError(mk("EACCES"), "/x/m.mod", "model file").message).toMatch(/model file \/x\/m\.mod cannot be read: permission denied/);
    expect(fsError(mk("EPERM"), "/x/m.mod", "model file").message).toMatch(/permission denied/);
    expect(fsError(mk("EISDIR"), "/x", "model file").message).toMatch(/is a directory/);
    expect(fsError(mk("ENOENT"), "/x/m.mod", "model file").message).toMatch(/not found: \/x\/m\.mod/);
    expect(fsError(mk("ENOTDIR"), "/x/m.mod", "model file").message).toMatch(/not found/);
    expect(fsError(mk("EIO"), "/x/m.mod", "model file").message).toMatch(/cannot be read \(EIO\)/);
    for (const c of ["EACCES", "EISDIR", "EIO"]) expect(fsError(mk(c), "f", "w")).toBeInstanceOf(SanctionsLabError);
  });
});

describe(".mod declarations and empty files", () => {
  it("a declaration without its ';' is reported just after its last name, saying where it runs into the next command", async () => {
    const { parseMod } = await import("../../src/dynare/parse");
    const src = "var c k\nvarexo x;\nparameters a;\na = 1;\nmodel;\nc = a*k;\nk = x;\nend;\n";
    expect(() => parseMod(src, "t.mod")).toThrow(/^t\.mod:1:8: missing ';' after 'k' at the end of the 'var' declaration \(it runs into the command 'varexo' at 2:1\)/);
    expect(() => parseMod("var c k", "t.mod")).toThrow(/^t\.mod:1:8: missing ';' after 'k' at the end of the 'var' declaration \(end of file\)/);
  });
  it("an empty or comment-only file is reported as such at 1:1", async () => {
    const { parseMod } = await import("../../src/dynare/parse");
    for (const src of ["", "  \n", "// nothing\n/* here */\n"]) expect(() => parseMod(src, "e.mod")).toThrow(/^e\.mod:1:1: the file declares no endogenous variables and no model block/);
  });
});
