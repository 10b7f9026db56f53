/**
 * A readable site of the results: every executed notebook rendered to HTML by nbconvert, an
 * index page linking them, and REPRODUCTION.md as HTML (build/site/, not tracked).
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { escapeHtml } from "../notebook/display";

const STYLE = `body{font-family:Helvetica,Arial,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}table{border-collapse:collapse;font-size:90%}td,th{border:1px solid #ccc;padding:3px 6px}th{background:#f3f3f3}a{color:#1f4e79}`;

/**
 * The report page: REPRODUCTION.md wrapped as a one-cell notebook and rendered by nbconvert, so the
 * markdown goes through the same renderer as the notebooks' prose (no extra dependency).
 */
export function renderReportPage(md: string, siteDir: string): string {
  const nb = {
    cells: [{ cell_type: "markdown", metadata: {}, source: md }],
    metadata: { title: "sanctions-lab: reproduction report" },
    nbformat: 4,
    nbformat_minor: 5,
  };
  const tmp = path.join(siteDir, "REPRODUCTION.ipynb");
  fs.writeFileSync(tmp, JSON.stringify(nb));
  execFileSync("jupyter", ["nbconvert", "--to", "html", "--output-dir", siteDir, tmp], { stdio: ["ignore", "ignore", "pipe"] });
  fs.rmSync(tmp);
  return path.join(siteDir, "REPRODUCTION.html");
}

export function buildSite(executedDir: string, siteDir: string, reportMd: string | null, titles: Record<string, string> = {}): string {
  fs.mkdirSync(siteDir, { recursive: true });
  const notebooks = fs.existsSync(executedDir) ? fs.readdirSync(executedDir).filter((f) => f.endsWith(".ipynb")).sort() : [];
  if (notebooks.length) {
    execFileSync("jupyter", ["nbconvert", "--to", "html", "--output-dir", siteDir, ...notebooks.map((n) => path.join(executedDir, n))], { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env } });
  }
  const links = notebooks.map((n) => {
    const stem = n.replace(/\.ipynb$/, "");
    return `<li><a href="${encodeURI(stem)}.html">${escapeHtml(titles[n] ?? stem)}</a> <small>(${escapeHtml(n)})</small></li>`;
  });
  if (reportMd !== null) {
    renderReportPage(reportMd, siteDir);
  }
  const index = `<!doctype html><html><head><meta charset="utf-8"><title>sanctions-lab: results</title><style>${STYLE}</style></head><body>
<h1>sanctions-lab: executed notebooks</h1>
<p>Each page is a notebook executed headless by <code>npm run reproduce</code> with the tslab kernel. The claims it records are collected in the <a href="REPRODUCTION.html">reproduction report</a>.</p>
<ul>${links.join("\n")}</ul>
</body></html>`;
  const indexPath = path.join(siteDir, "index.html");
  fs.writeFileSync(indexPath, index);
  return indexPath;
}

/** A notebook's title: the first markdown heading. */
export function notebookTitle(file: string): string {
  try {
    const nb = JSON.parse(fs.readFileSync(file, "utf8"));
    for (const c of nb.cells) {
      if (c.cell_type === "markdown") {
        const src = (Array.isArray(c.source) ? c.source.join("") : c.source) as string;
        const m = src.match(/^#\s+(.+)$/m);
        if (m) return m[1].trim();
      }
    }
  } catch {
    /* fall through */
  }
  return path.basename(file);
}
