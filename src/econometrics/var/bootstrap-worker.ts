/**
 * Worker thread for irfBands: runs a contiguous block of replicates and posts the responses back.
 */
import { parentPort, workerData } from "node:worker_threads";
import { BootstrapSpec, runReplicates } from "./bootstrap";

const { spec, r0, r1 } = workerData as { spec: BootstrapSpec; r0: number; r1: number };
const stride = (spec.H + 1) * spec.K * spec.K;
const out = new Float64Array((r1 - r0) * stride);
let pending = 0;
runReplicates(spec, r0, r1, out, () => {
  pending++;
  if (pending >= 25) {
    parentPort!.postMessage({ tick: pending });
    pending = 0;
  }
});
if (pending) parentPort!.postMessage({ tick: pending });
parentPort!.postMessage({ done: out }, [out.buffer]);
