/**
 * Re-executes every notebook headless (real Jupyter, tslab kernel), checks that none fails, that
 * every claim equals the committed reports/claims.json to 1e-9 relative, that a throwing cell
 * fails the run with its message, and that the rendered HTML site shows a drawn plotly chart.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../src/data/datadir";
import { listNotebooks, NotebookRun, runNotebookFile, runNotebooks } from "../../src/report/notebooks";
import { compareClaims } from "../../src/report/report";
import { buildSite } from "../../src/report/site";
import { launchChromium } from "../../src/notebook/export";
import type { ClaimRecord } from "../../src/report/claims";

const BUILD = path.join(REPO_ROOT, "build", "test-run");
let runs: NotebookRun[] = [];

beforeAll(async () => {
  fs.rmSync(BUILD, { recursive: true, force: true });
  runs = await runNotebooks({ build: BUILD, timeoutS: 900 });
}, 1_800_000);

describe("notebooks execute headless with the tslab kernel", () => {
  it("found the tracked notebooks", () => {
    expect(listNotebooks().length).toBeGreaterThan(0);
    expect(runs.length).toBe(listNotebooks().length);
  });
  for (const nb of listNotebooks()) {
    it(`${nb} runs without error`, () => {
      const r = runs.find((x) => x.name === nb)!;
      if (!r.ok) throw new Error(`${nb} failed:\n${r.log}`);
      expect(r.ok).toBe(true);
    });
  }
  it("every claim equals the committed reports/claims.json (1e-9 relative) and none is new or missing", () => {
    const committed = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "reports", "claims.json"), "utf8")) as ClaimRecord[];
    const fresh = runs.flatMap((r) => r.claims);
    const drifts = compareClaims(committed, fresh, 1e-9);
    if (drifts.length) throw new Error(`claims drifted from reports/claims.json (run \`npm run reproduce\` and commit reports/):\n${drifts.map((d) => `  ${d.id}: ${d.problem}`).join("\n")}`);
    expect(drifts).toEqual([]);
  });
});

describe("notebook runner failures are loud", () => {
  it("a throwing cell fails the run and the log carries the cell's real error text", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sl-nb-"));
    const file = path.join(dir, "failing.ipynb");
    const cell = (src: string) => ({ cell_type: "code", metadata: {}, source: src, outputs: [], execution_count: null });
    fs.writeFileSync(file, JSON.stringify({
      cells: [cell("const a = 1;"), cell('throw new Error("boom-4711: the cell message");'), cell("console.log('never runs');")],
      metadata: { kernelspec: { name: "tslab", display_name: "TypeScript", language: "typescript" } }, nbformat: 4, nbformat_minor: 5,
    }));
    const r = await runNotebookFile(file, path.join(dir, "build"), 120);
    expect(r.ok).toBe(false);
    expect(r.log).toContain("boom-4711: the cell message");
    expect(r.log).toMatch(/cell 1:/);
  }, 120_000);
});

describe("HTML site", () => {
  let browser: Awaited<ReturnType<typeof launchChromium>> | null = null;
  afterAll(async () => {
    if (browser) await browser.close();
  });
  it("renders the index and a notebook page with a drawn plotly chart (an SVG in the page)", async () => {
    const site = path.join(BUILD, "site");
    const index = buildSite(path.join(BUILD, "executed"), site, "# Reproduction report\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
    browser = await launchChromium();
    const page = await browser.context.newPage();
    await page.goto(`file://${index}`);
    const links = await page.locator("a").evaluateAll((as) => as.map((a) => (a as unknown as { getAttribute(n: string): string }).getAttribute("href")));
    expect(links).toContain("REPRODUCTION.html");
    const nbLink = links.find((l) => l && l.startsWith("01-"))!;
    expect(nbLink).toBeTruthy();
    await page.goto(`file://${path.join(site, decodeURI(nbLink))}`);
    await page.waitForSelector(".sanctions-lab-plot svg.main-svg", { timeout: 30_000 });
    const n = await page.locator(".sanctions-lab-plot svg.main-svg").count();
    expect(n).toBeGreaterThan(0);
    // formulas are typeset by the MathJax copied into the site, not by a file path of this machine
    await page.waitForSelector(".MathJax_CHTML", { timeout: 30_000 });
    expect(await page.locator(".MathJax_CHTML").count()).toBeGreaterThan(0);
    const html = fs.readFileSync(path.join(site, decodeURI(nbLink)), "utf8");
    expect(html).not.toContain("file:///usr/share");
    expect(fs.existsSync(path.join(site, "mathjax", "MathJax.js"))).toBe(true);
    await page.goto(`file://${path.join(site, "REPRODUCTION.html")}`);
    expect(await page.locator("table").count()).toBeGreaterThan(0);
  }, 120_000);
});
