/**
 * VAR benchmarks: a 6-variable VAR(2) with T = 100 (simulated, seeded), fit + OIRF + FEVD to
 * h = 20, and 1000-replication residual-bootstrap bands (1 and 2 worker threads). Reference times
 * are measured in the same run: statsmodels (bench/reference/statsmodels_var.py) when Debian's
 * python3-statsmodels is installed, R vars (bench/reference/vars_var.R) when installed.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Rng } from "../src/core/rng";
import { fevd, fitVar, irf, irfBands, selectOrder } from "../src/econometrics/var/index";
import { BenchResult, printResult, result, timeMedian, timeMedianAsync, toolWorks } from "./common";

/** A stable 6-variable VAR(2) sample, T = 102 rows (100 effective observations). */
export function benchData(K = 6, T = 102, seed = 20240101): number[][] {
  const rng = new Rng(seed);
  const y: number[][] = [new Array(K).fill(0), new Array(K).fill(0)];
  for (let t = 2; t < T + 50; t++) {
    const row: number[] = [];
    for (let i = 0; i < K; i++) {
      let s = 0.1;
      for (let j = 0; j < K; j++) s += (i === j ? 0.4 : 0.05) * y[t - 1][j] + (i === j ? -0.15 : 0.02) * y[t - 2][j];
      row.push(s + rng.normal());
    }
    y.push(row);
  }
  return y.slice(50);
}

export async function run(): Promise<BenchResult[]> {
  const y = benchData();
  const out: BenchResult[] = [];
  const tFit = timeMedian(() => {
    const r = fitVar(y, { lags: 2 });
    fevd(irf(r, 20), 20);
  }, 101, 300); // steady state: 300 warm-up runs let V8 optimise the hot paths
  const res = fitVar(y, { lags: 2 });
  const tBoot = await timeMedianAsync(async () => {
    await irfBands(res, { horizon: 20, replications: 1000, seed: 1, progress: false });
  }, 5, 1);
  const tGauss = await timeMedianAsync(async () => {
    await irfBands(res, { horizon: 20, replications: 1000, seed: 1, method: "gaussian", progress: false });
  }, 5, 1);
  const tBoot2 = await timeMedianAsync(async () => {
    await irfBands(res, { horizon: 20, replications: 1000, seed: 1, workers: 2, progress: false });
  }, 3, 1);
  const t10k1 = await timeMedianAsync(async () => { await irfBands(res, { horizon: 20, replications: 10000, seed: 1, workers: 1, progress: false }); }, 3, 0);
  const t10k2 = await timeMedianAsync(async () => { await irfBands(res, { horizon: 20, replications: 10000, seed: 1, workers: 2, progress: false }); }, 3, 0);
  // a visible progress bar for a long run
  await irfBands(res, { horizon: 20, replications: 20000, seed: 2, progress: true });
  const tSel = timeMedian(() => { selectOrder(y, 12); }, 21, 5);
  let ref: { fit_irf_fevd: number; select12?: number; bands1000?: number } | null = null;
  if (toolWorks("/usr/bin/python3", ["-c", "import statsmodels"])) {
    const csv = path.join(os.tmpdir(), "sanctions-lab-bench-var.csv");
    fs.writeFileSync(csv, "y1,y2,y3,y4,y5,y6\n" + y.map((r) => r.join(",")).join("\n") + "\n");
    try {
      ref = JSON.parse(execFileSync("/usr/bin/python3", [path.join(__dirname, "reference", "statsmodels_var.py"), csv], { encoding: "utf8", timeout: 300_000 }));
    } catch (e) {
      console.error(`statsmodels reference failed: ${(e as Error).message}`);
    }
  }
  // R vars (not in Debian; used when installed): its residual bootstrap is the like-for-like reference
  let rvars: { fit_irf_fevd: number; bands1000?: number } | null = null;
  if (toolWorks("Rscript", ["-e", "suppressMessages(library(vars))"])) {
    const csv = path.join(os.tmpdir(), "sanctions-lab-bench-var.csv");
    fs.writeFileSync(csv, "y1,y2,y3,y4,y5,y6\n" + y.map((r) => r.join(",")).join("\n") + "\n");
    try {
      rvars = JSON.parse(execFileSync("Rscript", [path.join(__dirname, "reference", "vars_var.R"), csv], { encoding: "utf8", timeout: 600_000 }));
    } catch (e) {
      console.error(`R vars reference failed: ${(e as Error).message}`);
    }
  }
  out.push(result("var.fit_irf_fevd.k6p2t100", tFit, 101, ref ? { tool: "statsmodels", seconds_median: ref.fit_irf_fevd } : rvars ? { tool: "R vars", seconds_median: rvars.fit_irf_fevd } : null));
  const bootRef = rvars && rvars.bands1000 ? { tool: "R vars irf(boot = TRUE) residual bootstrap", seconds_median: rvars.bands1000 } : ref && ref.bands1000 ? { tool: "statsmodels errband_mc (Gaussian MC)", seconds_median: ref.bands1000 } : null;
  out.push(result("var.bootstrap1000.k6p2t100", tBoot, 5, bootRef));
  out.forEach(printResult);
  if (ref && rvars) console.log(`also measured: statsmodels fit+irf+fevd ${(ref.fit_irf_fevd * 1e3).toFixed(2)} ms, errband_mc ${ref.bands1000 ? (ref.bands1000 * 1e3).toFixed(0) + " ms" : "-"}; R vars fit+irf+fevd ${(rvars.fit_irf_fevd * 1e3).toFixed(2)} ms`);
  if (!rvars) console.log("R vars not installed (not packaged in Debian): no R reference");
  console.log(`like for like: our Gaussian Monte Carlo bands (1000 replications) ${(tGauss * 1e3).toFixed(1)} ms${ref && ref.bands1000 ? ` vs statsmodels errband_mc ${(ref.bands1000 * 1e3).toFixed(0)} ms (x${(ref.bands1000 / tGauss).toFixed(1)})` : ""}`);
  console.log(`lag selection 0..12 (6 variables, T = 100): ${(tSel * 1e3).toFixed(2)} ms${ref && ref.select12 ? `, statsmodels ${(ref.select12 * 1e3).toFixed(2)} ms (x${(ref.select12 / tSel).toFixed(1)})` : ""}`);
  console.log(`var.bootstrap1000.k6p2t100 with 2 worker threads: ${(tBoot2 * 1e3).toFixed(1)} ms (x${(tBoot / tBoot2).toFixed(2)} vs 1 thread; persistent worker pool started in the warm-up run; identical bands by construction; ${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(1)})`);
  out.push(...scaling(ref !== null));
  console.log(`10000 replications: 1 thread ${(t10k1 * 1e3).toFixed(0)} ms, 2 worker threads ${(t10k2 * 1e3).toFixed(0)} ms (x${(t10k1 / t10k2).toFixed(2)}); bands identical for the same seed`);
  return out;
}

