/**
 * Seasonal dummies (R vars `season = s`, centred) and ARCH-LM tests, against statsmodels 0.13.5
 * (test/fixtures/var/scripts/sm_season_arch.py): a VAR with centred quarterly dummies equals
 * statsmodels' VAR with uncentred dummies in everything but the constant (the same column space);
 * univariate ARCH-LM equals statsmodels' het_arch; the multivariate ARCH-LM equals a numpy
 * computation of Lütkepohl's VARCH_LM in the same script.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { fitVar, irf } from "../../src/econometrics/var/index";
import { seasonalDummies } from "../../src/econometrics/var/season";
import { archLm, archLmByEquation, archLmMultivariate } from "../../src/econometrics/var/arch";
import { InvalidParameterError, SanctionsLabError } from "../../src/core/errors";

const FX = path.join(__dirname, "..", "fixtures", "var");
const ref = JSON.parse(fs.readFileSync(path.join(FX, "sm_season_arch.json"), "utf8"));
const y = fs.readFileSync(path.join(FX, "macrodata_dlog.csv"), "utf8").trim().split("\n").slice(1).map((l) => l.split(",").slice(1).map(Number));
const names = ["realgdp", "realcons", "realinv"];

function close(a: unknown, b: unknown, tol: number, where = ""): void {
  if (Array.isArray(b)) {
    expect(Array.isArray(a), `${where}: not an array`).toBe(true);
    expect((a as unknown[]).length, `${where}: length`).toBe(b.length);
    b.forEach((v, i) => close((a as unknown[])[i], v, tol, `${where}[${i}]`));
    return;
  }
  expect(typeof a === "number" && Number.isFinite(a), `${where}: ${String(a)} is not a finite number`).toBe(true);
  expect(Math.abs((a as number) - (b as number)), `${where}: ${a} vs ${b}`).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b as number)));
}

describe("centred seasonal dummies (R vars season = s)", () => {
  it("follow R vars' construction: (I - 1/s) without the last column, cycling from the first observation", () => {
    const d = seasonalDummies(9, 4);
    expect(d.names).toEqual(["sd1", "sd2", "sd3"]);
    expect(d.rows[0]).toEqual([0.75, -0.25, -0.25]);
    expect(d.rows[3]).toEqual([-0.25, -0.25, -0.25]);
    expect(d.rows[4]).toEqual(d.rows[0]);
    expect(seasonalDummies(3, { period: 4, first: 3 }).rows[1]).toEqual([0.75, -0.25, -0.25]);
    for (const bad of [1, 2.5, 0, Number.NaN]) expect(() => seasonalDummies(10, bad)).toThrow(InvalidParameterError);
    expect(() => seasonalDummies(10, { period: 12, first: 12 })).toThrow(/first/);
  });
  it("a VAR(2) with season = 4 equals statsmodels with uncentred dummies: lags, sigma_u, fitted values, OIRFs (1e-10)", () => {
    const res = fitVar(y, { lags: 2, names, season: 4 });
    expect(res.nExog).toBe(3);
    const s = ref.season;
    close(res.A, s.A, 1e-10, "A");
    close(res.sigmaU, s.sigma_u, 1e-10, "sigma_u");
    close(res.llf, s.llf, 1e-10, "llf");
    const fitted = res.resid.map((u, t) => u.map((v, k) => y[t + 2][k] - v));
    close(fitted, s.fitted, 1e-10, "fitted");
    close(irf(res, 8).orth, s.orth, 1e-10, "orth");
  });
  it("season adds to user exogenous regressors and refuses mismatched rows", () => {
    const post = y.map((_, t) => [t > 100 ? 1 : 0]);
    const res = fitVar(y, { lags: 2, names, exog: post, exogNames: ["post"], season: 4 });
    expect(res.nExog).toBe(4);
    expect(() => fitVar(y, { lags: 2, names, exog: post.slice(1), season: 4 })).toThrow(/rows/);
  });
});

describe("ARCH-LM tests", () => {
  const res = fitVar(y, { lags: 2, names });
  it("univariate: equal statsmodels het_arch (LM and p-value, 1e-10)", () => {
    const t = archLmByEquation(res, 4);
    t.forEach((x, k) => {
      close(x.statistic, ref.arch_univariate_q4[k].lm, 1e-10, `lm ${k}`);
      close(x.pvalue, ref.arch_univariate_q4[k].p, 1e-10, `p ${k}`);
      expect(x.df).toBe(4);
    });
  });
  it("multivariate: equals the numpy VARCH_LM (q = 2, 4)", () => {
    for (const q of [2, 4]) {
      const t = archLmMultivariate(res, q);
      close(t.statistic, ref.arch_multivariate[q].stat, 1e-9, `stat q=${q}`);
      close(t.pvalue, ref.arch_multivariate[q].p, 1e-9, `p q=${q}`);
      expect(t.df).toBe(ref.arch_multivariate[q].df);
    }
  });
  it("refuses bad lags, too short samples and non-finite residuals with typed errors", () => {
    expect(() => archLm([1, 2, 3], 0)).toThrow(InvalidParameterError);
    expect(() => archLm([1, 2, 3, 4], 2)).toThrow(SanctionsLabError);
    expect(() => archLm([1, 2, Number.NaN, 4, 5, 6, 7, 8, 9, 10], 1)).toThrow(/not finite/);
    expect(() => archLmMultivariate(res, 60)).toThrow(/needs more than/);
  });
});

describe("fitVar argument checks", () => {
  it("null data or options are typed errors, not TypeErrors", () => {
    expect(() => fitVar(null as never, { lags: 1 })).toThrow(InvalidParameterError);
    expect(() => fitVar(y, null as never)).toThrow(InvalidParameterError);
  });
});
