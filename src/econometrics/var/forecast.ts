/**
 * Forecasts from a VAR with MSE-based intervals (Lütkepohl 2005, section 2.2.2-2.2.3):
 *   y_{T+h|T} = nu + sum_l A_l y_{T+h-l|T},  MSE(h) = sum_{i<h} Phi_i sigma_u Phi_i',
 * intervals y +- z_{1-a/2} sqrt(diag MSE(h)) (the estimation-uncertainty term is not added, as
 * statsmodels forecast_interval and vars predict).
 */
import { InvalidParameterError } from "../../core/errors";
import { normalQuantile } from "../distributions";
import { deterministicCount, VarResult } from "./estimate";
import { lagMatricesFlat, maCoefficientsFlat } from "./irf";

export interface Forecast {
  steps: number;
  point: number[][];
  lower: number[][];
  upper: number[][];
  stderr: number[][];
  ci: number;
}

/**
 * Forecasts `steps` periods after the sample. With exogenous regressors, `exogFuture` gives their
 * values for those periods (steps x E), as statsmodels' exog_future.
 */
export function forecast(res: VarResult, steps: number, ci = 0.95, exogFuture?: number[][]): Forecast {
  if (!Number.isInteger(steps) || steps < 1 || steps > 10000) throw new InvalidParameterError("steps", `must be an integer in [1, 10000], got ${steps}`);
  if (!(ci > 0 && ci < 1)) throw new InvalidParameterError("ci", `must lie in (0, 1), got ${ci}`);
  const E = res.nExog;
  if (E > 0) {
    if (!exogFuture || exogFuture.length !== steps || exogFuture.some((r) => r.length !== E || r.some((v) => !Number.isFinite(v)))) {
      throw new InvalidParameterError("exogFuture", `the VAR has ${E} exogenous regressor(s): give their values for the ${steps} forecast periods (${steps} rows of ${E} finite numbers)`);
    }
  } else if (exogFuture) throw new InvalidParameterError("exogFuture", "the VAR has no exogenous regressors");
  const { K, p, Ttotal, y } = res;
  const d = deterministicCount(res.trend);
  const hist = Array.from({ length: p }, (_, l) => Array.from(y.subarray((Ttotal - 1 - l) * K, (Ttotal - l) * K))); // hist[0] = y_T
  const point: number[][] = [];
  for (let h = 1; h <= steps; h++) {
    const next = new Array(K).fill(0);
    for (let i = 0; i < K; i++) {
      let s = d >= 1 ? res.coef[0][i] : 0;
      // the trend regressor of data row t (0-based) is t + 1 (statsmodels/vars: p+1..T_total), so the
      // h-step forecast uses T_total + h (statsmodels VARResults.forecast)
      if (d === 2) s += res.coef[1][i] * (Ttotal + h);
      for (let l = 0; l < p; l++) for (let j = 0; j < K; j++) s += res.A[l][i][j] * hist[l][j];
      for (let e = 0; e < E; e++) s += res.coef[d + K * p + e][i] * exogFuture![h - 1][e];
      next[i] = s;
    }
    point.push(next);
    hist.unshift(next);
    hist.pop();
  }
  const phi = maCoefficientsFlat(lagMatricesFlat(res), K, p, steps);
  const S = res.sigmaU;
  const mse = Array.from({ length: K }, () => 0);
  const z = normalQuantile(1 - (1 - ci) / 2);
  const stderr: number[][] = [], lower: number[][] = [], upper: number[][] = [];
  for (let h = 0; h < steps; h++) {
    const o = h * K * K;
    for (let i = 0; i < K; i++) {
      let s = 0;
      for (let a = 0; a < K; a++) for (let b = 0; b < K; b++) s += phi[o + i * K + a] * S[a][b] * phi[o + i * K + b];
      mse[i] += s;
    }
    const se = mse.map(Math.sqrt);
    stderr.push(se);
    lower.push(point[h].map((v, i) => v - z * se[i]));
    upper.push(point[h].map((v, i) => v + z * se[i]));
  }
  return { steps, point, lower, upper, stderr, ci };
}
