/**
 * Tables: rendered as HTML in notebooks and written as CSV and LaTeX. Pure renderers
 * (`tableToHtml`, `tableToCsv`, `tableToLatex`) plus `table()` for notebook cells.
 */
import * as fs from "node:fs";
import { toCsvText } from "../data/csv";
import { buildDir, escapeHtml, inKernel, quietInspect, showHtml } from "./display";

export type Cell = string | number | null;

export interface Table {
  columns: string[];
  rows: Cell[][];
  caption?: string;
  /** Significant digits for numbers in HTML/LaTeX (CSV keeps full precision). Default 4. */
  digits?: number;
  /** Source note printed under the table. */
  note?: string;
}

export function formatCell(v: Cell, digits = 4): string {
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v) && Math.abs(v) < 1e9) return String(v);
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-3 || a >= 1e7)) return v.toExponential(digits - 1);
  return v.toFixed(Math.min(20, Math.max(0, digits - 1 - Math.floor(Math.log10(a || 1)))));
}

export function tableToHtml(t: Table): string {
  const d = t.digits ?? 4;
  const head = t.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join("");
  const body = t.rows
    .map((r) => `<tr>${r.map((v) => `<td style="text-align:${typeof v === "number" ? "right" : "left"}">${escapeHtml(formatCell(v, d))}</td>`).join("")}</tr>`)
    .join("");
  const cap = t.caption ? `<caption style="caption-side:top;text-align:left;font-weight:bold">${escapeHtml(t.caption)}</caption>` : "";
  const note = t.note ? `<div style="font-size:85%;color:#555">${escapeHtml(t.note)}</div>` : "";
  return `<table class="sanctions-lab-table">${cap}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>${note}`;
}

export function tableToCsv(t: Table): string {
  return toCsvText(t.columns, t.rows);
}

const LATEX_SPECIAL: Record<string, string> = { "\\": "\\textbackslash{}", "&": "\\&", "%": "\\%", $: "\\$", "#": "\\#", _: "\\_", "{": "\\{", "}": "\\}", "~": "\\textasciitilde{}", "^": "\\textasciicircum{}" };
export function escapeLatex(s: string): string {
  return s.replace(/[\\&%$#_{}~^]/g, (c) => LATEX_SPECIAL[c]);
}

/** A booktabs tabular inside a table environment. */
export function tableToLatex(t: Table, label?: string): string {
  const d = t.digits ?? 4;
  const align = t.columns.map((_, j) => (t.rows.every((r) => r[j] === null || typeof r[j] === "number") ? "r" : "l")).join("");
  const lines = ["\\begin{table}[htbp]", "\\centering"];
  if (t.caption) lines.push(`\\caption{${escapeLatex(t.caption)}}`);
  if (label) lines.push(`\\label{${label}}`);
  lines.push(`\\begin{tabular}{${align}}`, "\\toprule", t.columns.map(escapeLatex).join(" & ") + " \\\\", "\\midrule");
  for (const r of t.rows) lines.push(r.map((v) => escapeLatex(formatCell(v, d))).join(" & ") + " \\\\");
  lines.push("\\bottomrule", "\\end{tabular}");
  if (t.note) lines.push(`\\par\\footnotesize ${escapeLatex(t.note)}`);
  lines.push("\\end{table}");
  return lines.join("\n") + "\n";
}

/**
 * Show a table in the notebook (HTML) and, when `name` is given, write build/tables/<name>.csv and
 * .tex (copied to reports/tables/ by `npm run reproduce`). Returns the table for chaining.
 */
export function table(t: Table, opts: { name?: string } = {}): Table {
  for (const [i, r] of t.rows.entries()) {
    if (r.length !== t.columns.length) throw new Error(`table: row ${i} has ${r.length} cells, expected ${t.columns.length}`);
  }
  if (opts.name) {
    if (!/^[a-z0-9][a-z0-9._-]*$/.test(opts.name)) throw new Error(`table: name '${opts.name}' must be lower-case letters, digits, '.', '_' or '-'`);
    fs.writeFileSync(buildDir("tables", `${opts.name}.csv`), tableToCsv(t));
    fs.writeFileSync(buildDir("tables", `${opts.name}.tex`), tableToLatex(t, `tab:${opts.name}`));
  }
  if (inKernel()) showHtml(tableToHtml(t));
  return quietInspect({ ...t }, `[table${t.caption ? ` "${t.caption}"` : ""}: ${t.rows.length} rows${opts.name ? `, saved as ${opts.name}.csv/.tex` : ""}]`);
}
