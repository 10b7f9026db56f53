/**
 * The VAR toolkit with trend "ct" and "n", a user-given Cholesky order and an exogenous regressor,
 * against statsmodels 0.13.5 (fixture test/fixtures/var/sm_var_more.json, made by
 * test/fixtures/var/scripts/sm_var_more.py on the committed macrodata CSV).
 * "rel" = |ours - ref| / max(|ref|, floor); tolerances next to each assertion.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { choleskySvar, fevd, fevdTable, irfTable, fitVar, forecast, grangerCausality, instantaneousCausality, irf, irfBands, jarqueBera, portmanteau, selectOrder, VarResult } from "../../src/econometrics/var/index";

const FX = path.join(__dirname, "..", "fixtures", "var");
const sm = JSON.parse(fs.readFileSync(path.join(FX, "sm_var_more.json"), "utf8"));
const lines = fs.readFileSync(path.join(FX, "macrodata_dlog.csv"), "utf8").trim().split("\n").slice(1);
const y = lines.map((l) => l.split(",").slice(1).map(Number));
const years = lines.map((l) => Number(l.slice(0, 4)));
const names = ["realgdp", "realcons", "realinv"];
const H: number = sm.horizon;

/**
 * Largest relative gap over nested arrays. Strict: the shapes must match (equal, non-zero lengths;
 * an array against a number fails) and every element on both sides must be a finite number (a
 * missing key, or a null that JSON wrote for NaN, is not read as 0); a failure returns Infinity.
 */
function maxRel(a: unknown, b: unknown, floor = 0): number {
  const list = (v: unknown): unknown[] | null => (Array.isArray(v) ? v : ArrayBuffer.isView(v) ? Array.from(v as unknown as ArrayLike<number>) : null);
  const la = list(a), lb = list(b);
  if (la || lb) {
    expect(la, "ours is an array where the reference is").not.toBeNull();
    expect(lb, "the reference is an array where ours is").not.toBeNull();
    expect(la!.length).toBe(lb!.length);
    expect(la!.length, "empty array").toBeGreaterThan(0);
    return la!.reduce((m: number, x, i) => Math.max(m, maxRel(x, lb![i], floor)), 0);
  }
  if (typeof a !== "number" || typeof b !== "number" || !Number.isFinite(a) || !Number.isFinite(b)) return Number.POSITIVE_INFINITY;
  const d = Math.abs(a - b) / Math.max(Math.abs(b), floor);
  return Number.isNaN(d) ? Number.POSITIVE_INFINITY : d; // 0 / 0 (a = b = 0 with floor 0) is NaN: fail, give a floor
}

function checkAll(res: VarResult, ref: any, tag: string) {
  describe(tag, () => {
    it("coefficients, standard errors: 1e-9 rel; both covariances 1e-10 rel; llf 1e-12 rel; roots 1e-10 rel", () => {
      expect(res.nobs).toBe(ref.nobs);
      expect(res.dfResid).toBe(ref.df_resid);
      expect(maxRel(res.coef, ref.coef)).toBeLessThan(1e-9);
      expect(maxRel(res.stderr, ref.stderr)).toBeLessThan(1e-9);
      expect(maxRel(res.sigmaU, ref.sigma_u)).toBeLessThan(1e-10);
      expect(maxRel(res.sigmaUml, ref.sigma_u_ml)).toBeLessThan(1e-10);
      expect(maxRel(res.llf, ref.llf)).toBeLessThan(1e-12);
      expect(maxRel(res.roots, ref.roots)).toBeLessThan(1e-10);
    });
    it("IRFs (MA, orthogonalised, both cumulative) 1e-10 rel and asymptotic s.e. (plain and cumulative) 1e-9 rel (abs floor 1e-15)", () => {
      const ir = irf(res, H);
      expect(maxRel(ir.orth, ref.irf_orth, 1e-15)).toBeLessThan(1e-10);
      expect(maxRel(ir.ma, ref.irf_ma, 1e-15)).toBeLessThan(1e-10);
      expect(maxRel(ir.orthCumulative, ref.cum_orth, 1e-15)).toBeLessThan(1e-10);
      expect(maxRel(ir.maCumulative, ref.cum_ma, 1e-15)).toBeLessThan(1e-10);
      expect(maxRel(ir.orthCumulativeStderr, ref.cum_orth_se, 1e-15)).toBeLessThan(1e-9);
      expect(maxRel(ir.maCumulativeStderr, ref.cum_ma_se, 1e-15)).toBeLessThan(1e-9);
      expect(maxRel(ir.orthStderr, ref.irf_orth_se, 1e-15)).toBeLessThan(1e-9);
      expect(maxRel(ir.maStderr, ref.irf_ma_se, 1e-15)).toBeLessThan(1e-9);
    });
    it("FEVD 1e-10 abs", () => {
      expect(maxRel(fevd(irf(res, H), H), ref.fevd, 1)).toBeLessThan(1e-10);
    });
    it("Granger F, Wald, df and p; instantaneous causality: 1e-9 rel", () => {
      const g = grangerCausality(res, ref.granger.causing);
      expect(maxRel(g.F, ref.granger.F)).toBeLessThan(1e-9);
      expect(maxRel(g.wald, ref.granger.wald)).toBeLessThan(1e-9);
      expect(maxRel(g.pvalue, ref.granger.pvalue)).toBeLessThan(1e-9);
      expect(g.df).toEqual(ref.granger.df);
      const t = instantaneousCausality(res, ref.granger.causing);
      expect(maxRel(t.statistic, ref.instantaneous.statistic)).toBeLessThan(1e-9);
      expect(maxRel(t.pvalue, ref.instantaneous.pvalue, 1e-300)).toBeLessThan(1e-8);
    });
    it("Portmanteau (10 lags; plain, adjusted, df, p) and Jarque-Bera: 1e-9 rel", () => {
      const q = portmanteau(res, 10);
      expect(maxRel(q.statistic, ref.portmanteau.statistic)).toBeLessThan(1e-9);
      expect(maxRel(q.adjustedStatistic, ref.portmanteau.adjusted)).toBeLessThan(1e-9);
      expect(q.df).toBe(ref.portmanteau.df);
      expect(maxRel(q.pvalue, ref.portmanteau.pvalue)).toBeLessThan(1e-8);
      const jb = jarqueBera(res);
      expect(maxRel(jb.statistic, ref.jarque_bera.statistic)).toBeLessThan(1e-9);
      expect(maxRel(jb.pvalue, ref.jarque_bera.pvalue, 1e-300)).toBeLessThan(1e-8);
    });
    it("forecasts and 95% intervals equal statsmodels forecast_interval: 1e-10 rel", () => {
      const f = forecast(res, ref.forecast.steps);
      expect(maxRel(f.point, ref.forecast.point, 1e-12)).toBeLessThan(1e-10);
      expect(maxRel(f.lower, ref.forecast.lower, 1e-12)).toBeLessThan(1e-10);
      expect(maxRel(f.upper, ref.forecast.upper, 1e-12)).toBeLessThan(1e-10);
    });
  });
}

