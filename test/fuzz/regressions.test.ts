/**
 * Issue 17: regressions for the findings of the fuzzer (test/fuzz/run-fuzz.ts), one test per
 * finding class fixed at its root. Each input here is the fuzzer's minimised reproducer, or the
 * shortest form of it.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { SanctionsLabError } from "../../src/core/errors";
import { checkOutputPath } from "../../src/core/files";
import { fitVar } from "../../src/econometrics/var/estimate";
import { runVarCommand } from "../../src/econometrics/cli-var";
import { parseComtradeMirror } from "../../src/evasion/external";
import { parseCsvText } from "../../src/data/csv";
import { Rng } from "../../src/core/rng";
import { adf } from "../../src/econometrics/unitroot";
import { runIndexCommand } from "../../src/sanctions-index/cli-index";
import { baliRapelanoroIndex, dregerIndex, monthly, quarterly, timeFactor, TimeLaw } from "../../src/sanctions-index/build";
import { parseEvents, newMeasures } from "../../src/sanctions-index/events";
import { runCommand } from "../helpers/run-command";

const REPO = path.join(__dirname, "..", "..");
const MACRO = path.join(REPO, "test", "fixtures", "var", "macrodata_dlog.csv");
const US = path.join(REPO, "data", "events", "us_russia_sanctions_2014_2018.csv");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "fuzz-regress-"));
const usEvents = () => newMeasures(parseEvents(fs.readFileSync(US, "utf8"), US));

const run = (cmd: (argv: string[]) => Promise<number>, argv: string[], cwd = tmp) => runCommand(cmd, argv, { cwd });

/** f() throws one of the typed errors (not a TypeError) */
function typed(f: () => unknown, message?: RegExp): void {
  let thrown: unknown = null;
  try {
    f();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, "expected a typed error").toBeInstanceOf(SanctionsLabError);
  if (message) expect((thrown as Error).message).toMatch(message);
}

describe("CLI options (fuzz classes SILENT_ACCEPT opt:flag-as-value, opt:--horizon=0x10, BAD_HELP index)", () => {
  it("var: a flag where the --json path belongs is a missing value, not a file named '--dropna'", async () => {
    const dir = fs.mkdtempSync(path.join(tmp, "flag-"));
    for (const flag of ["--dropna", "--lags", "--irf-se"]) {
      const r = await run(runVarCommand, [MACRO, "--json", flag], dir);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/--json needs an output path/);
    }
    expect(fs.readdirSync(dir)).toEqual([]);
    expect((await run(runVarCommand, [MACRO, "--order", "--json", path.join(dir, "o.json")])).err).toMatch(/--order needs a comma-separated list/);
  });
  it("var: numbers in options are decimal (no hex, binary, blank or '_'), as in the CSV cells", async () => {
    for (const [flag, v] of [["--horizon", "0x10"], ["--horizon", "0b1"], ["--lags", "0x2"], ["--seed", ""], ["--seed", " "], ["--bootstrap", "1_0"], ["--ci", "0x1"], ["--maxlags", "\u22121"]]) {
      const extra = flag === "--seed" ? ["--bootstrap", "10"] : [];
      const r = await run(runVarCommand, [MACRO, flag, v, ...extra, "--json", path.join(tmp, "h.json")]);
      expect(r.code, `${flag} '${v}'`).toBe(2);
      expect(r.err).toMatch(new RegExp(`${flag} must be`));
    }
    expect(fs.existsSync(path.join(tmp, "h.json"))).toBe(false);
    // decimal forms still work
    const ok = await run(runVarCommand, [MACRO, "--horizon", "1e1", "--lags", "+2", "--json", path.join(tmp, "ok.json")]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(tmp, "ok.json"), "utf8")).irf.orth.length).toBe(11);
  });
  it("index --help and -h print the usage on stdout with exit 0", async () => {
    for (const h of ["--help", "-h"]) {
      const r = await run(runIndexCommand, [h]);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^usage: sanctions-lab index/);
    }
  });
  it("index: an option where a value belongs is a missing value (not a parameters file named '--json')", async () => {
    const r = await run(runIndexCommand, [US, "--method", "dreger", "--params", "--json", path.join(tmp, "i.json")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--params needs a value/);
  });
});

