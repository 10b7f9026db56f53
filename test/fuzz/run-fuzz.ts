/**
 * Issue 17: a seeded, time-bounded fuzzer for the command line and the library entry points.
 * Not a vitest file (it runs for minutes); test/fuzz/properties.test.ts holds the fast property tests.
 *
 *   npx tsx test/fuzz/run-fuzz.ts --seed 1 --minutes 10 --out build/fuzz
 *   npx tsx test/fuzz/run-fuzz.ts --replay build/fuzz/repro/<id>/case.json
 *
 * Options: --seed N (1), --minutes M (10), --out DIR (build/fuzz), --timeout S per case (20),
 * --targets var,pf,index,cli,lib (all), --fresh (start findings.json anew instead of merging).
 *
 * Inputs are the committed fixtures (CSV under test/fixtures and data/, .mod files under
 * test/fixtures/dynare/models and test/fixtures/funke-wende/dynare), mutated (byte flips, deleted,
 * duplicated or swapped lines, truncation, huge/negative/NaN/Infinity/hex numbers, deep nesting,
 * very long sums, unknown keywords, empty files, ...), always as copies in a temporary folder.
 * Each case is run with a timeout: the CLI as `node bin/sanctions-lab.js <command> ...` (with
 * fuzzed options), the library functions in a child process fed over IPC.
 *
 * Outcomes: "typed" (non-zero exit with a message and no stack trace, or a SanctionsLabError),
 * "clean" (exit 0 / a return value whose numbers are all finite, no null among numbers, and equal to
 * the unmutated run when the mutation cannot change the answer), or a finding:
 *   HANG            no answer within the timeout
 *   STACK           a stack trace on stderr
 *   INTERNAL        exit 70 ("internal error"), or a library call throwing a non-typed error
 *   CRASH           killed by a signal, or an exit code other than 0, 1, 2, 70
 *   SILENT_FAIL     non-zero exit with nothing on stderr
 *   NONFINITE       NaN/Infinity, or null among numbers, in the output (or unparsable JSON)
 *   NO_OUTPUT       exit 0 without the --json file
 *   PARTIAL_OUTPUT  a failed run that left the --json file behind
 *   INPUT_CHANGED   an input file was modified
 *   SILENT_ACCEPT   an input that must be refused (hex number, unknown keyword, bad option value,
 *                   duplicate event, ...) gave exit 0 without a warning
 *   SILENT_WRONG    a mutation that cannot change the answer (BOM, CRLF, comments, redundant
 *                   parentheses, "+ 0" terms) changed it
 *   BAD_HELP        `<command> --help` does not print its usage with exit 0
 * One minimised reproducer per finding class is written to <out>/repro/<id>/, and all of them to
 * <out>/findings.json.
 */
import * as cp from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const REPO = path.resolve(__dirname, "..", "..");
const BIN = path.join(REPO, "bin", "sanctions-lab.js");

// ---------------------------------------------------------------- seeded randomness

class Rand {
  private s: number;
  constructor(seed: number) { this.s = (seed >>> 0) ^ 0x9e3779b9; }
  next(): number { // mulberry32
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number { return Math.floor(this.next() * n); }
  range(a: number, b: number): number { return a + this.int(b - a + 1); }
  pick<T>(a: readonly T[]): T { return a[this.int(a.length)]; }
  chance(p: number): boolean { return this.next() < p; }
}

// ---------------------------------------------------------------- special values across IPC / JSON

/** JSON cannot hold NaN, Infinity, undefined or typed arrays: they travel as {"$": ...} tags. */
function encode(v: unknown): unknown {
  if (v === undefined) return { $: "undefined" };
  if (typeof v === "number") {
    if (Number.isNaN(v)) return { $: "NaN" };
    if (v === Infinity) return { $: "Infinity" };
    if (v === -Infinity) return { $: "-Infinity" };
    if (Object.is(v, -0)) return { $: "-0" };
    return v;
  }
  if (v instanceof Float64Array) return { $: "f64", v: Array.from(v, encode) };
  if (Array.isArray(v)) return v.map(encode);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)]));
  return v;
}
function decode(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(decode);
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.$ === "string") {
      switch (o.$) {
        case "undefined": return undefined;
        case "NaN": return NaN;
        case "Infinity": return Infinity;
        case "-Infinity": return -Infinity;
        case "-0": return -0;
        case "f64": return Float64Array.from(decode(o.v) as number[]);
        case "ref": return o; // resolved by the worker
      }
    }
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, decode(x)]));
  }
  return v;
}

// ---------------------------------------------------------------- fixtures

const rel = (p: string) => path.relative(REPO, p);
function listFiles(dir: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    if (!fs.existsSync(d)) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(ext)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}
const CSVS = [...listFiles(path.join(REPO, "test", "fixtures"), ".csv"), ...listFiles(path.join(REPO, "data"), ".csv")];
const EVENT_CSVS = CSVS.filter((f) => f.includes(`${path.sep}events${path.sep}`));
const VAR_CSVS = CSVS.filter((f) => !EVENT_CSVS.includes(f));
const MODS = [...listFiles(path.join(REPO, "test", "fixtures", "dynare", "models"), ".mod"), ...listFiles(path.join(REPO, "test", "fixtures", "funke-wende", "dynare"), ".mod")];
const CACHE = new Map<string, string>();
const readFixture = (f: string) => { let t = CACHE.get(f); if (t === undefined) { t = fs.readFileSync(f, "utf8"); CACHE.set(f, t); } return t; };

// ---------------------------------------------------------------- mutations

/** numbers that a reader must refuse (they are not decimal numbers or not finite) */
const BAD_NUMBERS = ["0x1F", "0b101", "0o17", "1_000", "Infinity", "-Infinity", "inf", "1e309", "-1e309", "1e5000", "1e", "--1", "+-1", "\u22121", "\u0661\u0662", "1.2.3", "0x", "12abc", "\u00a0"];
/** numbers that are valid but extreme */
const EXTREME_NUMBERS = ["1e308", "-1e308", "1e-400", "4.9e-324", "-0", "0", "99999999999999999999999", "1e300", "-1e300", "1e-300", "123456789012345678901234567890.5"];
const MISSING = ["NaN", "NA", "", "null", "."];

interface Mutated { text: string; labels: string[]; expect: "any" | "reject" | "reject-or-warn" | "same" }

function lines(t: string): string[] { return t.split("\n"); }

/** inputs are kept below this size: the fuzzer looks for wrong answers, not for the time a 300 MB file takes */
const MAX_INPUT = 4_000_000;

/** generic text mutations (any file) */
function genericMutation(r: Rand, text: string): { text: string; label: string } {
  const L = lines(text);
  const i = r.int(Math.max(1, L.length));
  switch (r.int(11)) {
    case 0: { // flip one bit of one byte
      const b = Buffer.from(text, "utf8");
      if (!b.length) return { text: "\u0000", label: "byte-flip" };
      const k = r.int(b.length);
      b[k] ^= 1 << r.int(8);
      return { text: b.toString("latin1") === b.toString("utf8") ? b.toString("utf8") : b.toString("utf8"), label: "byte-flip" };
    }
    case 1: L.splice(i, 1); return { text: L.join("\n"), label: "delete-line" };
    case 2: L.splice(i, 0, L[i] ?? ""); return { text: L.join("\n"), label: "duplicate-line" };
    case 3: { const j = r.int(L.length); [L[i], L[j]] = [L[j], L[i]]; return { text: L.join("\n"), label: "swap-lines" }; }
    case 4: return { text: text.slice(0, r.int(text.length + 1)), label: "truncate" };
    case 5: return { text: "", label: "empty-file" };
    case 6: return { text: L[0] ?? "", label: "first-line-only" };
    case 7: { const k = r.int(text.length + 1); return { text: text.slice(0, k) + r.pick([",", ";", "\"", "(", ")", "\u0000", "\r", "=", "#", "//", "/*", "\uFEFF", "'", "[", "{", "\\"]) + text.slice(k), label: "insert-char" }; }
    case 8: return { text: text + "\n" + "x".repeat(r.pick([1000, 100000, 1_000_000])), label: "long-line" };
    case 9: { // many copies of the body, up to about MAX_INPUT characters (a larger input is slow, not wrong)
      const n = Math.max(1, Math.min(r.pick([10, 100, 2000]), Math.floor(MAX_INPUT / Math.max(1, text.length))));
      return { text: [L[0], ...Array.from({ length: n }, () => L.slice(1).join("\n"))].join("\n"), label: "repeat-body" };
    }
    default: { // replace a number token with a bad or extreme one
      const nums = [...text.matchAll(/-?\d+(\.\d+)?([eE][+-]?\d+)?/g)];
      if (!nums.length) return { text: text + "1e309", label: "append-number" };
      const m = r.pick(nums);
      const v = r.pick([...BAD_NUMBERS, ...EXTREME_NUMBERS, ...MISSING]);
      return { text: text.slice(0, m.index!) + v + text.slice(m.index! + m[0].length), label: "number-token" };
    }
  }
}

/** mutations that cannot change a CSV's content */
function sameCsv(r: Rand, text: string): { text: string; label: string } {
  switch (r.int(3)) {
    case 0: return { text: "\uFEFF" + text, label: "bom" };
    case 1: return { text: text.replace(/\r?\n/g, "\r\n"), label: "crlf" };
    default: return { text: text.replace(/\n*$/, "") + "\n\n\n", label: "trailing-blank-lines" };
  }
}

/** split a simple CSV line (no quotes handled: only used where the fixture has no quoted commas in the cell touched) */
function csvCells(line: string): string[] { return line.split(","); }

function mutateVarCsv(r: Rand, text: string): Mutated {
  const L = lines(text).filter((l, k, a) => !(k === a.length - 1 && l === ""));
  const header = csvCells(L[0] ?? "");
  const first = (header[0] ?? "").trim().toLowerCase() === "date" ? 1 : 0;
  const quoted = text.includes("\"");
  const roll = r.int(10);
  if (roll < 2) { const m = sameCsv(r, text); return { text: m.text, labels: [m.label], expect: "same" }; }
  if (roll < 5 && !quoted && L.length > 2 && header.length > first) {
    // a cell of a data column
    const row = r.range(1, L.length - 1);
    const cells = csvCells(L[row]);
    const col = r.range(first, cells.length - 1);
    const kind = r.int(3);
    const v = kind === 0 ? r.pick(BAD_NUMBERS) : kind === 1 ? r.pick(EXTREME_NUMBERS) : r.pick(MISSING);
    cells[col] = v;
    L[row] = cells.join(",");
    const refuse = kind === 0 && v !== "\u00a0"; // a lone no-break space trims to a missing value
    return { text: L.join("\n") + "\n", labels: [`cell:${kind === 0 ? "bad" : kind === 1 ? "extreme" : "missing"}:${JSON.stringify(v)}`], expect: refuse ? "reject" : "any" };
  }
  if (roll < 7 && !quoted && L.length > 2 && header.length > first) {
    // structure: a duplicated column (perfectly collinear) or a constant column
    const col = r.range(first, header.length - 1);
    const dup = r.chance(0.5);
    const out = L.map((l, k) => {
      const c = csvCells(l);
      if (k === 0) return [...c, dup ? `${c[col]}_copy` : "fuzz_const"].join(",");
      return [...c, dup ? c[col] : "1"].join(",");
    });
    return { text: out.join("\n") + "\n", labels: [dup ? "dup-column" : "const-column"], expect: "reject-or-warn" };
  }
  let t = text;
  const labels: string[] = [];
  for (let k = r.range(1, 3); k > 0; k--) { const m = genericMutation(r, t); t = m.text.length > MAX_INPUT ? m.text.slice(0, MAX_INPUT) : m.text; labels.push(m.label); }
  return { text: t, labels, expect: "any" };
}

