/**
 * A readable site of the results: every executed notebook rendered to HTML by nbconvert, an
 * index page linking them, and REPRODUCTION.md as HTML (build/site/, not tracked).
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { SanctionsLabError } from "../core/errors";
import { escapeHtml } from "../notebook/display";
import { aggregate, itemLevel } from "./aggregate";
import type { ClaimRecord } from "./claims";
import { fmtNum, loadInventories, robustness, sortClaims } from "./report";

/** Debian's MathJax 2.7 (libjs-mathjax, a dependency of jupyter-nbconvert). */
export const MATHJAX_DIR = process.env.SANCTIONS_LAB_MATHJAX ?? "/usr/share/javascript/mathjax";
/** What the pages load: CommonHTML output of TeX input (nbconvert's default configuration). */
export const MATHJAX_URL = "mathjax/MathJax.js?config=TeX-AMS_CHTML-full,Safe";
const MATHJAX_PARTS = ["MathJax.js", "config", "extensions", "jax/input/TeX", "jax/output/CommonHTML", "jax/element", "fonts/HTML-CSS/TeX/woff", "localization/en"];

/**
 * Copy the part of MathJax the pages use into the site (about 9 MB), so formulas render on any
 * machine the site is copied to; nbconvert's pages otherwise point at a file path of this machine.
 */
export function copyMathJax(siteDir: string): string {
  if (!fs.existsSync(path.join(MATHJAX_DIR, "MathJax.js"))) {
    throw new SanctionsLabError("ENVIRONMENT", `MathJax not found at ${MATHJAX_DIR}: install it with apt-get install -y --no-install-recommends libjs-mathjax fonts-mathjax (or set SANCTIONS_LAB_MATHJAX).`);
  }
  const dest = path.join(siteDir, "mathjax");
  for (const part of MATHJAX_PARTS) {
    const from = path.join(MATHJAX_DIR, part);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(dest, part), { recursive: true, dereference: true });
  }
  return dest;
}

/** Debian's require.js (libjs-requirejs, a dependency of jupyter-nbconvert); nbconvert's default points at this machine's file. */
export const REQUIREJS_FILE = process.env.SANCTIONS_LAB_REQUIREJS ?? "/usr/share/javascript/requirejs/require.min.js";

/** Copy require.js next to the pages (when the system has it), so no page refers to a file of this machine. */
export function copyRequireJs(siteDir: string): void {
  if (fs.existsSync(REQUIREJS_FILE)) fs.copyFileSync(REQUIREJS_FILE, path.join(siteDir, "require.min.js"));
}

const NBCONVERT_MATHJAX = [`--HTMLExporter.mathjax_url=${MATHJAX_URL}`, "--HTMLExporter.require_js_url=require.min.js"];

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
  execFileSync("jupyter", ["nbconvert", "--to", "html", ...NBCONVERT_MATHJAX, "--output-dir", siteDir, tmp], { stdio: ["ignore", "ignore", "pipe"] });
  fs.rmSync(tmp);
  return path.join(siteDir, "REPRODUCTION.html");
}

/**
 * The claims as one HTML table that can be filtered by paper, kind, grade and display item: plain
 * HTML with the values in data attributes, and a few lines of script that hide the rows that do not
 * match the four selects (no framework; the page works from file://).
 */
