/**
 * Progress reporting for long work (bootstraps, sweeps, calibration). Inside a tslab kernel cell
 * (Jupyter or the headless runner) it shows one line that is updated in place (a display with an
 * id, updated through tslab's display API) and writes nothing to stderr; in a terminal it draws a
 * cli-progress bar on stderr; elsewhere (CI, pipes) it prints a line every 10%.
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
  const display = kernelDisplay();
  if (display) return displayProgress(label, total, display);
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

interface UpdatableDisplay {
  text(s: string): void;
}

/**
 * A new updatable display when running inside a tslab kernel cell, else null. Checks the module
 * cache first, so that a CLI or test process never loads tslab.
 */
function kernelDisplay(): UpdatableDisplay | null {
  try {
    const jupyterPath = require.resolve("tslab/dist/jupyter");
    if (!require.cache[jupyterPath]) return null;
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    if (require("tslab/dist/jupyter").lastWriteDisplayData == null) return null;
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    return (require("tslab") as { newDisplay(): UpdatableDisplay }).newDisplay();
  } catch {
    return null;
  }
}

const BAR = 30;

/** The text of the in-place progress line. */
export function progressLine(label: string, k: number, total: number, seconds: number): string {
  const f = Math.min(1, k / total);
  const filled = Math.round(f * BAR);
  return `${label} [${"#".repeat(filled)}${"-".repeat(BAR - filled)}] ${Math.floor(100 * f)}% | ${k}/${total} | ${seconds.toFixed(1)} s`;
}

/** One display line updated in place: at most every 200 ms (and at each whole percent at most once), then a final line. */
function displayProgress(label: string, total: number, d: UpdatableDisplay): Progress {
  const t0 = Date.now();
  let k = 0;
  let lastT = 0;
  let lastPct = -1;
  let finished = false;
  d.text(progressLine(label, 0, total, 0));
  return {
    tick(n = 1) {
      k += n;
      const now = Date.now();
      const pct = Math.floor((100 * k) / total);
      if (pct !== lastPct && now - lastT >= 200) {
        lastT = now;
        lastPct = pct;
        d.text(progressLine(label, Math.min(k, total), total, (now - t0) / 1000));
      }
    },
    done() {
      if (finished) return;
      finished = true;
      d.text(`${label}: ${total}/${total} done in ${((Date.now() - t0) / 1000).toFixed(2)} s`);
    },
  };
}
