/**
 * Perfect-foresight benchmarks: a 51-equation, 300-period panel RBC (10 open economies and a world
 * bond) and a 36-equation, 400-period one, plus T = 150, 300, 600, 1200 to show linear cost.
 * When dynare and octave are installed, Dynare 5.3's perfect_foresight_solver is timed in the same
 * run (m-file model, and compiled `use_dll` when its compilation works), setup excluded.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadMod, runMod } from "../src/dynare/run";
import { BenchResult, printResult, result, timeMedian, toolWorks } from "./common";

const MODELS = path.join(__dirname, "..", "test", "fixtures", "dynare", "models");

function dynareTime(model: string, periods: number, useDll: boolean): number | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sl-dynare-"));
  let src = fs.readFileSync(path.join(MODELS, `${model}.mod`), "utf8").replace(/periods\s*=\s*\d+/, `periods = ${periods}`);
  if (useDll) src = src.replace(/^model;/m, "model(use_dll);");
  fs.writeFileSync(path.join(dir, `${model}.mod`), src);
  try {
    const out = execFileSync("octave", ["--no-gui", "--eval", `addpath('${path.join(__dirname, "reference", "dynare")}'); time_dynare('${dir}', '${model}', 5)`], { encoding: "utf8", timeout: 900_000, stdio: ["ignore", "pipe", "pipe"] });
    const m = out.match(/seconds_median=([\d.eE+-]+)/);
    return m ? Number(m[1]) : null;
  } catch (e) {
    console.error(`Dynare ${useDll ? "use_dll " : ""}timing of ${model} failed: ${(e as Error).message.split("\n")[0]}`);
    return null;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  const haveDynare = toolWorks("octave", ["--no-gui", "--eval", "addpath('/usr/lib/dynare/matlab'); dynare_version"]);
  for (const [model, T] of [["rbc_panel10", 300], ["rbc_panel7", 400]] as [string, number][]) {
    const mod = loadMod(path.join(MODELS, `${model}.mod`));
    const n = runMod(mod, { periods: 10 }).variables.length;
    const secs = timeMedian(() => { runMod(mod, { periods: T }); }, 5, 1);
    let ref = null;
    if (haveDynare) {
      const mfile = dynareTime(model, T, false);
      const dll = dynareTime(model, T, true);
      if (mfile !== null) console.log(`  Dynare m-file ${model} ${n}x${T}: ${mfile.toFixed(3)} s (ours x${(mfile / secs).toFixed(1)} faster)`);
      if (dll !== null) console.log(`  Dynare use_dll ${model} ${n}x${T}: ${dll.toFixed(3)} s (ours x${(dll / secs).toFixed(2)})`);
      ref = dll !== null ? { tool: "Dynare 5.3 use_dll", seconds_median: dll } : mfile !== null ? { tool: "Dynare 5.3 m-file", seconds_median: mfile } : null;
    }
    const r = result(`pf.${model}.${n}x${T}`, secs, 5, ref);
    printResult(r);
    out.push(r);
  }
  // scaling in T (includes parsing and steady states, which do not depend on T)
  const mod = loadMod(path.join(MODELS, "rbc_panel10.mod"));
  let prev = 0;
  for (const T of [150, 300, 600, 1200]) {
    const s = timeMedian(() => { runMod(mod, { periods: T }); }, 3, 1);
    console.log(`  rbc_panel10 T = ${T}: ${(s * 1e3).toFixed(1)} ms${prev ? ` (x${(s / prev).toFixed(2)} for 2x T)` : ""}`);
    prev = s;
    out.push(result(`pf.rbc_panel10.scaling.T${T}`, s, 3, null));
  }
  return out;
}

if (require.main === module) run();