checkAll(fitVar(y, { lags: 2, trend: "ct", names }), sm.ct_p2, "VAR(2), constant and linear trend (regressors const, trend, lags)");
checkAll(fitVar(y, { lags: 3, trend: "n", names }), sm.n_p3, "VAR(3) without deterministic terms");
checkAll(fitVar(y, { lags: 2, names, order: sm.order_inv_gdp_cons_p2.variables }), sm.order_inv_gdp_cons_p2, "VAR(2) in the Cholesky order realinv, realgdp, realcons (option `order`)");

describe("lag selection with trend ct and n equals statsmodels select_order (1e-12 abs on criteria, FPE 1e-10 rel)", () => {
  for (const tr of ["ct", "n"] as const) {
    it(tr, () => {
      const ref = sm[`select_${tr}`];
      const s = selectOrder(y, ref.maxlags, tr, names);
      // statsmodels reports p = 0..maxlags, except with trend 'n' (p = 1..maxlags); ours always has index = p
      const from = tr === "n" ? 1 : 0;
      expect(s.aic.length).toBe(ref.maxlags + 1);
      expect(maxRel(s.aic.slice(from), ref.aic, 1)).toBeLessThan(1e-12);
      expect(maxRel(s.bic.slice(from), ref.bic, 1)).toBeLessThan(1e-12);
      expect(maxRel(s.hqic.slice(from), ref.hqic, 1)).toBeLessThan(1e-12);
      expect(maxRel(s.fpe.slice(from), ref.fpe)).toBeLessThan(1e-10);
      expect(s.selected).toEqual(ref.selected);
    });
  }
});

