/**
 * Start-up benchmark of the command line (issue 16): wall time of `sanctions-lab pf` on Dynare's
 * ramst model (data/teaching/ramst.mod) through bin/sanctions-lab.js, which runs the JavaScript build
 * in dist/, against `node -e 0` (the floor: starting Node itself) in the same run, and the same
 * command run from the TypeScript sources through tsx (what the CLI did before the build). Goal: the
 * CLI under 0.3 s of wall time. Every run is a fresh process.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { BenchResult, median, printResult, result } from "./common";

const ROOT = path.join(__dirname, "..");

function wall(args: string[], runs: number, warmup = 2): number {
  const t: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.status !== 0) throw new Error(`node ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
    if (i >= warmup) t.push(s);
  }
  return median(t);
}

export async function run(): Promise<BenchResult[]> {
  const runs = 15;
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sl-bench-cli-")), "ramst.json");
  const mod = path.join("data", "teaching", "ramst.mod");
  // make sure the build is fresh, so that no run pays for a compilation
  spawnSync(process.execPath, [path.join("scripts", "build.js")], { cwd: ROOT, stdio: "ignore" });
  const floor = wall(["-e", "0"], runs);
  const cli = wall([path.join("bin", "sanctions-lab.js"), "pf", mod, "--json", out], runs);
  const viaTsx = wall(["--require", "tsx/cjs", path.join("src", "cli.ts"), "pf", mod, "--json", out], 5);
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  const res = [
    result("cli.pf.ramst.wall", cli, runs, { tool: "node -e 0", seconds_median: floor }),
    result("cli.pf.ramst.wall_tsx", viaTsx, 5, { tool: "node -e 0", seconds_median: floor }),
  ];
  res.forEach(printResult);
  console.log(`  CLI start-up above bare Node: ${((cli - floor) * 1e3).toFixed(0)} ms; goal: CLI under 300 ms (${cli < 0.3 ? "met" : "NOT met"})`);
  return res;
}
