/**
 * The primers import src/teaching in the tslab kernel, which compiles with its bundled TypeScript 5.0.4
 * (non-strict, ES2022, CommonJS): the teaching helpers must compile there too.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..", "..");
const tsc50 = path.join(root, "node_modules", "@tslab", "typescript-for-tslab", "bin", "tsc");

describe("TypeScript 5.0 (tslab) compiles src/teaching", () => {
  it.skipIf(!fs.existsSync(tsc50))("no errors with tslab's settings", () => {
    const files = fs.readdirSync(path.join(root, "src", "teaching")).filter((f) => f.endsWith(".ts")).map((f) => path.join(root, "src", "teaching", f));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sl-ts50-teaching-"));
    try {
      const cfg = path.join(dir, "tsconfig.json");
      fs.writeFileSync(cfg, JSON.stringify({
        compilerOptions: { target: "ES2022", lib: ["ES2022"], module: "commonjs", moduleResolution: "node", strict: false, esModuleInterop: true, skipLibCheck: true, noEmit: true, types: ["node"], typeRoots: [path.join(root, "node_modules", "@types")] },
        files,
      }));
      let out = "";
      try {
        out = execFileSync(process.execPath, [tsc50, "-p", cfg], { encoding: "utf8" });
      } catch (e) {
        out = String((e as { stdout?: string }).stdout ?? e);
      }
      expect(out.trim()).toBe("");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
