/**
 * Bad input across the econometrics engine: every case is a typed error (or, for an unstable
 * VAR, a warning) that names the problem; no NaN reaches an output.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { DataError, InvalidParameterError, NumericalError, SanctionsLabError } from "../../src/core/errors";
import { Rng } from "../../src/core/rng";
import { adf, kpss } from "../../src/econometrics/unitroot";
import { ols } from "../../src/econometrics/ols";
import { choleskyFactor, fevd, fitVar, forecast, grangerCausality, instantaneousCausality, irf, irfBands, portmanteau, selectOrder, summaryText } from "../../src/econometrics/var/index";

const FX = path.join(__dirname, "..", "fixtures", "var");
const y = fs.readFileSync(path.join(FX, "macrodata_dlog.csv"), "utf8").trim().split("\n").slice(1).map((l) => l.split(",").slice(1).map(Number));
const names = ["realgdp", "realcons", "realinv"];
const res = fitVar(y, { lags: 2, names });

/** every number in a nested structure is finite */
function allFinite(x: unknown): boolean {
  if (typeof x === "number") return Number.isFinite(x);
  if (Array.isArray(x)) return x.every(allFinite);
  if (x instanceof Float64Array) return x.every(Number.isFinite);
  if (x && typeof x === "object") return Object.values(x).every(allFinite);
  return true;
}

describe("VAR data problems", () => {
  it("missing value (NaN, undefined-like) names row and variable: DataError DATA_MISSING_VALUE", () => {
    const bad = y.map((r) => [...r]);
    bad[4][1] = Number.NaN;
    try {
      fitVar(bad, { lags: 2, names });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      expect((e as SanctionsLabError).code).toBe("DATA_MISSING_VALUE");
      expect((e as Error).message).toMatch(/row 5, variable 'realcons'/);
    }
    bad[4][1] = Number.POSITIVE_INFINITY;
    expect(() => fitVar(bad, { lags: 2, names })).toThrow(/row 5/);
  });
  it("ragged rows and mismatched names are typed errors", () => {
    const bad = y.map((r) => [...r]);
    bad[7] = [1, 2];
    expect(() => fitVar(bad, { lags: 1, names })).toThrow(/row 8 has 2 values, expected 3/);
    expect(() => fitVar(y, { lags: 1, names: ["a", "b"] })).toThrow(InvalidParameterError);
  });
  it("the smallest sample is m + p + K observations (K residual degrees of freedom for a nonsingular covariance)", () => {
    // K = 3, p = 2, m = 7: 12 rows fit, 11 do not
    expect(fitVar(y.slice(0, 12), { lags: 2, names }).dfResid).toBe(3);
    expect(() => fitVar(y.slice(0, 11), { lags: 2, names })).toThrow(/needs more than 11 observations/);
    expect(selectOrder(y.slice(0, 12 + 0), 2, "c", names).nobs).toBe(10);
    expect(() => selectOrder(y.slice(0, 11), 2, "c", names)).toThrow(/needs more than 11 observations/);
  });
  it("too few observations: VAR, lag selection, exog rows", () => {
    expect(() => fitVar(y.slice(0, 10), { lags: 3, names })).toThrow(DataError);
    expect(() => fitVar([], { lags: 1 })).toThrow(/no observations/);
    expect(() => selectOrder(y.slice(0, 30), 9, "c", names)).toThrow(/Lower --maxlags/);
    expect(() => fitVar(y, { lags: 1, names, exog: [[1]] })).toThrow(/exog/);
  });
  it("singular residual covariance (a variable is an exact function of lagged others): NumericalError", () => {
    // realinv_t := realgdp_{t-1}: its equation fits exactly, so sigma_u is singular
    const z = y.map((r, t) => [r[0], r[1], t > 0 ? y[t - 1][0] : 0]);
    expect(() => fitVar(z, { lags: 1, names })).toThrow(NumericalError);
    expect(() => fitVar(z, { lags: 1, names })).toThrow(/residual covariance is singular.*'realinv' fits exactly/);
    // x3_t = x1_t + x2_t + x1_{t-1}: regressors are not collinear with one lag, but u3 = u1 + u2
    const w = y.map((r, t) => [r[0], r[1], r[0] + r[1] + (t > 0 ? y[t - 1][0] : 0)]);
    expect(() => fitVar(w, { lags: 1, names })).toThrow(/'realinv' are a linear combination/);
  });
  it("a constant exogenous regressor duplicates the constant", () => {
    expect(() => fitVar(y, { lags: 1, names, exog: y.map(() => [2]), exogNames: ["two"] })).toThrow(/'two' is constant or collinear/);
  });
});

