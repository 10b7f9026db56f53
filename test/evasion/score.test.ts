/**
 * The evasion score on hand-computed cases (levels and trend, with and without a gap between the
 * windows), its typed errors (zero pre-period flows, no decline, missing months, bad windows) and
 * the seeded bootstrap interval.
 */
import { describe, expect, it } from "vitest";
import {
  evasionScore, evasionScoreInterval, groupChange, monthlyFlowFromRecords, quantileSorted, relativeChange, ScoreUndefinedError, flowMonths,
} from "../../src/evasion/score";
import { DataError, InvalidParameterError } from "../../src/core/errors";

const w = { pre: ["2021-01", "2021-03"] as [string, string], post: ["2021-04", "2021-05"] as [string, string] };
const f = (values: number[], start = "2021-01") => ({ start, values });

function thrown(fn: () => unknown): unknown {
  try { fn(); } catch (e) { return e; }
  throw new Error("expected an error");
}

describe("evasion score: hand-computed cases", () => {
  it("levels: N 10 -> 40, S 100 -> 40: 30 / 60 = 0.5", () => {
    const r = evasionScore(f([10, 10, 10, 40, 40]), f([100, 100, 100, 40, 40]), w);
    expect(Math.abs(r.score - 0.5)).toBeLessThanOrEqual(1e-15);
    expect(Math.abs(r.nonSanctioningChange - 30)).toBeLessThanOrEqual(1e-12);
    expect(Math.abs(r.sanctioningChange + 60)).toBeLessThanOrEqual(1e-12);
    expect(r.sanctioning.preMonths).toBe(3);
    expect(r.sanctioning.postMonths).toBe(2);
  });
  it("levels with uneven months: N pre (1+2+6)/3 = 3, post (7+9)/2 = 8; S pre 12, post 2: 5/10", () => {
    const r = evasionScore(f([1, 2, 6, 7, 9]), f([10, 14, 12, 1, 3]), w, { mode: "levels" });
    expect(Math.abs(r.nonSanctioning.pre - 3)).toBeLessThanOrEqual(1e-14);
    expect(Math.abs(r.score - 0.5)).toBeLessThanOrEqual(1e-14);
  });
  it("the windows may start later than the data and leave months between them", () => {
    // pre 2021-02..03, post 2021-05..06; 2021-01 and 2021-04 (value 1e6) are ignored
    const r = evasionScore(f([1e6, 10, 10, 1e6, 25, 25]), f([1e6, 50, 50, 1e6, 20, 20]), { pre: ["2021-02", "2021-03"], post: ["2021-05", "2021-06"] });
    expect(Math.abs(r.score - 0.5)).toBeLessThanOrEqual(1e-15); // 15 / 30
  });
  it("trend: linear pre data is extrapolated exactly (N 1,2,3 -> trend 4,5; post 9,10: change 5; S change -10)", () => {
    const r = evasionScore(f([1, 2, 3, 9, 10]), f([10, 10, 10, 0, 0]), w, "trend");
    expect(Math.abs(r.nonSanctioning.pre - 4.5)).toBeLessThanOrEqual(1e-12);
    expect(Math.abs(r.nonSanctioningChange - 5)).toBeLessThanOrEqual(1e-12);
    expect(Math.abs(r.score - 0.5)).toBeLessThanOrEqual(1e-12);
  });
  it("trend with one month between the windows: trend values 5, 6 at the post months, change 9.5 - 5.5 = 4", () => {
    const r = evasionScore(f([1, 2, 3, 100, 9, 10]), f([10, 10, 10, 100, 0, 0]), { pre: ["2021-01", "2021-03"], post: ["2021-05", "2021-06"] }, "trend");
    expect(Math.abs(r.nonSanctioningChange - 4)).toBeLessThanOrEqual(1e-12);
    expect(Math.abs(r.score - 0.4)).toBeLessThanOrEqual(1e-12);
  });
  it("trend on noisy pre data: OLS slope 7/5 = 1.4 through 1,3,2,6; value at t = 4.5 is 3 + 1.4 * 3 = 7.2", () => {
    const g = groupChange([1, 3, 2, 6], [10, 12], 0, "trend");
    expect(Math.abs(g.pre - 7.2)).toBeLessThanOrEqual(1e-12);
    expect(Math.abs(g.delta - 3.8)).toBeLessThanOrEqual(1e-12);
    const r = evasionScore(f([1, 3, 2, 6, 10, 12]), f([20, 20, 20, 20, 10, 10]), { pre: ["2021-01", "2021-04"], post: ["2021-05", "2021-06"] }, "trend");
    expect(Math.abs(r.score - 0.38)).toBeLessThanOrEqual(1e-12);
  });
  it("zero pre-period flows in the non-sanctioning group are fine: N 0 -> 6, S 10 -> 4: 1", () => {
    const r = evasionScore(f([0, 0, 0, 6, 6]), f([10, 10, 10, 4, 4]), w);
    expect(Math.abs(r.score - 1)).toBeLessThanOrEqual(1e-15);
  });
  it("a negative score when the non-sanctioning flows fall too: N 10 -> 5, S 100 -> 50: -0.1", () => {
    const r = evasionScore(f([10, 10, 10, 5, 5]), f([100, 100, 100, 50, 50]), w);
    expect(Math.abs(r.score + 0.1)).toBeLessThanOrEqual(1e-15);
  });
  it("relativeChange: 100 -> 40 is -60%", () => {
    const r = relativeChange(f([100, 100, 100, 40, 40]), w);
    expect(Math.abs(r.relative + 0.6)).toBeLessThanOrEqual(1e-15);
  });
});

