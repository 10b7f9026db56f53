/**
 * Industrial production (INDPRO_rog chained): raw KEP cells on both sides of the vintage seam
 * (2016-12 vintage to 2014-12, revised 2018-04 vintage from 2015-01), base month and end month.
 * Reference cells read from the CSVs with Python's csv module (2010-02 = 100.0, 2010-03 = 112.6
 * in the 2016-12 vintage; 2016-01 = 74.7 in the 2018-04 vintage, 80.3 in the old one; 2018-04 = 97.9).
 */
import { describe, expect, it } from "vitest";
import * as R from "../../src/data/russia";

const at = (s: R.MonthlySeries, label: string) => s.values[R.monthOrdinal(label) - s.start];

describe("industrialProduction", () => {
  it("2010-01 = 100; month-on-month ratios reproduce INDPRO_rog on both sides of the seam (1e-12 rel)", () => {
    const p = R.industrialProduction();
    expect(at(p, "2010-01")).toBe(100);
    const r = (l1: string, l0: string) => (100 * at(p, l1)) / at(p, l0);
    expect(Math.abs(r("2010-03", "2010-02") - 112.6) / 112.6).toBeLessThan(1e-12);
    expect(Math.abs(r("2010-02", "2010-01") - 100.0) / 100).toBeLessThan(1e-12);
    // the revised vintage wins over 2016 (74.7, not the old vintage's 80.3)
    expect(Math.abs(r("2016-01", "2015-12") - 74.7) / 74.7).toBeLessThan(1e-12);
    expect(Math.abs(r("2018-04", "2018-03") - 97.9) / 97.9).toBeLessThan(1e-12);
    expect(p.start + p.values.length - 1).toBe(R.monthOrdinal("2018-04"));
    expect(p.start).toBe(R.monthOrdinal("2002-01"));
  });
  it("seam: 2014-12 from the 2016-12 vintage, 2015-01 from the 2018-04 vintage", () => {
    const rog = R.spliceVintages("r", "INDPRO_rog", "");
    const k = (l: string) => R.monthOrdinal(l) - rog.start;
    expect(rog.vintageOf[k("2014-12")]).toBe("2016-12");
    expect(rog.vintageOf[k("2015-01")]).toBe("2018-04");
    expect(rog.values[k("2015-01")]).toBe(73.9);
  });
});
