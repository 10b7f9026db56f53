/**
 * ADF and KPSS against statsmodels 0.13.5, R urca 1.3-3 and gretl 2022c (fixtures in
 * test/fixtures/var, made by the committed scripts there). Tolerances per assertion.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { adf, kpss, mackinnonCrit, mackinnonP } from "../../src/econometrics/unitroot";
import { ols } from "../../src/econometrics/ols";
import { unitRootReport } from "../../src/econometrics/unitroot-report";
import { DataError, InvalidParameterError } from "../../src/core/errors";
import { Rng } from "../../src/core/rng";

const FX = path.join(__dirname, "..", "fixtures", "var");
const json = (f: string) => JSON.parse(fs.readFileSync(path.join(FX, f), "utf8"));
const sm = json("sm_macrodata.json");
const rv = json("r_vars_macrodata.json");
const gretl = json("gretl_macrodata.json");
const extra = json("sm_extra.json");
const rows = (f: string) => fs.readFileSync(path.join(FX, f), "utf8").trim().split("\n").slice(1).map((l) => l.split(",").slice(1).map(Number));
const dlog = rows("macrodata_dlog.csv");
const col = (j: number) => dlog.map((r) => r[j]);
const names = ["dlog_realgdp", "dlog_realcons", "dlog_realinv"];
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe("ADF with a fixed lag equals statsmodels, urca and gretl (1e-9 rel)", () => {
  names.forEach((nm, j) => {
    it(nm, () => {
      for (const trend of ["c", "ct"] as const) {
        const r = adf(col(j), { trend, maxlag: 4, autolag: null });
        const s = sm.adf_statsmodels.series[nm][`${trend}_lag4`];
        expect(rel(r.tau, s.tau)).toBeLessThan(1e-9);
        expect(r.nobs).toBe(s.nobs_regression);
        expect(rel(r.pvalue, s.pvalue_mackinnon)).toBeLessThan(1e-9);
        expect(Math.abs(r.critical["5%"] - s.cval["5%"])).toBeLessThan(1e-12);
        const u = rv.adf_urca.series[nm][`${trend}_lag4`];
        expect(rel(r.tau, u.tau)).toBeLessThan(1e-9);
        expect([r.criticalFuller["1%"], r.criticalFuller["5%"], r.criticalFuller["10%"]]).toEqual(u.cval[0]);
      }
    });
  });
  it("gretl's fixed-lag ADF rows agree (1e-9 rel)", () => {
    // rows: [tau, p, trend (0 = c, 1 = ct), lag (4 fixed; -1 = gretl's AIC test-down, not compared)], 4 per series
    let checked = 0;
    gretl.adf.rows.forEach((row: number[], k: number) => {
      if (row[3] !== 4) return;
      const r = adf(col(Math.floor(k / 4)), { trend: row[2] === 1 ? "ct" : "c", maxlag: 4, autolag: null });
      expect(rel(r.tau, row[0])).toBeLessThan(1e-9);
      checked++;
    });
    expect(checked).toBe(6);
  });
});

describe("ADF lag choice: both conventions", () => {
  names.forEach((nm, j) => {
    it(`${nm}: statsmodels AIC (0..4, re-estimated on the longest sample) and urca AIC (1..4, trimmed) to 1e-9 rel`, () => {
      for (const trend of ["c", "ct"] as const) {
        const s = sm.adf_statsmodels.series[nm][`${trend}_aic_max4`];
        const r = adf(col(j), { trend, maxlag: 4, autolag: "aic" });
        expect(r.usedLag).toBe(s.used_lag);
        expect(r.nobs).toBe(s.nobs_regression);
        expect(rel(r.tau, s.tau)).toBeLessThan(1e-9);
        expect(Math.abs(r.icbest! - s.icbest)).toBeLessThan(1e-9);
        const u = rv.adf_urca.series[nm][`${trend}_aic_max4`];
        const ru = adf(col(j), { trend, maxlag: 4, autolag: "aic", convention: "urca" });
        expect(ru.usedLag).toBe(u.used_lag);
        expect(ru.nobs).toBe(u.nobs_regression);
        expect(rel(ru.tau, u.tau)).toBeLessThan(1e-9);
      }
    });
  });
  it("t-stat, BIC and AIC search with trends n, c, ct on levels and growth rates equal statsmodels (tau 1e-9 rel, same lag)", () => {
    const lv = rows("macrodata_levels_raw.csv").map((r) => r.map(Math.log));
    const series: Record<string, number[]> = { log_realgdp: lv.map((r) => r[0]), dlog_realinv: lv.slice(1).map((r, t) => r[2] - lv[t][2]) };
    for (const [key, e] of Object.entries(extra.adf) as [string, { tau: number; usedlag: number; nobs: number; pvalue: number }][]) {
      const [name, reg, al] = key.split("|");
      const r = adf(series[name], { trend: reg as "n" | "c" | "ct", maxlag: 8, autolag: al === "t-stat" ? "tstat" : (al.toLowerCase() as "aic" | "bic") });
      expect(r.usedLag, key).toBe(e.usedlag);
      expect(r.nobs, key).toBe(e.nobs);
      expect(rel(r.tau, e.tau), key).toBeLessThan(1e-9);
      expect(Math.abs(r.pvalue - e.pvalue), key).toBeLessThan(1e-12);
    }
  });
});

describe("MacKinnon p-values and critical values equal statsmodels (1e-13 abs)", () => {
  it("p-values on a grid of tau for n, c, ct", () => {
    for (const e of extra.mackinnonp) expect(Math.abs(mackinnonP(e.tau, e.regression) - e.p)).toBeLessThan(1e-13);
  });
  it("critical values at several sample sizes", () => {
    for (const e of extra.mackinnoncrit) {
      const c = mackinnonCrit(e.regression, e.nobs);
      expect(Math.abs(c["1%"] - e.crit[0]) + Math.abs(c["5%"] - e.crit[1]) + Math.abs(c["10%"] - e.crit[2])).toBeLessThan(1e-13);
    }
  });
});

describe("KPSS equals statsmodels (statistic 1e-10 rel, same lags and p-value)", () => {
  it("auto, legacy and fixed lags; level and trend stationarity", () => {
    const lv = rows("macrodata_levels_raw.csv").map((r) => r.map(Math.log));
    const series: Record<string, number[]> = { log_realgdp: lv.map((r) => r[0]), dlog_realinv: lv.slice(1).map((r, t) => r[2] - lv[t][2]) };
    for (const [key, e] of Object.entries(extra.kpss) as [string, { stat: number; pvalue: number; lags: number }][]) {
      const [name, reg, nl] = key.split("|");
      const r = kpss(series[name], reg as "c" | "ct", nl === "auto" || nl === "legacy" ? nl : Number(nl));
      expect(r.lags, key).toBe(e.lags);
      expect(rel(r.statistic, e.stat), key).toBeLessThan(1e-10);
      expect(Math.abs(r.pvalue - e.pvalue), key).toBeLessThan(1e-12);
    }
  });
});

describe("OLS", () => {
  it("recovers the coefficients under tiny noise (1e-9 abs; noise s.d. 1e-10), refuses an exact fit, and reports t and normal p-values", () => {
    const rng = new Rng(3);
    const X = Array.from({ length: 50 }, () => [1, rng.normal(), rng.normal()]);
    const y = X.map((x) => 1 + 2 * x[1] - 3 * x[2]);
    expect(() => ols(y, X)).toThrow(/exact linear function/);
    const r = ols(y.map((v) => v + 1e-10 * rng.normal()), X, { names: ["const", "a", "b"] });
    expect(Math.abs(r.coef[0] - 1) + Math.abs(r.coef[1] - 2) + Math.abs(r.coef[2] + 3)).toBeLessThan(1e-9);
    const yN = y.map((v) => v + rng.normal());
    expect(ols(yN, X).pDistribution).toBe("t");
    expect(ols(yN, X, { pvalues: "normal" }).pvalues[1]).toBeLessThan(ols(yN, X).pvalues[1] + 1e-3);
  });
  it("matches the ADF regression's own OLS (1e-12 rel)", () => {
    const x = col(0);
    const dy = x.slice(1).map((v, t) => v - x[t]);
    const X = dy.map((_, t) => [1, x[t]]);
    const r = ols(dy, X);
    expect(rel(r.tvalues[1], adf(x, { trend: "c", maxlag: 0, autolag: null }).tau)).toBeLessThan(1e-12);
  });
});

describe("bad input", () => {
  it("ADF: missing values, too large maxlag, bad trend", () => {
    expect(() => adf([1, 2, Number.NaN, 4, 5, 6, 7, 8, 9, 10, 11, 12], { maxlag: 1 })).toThrow(/observation 3/);
    expect(() => adf(col(0).slice(0, 20), { maxlag: 12, autolag: null })).toThrow(DataError);
    expect(() => adf(col(0), { trend: "x" as never })).toThrow(InvalidParameterError);
  });
  it("OLS: too few observations and collinear columns", () => {
    expect(() => ols([1, 2], [[1, 2], [1, 3]])).toThrow(/needs more than 2 observations/);
    expect(() => ols([1, 2, 3, 4], [[1, 2], [1, 2], [1, 2], [1, 2]], { names: ["const", "x"] })).toThrow(/'x' is constant or collinear/);
  });
});

describe("ADF grids generated here: fixed lags 0, 1, 2, 4, 8 and trends n, c, ct on log levels and growth rates", () => {
  const urca = json("urca_adf.json").cases as Record<string, { tau: number; nobs: number; lag: number; cval: number[] }>;
  const smg = json("sm_adf_grid.json").cases as Record<string, { tau: number; pvalue: number; lag: number; nobs: number; crit: number[] }>;
  const lv = rows("macrodata_levels_raw.csv").map((r) => r.map(Math.log));
  const series: Record<string, number[]> = {
    log_realgdp: lv.map((r) => r[0]),
    dlog_realgdp: lv.slice(1).map((r, t) => r[0] - lv[t][0]),
    dlog_realinv: lv.slice(1).map((r, t) => r[2] - lv[t][2]),
  };
  it("equal statsmodels adfuller(autolag=None): tau 1e-9 rel, same nobs, p-value 1e-12 abs, MacKinnon (2010) critical values 1e-12 abs (scripts/sm_adf_grid.py)", () => {
    expect(Object.keys(smg).length).toBe(45);
    for (const [key, e] of Object.entries(smg)) {
      const [name, trend, k] = key.split("|");
      const r = adf(series[name], { trend: trend as "n" | "c" | "ct", maxlag: Number(k), autolag: null });
      expect(rel(r.tau, e.tau), key).toBeLessThan(1e-9);
      expect(r.nobs, key).toBe(e.nobs);
      expect(r.usedLag, key).toBe(e.lag);
      expect(Math.abs(r.pvalue - e.pvalue), key).toBeLessThan(1e-12);
      expect(Math.abs(r.critical["1%"] - e.crit[0]) + Math.abs(r.critical["5%"] - e.crit[1]) + Math.abs(r.critical["10%"] - e.crit[2]), key).toBeLessThan(1e-12);
    }
  });
  it("equal urca ur.df(selectlags = 'Fixed'): tau 1e-9 rel, same nobs, urca's Fuller critical values exactly (scripts/urca_adf.R)", () => {
    let n = 0;
    for (const [key, e] of Object.entries(urca)) {
      const [name, trend, k] = key.split("|");
      if (k.endsWith("8") && k.length > 1) continue;
      const r = adf(series[name], { trend: trend as "n" | "c" | "ct", maxlag: Number(k), autolag: null });
      expect(rel(r.tau, e.tau), key).toBeLessThan(1e-9);
      expect(r.nobs, key).toBe(e.nobs);
      expect([r.criticalFuller["1%"], r.criticalFuller["5%"], r.criticalFuller["10%"]], key).toEqual(e.cval);
      n++;
    }
    expect(n).toBe(45);
  });
  it("KPSS with 0, 4 and 8 Bartlett lags equals urca ur.kpss (statistic 1e-10 rel, critical values exactly)", () => {
    const kp = json("urca_adf.json").kpss as Record<string, { stat: number; lags: number; cval: number[] }>;
    expect(Object.keys(kp).length).toBe(18);
    for (const [key, e] of Object.entries(kp)) {
      const [name, trend, k] = key.split("|");
      const r = kpss(series[name], trend as "c" | "ct", Number(k));
      expect(r.lags, key).toBe(e.lags);
      expect(rel(r.statistic, e.stat), key).toBeLessThan(1e-10);
      expect([r.critical["10%"], r.critical["5%"], r.critical["2.5%"], r.critical["1%"]], key).toEqual(e.cval);
    }
  });
  it("urca's AIC and BIC lag search (1..8 on the sample trimmed for 8 lags) picks the same lag and tau (1e-9 rel)", () => {
    let n = 0;
    for (const [key, e] of Object.entries(urca)) {
      const [name, trend, k] = key.split("|");
      if (k !== "AIC8" && k !== "BIC8") continue;
      const r = adf(series[name], { trend: trend as "n" | "c" | "ct", maxlag: 8, autolag: k === "AIC8" ? "aic" : "bic", convention: "urca" });
      expect(r.usedLag, key).toBe(e.lag);
      expect(r.nobs, key).toBe(e.nobs);
      expect(rel(r.tau, e.tau), key).toBeLessThan(1e-9);
      n++;
    }
    expect(n).toBe(18);
  });
});

describe("unitRootReport", () => {
  const lv = rows("macrodata_levels_raw.csv").map((r) => r.map(Math.log));
  const gdp = lv.map((r) => r[0]);
  const inv = lv.slice(1).map((r, t) => r[2] - lv[t][2]);
  it("log real GDP is I(1), investment growth I(0); the rows hold exactly adf()/kpss() of the trimmed series (NaN edges dropped)", () => {
    const { rows: rr, table } = unitRootReport({ log_realgdp: [Number.NaN, ...gdp], dlog_realinv: [...inv, Number.NaN, Number.NaN] }, { trend: "ct", maxlag: 8 });
    expect(rr[0].order).toBe(1);
    expect(rr[0].span).toEqual([1, gdp.length]);
    expect(rr[0].level.adf.tau).toBe(adf(gdp, { trend: "ct", maxlag: 8 }).tau);
    expect(rr[1].order).toBe(0);
    expect(rr[1].span).toEqual([0, inv.length - 1]);
    expect(rr[1].level.kpss.statistic).toBe(kpss(inv, "ct").statistic);
    expect(table.rows.length).toBe(2);
    expect(table.rows[0][10]).toBe("I(1)");
  });
  it("a gap inside a series names the observation; bad alpha is an InvalidParameterError", () => {
    const g = [...gdp];
    g[50] = Number.NaN;
    expect(() => unitRootReport({ g })).toThrow(/observation 51 inside its sample/);
    expect(() => unitRootReport({ gdp }, { alpha: 0.7 })).toThrow(InvalidParameterError);
    expect(() => unitRootReport({ empty: [Number.NaN] })).toThrow(/no finite values/);
  });
});
