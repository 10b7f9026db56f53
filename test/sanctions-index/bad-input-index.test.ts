/**
 * Issue 17, items 3, 4 and 6 for the `index` command: the index never changes without a word.
 * Renewals are not counted as new measures when the status column is missing (refused, or counted
 * on purpose with newMeasuresOnly: false), impossible months are refused, the parameters file is
 * checked against a schema (unknown keys, wrong types, null: an error naming the key), no NaN,
 * Infinity or null is written for a number, and output/input paths are checked before computing.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { InvalidParameterError, SanctionsLabError } from "../../src/core/errors";
import { runIndexCommand } from "../../src/sanctions-index/cli-index";
import { readCsv, toCsvText } from "../../src/data/csv";
import { monthly, quarterly } from "../../src/sanctions-index/build";
import { newMeasures, parseEvents } from "../../src/sanctions-index/events";
import { validateIndexParams } from "../../src/sanctions-index/params-schema";
import { runCommand } from "../helpers/run-command";

const REPO = path.join(__dirname, "..", "..");
const EU = path.join(REPO, "data", "events", "eu_russia_sanctions_2014_2018.csv");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "index-bad-"));
const write = (name: string, text: string) => { const f = path.join(tmp, name); fs.writeFileSync(f, text); return f; };
const P = write("p.json", JSON.stringify({ law: { kind: "linear", horizon: 24 }, leverage: 0.5 }));

const run = (args: string[]) => runCommand(runIndexCommand, args, { name: "index" });
const indexArgs = (events: string, params: string, out: string, extra: string[] = []) => [events, "--method", "bali-rapelanoro", "--params", params, "--from", "2014-01", "--to", "2016-12", ...extra, "--json", out];

describe("renewals without the status column", () => {
  const eu = readCsv(EU);
  const drop = eu.columns.indexOf("end_date_or_status");
  const noStatus = write("nostatus.csv", toCsvText(eu.columns.filter((_, i) => i !== drop), eu.rows.map((r) => r.filter((_, i) => i !== drop))));
  it("the full list gives 44 new measures", async () => {
    const out = path.join(tmp, "full.json");
    expect((await run(indexArgs(EU, P, out))).code).toBe(0);
    expect(Object.keys(JSON.parse(fs.readFileSync(out, "utf8")).contributions).length).toBe(44);
  });
  it("without end_date_or_status the command refuses (it cannot tell renewals), naming the column and the way out", async () => {
    const out = path.join(tmp, "ns.json");
    const r = await run(indexArgs(noStatus, P, out));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no 'end_date_or_status' column.*newMeasuresOnly/s);
    expect(fs.existsSync(out)).toBe(false);
  });
  it("newMeasuresOnly: false counts every row on purpose (64)", async () => {
    const p = write("all.json", JSON.stringify({ law: { kind: "linear", horizon: 24 }, leverage: 0.5, newMeasuresOnly: false }));
    const out = path.join(tmp, "all-rows.json");
    expect((await run(indexArgs(noStatus, p, out))).code).toBe(0);
    expect(Object.keys(JSON.parse(fs.readFileSync(out, "utf8")).contributions).length).toBe(64);
  });
  it("the library rule: newMeasures refuses a list parsed without the column", () => {
    const ev = parseEvents("id,date,sender,type,n_targets,source\nA,2014-03-17,EU,sector,,http://s\n", "x.csv");
    expect(() => newMeasures(ev)).toThrow(/end_date_or_status/);
  });
});

describe("impossible dates", () => {
  for (const [from, to] of [["2010-13", "2011-01"], ["2010-00", "2011-01"], ["2010-1", "2011-01"], ["2014-01", "2014-99"], ["2015-01", "2014-01"], ["201a-01", "2014-01"]])
    it(`--from ${from} --to ${to}: usage error, exit 2`, async () => {
      const r = await run([EU, "--method", "dreger", "--params", P, "--from", from, "--to", to, "--json", path.join(tmp, "d.json")]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/--from|--to/);
    });
  it("the calendar constructors refuse months outside 01..12 (no roll-over into the next year)", () => {
    expect(() => monthly("2010-13", "2011-01")).toThrow(InvalidParameterError);
    expect(() => monthly("2010-00", "2011-01")).toThrow(/01\.\.12/);
    expect(() => quarterly("2010-01", "2010-13")).toThrow(InvalidParameterError);
    expect(() => monthly("2011-01", "2010-01")).toThrow(/before it starts/);
  });
});

describe("the parameters file is checked against a schema", () => {
  const cases: [string, unknown, RegExp][] = [
    ["misspelt top-level key", { law: { kind: "none" }, leverage: 1, useEndDate: false }, /'useEndDate': unknown key/],
    ["misspelt alpha type", { law: { kind: "none" }, leverage: 1, alpha: { sectr: 5 } }, /'alpha\.sectr': unknown key/],
    ["unknown key in a time law", { law: { kind: "power", horizon: 12, slope: 1, slop: 2 }, leverage: 1 }, /'law\.slop'/],
    ["wrong type", { law: { kind: "power", horizon: "12", slope: 1 }, leverage: 1 }, /'law\.horizon'.*expected number/],
    ["null leverage", { law: { kind: "none" }, leverage: null }, /'leverage': is null/],
    ["null alpha", { law: { kind: "none" }, leverage: 1, alpha: { sector: null } }, /'alpha\.sector': is null/],
    ["boolean as string", { law: { kind: "none" }, leverage: 1, perTarget: "yes" }, /'perTarget'/],
    ["negative weight", { law: { kind: "none" }, leverage: -1 }, /'leverage'/],
    ["unknown law kind", { law: { kind: "cubic" }, leverage: 1 }, /'law/],
    ["per-event typo", { law: { kind: "none" }, leverage: 1, events: { EU001: { exlude: true } } }, /'events\.EU001\.exlude'/],
    ["1e400 (Infinity after JSON.parse)", JSON.parse('{"law": {"kind": "none"}, "leverage": 1e400}'), /'leverage'/],
    ["not an object", [1, 2], /'params'/],
    ["null file", null, /'params': is null/],
  ];
  for (const [name, value, re] of cases)
    it(name, () => {
      expect(() => validateIndexParams("bali-rapelanoro", value, "p.json")).toThrow(re);
      expect(() => validateIndexParams("bali-rapelanoro", value, "p.json")).toThrow(InvalidParameterError);
    });
  it("dreger: misspelt key, share outside [0, 1]", () => {
    expect(() => validateIndexParams("dreger", { tradeShares: { EU: 0.4 } }, "d.json")).toThrow(/'tradeShares'/);
    expect(() => validateIndexParams("dreger", { tradeShare: { EU: 1.5 } }, "d.json")).toThrow(/'tradeShare\.EU'/);
    expect(() => validateIndexParams("dreger", { weights: { sector: null } }, "d.json")).toThrow(/'weights\.sector': is null/);
  });
  it("valid files pass unchanged (both law forms, leverage forms)", () => {
    const ok = { law: { default: { kind: "power", horizon: 12, slope: 2 }, sector: { kind: "none" } }, leverage: { EU: [0.5, 0.6], US: 0.1 }, alpha: { sector: 900 }, events: { A: { type: "entity", exclude: false } } };
    expect(validateIndexParams("bali-rapelanoro", ok, "p.json")).toEqual(ok);
  });
  it("the command: a misspelt key exits 1 naming it, nothing is written", async () => {
    const p = write("typo.json", JSON.stringify({ law: { kind: "none" }, leverage: 1, useEndDate: false }));
    const out = path.join(tmp, "typo-out.json");
    const r = await run(indexArgs(EU, p, out));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/'useEndDate'/);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe("no NaN, Infinity or null written for a number", () => {
  it("a leverage that overflows the index (1e308 x alpha) fails naming the quantity; nothing is written", async () => {
    const p = write("huge.json", JSON.stringify({ law: { kind: "none" }, leverage: 1e308 }));
    const out = path.join(tmp, "huge-out.json");
    const r = await run(indexArgs(EU, p, out));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/'(index|contributions\.[A-Z0-9]+)\[\d+\]' is Infinity/);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe("paths are checked before computing", () => {
  it("--json a directory, a missing folder, the events file or the params file: exit 1, no stack trace, inputs unchanged", async () => {
    const before = fs.readFileSync(P, "utf8");
    for (const out of [tmp, path.join(tmp, "no", "such", "o.json"), EU, P]) {
      const r = await run(indexArgs(EU, P, out));
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/--json/);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    expect(fs.readFileSync(P, "utf8")).toBe(before);
  });
  it("a directory or missing file as events or parameters: typed errors", async () => {
    for (const args of [indexArgs(tmp, P, path.join(tmp, "o1.json")), indexArgs(EU, tmp, path.join(tmp, "o2.json")), indexArgs(path.join(tmp, "none.csv"), P, path.join(tmp, "o3.json")), indexArgs(EU, path.join(tmp, "none.json"), path.join(tmp, "o4.json"))]) {
      const r = await run(args);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/is a directory|not found/);
    }
  });
  it("errors are SanctionsLabError at the library level too", () => {
    expect(() => validateIndexParams("dreger", { x: 1 }, "d.json")).toThrow(SanctionsLabError);
  });
});