describe("evasion score: typed errors", () => {
  it("zero pre-period flows of the sanctioning group: ScoreUndefinedError('zero-pre-flows')", () => {
    const e = thrown(() => evasionScore(f([1, 1, 1, 2, 2]), f([0, 0, 0, 0, 0]), w));
    expect(e).toBeInstanceOf(ScoreUndefinedError);
    expect((e as ScoreUndefinedError).reason).toBe("zero-pre-flows");
    expect((e as ScoreUndefinedError).code).toBe("NUMERIC");
    const e2 = thrown(() => relativeChange(f([0, 0, 0, 3, 3]), w));
    expect((e2 as ScoreUndefinedError).reason).toBe("zero-pre-flows");
  });
  it("no decline of the sanctioning group: ScoreUndefinedError('no-decline')", () => {
    const e = thrown(() => evasionScore(f([1, 1, 1, 2, 2]), f([1, 1, 1, 2, 2]), w));
    expect((e as ScoreUndefinedError).reason).toBe("no-decline");
    expect(() => evasionScore(f([1, 1, 1, 2, 2]), f([1, 1, 1, 1, 1]), w)).toThrow(/did not fall/);
  });
  it("a missing month inside a window: DataError DATA_MISSING_VALUE naming the month", () => {
    const e = thrown(() => evasionScore(f([1, Number.NaN, 1, 2, 2]), f([5, 5, 5, 1, 1]), w)) as DataError;
    expect(e).toBeInstanceOf(DataError);
    expect(e.code).toBe("DATA_MISSING_VALUE");
    expect(e.details.month).toBe("2021-02");
    // a missing month outside the windows does not matter
    const r = evasionScore(f([Number.NaN, 10, 10, 10, 40, 40], "2020-12"), f([Number.NaN, 100, 100, 100, 40, 40], "2020-12"), w);
    expect(Math.abs(r.score - 0.5)).toBeLessThanOrEqual(1e-15);
  });
  it("windows outside the data, overlapping or malformed windows, negative flows", () => {
    expect((thrown(() => evasionScore(f([1, 1, 2, 2], "2021-02"), f([5, 5, 5, 1, 1]), w)) as DataError).code).toBe("DATA_MISSING_VALUE");
    expect(() => evasionScore(f([1, 1, 1, 2, 2]), f([5, 5, 5, 1, 1]), { pre: ["2021-01", "2021-04"], post: ["2021-04", "2021-05"] })).toThrow(InvalidParameterError);
    expect(() => evasionScore(f([1, 1, 1, 2, 2]), f([5, 5, 5, 1, 1]), { pre: ["2021-03", "2021-01"], post: ["2021-04", "2021-05"] })).toThrow(/empty/);
    expect(() => evasionScore(f([1, 1, 1, 2, 2]), f([5, 5, 5, 1, 1]), { pre: ["2021-1", "2021-03"], post: ["2021-04", "2021-05"] })).toThrow(InvalidParameterError);
    expect((thrown(() => evasionScore(f([1, -1, 1, 2, 2]), f([5, 5, 5, 1, 1]), w)) as DataError).code).toBe("DATA_PARSE");
    expect(() => evasionScore(f([1, 2, 3, 2, 2]), f([5, 5, 5, 1, 1]), { pre: ["2021-02", "2021-03"], post: ["2021-04", "2021-05"] }, "trend")).toThrow(/at least 3/);
  });
  it("monthlyFlowFromRecords: sums repeated months; a gap is DATA_MISSING_VALUE unless absent = 'zero'", () => {
    const recs = [{ month: "2021-01", value: 1 }, { month: "2021-01", value: 2 }, { month: "2021-03", value: 5 }];
    const e = thrown(() => monthlyFlowFromRecords(recs)) as DataError;
    expect(e.code).toBe("DATA_MISSING_VALUE");
    expect(e.details.months).toEqual(["2021-02"]);
    const z = monthlyFlowFromRecords(recs, { absent: "zero", to: "2021-04" });
    expect(z).toEqual({ start: "2021-01", values: [3, 0, 5, 0] });
    expect(flowMonths(z)).toEqual(["2021-01", "2021-02", "2021-03", "2021-04"]);
  });
});

