/**
 * Issue 17, "Bad input never crashes, hangs or lies": the audit item by item. Most items have their
 * regression tests in the files the work added (see the audit table of that issue); this
 * file holds the tests the audit found missing:
 * - item 4: the one JSON writer of the commands refuses NaN, Infinity and null among numbers, and
 *   the commands write their JSON through it only;
 * - item 5: `data check` and the "already present" test of `data fetch` hash the content, so an
 *   edit of the same size with its modification time put back is caught;
 * - item 6: the output path is checked before the computation (an input whose computation fails
 *   with a bad --json reports the --json error), and the data folder/file errors of `data check`
 *   and `data fetch` are typed and say what they are (a directory in a file's place, a file given
 *   as the folder, permission denied) instead of a crash (exit 70) or "missing";
 * - item 7: 1,900 nested parentheses are a depth error at the line and column where the limit is
 *   passed;
 * - item 9: null/undefined models and results for the lower-level entry points, and seed: NaN;
 * - item 10: every CSV reader follows the one cell rule of src/data/csv.ts (decimal only, the
 *   missing-value tokens), and a missing ';' after a declaration is reported where it is missing.
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { DataError, InvalidParameterError, NumericalError, SanctionsLabError, SyntaxError_ } from "../../src/core/errors";
import { writeJsonChecked } from "../../src/core/files";
import { Rng } from "../../src/core/rng";
import { columnIndex, numericColumn, parseCsvText, parseNumberCell, stringColumn, toCsvText } from "../../src/data/csv";
import { dataFile, manifest, REPO_ROOT, resolveDataDir } from "../../src/data/datadir";
import { checkDataFolder, fetchData, runDataCommand } from "../../src/data/fetch";
import { runPfCommand } from "../../src/dynare/cli-pf";
import { blanchardKahn, compiled, compileModel, derivative, MAX_NESTING, parseMod, solvePrepared, solveStackedPath, solveSteady } from "../../src/dynare/index";
import { readVarCsv, runVarCommand } from "../../src/econometrics/cli-var";
import { irfBands } from "../../src/econometrics/var/bootstrap";
import { fitVar } from "../../src/econometrics/var/index";
import { kilianBands } from "../../src/econometrics/var/kilian";
import { parseEurostat } from "../../src/evasion/eurostat";
import { parseBruegelTracker, parseComtradeMirror } from "../../src/evasion/external";
import { evasionScoreInterval } from "../../src/evasion/score";
import { targetChoiceSample } from "../../src/evidence/ties";
import { runIndexCommand } from "../../src/sanctions-index/cli-index";
import { runCommand } from "../helpers/run-command";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "issue17-audit-"));
const write = (name: string, text: string) => { const f = path.join(tmp, name); fs.mkdirSync(path.dirname(f), { recursive: true }); fs.writeFileSync(f, text); return f; };
const ramst = fs.readFileSync(path.join(REPO_ROOT, "test", "fixtures", "dynare", "models", "ramst.mod"), "utf8");
const VAR_CSV = path.join(REPO_ROOT, "test", "fixtures", "var", "macrodata_dlog.csv");
const EU = path.join(REPO_ROOT, "data", "events", "eu_russia_sanctions_2014_2018.csv");

const run = (cmd: (argv: string[]) => Promise<number>, argv: string[]) => runCommand(cmd, argv);

function typed<E extends SanctionsLabError>(f: () => unknown, cls: new (...a: never[]) => E = SanctionsLabError as never): E {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(cls);
    return e as E;
  }
  throw new Error("expected a typed error, got a result");
}

describe("item 4: no command writes NaN, Infinity or null for a number", () => {
  it("writeJsonChecked refuses them naming the quantity and writes nothing", () => {
    for (const [value, re] of [
      [{ index: [1, Infinity] }, /'index\[1\]' is Infinity/],
      [{ irf: { orth: [[0, NaN]] } }, /'irf\.orth\[0\]\[1\]' is NaN/],
      [{ paths: { k: Float64Array.from([1, -Infinity]) } }, /'paths\.k\[1\]' is -Infinity/],
      [{ contributions: { A: [1, null, 2] } }, /'contributions\.A\[1\]' is null/],
      [{ max_residual: NaN }, /'max_residual' is NaN/],
    ] as const) {
      const out = path.join(tmp, "nonfinite.json");
      expect(() => writeJsonChecked(out, value, "index e.csv")).toThrow(re);
      expect(() => writeJsonChecked(out, value, "index e.csv")).toThrow(NumericalError);
      expect(fs.existsSync(out)).toBe(false);
    }
  });
  it("the var, pf and index commands write their JSON through writeJsonChecked only", () => {
    for (const f of ["src/econometrics/cli-var.ts", "src/dynare/cli-pf.ts", "src/sanctions-index/cli-index.ts"]) {
      const src = fs.readFileSync(path.join(REPO_ROOT, f), "utf8");
      expect(src, f).toMatch(/writeJsonChecked\(/);
      expect(src, f).not.toMatch(/\bwriteFileSync\(|JSON\.stringify\(/);
    }
  });
});

describe("item 5: checksums hash the content, in data check and data fetch too", () => {
  const name = "peacesciencer/cow_majors.csv";
  const source = path.join(resolveDataDir(), name);
  it.skipIf(!fs.existsSync(source))("data check: an edit of the same size with the modification time put back is 'sha256 differs', after a clean check", async () => {
    const dir = path.join(tmp, "check-mtime");
    const f = path.join(dir, name);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    const text = fs.readFileSync(source);
    fs.writeFileSync(f, text);
    fs.utimesSync(f, 1_600_000_000, 1_600_000_000);
    expect((await run(runDataCommand, ["check", "--dir", dir, "--only", name])).code).toBe(0);
    const edited = Buffer.from(text);
    const i = edited.indexOf(0x31); // a digit '1' becomes '2': same size
    expect(i).toBeGreaterThan(0);
    edited[i] = 0x32;
    fs.writeFileSync(f, edited);
    fs.utimesSync(f, 1_600_000_000, 1_600_000_000);
    expect(fs.statSync(f).size).toBe(text.length);
    const r = await run(runDataCommand, ["check", "--dir", dir, "--only", name]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${name}: sha256 differs from data/manifest.json`);
  });
  it("data fetch: a file edited with its time put back is not 'already present', and is not kept", async () => {
    const text = "a,b\n1,2\n";
    const entry = { sha256: crypto.createHash("sha256").update(text).digest("hex"), bytes: text.length, title: "t", url: "https://example.org/x.csv", snapshot: "2024", licence: "CC0", citation: "c", download: "https://example.org/x.csv" };
    const dir = path.join(tmp, "fetch-mtime");
    const f = write("fetch-mtime/x.csv", text);
    fs.utimesSync(f, 1_600_000_000, 1_600_000_000);
    const quiet = { log: () => undefined, baseUrl: "http://127.0.0.1:9" };
    expect((await fetchData({ dir, manifest: { "x.csv": entry } as never, ...quiet })).files[0].status).toBe("verified");
    fs.writeFileSync(f, "a,b\n1,3\n");
    fs.utimesSync(f, 1_600_000_000, 1_600_000_000);
    const s = await fetchData({ dir, manifest: { "x.csv": entry } as never, ...quiet });
    expect(s.files[0].status).toBe("failed"); // the mirror is unreachable: it would be downloaded again
    expect(s.complete).toBe(false);
  });
});

describe("item 6: the output path is checked before the computation", () => {
  const notAFile = tmp; // a directory as --json
  it("pf: a model whose solver fails, with --json a directory, reports the --json error (nothing solved)", async () => {
    const model = write("nonconv.mod", ramst.replace("perfect_foresight_solver;", "perfect_foresight_solver(maxit = 0, no_homotopy);"));
    const solved = await run(runPfCommand, [model, "--json", path.join(tmp, "nonconv.json")]);
    expect(solved.code).toBe(1);
    expect(solved.err).toMatch(/did not converge/);
    const r = await run(runPfCommand, [model, "--json", notAFile]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--json/);
    expect(r.err).toMatch(/is a directory/);
    expect(r.err).not.toMatch(/did not converge/);
  });
  it("var: collinear series, with --json a directory, report the --json error (nothing estimated)", async () => {
    const lines = fs.readFileSync(VAR_CSV, "utf8").trim().split("\n");
    const dup = write("dup.csv", lines.map((l, i) => (i === 0 ? `${l},copy` : `${l},${l.split(",")[1]}`)).join("\n") + "\n");
    const fitted = await run(runVarCommand, [dup, "--lags", "2", "--json", path.join(tmp, "dup.json")]);
    expect(fitted.code).toBe(1);
    expect(fitted.err).toMatch(/collinear/);
    const r = await run(runVarCommand, [dup, "--lags", "2", "--json", notAFile]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--json/);
    expect(r.err).not.toMatch(/collinear/);
  });
  it("index: parameters whose index overflows, with --json a directory, report the --json error (nothing computed)", async () => {
    const p = write("huge.json", JSON.stringify({ law: { kind: "none" }, leverage: 1e308 }));
    const args = (out: string) => [EU, "--method", "bali-rapelanoro", "--params", p, "--from", "2014-01", "--to", "2016-12", "--json", out];
    const computed = await run(runIndexCommand, args(path.join(tmp, "huge-out.json")));
    expect(computed.code).toBe(1);
    expect(computed.err).toMatch(/is Infinity/);
    const r = await run(runIndexCommand, args(notAFile));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--json/);
    expect(r.err).not.toMatch(/is Infinity/);
  });
});

describe("item 6: data folders and files that cannot be read are said as such", () => {
  const name = Object.keys(manifest())[0];
  it("data check: a directory in a file's place is a typed report, exit 1 (was an internal error, exit 70)", async () => {
    const dir = path.join(tmp, "dir-in-place");
    fs.mkdirSync(path.join(dir, name), { recursive: true });
    const r = await run(runDataCommand, ["check", "--dir", dir, "--only", name]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${name}: Data file '${name}' in ${dir} is a directory, not a file.`);
    expect(r.err).toMatch(/1 file\(s\) in .* cannot be checked/);
  });
  it("data check: a file given as the data folder is a typed error, not every file 'missing'", async () => {
    const f = write("not-a-folder", "x");
    for (const dir of [f, path.join(f, "sub")]) {
      const r = await run(runDataCommand, ["check", "--dir", dir, "--only", name]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/is a file, not a folder|is not a folder/);
      expect(r.err).not.toMatch(/: missing/);
    }
  });
  it("data check: a folder that does not exist is said, its files are missing, with the fetch command", async () => {
    const dir = path.join(tmp, "no-such-folder");
    const r = await run(runDataCommand, ["check", "--dir", dir, "--only", name]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`the data folder ${dir} does not exist`);
    expect(r.err).toContain(`${name}: missing`);
    expect(r.err).toContain("sanctions-lab data fetch --dir");
  });
  it("data fetch: a directory in a file's place fails that file with a message; a file as the folder is a typed error", async () => {
    const dir = path.join(tmp, "fetch-dir-in-place");
    fs.mkdirSync(path.join(dir, "x.csv"), { recursive: true });
    const entry = { sha256: "0".repeat(64), bytes: 1, title: "t", url: "u", snapshot: "s", licence: "l", citation: "c", download: "https://example.org/x.csv" };
    const s = await fetchData({ dir, manifest: { "x.csv": entry } as never, log: () => undefined, baseUrl: "http://127.0.0.1:9" });
    expect(s.files[0].status).toBe("failed");
    expect(s.files[0].status === "failed" && s.files[0].error.message).toMatch(/is a directory, not the data file/);
    const f = write("fetch-not-a-folder", "x");
    await expect(fetchData({ dir: f, manifest: { "x.csv": entry } as never, log: () => undefined })).rejects.toThrow(DataError);
  });
  it.skipIf(process.getuid?.() === 0)("unreadable data file and data folder (chmod; skipped as root, where chmod cannot deny a read)", async () => {
    const dir = path.join(tmp, "locked");
    const f = write(`locked/${name}`, "x");
    fs.chmodSync(f, 0o000);
    const r = await run(runDataCommand, ["check", "--dir", dir, "--only", name]);
    expect(r.err).toMatch(/permission denied/);
    expect(() => dataFile(name, { dataDir: dir })).toThrow(/permission denied/);
    fs.chmodSync(dir, 0o000);
    expect(() => checkDataFolder(dir)).toThrow(/permission denied/);
    fs.chmodSync(dir, 0o700);
  });
});

describe("item 7: absurd nesting is a depth error at line:column", () => {
  it("1,900 nested parentheses: SyntaxError_ at the parenthesis that passes the limit", () => {
    const rhs = "(".repeat(1900) + "e" + ")".repeat(1900);
    const src = `var y;\nvarexo e;\nmodel;\ny = ${rhs};\nend;\n`;
    const e = typed(() => parseMod(src, "deep.mod"), SyntaxError_);
    expect(e.message).toMatch(new RegExp(`^deep\\.mod:4:${"y = ".length + MAX_NESTING + 1}: expression nested more than ${MAX_NESTING} levels`));
  });
});

describe("item 9: null models and results, seed: NaN", () => {
  const y = fs.readFileSync(VAR_CSV, "utf8").trim().split("\n").slice(1).map((l) => l.split(",").slice(1).map(Number));
  const res = fitVar(y, { lags: 2 });
  it("the model-level entry points of src/dynare/index.ts", () => {
    for (const m of [null, undefined]) {
      typed(() => compileModel(m as never), InvalidParameterError);
      typed(() => compiled(m as never), InvalidParameterError);
      typed(() => solvePrepared(m as never), InvalidParameterError);
      typed(() => blanchardKahn(m as never, new Float64Array(1), new Float64Array(0), new Float64Array(0)), InvalidParameterError);
      typed(() => solveSteady(m as never, new Float64Array(0), new Float64Array(0), new Float64Array(1)), InvalidParameterError);
      typed(() => solveStackedPath(m as never, null as never), InvalidParameterError);
      typed(() => derivative(m as never, "y", 0), InvalidParameterError);
    }
    const cm = compileModel(parseMod(ramst, "r.mod"));
    typed(() => solveStackedPath(cm, null as never), InvalidParameterError);
  });
  it("VAR bands: a null result or options object", async () => {
    await expect(irfBands(null as never, { horizon: 5 })).rejects.toThrow(InvalidParameterError);
    await expect(irfBands(res, null as never)).rejects.toThrow(InvalidParameterError);
    typed(() => kilianBands(null as never, {} as never), InvalidParameterError);
  });
  it("seed: NaN or Infinity is a typed error wherever a seed is taken", async () => {
    for (const seed of [Number.NaN, Infinity]) {
      typed(() => new Rng(seed), InvalidParameterError);
      typed(() => Rng.stream(seed, 0), InvalidParameterError);
      await expect(irfBands(res, { horizon: 5, replications: 20, seed })).rejects.toThrow(/seed/);
      await expect(irfBands(res, { horizon: 5, replications: 20, seed, workers: 2 })).rejects.toThrow(/seed/);
      expect(() => kilianBands(res, { horizon: 5, seed } as never)).toThrow(/seed/);
      expect(() => evasionScoreInterval(null as never, null as never, { pre: ["2021-01", "2021-12"], post: ["2022-03", "2022-12"] } as never, { seed })).toThrow(/seed/);
      expect(() => targetChoiceSample([], {} as never, { seed })).toThrow(/seed/);
    }
  });
  it("the CSV table helpers", () => {
    for (const t of [null, undefined, {}]) {
      typed(() => columnIndex(t as never, "x"), InvalidParameterError);
      typed(() => numericColumn(t as never, "x"), InvalidParameterError);
      typed(() => stringColumn(t as never, "x"), InvalidParameterError);
    }
    typed(() => parseNumberCell(null as never), InvalidParameterError);
    typed(() => toCsvText(null as never, []), InvalidParameterError);
    typed(() => toCsvText(["a"], null as never), InvalidParameterError);
  });
});

describe("item 10: one rule for numeric cells in every CSV reader", () => {
  // src/data/csv.ts parseNumberCell: decimal notation only; "", NA, NaN, ., .., null, n/a (any case) are missing
  const hex = ["0x1F", "0b101", "0o7", "Infinity", "1_000"];
  const missing = ["NaN", "NAN", "null", "NA"];
  it("the var reader: hex refused naming line and column; NaN/NAN/null are missing values", () => {
    for (const v of hex) {
      const f = write(`var-${v}.csv`, `date,a,b\n2000-01,1,2\n2000-02,${v},3\n`);
      expect(() => readVarCsv(f, false), v).toThrow(/line 3, column 'a': '.*' is not a number/);
    }
    for (const v of missing) {
      const f = write(`var-m-${v}.csv`, `date,a,b\n2000-01,1,2\n2000-02,${v},3\n2000-03,4,5\n`);
      expect(() => readVarCsv(f, false), v).toThrow(DataError);
      expect(readVarCsv(f, true).dropped, v).toBe(1);
    }
  });
  it("numericColumn (series, Russian data, TIES): hex refused, the missing tokens are NaN", () => {
    for (const v of hex) expect(() => numericColumn(parseCsvText(`x\n${v}\n`, "t.csv"), "x"), v).toThrow(DataError);
    for (const v of missing) expect(Number.isNaN(numericColumn(parseCsvText(`x\n${v}\n1\n`, "t.csv"), "x").values[0]), v).toBe(true);
  });
  it("the trade readers (Bruegel tracker, Comtrade mirror, Eurostat): hex refused, missing tokens are DATA_MISSING_VALUE", () => {
    const bruegel = (v: string) => parseBruegelTracker(parseCsvText(`month,partner_group,product_group,value_usd\n2022-01,sanctioning,75,${v}\n`, "b.csv"));
    const comtrade = (v: string) => parseComtradeMirror(parseCsvText(`period,reporterISO,partnerISO,flowCode,cmdCode,primaryValue\n202201,DEU,RUS,X,854231,${v}\n`, "c.csv"), { hs6: ["854231"] });
    const eurostat = (v: string) => parseEurostat(parseCsvText(`reporter,partner,product,flow,indicator,month,value_eur\nAustria,Armenia,Total [TOTAL],EXPORT,VALUE_IN_EUROS,2022-01,${v}\n`, "e.csv"));
    for (const read of [bruegel, comtrade, eurostat]) {
      for (const v of hex) expect(typed(() => read(v), DataError).message, v).toMatch(/not a non-negative decimal number/);
      for (const v of [...missing, ""]) expect(typed(() => read(v), DataError).code, v).toBe("DATA_MISSING_VALUE");
    }
  });
  it("the rule is documented in data/README.md", () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, "data", "README.md"), "utf8");
    expect(readme).toMatch(/## Numbers and missing values in CSV cells/);
    for (const t of ["`NaN`", "`null`", "`0x1F`"]) expect(readme).toContain(t);
  });
});

describe("item 10: a missing ';' after a declaration is reported where it is missing", () => {
  it("after 'var c k' with comments and blank lines before the next command: at 1:8, naming the command and its position", () => {
    const src = "var c k\n\n// shocks\n// below\n\n\nvarexo x;\nparameters a;\na = 1;\nmodel;\nc = a*k;\nk = x;\nend;\n";
    expect(() => parseMod(src, "t.mod")).toThrow(/^t\.mod:1:8: missing ';' after 'k' at the end of the 'var' declaration \(it runs into the command 'varexo' at 7:1\)/);
  });
  it("'parameters a b' followed by 'a = 0.5;': a missing ';', not 'a declared twice'", () => {
    const src = "var y;\nparameters a b\n\na = 0.5;\nb = 1;\nmodel;\ny = a*b;\nend;\n";
    expect(() => parseMod(src, "t.mod")).toThrow(/^t\.mod:2:15: missing ';' after 'b' at the end of the 'parameters' declaration \(it runs into the assignment 'a = \.\.\.' at 4:1\)/);
  });
  it("an empty .mod file is reported as empty, not as a missing 'periods'", () => {
    expect(() => parseMod("", "e.mod")).toThrow(/^e\.mod:1:1: the file declares no endogenous variables and no model block/);
  });
});
