/**
 * Progress reporting for long work (bootstraps, sweeps, calibration). In a terminal it draws a
 * cli-progress bar on stderr; in a notebook or CI (no TTY) it prints a line every 10%.
 */
import * as cliProgress from "cli-progress";

export interface Progress {
  tick(n?: number): void;
  done(): void;
}

export type ProgressOption = boolean | ((done: number, total: number) => void) | undefined;

/** A progress reporter for `total` steps labelled `label`. `false` disables it. */
export function progress(label: string, total: number, option: ProgressOption = true): Progress {
  if (option === false || total <= 0) return { tick() {}, done() {} };
  if (typeof option === "function") {
    let k = 0;
    return { tick(n = 1) { k += n; option(k, total); }, done() { option(total, total); } };
  }
  if (process.stderr.isTTY && !process.env.CI) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {percentage}% | {value}/{total} | ETA {eta}s`, stream: process.stderr },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0);
    return { tick(n = 1) { bar.increment(n); }, done() { bar.stop(); } };
  }
  let k = 0;
  let lastDecile = -1;
  const t0 = Date.now();
  return {
    tick(n = 1) {
      k += n;
      const decile = Math.floor((10 * k) / total);
      if (decile !== lastDecile && decile < 10) {
        lastDecile = decile;
        process.stderr.write(`${label}: ${k}/${total} (${decile * 10}%)\n`);
      }
    },
    done() {
      process.stderr.write(`${label}: ${total}/${total} done in ${((Date.now() - t0) / 1000).toFixed(2)} s\n`);
    },
  };
}
