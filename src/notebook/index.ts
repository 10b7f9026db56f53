/**
 * Everything a notebook needs to present results: `plot`, `table`, `claim`, `md`.
 * Notebooks import from "./src/notebook" (notebooks/src is a symlink to ../src).
 */
import { claim as recordClaim, claimReadings as recordReadings, ClaimRecord, ClaimInput, Reading, recordedClaims, PaperId } from "../report/claims";
import { escapeHtml, inKernel, quietInspect, showHtml, showMarkdown } from "./display";
import { formatCell, table } from "./table";

export { plot, styled, PALETTE } from "./plot";
export type { PlotlyFigure, PlotOptions } from "./plot";
export { table, tableToHtml, tableToCsv, tableToLatex, formatCell } from "./table";
export type { Table, Cell } from "./table";
export { showHtml, showMarkdown, inKernel, buildDir } from "./display";
export type { ClaimRecord, ClaimInput, PaperId, Reading, Kind, Grade } from "../report/claims";

/** Markdown output from a code cell (for computed prose). */
export function md(text: string): void {
  showMarkdown(text);
}

const BADGE: Record<string, string> = {
  exact: "#1b5e20", close: "#558b2f", diverges: "#c62828", "not reproducible": "#6d6d6d",
  holds: "#1b5e20", mixed: "#ef6c00", fails: "#c62828",
};

function showRecord(r: ClaimRecord): ClaimRecord {
  const pub = r.printed ?? (typeof r.published === "number" ? formatCell(r.published, 6) : r.published);
  const rep = r.reproduced === null ? "n/a" : typeof r.reproduced === "number" ? formatCell(r.reproduced, 6) : r.reproduced;
  const reading = r.readingKey ? ` [${r.primary ? "primary: " : ""}${r.readingKey}]` : "";
  if (inKernel()) {
    showHtml(`<div class="sanctions-lab-claim" style="font-family:monospace;font-size:90%"><span style="color:white;background:${BADGE[r.grade]};padding:1px 6px;border-radius:3px">${r.grade}</span> <span style="color:#555">${r.kind}</span> ${escapeHtml(r.where)}: published <b>${escapeHtml(String(pub))}</b>, ours <b>${escapeHtml(String(rep))}</b> ${escapeHtml(r.unit)}${escapeHtml(reading)}</div>`);
  } else {
    console.log(`[claim ${r.grade} ${r.kind}] ${r.where}: published ${pub}, ours ${rep}${r.unit ? " " + r.unit : ""}${reading}`);
  }
  return quietInspect({ ...r }, `[claim ${r.grade}: ${r.where}]`);
}

/** Record a claim (see src/report/claims.ts) and show a one-line grade under the cell. */
export function claim(c: ClaimInput): ClaimRecord {
  return showRecord(recordClaim(c));
}

/** Record one claim under several readings (exactly one primary) and show each grade. */
export function claimReadings(...args: Parameters<typeof recordReadings>): ClaimRecord[] {
  return recordReadings(...args).map(showRecord);
}

/** A table of the claims recorded so far in this notebook. */
export function claimsTable(paper?: PaperId) {
  const cs = recordedClaims(paper);
  return table({
    caption: "Claims recorded in this notebook",
    columns: ["where", "kind", "reading", "published", "ours", "unit", "grade", "gap"],
    rows: cs.map((c) => [c.where, c.kind, c.readingKey, c.printed ?? c.published, c.reproduced, c.unit, c.grade, c.gap]),
    digits: 6,
  });
}
