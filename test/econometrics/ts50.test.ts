/** Notebooks compile src/ with tslab's TypeScript 5.0.4: src/econometrics must compile there too (test/helpers/ts50.ts). */
import { describe, it } from "vitest";
import { expectTs50Clean } from "../helpers/ts50";

describe("TypeScript 5.0 (tslab) compiles src/econometrics", () => {
  for (const strict of [false]) {
    it(`no errors (strict=${strict})`, () => expectTs50Clean(["src/econometrics/index.ts", "src/econometrics/cli-var.ts", "src/econometrics/var/bootstrap-worker.ts", "src/robustness/spec-curve.ts"], strict), 90_000);
  }
});