export function renderClaimsPage(records: ClaimRecord[], siteDir: string): string {
  const inv = loadInventories(records);
  const claims = aggregate(sortClaims(records, inv));
  const itemTitle = (paper: string, item: string) => inv.get(paper)?.itemById.get(item)?.title ?? item;
  const options = (vals: string[]) => ["", ...[...new Set(vals)]].map((v) => `<option value="${escapeHtml(v)}">${escapeHtml(v || "(all)")}</option>`).join("");
  const rows = claims.map((c) => {
    const p = c.primary;
    const pub = p.printed ?? (typeof p.published === "string" ? p.published : fmtNum(p.published));
    const ours = p.reproduced === null ? "n/a" : typeof p.reproduced === "number" ? fmtNum(p.reproduced) : p.reproduced;
    const item = `${c.paper}: ${itemTitle(c.paper, c.item)}`;
    const i = inv.get(c.paper)?.itemById.get(c.item);
    const level = i ? itemLevel(i, claims.filter((x) => x.paper === c.paper)).level : "";
    return `<tr data-paper="${escapeHtml(c.paper)}" data-kind="${c.kind}" data-grade="${c.grade}" data-ditem="${escapeHtml(item)}"><td>${escapeHtml(c.paper)}</td><td>${escapeHtml(itemTitle(c.paper, c.item))}<br><small>${escapeHtml(level)}</small></td><td>${escapeHtml(p.where)}</td><td>${c.kind}</td><td class="g-${c.grade.replace(/ /g, "-")}">${c.grade}</td><td>${escapeHtml(pub)}</td><td>${escapeHtml(ours)}</td><td>${escapeHtml(p.unit)}</td><td>${escapeHtml(p.readingKey || "default")}</td><td>${escapeHtml(robustness(c))}</td><td>${escapeHtml(p.explanation)}${p.fitted ? `<br><i>Fitted:</i> ${escapeHtml(p.fitted)}` : ""}${p.grade === "not reproducible" && p.reason ? `<br><i>Not reproducible:</i> ${escapeHtml(p.reason)}` : ""}</td></tr>`;
  });
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>sanctions-lab: claims</title><style>${STYLE}.g-exact,.g-holds{background:#e8f5e9}.g-close{background:#f1f8e9}.g-diverges,.g-fails{background:#ffebee}.g-mixed{background:#fff3e0}.g-not-reproducible{background:#eeeeee}label{margin-right:1em}</style></head><body>
<h1>sanctions-lab: every claim</h1>
<p>One row per claim (its primary reading; the spread across the other readings under "robustness"). The rules are stated in the <a href="REPRODUCTION.html">reproduction report</a>.</p>
<form id="filters">
<label>paper <select name="paper">${options(claims.map((c) => c.paper))}</select></label>
<label>kind <select name="kind">${options(claims.map((c) => c.kind))}</select></label>
<label>grade <select name="grade">${options(claims.map((c) => c.grade))}</select></label>
<label>display item <select name="ditem">${options(claims.map((c) => `${c.paper}: ${itemTitle(c.paper, c.item)}`))}</select></label>
<span id="shown"></span>
</form>
<table id="claims"><thead><tr><th>paper</th><th>display item</th><th>where</th><th>kind</th><th>grade</th><th>published</th><th>ours</th><th>unit</th><th>reading</th><th>robustness</th><th>explanation</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody></table>
<script>
(function () {
  var form = document.getElementById("filters"), rows = document.querySelectorAll("#claims tbody tr");
  function apply() {
    var n = 0;
    rows.forEach(function (r) {
      var ok = ["paper", "kind", "grade", "ditem"].every(function (k) { var v = form.elements.namedItem(k).value; return !v || r.dataset[k] === v; });
      r.style.display = ok ? "" : "none";
      if (ok) n++;
    });
    document.getElementById("shown").textContent = n + " of " + rows.length + " claims";
  }
  form.addEventListener("change", apply);
  apply();
})();
</script>
</body></html>
`;
  const out = path.join(siteDir, "claims.html");
  fs.mkdirSync(siteDir, { recursive: true });
  fs.writeFileSync(out, html);
  return out;
}

export function buildSite(executedDir: string, siteDir: string, reportMd: string | null, titles: Record<string, string> = {}, records: ClaimRecord[] | null = null): string {
  fs.mkdirSync(siteDir, { recursive: true });
  copyMathJax(siteDir);
  copyRequireJs(siteDir);
  const notebooks = fs.existsSync(executedDir) ? fs.readdirSync(executedDir).filter((f) => f.endsWith(".ipynb")).sort() : [];
  if (notebooks.length) {
    execFileSync("jupyter", ["nbconvert", "--to", "html", ...NBCONVERT_MATHJAX, "--output-dir", siteDir, ...notebooks.map((n) => path.join(executedDir, n))], { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env } });
  }
  const links = notebooks.map((n) => {
    const stem = n.replace(/\.ipynb$/, "");
    return `<li><a href="${encodeURI(stem)}.html">${escapeHtml(titles[n] ?? stem)}</a> <small>(${escapeHtml(n)})</small></li>`;
  });
  if (reportMd !== null) {
    renderReportPage(reportMd, siteDir);
  }
  if (records) renderClaimsPage(records, siteDir);
  const index = `<!doctype html><html><head><meta charset="utf-8"><title>sanctions-lab: results</title><style>${STYLE}</style></head><body>
<h1>sanctions-lab: executed notebooks</h1>
<p>Each page is a notebook executed headless by <code>npm run reproduce</code> with the tslab kernel. The claims it records are collected in the <a href="REPRODUCTION.html">reproduction report</a>${records ? ' and in <a href="claims.html">one table filterable by paper, kind, grade and display item</a>' : ""}.</p>
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