describe("exogenous regressor (post-1984 dummy) equals statsmodels", () => {
  const ref = sm.exog_dummy84_p2;
  const dummy = years.map((yr) => [yr >= 1984 ? 1 : 0]);
  const r = fitVar(y, { lags: 2, names, exog: dummy, exogNames: ["post1984"] });
  // ours: const, lags..., post1984; statsmodels: const, post1984, lags...
  const perm = [0, 2, 3, 4, 5, 6, 7, 1];
  it("coefficients and standard errors 1e-9 rel, sigma_u 1e-10 rel, llf 1e-12 rel, OIRFs 1e-10 rel", () => {
    expect(r.nobs).toBe(ref.nobs);
    expect(r.regressors[r.regressors.length - 1]).toBe("post1984");
    expect(maxRel(r.coef, perm.map((i) => ref.coef[i]))).toBeLessThan(1e-9);
    expect(maxRel(r.stderr, perm.map((i) => ref.stderr[i]))).toBeLessThan(1e-9);
    expect(maxRel(r.sigmaU, ref.sigma_u)).toBeLessThan(1e-10);
    expect(maxRel(r.llf, ref.llf)).toBeLessThan(1e-12);
    expect(maxRel(irf(r, H).orth, ref.irf_orth, 1e-15)).toBeLessThan(1e-10);
  });
  it("forecasts with future exogenous values equal statsmodels forecast_interval(exog_future): 1e-10 rel; missing values are an error", () => {
    const f = forecast(r, 8, 0.95, ref.forecast.exog_future);
    expect(maxRel(f.point, ref.forecast.point, 1e-12)).toBeLessThan(1e-10);
    expect(maxRel(f.lower, ref.forecast.lower, 1e-12)).toBeLessThan(1e-10);
    expect(maxRel(f.upper, ref.forecast.upper, 1e-12)).toBeLessThan(1e-10);
    expect(() => forecast(r, 8)).toThrow(/exogenous regressor/);
    expect(() => forecast(r, 8, 0.95, [[1]])).toThrow(/8 rows/);
  });
});

describe("choleskySvar: the one-call recursive SVAR", () => {
  it("equals the separate calls: lag choice, order, OIRFs, FEVD, asymptotic 95% intervals (exact), bands (bitwise)", async () => {
    const order = sm.order_inv_gdp_cons_p2.variables as string[];
    const s = await choleskySvar(y, { names, order, maxlags: 6, ic: "aic", horizon: H, bands: { replications: 100, seed: 9, progress: false } });
    expect(s.model.names).toEqual(order);
    const reordered = y.map((r) => order.map((n) => r[names.indexOf(n)]));
    const sel = selectOrder(reordered, 6, "c", order);
    expect(s.selection!.aic).toEqual(sel.aic);
    expect(s.model.p).toBe(sel.selected.aic);
    const direct = fitVar(y, { lags: s.model.p, names, order });
    expect(s.model.coef).toEqual(direct.coef);
    const ir = irf(direct, H);
    expect(s.irf.orth).toEqual(ir.orth);
    expect(s.fevd).toEqual(fevd(ir, H));
    const z = 1.959963984540054;
    expect(Math.abs(s.asymptotic.upper[2][1][0] - (ir.orth[2][1][0] + z * ir.orthStderr[2][1][0]))).toBeLessThan(1e-15);
    const b = await irfBands(direct, { horizon: H, replications: 100, seed: 9, progress: false });
    expect(s.bands!.lower).toEqual(b.lower);
    // the statsmodels reference is a VAR(2) in this order: compare it at p = 2 whatever AIC chose
    const s2 = await choleskySvar(y, { names, order, lags: 2, horizon: H });
    expect(s2.model.p).toBe(2);
    expect(maxRel(s2.irf.orth, sm.order_inv_gdp_cons_p2.irf_orth, 1e-15)).toBeLessThan(1e-10);
  });
  it("bad options are typed errors", async () => {
    await expect(choleskySvar(y, { names, horizon: 4 })).rejects.toThrow(/give lags, or maxlags/);
    await expect(choleskySvar(y, { names, lags: 2, maxlags: 4, horizon: 4 })).rejects.toThrow(/either lags or maxlags/);
    await expect(choleskySvar(y, { names, lags: 2, order: ["realgdp"], horizon: 4 })).rejects.toThrow(/exactly once/);
    await expect(choleskySvar(y, { names, lags: 2, horizon: 4, ci: 2 })).rejects.toThrow(/ci/);
  });
});

describe("IRF and FEVD tables", () => {
  it("rows hold the point estimates, asymptotic intervals, bands and FEVD shares (exact)", async () => {
    const s = await choleskySvar(y, { names, lags: 2, horizon: 6, bands: { replications: 50, seed: 2, progress: false } });
    const t = irfTable(s.irf, "realinv", "realgdp", { bands: s.bands! });
    expect(t.columns.length).toBe(7);
    expect(t.rows.length).toBe(7);
    expect(t.rows[3][1]).toBe(s.irf.orth[3][0][2]);
    expect(t.rows[3][3]).toBe(s.asymptotic.lower[3][0][2]);
    expect(t.rows[3][5]).toBe(s.bands!.lower[3][0][2]);
    const c = irfTable(s.irf, "realinv", "realgdp", { cumulative: true });
    expect(c.rows[2][1]).toBe(s.irf.orthCumulative[2][0][2]);
    expect(c.rows[2][2]).toBe(s.irf.orthCumulativeStderr[2][0][2]);
    const f = fevdTable(s.fevd, names, "realcons", [1, 3, 6]);
    expect(f.rows[1]).toEqual([3, ...s.fevd[2][1]]);
    expect(() => fevdTable(s.fevd, names, "realcons", [7])).toThrow(/steps/);
    expect(() => irfTable(s.irf, "gdp", "realgdp")).toThrow(/unknown variable 'gdp'/);
  });
});
