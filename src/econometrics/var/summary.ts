/**
 * Readable summaries of an estimated VAR: plain text (CLI), HTML and LaTeX (notebooks, papers).
 */
import { formatCell, Table, tableToHtml, tableToLatex } from "../../notebook/table";
import { VarResult } from "./estimate";

/** One table per equation: coefficient, standard error, t, p (t distribution, as vars). */
export function coefficientTables(res: VarResult): Table[] {
  return res.names.map((eq, j) => ({
    caption: `Equation ${eq}: VAR(${res.p}), trend '${res.trend}', T = ${res.nobs}`,
    columns: ["regressor", "coef", "std. error", "t", "p"],
    rows: res.regressors.map((r, i) => [r, res.coef[i][j], res.stderr[i][j], res.tvalues[i][j], res.pvalues[i][j]]),
    digits: 4,
  }));
}

export function summaryText(res: VarResult): string {
  const lines: string[] = [];
  lines.push(`VAR(${res.p}) with trend '${res.trend}': ${res.K} variables (${res.names.join(", ")}), T = ${res.nobs} effective observations`);
  lines.push(`log-likelihood ${formatCell(res.llf, 8)}; companion roots (moduli) ${res.roots.map((r) => r.toFixed(4)).join(" ")}; ${res.stable ? "stable" : "NOT stable"}`);
  for (const w of res.warnings) lines.push(`warning: ${w}`);
  for (const t of coefficientTables(res)) {
    lines.push("", t.caption!);
    const w = [14, 12, 12, 9, 9];
    lines.push(t.columns.map((c, i) => c.padStart(w[i])).join(" "));
    for (const r of t.rows) lines.push(r.map((v, i) => (typeof v === "number" ? formatCell(v, 5) : String(v)).padStart(w[i])).join(" "));
  }
  lines.push("", "Residual covariance (df-adjusted):");
  for (const row of res.sigmaU) lines.push(row.map((v) => formatCell(v, 5).padStart(12)).join(" "));
  return lines.join("\n");
}

export function summaryHtml(res: VarResult): string {
  const head = `<p><b>VAR(${res.p})</b>, trend '${res.trend}', T = ${res.nobs}; log-likelihood ${formatCell(res.llf, 8)}; largest root modulus ${res.roots[0].toFixed(4)} (${res.stable ? "stable" : "not stable"}).</p>`;
  return head + coefficientTables(res).map(tableToHtml).join("");
}

export function summaryLatex(res: VarResult): string {
  return coefficientTables(res).map((t, j) => tableToLatex(t, `tab:var-${res.names[j]}`)).join("\n");
}
