/** Notebooks compile src/ with tslab's TypeScript 5.0 (non-strict): the Funke-Wende modules must compile there, strict and non-strict. */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..", "..");
const tsc50 = path.join(root, "node_modules", "@tslab", "typescript-for-tslab", "bin", "tsc");

describe("TypeScript 5.0 (tslab) compiles src/models/funke-wende", () => {
  it.skipIf(!fs.existsSync(tsc50))("no errors, strict and non-strict", () => {
    const files = ["index.ts", "sweep-worker.ts", "write-mod.ts"].map((f) => path.join(root, "src/models/funke-wende", f));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sl-fw-ts50-"));
    try {
      for (const strict of [false, true]) {
        const cfg = path.join(dir, `tsconfig.${strict}.json`);
        fs.writeFileSync(cfg, JSON.stringify({
          compilerOptions: { target: "ES2022", lib: ["ES2022"], module: "commonjs", moduleResolution: "node", strict, esModuleInterop: true, skipLibCheck: true, noEmit: true, types: ["node"], typeRoots: [path.join(root, "node_modules", "@types")] },
          files,
        }));
        let out = "";
        try { out = execFileSync(process.execPath, [tsc50, "-p", cfg], { encoding: "utf8" }); } catch (e) { out = String((e as { stdout?: string }).stdout ?? e); }
        expect(out.trim(), `strict=${strict}`).toBe("");
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
