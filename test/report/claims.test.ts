/**
 * Report v2: the grading rule (printed precision, tolerance policies, refused tolerances), the
 * required fields of each kind, duplicate ids, aggregation across readings, display-item levels,
 * the drift check on small values and the rendered report. Expected values are worked by hand from
 * the rule stated in src/report/claims.ts (exact arithmetic on the printed decimals).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { aggregate, coverage, itemLevel } from "../../src/report/aggregate";
import { checkRecords, claim, ClaimInput, evaluateClaim, readClaimsFile, readingKey, resetClaims } from "../../src/report/claims";
import { checkPolicy, halfUnitOf, Inventory, policyTolerance, resolveInventory, setInventory } from "../../src/report/inventory";
import { compareClaims, renderMarkdown } from "../../src/report/report";
import { InvalidParameterError } from "../../src/core/errors";

const PAPER = "bali-rapelanoro-2021" as const;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sl-inv-"));
fs.writeFileSync(path.join(dir, "cells.csv"), "model,step,pct\nA,1,7.0\nA,5,0.0\nB,1,12.5\n");

const inventory: Inventory = {
  paper: PAPER,
  citation: "Test citation",
  items: [
    {
      id: "t2", title: "Table 2", where: "Section 3, Table 2", type: "table", data: { kind: "substitute", substitutes: "test series" }, summary: "FEVD shares",
      policy: { rel: 0.2, abs: 0.25, reason: "sampling noise of FEVD shares" },
      cells: [{ file: "cells.csv", id: ["model", "step"], printed: "pct", where: "model {model}, step {step}", unit: "%", exactOnly: { below: 0.3, reason: "printed 0.0: any band would contain 0" } }],
    },
    {
      id: "text", title: "Section 5", where: "Section 5", type: "text", data: { kind: "paper" }, summary: "text",
      policy: { rel: 0.1, reason: "model numbers" },
      entries: [
        { id: "gdp", where: "first paragraph", printed: "-0.609", unit: "%", headline: true },
        { id: "share", where: "second paragraph", printed: "67.7", unit: "%" },
        { id: "sig", where: "third paragraph", quote: "the response is significant", headline: true },
        { id: "lags", where: "fourth paragraph", printed: "2", unit: "lags" },
      ],
    },
  ],
};
const inv = resolveInventory(inventory, "test-inventory.json", dir);

setInventory(PAPER, inv); // at load: describe blocks below evaluate claims while collecting
afterAll(() => setInventory(PAPER, null));
afterEach(() => {
  resetClaims();
  delete process.env.SANCTIONS_LAB_CLAIMS_FILE;
});

const num = (entry: string, reproduced: number | null, extra: Partial<ClaimInput> = {}): ClaimInput => ({
  paper: PAPER, item: entry.includes("-") ? "t2" : "text", entry, kind: "reproduction", reproduced, explanation: "test", ...extra,
});

describe("printed precision", () => {
  it("half a unit of the last printed digit", () => {
    expect(halfUnitOf("7.0")).toBe(0.05);
    expect(halfUnitOf("42")).toBe(0.5);
    expect(halfUnitOf("-0.609")).toBeCloseTo(0.0005, 15);
    expect(halfUnitOf("67.70")).toBeCloseTo(0.005, 15);
    expect(halfUnitOf("1.2e-3")).toBeCloseTo(5e-5, 18);
    expect(halfUnitOf("+5")).toBe(0.5);
  });
  it("refuses what is not a number as printed", () => {
    for (const s of ["", "abc", "7,0", "1.2.3", "12%", "NaN", "Infinity"]) expect(() => halfUnitOf(s), s).toThrow(InvalidParameterError);
  });
});

describe("grading numbers", () => {
  it("7.0 printed: 6.95 and 7.05 are exact, 7.06 is close, beyond max(20%, 0.25) diverges", () => {
    expect(evaluateClaim(num("A-1", 6.95)).grade).toBe("exact");
    expect(evaluateClaim(num("A-1", 7.05)).grade).toBe("exact");
    expect(evaluateClaim(num("A-1", 7.06)).grade).toBe("close");
    expect(evaluateClaim(num("A-1", 8.4)).grade).toBe("close"); // 20% of 7.0 = 1.4
    expect(evaluateClaim(num("A-1", 8.41)).grade).toBe("diverges");
    expect(evaluateClaim(num("A-1", 5.59)).grade).toBe("diverges");
  });
  it("the absolute floor of the policy applies where 20% is smaller (12.5 -> band 2.5; here rel wins)", () => {
    const c = evaluateClaim(num("B-1", 10.0));
    expect(c.closeBand).toBeCloseTo(2.5, 12);
    expect(c.grade).toBe("close");
    expect(c.gap).toBeCloseTo(-2.5, 12);
    expect(c.relGap).toBeCloseTo(0.2, 12);
  });
  it("an exact-only cell (printed 0.0) is exact within 0.05 and diverges beyond: no close band", () => {
    const ok = evaluateClaim(num("A-5", 0.04));
    expect(ok.grade).toBe("exact");
    expect(ok.closeBand).toBeNull();
    expect(evaluateClaim(num("A-5", 0.2)).grade).toBe("diverges");
  });
  it("-0.609 printed with a 10% policy: -0.6094 exact, -0.66 close, -0.68 diverges; an integer is exact within 0.5", () => {
    expect(evaluateClaim(num("gdp", -0.6094)).grade).toBe("exact");
    expect(evaluateClaim(num("gdp", -0.66)).grade).toBe("close");
    expect(evaluateClaim(num("gdp", -0.68)).grade).toBe("diverges");
    expect(evaluateClaim(num("lags", 2)).grade).toBe("exact");
    expect(evaluateClaim(num("lags", 3)).grade).toBe("diverges"); // 10% of 2 = 0.2 < 1
  });
  it("null is not reproducible and needs a reason", () => {
    expect(evaluateClaim(num("gdp", null, { reason: "bilateral trade data are not public" })).grade).toBe("not reproducible");
    expect(() => evaluateClaim(num("gdp", null))).toThrow(/states why/);
  });
  it("a given published value must equal the inventory's printed one", () => {
    expect(() => evaluateClaim(num("gdp", -0.6, { published: -0.61 }))).toThrow(/differs from the inventory/);
    expect(evaluateClaim(num("gdp", -0.6, { published: "-0.609" })).published).toBe(-0.609);
  });
});

describe("tolerance policies", () => {
  it("the close band is max(rel |p|, abs)", () => {
    expect(policyTolerance({ rel: 0.2, abs: 0.25, reason: "r" }, 7)).toBeCloseTo(1.4, 14);
    expect(policyTolerance({ rel: 0.2, abs: 0.25, reason: "r" }, 1)).toBe(0.25);
  });
  it("refuses a band as large as the published value, a policy without reason, and a negative or empty policy", () => {
    expect(() => checkPolicy({ abs: 2, reason: "r" }, 2, "cell")).toThrow(/as large as the published value/);
    expect(() => checkPolicy({ rel: 1, reason: "r" }, 5, "cell")).toThrow(/as large/);
    expect(() => checkPolicy({ rel: 0.2, abs: 0.25, reason: "r" }, 0, "cell")).toThrow(/as large/);
    expect(() => checkPolicy({ rel: 0.1, reason: " " }, 5, "cell")).toThrow(/no reason/);
    expect(() => checkPolicy({ rel: -0.1, reason: "r" }, 5, "cell")).toThrow(/>= 0/);
    expect(() => checkPolicy({ reason: "r" }, 5, "cell")).toThrow(/neither/);
  });
  it("an inventory whose policy is too wide for one of its cells does not load (unless the cell is exact-only)", () => {
    const bad: Inventory = JSON.parse(JSON.stringify(inventory));
    delete bad.items[0].cells![0].exactOnly;
    expect(() => resolveInventory(bad, "bad.json", dir)).toThrow(/A-5.*as large/);
  });
  it("a claim cannot carry its own tolerance", () => {
    expect(() => evaluateClaim({ ...num("gdp", -0.6), tolerance: 1 })).toThrow(/cannot carry its own tolerance/);
  });
});

describe("inventory validation", () => {
  const variant = (f: (i: Inventory) => void) => {
    const v: Inventory = JSON.parse(JSON.stringify(inventory));
    f(v);
    return () => resolveInventory(v, "v.json", dir);
  };
  it("refuses duplicate items and entries, entries with both or neither printed and quote, bad printed values", () => {
    expect(variant((v) => v.items.push({ ...v.items[1] }))).toThrow(/duplicate item/);
    expect(variant((v) => v.items[1].entries!.push({ ...v.items[1].entries![0] }))).toThrow(/duplicate entry/);
    expect(variant((v) => (v.items[1].entries![0].quote = "x"))).toThrow(/exactly one of printed/);
    expect(variant((v) => delete v.items[1].entries![2].quote)).toThrow(/exactly one of printed/);
    expect(variant((v) => (v.items[1].entries![0].printed = "-0,609"))).toThrow(/not a number as printed/);
    expect(variant((v) => (v.items[1].entries![0].halfUnit = 0.1))).toThrow(/derived/);
    expect(variant((v) => (v.items[0].cells![0].file = "nope.csv"))).toThrow(/not found/);
    expect(variant((v) => ((v.items[0].data as { kind: string }).kind = "guess"))).toThrow(/data.kind/);
  });
});

describe("kinds", () => {
  it("a calibration target names what was fitted; a finding says whether it holds; kinds fit the entry", () => {
    expect(() => evaluateClaim(num("share", 67.7, { kind: "calibration-target" }))).toThrow(/fitted/);
    const cal = evaluateClaim(num("share", 67.71, { kind: "calibration-target", fitted: "f_RX fitted to this share" }));
    expect(cal.grade).toBe("exact");
    expect(cal.fitted).toMatch(/f_RX/);
    expect(() => evaluateClaim({ paper: PAPER, item: "text", entry: "sig", kind: "finding", reproduced: "significant", explanation: "e" })).toThrow(/holds/);
    expect(() => evaluateClaim({ paper: PAPER, item: "text", entry: "sig", kind: "reproduction", reproduced: 1, explanation: "e" })).toThrow(/finding/);
    expect(() => evaluateClaim({ paper: PAPER, item: "text", entry: "gdp", kind: "finding", reproduced: "x", holds: true, explanation: "e" })).toThrow(/printed number/);
    expect(() => evaluateClaim({ paper: PAPER, item: "text", entry: "gdp", kind: "teaching-check", reproduced: 1, explanation: "e" })).toThrow(/teaching-check/);
  });
  it("unknown kinds, items and entries are errors; non-finite numbers are refused", () => {
    expect(() => evaluateClaim(num("gdp", 1, { kind: "match" as never }))).toThrow(/kind/);
    expect(() => evaluateClaim(num("gdp", 1, { item: "table9" }))).toThrow(/not in test-inventory.json/);
    expect(() => evaluateClaim(num("nothere", 1))).toThrow(/not in test-inventory.json/);
    expect(() => evaluateClaim(num("gdp", Number.NaN))).toThrow(/non-finite/);
    expect(() => evaluateClaim(num("gdp", Number.POSITIVE_INFINITY))).toThrow(/non-finite/);
    expect(() => evaluateClaim(num("gdp", 1, { explanation: " " }))).toThrow(/explanation/);
  });
  it("teaching checks compare two numbers with their own tolerance and hold or fail", () => {
    const t = evaluateClaim({ paper: "primers", item: "primer-01", entry: "ols", kind: "teaching-check", published: 1, reproduced: 1 + 1e-12, tolerance: 1e-10, explanation: "e" });
    expect(t.grade).toBe("holds");
    expect(evaluateClaim({ paper: "primers", item: "primer-01", entry: "ols", kind: "teaching-check", published: 1, reproduced: 1.1, tolerance: 1e-10, explanation: "e" }).grade).toBe("fails");
  });
});

describe("duplicate ids", () => {
  it("a repeated id under the same reading is an error in a headless run; another reading is a second record", () => {
    const file = path.join(dir, "claims.jsonl");
    fs.rmSync(file, { force: true });
    process.env.SANCTIONS_LAB_CLAIMS_FILE = file;
    claim(num("gdp", -0.6, { reading: { ppi: "ROSSTAT" } }));
    claim(num("gdp", -0.7, { reading: { ppi: "production" }, primary: false }));
    expect(() => claim(num("gdp", -0.65, { reading: { ppi: "ROSSTAT" } }))).toThrow(/duplicate claim/);
    expect(readClaimsFile(file)).toHaveLength(2);
    fs.appendFileSync(file, fs.readFileSync(file, "utf8").split("\n")[0] + "\n");
    expect(() => readClaimsFile(file)).toThrow(/claims.jsonl:3: duplicate claim/);
  });
  it("checkRecords: one primary per id, one kind per id", () => {
    const a = evaluateClaim(num("gdp", -0.6, { reading: { x: "1" } }));
    const b = evaluateClaim(num("gdp", -0.6, { reading: { x: "2" } }));
    expect(checkRecords([a, b])[0]).toMatch(/2 primary readings/);
    expect(checkRecords([a, { ...b, primary: false }])).toEqual([]);
    expect(checkRecords([a, a])[0]).toMatch(/duplicate/);
    expect(() => renderMarkdown([a, b], undefined, new Map([[PAPER, inv]]))).toThrow(/primary/);
  });
  it("reading keys sort their names", () => {
    expect(readingKey({ ppi: "ROSSTAT", index: "levels" })).toBe("index=levels, ppi=ROSSTAT");
    expect(readingKey({})).toBe("");
  });
});

describe("aggregation across readings", () => {
  const f = (reading: string, holds: boolean, primary: boolean) =>
    evaluateClaim({ paper: PAPER, item: "text", entry: "sig", kind: "finding", reproduced: holds ? "significant" : "not significant", holds, reading: { bands: reading }, primary, explanation: "e" });
  it("a finding holds under all readings, is mixed under some (naming which), fails under none", () => {
    expect(aggregate([f("delta", true, true), f("bootstrap", true, false)])[0].grade).toBe("holds");
    const m = aggregate([f("delta", true, true), f("bootstrap", false, false)])[0];
    expect(m.grade).toBe("mixed");
    expect(m.holdsUnder).toEqual(["bands=delta"]);
    expect(m.failsUnder).toEqual(["bands=bootstrap"]);
    expect(aggregate([f("delta", false, true), f("bootstrap", false, false)])[0].grade).toBe("fails");
  });
  it("numbers take the primary reading's grade and show the spread", () => {
    const a = aggregate([evaluateClaim(num("gdp", -0.6093, { reading: { m: "A" } })), evaluateClaim(num("gdp", -0.9, { reading: { m: "B" }, primary: false }))])[0];
    expect(a.grade).toBe("exact");
    expect(a.spread).toEqual({ min: -0.9, max: -0.6093 });
  });
  it("coverage: entries without a claim and claims naming no entry", () => {
    const recs = [evaluateClaim(num("gdp", -0.61)), { ...evaluateClaim(num("share", 60)), entry: "ghost" }];
    const cov = coverage(inv, recs);
    expect(cov.unknown).toEqual(["text/ghost"]);
    expect(cov.missing).toContain("t2/A-1");
    expect(cov.missing).toContain("text/share");
    expect(cov.missing).not.toContain("text/gdp");
  });
  it("display-item levels follow the grades and the data basis", () => {
    const item = inv.itemById.get("t2")!;
    const all = aggregate(["A-1", "A-5", "B-1"].map((e) => evaluateClaim(num(e, e === "A-1" ? 7 : e === "A-5" ? 0 : 12))));
    expect(itemLevel(item, all).level).toBe("reproduced with substitute data");
    const some = aggregate(["A-1", "A-5", "B-1"].map((e) => evaluateClaim(num(e, e === "A-1" ? 7 : 40))));
    expect(itemLevel(item, some)).toEqual({ level: "partly reproduced", detail: "1 of 3 numbers exact or close" });
    const nr = aggregate(["A-1"].map((e) => evaluateClaim(num(e, null, { reason: "not public" }))));
    expect(itemLevel(item, nr).level).toBe("not reproducible (data not public)");
    const someNr = aggregate([evaluateClaim(num("A-1", 7)), evaluateClaim(num("B-1", null, { reason: "not public" }))]);
    expect(itemLevel(item, someNr)).toEqual({ level: "partly reproduced", detail: "1 of 1 numbers exact or close; 1 not reproducible" });
    const text = inv.itemById.get("text")!;
    const cal = aggregate([evaluateClaim(num("share", 67.7, { kind: "calibration-target", fitted: "f_RX" }))]);
    expect(itemLevel(text, cal).level).toBe("calibration target (fitted, not a reproduction)");
  });
});

describe("drift check", () => {
  const a = evaluateClaim(num("gdp", -0.6123456789));
  it("accepts equal values and values within 1e-9 of max(|value|, the item's scale)", () => {
    expect(compareClaims([a], [{ ...a, reproduced: -0.6123456789 * (1 + 5e-10) }])).toEqual([]);
  });
  it("judges a small value by its own scale, not as an absolute gap below 1", () => {
    const small = { ...evaluateClaim(num("gdp", -0.013)), scale: 0.01 };
    // 2e-10 is below the old absolute floor 1e-9 but 1.5e-8 relative to the value
    expect(compareClaims([small], [{ ...small, reproduced: -0.013 + 2e-10 }])).toHaveLength(1);
    expect(compareClaims([small], [{ ...small, reproduced: -0.013 + 1e-12 }])).toEqual([]);
  });
  it("flags a missing claim, a new claim, a changed grade, kind or published value, and a reading that changed", () => {
    expect(compareClaims([a], [])[0].problem).toMatch(/not recomputed/);
    expect(compareClaims([], [a])[0].problem).toMatch(/new claim/);
    expect(compareClaims([a], [{ ...a, grade: "diverges" }])[0].problem).toMatch(/grade/);
    expect(compareClaims([a], [{ ...a, kind: "identity" }])[0].problem).toMatch(/kind/);
    expect(compareClaims([a], [{ ...a, published: -0.61 }])[0].problem).toMatch(/published/);
    expect(compareClaims([a], [{ ...a, readingKey: "ppi=other" }])).toHaveLength(2);
  });
  it("a non-finite fresh value is a drift, never a pass", () => {
    expect(compareClaims([a], [{ ...a, reproduced: Number.NaN }])).toHaveLength(1);
  });
});

describe("the rendered report", () => {
  const recs = () => [
    evaluateClaim(num("gdp", -0.6094)),
    evaluateClaim(num("share", 67.7, { kind: "calibration-target", fitted: "f_RX fitted to the share" })),
    evaluateClaim(num("lags", 2)),
    evaluateClaim({ paper: PAPER, item: "text", entry: "sig", kind: "finding", reproduced: "significant at 5%", holds: true, reading: { bands: "delta" }, explanation: "e" }),
    evaluateClaim({ paper: PAPER, item: "text", entry: "sig", kind: "finding", reproduced: "not significant", holds: false, reading: { bands: "bootstrap" }, primary: false, explanation: "e" }),
    evaluateClaim(num("A-1", 7.5)),
    evaluateClaim(num("A-5", 3)),
    evaluateClaim(num("B-1", null, { reason: "series not public" })),
  ];
  const invs = new Map([[PAPER, inv]]);
  it("counts reproductions by grade, calibration targets apart, and opens with the headline findings", () => {
    const md = renderMarkdown(recs(), undefined, invs);
    expect(md).toContain("**3 of 5 published numbers reproduced out of sample** (2 exact, 1 close); 1 diverge; 1 not reproducible with public data");
    expect(md).toContain("1 calibration targets (fitted, not counted as reproduced");
    expect(md).toContain("findings: 0 hold, 1 mixed, 0 fail, 0 not reproducible");
    expect(md.indexOf("### Headline findings")).toBeLessThan(md.indexOf("### Display items"));
    expect(md).toMatch(/holds under 1 of 2 readings \(holds: bands=delta; fails: bands=bootstrap\)/);
    expect(md).toContain("| [Table 2](#t2) | Section 3, Table 2 | partly reproduced |");
  });
  it("is byte-identical for the same records in any order", () => {
    const r = recs();
    expect(renderMarkdown([...r].reverse(), undefined, invs)).toBe(renderMarkdown(r, undefined, invs));
  });
});
