/**
 * Evasion score: hand-computed cases, the bootstrap's determinism, the Eurostat aggregation against
 * raw cells, the external-data loaders on small files, and bad input.
 */
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { evasionScore, evasionScoreInterval } from "../../src/evasion/score";
import { euFlow, loadEurostat, NEIGHBOURS, RUSSIA } from "../../src/evasion/eurostat";
import { loadBruegelTracker, loadComtradeMirror } from "../../src/evasion/external";
import { DataError, InvalidParameterError } from "../../src/core/errors";

const FX = path.join(__dirname, "..", "fixtures", "evasion");
const w = { pre: ["2021-01", "2021-03"] as [string, string], post: ["2021-04", "2021-05"] as [string, string] };

describe("evasion score", () => {
  it("levels: (N_post - N_pre) / (S_pre - S_post) (exact)", () => {
    const r = evasionScore({ start: "2021-01", values: [10, 10, 10, 40, 40] }, { start: "2021-01", values: [100, 100, 100, 40, 40] }, w);
    expect(r.score).toBe(0.5);
    expect(r.nonSanctioningChange).toBe(30);
    expect(r.sanctioningChange).toBe(-60);
  });
  it("trend: extrapolates the pre-window trend (exact on linear data)", () => {
    // N grows by 1 a month before; after, it is 5 above its trend: change = 5
    const r = evasionScore({ start: "2021-01", values: [1, 2, 3, 9, 10] }, { start: "2021-01", values: [10, 10, 10, 0, 0] }, w, "trend");
    expect(r.nonSanctioningChange).toBeCloseTo(5, 12);
    expect(r.score).toBeCloseTo(0.5, 12);
  });
  it("bootstrap interval: deterministic for a seed, contains the point estimate", () => {
    const N = { start: "2021-01", values: [10, 12, 9, 11, 40, 38, 45, 41] }, S = { start: "2021-01", values: [100, 98, 103, 99, 40, 45, 38, 42] };
    const ww = { pre: ["2021-01", "2021-04"] as [string, string], post: ["2021-05", "2021-08"] as [string, string] };
    const a = evasionScoreInterval(N, S, ww, { seed: 7, replications: 500 }), b = evasionScoreInterval(N, S, ww, { seed: 7, replications: 500 });
    expect(a.lower).toBe(b.lower);
    expect(a.upper).toBe(b.upper);
    expect(a.lower).toBeLessThanOrEqual(a.score);
    expect(a.upper).toBeGreaterThanOrEqual(a.score);
  });
  it("bad input: no decline, missing months, uncovered or overlapping windows", () => {
    expect(() => evasionScore({ start: "2021-01", values: [1, 1, 1, 2, 2] }, { start: "2021-01", values: [1, 1, 1, 2, 2] }, w)).toThrow(/did not fall/);
    expect(() => evasionScore({ start: "2021-01", values: [1, Number.NaN, 1, 2, 2] }, { start: "2021-01", values: [5, 5, 5, 1, 1] }, w)).toThrow(/missing value in 2021-02/);
    expect(() => evasionScore({ start: "2021-02", values: [1, 1, 2, 2] }, { start: "2021-01", values: [5, 5, 5, 1, 1] }, w)).toThrow(DataError);
    expect(() => evasionScore({ start: "2021-01", values: [1, 1, 1, 2, 2] }, { start: "2021-01", values: [5, 5, 5, 1, 1] }, { pre: ["2021-01", "2021-04"], post: ["2021-04", "2021-05"] })).toThrow(InvalidParameterError);
  });
});

describe("Eurostat EU trade", () => {
  const rows = loadEurostat();
  it("loads every row with a known product and flow", () => {
    expect(rows.length).toBe(17968);
  });
  it("EU27 exports to Russia in 2020-01 equal the sum of the raw member cells (exact); NON_FUEL = TOTAL - HS27", () => {
    const tot = euFlow(rows, [RUSSIA], "EXPORT", "TOTAL");
    const direct = rows.filter((r) => r.partner === RUSSIA && r.flow === "EXPORT" && r.product === "TOTAL" && r.month === 2020 * 12).reduce((a, r) => a + r.value, 0);
    expect(tot.values[0]).toBe(direct);
    const hs = euFlow(rows, [RUSSIA], "EXPORT", "HS27"), nf = euFlow(rows, [RUSSIA], "EXPORT", "NON_FUEL");
    expect(Math.abs(nf.values[5] - (tot.values[5] - hs.values[5]))).toBeLessThan(1e-6);
    expect(euFlow(rows, NEIGHBOURS, "EXPORT", "TOTAL").months[0]).toBe("2020-01");
  });
});

describe("external-data loaders (formats documented in src/evasion/external.ts)", () => {
  it("Bruegel tracker: groups and product filter", () => {
    const b = loadBruegelTracker(path.join(FX, "bruegel_small.csv"), ["SITC7"]);
    expect(evasionScore(b.nonSanctioning, b.sanctioning, w).score).toBe(0.5);
    expect(() => loadBruegelTracker(path.join(FX, "comtrade_small.csv"))).toThrow(/no column 'month'/);
  });
  it("Comtrade mirror: exports to RUS of listed HS6 codes by group; products counted per group", () => {
    const c = loadComtradeMirror(path.join(FX, "comtrade_small.csv"), { hs6: ["854231", "854232"], sanctioning: ["DEU"], nonSanctioning: ["CHN"] });
    expect(c.sanctioning.values).toEqual([200, 200, 100]);
    expect(c.nonSanctioning.values).toEqual([50, 50, 150]);
    expect(c.productsPerGroup).toEqual({ sanctioning: 2, nonSanctioning: 1 });
  });
});
