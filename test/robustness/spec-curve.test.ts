/**
 * Specification curves: enumeration order and validation, seeded results identical in one thread
 * and in worker threads, failed specifications kept with their typed error, untyped errors raised,
 * the share of specifications holding, and the figure's layout (estimates above the choice matrix).
 */
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { enumerateChoices, shareHolding, specCurveFigure, specificationCurve, specSeed } from "../../src/robustness/spec-curve";
import { meanOfDraws } from "../fixtures/robustness/stat";

const MOD = { module: path.join(__dirname, "..", "fixtures", "robustness", "stat.ts"), export: "meanOfDraws" };
const dims = [
  { name: "n", values: [3, 20, 200] },
  { name: "scale", values: [0.5, 2] },
  { name: "shift", values: ["none", "up"] },
];

describe("specification curve", () => {
  it("enumerates every combination, the last dimension fastest, and validates the dimensions", () => {
    const c = enumerateChoices(dims);
    expect(c.length).toBe(12);
    expect(c[0]).toEqual({ n: 3, scale: 0.5, shift: "none" });
    expect(c[1]).toEqual({ n: 3, scale: 0.5, shift: "up" });
    expect(c[11]).toEqual({ n: 200, scale: 2, shift: "up" });
    expect(() => enumerateChoices([])).toThrow(/at least one dimension/);
    expect(() => enumerateChoices([{ name: "a", values: [] }])).toThrow(/at least one value/);
    expect(() => enumerateChoices([{ name: "a", values: [1] }, { name: "a", values: [2] }])).toThrow(/twice/);
    expect(() => enumerateChoices([{ name: "a", values: [1, 1] }])).toThrow(/repeated/);
    expect(() => enumerateChoices([{ name: "a", values: [Number.NaN] }])).toThrow(/finite/);
  });
  it("gives identical rows in one thread and in two worker threads; failed specifications keep their error", async () => {
    const one = await specificationCurve({ dimensions: dims, statistic: meanOfDraws, seed: 5, progress: false });
    const two = await specificationCurve({ dimensions: dims, statistic: MOD, seed: 5, workers: 2, progress: false });
    expect(two.rows).toEqual(one.rows);
    expect(two.order).toEqual(one.order);
    expect(one.failed).toBe(4); // n = 3
    expect(one.rows[0].error).toMatch(/at least 5 draws/);
    expect(one.rows[0].estimate).toBeNull();
    expect(one.order.length).toBe(8);
    for (let k = 1; k < one.order.length; k++) expect(one.rows[one.order[k]].estimate!).toBeGreaterThanOrEqual(one.rows[one.order[k - 1]].estimate!);
    expect(one.rows[5].seed).toBe(specSeed(5, 5));
    const again = await specificationCurve({ dimensions: dims, statistic: MOD, seed: 5, workers: 1, progress: false });
    expect(again.rows).toEqual(one.rows);
  }, 60_000);
  it("runs a module that imports node:crypto in worker threads (bundles are scoped, globalThis.crypto untouched)", async () => {
    const stat = { ...MOD, export: "hashedChoice" };
    const two = await specificationCurve({ dimensions: dims, statistic: stat, seed: 5, workers: 2, progress: false });
    const one = await specificationCurve({ dimensions: dims, statistic: stat, seed: 5, workers: 1, progress: false });
    expect(two.failed).toBe(0);
    expect(two.rows).toEqual(one.rows);
    for (const r of two.rows) expect(Number.isFinite(r.estimate!)).toBe(true);
  }, 60_000);
  it("raises an untyped error (a bug) instead of recording it, in one thread and in workers", async () => {
    await expect(specificationCurve({ dimensions: dims, statistic: () => { throw new TypeError("bug"); }, seed: 1, progress: false })).rejects.toThrow(TypeError);
    await expect(specificationCurve({ dimensions: dims, statistic: { ...MOD, export: "broken" }, seed: 1, workers: 2, progress: false })).rejects.toThrow(/a bug, not a typed error/);
  }, 60_000);
  it("refuses a function for worker threads, a non-integer seed, a filter that leaves nothing, too many specifications, a non-finite estimate", async () => {
    await expect(specificationCurve({ dimensions: dims, statistic: meanOfDraws, seed: 1, workers: 2, progress: false })).rejects.toThrow(/module/);
    await expect(specificationCurve({ dimensions: dims, statistic: meanOfDraws, seed: Number.NaN, progress: false })).rejects.toThrow(/seed/);
    await expect(specificationCurve({ dimensions: dims, statistic: meanOfDraws, seed: 1, filter: () => false, progress: false })).rejects.toThrow(/no specification/);
    await expect(specificationCurve({ dimensions: dims, statistic: meanOfDraws, seed: 1, maxSpecs: 5, progress: false })).rejects.toThrow(/maxSpecs/);
    await expect(specificationCurve({ dimensions: dims, statistic: () => ({ estimate: Number.NaN }), seed: 1, progress: false })).rejects.toThrow(/non-finite/);
  });
  it("counts the specifications in which a conclusion holds and draws estimates above the choice matrix", async () => {
    const c = await specificationCurve({ dimensions: dims, statistic: meanOfDraws, seed: 9, progress: false });
    const s = shareHolding(c, (r) => r.lower! > 0);
    expect(s.computed).toBe(8);
    expect(s.holding).toBeGreaterThanOrEqual(2); // shift "up" with n = 200 is far above 0
    const fig = specCurveFigure(c, { reference: 0, estimateLabel: "mean" });
    expect(fig.data[0].y).toEqual(c.order.map((i) => c.rows[i].estimate));
    expect((fig.data[1].x as number[]).length).toBe(8 * 3);
    expect((fig.layout.yaxis as { domain: number[] }).domain[1]).toBeLessThan((fig.layout.yaxis2 as { domain: number[] }).domain[0]);
    // every value of every dimension is a labelled row of the choice matrix
    const nValues = c.dimensions.reduce((a, d) => a + d.values.length, 0);
    expect((fig.layout.yaxis as { tickvals: string[] }).tickvals.length).toBe(nValues);
  });
});