/** A stable K-variable VAR(2) sample: the cross-variable coefficients shrink with K (0.3/K, 0.1/K). */
function scalingData(K: number, T: number, seed: number): number[][] {
  const rng = new Rng(seed);
  const y: number[][] = [new Array(K).fill(0), new Array(K).fill(0)];
  for (let t = 2; t < T + 50; t++) {
    let s1 = 0, s2 = 0;
    for (let j = 0; j < K; j++) { s1 += y[t - 1][j]; s2 += y[t - 2][j]; }
    const row: number[] = [];
    for (let i = 0; i < K; i++) row.push(0.1 + 0.4 * y[t - 1][i] + (0.3 / K) * s1 - 0.15 * y[t - 2][i] + (0.1 / K) * s2 + rng.normal());
    y.push(row);
  }
  return y.slice(50);
}

/**
 * Scaling (issue 18): VAR(2), T = 300, K = 6, 20, 60 variables at H = 20 and K = 6 at H = 1000:
 * fit + OIRF + FEVD, and separately the asymptotic OIRF standard errors (irf(...).orthStderr),
 * each against statsmodels in the same run (its stderr(orth=True) is skipped at K = 60, where it
 * forms K^2 x K^2 matrices per horizon and takes minutes).
 */
function scaling(haveStatsmodels: boolean): BenchResult[] {
  const out: BenchResult[] = [];
  const cases: Array<{ K: number; H: number }> = [{ K: 6, H: 20 }, { K: 20, H: 20 }, { K: 60, H: 20 }, { K: 6, H: 1000 }];
  for (const { K, H } of cases) {
    const y = scalingData(K, 302, 20240101 + K);
    const runs = K >= 60 || H >= 1000 ? 5 : 21;
    const tFit = timeMedian(() => { fevd(irf(fitVar(y, { lags: 2 }), H), H); }, runs, 2);
    const res = fitVar(y, { lags: 2 });
    const tSe = timeMedian(() => { void irf(res, H).orthStderr; }, runs, 1);
    let ref: { fit_irf_fevd: number; irf_se: number | null } | null = null;
    if (haveStatsmodels) {
      const csv = path.join(os.tmpdir(), `sanctions-lab-bench-var-k${K}.csv`);
      fs.writeFileSync(csv, Array.from({ length: K }, (_, i) => `y${i + 1}`).join(",") + "\n" + y.map((r) => r.join(",")).join("\n") + "\n");
      try {
        const args = [path.join(__dirname, "reference", "statsmodels_var_scale.py"), csv, String(H), ...(K >= 60 ? ["--no-se"] : [])];
        ref = JSON.parse(execFileSync("/usr/bin/python3", args, { encoding: "utf8", timeout: 1_200_000 }));
      } catch (e) {
        console.error(`statsmodels scaling reference K = ${K}, H = ${H} failed: ${(e as Error).message.split("\n")[0]}`);
      }
    }
    const tag = `k${K}p2t300h${H}`;
    out.push(result(`var.fit_irf_fevd.${tag}`, tFit, runs, ref ? { tool: "statsmodels", seconds_median: ref.fit_irf_fevd } : null));
    out.push(result(`var.irf_se.${tag}`, tSe, runs, ref && ref.irf_se !== null ? { tool: "statsmodels stderr(orth=True)", seconds_median: ref.irf_se } : null));
  }
  out.forEach(printResult);
  console.log("var.irf_se.k60p2t300h20 has no reference on purpose: statsmodels' stderr(orth=True) is not run at K = 60 (minutes).");
  return out;
}

if (require.main === module) run();
