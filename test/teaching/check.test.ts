import { describe, expect, it } from "vitest";
import { compareWithEngine, engineCheck, flatten } from "../../src/teaching/check";
import { recordedClaims } from "../../src/report/claims";

describe("engine checks for the primers", () => {
  it("flattens numbers, typed arrays and nested arrays in row-major order", () => {
    expect(flatten(3)).toEqual([3]);
    expect(flatten([[1, 2], [3, 4]])).toEqual([1, 2, 3, 4]);
    expect(flatten([[Float64Array.from([1, 2])], [[3]]])).toEqual([1, 2, 3]);
  });
  it("finds the element with the largest gap scaled by max(1, |engine|)", () => {
    // absolute gap 1e-6 on 1e6 (scaled 1e-12) is smaller than 1e-9 on 0.5 (scaled 1e-9)
    const a = compareWithEngine([1e6 + 1e-6, 0.5 + 1e-9, 2], [1e6, 0.5, 2]);
    expect(a.n).toBe(3);
    expect(a.worst).toBe(1);
    expect(a.engine).toBe(0.5);
    expect(a.scaledGap).toBeCloseTo(1e-9, 15);
  });
  it("refuses different sizes and non-finite values", () => {
    expect(() => compareWithEngine([1, 2], [1])).toThrow(/elements/);
    expect(() => compareWithEngine([NaN], [1])).toThrow(/finite/);
  });
  it("records one primers claim for the worst element, matching within tol x max(1, |engine|)", () => {
    engineCheck("primer-test, a matrix", [[1, 2], [3, 400 + 1e-8]], [[1, 2], [3, 400]]);
    engineCheck("primer-test, a scalar", 1 + 1e-6, 1);
    const cs = recordedClaims("primers");
    const m = cs.find((c) => c.where === "primer-test, a matrix (worst of 4 elements)")!;
    expect(m.verdict).toBe("match"); // 1e-8 <= 1e-10 * 400
    expect(m.published).toBe(400);
    const s = cs.find((c) => c.where === "primer-test, a scalar")!;
    expect(s.verdict).toBe("diverges");
  });
});
