/**
 * Readable summaries of an estimated VAR: plain text (CLI), HTML and LaTeX (notebooks, papers).
 */
import { formatCell, Table, tableToHtml, tableToLatex } from "../../notebook/table";
import { InvalidParameterError } from "../../core/errors";
import { normalQuantile } from "../distributions";
import type { Bands } from "./bootstrap";
import { VarResult } from "./estimate";
import type { IrfResult } from "./irf";

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

/**
 * Orthogonalised responses of `response` to a shock in `impulse` by horizon (or their cumulative
 * sums), with the asymptotic interval (delta-method s.e., normal quantile) and, when given,
 * resampled bands (compute them with the same `cumulative` setting): one row per step h = 0..H.
 */
export function irfTable(ir: IrfResult, impulse: string, response: string, opts: { ci?: number; bands?: Bands; cumulative?: boolean } = {}): Table {
  const j = nameIndex(ir.names, impulse, "impulse"), i = nameIndex(ir.names, response, "response");
  const ci = opts.ci ?? 0.95;
  if (!(ci > 0 && ci < 1)) throw new InvalidParameterError("ci", `must lie in (0, 1), got ${ci}`);
  const z = normalQuantile(1 - (1 - ci) / 2);
  const pts = opts.cumulative ? ir.orthCumulative : ir.orth;
  const pct = `${Math.round(ci * 1000) / 10}%`;
  const ses = opts.cumulative ? ir.orthCumulativeStderr : ir.orthStderr;
  const columns = ["step", opts.cumulative ? "cumulative OIRF" : "OIRF", "s.e.", `lower ${pct}`, `upper ${pct}`];
  if (opts.bands) columns.push(`band lower (${opts.bands.method})`, `band upper (${opts.bands.method})`);
  const rows = pts.map((m, h) => {
    const r: (number | string)[] = [h, m[i][j]];
    const se = ses[h][i][j];
    r.push(se, m[i][j] - z * se, m[i][j] + z * se);
    if (opts.bands) {
      if (h >= opts.bands.lower.length) throw new InvalidParameterError("bands", `cover horizons 0..${opts.bands.lower.length - 1}, the IRF goes to ${ir.horizon}`);
      r.push(opts.bands.lower[h][i][j], opts.bands.upper[h][i][j]);
    }
    return r;
  });
  return { caption: `Impulse ${impulse}, response ${response}`, columns, rows, digits: 4 };
}

/** Share of `response`'s h-step forecast error variance due to each shock, for the given steps (fevd[h-1]). */
export function fevdTable(fevd: number[][][], names: string[], response: string, steps?: number[]): Table {
  const i = nameIndex(names, response, "response");
  const hs = steps ?? fevd.map((_, k) => k + 1);
  for (const h of hs) if (!Number.isInteger(h) || h < 1 || h > fevd.length) throw new InvalidParameterError("steps", `must be integers in [1, ${fevd.length}], got ${h}`);
  return {
    caption: `Forecast error variance decomposition of ${response}`,
    columns: ["step", ...names],
    rows: hs.map((h) => [h, ...fevd[h - 1][i]]),
    digits: 4,
  };
}

function nameIndex(names: string[], v: string, what: string): number {
  const i = names.indexOf(v);
  if (i < 0) throw new InvalidParameterError(what, `unknown variable '${v}' (variables: ${names.join(", ")})`);
  return i;
}
