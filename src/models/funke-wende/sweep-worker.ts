/** Worker thread of the Funke-Wende sweep: solves one row of the grid per message, posting a tick per cell. */
import { parentPort } from "node:worker_threads";
import { solveRow, SweepJob } from "./sweep";

parentPort!.on("message", (job: SweepJob) => {
  try {
    const done = solveRow(job, () => parentPort!.postMessage({ tick: true }));
    parentPort!.postMessage({ done });
  } catch (e) {
    parentPort!.postMessage({ error: (e as Error).message });
  }
});
