/**
 * Issue 18: the asymptotic IRF standard errors computed by running sums and the closed-form Sigma
 * term (irfAsymptoticStderr) equal the direct delta method (irfAsymptoticStderrDirect, tested
 * against R vars and statsmodels elsewhere) to 1e-12 relative, for orthogonalised and MA responses,
 * cumulative or not, both coefficient-term methods (recursion for long horizons, double sum for many
 * variables), with trend terms and several lag orders.
 */
import { describe, expect, it } from "vitest";
import { Rng } from "../../src/core/rng";
import { fitVar } from "../../src/econometrics/var/index";
import { irf, irfAsymptoticStderr, irfAsymptoticStderrDirect } from "../../src/econometrics/var/irf";
import { choleskyFactor } from "../../src/econometrics/var/estimate";
import { lagMatricesFlat, maCoefficientsFlat } from "../../src/econometrics/var/irf";

function data(K: number, T: number, seed: number): number[][] {
  const rng = new Rng(seed);
  const y: number[][] = [new Array(K).fill(0), new Array(K).fill(0)];
  for (let t = 2; t < T + 50; t++) {
    const row: number[] = [];
    for (let i = 0; i < K; i++) {
      let s = 0.1;
      for (let j = 0; j < K; j++) s += (i === j ? 0.4 : 0.05) * y[t - 1][j] + (i === j ? -0.15 : 0.02) * y[t - 2][j];
      row.push(s + rng.normal());
    }
    y.push(row);
  }
  return y.slice(50);
}

function maxRel(a: number[][][], b: number[][][]): number {
  let worst = 0;
  for (let h = 0; h < a.length; h++) for (let i = 0; i < a[h].length; i++) for (let j = 0; j < a[h][i].length; j++) {
    const x = a[h][i][j], y = b[h][i][j];
    worst = Math.max(worst, Math.abs(x - y) / Math.max(Math.abs(y), 1e-300));
  }
  return worst;
}

describe("fast IRF standard errors equal the direct delta method", () => {
  const cases: [number, number, number, string][] = [[3, 1, 30, "c"], [4, 2, 40, "c"], [6, 2, 60, "ct"], [5, 3, 25, "n"], [12, 2, 8, "c"]];
  for (const [K, p, H, trend] of cases) {
    for (const cumulative of [false, true]) {
      it(`K = ${K}, p = ${p}, H = ${H}, trend ${trend}${cumulative ? ", cumulative" : ""}: 1e-12`, () => {
        const res = fitVar(data(K, 200, K * 100 + p), { lags: p, trend: trend as "c" });
        const S = res.sigmaU;
        const phi = maCoefficientsFlat(lagMatricesFlat(res), K, p, H);
        const P = choleskyFactor(S);
        const fast = irfAsymptoticStderr(res, phi, P, H, S, cumulative);
        const direct = irfAsymptoticStderrDirect(res, phi, P, H, S, cumulative);
        expect(maxRel(fast.orth.slice(1), direct.orth.slice(1))).toBeLessThan(1e-12);
        expect(maxRel(fast.ma.slice(1), direct.ma.slice(1))).toBeLessThan(1e-12);
        // horizon 0: MA errors are zero, orthogonalised ones come from the Sigma term only
        expect(maxRel(fast.orth.slice(0, 1), direct.orth.slice(0, 1))).toBeLessThan(1e-12);
      });
    }
  }
  it("irf() uses the fast form (ML covariance too)", () => {
    const res = fitVar(data(4, 150, 7), { lags: 2 });
    const r = irf(res, 15, { sigma: "ml" });
    const phi = maCoefficientsFlat(lagMatricesFlat(res), 4, 2, 15);
    const direct = irfAsymptoticStderrDirect(res, phi, choleskyFactor(res.sigmaUml), 15, res.sigmaUml);
    expect(maxRel(r.orthStderr.slice(1), direct.orth.slice(1))).toBeLessThan(1e-12);
  });
});
