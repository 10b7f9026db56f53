/**
 * A paper notebook in the real Jupyter page: Debian's Jupyter Notebook server with the tslab kernel
 * on a loopback port with a token, headless Chromium through playwright-core, all cells run through
 * the page. Checks: every cell ran, no error output and nothing on stderr, every plotly figure drawn
 * (an SVG in the page), the claim badges shown, the tracked notebook untouched (the run uses a copy),
 * and the server stopped by its process id. A second notebook checks that long work shows one
 * progress line updated in place (a display with an id), not lines on stderr.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../src/data/datadir";
import { browserRunProblems, copyNotebooks, NotebookServer, runNotebookInBrowser, startNotebookServer } from "../../src/notebook/browser";

const NB = "01-drezner-sanctions-paradox.ipynb";
const tracked = path.join(REPO_ROOT, "notebooks", NB);
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** a two-cell notebook whose second cell reports 400 steps of progress */
const PROGRESS_NB = {
  cells: [
    { cell_type: "code", metadata: {}, execution_count: null, outputs: [], source: ['import { progress } from "./src/core/progress";'] },
    { cell_type: "code", metadata: {}, execution_count: null, outputs: [], source: ['{ const bar = progress("test work", 400); for (let i = 0; i < 400; i++) { const t = Date.now(); while (Date.now() - t < 3) {} bar.tick(); } bar.done(); }'] },
  ],
  metadata: { kernelspec: { display_name: "TypeScript (tslab)", language: "typescript", name: "tslab" }, language_info: { name: "typescript" } },
  nbformat: 4,
  nbformat_minor: 5,
};

describe("notebooks in the real Jupyter page (Jupyter Notebook 6, tslab, headless Chromium)", () => {
  let server: NotebookServer;
  let dir: string;
  const before = fs.readFileSync(tracked);

  beforeAll(async () => {
    dir = copyNotebooks([tracked]);
    fs.writeFileSync(path.join(dir, "progress-check.ipynb"), JSON.stringify(PROGRESS_NB));
    server = await startNotebookServer({ dir, env: { SANCTIONS_LAB_CLAIMS_FILE: path.join(dir, "claims.jsonl") } });
  });

  afterAll(async () => {
    if (server) await server.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it(`${NB}: every cell runs through the page with no error output, every figure drawn, claim badges shown`, async () => {
    expect(server.base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
    const r = await runNotebookInBrowser(server, NB);
    expect(browserRunProblems(r, { claims: true })).toEqual([]);
    expect(r.codeCells).toBeGreaterThan(0);
    expect(r.executed).toBe(r.codeCells);
    expect(r.errors).toEqual([]);
    expect(r.plots).toBeGreaterThan(0);
    expect(r.plotsDrawn).toBe(r.plots);
    expect(r.claims).toBeGreaterThan(0);
  }, 600_000);

  it("long work in a cell shows one progress line updated in place and writes nothing to stderr", async () => {
    const r = await runNotebookInBrowser(server, "progress-check.ipynb");
    expect(r.errors).toEqual([]);
    expect(r.executed).toBe(2);
    // cell 2 has exactly one output: a display whose text was updated in place to the final line
    const out = r.outputs.filter((o) => o.cell === 2);
    expect(out.map((o) => o.type)).toEqual(["display_data"]);
    expect(out[0].text).toMatch(/^test work: 400\/400 done in \d+\.\d+ s$/);
    expect(r.outputs.filter((o) => o.type === "stream")).toEqual([]);
  }, 300_000);

  it("the tracked notebook is untouched (the page ran a copy)", () => {
    expect(fs.readFileSync(tracked).equals(before)).toBe(true);
    const nb = JSON.parse(before.toString("utf8"));
    expect(nb.cells.every((c: { outputs?: unknown[] }) => !c.outputs || c.outputs.length === 0)).toBe(true);
  });

  it("the server stops by its process id", async () => {
    const pid = server.pid;
    expect(alive(pid)).toBe(true);
    await server.stop();
    expect(alive(pid)).toBe(false);
  });
});
