/**
 * Loaders on the small files that test/fixtures/evasion/make-fixtures.ts writes (hand-computed
 * values in its header), their validation errors, and the Eurostat Comext file in the data
 * directory against an independent aggregation of its raw cells.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { evasionScore } from "../../src/evasion/score";
import { euFlow, loadEurostat, parseEurostat, NEIGHBOURS, EU27, PARTNERS, EUROSTAT_FILE } from "../../src/evasion/eurostat";
import { partnerChanges, roundaboutScore } from "../../src/evasion/roundabout";
import { loadBruegelTracker, loadComtradeMirror, parseBruegelTracker, parseComtradeMirror, loadChplCodes } from "../../src/evasion/external";
import { parseCsvText, readCsv } from "../../src/data/csv";
import { dataFile } from "../../src/data/datadir";
import { DataError } from "../../src/core/errors";
import { fixtureTexts } from "../fixtures/evasion/make-fixtures";

const FX = path.join(__dirname, "..", "fixtures", "evasion");
const fx = (name: string) => path.join(FX, name);

function thrown(fn: () => unknown): DataError {
  try { fn(); } catch (e) { return e as DataError; }
  throw new Error("expected an error");
}

describe("fixtures", () => {
  it("the committed fixture files are what make-fixtures.ts writes", () => {
    for (const [name, text] of Object.entries(fixtureTexts())) expect(fs.readFileSync(fx(name), "utf8")).toBe(text);
  });
});

describe("Bruegel tracker loader", () => {
  const w = { pre: ["2021-10", "2022-01"] as [string, string], post: ["2022-03", "2022-05"] as [string, string] };
  it("all real groups: rise 35 over fall 75; SITC 75 only: 30 / 60", () => {
    const all = loadBruegelTracker(fx("bruegel_small.csv"), ["75", "77"]);
    expect(all.productGroups).toEqual(["75", "77"]);
    expect(all.sanctioning.start).toBe("2021-10");
    expect(all.sanctioning.values.slice(0, 4)).toEqual([120, 130, 110, 120]);
    expect(Math.abs(evasionScore(all.nonSanctioning, all.sanctioning, w).score - 35 / 75)).toBeLessThanOrEqual(1e-14);
    const s75 = loadBruegelTracker(fx("bruegel_small.csv"), ["75"]);
    expect(Math.abs(evasionScore(s75.nonSanctioning, s75.sanctioning, w).score - 0.5)).toBeLessThanOrEqual(1e-14);
    // without a filter the SITC 99 rows count too: S pre 1120, post 1045; N pre 15, post 5060
    const every = loadBruegelTracker(fx("bruegel_small.csv"));
    expect(Math.abs(evasionScore(every.nonSanctioning, every.sanctioning, w).score - 5035 / 75)).toBeLessThanOrEqual(1e-12);
  });
  it("validation: wrong columns, group names, months, duplicates, negative or empty values, gaps, unknown groups", () => {
    const H = "month,partner_group,product_group,value_usd\n";
    expect(() => loadBruegelTracker(fx("comtrade_small.csv"))).toThrow(/no column 'month'/);
    expect(thrown(() => parseBruegelTracker(parseCsvText(H + "2022-01,coalition,75,1\n"))).details.line).toBe(2);
    expect(() => parseBruegelTracker(parseCsvText(H + "2022-1,sanctioning,75,1\n"))).toThrow(/not YYYY-MM/);
    expect(() => parseBruegelTracker(parseCsvText(H + "2022-01,sanctioning,75,1\n2022-01,sanctioning,75,2\n"))).toThrow(/duplicate/);
    expect(() => parseBruegelTracker(parseCsvText(H + "2022-01,sanctioning,75,-1\n"))).toThrow(/non-negative/);
    expect(thrown(() => parseBruegelTracker(parseCsvText(H + "2022-01,sanctioning,75,\n"))).code).toBe("DATA_MISSING_VALUE");
    const gap = thrown(() => parseBruegelTracker(parseCsvText(H + "2022-01,sanctioning,75,1\n2022-01,non_sanctioning,75,1\n2022-03,sanctioning,75,1\n2022-03,non_sanctioning,75,1\n")));
    expect(gap.code).toBe("DATA_MISSING_VALUE");
    expect(gap.details.months).toEqual(["2022-02"]);
    expect(() => loadBruegelTracker(fx("bruegel_small.csv"), ["76"])).toThrow(/no rows for product groups 76/);
    expect(() => loadBruegelTracker(fx("bruegel_small.csv"), ["75", "76"])).toThrow(/'76' does not occur/);
  });
});

describe("Comtrade mirror loader", () => {
  const opts = { hs6: ["854231", "854232", "847130"], sanctioning: ["DEU", "USA"], nonSanctioning: ["CHN", "KAZ"] };
  const w = { pre: ["2022-01", "2022-02"] as [string, string], post: ["2022-03", "2022-04"] as [string, string] };
  it("values by group (other partners, flows, reporters and codes ignored): 75 / 140", () => {
    const c = loadComtradeMirror(fx("comtrade_small.csv"), opts);
    expect(c.sanctioning).toEqual({ start: "2022-01", values: [150, 150, 20, 0] });
    expect(c.nonSanctioning).toEqual({ start: "2022-01", values: [10, 10, 70, 100] });
    expect(Math.abs(evasionScore(c.nonSanctioning, c.sanctioning, w).score - 75 / 140)).toBeLessThanOrEqual(1e-14);
  });
  it("monthly counts of HS-6 codes with positive flows (the third measure): 2,2,1,0 vs 1,1,2,3; score 1.5 / 1.5", () => {
    const c = loadComtradeMirror(fx("comtrade_small.csv"), opts);
    expect(c.productCounts.sanctioning.values).toEqual([2, 2, 1, 0]);
    expect(c.productCounts.nonSanctioning.values).toEqual([1, 1, 2, 3]);
    expect(Math.abs(evasionScore(c.productCounts.nonSanctioning, c.productCounts.sanctioning, w).score - 1)).toBeLessThanOrEqual(1e-15);
    expect(c.productsEver).toEqual({ sanctioning: ["854231", "854232"], nonSanctioning: ["847130", "854231", "854232"] });
  });
  it("default groups are Funke & Wende's 33 and 5 reporters (DEU, USA sanctioning; CHN, KAZ not)", () => {
    const c = loadComtradeMirror(fx("comtrade_small.csv"), { hs6: opts.hs6 });
    expect(c.sanctioning.values).toEqual([150, 150, 20, 0]);
    expect(c.nonSanctioning.values).toEqual([10, 10, 70, 100]);
  });
  it("validation: period format, codes, a month missing from the file, duplicates, overlapping groups", () => {
    const H = "period,reporterISO,partnerISO,flowCode,cmdCode,primaryValue\n";
    expect(() => parseComtradeMirror(parseCsvText(H + "2022-01,DEU,RUS,X,854231,1\n"), opts)).toThrow(/not YYYYMM/);
    expect(() => parseComtradeMirror(parseCsvText(H + "202201,DEU,RUS,X,8542,1\n"), opts)).toThrow(/HS 6-digit/);
    const gap = thrown(() => parseComtradeMirror(parseCsvText(H + "202201,DEU,RUS,X,854231,1\n202203,DEU,RUS,X,854231,1\n"), opts));
    expect(gap.code).toBe("DATA_MISSING_VALUE");
    expect(gap.details.months).toEqual(["2022-02"]);
    expect(() => parseComtradeMirror(parseCsvText(H + "202201,DEU,RUS,X,854231,1\n202201,DEU,RUS,X,854231,1\n"), opts)).toThrow(/duplicate/);
    expect(() => parseComtradeMirror(parseCsvText(H + "202201,DEU,RUS,X,854231,1\n"), { ...opts, nonSanctioning: ["DEU"] })).toThrow(/both groups/);
    expect(() => parseComtradeMirror(parseCsvText(H + "202201,DEU,RUS,X,854231,1\n"), { ...opts, hs6: ["8542"] })).toThrow(/six digits/);
  });
  it("the Common High Priority List in the data directory: 50 six-digit codes", () => {
    const l = loadChplCodes();
    expect(l.length).toBe(50);
    expect(new Set(l.map((c) => c.hs6)).size).toBe(50);
    expect(l[0]).toEqual({ hs6: "854231", tier: "TIER_1" });
  });
});

describe("Eurostat Comext loader on the small file", () => {
  const t = loadEurostat(fx("eurostat_small.csv"));
  it("short names, months, EU totals with absent cells as zero", () => {
    expect(t.reporters).toEqual(["Germany", "Ireland"]);
    expect(t.partners).toEqual(["Russia", "Kazakhstan"]);
    const ru = euFlow(t, { partners: ["Russia"] });
    expect(ru.values).toEqual([120, 120, 40, 48]);
    expect(ru.months).toEqual(["2022-01", "2022-02", "2022-03", "2022-04"]);
    expect(ru.absentCells).toBe(1);
    const hs = euFlow(t, { partners: ["Russia"], product: "HS27" });
    expect(hs.values).toEqual([10, 10, 4, 0]);
    expect(hs.absentCells).toBe(1);
    expect(euFlow(t, { partners: ["Russia"], product: "NON_FUEL" }).values).toEqual([110, 110, 36, 48]);
    expect(euFlow(t, { partners: ["Russia"], flow: "IMPORT" }).values).toEqual([9999, 0, 0, 0]);
    expect(euFlow(t, { partners: ["Russia"], reporters: ["Ireland"] }).values).toEqual([20, 20, 0, 8]);
  });
  it("roundabout score 20 / 76 and partner changes (Russia -63.3%, Kazakhstan +400%)", () => {
    const w = { pre: ["2022-01", "2022-02"] as [string, string], post: ["2022-03", "2022-04"] as [string, string] };
    const r = roundaboutScore(t, { via: ["Kazakhstan"], windows: w, replications: 50 });
    expect(Math.abs(r.score - 20 / 76)).toBeLessThanOrEqual(1e-14);
    // any two partner groups: Russia as the hub against Kazakhstan is undefined (Kazakhstan rose)
    expect(() => roundaboutScore(t, { via: ["Russia"], against: ["Kazakhstan"], windows: w, replications: 50 })).toThrow(/did not fall/);
    expect(() => roundaboutScore(t, { via: ["Russia"], against: ["Russia"], windows: w, replications: 50 })).toThrow(/both groups/);
    const ch = partnerChanges(t, [{ label: "Russia", partners: ["Russia"] }, { label: "Kazakhstan", partners: ["Kazakhstan"] }, { label: "Armenia", partners: ["Armenia"] }], w);
    expect(Math.abs(ch[0].relative! - (44 / 120 - 1))).toBeLessThanOrEqual(1e-14);
    expect(Math.abs(ch[1].relative! - 4)).toBeLessThanOrEqual(1e-14);
    expect(ch[2].relative).toBeNull(); // no EU exports to Armenia in the file: zero pre level
  });
  it("validation: unknown partner, non-EU reporter, bad month, negative or empty value, duplicate cell, other indicator", () => {
    const H = "reporter,partner,product,flow,indicator,month,value_eur\n";
    const ok = "Austria,Armenia,Total [TOTAL],EXPORT,VALUE_IN_EUROS,2022-01,1.0\n";
    expect(parseEurostat(parseCsvText(H + ok)).rows[0]).toEqual({ reporter: "Austria", partner: "Armenia", product: "TOTAL", flow: "EXPORT", month: 2022 * 12, value: 1 });
    const bad = (row: string) => thrown(() => parseEurostat(parseCsvText(H + ok + row)));
    expect(bad("Austria,Mongolia,Total [TOTAL],EXPORT,VALUE_IN_EUROS,2022-01,1\n").message).toMatch(/line 3: unknown partner/);
    expect(bad("Norway,Armenia,Total [TOTAL],EXPORT,VALUE_IN_EUROS,2022-01,1\n").message).toMatch(/not an EU27 member/);
    expect(bad("Austria,Armenia,Total [TOTAL],EXPORT,VALUE_IN_EUROS,2022-13,1\n").message).toMatch(/not YYYY-MM/);
    expect(bad("Austria,Armenia,Total [TOTAL],EXPORT,VALUE_IN_EUROS,2022-02,-5\n").message).toMatch(/non-negative/);
    expect(bad("Austria,Armenia,Total [TOTAL],EXPORT,VALUE_IN_EUROS,2022-02,\n").code).toBe("DATA_MISSING_VALUE");
    expect(bad(ok).message).toMatch(/duplicate cell/);
    expect(bad("Austria,Armenia,Total [TOTAL],EXPORT,QUANTITY_IN_100KG,2022-02,1\n").message).toMatch(/VALUE_IN_EUROS/);
    expect(bad("Austria,Armenia,Total [TOTAL],TRANSIT,VALUE_IN_EUROS,2022-02,1\n").message).toMatch(/EXPORT or IMPORT/);
    expect(() => parseEurostat(parseCsvText("reporter,partner\nAustria,Armenia\n"))).toThrow(/no column 'product'/);
  });
});

describe("Eurostat Comext file in the data directory", () => {
  const t = loadEurostat();
  it("17968 validated rows, 27 members, 7 partners, 2020-01..2022-11", () => {
    expect(t.rows.length).toBe(17968);
    expect(t.reporters.length).toBe(27);
    expect(t.reporters).toEqual([...EU27].sort());
    expect(new Set(t.partners)).toEqual(new Set(PARTNERS));
    expect(t.from).toBe(2020 * 12);
    expect(t.to).toBe(2022 * 12 + 10);
  });
  it("EU exports to Russia and to the six neighbours equal a plain sum of the raw cells, every month (1e-9 relative)", () => {
    const raw = readCsv(dataFile(EUROSTAT_FILE));
    const j = (c: string) => raw.columns.indexOf(c);
    const sums = new Map<string, number>();
    for (const r of raw.rows) {
      if (r[j("flow")] !== "EXPORT" || r[j("product")] !== "Total [TOTAL]") continue;
      const g = r[j("partner")] === "Russian Federation (Russia)" ? "RU" : "NB";
      const k = `${g}|${r[j("month")]}`;
      sums.set(k, (sums.get(k) ?? 0) + Number(r[j("value_eur")]));
    }
    const ru = euFlow(t, { partners: ["Russia"] }), nb = euFlow(t, { partners: NEIGHBOURS });
    ru.months.forEach((m, i) => {
      expect(Math.abs(ru.values[i] - sums.get(`RU|${m}`)!)).toBeLessThanOrEqual(1e-9 * ru.values[i]);
      expect(Math.abs(nb.values[i] - sums.get(`NB|${m}`)!)).toBeLessThanOrEqual(1e-9 * nb.values[i]);
    });
  });
  it("EU exports to Russia fell after February 2022 and those to the six neighbours rose (levels, 2021-03..2022-02 vs 2022-03..2022-11)", () => {
    const w = { pre: ["2021-03", "2022-02"] as [string, string], post: ["2022-03", "2022-11"] as [string, string] };
    const r = roundaboutScore(t, { via: NEIGHBOURS, windows: w, replications: 200, seed: 2022 });
    expect(r.sanctioningChange).toBeLessThan(0);
    expect(r.nonSanctioningChange).toBeGreaterThan(0);
    // regression value of the point estimate, 0.2027 (notebook 07), to 1e-3
    expect(Math.abs(r.score - 0.2027)).toBeLessThanOrEqual(1e-3);
  });
});
