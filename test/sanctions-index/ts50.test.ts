/** Notebooks compile src/ with tslab's TypeScript 5.0.4: the Bali & Rapelanoro SVAR pipeline must compile there too. */
import { describe, it } from "vitest";
import { expectTs50Clean } from "../helpers/ts50";

describe("TypeScript 5.0 (tslab) compiles src/sanctions-index/bali-rapelanoro-svar.ts", () => {
  it("no errors (strict=false)", () => expectTs50Clean(["src/sanctions-index/bali-rapelanoro-svar.ts", "src/data/russia.ts"], false), 90_000);
});
