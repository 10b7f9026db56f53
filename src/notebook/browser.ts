/**
 * The notebooks in the real Jupyter page: starts Debian's Jupyter Notebook server (6.x) with the
 * tslab kernel on a loopback port with a token, opens a notebook in headless Chromium through
 * playwright-core, runs all cells through the page (Jupyter.notebook.execute_all_cells, as a user
 * clicking Cell > Run All), and reports what the page shows: error outputs and stderr, plotly figures
 * drawn (an SVG in each figure's div), and the claim badges. The notebook always runs from a copy in
 * a temporary folder (with a `src` link to the sources), so the tracked .ipynb never gets outputs,
 * and its build artefacts and claims go to that folder too. The server is stopped by its process id.
 */
import { ChildProcess, spawn } from "node:child_process";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as http from "node:http";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { SanctionsLabError } from "../core/errors";
import { REPO_ROOT } from "../data/datadir";
import { launchChromium } from "./export";

export const JUPYTER_NOTEBOOK = process.env.SANCTIONS_LAB_JUPYTER_NOTEBOOK || "/usr/bin/jupyter-notebook";

export interface NotebookServer {
  /** http://127.0.0.1:<port>/ */
  base: string;
  port: number;
  token: string;
  pid: number;
  /** the folder the server serves (a temporary copy of the notebooks) */
  dir: string;
  /** the server's own log (stdout and stderr) */
  log(): string;
  /** SIGTERM to the server's process id (it shuts its kernels down), SIGKILL after 10 s */
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

function get(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.setTimeout(2000, () => req.destroy());
    req.on("error", () => resolve(0));
  });
}

/**
 * Copy notebooks into a new temporary folder with `src` and `node_modules` links to the
 * repository's (the notebooks import `./src/...`). Returns the folder.
 */
export function copyNotebooks(files: string[], dir = fs.mkdtempSync(path.join(os.tmpdir(), "sanctions-lab-jupyter-"))): string {
  for (const f of files) fs.copyFileSync(f, path.join(dir, path.basename(f)));
  // tslab type-checks each cell from the notebook's folder: it needs the sources and the packages' types
  for (const link of ["src", "node_modules"]) {
    if (!fs.existsSync(path.join(dir, link))) fs.symlinkSync(path.join(REPO_ROOT, link), path.join(dir, link), "dir");
  }
  return dir;
}

