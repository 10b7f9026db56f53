/**
 * Notebooks compile src/ with tslab's bundled TypeScript 5.0.4 (ES2022, CommonJS, no DOM), not with
 * the repo's TypeScript 5.9: `compileWithTs50` type-checks files with it and returns everything the
 * compiler printed. It fails (never passes silently) when the compiler is missing, exits non-zero,
 * or prints anything on stdout or stderr.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const TSC50 = path.join(ROOT, "node_modules", "@tslab", "typescript-for-tslab", "bin", "tsc");

export interface Ts50Result {
  status: number | null;
  output: string;
}

/** Type-check `files` (repo-relative or absolute) with tslab's TypeScript 5.0 (`tsc`: another compiler script, for the harness's own test). */
export function runTs50(files: string[], strict: boolean, tsc = TSC50): Ts50Result {
  if (!fs.existsSync(tsc)) throw new Error(`tslab's TypeScript is missing at ${tsc}: run node scripts/setup.js (npm ci)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sl-ts50-"));
  try {
    const cfg = path.join(dir, "tsconfig.json");
    fs.writeFileSync(cfg, JSON.stringify({
      compilerOptions: { target: "ES2022", lib: ["ES2022"], module: "commonjs", moduleResolution: "node", strict, esModuleInterop: true, skipLibCheck: true, noEmit: true, types: ["node"], typeRoots: [path.join(ROOT, "node_modules", "@types")] },
      files: files.map((f) => (path.isAbsolute(f) ? f : path.join(ROOT, f))),
    }));
    const r = spawnSync(process.execPath, [tsc, "-p", cfg], { encoding: "utf8" });
    const output = [r.error ? String(r.error) : "", r.stdout ?? "", r.stderr ?? ""].join("").trim();
    return { status: r.status, output };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Throw with the compiler's output unless it exited 0 and printed nothing. */
export function expectTs50Clean(files: string[], strict: boolean, tsc = TSC50): void {
  const r = runTs50(files, strict, tsc);
  if (r.status !== 0 || r.output !== "") throw new Error(`TypeScript 5.0 (strict=${strict}) exited ${r.status}:\n${r.output || "(no output)"}`);
}
