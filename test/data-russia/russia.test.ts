/**
 * The Russian monthly data of notebook 03: spot checks against the raw CSV cells, the chain-index
 * identities, the vintage splice and the transforms.
 */
import { describe, expect, it } from "vitest";
import * as R from "../../src/data/russia";
import { DataError } from "../../src/core/errors";

const at = (s: R.MonthlySeries, label: string) => s.values[R.monthOrdinal(label) - s.start];

describe("Russian monthly data", () => {
  it("BIS REER and Brent match raw cells (exact)", () => {
    expect(at(R.bisReer(), "1994-01")).toBe(48.62);
    expect(at(R.brent(), "1987-05")).toBe(18.58);
    expect(R.bisReer().start).toBe(R.monthOrdinal("1994-01"));
  });
  it("producer prices: 2010-01 = 100 and month-on-month changes reproduce PPI_rog (1e-12 rel) on both sides of the splice", () => {
    const p = R.producerPrices();
    expect(at(p, "2010-01")).toBe(100);
    // 2016-12 vintage before the splice, the revised 2018-04 vintage after (2016-01 revised = 98.4)
    const r = (l1: string, l0: string) => (100 * at(p, l1)) / at(p, l0);
    expect(Math.abs(r("2016-01", "2015-12") - 98.4) / 98.4).toBeLessThan(1e-12);
    expect(Math.abs(r("2016-04", "2016-03") - 101.9) / 101.9).toBeLessThan(1e-12);
    expect(R.monthOrdinal("2018-04")).toBe(p.start + p.values.length - 1);
  });
  it("exports end in 2018-03, the trade balance is exports minus imports", () => {
    const x = R.goodsExports(), tb = R.tradeBalance();
    expect(x.start + x.values.length - 1).toBe(R.monthOrdinal("2018-03"));
    expect(at(x, "2016-01")).toBe(17.2);
    expect(at(tb, "1999-01")).toBeCloseTo(4.5 - 2.7, 12);
  });
  it("chainIndex and the transforms obey their identities (exact or 1e-14)", () => {
    const rog = R.fromValues("x", "2020-01", [100, 110, 90, 100]);
    const c = R.chainIndex(rog, R.monthOrdinal("2020-02"));
    expect(Array.from(c.values)).toEqual([100 / 1.1, 100, 90, 90]);
    const lv = R.fromValues("y", "2020-01", [1, 2, 4]);
    expect(Array.from(R.growth(lv).values)).toEqual([100, 100]);
    expect(Math.abs(R.dlog(lv).values[0] - 100 * Math.log(2))).toBeLessThan(1e-14);
    expect(R.diff(lv).start).toBe(lv.start + 1);
    const a = R.alignMonthly([lv, R.fromValues("z", "2020-02", [5, 6, 7])]);
    expect(a.labels).toEqual(["2020-02", "2020-03"]);
    expect(a.rows).toEqual([[2, 5], [4, 6]]);
  });
  it("bad input: logs of non-positive values and growth after zero are typed errors", () => {
    expect(() => R.logOf(R.fromValues("n", "2020-01", [1, -1]))).toThrow(DataError);
    expect(() => R.growth(R.fromValues("z", "2020-01", [0, 1]))).toThrow(/growth rate undefined/);
    expect(() => R.alignMonthly([R.fromValues("a", "2020-01", [1]), R.fromValues("b", "2021-01", [1])])).toThrow(/no common months/);
  });
  it("splice rule: latest vintage wins per month; PPI seam at 2016-01, exports from the 2018-04 vintage (exact)", () => {
    const rog = R.spliceVintages("r", "PPI_rog", "");
    const k = (l: string) => R.monthOrdinal(l) - rog.start;
    expect(rog.vintageOf[k("2015-12")]).toBe("2016-12");
    expect(rog.vintageOf[k("2016-01")]).toBe("2018-04");
    expect(rog.values[k("2015-12")]).toBe(97.8); // 2016-12 vintage cell
    expect(rog.values[k("2016-12")]).toBe(100.9); // revised cell (old vintage: 100.6)
    expect(rog.values[k("2018-04")]).toBe(101.2);
    const x = R.spliceVintages("x", "IMPORT_GOODS_bln_usd", "");
    expect(x.values[R.monthOrdinal("2015-12") - x.start]).toBe(17.5); // 2018-04 vintage (old: 17.4)
    expect(new Set(x.vintageOf)).toEqual(new Set(["2018-04"]));
  });
  it("splice continuity: the chained index has no level break at the seam (1e-12 rel)", () => {
    const p = R.producerPrices();
    // across the seam the month-on-month ratio is the revised 2016-01 change, nothing else
    const r = at(p, "2016-01") / at(p, "2015-12");
    expect(Math.abs(r - 0.984)).toBeLessThan(1e-12);
    // chain identity over a span crossing the seam: level ratio = product of the changes
    const rog = R.spliceVintages("r", "PPI_rog", "");
    let prod = 1;
    for (let t = R.monthOrdinal("2015-07"); t <= R.monthOrdinal("2016-06"); t++) prod *= rog.values[t - rog.start] / 100;
    expect(Math.abs(at(p, "2016-06") / at(p, "2015-06") / prod - 1)).toBeLessThan(1e-12);
    // 2010-02 from the raw 2016-12 vintage cell 102.0
    expect(Math.abs(at(p, "2010-02") - 102)).toBeLessThan(1e-12);
  });
  it("russiaMonthlyData: aligned calendar 2010-01..2018-07, NaN after each source ends, raw cells (exact) and transforms (1e-12)", () => {
    const d = R.russiaMonthlyData();
    expect(d.dates.length).toBe(103);
    expect(d.dates[0]).toBe("2010-01");
    expect(d.dates[102]).toBe("2018-07");
    const i = (l: string) => d.dates.indexOf(l);
    expect(d.series.eru[i("2010-01")]).toBe(96.79);
    expect(d.series.eru[i("2018-07")]).toBe(82.16);
    expect(d.series.oilp[i("2018-04")]).toBe(72.11);
    expect(d.series.xru[i("2018-03")]).toBe(36.9);
    expect(d.series.tb[i("2018-03")]).toBeCloseTo(36.9 - 21.9, 12);
    expect(Number.isNaN(d.series.xru[i("2018-04")])).toBe(true);
    expect(Number.isNaN(d.series.ipi[i("2018-05")])).toBe(true);
    expect(d.available.ipi.last).toBe("2018-04");
    expect(d.available.tb.last).toBe("2018-03");
    // the first calendar month has a difference (the source has 2009-12)
    expect(Math.abs(d.series.dln_oilp[i("2010-02")] - 100 * Math.log(73.75 / 76.17))).toBeLessThan(1e-12);
    expect(Number.isFinite(d.series.dln_eru[0])).toBe(true);
    expect(Math.abs(d.series.dln_ipi[i("2010-02")] - 100 * Math.log(1.02))).toBeLessThan(1e-12);
    expect(Math.abs(d.series.g_tb[i("2010-02")] - 100 * ((30.1 - 15.2) / (27.0 - 11.1) - 1))).toBeLessThan(1e-12);
    expect(d.common(["dln_eru", "dln_oilp", "dln_ipi"])).toEqual({ from: "2010-01", to: "2018-04" });
    expect(d.common(["dln_eru", "dln_oilp", "dln_ipi", "dln_xru", "g_tb"])).toEqual({ from: "2010-01", to: "2018-03" });
    expect(d.notes.join(" ")).toMatch(/stand-in/);
    expect(() => d.common(["nope"])).toThrow(/unknown series/);
  });
  it("array transforms agree with the series transforms and propagate NaN (exact)", () => {
    const x = [1, 2, NaN, 8];
    expect(Array.from(R.diffArray([1, 3, 6])).slice(1)).toEqual([2, 3]);
    expect(Number.isNaN(R.diffArray([1, 3])[0])).toBe(true);
    const dl = R.dlogArray(x);
    expect(dl[1]).toBe(100 * (Math.log(2) - Math.log(1)));
    expect(Number.isNaN(dl[2]) && Number.isNaN(dl[3])).toBe(true);
    expect(Array.from(R.growthArray([2, 3, 6])).slice(1)).toEqual([50, 100]);
    expect(() => R.logArray([1, 0])).toThrow(DataError);
    const s = R.fromValues("s", "2020-01", [1, 2, 4]);
    expect(Array.from(R.dlog(s).values)).toEqual(Array.from(R.dlogArray(s.values)).slice(1));
  });
});
