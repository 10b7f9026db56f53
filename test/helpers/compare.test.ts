import { describe, expect, it } from "vitest";
import { maxPathDiff } from "./compare";

describe("maxPathDiff fails on what is missing", () => {
  const ref = { h: ["t", "c", "k"], rows: [["0", "1", "2"], ["1", "1.5", "2.5"]] };
  it("measures the largest gap", () => {
    expect(maxPathDiff({ c: [1, 1.25], k: [2, 2.5] }, ref)).toBe(0.25);
    expect(maxPathDiff({ c: [1, 1.5], k: [9, 9] }, ref, ["c"])).toBe(0);
  });
  it("throws on a missing variable, a short path, an unknown column or a non-finite value", () => {
    expect(() => maxPathDiff({ c: [1, 1.5] }, ref)).toThrow(/no variable 'k'/);
    expect(() => maxPathDiff({ c: [1], k: [2, 2.5] }, ref)).toThrow(/1 periods/);
    expect(() => maxPathDiff({ c: [1, 1.5], k: [2, 2.5] }, ref, ["y"])).toThrow(/no column 'y'/);
    expect(() => maxPathDiff({ c: [1, Number.NaN], k: [2, 2.5] }, ref)).toThrow(/non-finite/);
    // the reference side: an empty or non-numeric cell (not read as 0), a ragged row, no periods, no columns
    expect(() => maxPathDiff({ c: [1, 0], k: [2, 2.5] }, { h: ref.h, rows: [["0", "1", "2"], ["1", "", "2.5"]] })).toThrow(/non-finite value at period 1 of 'c'/);
    expect(() => maxPathDiff({ c: [1, 1.5], k: [2, 2.5] }, { h: ref.h, rows: [["0", "1", "2"], ["1", "NaN", "2.5"]] })).toThrow(/non-finite/);
    expect(() => maxPathDiff({ c: [1, 1.5], k: [2, 2.5] }, { h: ref.h, rows: [["0", "1", "2"], ["1", "1.5"]] })).toThrow(/2 cells, the header 3/);
    expect(() => maxPathDiff({ c: [1, 1.5], k: [2, 2.5] }, { h: ref.h, rows: [] })).toThrow(/no periods/);
    expect(() => maxPathDiff({ c: [1, 1.5] }, { h: ["t"], rows: [["0"]] })).toThrow(/no variable columns/);
  });
});