describe("event lists (n_targets)", () => {
  const text = fs.readFileSync(US, "utf8");
  const row = text.split("\n").findIndex((l) => /^US\d+,[^,]*,US,[^,"]*,individual,\d+,/.test(l));
  const withTargets = (v: string) => text.split("\n").map((l, i) => (i === row ? l.replace(/^((?:[^,]*,){5})\d+/, `$1${v}`) : l)).join("\n");
  it("hex, exponent and other non-digit counts are refused, naming the row", () => {
    expect(row).toBeGreaterThan(0);
    for (const v of ["0x10", "1e3", "0b1", "-5", "2.5", "1_0", "99999999999999999999"]) typed(() => parseEvents(withTargets(v), "e.csv"), /n_targets/);
    expect(parseEvents(withTargets("16"), "e.csv").length).toBe(parseEvents(text, "e.csv").length);
  });
});

describe("index builders called from the library (fuzz classes INTERNAL checkCalendar/timeFactor, SILENT_ACCEPT, NONFINITE)", () => {
  const cal = monthly("2014-01", "2016-12");
  const law: TimeLaw = { kind: "linear", horizon: 24 };
  it("a missing or null calendar or parameters object is a typed error", () => {
    for (const c of [undefined, null, {}, { freq: "M", from: 1 }]) {
      typed(() => dregerIndex(usEvents(), {}, c as never), /calendar/);
      typed(() => baliRapelanoroIndex(usEvents(), { law, leverage: 1 }, c as never), /calendar/);
    }
    typed(() => dregerIndex(usEvents(), null as never, cal), /params/);
    typed(() => baliRapelanoroIndex(usEvents(), null as never, cal), /params/);
    typed(() => dregerIndex(null as never, {}, cal), /events/);
  });
  it("timeFactor refuses a missing law, an invalid law and a NaN time", () => {
    for (const l of [null, undefined, { kind: "nope" }, { kind: "power", horizon: 12, slope: -1 }, { kind: "linear", horizon: 0 }, { kind: "exponential", halfLife: NaN }]) typed(() => timeFactor(l as never, 1));
    typed(() => timeFactor(law, NaN), /'u'/);
    expect(timeFactor(law, 12)).toBe(0.5);
    expect(timeFactor(law, -1)).toBe(0);
  });
  it("Dreger weights and trade shares: strings, null, Infinity are refused, also for senders without events", () => {
    typed(() => dregerIndex(usEvents(), { weights: { sector: "1" as never } }, cal), /weights.sector/);
    typed(() => dregerIndex(usEvents(), { weights: { sector: Infinity } }, cal), /weights.sector/);
    typed(() => dregerIndex(usEvents(), { tradeShare: { EU: null as never } }, cal), /tradeShare.EU/);
    typed(() => dregerIndex(usEvents(), { tradeShare: { EU: 2 } }, quarterly("2012-01", "2015-12")), /tradeShare.EU/);
  });
  it("Bali-Rapelanoro per-event adjustments are checked even for events not in the list", () => {
    typed(() => baliRapelanoroIndex(usEvents(), { law, leverage: 1, events: { EU003: { alpha: Infinity } } }, cal), /events.EU003.alpha/);
    typed(() => baliRapelanoroIndex(usEvents(), { law, leverage: 1, events: { EU003: { law: { kind: "linear", horizon: -1 } } } }, cal), /EU003/);
    typed(() => baliRapelanoroIndex(usEvents(), { law, leverage: 1, events: { EU003: null as never } }, cal), /EU003/);
  });
  it("weights that overflow the sum are a NumericalError, not an index of Infinity", () => {
    typed(() => dregerIndex(usEvents(), { weights: { individual: 1e308, entity: 1e308, sector: 1e308 } }, cal), /overflow/);
    typed(() => baliRapelanoroIndex(usEvents(), { law, leverage: 1e308, alpha: { sector: 1e308 } }, cal), /overflow/);
  });
});

describe("other library entry points with bad arguments (fuzz classes INTERNAL toMatrixData, checkOutputPath, parseComtradeMirror)", () => {
  it("fitVar: a null or non-array row is a typed error naming the row", () => {
    const y = [[1, 2], null, [3, 4]] as unknown as number[][];
    typed(() => fitVar(y, { lags: 1 }), /row 2/);
    typed(() => fitVar([[1, 2], "ab"] as never, { lags: 1 }), /row 2/);
    typed(() => fitVar(null as never, { lags: 1 }));
  });
  it("checkOutputPath: inputs that are not an array of paths are a typed error", () => {
    for (const inputs of [null, 1, "x", {}]) typed(() => checkOutputPath(path.join(tmp, "o.json"), inputs as never), /inputs/);
    expect(checkOutputPath(path.join(tmp, "o.json"), [null as never, undefined])).toBe(path.join(tmp, "o.json"));
  });
  it("parseComtradeMirror without options or without hs6 is a typed error", () => {
    const t = parseCsvText(fs.readFileSync(path.join(REPO, "test", "fixtures", "evasion", "comtrade_small.csv"), "utf8"), "c.csv");
    for (const o of [null, undefined, {}, { hs6: "850440" }]) typed(() => parseComtradeMirror(t, o as never), /hs6/);
  });
});

describe("fuzz seed 3: adf options are checked, none falls back silently", () => {
  // a stationary AR(1) series from a seeded generator
  const rng = new Rng(3);
  const y: number[] = [];
  for (let t = 0, v = 0; t < 120; t++) { v = 0.5 * v + rng.normal(); y.push(v); }
  it("maxlag null, trend null, an unknown autolag or convention are typed errors naming the option", async () => {
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ maxlag: null }, /maxlag/],
      [{ trend: null }, /trend/],
      [{ autolag: "x" }, /autolag/],
      [{ convention: "gretl" }, /convention/],
    ];
    for (const [opts, re] of bad) {
      let err: unknown;
      try { adf(y, opts as never); } catch (e) { err = e; }
      expect(err, JSON.stringify(opts)).toBeInstanceOf(SanctionsLabError);
      expect(String((err as Error).message) + JSON.stringify((err as SanctionsLabError).details ?? ""), JSON.stringify(opts))
        .toMatch(re);
    }
    // the documented forms still work: autolag null is a fixed lag, options left out are the defaults
    expect(Number.isFinite(adf(y, { autolag: null, maxlag: 2 }).tau)).toBe(true);
    expect(Number.isFinite(adf(y).tau)).toBe(true);
  });
});
