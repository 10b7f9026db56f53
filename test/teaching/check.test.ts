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
  it("a passing check records the element with the largest |engine| value, whichever element has the largest round-off", () => {
    engineCheck("primer-test, a passing matrix", [[1 + 1e-12, 2], [-3, 400 + 1e-8]], [[1, 2], [-3, 400]]);
    const m = recordedClaims("primers").find((c) => c.where === "primer-test, a passing matrix (4 elements)")!;
    expect(m.grade).toBe("holds"); // 1e-12 <= 1e-10 and 1e-8 <= 1e-10 * 400
    expect(m.published).toBe(400);
    expect(m.kind).toBe("teaching-check");
    expect(m.paper).toBe("primers");
    expect(m.item).toBe("primer-test");
    expect(m.entry).toBe("a-passing-matrix");
    expect(m.id).toBe("primers:primer-test/a-passing-matrix");
    expect(m.closeBand).toBeCloseTo(400e-10, 20);
    expect(m.reproduced).toBe(400 + 1e-8);
    expect(m.explanation).toMatch(/largest \|engine\| value/);
  });
  it("a failing check records the worst element and diverges", () => {
    engineCheck("primer-test, a failing matrix", [[1, 2 + 1e-6], [3, 400]], [[1, 2], [3, 400]]);
    engineCheck("primer-test, a scalar", 1 + 1e-6, 1);
    const cs = recordedClaims("primers");
    const m = cs.find((c) => c.where === "primer-test, a failing matrix (4 elements)")!;
    expect(m.grade).toBe("fails");
    expect(m.holds).toBe(false);
    expect(m.published).toBe(2);
    expect(m.explanation).toMatch(/largest gap/);
    expect(cs.find((c) => c.where === "primer-test, a scalar")!.grade).toBe("fails");
  });
  it("the tolerance option and the largest element in a tie", () => {
    expect(compareWithEngine([1, -5, 5], [1, -5, 5]).largest).toBe(1);
    engineCheck("primer-test, loose", 1.001, 1, { tol: 0.01, explanation: "Monte Carlo" });
    const c = recordedClaims("primers").find((x) => x.where === "primer-test, loose")!;
    expect(c.grade).toBe("holds");
    expect(c.closeBand).toBe(0.01);
    expect(c.explanation).toBe("Monte Carlo");
  });
});
