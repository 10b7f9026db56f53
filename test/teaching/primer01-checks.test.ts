import { describe, expect, it } from "vitest";
import { readCsv, numericColumn } from "../../src/data/csv";
import { repoDataPath } from "../../src/data/datadir";
import { choleskyFactor, fitVar, irf } from "../../src/econometrics/var/index";
import {
  checkAicBicDisagreement, checkImpactMatrix, checkLongRunInvestmentShock, longRunInvestmentShock,
} from "../../src/teaching/primer01-checks";

const raw = readCsv(repoDataPath("teaching", "macrodata.csv"));
const names = ["realgdp", "realcons", "realinv"];
const levels = names.map((n) => numericColumn(raw, n).values);
const y: number[][] = [];
for (let t = 1; t < levels[0].length; t++) y.push(levels.map((x) => 100 * Math.log(x[t] / x[t - 1])));

/** Solve M x = b by Gaussian elimination with partial pivoting (small dense systems). */
function solve(M: number[][], b: number[]): number[] {
  const n = M.length, A = M.map((r, i) => [...r, b[i]]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(A[r][c]) > Math.abs(A[piv][c])) piv = r;
    [A[c], A[piv]] = [A[piv], A[c]];
    for (let r = c + 1; r < n; r++) {
      const f = A[r][c] / A[c][c];
      for (let j = c; j <= n; j++) A[r][j] -= f * A[c][j];
    }
  }
  const x = new Array(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    x[i] = (A[i][n] - A[i].slice(i + 1, n).reduce((s, v, k) => s + v * x[i + 1 + k], 0)) / A[i][i];
  }
  return x;
}

describe("primer 1 exercise checks", () => {
  const res = fitVar(y, { lags: 1, names });
  it("exercise 1: accepts the reordered Cholesky impact matrix and refuses the original one", () => {
    const newOrder = [1, 2, 0];
    const th = irf(fitVar(y, { lags: 1, names, order: ["realcons", "realinv", "realgdp"] }), 0).orth[0];
    const rowsBack = [0, 1, 2].map((i) => th[newOrder.indexOf(i)]);
    expect(checkImpactMatrix(rowsBack, res.sigmaU, newOrder)).toBe(true);
    // the GDP-first factor reproduces Sigma_u too but has the wrong zero pattern
    expect(checkImpactMatrix(choleskyFactor(res.sigmaU), res.sigmaU, newOrder)).toMatch(/zero pattern/);
    const scaled = rowsBack.map((r) => r.map((v) => 1.01 * v));
    expect(checkImpactMatrix(scaled, res.sigmaU, newOrder)).toMatch(/reproduce/);
    expect(checkImpactMatrix([[1, 2]], res.sigmaU, newOrder)).toMatch(/3 x 3/);
  });
  it("exercise 2: AIC and BIC first disagree at p_max = 11", () => {
    expect(checkAicBicDisagreement(11, y)).toBe(true);
    expect(checkAicBicDisagreement(10, y)).toMatch(/agree/);
    expect(checkAicBicDisagreement(12, y)).toMatch(/smaller/);
    expect(checkAicBicDisagreement(0.5, y)).toMatch(/integer/);
  });
  it("exercise 3: the reference equals (I - A1 - ... - A4)^-1 P, third column, and the check uses it", () => {
    const r4 = fitVar(y.slice(4), { lags: 4 });
    const IminusA = [0, 1, 2].map((i) => [0, 1, 2].map((j) =>
      (i === j ? 1 : 0) - r4.A.reduce((s, Al) => s + Al[i][j], 0)));
    const P = choleskyFactor(r4.sigmaU);
    const viaMultiplier = solve(IminusA, P.map((r) => r[2]));
    const ref = longRunInvestmentShock(y);
    ref.forEach((v, i) => expect(Math.abs(v - viaMultiplier[i])).toBeLessThan(1e-10 * Math.max(1, Math.abs(v))));
    expect(checkLongRunInvestmentShock(viaMultiplier, y)).toBe(true);
    expect(checkLongRunInvestmentShock(viaMultiplier.map((v) => v * 1.001), y)).toMatch(/not within/);
    expect(checkLongRunInvestmentShock([1, 2], y)).toMatch(/three/);
    // the VAR(1) of sections 1-7 gives a different column: the exercise is about the VAR(4)
    const r1 = irf(res, 600).orthCumulative[600].map((r) => r[2]);
    expect(checkLongRunInvestmentShock(r1, y)).not.toBe(true);
  });
});
