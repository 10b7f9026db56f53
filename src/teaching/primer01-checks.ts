/**
 * Exercise checks of primer 1 (a VAR from first principles). The notebook's check cells only call
 * these functions, so the cells show neither the reference computation nor the answer; each function
 * returns true for a correct answer and a short reason otherwise (the form `exerciseProperty` takes).
 * The references are computed here with the engine, by a route that differs from the worked solutions.
 */
import { fitVar, irf, selectOrder } from "../econometrics/var/index";

type Matrix = number[][];

/**
 * Exercise 1: an impact matrix for a reordered Cholesky identification. `theta` has rows in the
 * original variable order and columns the shocks in the new order; `newOrder[k]` is the original index
 * of the variable in position k of the new order. Correct when theta theta' reproduces `sigma` (within
 * `tol` x max(1, |sigma_ij|)) and, with the rows permuted to the new order, theta is lower triangular with
 * a positive diagonal.
 */
export function checkImpactMatrix(theta: Matrix, sigma: Matrix, newOrder: number[], tol = 1e-8): boolean | string {
  const K = sigma.length;
  if (!Array.isArray(theta) || theta.length !== K || theta.some((r) => !Array.isArray(r) || r.length !== K))
    return `give a ${K} x ${K} array`;
  if (theta.some((r) => r.some((v) => typeof v !== "number" || !Number.isFinite(v))))
    return "every entry must be a finite number";
  for (let i = 0; i < K; i++) {
    for (let j = 0; j < K; j++) {
      let s = 0;
      for (let k = 0; k < K; k++) s += theta[i][k] * theta[j][k];
      if (Math.abs(s - sigma[i][j]) > tol * Math.max(1, Math.abs(sigma[i][j])))
        return "Theta_0 Theta_0' does not reproduce Sigma_u";
    }
  }
  const inNew = newOrder.map((i) => theta[i]);
  const triangular = inNew.every((r, i) => r.every((v, j) => (j > i ? Math.abs(v) < 1e-10 : j < i || v > 0)));
  return triangular || "the zero pattern or the signs do not match this ordering";
}

/**
 * Exercise 2: the smallest maximum lag (searched from 1 up to `limit`) at which AIC and BIC, each
 * minimised over p = 0..p_max on the common sample of `selectOrder`, choose different orders.
 */
export function checkAicBicDisagreement(q: number, y: Matrix, limit = 16): boolean | string {
  if (!Number.isInteger(q) || q < 1 || q > limit) return `give an integer between 1 and ${limit}`;
  const differ = (mx: number) => { const s = selectOrder(y, mx); return s.selected.aic !== s.selected.bic; };
  if (!differ(q)) return "AIC and BIC agree at this p_max";
  for (let mx = 1; mx < q; mx++) if (differ(mx)) return "they already disagree at a smaller p_max";
  return true;
}

/**
 * Reference for exercise 3: the long-run responses of the three log levels to a one-s.d. investment
 * shock (Cholesky, order GDP, consumption, investment; df-corrected Sigma_u) in the VAR(4) of the
 * growth rates fitted to y.slice(4), as in section 9 of the primer. Computed as the engine's cumulated
 * responses at a horizon long enough for the sum to converge (the roots are below 0.71).
 */
export function longRunInvestmentShock(y: Matrix, horizon = 600): number[] {
  const res = fitVar(y.slice(4), { lags: 4 });
  const cum = irf(res, horizon).orthCumulative[horizon];
  return cum.map((row) => row[2]);
}

/** Exercise 3: the answer (three numbers: GDP, consumption, investment) within `relTol`, relative. */
export function checkLongRunInvestmentShock(answer: number[], y: Matrix, relTol = 1e-6): boolean | string {
  if (!Array.isArray(answer) || answer.length !== 3 || answer.some((v) => typeof v !== "number" || !Number.isFinite(v)))
    return "give three finite numbers: the long-run responses of the GDP, consumption and investment levels";
  const ref = longRunInvestmentShock(y);
  const off = answer.map((v, i) => Math.abs(v - ref[i]) > relTol * Math.max(1, Math.abs(ref[i])));
  if (off.every((o) => !o)) return true;
  return `${off.filter((o) => o).length} of the 3 numbers are not within ${relTol} (relative)`;
}
