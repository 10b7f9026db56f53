/**
 * Forecast error variance decomposition (Lütkepohl 2005, section 2.3.3, eq. 2.3.37):
 *   omega_{ij}(h) = sum_{l<h} Theta_l[i][j]^2 / MSE_i(h),  MSE_i(h) = sum_{l<h} sum_j Theta_l[i][j]^2,
 * for h = 1..H; fevd[h-1][i][j] is the share of variable i's h-step forecast error variance due to
 * orthogonalised shock j. Shares are invariant to the scale of sigma_u (vars, statsmodels and gretl agree).
 */
import { InvalidParameterError } from "../../core/errors";
import { IrfResult } from "./irf";

export function fevdFromOrth(orth: number[][][], H: number): number[][][] {
  if (!Number.isInteger(H) || H < 1 || H > orth.length) throw new InvalidParameterError("horizon", `FEVD horizon must be in [1, ${orth.length}], got ${H}`);
  const K = orth[0].length;
  const out: number[][][] = [];
  const acc = Array.from({ length: K }, () => new Array(K).fill(0));
  for (let h = 1; h <= H; h++) {
    const th = orth[h - 1];
    for (let i = 0; i < K; i++) for (let j = 0; j < K; j++) acc[i][j] += th[i][j] * th[i][j];
    out.push(acc.map((row) => {
      const tot = row.reduce((a, b) => a + b, 0);
      return row.map((v) => v / tot);
    }));
  }
  return out;
}

/** FEVD for h = 1..H from an IRF computed to at least H - 1. */
export function fevd(ir: IrfResult, H: number): number[][][] {
  return fevdFromOrth(ir.orth, H);
}
