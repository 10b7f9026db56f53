/**
 * Shared benchmark plumbing: median timing, reference-tool detection, result records.
 * `bench/run.ts` collects the records of every suite into bench/results.json.
 */
import { execFileSync } from "node:child_process";

export interface BenchReference {
  tool: string;
  seconds_median: number;
}

export interface BenchResult {
  task: string;
  seconds_median: number;
  runs: number;
  reference: BenchReference | null;
  /** reference time / our time, measured in the same run; null without a reference. */
  speedup: number | null;
}

/** Median wall time in seconds of `fn` over `runs` runs after `warmup` unmeasured runs. */
export function timeMedian(fn: () => void, runs = 7, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    t.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return median(t);
}

/** Median of an async function's wall time in seconds. */
export async function timeMedianAsync(fn: () => Promise<void>, runs = 5, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    t.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return median(t);
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
}

/** True when `cmd args` exits 0 (used to detect statsmodels, R vars, dynare/octave). */
export function toolWorks(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** Build a result record; speedup = reference / ours when a reference was measured. */
export function result(task: string, seconds: number, runs: number, reference: BenchReference | null): BenchResult {
  return {
    task,
    seconds_median: seconds,
    runs,
    reference,
    speedup: reference ? reference.seconds_median / seconds : null,
  };
}

export function printResult(r: BenchResult): void {
  const ref = r.reference
    ? `  ${r.reference.tool} ${fmt(r.reference.seconds_median)}  speedup x${r.speedup!.toFixed(1)}`
    : "  (no reference tool installed)";
  console.log(`${r.task.padEnd(40)} ${fmt(r.seconds_median)} (median of ${r.runs})${ref}`);
}

function fmt(s: number): string {
  return s < 1e-3 ? `${(s * 1e6).toFixed(1)} us` : s < 1 ? `${(s * 1e3).toFixed(2)} ms` : `${s.toFixed(2)} s`;
}
