/**
 * `npm run reproduce`: execute every notebook headless, write reports/claims.json and
 * reports/REPRODUCTION.md, export figures (SVG + PNG) and tables (CSV + LaTeX) into reports/,
 * render the HTML site into build/site/, and print each notebook's time and the total.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../data/datadir";
import { exportFigures } from "../notebook/export";
import { ClaimRecord } from "./claims";
import { aggregate } from "./aggregate";
import { listNotebooks, NOTEBOOK_DIR, runNotebooks } from "./notebooks";
import { ReportMeta, renderMarkdown, writeReport } from "./report";
import { buildSite, notebookTitle } from "./site";

export interface ReproduceOptions {
  only?: string[];
  /** build folder (default <repo>/build) */
  build?: string;
  /** reports folder (default <repo>/reports) */
  reports?: string;
  site?: boolean;
  figures?: boolean;
}

export async function reproduce(opts: ReproduceOptions = {}): Promise<number> {
  const t0 = Date.now();
  const build = opts.build ?? path.join(REPO_ROOT, "build");
  const reports = opts.reports ?? path.join(REPO_ROOT, "reports");
  const only = opts.only ?? [];
  for (const d of ["figures", "tables"]) fs.rmSync(path.join(build, d), { recursive: true, force: true });
  const list = listNotebooks(only);
  console.log(`Executing ${list.length} notebook(s) with the tslab kernel ...`);
  const runs = await runNotebooks({
    build,
    only,
    onDone: (r) => console.log(`  ${r.ok ? "ok    " : "FAILED"} ${r.name.padEnd(48)} ${r.seconds.toFixed(1).padStart(6)} s  ${r.claims.length} claims`),
  });
  const failed = runs.filter((r) => !r.ok);
  if (failed.length) {
    for (const f of failed) console.error(f.log);
    console.error(`\n${failed.length} notebook(s) failed: ${failed.map((f) => f.name).join(", ")}. Reports were not updated.`);
    return 1;
  }
  // claims: with --only, keep the committed claims of the notebooks not run
  let claims: ClaimRecord[] = runs.flatMap((r) => r.claims);
  const claimsPath = path.join(reports, "claims.json");
  if (only.length && fs.existsSync(claimsPath)) {
    const ran = new Set(runs.map((r) => r.name));
    const kept = (JSON.parse(fs.readFileSync(claimsPath, "utf8")) as ClaimRecord[]).filter((c) => !ran.has(c.source));
    claims = [...kept, ...claims];
  }
  const meta: ReportMeta = { notebooks: runs.map((r) => ({ name: r.name, seconds: r.seconds })) };
  writeReport(reports, claims, meta);
  // tables
  const tablesSrc = path.join(build, "tables");
  if (fs.existsSync(tablesSrc)) {
    fs.mkdirSync(path.join(reports, "tables"), { recursive: true });
    for (const f of fs.readdirSync(tablesSrc)) fs.copyFileSync(path.join(tablesSrc, f), path.join(reports, "tables", f));
  }
  // figures
  if (opts.figures !== false) {
    const t1 = Date.now();
    const figs = await exportFigures(path.join(build, "figures"), path.join(reports, "figures"));
    console.log(`Exported ${figs.length} figure(s) as SVG and PNG to reports/figures in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
  }
  // site
  if (opts.site !== false) {
    const t2 = Date.now();
    const titles: Record<string, string> = {};
    for (const nb of listNotebooks()) titles[nb] = notebookTitle(path.join(NOTEBOOK_DIR, nb));
    const index = buildSite(path.join(build, "executed"), path.join(build, "site"), renderMarkdown(claims, meta), titles, claims);
    console.log(`Rendered the HTML site (${path.relative(process.cwd(), index)}) in ${((Date.now() - t2) / 1000).toFixed(1)} s`);
  }
  const agg = aggregate(claims);
  const byKind = new Map<string, Map<string, number>>();
  for (const c of agg) {
    const m = byKind.get(c.kind) ?? new Map<string, number>();
    m.set(c.grade, (m.get(c.grade) ?? 0) + 1);
    byKind.set(c.kind, m);
  }
  console.log(`\nClaims: ${agg.length} (${claims.length} records across readings) -> reports/REPRODUCTION.md`);
  for (const [k, m] of byKind) console.log(`  ${k.padEnd(20)} ${[...m].map(([g, v]) => `${v} ${g}`).join(", ")}`);
  console.log(`Total time: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return 0;
}
