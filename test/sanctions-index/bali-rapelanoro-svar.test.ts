/**
 * The Bali & Rapelanoro SVAR pipeline as a function of a reading: the primary reading gives the
 * models notebook 03 estimated before the readings existed (pinned shares, 1e-9), the readings change
 * what they say, the AIC search with seasonal dummies agrees with two independent routes (month
 * means for p = 0; fitVar's own information criterion on the trimmed sample for p >= 1), and bad
 * options are typed errors.
 */
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import * as B from "../../src/sanctions-index/bali-rapelanoro-svar";
import { fitVar } from "../../src/econometrics/var/estimate";
import { InvalidParameterError } from "../../src/core/errors";

describe("bali-rapelanoro-svar", () => {
  it("primary reading: model A and B 20-month PPI shares as notebook 03 printed them (1e-9)", () => {
    const h = B.headline(B.PAPER_SPEC);
    expect(Math.abs(h.newShare - 1.6739361459793722)).toBeLessThan(1e-9);
    expect(Math.abs(h.oldShare - 0.990209965284889)).toBeLessThan(1e-9);
    expect(Math.abs(h.ratio - h.newShare / h.oldShare)).toBeLessThan(1e-15);
  });
  it("readings change the variables: d_st, the pooled previous index, production, index last", () => {
    expect(B.modelVariables("A", { ...B.PAPER_SPEC, indexForm: "difference" }).vars).toEqual(["d_st", "dln_eru", "dln_oilp", "dln_ipi"]);
    expect(B.modelVariables("D", { ...B.PAPER_SPEC, previous: "eu+us", prices: "production" }).vars).toEqual(["d_swwus", "dln_eru", "dln_oilp", "dln_xru", "g_cf", "dln_ipro"]);
    expect(B.modelVariables("B", { ...B.PAPER_SPEC, order: "last" }).vars).toEqual(["dln_eru", "dln_oilp", "dln_ipi", "d_sww"]);
    expect(B.allReadings().length).toBe(48);
    expect(B.allReadings().filter((r) => B.isPrimary(r)).length).toBe(1);
  });
  it("seasonal dummies only in C and D, impulse dummies where asked", () => {
    const s = { ...B.PAPER_SPEC, season: "centred" as const, dummies: ["2014-07", "2014-12"] };
    expect(B.modelData("A", s).exogNames).toEqual(["imp_2014-07", "imp_2014-12"]);
    const c = B.modelData("C", s);
    expect(c.exogNames!.length).toBe(13);
    // the first row is 2010-02: its calendar month (February) carries 1 - 1/12
    expect(c.labels[0]).toBe("2010-02");
    expect(Math.abs(c.exog![0][1] - 11 / 12)).toBeLessThan(1e-15);
    expect(Math.abs(c.exog![0][0] + 1 / 12)).toBeLessThan(1e-15);
  });
  it("AIC with seasonal dummies: p = 0 from month means, p >= 1 from fitVar's criterion on the trimmed sample (1e-10)", () => {
    const d = B.modelData("C", { ...B.PAPER_SPEC, season: "centred" });
    const maxlag = 4, T = d.rows.length - maxlag, K = d.vars.length, E = d.exog![0].length;
    const sel = B.selectLagAic(d, maxlag);
    // p = 0: a constant and 11 centred dummies span the 12 month indicators, so the residuals are deviations from month means
    const rows = d.rows.slice(maxlag), months = rows.map((_, t) => (d.start + maxlag + t) % 12);
    const u = rows.map((r, t) => r.map((v, k) => {
      const same = rows.filter((_, s) => months[s] === months[t]);
      return v - same.reduce((a, x) => a + x[k], 0) / same.length;
    }));
    const S = Array.from({ length: K }, (_, i) => Array.from({ length: K }, (_, j) => u.reduce((a, r) => a + r[i] * r[j], 0) / T));
    const det = determinant(S);
    expect(Math.abs(sel.aic[0] - (Math.log(det) + (2 * K * (1 + E)) / T))).toBeLessThan(1e-10);
    for (let p = 1; p <= maxlag; p++) {
      const res = fitVar(d.rows.slice(maxlag - p), { lags: p, trend: "c", names: d.vars, exog: d.exog!.slice(maxlag - p) });
      expect(Math.abs(sel.aic[p] - res.infoCriteria.aic)).toBeLessThan(1e-10);
    }
    expect(sel.searched).toBe(4);
    // too many lags for the sample: the search stops where the VAR stops being estimable
    expect(B.selectLagAic(B.modelData("C", { ...B.PAPER_SPEC, season: "centred" }), 12).searched).toBe(11);
  });
  it("bad options are typed errors", () => {
    expect(() => B.modelData("A", { ...B.PAPER_SPEC, prices: "cpi" as never })).toThrow(InvalidParameterError);
    expect(() => B.fitModel("A", { ...B.PAPER_SPEC, lags: 0 })).toThrow(/lags/);
    expect(() => B.fitModel("A", B.PAPER_SPEC).share("nope", 1)).toThrow(InvalidParameterError);
  });
});

