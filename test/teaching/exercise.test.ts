import { afterEach, describe, expect, it } from "vitest";
import { checkAnswer, exercise, instructorMode } from "../../src/teaching/exercise";

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
});
