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
  const ic = res.infoCriteria;
  lines.push(`AIC ${formatCell(ic.aic, 6)}  BIC ${formatCell(ic.bic, 6)}  HQIC ${formatCell(ic.hqic, 6)}  FPE ${formatCell(ic.fpe, 6)}  (log|Sigma_ML| + penalty; statsmodels' definitions)`);
  for (const w of res.warnings) lines.push(`warning: ${w}`);
  for (const t of coefficientTables(res)) {
    lines.push("", t.caption!);
    const w = [14, 12, 12, 9, 9];
    lines.push(t.columns.map((c, i) => c.padStart(w[i])).join(" "));
    for (const r of t.rows) lines.push(r.map((v, i) => (typeof v === "number" ? formatCell(v, 5) : String(v)).padStart(w[i])).join(" "));
  }
  lines.push("", "Residual covariance (df-adjusted):");
  for (const row of res.sigmaU) lines.push(row.map((v) => formatCell(v, 5).padStart(12)).join(" "));
  lines.push("", "Residual correlation:");
  for (const row of residualCorrelation(res)) lines.push(row.map((v) => v.toFixed(4).padStart(12)).join(" "));
  return lines.join("\n");
}

/** Correlation matrix of the residuals (from sigma_u). */
export function residualCorrelation(res: VarResult): number[][] {
  const S = res.sigmaU;
  return S.map((row, i) => row.map((v, j) => v / Math.sqrt(S[i][i] * S[j][j])));
}

/** Residual covariance and correlation as a table (lower triangle: correlations; diagonal and upper: covariances). */
export function residualTable(res: VarResult): Table {
  const C = residualCorrelation(res);
  return {
    caption: "Residuals: covariance sigma_u (diagonal and above) and correlation (below the diagonal)",
    columns: ["", ...res.names],
    rows: res.names.map((n, i) => [n, ...res.names.map((_, j) => (j >= i ? res.sigmaU[i][j] : C[i][j]))]),
    digits: 4,
  };
}

export function summaryHtml(res: VarResult): string {
  const ic = res.infoCriteria;
  const warn = res.warnings.map((w) => `<p style="color:#a00">warning: ${escapeHtml(w)}</p>`).join("");
  const head = `<p><b>VAR(${res.p})</b>, trend '${res.trend}', ${res.K} variables, T = ${res.nobs}; log-likelihood ${formatCell(res.llf, 8)}; AIC ${formatCell(ic.aic, 6)}, BIC ${formatCell(ic.bic, 6)}, HQIC ${formatCell(ic.hqic, 6)}; largest root modulus ${res.roots[0].toFixed(4)} (${res.stable ? "stable" : "not stable"}).</p>`;
  return head + warn + coefficientTables(res).map(tableToHtml).join("") + tableToHtml(residualTable(res));
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function summaryLatex(res: VarResult): string {
  return coefficientTables(res).map((t, j) => tableToLatex(t, `tab:var-${res.names[j]}`)).join("\n");
}
