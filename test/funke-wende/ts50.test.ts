/** Notebooks compile src/ with tslab's TypeScript 5.0.4: src/models/funke-wende must compile there too (test/helpers/ts50.ts). */
import { describe, it } from "vitest";
import { expectTs50Clean } from "../helpers/ts50";

describe("TypeScript 5.0 (tslab) compiles src/models/funke-wende", () => {
  for (const strict of [false, true]) {
    it(`no errors (strict=${strict})`, () => expectTs50Clean(["src/models/funke-wende/index.ts", "src/models/funke-wende/sweep-worker.ts", "src/models/funke-wende/write-mod.ts"], strict), 90_000);
  }
});
