/**
 * Everything a notebook needs to present results: `plot`, `table`, `claim`, `md`.
 * Notebooks import from "./src/notebook" (notebooks/src is a symlink to ../src).
 */
import { claim as recordClaim, Claim, ClaimInput, recordedClaims, PaperId } from "../report/claims";
import { escapeHtml, inKernel, quietInspect, showHtml, showMarkdown } from "./display";
import { formatCell, table } from "./table";

export { plot, styled, PALETTE } from "./plot";
export type { PlotlyFigure, PlotOptions } from "./plot";
export { table, tableToHtml, tableToCsv, tableToLatex, formatCell } from "./table";
export type { Table, Cell } from "./table";
export { showHtml, showMarkdown, inKernel, buildDir } from "./display";
export type { Claim, ClaimInput, PaperId } from "../report/claims";

/** Markdown output from a code cell (for computed prose). */
export function md(text: string): void {
  showMarkdown(text);
}

const BADGE: Record<string, string> = { match: "#2e7d32", diverges: "#c62828", "not reproducible": "#6d6d6d" };

/** Record a claim (see src/report/claims.ts) and show a one-line verdict under the cell. */
export function claim(c: ClaimInput): Claim {
  const r = recordClaim(c);
  const pub = typeof r.published === "number" ? formatCell(r.published, 6) : r.published;
  const rep = r.reproduced === null ? "n/a" : typeof r.reproduced === "number" ? formatCell(r.reproduced, 6) : r.reproduced;
  const text = `[claim ${r.verdict}] ${r.where}: published ${pub}, reproduced ${rep}${r.unit ? " " + r.unit : ""}`;
  if (inKernel()) {
    showHtml(`<div style="font-family:monospace;font-size:90%"><span style="color:white;background:${BADGE[r.verdict]};padding:1px 6px;border-radius:3px">${r.verdict}</span> ${escapeHtml(r.where)}: published <b>${escapeHtml(String(pub))}</b>, reproduced <b>${escapeHtml(String(rep))}</b> ${escapeHtml(r.unit)}</div>`);
  } else {
    console.log(text);
  }
  return quietInspect({ ...r }, `[claim ${r.verdict}: ${r.where}]`);
}

/** A table of the claims recorded so far in this notebook. */
export function claimsTable(paper?: PaperId) {
  const cs = recordedClaims(paper);
  return table({
    caption: "Claims recorded in this notebook",
    columns: ["where", "published", "reproduced", "unit", "verdict", "gap"],
    rows: cs.map((c) => [c.where, c.published, c.reproduced, c.unit, c.verdict, c.gap]),
    digits: 6,
  });
}
