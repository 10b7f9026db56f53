/**
 * Worker thread of irfBands' persistent pool: for each job message it runs a contiguous block of
 * replicates r0..r1-1 and writes their responses into the shared cell-major array
 * (cell * R + r), posting progress ticks and a final `done`.
 */
import { parentPort } from "node:worker_threads";
import { BootstrapSpec, runReplicates } from "./bootstrap";

interface Job {
  spec: BootstrapSpec;
  r0: number;
  r1: number;
  R: number;
  shared: SharedArrayBuffer;
}

parentPort!.on("message", (job: Job) => {
  const { spec, r0, r1, R } = job;
  try {
    const out = new Float64Array(job.shared);
    let pending = 0;
    const qrRefits = runReplicates(spec, r0, r1, out, () => {
      if (++pending >= 25) {
        parentPort!.postMessage({ tick: pending });
        pending = 0;
      }
    }, true, R, r0);
    parentPort!.postMessage({ tick: pending, done: true, qrRefits });
  } catch (e) {
    parentPort!.postMessage({ error: (e as Error).message });
  }
});