/** Start the notebook server on `dir`, wait until it answers, and return its handle. */
export async function startNotebookServer(opts: { dir: string; port?: number; token?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<NotebookServer> {
  if (!fs.existsSync(JUPYTER_NOTEBOOK)) {
    throw new SanctionsLabError("ENVIRONMENT", `${JUPYTER_NOTEBOOK} not found. Install it with: apt-get install -y --no-install-recommends jupyter-notebook (or run node scripts/setup.js).`);
  }
  const port = opts.port ?? (await freePort());
  const token = opts.token ?? crypto.randomBytes(24).toString("hex");
  const state = fs.mkdtempSync(path.join(os.tmpdir(), "sanctions-lab-jupyter-state-"));
  const args = [
    "--no-browser",
    "--ip=127.0.0.1",
    `--port=${port}`,
    "--port-retries=0",
    `--NotebookApp.token=${token}`,
    "--NotebookApp.password=",
    `--notebook-dir=${opts.dir}`,
  ];
  if (typeof process.getuid === "function" && process.getuid() === 0) args.push("--allow-root");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    JUPYTER_PATH: path.join(REPO_ROOT, ".jupyter"),
    JUPYTER_CONFIG_DIR: path.join(state, "config"),
    JUPYTER_RUNTIME_DIR: path.join(state, "runtime"),
    JUPYTER_DATA_DIR: path.join(state, "data"),
    SANCTIONS_LAB_BUILD: path.join(opts.dir, "build"),
    ...opts.env,
  };
  const child: ChildProcess = spawn(JUPYTER_NOTEBOOK, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  let exited = false;
  const exit = new Promise<void>((resolve) => child.on("exit", () => ((exited = true), resolve())));
  const server: NotebookServer = {
    base: `http://127.0.0.1:${port}/`,
    port,
    token,
    pid: child.pid!,
    dir: opts.dir,
    log: () => log,
    async stop() {
      if (!exited) {
        try {
          process.kill(server.pid, "SIGTERM");
        } catch {
          /* already gone */
        }
        const t = setTimeout(() => {
          try {
            process.kill(server.pid, "SIGKILL");
          } catch {
            /* already gone */
          }
        }, 10_000);
        await exit;
        clearTimeout(t);
      }
      fs.rmSync(state, { recursive: true, force: true });
    },
  };
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  for (;;) {
    if (exited) throw new SanctionsLabError("ENVIRONMENT", `the Jupyter Notebook server exited at start:\n${log}`);
    if ((await get(`${server.base}api/status?token=${token}`)) === 200) return server;
    if (Date.now() > deadline) {
      await server.stop();
      throw new SanctionsLabError("ENVIRONMENT", `the Jupyter Notebook server did not answer on ${server.base} within ${(opts.timeoutMs ?? 60_000) / 1000} s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

export interface BrowserRun {
  notebook: string;
  /** code cells in the notebook and how many got an execution count */
  codeCells: number;
  executed: number;
  /** error outputs and stderr streams, by cell (1-based among all cells) */
  errors: { cell: number; text: string }[];
  /** plotly figures in the page and how many of them hold a drawn SVG */
  plots: number;
  plotsDrawn: number;
  /** claim badges shown (elements with class sanctions-lab-claim) */
  claims: number;
  /** every code cell's outputs: type, stream name, and the start of their text */
  outputs: { cell: number; type: string; name?: string; text: string }[];
  seconds: number;
}

/** Open `notebook` (a file name in the server's folder) in headless Chromium, run all cells, and report. */
export async function runNotebookInBrowser(server: NotebookServer, notebook: string, opts: { timeoutMs?: number } = {}): Promise<BrowserRun> {
  const t0 = Date.now();
  const timeout = opts.timeoutMs ?? 600_000;
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.base}notebooks/${encodeURIComponent(notebook)}?token=${server.token}`, { timeout: 60_000 });
    // the page is loaded and the kernel (tslab) connected
    await page.waitForFunction(
      () => {
        const J = (globalThis as any).Jupyter;
        return !!(J && J.notebook && J.notebook._fully_loaded && J.notebook.kernel && J.notebook.kernel.is_connected() && J.notebook.kernel.info_reply && J.notebook.kernel.info_reply.protocol_version);
      },
      undefined,
      { timeout: 120_000, polling: 250 },
    );
    await page.evaluate(() => (globalThis as any).Jupyter.notebook.execute_all_cells());
    // done when no cell waits ("*") any more, or a cell failed (tslab then aborts the rest)
    await page.waitForFunction(
      () => {
        const cells = (globalThis as any).Jupyter.notebook.get_cells().filter((c: any) => c.cell_type === "code");
        const failed = cells.some((c: any) => c.output_area.outputs.some((o: any) => o.output_type === "error"));
        return failed || cells.every((c: any) => c.input_prompt_number !== "*");
      },
      undefined,
      { timeout, polling: 500 },
    );
    // plotly draws asynchronously: give every figure up to 30 s to hold its SVG
    await page
      .waitForFunction(() => Array.from((globalThis as any).document.querySelectorAll(".sanctions-lab-plot")).every((d: any) => d.querySelector("svg.main-svg")), undefined, { timeout: 30_000, polling: 250 })
      .catch(() => undefined);
    const r = await page.evaluate(() => {
      const g = globalThis as any;
      const all = g.Jupyter.notebook.get_cells();
      const errors: { cell: number; text: string }[] = [];
      const outputs: { cell: number; type: string; name?: string; text: string }[] = [];
      let codeCells = 0;
      let executed = 0;
      all.forEach((c: any, i: number) => {
        if (c.cell_type !== "code") return;
        codeCells++;
        if (typeof c.input_prompt_number === "number") executed++;
        for (const o of c.output_area.outputs) {
          const text = o.output_type === "stream" ? String(o.text) : String((o.data && (o.data["text/plain"] ?? o.data["text/html"])) ?? o.evalue ?? "");
          outputs.push({ cell: i + 1, type: o.output_type, name: o.name, text: text.slice(0, 500) });
          if (o.output_type === "error") errors.push({ cell: i + 1, text: `${o.ename}: ${o.evalue}\n${(o.traceback || []).join("\n")}`.slice(0, 4000) });
          else if (o.output_type === "stream" && o.name === "stderr") errors.push({ cell: i + 1, text: String(o.text).slice(0, 4000) });
        }
      });
      const plots = Array.from(g.document.querySelectorAll(".sanctions-lab-plot")) as any[];
      return {
        codeCells,
        executed,
        errors,
        plots: plots.length,
        plotsDrawn: plots.filter((d) => d.querySelector("svg.main-svg")).length,
        claims: g.document.querySelectorAll(".sanctions-lab-claim").length,
        outputs,
      };
    });
    return { notebook, ...r, seconds: (Date.now() - t0) / 1000 };
  } finally {
    await browser.close();
  }
}

/** Problems in a run, as sentences (empty when the notebook ran cleanly in the page). */
export function browserRunProblems(r: BrowserRun, opts: { claims?: boolean } = {}): string[] {
  const p: string[] = [];
  if (r.executed !== r.codeCells) p.push(`${r.codeCells - r.executed} of ${r.codeCells} code cells did not run`);
  for (const e of r.errors) p.push(`cell ${e.cell} has error output:\n${e.text}`);
  if (r.plotsDrawn !== r.plots) p.push(`${r.plots - r.plotsDrawn} of ${r.plots} plotly figures were not drawn`);
  if (opts.claims && r.claims === 0) p.push("no claim badges shown");
  return p;
}

/**
 * Run notebooks (paths under notebooks/) one after the other in the real Jupyter page, each from a
 * copy in a temporary folder, with one server for all. Prints a line per notebook; returns the runs.
 */
export async function runNotebooksInBrowser(files: string[], opts: { log?: (l: string) => void; timeoutMs?: number } = {}): Promise<{ runs: BrowserRun[]; problems: Map<string, string[]> }> {
  const log = opts.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const dir = copyNotebooks(files);
  const server = await startNotebookServer({ dir, env: { SANCTIONS_LAB_CLAIMS_FILE: path.join(dir, "claims.jsonl") } });
  const runs: BrowserRun[] = [];
  const problems = new Map<string, string[]>();
  try {
    for (const f of files) {
      const nb = path.basename(f);
      const r = await runNotebookInBrowser(server, nb, { timeoutMs: opts.timeoutMs });
      runs.push(r);
      const p = browserRunProblems(r, { claims: !nb.startsWith("primer-") });
      problems.set(nb, p);
      log(`[browser] ${nb}: ${p.length ? "FAILED" : "ok"} in ${r.seconds.toFixed(1)} s (${r.executed}/${r.codeCells} cells, ${r.plotsDrawn}/${r.plots} figures drawn, ${r.claims} claim badges)${p.length ? `\n  ${p.join("\n  ")}` : ""}`);
    }
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { runs, problems };
}