function mutateEvents(r: Rand, text: string): Mutated {
  const L = lines(text).filter((l, k, a) => !(k === a.length - 1 && l === ""));
  const roll = r.int(10);
  if (roll < 1) { const m = sameCsv(r, text); return { text: m.text, labels: [m.label], expect: "same" }; }
  if (roll < 3) {
    // an exact duplicate of an event row (same id): counting it twice would double its weight
    const i = r.range(1, L.length - 1);
    L.splice(i + 1, 0, L[i]);
    return { text: L.join("\n") + "\n", labels: ["duplicate-event"], expect: "reject" };
  }
  if (roll < 6) {
    // the leading cells (id,date,sender,legal_act,type,n_targets) of a row; the fixture quotes later cells only
    const i = r.range(1, L.length - 1);
    const m = /^([^,"]*),([^,"]*),([^,"]*),("[^"]*"|[^,"]*),([^,"]*),([^,"]*),/.exec(L[i]);
    if (m) {
      const cells = m.slice(1, 7);
      const which = r.pick(["date", "n_targets", "type", "id", "sender"] as const);
      let v: string; let refuse = true;
      if (which === "date") { v = r.pick(["2014-02-30", "2014-13-01", "2014-00-10", "99999-01-01", "2014-1-1", "20140101", "", "2014-03-03T00:00", "2015-02-29", "0000-01-01"]); refuse = v !== "0000-01-01"; }
      else if (which === "n_targets") { v = r.pick(["0x10", "-5", "2.5", "1e309", "NaN", "Infinity", "1_0", "abc", "1e3", "0", "99999999999999999999"]); refuse = !["0", "1e3", "99999999999999999999"].includes(v); }
      else if (which === "type") v = r.pick(["frob", "INDIVIDUAL", "", "sectors"]);
      else if (which === "id") v = "";
      else v = "";
      if (which === "n_targets" && v === "1e3") refuse = false;
      cells[["id", "date", "sender", "legal_act", "type", "n_targets"].indexOf(which === "sender" ? "sender" : which)] = v;
      L[i] = cells.join(",") + "," + L[i].slice(m[0].length);
      return { text: L.join("\n") + "\n", labels: [`event:${which}=${JSON.stringify(v)}`], expect: refuse ? "reject" : "any" };
    }
  }
  let t = text;
  const labels: string[] = [];
  for (let k = r.range(1, 3); k > 0; k--) { const m = genericMutation(r, t); t = m.text.length > MAX_INPUT ? m.text.slice(0, MAX_INPUT) : m.text; labels.push(m.label); }
  return { text: t, labels, expect: "any" };
}

/** statements of the model block: [line index, expression text before ';'] */
function modelLines(L: string[]): number[] {
  const out: number[] = [];
  let inModel = false;
  L.forEach((l, i) => {
    const s = l.replace(/\/\/.*$/, "").trim();
    if (/^model\s*(\(.*\))?\s*;/.test(s)) { inModel = true; return; }
    if (inModel && /^end\s*;/.test(s)) { inModel = false; return; }
    if (inModel && s.endsWith(";") && !s.startsWith("#") && !s.startsWith("[") && !s.includes("/*")) out.push(i);
  });
  return out;
}

function mutateMod(r: Rand, text: string): Mutated {
  const L = lines(text);
  const eqs = modelLines(L);
  const roll = r.int(14);
  if (roll < 4 && eqs.length) {
    // value-preserving: redundant parentheses or "+ 0" terms around/after an equation's right-hand side
    const i = r.pick(eqs);
    const line = L[i];
    const semi = line.replace(/\/\/.*$/, "").lastIndexOf(";");
    const body = line.slice(0, semi);
    const eq = body.indexOf("=");
    const lhs = eq >= 0 ? body.slice(0, eq + 1) : "";
    const rhs = eq >= 0 ? body.slice(eq + 1) : body;
    let newRhs: string; let label: string; let expect: Mutated["expect"] = "same";
    if (roll < 2) {
      const depth = r.pick([10, 100, 400, 499, 501, 5000, 200000]);
      newRhs = "(".repeat(depth) + rhs + ")".repeat(depth);
      label = `nesting:${depth}`;
      if (depth > 450) expect = "any"; // beyond MAX_NESTING (500) counting the expression's own depth: a typed error
    } else {
      const n = r.pick([10, 1000, 50000, 300000]);
      newRhs = rhs + " + 0".repeat(n);
      label = `long-sum:${n}`;
    }
    L[i] = lhs + newRhs + line.slice(semi);
    return { text: L.join("\n"), labels: [label], expect };
  }
  if (roll < 6) {
    // value-preserving: comments, blank lines, CRLF
    const k = r.int(3);
    if (k === 0) return { text: text.replace(/\r?\n/g, "\r\n"), labels: ["crlf"], expect: "same" };
    if (k === 1) { const i = r.int(L.length + 1); L.splice(i, 0, "// fuzz comment ; end; model;", ""); return { text: L.join("\n"), labels: ["line-comment"], expect: "same" }; }
    const i = r.int(L.length + 1); L.splice(i, 0, "/* fuzz comment; var z; */"); return { text: L.join("\n"), labels: ["block-comment"], expect: "same" };
  }
  if (roll < 8) {
    // an unknown keyword / unsupported command at a statement boundary (outside blocks: after the first line ending in ';' at top level)
    const kw = r.pick(["frobnicate;", "stoch_simul(order=1);", "estimation(datafile=x);", "perfect_foresight_solve;", "varexo_det zz;", "steady(solve_algo=42);", "options_.slowc = 0.5;", "end;"]);
    const tops = L.map((l, i) => [l, i] as const).filter(([l]) => /^\s*(var|varexo|parameters|steady|check|perfect_foresight_setup|perfect_foresight_solver)\b.*;/.test(l)).map(([, i]) => i);
    const i = tops.length ? r.pick(tops) + 1 : L.length;
    L.splice(i, 0, kw);
    return { text: L.join("\n"), labels: [`keyword:${kw}`], expect: "reject-or-warn" };
  }
  if (roll < 10) {
    // a number of a parameter assignment, of periods or of the shocks
    const cand = L.map((l, i) => [l, i] as const).filter(([l]) => /^\s*(\w+\s*=\s*-?[\d.]+(e[+-]?\d+)?\s*;|periods\s+[\d:\s]+;|values\s+[-\d.eE\s]+;|perfect_foresight_setup\(periods\s*=\s*\d+\))/.test(l));
    if (cand.length) {
      const [line, i] = r.pick(cand);
      const m = /-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(line.replace(/^\s*\w+\s*=/, (s) => " ".repeat(s.length)))!;
      const bad = r.chance(0.6);
      const isPeriods = /periods/.test(line);
      const v = bad ? r.pick(["0x10", "0b1", "1_000", "1e", "\u22121", "1..2", "inf_"]) : isPeriods ? r.pick(["0", "-1", "2.5", "1e400", "NaN", "Inf", "99999999999", "-0"]) : r.pick(["1e308", "-1e308", "1e309", "NaN", "Inf", "-Inf", "0", "-0", "1e-320", "1e300"]);
      L[i] = line.slice(0, m.index) + v + line.slice(m.index + m[0].length);
      return { text: L.join("\n"), labels: [`${isPeriods ? "periods" : "value"}:${bad ? "bad" : "extreme"}:${v}`], expect: bad ? "reject" : "any" };
    }
  }
  let t = text;
  const labels: string[] = [];
  for (let k = r.range(1, 3); k > 0; k--) { const m = genericMutation(r, t); t = m.text.length > MAX_INPUT ? m.text.slice(0, MAX_INPUT) : m.text; labels.push(m.label); }
  return { text: t, labels, expect: "any" };
}

// ---------------------------------------------------------------- cases

interface CliCase {
  kind: "cli";
  target: string;
  /** argv with @DIR@ for the case folder */
  argv: string[];
  /** files to create in the case folder: name -> content */
  files: Record<string, string>;
  /** folders to create in the case folder */
  dirs?: string[];
  /** names of files that must not change */
  inputs: string[];
  /** the --json output (name in the case folder), when the case writes one */
  out?: string;
  expect: Mutated["expect"] | "help";
  labels: string[];
  /** key of the unmutated run, for expect "same" */
  baseline?: string;
}
interface LibCase {
  kind: "lib";
  target: string;
  /** calls run in order; an argument {"$": "ref", "i": k} is the result of call k */
  steps: { fn: string; args: unknown[]; allowNaN?: boolean }[];
  expect: "any" | "reject";
  labels: string[];
}
type Case = CliCase | LibCase;

// option values
const BAD_INT = ["NaN", "Infinity", "-Infinity", "-1", "0x10", "0b1", "1e400", "abc", "", " ", "2.5", "1_0", "--", "-0.5", "1e", "\u22121"];
const BAD_POS = ["NaN", "Infinity", "-1", "0", "0x1", "", " ", "abc", "1e400", "-1e-5", "1_0"];

function varCase(r: Rand): CliCase {
  const file = r.chance(0.5) ? path.join(REPO, "test", "fixtures", "var", "macrodata_dlog.csv") : r.pick(VAR_CSVS);
  const base = readFixture(file);
  const header = csvCells(lines(base)[0] ?? "").map((s) => s.trim());
  const names = header[0]?.toLowerCase() === "date" ? header.slice(1) : header;
  // valid options
  const opts: string[] = [];
  const useMax = r.chance(0.25);
  if (useMax) opts.push("--maxlags", String(r.range(1, 6)), "--ic", r.pick(["aic", "bic", "hqic", "fpe"]));
  else if (r.chance(0.7)) opts.push("--lags", String(r.range(1, 4)));
  if (r.chance(0.3)) opts.push("--trend", r.pick(["c", "ct", "n"]));
  if (r.chance(0.3)) opts.push("--horizon", String(r.range(1, 30)));
  if (r.chance(0.15)) opts.push("--bootstrap", String(r.range(10, 40)), "--seed", String(r.range(0, 99)), "--ci", r.pick(["0.9", "0.95", "0.68"]), "--method", r.pick(["residual", "gaussian"]));
  if (r.chance(0.2)) opts.push("--dropna");
  if (r.chance(0.1)) opts.push("--irf-se");
  if (!useMax && r.chance(0.1)) opts.push("--season", String(r.range(2, 12)));
  if (r.chance(0.15) && names.length > 1) { const o = [...names]; for (let k = o.length - 1; k > 0; k--) { const j = r.int(k + 1); [o[k], o[j]] = [o[j], o[k]]; } opts.push("--order", o.join(",")); }
  const files: Record<string, string> = {};
  const labels: string[] = [];
  let expect: CliCase["expect"] = "any";
  let text = base;
  let jsonArg = "@DIR@/out.json";
  const mode = r.int(10);
  if (mode < 6) {
    const m = mutateVarCsv(r, base);
    text = m.text; labels.push(...m.labels); expect = m.expect;
  } else {
    // option fuzzing on the unmutated file
    const k = r.int(9);
    if (k === 0) { opts.push(r.pick(["--lagz", "--LAGS", "-l", "--lags=2", "--json-out", "--"]), ...(r.chance(0.5) ? ["3"] : [])); labels.push("opt:unknown"); expect = "reject"; }
    else if (k === 1) { const f = r.pick(["--lags", "--maxlags", "--horizon", "--bootstrap", "--season", "--workers", "--seed"]); const v = r.pick(BAD_INT); opts.push(f, v); if (f === "--workers" || f === "--seed" || f === "--season") opts.push("--lags", "2"); if (f === "--workers") opts.push("--bootstrap", "10"); labels.push(`opt:${f}=${JSON.stringify(v)}`); expect = f === "--seed" && v === "-1" ? "any" : "reject"; if (f === "--maxlags") { const i = opts.indexOf("--lags"); if (i >= 0) opts.splice(i, 2); } if (f === "--season") { const i = opts.indexOf("--maxlags"); if (i >= 0) opts.splice(i, 4); } }
    else if (k === 2) { const v = r.pick(["NaN", "Infinity", "0", "1", "1.5", "-0.5", "", "0x1", "abc"]); opts.push("--ci", v, "--bootstrap", "10"); labels.push(`opt:--ci=${JSON.stringify(v)}`); expect = "reject"; }
    else if (k === 3) { opts.push(r.pick(["--lags", "--horizon", "--ic", "--trend", "--order", "--method", "--ci", "--seed"])); labels.push("opt:missing-value"); expect = "reject"; jsonArg = ""; }
    else if (k === 4) { const f = r.pick(["--ic", "--trend", "--method"]); const v = r.pick(["", "AIC", "x", "c,ct", "--json"]); opts.push(f, v); labels.push(`opt:${f}=${JSON.stringify(v)}`); expect = "reject"; }
    else if (k === 5) { const v = r.pick(["", ",", "nope", names.join(",") + ",extra", names[0] ?? "", `${names[0]},${names[0]}`]); opts.push("--order", v); labels.push(`opt:--order=${JSON.stringify(v)}`); expect = v === names.join(",") ? "any" : "reject"; }
    else if (k === 6) { const j = r.int(4); jsonArg = ["@DIR@", "@DIR@/nope/out.json", "@DIR@/in.csv", "@DIR@/sub"][j]; labels.push(`opt:--json=${["dir", "missing-folder", "input", "dir2"][j]}`); expect = "reject"; }
    else if (k === 7) { // a flag where a value belongs: --json followed by another flag
      opts.push("--json", r.pick(["--dropna", "--irf-se", "--lags"])); labels.push("opt:flag-as-value"); expect = "reject";
    } else { opts.push("--lags", "2", "--maxlags", "3"); labels.push("opt:lags+maxlags"); expect = "reject"; }
  }
  files["in.csv"] = text;
  const argv = ["var", "@DIR@/in.csv", ...opts];
  if (jsonArg) argv.push("--json", jsonArg);
  // flag-as-value: the --json already given is the flag; keep one --json for the output only if none is the swallowed one
  if (labels.includes("opt:flag-as-value")) argv.splice(argv.length - 2, 2);
  const baseline = expect === "same" ? `var|${rel(file)}|${opts.join(" ")}` : undefined;
  return { kind: "cli", target: "var", argv, files, dirs: ["sub"], inputs: ["in.csv"], out: jsonArg === "@DIR@/out.json" && !labels.includes("opt:flag-as-value") ? "out.json" : undefined, expect, labels, baseline };
}

function pfCase(r: Rand): CliCase {
  const file = r.pick(MODS);
  const base = readFixture(file);
  const opts: string[] = [];
  if (r.chance(0.2)) opts.push("--periods", String(r.range(1, 300)));
  if (r.chance(0.15)) opts.push("--tolf", r.pick(["1e-5", "1e-8", "1e-3"]));
  if (r.chance(0.15)) opts.push(r.pick(["--exact", "--tight"]));
  let text = base; const labels: string[] = []; let expect: CliCase["expect"] = "any"; let jsonArg = "@DIR@/out.json";
  if (r.int(10) < 7) { const m = mutateMod(r, base); text = m.text; labels.push(...m.labels); expect = m.expect; }
  else {
    const k = r.int(6);
    if (k === 0) { const v = r.pick(BAD_INT); opts.push("--periods", v); labels.push(`opt:--periods=${JSON.stringify(v)}`); expect = v === "0x10" || v === "0b1" ? "reject" : "reject"; }
    else if (k === 1) { const v = r.pick(BAD_POS); opts.push("--tolf", v); labels.push(`opt:--tolf=${JSON.stringify(v)}`); expect = "reject"; }
    else if (k === 2) { opts.push(r.pick(["--periodz", "-p", "--periods=5", "--json-out", "---"])); labels.push("opt:unknown"); expect = "reject"; }
    else if (k === 3) { const j = r.int(3); jsonArg = ["@DIR@", "@DIR@/nope/out.json", "@DIR@/in.mod"][j]; labels.push(`opt:--json=${["dir", "missing-folder", "input"][j]}`); expect = "reject"; }
    else if (k === 4) { opts.push(r.pick(["--periods", "--tolf"])); labels.push("opt:missing-value"); expect = "reject"; jsonArg = ""; }
    else { opts.push("--json", r.pick(["--exact", "--periods"])); labels.push("opt:flag-as-value"); expect = "reject"; jsonArg = ""; }
  }
  const argv = ["pf", "@DIR@/in.mod", ...opts];
  if (jsonArg) argv.push("--json", jsonArg);
  const baseline = expect === "same" ? `pf|${rel(file)}|${opts.join(" ")}` : undefined;
  return { kind: "cli", target: "pf", argv, files: { "in.mod": text }, inputs: ["in.mod"], out: jsonArg === "@DIR@/out.json" ? "out.json" : undefined, expect, labels, baseline };
}

const VALID_PARAMS: Record<string, unknown>[] = [
  { law: { kind: "linear", horizon: 24 }, leverage: 0.5 },
  { law: { kind: "power", horizon: 36, slope: 2 }, leverage: { EU: 0.4, US: 0.6 }, perTarget: false },
  { law: { default: { kind: "exponential", halfLife: 12 }, individual: { kind: "none" } }, leverage: 1, useEndDates: true, alpha: { individual: 1, sector: 500 } },
  { law: { kind: "none" }, leverage: 0.2, events: { EU003: { exclude: true }, EU010: { alpha: 5 } } },
];
const VALID_DREGER: Record<string, unknown>[] = [{}, { weights: { individual: 1, sector: 4 } }, { tradeShare: { EU: 0.4, US: 0.1 }, perTarget: true }];

/** a structured mutation of a parameters object: [json text, label, must refuse] */
function mutateParams(r: Rand, p: Record<string, unknown>): [string, string, boolean] {
  const o = JSON.parse(JSON.stringify(p));
  const leaves: [Record<string, unknown>, string][] = [];
  const walk = (x: Record<string, unknown>) => { for (const [k, v] of Object.entries(x)) { if (v && typeof v === "object" && !Array.isArray(v)) walk(v as Record<string, unknown>); else leaves.push([x, k]); } };
  walk(o);
  const k = r.int(9);
  if (k === 0 && leaves.length) {
    const [x, key] = r.pick(leaves);
    const v = r.pick([-1, "1", null, true, [], {}, Infinity, -1e-9, 0, 2]);
    x[key] = v;
    const text = JSON.stringify(o).replace("null", v === Infinity ? "1e309" : "null");
    const boolKey = ["perTarget", "useEndDates", "exclude", "newMeasuresOnly"].includes(key);
    const positive = ["horizon", "halfLife"].includes(key);
    const refuse = boolKey ? typeof v !== "boolean" : key === "kind" ? true
      : !(typeof v === "number" && Number.isFinite(v) && (positive ? v > 0 : v >= 0) && !(v > 1 && /^(EU|US)$/.test(key) && "tradeShare" in o)) && !(key === "leverage" && (v === 2 || (typeof v === "object" && v !== null && !Array.isArray(v))));
    return [text, `param:${key}=${v === Infinity ? "1e309" : JSON.stringify(v)}`, refuse];
  }
  if (k === 1) {
    // strict objects only (the top level, a time law, an event's adjustments): leverage and tradeShare are records keyed by sender
    const strict = [o, o.law, ...(o.law && typeof o.law === "object" && !("kind" in o.law) ? Object.values(o.law) : []), ...Object.values(o.events ?? {})].filter((x) => x && typeof x === "object") as Record<string, unknown>[];
    Object.defineProperty(r.pick(strict), r.pick(["useEndDate", "Leverage", "law ", "__proto__", "constructor", "horizonn"]), { value: 1, enumerable: true });
    return [JSON.stringify(o), "param:unknown-key", true];
  }
  if (k === 2) { const d = r.pick([100, 5000, 100000]); return [`{"law": ${"[".repeat(d)}1${"]".repeat(d)}, "leverage": 0.5}`, `param:deep-array:${d}`, true]; }
  if (k === 3) { const d = r.pick([100, 5000, 100000]); return [`${'{"a":'.repeat(d)}1${"}".repeat(d)}`, `param:deep-object:${d}`, true]; }
  if (k === 4) { if ("leverage" in o) { o.leverage = Array.from({ length: r.pick([1, 5, 100, 200000]) }, () => r.next()); return [JSON.stringify(o), `param:leverage-array:${(o.leverage as number[]).length}`, false]; } }
  if (k === 5) return [r.pick(["", "null", "[]", "1", "\"x\"", "{", "{\"law\":{\"kind\":\"linear\",\"horizon\":NaN},\"leverage\":1}", "{\"law\":{\"kind\":\"linear\",\"horizon\":0x10},\"leverage\":1}"]), "param:not-an-object", true];
  if (k === 6) { const t = JSON.stringify(o, null, 1); const g = genericMutation(r, t); return [g.text, `param:${g.label}`, false]; }
  if (k === 7) { const keys = Object.keys(o); if (keys.length) { delete o[r.pick(keys)]; return [JSON.stringify(o), "param:key-removed", false]; } }
  return [JSON.stringify(o).replace(/\d+(\.\d+)?/, r.pick(["1e309", "-1", "1e-400", "0"])), "param:number-token", false];
}

function indexCase(r: Rand): CliCase {
  const file = r.pick(EVENT_CSVS);
  const base = readFixture(file);
  const method = r.chance(0.65) ? "bali-rapelanoro" : "dreger";
  const p = r.pick(method === "dreger" ? VALID_DREGER : VALID_PARAMS);
  let params = JSON.stringify(p);
  const opts: string[] = ["--method", method];
  if (r.chance(0.4)) { const y = r.range(2012, 2016); opts.push("--from", `${y}-0${r.range(1, 9)}`, "--to", `${y + r.range(0, 3)}-1${r.range(0, 2)}`); }
  if (r.chance(0.3)) opts.push("--freq", r.pick(["monthly", "quarterly"]));
  let text = base; const labels: string[] = []; let expect: CliCase["expect"] = "any"; let jsonArg = "@DIR@/out.json"; let paramsArg = "@DIR@/params.json";
  const mode = r.int(10);
  if (mode < 4) { const m = mutateEvents(r, base); text = m.text; labels.push(...m.labels); expect = m.expect; }
  else if (mode < 7) { const [t, label, refuse] = mutateParams(r, p); params = t; labels.push(label); expect = refuse ? "reject" : "any"; }
  else {
    const k = r.int(6);
    if (k === 0) { const f = r.pick(["--from", "--to"]); const v = r.pick(["2014-13", "2014-00", "2014-1", "14-01", "", "2014-01-01", "99999-01", "2014-02x"]); const i = opts.indexOf(f); if (i >= 0) opts.splice(i, 2); opts.push(f, v); labels.push(`opt:${f}=${JSON.stringify(v)}`); expect = "reject"; }
    else if (k === 1) { const v = r.pick(["", "weekly", "Monthly", "--json"]); opts.push("--freq", v); labels.push(`opt:--freq=${JSON.stringify(v)}`); expect = "reject"; }
    else if (k === 2) { opts[1] = r.pick(["", "bali", "DREGER", "--params"]); labels.push(`opt:--method=${JSON.stringify(opts[1])}`); expect = "reject"; }
    else if (k === 3) { const j = r.int(4); jsonArg = ["@DIR@", "@DIR@/nope/out.json", "@DIR@/events.csv", "@DIR@/params.json"][j]; labels.push(`opt:--json=${["dir", "missing-folder", "events", "params"][j]}`); expect = "reject"; }
    else if (k === 4) { const j = r.int(3); paramsArg = ["@DIR@", "@DIR@/nope.json", "--json"][j]; labels.push(`opt:--params=${["dir", "missing", "flag"][j]}`); expect = "reject"; }
    // (not --help: anywhere on the line it prints the usage with exit 0; the cli cases check that)
    else { opts.push(r.pick(["--frm", "-m", "--method=dreger", "--from", "--Help"])); labels.push("opt:unknown"); expect = "reject"; }
  }
  const argv = ["index", "@DIR@/events.csv", ...opts, "--params", paramsArg, "--json", jsonArg];
  const baseline = expect === "same" ? `index|${rel(file)}|${JSON.stringify(p)}|${opts.join(" ")}` : undefined;
  return { kind: "cli", target: "index", argv, files: { "events.csv": text, "params.json": params }, inputs: ["events.csv", "params.json"], out: jsonArg === "@DIR@/out.json" ? "out.json" : undefined, expect, labels, baseline };
}

/** one-off command lines (help, unknown commands, arguments the slow commands refuse before starting) */
function cliCases(): CliCase[] {
  const c = (argv: string[], expect: CliCase["expect"], label: string, dirs: string[] = [], files: Record<string, string> = {}): CliCase => ({ kind: "cli", target: "cli", argv, files, dirs, inputs: Object.keys(files), expect, labels: [label] });
  return [
    c([], "reject", "no-args"), c(["help"], "any", "help"), c(["--help"], "any", "--help"), c(["-h"], "any", "-h"),
    c(["frobnicate"], "reject", "unknown-command"), c(["VAR"], "reject", "uppercase-command"), c([""], "reject", "empty-command"),
    c(["var", "--help"], "help", "var --help"), c(["pf", "--help"], "help", "pf --help"), c(["index", "--help"], "help", "index --help"), c(["data", "--help"], "help", "data --help"),
    c(["var", "-h"], "help", "var -h"), c(["pf", "-h"], "help", "pf -h"), c(["index", "-h"], "help", "index -h"),
    c(["var"], "reject", "var no args"), c(["pf"], "reject", "pf no args"), c(["index"], "reject", "index no args"), c(["data"], "reject", "data no args"),
    c(["reproduce", "--bogus"], "reject", "reproduce unknown"), c(["reproduce", "--only"], "reject", "reproduce --only no value"),
    c(["browser", "--only"], "reject", "browser --only no value"), c(["browser", "--xyz"], "reject", "browser unknown"), c(["browser", "--only", "no-such-notebook-xyz"], "reject", "browser unknown notebook"),
    c(["data", "frob"], "reject", "data unknown sub"), c(["data", "fetch", "--bogus"], "reject", "data fetch unknown"), c(["data", "fetch", "--only"], "reject", "data fetch --only no value"), c(["data", "fetch", "--dir"], "reject", "data fetch --dir no value"),
    c(["data", "check", "--dir", "@DIR@/missing"], "reject", "data check missing dir"), c(["data", "check", "--dir", "@DIR@/empty"], "reject", "data check empty dir", ["empty"]),
    c(["data", "check", "--dir", "@DIR@/f.txt"], "reject", "data check dir is a file", [], { "f.txt": "x" }), c(["data", "check", "--base-url", "x"], "reject", "data check --base-url"),
    c(["data", "check", "--dir", "@DIR@/empty", "--only", "no-such-file.csv"], "reject", "data check --only unknown name", ["empty"]),
    c(["var", "@DIR@/missing.csv", "--json", "@DIR@/o.json"], "reject", "var missing input"), c(["var", "@DIR@", "--json", "@DIR@/o.json"], "reject", "var input is a dir"),
    c(["pf", "@DIR@/missing.mod", "--json", "@DIR@/o.json"], "reject", "pf missing input"), c(["pf", "@DIR@", "--json", "@DIR@/o.json"], "reject", "pf input is a dir"),
    c(["index", "@DIR@/missing.csv", "--method", "dreger", "--params", "@DIR@/p.json", "--json", "@DIR@/o.json"], "reject", "index missing input", [], { "p.json": "{}" }),
  ];
}

// library cases: fixtures as matrices, decoded in the worker
const MACRO = path.join(REPO, "test", "fixtures", "var", "macrodata_dlog.csv");
function matrixSpec(r: Rand): [unknown, string, boolean] {
  const rows = r.pick([200, 200, 50, 10, 4, 2, 0]);
  const tr = r.pick(["none", "none", "nan-cell", "inf-cell", "const-col", "dup-col", "scale-big", "ragged", "null-row", "huge-cell"]);
  return [{ $: "matrix", file: rel(MACRO), rows, transform: tr, at: r.int(1000) }, `y:${rows}x${tr}`, ["nan-cell", "inf-cell", "ragged", "null-row"].includes(tr)];
}
const ANY = [NaN, Infinity, -Infinity, -1, 0, 0.5, 1e9, null, undefined, "2", true, [], {}];
const ref = (i: number) => ({ $: "ref", i });

function libCase(r: Rand): LibCase {
  const k = r.int(12);
  const bad = (good: unknown[]) => (r.chance(0.5) ? [r.pick(ANY), true] as const : [r.pick(good), false] as const);
  if (k === 0) { // CSV reader and numeric columns on mutated fixtures
    const f = r.pick(CSVS); const m = mutateVarCsv(r, readFixture(f));
    const col = csvCells(lines(m.text)[0] ?? "")[r.int(4)] ?? "x";
    return { kind: "lib", target: "lib:csv", steps: [{ fn: "parseCsvText", args: [m.text, "f.csv"] }, { fn: "numericColumn", args: [ref(0), col.trim()], allowNaN: true }], expect: "any", labels: [rel(f), ...m.labels] };
  }
  if (k === 1) { // .mod parser and simulation on mutated models
    const f = r.pick(MODS); const m = mutateMod(r, readFixture(f));
    return { kind: "lib", target: "lib:mod", steps: [{ fn: "simulateMod", args: [m.text, { fileName: "m.mod" }] }], expect: m.expect === "reject" ? "reject" : "any", labels: [rel(f), ...m.labels] };
  }
  if (k === 2) { // simulateMod / solveSteadyState options
    const f = r.pick(MODS.filter((x) => /ramst|rbc_locals/.test(x)));
    const [periods, b1] = bad([undefined, 20, 100]);
    const [tolf, b2] = bad([undefined, 1e-6]);
    const [maxit, b3] = bad([undefined, 10, 50]);
    const [pv, b4] = bad([0.5, 0.3]);
    const [ev, b5] = bad([1.1, 1]);
    const [steadyTolf, b6] = bad([undefined, 1e-10]);
    const steady = r.chance(0.3);
    const pname = r.pick(["alph", "bet", "delt", "gam", "nope_param"]);
    const exoShape = r.pick([{ x: { 1: ev } }, { x: { "-1": 1.1 } }, { x: { "1e9": 1.1 } }, { x: [1, ev] }, { nope: { 1: 1 } }, undefined]);
    const opts = steady ? { fileName: "s.mod", params: { [pname]: pv }, tolf, maxit } : { fileName: "s.mod", periods, solver: r.chance(0.1) ? null : { tolf, maxit }, params: r.chance(0.8) ? { [pname]: pv } : r.pick([null, "x", []]), exo: exoShape, steadyTolf };
    const refuse = b1 || b2 || b3 || b4 || (b6 && !steady) || (!steady && b5 && exoShape !== undefined);
    return { kind: "lib", target: "lib:mod-options", steps: [{ fn: steady ? "solveSteadyState" : "simulateMod", args: [readFixture(f), opts] }], expect: refuse && !(pv === 0 || pv === 0.5) ? "any" : "any", labels: [rel(f), `opts:${steady ? "steady" : "simulate"}`] };
  }
  if (k === 3 || k === 4) { // VAR estimation and what follows
    const [y, yl, ybad] = matrixSpec(r);
    const [lags, b1] = bad([1, 2, 4]);
    const [trend, b2] = r.chance(0.2) ? [r.pick(["x", null, 1, "C"]), true] : [r.pick([undefined, "c", "ct", "n"]), false];
    const names = r.chance(0.15) ? r.pick([["a"], ["a", "a", "b"], [null, "b", "c"], "abc"]) : undefined;
    const season = r.chance(0.1) ? r.pick([1, 0, 4, 12, NaN, 2.5, 1000]) : undefined;
    const steps: LibCase["steps"] = [{ fn: "fitVar", args: [y, { lags, trend, names, season }] }];
    const [H, b3] = bad([1, 10, 40]);
    const after = r.int(7);
    if (after === 0) steps.push({ fn: "irf", args: [ref(0), H] });
    if (after === 1) steps.push({ fn: "irf", args: [ref(0), 10] }, { fn: "fevd", args: [ref(1), H] });
    if (after === 2) steps.push({ fn: "forecast", args: [ref(0), H, r.pick([0.95, 0, 1, NaN, -0.5, 2, undefined])] });
    if (after === 3) steps.push({ fn: "grangerCausality", args: [ref(0), r.pick(["realgdp", "nope", "", null, ["realgdp", "realcons"], [], "y1"])] });
    if (after === 4) steps.push({ fn: "portmanteau", args: [ref(0), H] });
    if (after === 5) steps.push({ fn: "jarqueBera", args: [ref(0)] });
    const refuse = ybad || b1 || b2 || (after <= 2 || after === 4 ? b3 : false);
    return { kind: "lib", target: "lib:var", steps, expect: refuse ? "reject" : "any", labels: [yl, `lags=${String(lags)}`, `after=${after}`] };
  }
  if (k === 5) { // lag selection
    const [y, yl, ybad] = matrixSpec(r);
    const [maxlags, b1] = bad([1, 4, 8]);
    return { kind: "lib", target: "lib:var", steps: [{ fn: "selectOrder", args: [y, maxlags, r.pick(["c", "ct", "n"])] }], expect: ybad || b1 ? "reject" : "any", labels: [yl, `maxlags=${String(maxlags)}`] };
  }
  if (k === 6) { // unit-root tests and OLS on one column
    const [y, yl, ybadRows] = matrixSpec(r);
    const ybad = ybadRows && !yl.endsWith("ragged"); // a short row does not touch column 0
    const test = r.pick(["adf", "kpss", "ols"]);
    const col = { $: "column", of: y, j: 0 };
    if (test === "adf") { const [maxlag, b] = bad([undefined, 0, 4, 12]); return { kind: "lib", target: "lib:unitroot", steps: [{ fn: "adf", args: [col, { maxlag, trend: r.pick([undefined, "c", "ct", "ctt", "n", "x"]), autolag: r.pick([undefined, null, "aic", "bic", "t-stat", "x"]) }] }], expect: ybad || b ? "reject" : "any", labels: [yl, `adf maxlag=${String(maxlag)}`] }; }
    if (test === "kpss") { const [lags, b] = r.chance(0.5) ? [r.pick(["auto", "legacy", 4]), false] : [r.pick([NaN, -1, "x", 1e9, 2.5]), true]; return { kind: "lib", target: "lib:unitroot", steps: [{ fn: "kpss", args: [col, r.pick(["c", "ct"]), lags] }], expect: ybad || b ? "reject" : "any", labels: [yl, `kpss lags=${String(lags)}`] }; }
    return { kind: "lib", target: "lib:unitroot", steps: [{ fn: "ols", args: [col, r.pick([[{ $: "column", of: y, j: 1 }], [col], [], [{ $: "column", of: y, j: 1 }, { $: "column", of: y, j: 1 }]])] }], expect: ybad ? "reject" : "any", labels: [yl, "ols"] };
  }
  if (k === 7) { // event lists
    const f = r.pick(EVENT_CSVS); const m = mutateEvents(r, readFixture(f));
    return { kind: "lib", target: "lib:index", steps: [{ fn: "parseEvents", args: [m.text, "e.csv"] }, { fn: "newMeasures", args: [ref(0)] }], expect: m.expect === "reject" ? "reject" : "any", labels: [rel(f), ...m.labels] };
  }
  if (k === 8) { // index builders without the schema (the library path)
    const f = r.pick(EVENT_CSVS);
    const dreger = r.chance(0.35);
    const p = JSON.parse(JSON.stringify(r.pick(dreger ? VALID_DREGER : VALID_PARAMS)));
    let refuse = false;
    const leaf = r.int(6);
    const v = r.pick([NaN, -1, Infinity, null, undefined, "1", 0, 1e308]);
    const isBad = !(typeof v === "number" && Number.isFinite(v) && v >= 0) && !(v === undefined && leaf >= 3);
    if (!dreger) {
      if (leaf === 0) { p.leverage = v; refuse = isBad || v === undefined; }
      else if (leaf === 1) { p.law = { kind: "linear", horizon: v }; refuse = isBad || v === 0 || v === undefined; }
      else if (leaf === 2) { p.leverage = Float64Array.from([0.5, v as number]); refuse = typeof v !== "number" || !(v >= 0) || !Number.isFinite(v); }
      else if (leaf === 3) { p.alpha = { individual: v }; refuse = isBad; }
      else if (leaf === 4) { p.law = r.pick([null, undefined, { kind: "nope" }, { kind: "power", horizon: 10 }, {}]); refuse = true; }
      else { p.events = { EU003: { alpha: v } }; refuse = isBad; }
    } else {
      if (leaf <= 2) { p.tradeShare = { EU: v }; refuse = v !== undefined && !(typeof v === "number" && v >= 0 && v <= 1); }
      else { p.weights = { sector: v }; refuse = isBad; }
    }
    const y0 = r.range(2010, 2016);
    const cal = r.chance(0.8) ? { $: "calendar", freq: r.pick(["monthly", "quarterly"]), from: `${y0}-01`, to: `${y0 + 3}-12` } : r.pick([null, undefined, { from: "2014-01", to: "2013-01" }, { n: NaN }]);
    const steps: LibCase["steps"] = [{ fn: "parseEvents", args: [readFixture(f), rel(f)] }, { fn: "newMeasures", args: [ref(0)] }, { fn: dreger ? "dregerIndex" : "baliRapelanoroIndex", args: [ref(1), p, cal] }];
    return { kind: "lib", target: "lib:index", steps, expect: refuse || !(cal && typeof cal === "object" && "$" in cal) ? "reject" : "any", labels: [dreger ? "dreger" : "bali", `leaf=${leaf}`, `v=${String(v)}`] };
  }
  if (k === 9) { // calendars and time laws
    const m = (s: string) => s;
    const a = r.pick(["2014-01", "2014-13", "2014-1", "", "2014-00", "99999-12", "2014-02-01", m("\u0662\u0660\u0661\u0664-01"), "2010-01"]);
    const b = r.pick(["2018-04", "2013-12", "2014-01", "", "2014-12", "9999-12"]);
    const fn = r.pick(["monthly", "quarterly", "timeFactor"]);
    if (fn === "timeFactor") {
      const law = r.pick([{ kind: "linear", horizon: r.pick([0, -1, NaN, 24]) }, { kind: "power", horizon: 12, slope: r.pick([NaN, -1, 2]) }, { kind: "exponential", halfLife: r.pick([0, NaN, -3, 12, Infinity]) }, { kind: "nope" }, null, undefined]);
      return { kind: "lib", target: "lib:index", steps: [{ fn: "timeFactor", args: [law, r.pick([0, 1, 5, NaN, -1, Infinity, 1e9])] }], expect: "any", labels: ["timeFactor"] };
    }
    return { kind: "lib", target: "lib:index", steps: [{ fn, args: [a, b] }], expect: "any", labels: [`${fn}(${a},${b})`] };
  }
  if (k === 10) { // parameters schema with deep or odd JSON
    const p = r.pick([...VALID_PARAMS, ...VALID_DREGER]);
    const [t, label] = mutateParams(r, p as Record<string, unknown>);
    return { kind: "lib", target: "lib:index", steps: [{ fn: "validateJsonText", args: [r.pick(["bali-rapelanoro", "dreger"]), t] }], expect: "any", labels: [label] };
  }
  // file helpers and the evasion parsers on mutated fixtures
  const which = r.int(3);
  if (which === 0) return { kind: "lib", target: "lib:files", steps: [{ fn: "checkOutputPath", args: [r.pick([null, undefined, "", 1, {}, "/", "/proc/version", "/nonexistent/x.json", os.tmpdir()]), r.pick([[], null, undefined, [null], ["/etc/hostname"]])] }], expect: "any", labels: ["checkOutputPath"] };
  if (which === 1) return { kind: "lib", target: "lib:files", steps: [{ fn: r.pick(["readTextInput", "readCsv", "loadMod"]), args: [r.pick([null, undefined, "", 1, {}, "/", "/nonexistent.csv", os.tmpdir(), ["a"]])] }], expect: "reject", labels: ["read-bad-path"] };
  const ev = r.pick(CSVS.filter((f) => f.includes("evasion")));
  const m = mutateVarCsv(r, readFixture(ev));
  const parser = ev.includes("eurostat") ? "parseEurostat" : ev.includes("bruegel") ? "parseBruegelTracker" : "parseComtradeMirror";
  return { kind: "lib", target: "lib:evasion", steps: [{ fn: "parseCsvText", args: [m.text, "e.csv"] }, { fn: parser, args: parser === "parseComtradeMirror" ? [ref(0), r.pick([{}, { reporter: "China" }, null, undefined])] : [ref(0)] }], expect: "any", labels: [rel(ev), ...m.labels] };
}

// ---------------------------------------------------------------- the library worker (child process)

async function libWorker(): Promise<void> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { SanctionsLabError } = require("../../src/core/errors") as typeof import("../../src/core/errors");
  const csv = require("../../src/data/csv") as typeof import("../../src/data/csv");
  const dyn = require("../../src/dynare/index") as typeof import("../../src/dynare/index");
  const econ = require("../../src/econometrics/index") as typeof import("../../src/econometrics/index");
  const build = require("../../src/sanctions-index/build") as typeof import("../../src/sanctions-index/build");
  const events = require("../../src/sanctions-index/events") as typeof import("../../src/sanctions-index/events");
  const schema = require("../../src/sanctions-index/params-schema") as typeof import("../../src/sanctions-index/params-schema");
  const files = require("../../src/core/files") as typeof import("../../src/core/files");
  const evasion = require("../../src/evasion/index") as typeof import("../../src/evasion/index");
  const FNS: Record<string, (...a: any[]) => unknown> = {
    parseCsvText: csv.parseCsvText, numericColumn: csv.numericColumn, readCsv: csv.readCsv,
    parseMod: dyn.parseMod, simulateMod: dyn.simulateMod, solveSteadyState: dyn.solveSteadyState, loadMod: dyn.loadMod,
    fitVar: econ.fitVar, irf: econ.irf, fevd: econ.fevd, forecast: econ.forecast, grangerCausality: econ.grangerCausality, portmanteau: econ.portmanteau, jarqueBera: econ.jarqueBera, selectOrder: econ.selectOrder,
    adf: econ.adf, kpss: econ.kpss, ols: econ.ols,
    parseEvents: events.parseEvents, newMeasures: events.newMeasures, baliRapelanoroIndex: build.baliRapelanoroIndex, dregerIndex: build.dregerIndex, monthly: build.monthly, quarterly: build.quarterly, timeFactor: build.timeFactor,
    validateJsonText: (method: "dreger" | "bali-rapelanoro", text: string) => { let v: unknown; try { v = JSON.parse(text); } catch { return "json-error"; } return schema.validateIndexParams(method, v, "p.json"); },
    checkOutputPath: files.checkOutputPath, readTextInput: files.readTextInput,
    parseEurostat: evasion.parseEurostat, parseBruegelTracker: evasion.parseBruegelTracker, parseComtradeMirror: evasion.parseComtradeMirror as (...a: any[]) => unknown,
  };
  const matrices = new Map<string, number[][]>();
  const matrix = (spec: { file: string; rows: number; transform: string; at: number }): unknown => {
    let m = matrices.get(spec.file);
    if (!m) { const t = csv.readCsv(path.join(REPO, spec.file)); m = t.rows.map((row) => row.slice(1).map(Number)); matrices.set(spec.file, m); }
    const y: unknown[][] = m.slice(0, spec.rows).map((row) => [...row]);
    if (!y.length) return y;
    // a bad cell goes into column 0, the one the single-series tests read
    const i = spec.at % y.length, j = spec.transform.endsWith("-cell") ? 0 : spec.at % (y[0] as unknown[]).length;
    switch (spec.transform) {
      case "nan-cell": y[i][j] = NaN; break;
      case "inf-cell": y[i][j] = Infinity; break;
      case "huge-cell": y[i][j] = 1e308; break;
      case "const-col": y.forEach((row) => (row[j] = 1)); break;
      case "dup-col": y.forEach((row) => row.push(row[j])); break;
      case "scale-big": y.forEach((row) => (row[j] = (row[j] as number) * 1e300)); break;
      case "ragged": y[i].pop(); break;
      case "null-row": y[i] = null as unknown as unknown[]; break;
    }
    return y;
  };
  const resolve = (v: unknown, results: unknown[]): unknown => {
    if (Array.isArray(v)) return v.map((x) => resolve(x, results));
    if (v && typeof v === "object" && !ArrayBuffer.isView(v)) {
      const o = v as Record<string, any>;
      if (o.$ === "ref") return results[o.i];
      if (o.$ === "matrix") return matrix(o as never);
      if (o.$ === "column") { const y = resolve(o.of, results) as number[][]; return y.map((row) => (row ? row[o.j] : NaN)); }
      if (o.$ === "calendar") return o.freq === "quarterly" ? build.quarterly(o.from, o.to) : build.monthly(o.from, o.to);
      return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, resolve(x, results)]));
    }
    return v;
  };
  /** first number that is not finite (or null among numbers), as a path */
  const badNumber = (v: unknown, allowNaN: boolean): string | null => {
    const seen = new Set<unknown>();
    let budget = 2_000_000;
    const walk = (x: unknown, at: string, inNumbers: boolean, depth: number): string | null => {
      if (--budget < 0 || depth > 12) return null;
      // documented infinities: the modulus of an infinite generalized eigenvalue (BkResult.moduli)
      if (x === Infinity && /(^|\.)check\.moduli\[\d+\]$|(^|\.)moduli\[\d+\]$/.test(at)) return null;
      if (typeof x === "number") return Number.isFinite(x) || (allowNaN && Number.isNaN(x)) ? null : `${at} = ${String(x)}`;
      if (x === null) return inNumbers ? `${at} = null` : null;
      if (typeof x !== "object" || seen.has(x)) return null;
      seen.add(x);
      if (ArrayBuffer.isView(x) && !(x instanceof DataView)) { const a = x as unknown as ArrayLike<number>; for (let i = 0; i < a.length; i++) { const b = walk(a[i], `${at}[${i}]`, true, depth + 1); if (b) return b; } return null; }
      if (Array.isArray(x)) { const nums = x.some((e) => typeof e === "number"); for (let i = 0; i < x.length; i++) { const b = walk(x[i], `${at}[${i}]`, nums, depth + 1); if (b) return b; } return null; }
      if (x instanceof Map) { for (const [k, e] of x) { const b = walk(e, `${at}.${String(k)}`, false, depth + 1); if (b) return b; } return null; }
      for (const [k, e] of Object.entries(x)) { const b = walk(e, at ? `${at}.${k}` : k, false, depth + 1); if (b) return b; }
      return null;
    };
    return walk(v, "", false, 0);
  };
  process.on("message", (msg: { id: number; steps: LibCase["steps"] }) => {
    const results: unknown[] = [];
    let reply: Record<string, unknown>;
    try {
      for (const [k, s] of msg.steps.entries()) {
        const fn = FNS[s.fn];
        if (!fn) throw new Error(`fuzzer: no function ${s.fn}`);
        const args = resolve(decode(s.args), results) as unknown[];
        const out = fn(...args);
        if (out && typeof (out as Promise<unknown>).then === "function") throw new Error("fuzzer: async functions are not fuzzed here");
        const b = badNumber(out, !!s.allowNaN);
        if (b) { reply = { outcome: "nonfinite", where: `${s.fn}: ${b}`, step: k }; process.send!({ id: msg.id, ...reply }); return; }
        results.push(out);
      }
      reply = { outcome: "ok" };
    } catch (e) {
      const err = e as Error;
      const typed = e instanceof SanctionsLabError;
      const frame = (err?.stack ?? "").split("\n").find((l) => /\/src\//.test(l))?.trim() ?? "";
      reply = { outcome: typed ? "typed" : "threw", name: err?.name ?? typeof e, message: String(err?.message ?? e).slice(0, 400), frame };
    }
    process.send!({ id: msg.id, ...reply });
  });
  process.send!({ ready: true });
}

// ---------------------------------------------------------------- running cases

type Kind = "HANG" | "STACK" | "INTERNAL" | "CRASH" | "SILENT_FAIL" | "NONFINITE" | "NO_OUTPUT" | "PARTIAL_OUTPUT" | "INPUT_CHANGED" | "SILENT_ACCEPT" | "SILENT_WRONG" | "BAD_HELP";
interface Verdict { outcome: "typed" | "clean" | "finding"; kind?: Kind; detail?: string; signature?: string; stderr?: string; code?: number | null; ms: number }

let TIMEOUT_MS = 20_000;
const TMP = process.argv.includes("--lib-worker") ? "" : fs.mkdtempSync(path.join(os.tmpdir(), "sl-fuzz-"));
let caseNo = 0;

function runProcess(argv: string[], timeoutMs: number, cwd: string): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string; timedOut: boolean; ms: number }> {
  return new Promise((res) => {
    const t0 = Date.now();
    const env = { ...process.env };
    delete env.SANCTIONS_LAB_DEBUG;
    const child = cp.spawn(process.execPath, [BIN, ...argv], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "", stderr = "", timedOut = false;
    child.stdout.on("data", (d) => { if (stdout.length < 200_000) stdout += d; });
    child.stderr.on("data", (d) => { if (stderr.length < 200_000) stderr += d; });
    const timer = setTimeout(() => { timedOut = true; child.kill("SIGKILL"); }, timeoutMs);
    child.on("close", (code, signal) => { clearTimeout(timer); res({ code, signal, stdout, stderr, timedOut, ms: Date.now() - t0 }); });
  });
}

const STACK_RE = /^\s+at\s+(?:\S.*\(.*:\d+:\d+\)|\S*:\d+:\d+|node:\S+)\s*$/m;
const JS_ERROR_RE = /\b(TypeError|RangeError|ReferenceError|EvalError|URIError|Maximum call stack|Cannot read propert|is not a function|is not iterable|heap out of memory)\b/;
const WARN_RE = /\bwarning\b/i;

/** a message pattern shared by the members of a class: quoted text, paths and numbers replaced */
function signature(s: string): string {
  return s.replace(/(\/[\w.@+-]+)+/g, "<path>").replace(/'[^']*'/g, "'…'").replace(/"[^"]*"/g, "\"…\"").replace(/-?\d+(\.\d+)?(e[+-]?\d+)?/gi, "N").replace(/\s+/g, " ").trim().slice(0, 160);
}

/** the first line of stderr that is not a progress or info line */
function errorLine(stderr: string): string {
  const ls = stderr.split("\n").map((l) => l.trim()).filter(Boolean);
  return ls.find((l) => /error|invalid|must|missing|unknown|not |cannot|refus|needs|expected|no /i.test(l)) ?? ls[0] ?? "";
}

function numbersCheck(json: unknown): string | null {
  let found: string | null = null;
  const walk = (x: unknown, at: string, inNumbers: boolean): void => {
    if (found) return;
    if (typeof x === "number") { if (!Number.isFinite(x)) found = `${at} = ${x}`; return; }
    if (x === null) { if (inNumbers) found = `${at} = null`; return; }
    if (Array.isArray(x)) { const nums = x.some((e) => typeof e === "number"); x.forEach((e, i) => walk(e, `${at}[${i}]`, nums)); return; }
    if (x && typeof x === "object") {
      const vals = Object.values(x);
      const numeric = vals.filter((e) => typeof e === "number").length >= 2 && vals.every((e) => typeof e === "number" || e === null);
      for (const [k, e] of Object.entries(x)) walk(e, at ? `${at}.${k}` : k, numeric);
    }
  };
  walk(json, "", false);
  return found;
}

/** compare two outputs number by number (timings ignored); the first difference, or null */
function compareOutputs(a: unknown, b: unknown, at = ""): string | null {
  if (/(^|\.)seconds$/.test(at)) return null;
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)) ? null : `${at}: ${a} vs ${b}`;
  if (Array.isArray(a) && Array.isArray(b)) { if (a.length !== b.length) return `${at}: length ${a.length} vs ${b.length}`; for (let i = 0; i < a.length; i++) { const d = compareOutputs(a[i], b[i], `${at}[${i}]`); if (d) return d; } return null; }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a).sort(), kb = Object.keys(b).sort();
    if (ka.join() !== kb.join()) return `${at}: keys ${ka.join(",")} vs ${kb.join(",")}`;
    for (const k of ka) { const d = compareOutputs((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], at ? `${at}.${k}` : k); if (d) return d; }
    return null;
  }
  if (at.endsWith("warnings")) return null;
  return a === b ? null : `${at}: ${JSON.stringify(a)?.slice(0, 60)} vs ${JSON.stringify(b)?.slice(0, 60)}`;
}