describe("bootstrap interval over months", () => {
  const N = f([10, 12, 9, 11, 10, 13, 40, 38, 45, 41, 44, 39]), S = f([100, 98, 103, 99, 101, 97, 40, 45, 38, 42, 41, 43]);
  const ww = { pre: ["2021-01", "2021-06"] as [string, string], post: ["2021-07", "2021-12"] as [string, string] };
  it("is deterministic for a seed and changes with the seed", () => {
    const a = evasionScoreInterval(N, S, ww, { seed: 7, replications: 500 }), b = evasionScoreInterval(N, S, ww, { seed: 7, replications: 500 });
    expect(a.lower).toBe(b.lower);
    expect(a.upper).toBe(b.upper);
    expect(a.sd).toBe(b.sd);
    const c = evasionScoreInterval(N, S, ww, { seed: 8, replications: 500 });
    expect(c.lower === a.lower && c.upper === a.upper).toBe(false);
  });
  it("brackets the point estimate; iid and block schemes differ; iid ignores the block length", () => {
    const blk = evasionScoreInterval(N, S, ww, { seed: 3, replications: 1000, scheme: "block", block: 3 });
    const iid = evasionScoreInterval(N, S, ww, { seed: 3, replications: 1000, scheme: "iid" });
    const iid5 = evasionScoreInterval(N, S, ww, { seed: 3, replications: 1000, scheme: "iid", block: 5 });
    for (const r of [blk, iid]) {
      expect(r.lower).toBeLessThanOrEqual(r.score + 1e-12);
      expect(r.upper).toBeGreaterThanOrEqual(r.score - 1e-12);
      expect(r.undefinedDraws).toBe(0);
    }
    // N: 65/6 -> 247/6, S: 598/6 -> 249/6: score (247 - 65) / (598 - 249) = 182/349
    expect(Math.abs(blk.score - 182 / 349)).toBeLessThanOrEqual(1e-12);
    expect(blk.lower === iid.lower).toBe(false);
    expect(iid5.block).toBe(1);
    expect(iid5.lower).toBe(iid.lower);
  });
  it("collapses to the point when the months within each window are equal (levels and trend)", () => {
    const r = evasionScoreInterval(f([10, 10, 10, 40, 40]), f([100, 100, 100, 40, 40]), w, { replications: 200 });
    expect(Math.abs(r.lower - 0.5)).toBeLessThanOrEqual(1e-15);
    expect(Math.abs(r.upper - 0.5)).toBeLessThanOrEqual(1e-15);
    expect(r.sd).toBeLessThanOrEqual(1e-15);
    const t = evasionScoreInterval(f([1, 2, 3, 9, 9]), f([10, 10, 10, 0, 0]), w, { mode: "trend", replications: 200 });
    expect(Math.abs(t.lower - t.score)).toBeLessThanOrEqual(1e-12); // residuals are zero on a line
    expect(Math.abs(t.upper - t.score)).toBeLessThanOrEqual(1e-12);
  });
  it("percentiles are type-7 quantiles; bad options are InvalidParameterErrors", () => {
    expect(Math.abs(quantileSorted([1, 2, 3, 4], 0.25) - 1.75)).toBeLessThanOrEqual(1e-15);
    expect(Math.abs(quantileSorted([1, 2, 3, 4], 0.95) - 3.85)).toBeLessThanOrEqual(1e-12);
    expect(() => evasionScoreInterval(N, S, ww, { block: 0 })).toThrow(InvalidParameterError);
    expect(() => evasionScoreInterval(N, S, ww, { level: 1 })).toThrow(InvalidParameterError);
    expect(() => evasionScoreInterval(N, S, ww, { replications: 5 })).toThrow(InvalidParameterError);
    expect(() => evasionScoreInterval(N, S, ww, { scheme: "wild" as "iid" })).toThrow(InvalidParameterError);
  });
});
