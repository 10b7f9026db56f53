/** Notebooks compile src/ with tslab's TypeScript 5.0.4: src/teaching, src/notebook and src/report must compile there too. */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "vitest";
import { expectTs50Clean, ROOT } from "../helpers/ts50";

const teaching = fs.readdirSync(path.join(ROOT, "src", "teaching")).filter((f) => f.endsWith(".ts")).map((f) => `src/teaching/${f}`);

describe("TypeScript 5.0 (tslab) compiles src/teaching, src/notebook, src/report", () => {
  it("no errors with tslab's settings", () => expectTs50Clean([...teaching, "src/notebook/index.ts", "src/report/reproduce.ts"], false), 90_000);
});
