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
  });
});