const baselines = new Map<string, unknown | null>();
async function baselineOf(c: CliCase): Promise<unknown | null> {
  if (!c.baseline) return null;
  if (baselines.has(c.baseline)) return baselines.get(c.baseline)!;
  const [cmd, fixture] = c.baseline.split("|");
  const orig: CliCase = { ...c, files: { ...c.files }, expect: "any", baseline: undefined };
  const inName = cmd === "var" ? "in.csv" : cmd === "pf" ? "in.mod" : "events.csv";
  orig.files[inName] = readFixture(path.join(REPO, fixture));
  const v = await runCli(orig);
  let out: unknown | null = null;
  if (v.outcome === "clean" && v.detail) out = JSON.parse(v.detail);
  baselines.set(c.baseline, out);
  return out;
}

async function runCli(c: CliCase): Promise<Verdict> {
  const dir = path.join(TMP, `case-${++caseNo}`);
  fs.mkdirSync(dir, { recursive: true });
  try {
    for (const d of c.dirs ?? []) fs.mkdirSync(path.join(dir, d), { recursive: true });
    for (const [n, t] of Object.entries(c.files)) fs.writeFileSync(path.join(dir, n), t);
    const argv = c.argv.map((a) => a.split("@DIR@").join(dir));
    const p = await runProcess(argv, TIMEOUT_MS, dir); // relative paths (a flag taken as the --json path) land in the case folder
    const base = { stderr: p.stderr.slice(0, 4000), code: p.code, ms: p.ms };
    const f = (kind: Kind, detail: string, sig?: string): Verdict => ({ outcome: "finding", kind, detail, signature: sig ?? signature(detail), ...base });
    for (const n of c.inputs) if (fs.readFileSync(path.join(dir, n), "utf8") !== c.files[n]) return f("INPUT_CHANGED", `${n} was modified`, n);
    if (p.timedOut) return f("HANG", `no answer within ${TIMEOUT_MS / 1000} s`, c.labels.join(" "));
    if (STACK_RE.test(p.stderr)) { const frame = p.stderr.split("\n").find((l) => /\/src\//.test(l) && /\bat\b/.test(l))?.trim() ?? errorLine(p.stderr); return f("STACK", frame, signature(frame)); }
    if (p.code === 70 || JS_ERROR_RE.test(p.stderr)) return f("INTERNAL", errorLine(p.stderr));
    if (p.signal || (p.code !== 0 && p.code !== 1 && p.code !== 2)) return f("CRASH", `exit ${p.code} signal ${p.signal}`);
    if (c.expect === "help") {
      if (p.code !== 0 || !/usage/i.test(p.stdout)) return f("BAD_HELP", `exit ${p.code}, usage on ${/usage/i.test(p.stdout) ? "stdout" : /usage/i.test(p.stderr) ? "stderr" : "neither"}: ${errorLine(p.stderr)}`, c.labels[0]);
      return { outcome: "clean", ...base };
    }
    const outFile = c.out ? path.join(dir, c.out) : null;
    if (p.code !== 0) {
      if (!p.stderr.trim()) return f("SILENT_FAIL", `exit ${p.code} with an empty stderr`, "empty");
      if (outFile && fs.existsSync(outFile)) return f("PARTIAL_OUTPUT", `exit ${p.code} but ${c.out} was written: ${errorLine(p.stderr)}`);
      return { outcome: "typed", detail: errorLine(p.stderr), signature: signature(errorLine(p.stderr)), ...base };
    }
    // exit 0
    let json: unknown = null;
    if (outFile) {
      if (!fs.existsSync(outFile)) return f("NO_OUTPUT", "exit 0 without the --json file", "no-json");
      const text = fs.readFileSync(outFile, "utf8");
      try { json = JSON.parse(text); } catch (e) { return f("NONFINITE", `the --json output is not JSON (${(e as Error).message})`, "invalid JSON"); }
      const bad = numbersCheck(json);
      if (bad) return f("NONFINITE", bad, signature(bad.replace(/\[\d+\]/g, "[]")));
    }
    if ((c.expect === "reject" || c.expect === "reject-or-warn") && !(c.expect === "reject-or-warn" && WARN_RE.test(p.stderr))) {
      return f("SILENT_ACCEPT", `exit 0 ${WARN_RE.test(p.stderr) ? "(with a warning)" : "without a warning"} for ${c.labels.join(" ")}`, `${c.target}:${c.labels.map((l) => l.replace(/:\d+$/, "")).join(" ")}`);
    }
    if (c.expect === "same" && json !== null) {
      const b = await baselineOf(c);
      if (b) { const d = compareOutputs(b, json); if (d) return f("SILENT_WRONG", `${c.labels.join(" ")} changed the result: ${d}`, `${c.target}:${c.labels.map((l) => l.replace(/:\d+$/, "")).join(" ")}`); }
    }
    return { outcome: "clean", detail: json === null ? undefined : JSON.stringify(json), ...base };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// library worker management
let worker: cp.ChildProcess | null = null;
let workerReady: Promise<void> | null = null;
let msgId = 0;
function startWorker(): Promise<void> {
  worker = cp.fork(__filename, ["--lib-worker"], { stdio: ["ignore", "ignore", "pipe", "ipc"], execArgv: process.execArgv });
  worker.stderr?.on("data", () => undefined);
  workerReady = new Promise((res, rej) => {
    const w = worker!;
    const onMsg = (m: { ready?: boolean }) => { if (m.ready) { w.off("message", onMsg); res(); } };
    w.on("message", onMsg);
    w.once("exit", () => rej(new Error("library worker exited while starting")));
  });
  return workerReady;
}
function stopWorker(): void { if (worker && worker.exitCode === null) worker.kill("SIGKILL"); worker = null; workerReady = null; }

async function runLib(c: LibCase): Promise<Verdict> {
  if (!worker) await startWorker();
  await workerReady;
  const w = worker!;
  const id = ++msgId;
  const t0 = Date.now();
  const reply = await new Promise<Record<string, any>>((res) => {
    const timer = setTimeout(() => { cleanup(); stopWorker(); res({ outcome: "hang" }); }, TIMEOUT_MS);
    const onMsg = (m: Record<string, any>) => { if (m.id === id) { cleanup(); res(m); } };
    const onExit = (code: number | null, sig: string | null) => { cleanup(); worker = null; workerReady = null; res({ outcome: "died", message: `worker exit ${code} ${sig}` }); };
    const cleanup = () => { clearTimeout(timer); w.off("message", onMsg); w.off("exit", onExit); };
    w.on("message", onMsg);
    w.on("exit", onExit);
    w.send({ id, steps: encode(c.steps) });
  });
  const ms = Date.now() - t0;
  const f = (kind: Kind, detail: string, sig: string): Verdict => ({ outcome: "finding", kind, detail, signature: sig, ms });
  switch (reply.outcome) {
    case "hang": return f("HANG", `no answer within ${TIMEOUT_MS / 1000} s`, `${c.steps.map((s) => s.fn).join(">")} ${c.labels.slice(1).join(" ").replace(/\d+/g, "N")}`);
    case "died": return f("CRASH", reply.message, c.steps.map((s) => s.fn).join(">"));
    case "threw": return f("INTERNAL", `${reply.name}: ${reply.message} ${reply.frame}`, `${reply.name}: ${signature(reply.message)} ${reply.frame.replace(/:\d+:\d+\)?$/, "").replace(/^at /, "")}`);
    case "nonfinite": return f("NONFINITE", reply.where, signature(String(reply.where).replace(/\[\d+\]/g, "[]")));
    case "typed": return { outcome: "typed", detail: `${reply.name}: ${reply.message}`, signature: signature(reply.message), ms };
    default:
      if (c.expect === "reject") return f("SILENT_ACCEPT", `returned a result for ${c.labels.join(" ")}`, `${c.steps[c.steps.length - 1].fn} ${c.labels.map((l) => l.replace(/\d+/g, "N")).join(" ")}`);
      return { outcome: "clean", ms };
  }
}

const runCase = (c: Case) => (c.kind === "cli" ? runCli(c) : runLib(c));

// ---------------------------------------------------------------- minimisation and reproducers

const classKey = (c: Case, v: Verdict) => `${c.target}|${v.kind}|${v.signature}`;
const caseSize = (c: Case) => (c.kind === "cli" ? Object.values(c.files).reduce((s, t) => s + t.length, 0) + c.argv.join(" ").length : JSON.stringify(encode(c.steps)).length);

/** shrink the largest input file (or text argument) by deleting line chunks while the class reproduces */
async function minimise(c: Case, key: string, budgetMs: number): Promise<Case> {
  const t0 = Date.now();
  let best = c;
  const textOf = (x: Case): [string, (t: string) => Case] | null => {
    if (x.kind === "cli") {
      const names = Object.keys(x.files).filter((n) => x.inputs.includes(n));
      if (!names.length) return null;
      const n = names.sort((a, b) => x.files[b].length - x.files[a].length)[0];
      return [x.files[n], (t) => ({ ...x, files: { ...x.files, [n]: t }, baseline: x.baseline })];
    }
    const si = x.steps.findIndex((s) => typeof s.args[0] === "string" && (s.args[0] as string).length > 200);
    if (si < 0) return null;
    return [x.steps[si].args[0] as string, (t) => ({ ...x, steps: x.steps.map((s, i) => (i === si ? { ...s, args: [t, ...s.args.slice(1)] } : s)) })];
  };
  // argv first: drop optional option pairs
  // (not for SILENT_ACCEPT: the class names the mutation, so dropping the mutated option would still "reproduce")
  if (best.kind === "cli" && !key.includes("|SILENT_ACCEPT|")) {
    for (let i = 2; i < best.argv.length && Date.now() - t0 < budgetMs; i++) {
      const a = best.argv[i];
      if (!a.startsWith("--") || a === "--json" || a === "--params" || a === "--method") continue;
      for (const len of [2, 1]) {
        const cand: CliCase = { ...(best as CliCase), argv: [...best.argv.slice(0, i), ...best.argv.slice(i + len)] };
        if (cand.baseline) cand.baseline = undefined; // options are part of the baseline: keep them for SILENT_WRONG
        if (c.kind === "cli" && c.expect === "same") break;
        const v = await runCase(cand);
        if (v.outcome === "finding" && classKey(cand, v) === key) { best = cand; i--; break; }
      }
    }
  }
  let tx = textOf(best);
  if (!tx) return best;
  let L = tx[0].split("\n");
  let chunks = 2;
  while (L.length > 1 && chunks <= L.length && Date.now() - t0 < budgetMs) {
    const size = Math.ceil(L.length / chunks);
    let reduced = false;
    for (let s = 0; s < L.length && Date.now() - t0 < budgetMs; s += size) {
      // keep the first line (a header or a declaration) where it matters less to cut it
      const candL = [...L.slice(0, s), ...L.slice(s + size)];
      const cand = tx[1](candL.join("\n"));
      const v = await runCase(cand);
      if (v.outcome === "finding" && classKey(cand, v) === key) { L = candL; best = cand; const t2 = textOf(best); if (!t2) return best; tx = t2; reduced = true; break; }
    }
    if (reduced) chunks = Math.max(chunks - 1, 2);
    else if (chunks >= L.length) break;
    else chunks = Math.min(L.length, chunks * 2);
  }
  return best;
}

interface Finding { id: string; key: string; target: string; kind: Kind; signature: string; detail: string; count: number; seeds: number[]; firstCase: number; labels: string[]; stderr?: string; exit?: number | null; size: number; reproducer: string; command: string }

function writeReproducer(outDir: string, id: string, c: Case, v: Verdict): { dir: string; command: string } {
  const dir = path.join(outDir, "repro", id);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "case.json"), JSON.stringify(c.kind === "cli" ? c : { ...c, steps: encode(c.steps) }, null, 1) + "\n");
  let command: string;
  if (c.kind === "cli") {
    for (const [n, t] of Object.entries(c.files)) fs.writeFileSync(path.join(dir, n), t);
    for (const d of c.dirs ?? []) fs.mkdirSync(path.join(dir, d), { recursive: true });
    const shown = c.argv.map((a) => a.split("@DIR@").join(rel(dir))).map((a) => (/^[\w./@:=+-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`));
    command = `node bin/sanctions-lab.js ${shown.join(" ")}`;
  } else {
    command = `npx tsx test/fuzz/run-fuzz.ts --replay ${rel(path.join(dir, "case.json"))}`;
  }
  fs.writeFileSync(path.join(dir, "README.txt"), `${v.kind}: ${v.detail}\n\nrun from the repository root (CLI cases write into this folder; replay copies it first):\n  ${command}\n  npx tsx test/fuzz/run-fuzz.ts --replay ${rel(path.join(dir, "case.json"))}\n${v.stderr ? `\nstderr:\n${v.stderr}\n` : ""}`);
  return { dir: rel(dir), command };
}

// ---------------------------------------------------------------- main

function arg(name: string, def?: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : def;
}

async function replay(file: string): Promise<void> {
  const c = JSON.parse(fs.readFileSync(file, "utf8")) as Case;
  if (c.kind === "lib") c.steps = c.steps.map((s) => ({ ...s, args: s.args }));
  const v = await runCase(c);
  process.stdout.write(`${JSON.stringify({ outcome: v.outcome, kind: v.kind, detail: v.detail, exit: v.code, stderr: v.stderr }, null, 1)}\n`);
  stopWorker();
}

async function main(): Promise<void> {
  if (process.argv.includes("--lib-worker")) return libWorker();
  const rp = arg("--replay");
  if (rp) { await replay(rp); fs.rmSync(TMP, { recursive: true, force: true }); return; }
  const seed = Number(arg("--seed", "1"));
  const minutes = Number(arg("--minutes", "10"));
  const outDir = path.resolve(arg("--out", path.join(REPO, "build", "fuzz"))!);
  TIMEOUT_MS = 1000 * Number(arg("--timeout", "20"));
  const targets = (arg("--targets", "var,pf,index,cli,lib") ?? "").split(",");
  if (!Number.isInteger(seed) || !(minutes > 0) || !(TIMEOUT_MS > 0)) throw new Error("usage: run-fuzz.ts --seed N --minutes M [--out DIR] [--timeout S] [--targets var,pf,index,cli,lib]");
  fs.mkdirSync(outDir, { recursive: true });
  const r = new Rand(seed);
  const deadline = Date.now() + minutes * 60_000;
  const minimiseBudget = minutes * 60_000 * 0.15;
  let minimiseUsed = 0;
  const fixed = targets.includes("cli") ? cliCases() : [];
  const gens: [string, number, (r: Rand) => Case][] = ([["var", 30, varCase], ["pf", 28, pfCase], ["index", 20, indexCase], ["lib", 22, libCase]] as [string, number, (r: Rand) => Case][]).filter(([t]) => targets.includes(t));
  const totalW = gens.reduce((s, g) => s + g[1], 0);
  const perTarget: Record<string, Record<string, number>> = {};
  const findings = new Map<string, Finding>();
  /** how often each typed-error message (pattern) was seen, per target: what the run exercised */
  const typedSeen: Record<string, Record<string, number>> = {};
  const count = (t: string, o: string) => { perTarget[t] ??= { cases: 0, typed: 0, clean: 0, finding: 0 }; perTarget[t].cases++; perTarget[t][o] = (perTarget[t][o] ?? 0) + 1; };
  let n = 0;
  const started = Date.now();
  /** findings.json, merged with earlier runs in the same folder (other seeds) unless --fresh; written after each new class and at the end */
  const file = path.join(outDir, "findings.json");
  let prev: { runs: unknown[]; findings: Finding[] } = { runs: [], findings: [] };
  if (!process.argv.includes("--fresh") && fs.existsSync(file)) { try { prev = JSON.parse(fs.readFileSync(file, "utf8")); } catch { /* start anew */ } }
  const save = () => {
    const topTyped = Object.fromEntries(Object.entries(typedSeen).map(([t, h]) => [t, Object.fromEntries(Object.entries(h).sort((a, b) => b[1] - a[1]).slice(0, 25))]));
    const run = { seed, minutes, cases: n, seconds: Math.round((Date.now() - started) / 1000), perTarget, typedErrors: topTyped, finished: new Date().toISOString() };
    const merged = new Map(prev.findings.map((f) => [f.key, { ...f }]));
    for (const f of findings.values()) {
      const o = merged.get(f.key);
      if (!o) merged.set(f.key, f);
      else { o.count += f.count; o.seeds = [...new Set([...o.seeds, ...f.seeds])]; if (f.size < o.size) Object.assign(o, { ...f, count: o.count, seeds: o.seeds }); }
    }
    const all = { runs: [...prev.runs.filter((x) => (x as { seed: number }).seed !== seed), run], findings: [...merged.values()].sort((a, b) => a.key.localeCompare(b.key)) };
    fs.writeFileSync(file, JSON.stringify(all, null, 1) + "\n");
    return run;
  };
  while (Date.now() < deadline && (fixed.length || gens.length)) {
    let c: Case;
    if (fixed.length) c = fixed.shift()!;
    else { let x = r.next() * totalW; const g = gens.find(([, w]) => (x -= w) < 0) ?? gens[0]; c = g[2](r); }
    n++;
    let v: Verdict;
    try { v = await runCase(c); } catch (e) { v = { outcome: "finding", kind: "CRASH", detail: `fuzzer: ${(e as Error).message}`, signature: "fuzzer", ms: 0 }; }
    count(c.target, v.outcome);
    if (v.outcome === "typed" && v.signature) { const h = (typedSeen[c.target] ??= {}); h[v.signature] = (h[v.signature] ?? 0) + 1; }
    if (v.outcome === "finding") {
      const key = classKey(c, v);
      perTarget[c.target][`finding:${v.kind}`] = (perTarget[c.target][`finding:${v.kind}`] ?? 0) + 1;
      const old = findings.get(key);
      if (old) { old.count++; if (caseSize(c) < old.size && v.kind !== "HANG") { const w = writeReproducer(outDir, old.id, c, v); Object.assign(old, { size: caseSize(c), reproducer: w.dir, command: w.command, detail: v.detail, stderr: v.stderr, exit: v.code, labels: c.labels }); } }
      else {
        let small = c;
        if (v.kind !== "HANG" && v.kind !== "SILENT_WRONG" && minimiseUsed < minimiseBudget) { const t0 = Date.now(); try { small = await minimise(c, key, Math.min(45_000, minimiseBudget - minimiseUsed)); } catch (e) { process.stderr.write(`[fuzz] minimisation failed (${(e as Error).message}); keeping the case as found\n`); small = c; } minimiseUsed += Date.now() - t0; }
        const v2 = small === c ? v : await runCase(small);
        const id = `${String(findings.size + 1).padStart(3, "0")}-${c.target.replace(/\W/g, "_")}-${v.kind}`.toLowerCase();
        const w = writeReproducer(outDir, `s${seed}-${id}`, small, v2.outcome === "finding" ? v2 : v);
        findings.set(key, { id: `s${seed}-${id}`, key, target: c.target, kind: v.kind!, signature: v.signature ?? "", detail: (v2.detail ?? v.detail) ?? "", count: 1, seeds: [seed], firstCase: n, labels: small.labels, stderr: (v2.stderr ?? v.stderr)?.slice(0, 1500), exit: v2.code ?? v.code, size: caseSize(small), reproducer: w.dir, command: w.command });
        save();
        process.stderr.write(`[fuzz] case ${n}: NEW ${v.kind} in ${c.target}: ${(v.detail ?? "").slice(0, 200)}\n`);
      }
    }
    if (n % 100 === 0) process.stderr.write(`[fuzz] ${n} cases, ${findings.size} finding classes, ${((Date.now() - started) / 60000).toFixed(1)} min\n`);
  }
  stopWorker();
  const run = save();
  const totals: Record<string, number> = {};
  for (const t of Object.values(perTarget)) for (const [k, x] of Object.entries(t)) totals[k] = (totals[k] ?? 0) + x;
  process.stdout.write(`fuzz seed ${seed}: ${n} cases in ${run.seconds} s; ${JSON.stringify(totals)}; ${findings.size} finding classes -> ${rel(file)}\n`);
  for (const [t, x] of Object.entries(perTarget)) process.stdout.write(`  ${t}: ${JSON.stringify(x)}\n`);
  for (const f of findings.values()) process.stdout.write(`  ${f.kind} ${f.target} x${f.count}: ${f.detail.slice(0, 160)}\n    ${f.command}\n`);
}

main().then(
  () => { if (!process.argv.includes("--lib-worker")) { fs.rmSync(TMP, { recursive: true, force: true }); } },
  (e) => { process.stderr.write(`run-fuzz: ${(e as Error).stack ?? e}\n`); process.exit(1); },
);
