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
});
