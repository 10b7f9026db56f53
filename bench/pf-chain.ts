/**
 * Generated chain models (src/models/chain/generate.ts; issue 18) at 500, 2000 and 5000 equations,
 * 100 periods, forward- and backward-looking and nonlinear: wall time of the solve (setup excluded,
 * as Dynare's perfect_foresight_solver is timed; the first solve, which includes the sparse
 * analysis, is reported too), Newton steps and peak memory, each size in its own process. With
 * Dynare 5.3 installed, its use_dll and m-file solve times on the same .mod files in the same run
 * (500 and 2000 equations; 5000 too with BENCH_DYNARE_5000=1: Dynare's C compile of 5000 equations
 * takes minutes).
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { chainMod, ChainVariant } from "../src/models/chain/generate";
import { BenchReference, BenchResult, printResult, result } from "./common";

const DYNARE_SCRIPTS = path.join(__dirname, "reference", "dynare");

function dynareChain(n: number, variant: ChainVariant, useDll: boolean, reps: number): number | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sl-chain-"));
  const name = `chain_${variant}_${n}${useDll ? "_dll" : ""}`;
  fs.writeFileSync(path.join(dir, `${name}.mod`), chainMod(n, { variant, useDll }));
  try {
    const out = execFileSync("octave", ["--no-gui", "--eval", `addpath('${DYNARE_SCRIPTS}'); time_dynare('${dir}', '${name}', ${reps})`], { encoding: "utf8", timeout: 3_600_000, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 28 });
    const m = out.match(/seconds_median=([\d.eE+-]+)/);
    return m ? Number(m[1]) : null;
  } catch (e) {
    console.error(`  Dynare ${useDll ? "use_dll " : ""}timing of ${name} failed: ${(e as Error).message.split("\n")[0]}`);
    return null;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function runChain(haveDynare: boolean): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  const sizes = (process.env.BENCH_CHAIN_SIZES ?? "500,2000,5000").split(",").map(Number);
  for (const variant of ["forward", "backward", "nonlinear"] as ChainVariant[]) {
    for (const n of sizes) {
      const line = execFileSync(process.execPath, [require.resolve("tsx/cli"), path.join(__dirname, "pf-chain-child.ts"), String(n), variant], { encoding: "utf8", timeout: 1_800_000, stdio: ["ignore", "pipe", "inherit"] }).trim().split("\n").pop()!;
      const r = JSON.parse(line) as { n: number; T: number; solver: string; setup: number; firstSolve: number; solve: number; iterations: number; peakMB: number };
      let dll: number | null = null, mfile: number | null = null;
      if (haveDynare && variant === "forward" && (n <= 2000 || process.env.BENCH_DYNARE_5000 === "1")) {
        dll = dynareChain(n, variant, true, 3);
        mfile = dynareChain(n, variant, false, 1);
      }
      console.log(`  chain ${variant} ${n}x${r.T} (${r.solver}): setup ${r.setup.toFixed(2)} s, first solve ${r.firstSolve.toFixed(3)} s (with the sparse analysis), solve ${r.solve.toFixed(3)} s, ${r.iterations} Newton steps, peak ${r.peakMB.toFixed(0)} MB` +
        (dll !== null ? `; Dynare use_dll ${dll.toFixed(3)} s (ratio ${(dll / r.solve).toFixed(2)})` : "") +
        (mfile !== null ? `; Dynare m-file ${mfile.toFixed(2)} s (ratio ${(mfile / r.solve).toFixed(2)})` : ""));
      const task = `pf.chain_${variant}.${n}x${r.T}`;
      const ref: BenchReference | null = dll !== null ? { tool: "Dynare 5.3 use_dll", seconds_median: dll } : null;
      const rec = { ...result(task, r.solve, 3, ref), first_solve_seconds: r.firstSolve, newton_steps: r.iterations, peak_mb: Math.round(r.peakMB) } as BenchResult;
      printResult(rec);
      out.push(rec);
      if (mfile !== null) out.push(result(`${task}.mfile`, r.solve, 3, { tool: "Dynare 5.3 m-file", seconds_median: mfile }));
    }
  }
  return out;
}
