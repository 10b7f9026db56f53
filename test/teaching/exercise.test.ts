import { afterEach, describe, expect, it } from "vitest";
import { checkAnswer, exercise, exerciseProperty, instructorMode } from "../../src/teaching/exercise";

describe("exercise checks", () => {
  afterEach(() => { delete process.env.SANCTIONS_LAB_INSTRUCTOR; });
  it("right within the relative tolerance, wrong outside it, not attempted for null/NaN", () => {
    expect(checkAnswer(1.0000001, 1, 1e-6)).toBe("right");
    expect(checkAnswer(1.01, 1, 1e-6)).toBe("wrong");
    expect(checkAnswer(null, 1)).toBe("not attempted");
    expect(checkAnswer(Number.NaN, 1)).toBe("not attempted");
  });
  it("the instructor flag comes from SANCTIONS_LAB_INSTRUCTOR", () => {
    expect(instructorMode()).toBe(false);
    process.env.SANCTIONS_LAB_INSTRUCTOR = "1";
    expect(instructorMode()).toBe(true);
    expect(exercise("1", null, 2)).toBe("not attempted");
  });
  it("property checks: right when the property holds, wrong with the reason or the thrown message, not attempted for null", () => {
    const lowerTriangular = (m: number[][]) => m.every((r, i) => r.every((v, j) => j <= i || v === 0)) || "not lower triangular";
    expect(exerciseProperty("a", [[1, 0], [2, 3]], lowerTriangular)).toBe("right");
    expect(exerciseProperty("b", [[1, 1], [2, 3]], lowerTriangular)).toBe("wrong");
    expect(exerciseProperty("c", null, lowerTriangular)).toBe("not attempted");
    expect(exerciseProperty("d", Number.NaN, () => true)).toBe("not attempted");
    expect(exerciseProperty("e", 3, () => { throw new Error("bad shape"); })).toBe("wrong");
    expect(exerciseProperty("f", 0.95, (r) => r < 1)).toBe("right");
  });
});
