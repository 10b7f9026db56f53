/**
 * Headless execution of the notebooks with real Jupyter (nbclient + the tslab kernel), one
 * process per notebook (scripts/run_notebook.py), two at a time on the 2-core machines we target.
 * Each notebook's claims go to <build>/claims/<name>.jsonl through SANCTIONS_LAB_CLAIMS_FILE.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { SanctionsLabError } from "../core/errors";
import { REPO_ROOT } from "../data/datadir";
import { ClaimRecord, readClaimsFile } from "./claims";

export const NOTEBOOK_DIR = path.join(REPO_ROOT, "notebooks");
export const PYTHON = "/usr/bin/python3";

export interface NotebookRun {
  name: string;
  ok: boolean;
  seconds: number;
  executed: string;
  claims: ClaimRecord[];
  /** runner's stderr (holds the failing cell's real error text) */
  log: string;
}

/** Tracked notebooks, in name order; `only` filters by name or stem (e.g. "01-drezner-sanctions-paradox"). */
export function listNotebooks(only: string[] = []): string[] {
  const all = fs.readdirSync(NOTEBOOK_DIR).filter((f) => f.endsWith(".ipynb")).sort();
  if (!only.length) return all;
  const picked = all.filter((f) => only.some((o) => f === o || f === `${o}.ipynb` || f.startsWith(o)));
  const missing = only.filter((o) => !all.some((f) => f === o || f === `${o}.ipynb` || f.startsWith(o)));
  if (missing.length) throw new SanctionsLabError("INVALID_ARGUMENT", `No notebook matches ${missing.join(", ")}. Notebooks: ${all.join(", ")}`);
  return picked;
}

function runOne(nb: string, build: string, timeoutS: number): Promise<NotebookRun> {
  return runNotebookFile(path.join(NOTEBOOK_DIR, nb), build, timeoutS);
}

/** Execute one notebook file (anywhere) into <build>/executed/, collecting its claims. */
export function runNotebookFile(file: string, build: string, timeoutS = 600): Promise<NotebookRun> {
  const nb = path.basename(file);
  const stem = nb.replace(/\.ipynb$/, "");
  const claimsFile = path.join(build, "claims", `${stem}.jsonl`);
  fs.mkdirSync(path.dirname(claimsFile), { recursive: true });
  fs.rmSync(claimsFile, { force: true });
  const executed = path.join(build, "executed", nb);
  const env = {
    ...process.env,
    JUPYTER_PATH: path.join(REPO_ROOT, ".jupyter"),
    SANCTIONS_LAB_CLAIMS_FILE: claimsFile,
    SANCTIONS_LAB_NOTEBOOK: nb,
    SANCTIONS_LAB_BUILD: build,
    // notebooks print progress lines, not bars
    CI: process.env.CI ?? "1",
  };
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(PYTHON, [path.join(REPO_ROOT, "scripts", "run_notebook.py"), file, executed, "--timeout", String(timeoutS)], { env, cwd: path.dirname(file) });
    let log = "";
    child.stderr.on("data", (d) => (log += d));
    child.stdout.on("data", (d) => (log += d));
    child.on("error", (e) => (log += `\ncould not start ${PYTHON}: ${e.message}`));
    child.on("close", (code) => {
      let claims: ClaimRecord[] = [];
      let ok = code === 0;
      try {
        claims = readClaimsFile(claimsFile);
      } catch (e) {
        ok = false;
        log += `\n${(e as Error).message}`;
      }
      resolve({ name: nb, ok, seconds: (Date.now() - t0) / 1000, executed, claims, log });
    });
  });
}

/** Execute notebooks with at most `concurrency` kernels at a time. */
export async function runNotebooks(opts: { build: string; only?: string[]; concurrency?: number; timeoutS?: number; onDone?: (r: NotebookRun) => void }): Promise<NotebookRun[]> {
  if (!fs.existsSync(PYTHON)) throw new SanctionsLabError("ENVIRONMENT", `${PYTHON} not found: run 'node scripts/setup.js' (installs Debian jupyter-nbconvert and jupyter-client).`);
  const list = listNotebooks(opts.only ?? []);
  const results: NotebookRun[] = new Array(list.length);
  let next = 0;
  const worker = async () => {
    while (next < list.length) {
      const i = next++;
      results[i] = await runOne(list[i], opts.build, opts.timeoutS ?? 600);
      opts.onDone?.(results[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 2, list.length) }, worker));
  return results;
}