describe("identification, horizons, lags", () => {
  it("a non-positive-definite Sigma for Cholesky is a NumericalError NOT_POSITIVE_DEFINITE", () => {
    try {
      choleskyFactor([[1, 2], [2, 1]]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(NumericalError);
      expect((e as SanctionsLabError).code).toBe("NOT_POSITIVE_DEFINITE");
      expect((e as Error).message).toMatch(/Cholesky identification/);
    }
    const broken = { ...res, sigmaU: [[1, 0, 0], [0, -1, 0], [0, 0, 1]] };
    expect(() => irf(broken, 4)).toThrow(/not positive definite/);
  });
  it("horizons and lag arguments out of range are InvalidParameterErrors", () => {
    expect(() => irf(res, 1.5)).toThrow(InvalidParameterError);
    expect(() => irf(res, 1001)).toThrow(InvalidParameterError);
    expect(() => fevd(irf(res, 5), 7)).toThrow(/FEVD horizon/);
    expect(() => fevd(irf(res, 5), 0)).toThrow(InvalidParameterError);
    expect(() => forecast(res, 0)).toThrow(InvalidParameterError);
    expect(() => portmanteau(res, 300)).toThrow(InvalidParameterError);
    expect(() => fitVar(y, { lags: 2.5, names })).toThrow(InvalidParameterError);
    expect(() => selectOrder(y, 0)).toThrow(InvalidParameterError);
    expect(() => fitVar(y, { lags: 2, names, order: ["realgdp", "realcons"] })).toThrow(/exactly once/);
    expect(() => fitVar(y, { lags: 2, names, order: ["realgdp", "realcons", "gdp"] })).toThrow(/unknown variable 'gdp'/);
  });
  it("band options out of range", async () => {
    await expect(irfBands(res, { horizon: -1, progress: false })).rejects.toThrow(InvalidParameterError);
    await expect(irfBands(res, { horizon: 5, replications: 5, progress: false })).rejects.toThrow(/replications/);
    await expect(irfBands(res, { horizon: 5, ci: 1.5, progress: false })).rejects.toThrow(/ci/);
    await expect(irfBands(res, { horizon: 5, workers: 0, progress: false })).rejects.toThrow(/workers/);
    await expect(irfBands(res, { horizon: 5, method: "wild" as never, progress: false })).rejects.toThrow(/method/);
    await expect(irfBands(res, { horizon: 5, interval: "hall", progress: false })).rejects.toThrow(/Hall/);
  });
  it("causality tests need two disjoint, non-empty, known groups", () => {
    expect(() => grangerCausality(res, "gdp")).toThrow(/unknown variable 'gdp'/);
    expect(() => grangerCausality(res, "realgdp", "realgdp")).toThrow(/both causing and caused/);
    expect(() => grangerCausality(res, "realgdp", [])).toThrow(InvalidParameterError);
    expect(() => instantaneousCausality(res, names)).toThrow(/at least one variable/);
    const one = fitVar(y.map((r) => [r[0]]), { lags: 1 });
    expect(() => grangerCausality(one, "y1")).toThrow(/one-variable VAR/);
  });
});

describe("unstable VARs are reported with a warning, and every output stays finite", () => {
  const T = 150;
  const rng = new Rng(9);
  const z: number[][] = [];
  let a = 1, b = 0;
  for (let t = 0; t < T; t++) { a = 1.03 * a + 0.2 * b + rng.normal(); b = 0.5 * b + rng.normal(); z.push([a, b]); }
  const r = fitVar(z, { lags: 2, names: ["x", "w"] });
  it("stable = false, a warning naming the root, finite coefficients, IRFs, s.e., FEVD, forecasts, summary", () => {
    expect(r.stable).toBe(false);
    expect(r.roots[0]).toBeGreaterThan(1);
    expect(r.warnings.join(" ")).toMatch(/not stable: the largest companion eigenvalue modulus is 1\.0\d+/);
    const ir = irf(r, 20);
    expect(allFinite([r.coef, r.stderr, r.sigmaU, r.llf, r.roots, ir.orth, ir.ma, ir.orthStderr, ir.maStderr, fevd(ir, 20), forecast(r, 10)])).toBe(true);
    expect(summaryText(r)).toMatch(/NOT stable/);
  });
  it("bootstrap bands of an unstable VAR are finite (explosive replicates still refit)", async () => {
    const bd = await irfBands(r, { horizon: 10, replications: 50, seed: 3, progress: false });
    expect(allFinite([bd.lower, bd.upper])).toBe(true);
  });
});

describe("unit-root and OLS bad input", () => {
  it("ADF: constant series, deterministic trend, too large maxlag, NaN, bad convention inputs", () => {
    expect(() => adf(new Array(50).fill(3), { maxlag: 1, autolag: null })).toThrow(NumericalError);
    expect(() => adf(Array.from({ length: 50 }, (_, t) => 2 + 0.5 * t), { trend: "ct", maxlag: 1, autolag: null })).toThrow(NumericalError);
    expect(() => adf(y.map((r) => r[0]), { maxlag: 150, autolag: null })).toThrow(/too large/);
    expect(() => adf(y.map((r) => r[0]), { maxlag: -1 })).toThrow(InvalidParameterError);
    expect(() => adf(y.map((r) => r[0]), { maxlag: 0, autolag: "aic", convention: "urca" })).toThrow(/1\.\.maxlag/);
  });
  it("KPSS: NaN, constant series, bad trend, bad lags, too short", () => {
    const x = y.map((r) => r[0]);
    expect(() => kpss([...x.slice(0, 20), Number.NaN, ...x.slice(20)])).toThrow(/observation 21/);
    expect(() => kpss(new Array(40).fill(1))).toThrow(NumericalError);
    expect(() => kpss(x, "n" as never)).toThrow(InvalidParameterError);
    expect(() => kpss(x, "c", -2)).toThrow(InvalidParameterError);
    expect(() => kpss(x.slice(0, 5))).toThrow(DataError);
  });
  it("OLS: constant y, NaN regressor with row and name, shape mismatch", () => {
    expect(() => ols([1, 1, 1, 1], [[1, 1], [1, 2], [1, 3], [1, 5]])).toThrow(/constant/);
    expect(() => ols([1, 2, 3, 4], [[1, 1], [1, Number.NaN], [1, 3], [1, 5]], { names: ["c", "x"] })).toThrow(/'x' is missing or non-finite at row 2/);
    expect(() => ols([1, 2, 3], [[1], [1]])).toThrow(InvalidParameterError);
  });
});
