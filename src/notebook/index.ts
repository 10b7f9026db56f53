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

/** Published and reproduced values of a record as shown under a cell. */
function shownValues(r: ClaimRecord): { pub: string; rep: string } {
  const pub = r.printed ?? (typeof r.published === "number" ? formatCell(r.published, 6) : r.published);
  const rep = r.reproduced === null ? "n/a" : typeof r.reproduced === "number" ? formatCell(r.reproduced, 6) : r.reproduced;
  return { pub: String(pub), rep: String(rep) };
}

/** The one-line badge of a claim record (HTML), with an optional second line. */
function badgeHtml(r: ClaimRecord, reading: string, second = ""): string {
  const { pub, rep } = shownValues(r);
  return `<div class="sanctions-lab-claim" style="font-family:monospace;font-size:90%"><span style="color:white;background:${BADGE[r.grade]};padding:1px 6px;border-radius:3px">${r.grade}</span> <span style="color:#555">${r.kind}</span> ${escapeHtml(r.where)}: published <b>${escapeHtml(String(pub))}</b>, ours <b>${escapeHtml(String(rep))}</b> ${escapeHtml(r.unit)}${escapeHtml(reading)}${second ? `<br><span style="color:#555">&nbsp;&nbsp;${escapeHtml(second)}</span>` : ""}</div>`;
}

function showRecord(r: ClaimRecord): ClaimRecord {
  const reading = r.readingKey ? ` [${r.primary ? "primary: " : ""}${r.readingKey}]` : "";
  if (inKernel()) {
    showHtml(badgeHtml(r, reading));
  } else {
    const { pub, rep } = shownValues(r);
    console.log(`[claim ${r.grade} ${r.kind}] ${r.where}: published ${pub}, ours ${rep}${r.unit ? " " + r.unit : ""}${reading}`);
  }
  return quietInspect({ ...r }, `[claim ${r.grade}: ${r.where}]`);
}

/** Record a claim (see src/report/claims.ts) and show a one-line grade under the cell. */
export function claim(c: ClaimInput): ClaimRecord {
  return showRecord(recordClaim(c));
}

/** How the non-primary readings of one claim grade: "other readings (20): 17 fails, 3 holds; ours 0.61 .. 0.66". */
export function readingsSummary(records: ClaimRecord[]): string {
  const others = records.filter((r) => !r.primary);
  if (!others.length) return "";
  const counts = new Map<string, number>();
  for (const r of others) counts.set(r.grade, (counts.get(r.grade) ?? 0) + 1);
  const grades = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([g, n]) => `${n} ${g}`).join(", ");
  const nums = others.map((r) => r.reproduced).filter((v): v is number => typeof v === "number");
  const g4 = (x: number) => String(Number(x.toPrecision(4)));
  const range = nums.length ? `; ours ${g4(Math.min(...nums))} .. ${g4(Math.max(...nums))}` : "";
  return `other readings (${others.length}): ${grades}${range}`;
}

/**
 * Record one claim under several readings (exactly one primary). Shows the primary reading's grade
 * and one line summing up the others (every record goes to the claims file and the report): one
 * display per claim, because the kernel's output socket refuses a burst of hundreds of messages
 * from one cell (tslab's zeromq send fails, and with it the cell's error report).
 */
export function claimReadings(...args: Parameters<typeof recordReadings>): ClaimRecord[] {
  const records = recordReadings(...args);
  const primary = records.find((r) => r.primary)!;
  const summary = readingsSummary(records);
  if (inKernel()) {
    showHtml(badgeHtml(primary, ` [primary: ${primary.readingKey}]`, summary));
  } else {
    showRecord(primary);
    if (summary) console.log(`  ${summary}`);
  }
  return records.map((r) => quietInspect({ ...r }, `[claim ${r.grade}: ${r.where}]`));
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
