/**
 * Beyond the paper: steady states over a grid of primary bans (Gamma) and secondary sanctions (tau_z or
 * tau_RX scaled by a factor), answering which combination hurts RU most per unit of SC's own loss. Rows of
 * the grid (one Gamma each) are solved by continuation along the factor, in worker threads of a small
 * pool (one esbuild bundle of sweep-worker.ts per process) or in process; results do not depend on the
 * number of workers.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { NumericalError } from "../../core/errors";
import { progress, ProgressOption } from "../../core/progress";
import { DEFAULT_OPTIONS, FWOptions, FWParams, RU, SC, Vec3 } from "./params";
import { solveSteadyState, SteadyState } from "./steady";
import { gdp } from "./experiments";
import { Calibration } from "./calibrate";
import { scopedWorkerCode } from "../../core/worker-code";

export type SweepKind = "tauZ" | "tauRX";

export interface SweepJob {
  kind: SweepKind;
  params: FWParams;
  options: FWOptions;
  /** initial steady state: log unknowns (warm start), GDP, direct-export cutoff SC -> RU */
  baseX: number[];
  baseGDP: Vec3;
  baseZX: number;
  Gamma: number;
  factors: number[];
}

export interface SweepCell {
  Gamma: number;
  factor: number;
  /** % change of GDP from the initial steady state, SC/RU/RW */
  dGDP: Vec3;
  /** share of banned varieties re-exported ((z_X^initial / z_RX)^k) and re-exports in RU's imports */
  share: number;
  reexportShareOfImports: number;
}

/** One row: a fixed Gamma, the secondary-sanction factor increasing, each solve warm-started from the previous one. */
export function solveRow(job: SweepJob, onCell?: (c: SweepCell) => void): SweepCell[] {
  const out: SweepCell[] = [];
  let guess: Float64Array | SteadyState = Float64Array.from(job.baseX);
  for (const f of job.factors) {
    const p: FWParams = { ...job.params, Gamma: job.Gamma };
    if (job.kind === "tauZ") p.tauZ = job.params.tauZ * f; else p.tauRX = job.params.tauRX * f;
    const s = solveSteadyState(p, job.options, { guess });
    guess = s;
    const Y = gdp(s);
    const imp = s.spend[RU][0] + s.spend[RU][1] + s.spend[RU][2];
    const c: SweepCell = {
      Gamma: job.Gamma, factor: f,
      dGDP: Y.map((y, i) => 100 * (y / job.baseGDP[i] - 1)) as Vec3,
      share: Number.isFinite(s.zRX) ? Math.pow(job.baseZX / s.zRX, p.k) : 0,
      reexportShareOfImports: s.spendRX / imp,
    };
    out.push(c);
    onCell?.(c);
  }
  return out;
}

export interface SweepResult {
  kind: SweepKind;
  gammas: number[];
  factors: number[];
  /** cells[g][f] */
  cells: SweepCell[][];
  workers: number;
  seconds: number;
}

export interface SweepOptions {
  /** worker threads (0: in process); default min(4, rows) */
  workers?: number;
  progress?: ProgressOption;
}

let bundle: string | null = null;
function workerCode(): string {
  const js = path.join(__dirname, "sweep-worker.js");
  // the JavaScript build in dist/ (scripts/build.js): its sweep-worker.js requires its siblings. A kernel
  // that compiles the TypeScript sources in memory (tslab) also reports a .js file name, with no compiled
  // worker beside it: then bundle the TypeScript worker.
  if (bundle === null && __filename.endsWith(".js") && fs.existsSync(js)) bundle = `require(${JSON.stringify(js)});`;
  if (bundle === null) {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const esbuild = require("esbuild") as { buildSync(o: Record<string, unknown>): { outputFiles: { text: string }[] } };
    bundle = scopedWorkerCode(esbuild.buildSync({ entryPoints: [path.join(__dirname, "sweep-worker.ts")], bundle: true, platform: "node", format: "cjs", target: "node18", write: false, logLevel: "silent" }).outputFiles[0].text);
  }
  return bundle;
}

export async function sweep(cal: Calibration, kind: SweepKind, gammas: number[], factors: number[], opts: SweepOptions = {}): Promise<SweepResult> {
  const t0 = Date.now();
  const base = cal.base;
  const jobs: SweepJob[] = gammas.map((G) => ({
    kind, params: cal.params, options: cal.options ?? DEFAULT_OPTIONS, baseX: Array.from(base.x), baseGDP: gdp(base), baseZX: base.zX[SC][RU], Gamma: G, factors,
  }));
  const bar = progress(`Funke-Wende sweep (Gamma x ${kind})`, gammas.length * factors.length, opts.progress);
  const cells: SweepCell[][] = new Array(jobs.length);
  const nw = Math.min(opts.workers ?? 4, jobs.length);
  if (nw <= 0) {
    jobs.forEach((j, g) => { cells[g] = solveRow(j, () => bar.tick()); });
  } else {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { Worker } = require("node:worker_threads") as typeof import("node:worker_threads");
    const code = workerCode();
    let next = 0;
    await Promise.all(Array.from({ length: nw }, () => new Promise<void>((resolve, reject) => {
      const w = new Worker(code, { eval: true });
      let current = -1;
      const give = () => {
        if (next >= jobs.length) { w.terminate().then(() => resolve(), reject); return; }
        current = next++;
        w.postMessage(jobs[current]);
      };
      w.on("message", (m: { tick?: boolean; done?: SweepCell[]; error?: string }) => {
        if (m.tick) bar.tick();
        if (m.error) { w.terminate(); reject(new NumericalError("NUMERIC", `sweep worker (Gamma = ${jobs[current].Gamma}): ${m.error}`)); }
        if (m.done) { cells[current] = m.done; give(); }
      });
      w.on("error", reject);
      give();
    })));
  }
  bar.done();
  return { kind, gammas, factors, cells, workers: nw, seconds: (Date.now() - t0) / 1000 };
}

/** RU's GDP loss per unit of SC's GDP loss (both in % of their initial GDP). */
export function painRatio(c: SweepCell): number {
  return c.dGDP[RU] / c.dGDP[SC];
}

