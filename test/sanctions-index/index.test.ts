/**
 * Sanction indexes: hand-computed values on small event lists, invariants, the calibration to
 * Annex III (a regression test), the CLI, and bad input.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { baliRapelanoroIndex, dregerIndex, monthly, quarterly, timeFactor, TimeLaw } from "../../src/sanctions-index/build";
import { parseEvents, newMeasures } from "../../src/sanctions-index/events";
import { calibrate, fitByYear, fitStats, profile, profileInterval } from "../../src/sanctions-index/calibrate";
import { annex3, annex3Problem, codingSearch, euEvents, heldOutProcedure, russiaOpenness, russiaOpennessMonthly, usEvents, ANNEX3_CALENDAR } from "../../src/sanctions-index/russia";
import { leverageSeries } from "../../src/sanctions-index/build";
import { REPO_ROOT } from "../../src/data/datadir";
import { readCsv, toCsvText } from "../../src/data/csv";
import { InvalidParameterError } from "../../src/core/errors";

const HEAD = "id,date,sender,legal_act,type,n_targets,sector,end_date_or_status,description,source\n";
const small = parseEvents(
  HEAD +
    "A1,2014-03-17,EU,act 1,individual,2,,,two persons,http://example.org/1\n" +
    "A2,2014-04-10,EU,act 2,sector,,finance,,finance ban,http://example.org/2\n" +
    "A3,2014-04-20,US,act 3,entity,3,,,three firms,http://example.org/3\n" +
    "A4,2014-09-12,EU,act 2 renewal,announcement,,,RENEWAL to 2015,renewal,http://example.org/4\n",
  "small.csv",
);
const cal = monthly("2014-01", "2014-12");

describe("Bali & Rapelanoro index on hand-computed cases", () => {
  it("one sanction of each type with linear decay over 4 months and beta = 0.5 (exact)", () => {
    const r = baliRapelanoroIndex(newMeasures(small), { law: { kind: "linear", horizon: 4 }, leverage: 0.5 }, cal);
    // A1: alpha 1 x 2 persons, from 2014-03: 1, 0.75, 0.5, 0.25, 0 (x 0.5)
    expect(Array.from(r.contributions.get("A1")!)).toEqual([0, 0, 1, 0.75, 0.5, 0.25, 0, 0, 0, 0, 0, 0]);
    // A2: sector 1000 from 2014-04; A3: entity 100 x 3 from 2014-04
    expect(r.index[3]).toBe(0.75 + 500 + 150);
    expect(r.index[4]).toBe(0.5 + 375 + 112.5);
    expect(r.contributions.has("A4")).toBe(false);
  });
  it("overlapping power-law decays add up; contributions sum to the index (1e-12 rel)", () => {
    const law: TimeLaw = { kind: "power", horizon: 6, slope: 2 };
    const r = baliRapelanoroIndex(newMeasures(small), { law, leverage: 1 }, cal);
    for (let i = 0; i < 12; i++) {
      let s = 0;
      for (const c of r.contributions.values()) s += c[i];
      expect(Math.abs(s - r.index[i])).toBeLessThanOrEqual(1e-12 * Math.max(1, r.index[i]));
    }
    expect(r.index[5]).toBeCloseTo(2 * (1 - 3 / 6) ** 2 + 1000 * (1 - 2 / 6) ** 2 + 300 * (1 - 2 / 6) ** 2, 10);
  });
  it("a sanction that ends (horizon reached) drops out; a renewal can be modelled as a new event", () => {
    const r = baliRapelanoroIndex(newMeasures(small), { law: { kind: "linear", horizon: 2 }, leverage: 1 }, cal);
    expect(r.contributions.get("A2")![5]).toBe(0);
    const r2 = baliRapelanoroIndex(small, { law: { kind: "linear", horizon: 2 }, leverage: 1, events: { A4: { type: "sector" } } }, cal);
    expect(r2.contributions.get("A4")![8]).toBe(1000);
  });
  it("chi lies in [0, 1] for every law and u", () => {
    const laws: TimeLaw[] = [{ kind: "power", horizon: 12, slope: 0.3 }, { kind: "power", horizon: 12, slope: 5 }, { kind: "linear", horizon: 7 }, { kind: "exponential", halfLife: 3 }, { kind: "none" }];
    for (const l of laws) for (let u = 0; u < 40; u += 0.5) { const c = timeFactor(l, u); expect(c).toBeGreaterThanOrEqual(0); expect(c).toBeLessThanOrEqual(1); }
    expect(timeFactor({ kind: "power", horizon: 12, slope: 2 }, 0)).toBe(1);
  });
  it("is linear in alpha (doubling every weight doubles the index, exact)", () => {
    const law: TimeLaw = { kind: "power", horizon: 9, slope: 1.5 };
    const a = baliRapelanoroIndex(newMeasures(small), { law, leverage: 0.3 }, cal).index;
    const b = baliRapelanoroIndex(newMeasures(small), { law, leverage: 0.3, alpha: { individual: 2, announcement: 20, entity: 200, sector: 2000, embargo: 6000 } }, cal).index;
    for (let i = 0; i < 12; i++) expect(b[i]).toBe(2 * a[i]);
  });
  it("quarterly calendars use months for the time law (u = 3 per quarter)", () => {
    const r = baliRapelanoroIndex(newMeasures(small), { law: { kind: "linear", horizon: 6 }, leverage: 1 }, quarterly("2014-01", "2014-12"));
    expect(r.labels).toEqual(["2014Q1", "2014Q2", "2014Q3", "2014Q4"]);
    expect(r.contributions.get("A2")![2]).toBe(500);
  });
});

describe("Dreger et al. cumulative index", () => {
  it("weights 1/2/3 times trade share, never decreasing (exact)", () => {
    const r = dregerIndex(newMeasures(small), { tradeShare: { EU: 0.5, US: 0.1 } }, cal);
    expect(r.index[2]).toBe(0.5);
    expect(r.index[3]).toBe(0.5 + 1.5 + 0.2);
    for (let i = 1; i < 12; i++) expect(r.index[i]).toBeGreaterThanOrEqual(r.index[i - 1]);
    const full = dregerIndex(euEvents(), {}, monthly("2010-01", "2018-07"));
    for (let i = 1; i < full.index.length; i++) expect(full.index[i]).toBeGreaterThanOrEqual(full.index[i - 1]);
  });
});

describe("event lists", () => {
  it("the curated EU and US lists load, every row cited", () => {
    const eu = euEvents(true), us = usEvents(true);
    expect(eu.length).toBe(64);
    expect(us.length).toBe(63);
    expect(newMeasures(eu).length).toBe(44);
    for (const e of [...eu, ...us]) expect(e.source.length).toBeGreaterThan(5);
  });
  it("US cyber/election-interference rows are flagged wherever CYBER appears in the status and dropped unless kept (exact counts)", () => {
    const us = usEvents(true);
    expect(us.filter((e) => e.flag === "CYBER").map((e) => e.id)).toEqual(["US045", "US046", "US047", "US058", "US059", "US062", "US063"]);
    expect(newMeasures(us).length).toBe(50);
    expect(newMeasures(us, { keepCyber: true }).length).toBe(57);
    expect(us.find((e) => e.id === "US043")!.nTargets).toBe(7);
  });
  it.each([
    ["unknown type", "X1,2014-03-17,EU,a,boycott,,,,d,http://s\n", /unknown type 'boycott'/],
    ["bad date", "X1,2014-13-17,EU,a,sector,,,,d,http://s\n", /not a valid YYYY-MM-DD/],
    ["missing citation", "X1,2014-03-17,EU,a,sector,,,,d,\n", /missing citation/],
    ["missing n_targets", "X1,2014-03-17,EU,a,individual,,,,d,http://s\n", /needs n_targets/],
    ["negative n_targets", "X1,2014-03-17,EU,a,individual,-2,,,d,http://s\n", /non-negative integer/],
    ["dates out of order", "X1,2014-03-17,EU,a,sector,,,,d,http://s\nX2,2014-03-01,EU,a,sector,,,,d,http://s\n", /date order/],
    ["duplicate id", "X1,2014-03-17,EU,a,sector,,,,d,http://s\nX1,2014-03-18,EU,a,sector,,,,d,http://s\n", /duplicate id/],
  ])("rejects %s, naming the row", (_, body, re) => {
    expect(() => parseEvents(HEAD + body, "bad.csv")).toThrow(re);
    expect(() => parseEvents(HEAD + body, "bad.csv")).toThrow(/bad\.csv: line \d/);
  });
  it("a date outside the list's declared range is rejected, naming the row", () => {
    expect(() => parseEvents(HEAD + "X1,2019-01-10,EU,a,sector,,,,d,http://s\n", "r.csv", { range: { from: "2014-03-01", to: "2018-07-31" } })).toThrow(/r\.csv: line 2 \(X1\): date 2019-01-10 is outside/);
  });
  it("an end date before the start is rejected", () => {
    expect(() => parseEvents(HEAD.replace("source\n", "source,end\n") + "X1,2014-03-17,EU,a,sector,,,,d,http://s,2014-01-01\n", "end.csv")).toThrow(/before the start date/);
  });
  it("negative weights and bad laws are typed errors", () => {
    expect(() => baliRapelanoroIndex(small, { law: { kind: "linear", horizon: 3 }, leverage: 1, alpha: { sector: -1 } }, cal)).toThrow(InvalidParameterError);
    expect(() => baliRapelanoroIndex(small, { law: { kind: "power", horizon: 0, slope: 1 }, leverage: 1 }, cal)).toThrow(/horizon/);
    expect(() => baliRapelanoroIndex(small, { law: { kind: "linear", horizon: 3 }, leverage: [1, 2] }, cal)).toThrow(/leverage/);
  });
});

describe("calibration to Annex III (regression test)", () => {
  it("Annex III has 100 months, zero before 2014m3, 9888.54 in 2014m12", () => {
    const a = annex3();
    expect(a.values.length).toBe(100);
    expect(a.values[49]).toBe(0);
    expect(a.values[50]).toBe(42.29);
    expect(a.values[59]).toBe(9888.54);
  });
  it("per-act counting with the June 2014 import ban as a sector measure fits with R^2 > 0.99 and stable parameters (5% rel)", () => {
    const p = annex3Problem({ perTarget: false, juneBanAsSector: true, twoHorizons: false });
    const r = calibrate(p, { progress: false });
    expect(r.converged).toBe(true);
    expect(r.r2).toBeGreaterThan(0.99);
    expect(Math.abs(r.theta[1] / 58.46 - 1)).toBeLessThan(0.05);
    expect(Math.abs(r.theta[2] / 3.867 - 1)).toBeLessThan(0.05);
  });
});

describe("sanctions-lab index", () => {
  it("writes {dates, index, contributions} and rejects bad arguments", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sl-index-"));
    fs.writeFileSync(path.join(dir, "p.json"), JSON.stringify({ law: { kind: "linear", horizon: 24 }, leverage: 0.5 }));
    const bin = path.join(REPO_ROOT, "bin", "sanctions-lab.js");
    const ev = path.join(REPO_ROOT, "data", "events", "eu_russia_sanctions_2014_2018.csv");
    const ok = spawnSync(process.execPath, [bin, "index", ev, "--method", "bali-rapelanoro", "--params", path.join(dir, "p.json"), "--from", "2014-01", "--to", "2014-12", "--json", path.join(dir, "o.json")], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    const out = JSON.parse(fs.readFileSync(path.join(dir, "o.json"), "utf8"));
    expect(out.dates[0]).toBe("2014-01");
    expect(out.index.length).toBe(12);
    expect(Object.keys(out.contributions).length).toBe(44);
    const bad = spawnSync(process.execPath, [bin, "index", ev, "--method", "nope", "--params", "x", "--json", "y"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("usage:");
    // quarterly Dreger index over EU + US events with per-sender trade shares
    const both = path.join(dir, "both.csv");
    const us = path.join(REPO_ROOT, "data", "events", "us_russia_sanctions_2014_2018.csv");
    const eu = readCsv(ev), usT = readCsv(us);
    // merge in date order (ISO dates sort as strings)
    const di = eu.columns.indexOf("date");
    const rows = [...eu.rows, ...usT.rows].sort((x, y) => x[di].localeCompare(y[di]));
    fs.writeFileSync(both, toCsvText(eu.columns, rows));
    fs.writeFileSync(path.join(dir, "d.json"), JSON.stringify({ tradeShare: { EU: 0.45, US: 0.03 } }));
    const q = spawnSync(process.execPath, [bin, "index", both, "--method", "dreger", "--params", path.join(dir, "d.json"), "--from", "2014-01", "--to", "2015-12", "--freq", "quarterly", "--json", path.join(dir, "q.json")], { encoding: "utf8" });
    expect(q.stderr + String(q.status)).toBe(q.stderr + "0"); // status 0, stderr shown on failure
    const qo = JSON.parse(fs.readFileSync(path.join(dir, "q.json"), "utf8"));
    expect(qo.dates).toEqual(["2014Q1", "2014Q2", "2014Q3", "2014Q4", "2015Q1", "2015Q2", "2015Q3", "2015Q4"]);
    for (let i = 1; i < qo.index.length; i++) expect(qo.index[i]).toBeGreaterThanOrEqual(qo.index[i - 1]);
    // a missing time law is a typed error (status 1, message names the parameter)
    fs.writeFileSync(path.join(dir, "nolaw.json"), JSON.stringify({ leverage: 1 }));
    const nl = spawnSync(process.execPath, [bin, "index", ev, "--method", "bali-rapelanoro", "--params", path.join(dir, "nolaw.json"), "--json", path.join(dir, "x.json")], { encoding: "utf8" });
    expect(nl.status).toBe(1);
    expect(nl.stderr).toMatch(/law/);
  });
});

describe("leverage, end dates and fit helpers", () => {
  it("leverage per sender pools EU and US events with their own beta (exact)", () => {
    const r = baliRapelanoroIndex(newMeasures(small), { law: { kind: "none" }, leverage: { EU: 0.5, US: Array.from({ length: 12 }, (_, i) => i / 100) } }, cal);
    // 2014-05: A1 2 x 0.5 + A2 1000 x 0.5 + A3 300 x 0.04
    expect(r.index[4]).toBeCloseTo(1 + 500 + 12, 12);
    expect(() => baliRapelanoroIndex(newMeasures(small), { law: { kind: "none" }, leverage: { EU: 0.5 } }, cal)).toThrow(/sender 'US'/);
    expect(() => baliRapelanoroIndex(newMeasures(small), { law: { kind: "none" }, leverage: { EU: -1, US: 1 } }, cal)).toThrow(InvalidParameterError);
    expect(Array.from(leverageSeries(0.5, [0.2, 0.4], 2))).toEqual([0.1, 0.2]);
  });
  it("an explicit end date stops the contribution after its month; useEndDates: false ignores it (exact)", () => {
    const ev = parseEvents(HEAD.replace("source\n", "source,end\n") + "E1,2014-03-17,EU,a,sector,,,,d,http://s,2014-06-30\nE2,2014-04-01,EU,a,sector,,,,d,http://s,\n", "end.csv");
    const r = baliRapelanoroIndex(ev, { law: { kind: "none" }, leverage: 1 }, cal);
    expect(Array.from(r.contributions.get("E1")!)).toEqual([0, 0, 1000, 1000, 1000, 1000, 0, 0, 0, 0, 0, 0]);
    expect(r.contributions.get("E2")![11]).toBe(1000);
    const r2 = baliRapelanoroIndex(ev, { law: { kind: "none" }, leverage: 1, useEndDates: false }, cal);
    expect(r2.contributions.get("E1")![11]).toBe(1000);
  });
  it("fitStats and fitByYear on a hand example (exact)", () => {
    const st = fitStats([1, 2, 3], [1, 2, 4]);
    expect(st.rmse).toBe(Math.sqrt(1 / 3));
    expect(st.r2).toBe(1 - 1 / 2);
    const by = fitByYear(["2014-01", "2014-02", "2015-01"], [2, 4, 10], [2, 5, 8]);
    expect(by.map((b) => [b.year, b.months, b.maxAbsError, b.maxRelError])).toEqual([[2014, 2, 1, 0.25], [2015, 1, 2, 0.2]]);
  });
  it("monthly-trade openness: 12 x (X + M) / GDP, trailing mean; WDI openness is annual (1e-12 rel)", () => {
    const raw = russiaOpennessMonthly(monthly("2016-01", "2016-01"), 1);
    // ROSSTAT 2018-04 vintage 2016-01: exports 17.2, imports 9.9; WDI NY.GDP.MKTP.CD RUS 2016 cell
    const gdp = 1276786350881.14 / 1e9;
    expect(Math.abs(raw[0] / ((12 * (17.2 + 9.9)) / gdp) - 1)).toBeLessThan(1e-12);
    const b = russiaOpenness(ANNEX3_CALENDAR);
    expect(b[0]).toBe(b[11]);
  });
});

describe("calibration procedure (regression)", () => {
  const p = annex3Problem({ perTarget: false, juneBanAsSector: false, twoHorizons: false, recode: { EU011: "sector", EU014: "sector", EU023: "sector" } });
  const f = calibrate(p, { progress: false });
  it("the chosen coding fits with R^2 > 0.998 and A, U, s stable (2% rel); residuals autocorrelated", () => {
    expect(f.r2).toBeGreaterThan(0.998);
    expect(Math.abs(f.theta[0] / 1.634 - 1)).toBeLessThan(0.02);
    expect(Math.abs(f.theta[1] / 66.02 - 1)).toBeLessThan(0.02);
    expect(Math.abs(f.theta[2] / 4.632 - 1)).toBeLessThan(0.02);
    expect(f.residualAutocorr).toBeGreaterThan(0.3);
  });
  it("profile interval brackets the estimate and its ends sit on the RSS threshold (1e-3 rel)", () => {
    const iv = profileInterval(p, f, 1);
    expect(iv.lower).toBeLessThan(f.theta[1]);
    expect(iv.upper).toBeGreaterThan(f.theta[1]);
    expect(iv.lowerOpen || iv.upperOpen).toBe(false);
    const ends = profile(p, 1, [iv.lower, iv.upper], f.theta).map((x) => x.rss);
    for (const e of ends) expect(Math.abs(e / iv.threshold - 1)).toBeLessThan(1e-3);
  });
  it("the coding search chooses the same coding on 2014-2015 alone, and the held-out 2016-2018 R^2 is about 0.83 (0.02 abs)", () => {
    const cs = codingSearch();
    expect(cs.length).toBe(32);
    expect(cs[0].label).toBe("per act; EU011 as sector, EU014 as sector, EU023 as sector");
    const h = heldOutProcedure(cs);
    expect(h.label).toBe(cs[0].label);
    expect(Math.abs(h.outOfSample.r2 - 0.828)).toBeLessThan(0.02);
  });
});
