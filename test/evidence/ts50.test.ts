/** Notebooks compile src/ with tslab's TypeScript 5.0.4: src/evidence must compile there too (test/helpers/ts50.ts). */
import { describe, it } from "vitest";
import { expectTs50Clean } from "../helpers/ts50";

describe("TypeScript 5.0 (tslab) compiles src/evidence", () => {
  for (const strict of [false, true]) {
    it(`no errors (strict=${strict})`, () => expectTs50Clean(["src/evidence/ties.ts"], strict), 90_000);
  }
});
