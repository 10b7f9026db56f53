/**
 * Perfect-foresight benchmarks (issue 6): the 52-equation three-country Armington RBC at T = 300 and
 * the 36-equation panel RBC at T = 400, and the Armington model at T = 150, 300, 600, 1200 to show
 * that the cost grows linearly in T. Timed: the solve (Dynare's perfect_foresight_solver) with the
 * model compiled and set up, as bench/reference/dynare/time_dynare.m times Dynare (setup excluded).
 * When dynare and octave are installed, Dynare 5.3 is timed in the same run with the m-file model and
 * with `model(use_dll)` (compiled C); the records carry the use_dll time as reference and
 * `pf.<model>.<n>x<T>.mfile` records the m-file comparison. Generated chain models of 500-5000
 * equations: bench/pf-chain.ts.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadMod, prepareRun, solvePrepared } from "../src/dynare/run";
import { BenchReference, BenchResult, printResult, result, timeMedian, toolWorks } from "./common";
import { runChain } from "./pf-chain";

const MODELS = path.join(__dirname, "..", "test", "fixtures", "dynare", "models");
const DYNARE_SCRIPTS = path.join(__dirname, "reference", "dynare");

/** Median seconds of Dynare's perfect_foresight_solver on a copy of the model with `periods`. */
function dynareTime(model: string, periods: number, useDll: boolean, reps: number): number | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sl-dynare-"));
  const name = useDll ? `${model}_dll` : model;
  let src = fs.readFileSync(path.join(MODELS, `${model}.mod`), "utf8").replace(/periods\s*=\s*\d+/, `periods = ${periods}`);
  if (useDll) src = src.replace(/^model;/m, "model(use_dll);");
  fs.writeFileSync(path.join(dir, `${name}.mod`), src);
  try {
    const out = execFileSync("octave", ["--no-gui", "--eval", `addpath('${DYNARE_SCRIPTS}'); time_dynare('${dir}', '${name}', ${reps})`], { encoding: "utf8", timeout: 1_200_000, stdio: ["ignore", "pipe", "pipe"] });
    const m = out.match(/seconds_median=([\d.eE+-]+)/);
    return m ? Number(m[1]) : null;
  } catch (e) {
    console.error(`  Dynare ${useDll ? "use_dll " : ""}timing of ${model} failed: ${(e as Error).message.split("\n")[0]}`);
    return null;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function ours(model: string, T: number, runs: number): { seconds: number; n: number; iterations: number } {
  const prep = prepareRun(loadMod(path.join(MODELS, `${model}.mod`)), { periods: T });
  const first = solvePrepared(prep);
  const seconds = timeMedian(() => { solvePrepared(prep); }, runs, 10);
  return { seconds, n: prep.model.n, iterations: first.iterations };
}

export async function run(): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  const haveDynare = toolWorks("octave", ["--no-gui", "--eval", "addpath('/usr/lib/dynare/matlab'); dynare_version"]);
  if (!haveDynare) console.log("  (dynare/octave not available: no reference timings)");
  for (const [model, T] of [["armington3", 300], ["rbc_panel7", 400]] as [string, number][]) {
    const r = ours(model, T, 15);
    const task = `pf.${model}.${r.n}x${T}`;
    let dll: number | null = null, mfile: number | null = null;
    if (haveDynare) {
      dll = dynareTime(model, T, true, 7);
      mfile = dynareTime(model, T, false, 3);
    }
    console.log(`  ${model} ${r.n}x${T}: ${r.iterations} Newton steps, ours ${(r.seconds * 1e3).toFixed(2)} ms` +
      (dll !== null ? `; Dynare use_dll ${(dll * 1e3).toFixed(1)} ms (x${(dll / r.seconds).toFixed(1)} faster)` : "") +
      (mfile !== null ? `; Dynare m-file ${mfile.toFixed(3)} s (x${(mfile / r.seconds).toFixed(0)} faster)` : ""));
    const ref: BenchReference | null = dll !== null ? { tool: "Dynare 5.3 use_dll", seconds_median: dll } : null;
    const rec = result(task, r.seconds, 15, ref);
    printResult(rec);
    out.push(rec);
    if (mfile !== null) {
      const rm = result(`${task}.mfile`, r.seconds, 15, { tool: "Dynare 5.3 m-file", seconds_median: mfile });
      printResult(rm);
      out.push(rm);
    }
  }
  // linear cost in T
  let prev = 0;
  for (const T of [150, 300, 600, 1200]) {
    const r = ours("armington3", T, 9);
    console.log(`  armington3 T = ${String(T).padStart(4)}: ${(r.seconds * 1e3).toFixed(2)} ms, ${r.iterations} Newton steps` +
      (prev ? `, x${(r.seconds / prev).toFixed(2)} for 2x T (linear: 2)` : ""));
    prev = r.seconds;
    if (T !== 300) out.push(result(`pf.armington3.${r.n}x${T}`, r.seconds, 9, null));
  }
  // generated chain models of 500-5000 equations (issue 18)
  out.push(...(await runChain(haveDynare)));
  return out;
}

if (require.main === module) run().then((rs) => rs.forEach(printResult));