function determinant(a: number[][]): number {
  const m = a.map((r) => [...r]);
  let det = 1;
  for (let c = 0; c < m.length; c++) {
    let piv = c;
    for (let r = c + 1; r < m.length; r++) if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) piv = r;
    if (piv !== c) { [m[c], m[piv]] = [m[piv], m[c]]; det = -det; }
    det *= m[c][c];
    for (let r = c + 1; r < m.length; r++) {
      const f = m[r][c] / m[c][c];
      for (let j = c; j < m.length; j++) m[r][j] -= f * m[c][j];
    }
  }
  return det;
}

describe("horse race", () => {
  it("both indexes in one VAR: the order is the named one and the shares of all shocks sum to 100 (1e-10)", () => {
    const hr = B.horseRace(B.PAPER_SPEC);
    expect(hr.data.vars).toEqual(["st", "d_sww", "dln_eru", "dln_oilp", "dln_ipi"]);
    const total = hr.data.vars.reduce((a, v) => a + hr.shareOf("dln_ipi", v, 20), 0);
    expect(Math.abs(total - 100)).toBeLessThan(1e-10);
    expect(hr.share("dln_ipi", 20)).toBe(hr.shareOf("dln_ipi", "st", 20));
    expect(B.horseRace(B.PAPER_SPEC, "CD", "old").data.vars.slice(0, 2)).toEqual(["d_sww", "st"]);
  });
});

describe("specification curve of the headline", () => {
  it("768 specifications; the paper's choice gives the primary headline (exact); the paper's row of a curve is the same number", async () => {
    const { enumerateChoices, specificationCurve } = await import("../../src/robustness/spec-curve");
    const all = enumerateChoices(B.SPEC_DIMENSIONS).filter(B.specFilter);
    expect(all.length).toBe(768);
    const h = B.headline(B.PAPER_SPEC);
    expect(B.headlineStatistic(B.PAPER_CHOICE).estimate).toBe(h.ratio);
    const dims = B.SPEC_DIMENSIONS.map((d) => (d.name === "lags" ? { ...d, values: [2] } : d.name === "from" || d.name === "to" ? { ...d, values: [d.values[0]] } : d));
    const opts = { dimensions: dims, seed: 1, filter: B.specFilter, progress: false as const };
    const one = await specificationCurve({ ...opts, statistic: (c) => B.headlineStatistic(c) });
    expect(one.failed).toBe(0);
    expect(one.rows.length).toBe(48);
    // the paper's row inside the curve is the pipeline's headline
    const paperRow = one.rows.find((r) => Object.entries(B.PAPER_CHOICE).every(([k, v]) => r.choice[k] === v))!;
    expect(paperRow.estimate).toBe(h.ratio);
    expect(paperRow.extra.newShare).toBe(h.newShare);
  }, 60_000);
  it("with intervals: the same estimates, each share's delta-method interval equals fevdAsymptotic's, and worker threads give the one-thread rows", async () => {
    const { specificationCurve } = await import("../../src/robustness/spec-curve");
    const { fevdAsymptotic } = await import("../../src/econometrics/var/fevd-asymptotic");
    const w = B.headlineStatisticWithIntervals(B.PAPER_CHOICE), plain = B.headlineStatistic(B.PAPER_CHOICE);
    expect(w.estimate).toBe(plain.estimate);
    expect(w.extra.newShare).toBe(plain.extra.newShare);
    expect(w.extra.oldShare).toBe(plain.extra.oldShare);
    // the interval of model A's 20-month price share from the engine directly (a second path to the number)
    const a = B.fitModel("A", B.PAPER_SPEC, 20);
    const s = fevdAsymptotic(a.res, 20);
    const j = a.data.vars.indexOf(a.data.price), k = a.data.vars.indexOf(a.data.index);
    expect(Math.abs(w.extra.newLower - 100 * s.lower[19][j][k])).toBeLessThan(1e-12);
    expect(Math.abs(w.extra.newUpper - 100 * s.upper[19][j][k])).toBeLessThan(1e-12);
    expect(w.extra.newLower).toBeLessThan(w.extra.newShare);
    expect(w.extra.newUpper).toBeGreaterThan(w.extra.newShare);
    expect(w.extra.oldLower).toBeLessThan(w.extra.oldShare);
    const dims = B.SPEC_DIMENSIONS.map((d) => (d.name === "lags" || d.name === "from" || d.name === "to" || d.name === "prices"
      ? { ...d, values: [d.values[0]] } : d));
    const opts = { dimensions: dims, seed: 1, filter: B.specFilter, progress: false as const };
    const mod = { module: path.join(__dirname, "..", "..", "src", "sanctions-index", "bali-rapelanoro-svar.ts"),
      export: "headlineStatisticWithIntervals" };
    const one = await specificationCurve({ ...opts, statistic: (c) => B.headlineStatisticWithIntervals(c) });
    const two = await specificationCurve({ ...opts, statistic: mod, workers: 2 });
    expect(one.failed).toBe(0);
    expect(two.rows).toEqual(one.rows);
  }, 120_000);
});
