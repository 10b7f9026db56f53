/**
 * FEVD bootstrap bands and the joint bootstrap of two VARs: percentile intervals equal a direct
 * loop over the replicates (each replicate's Theta_0..Theta_H through fevdFromOrth, sorted, R's type
 * 7 quantile), identical for 1 and 2 worker threads; the joint statistic resamples the same periods
 * in both models (a model whose second series is rescaled has the same FEVD shares in every
 * replicate, so the difference is 0 to rounding), and mismatched inputs are refused.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { fevd, fevdFromOrth, fitVar, irfBands, quantileType7, irf } from "../../src/econometrics/var/index";
import { fevdBands, fevdDraws, jointFevdStatistic } from "../../src/econometrics/var/fevd-bands";
import { InvalidParameterError } from "../../src/core/errors";

const FX = path.join(__dirname, "..", "fixtures", "var");
const y = fs.readFileSync(path.join(FX, "macrodata_dlog.csv"), "utf8").trim().split("\n").slice(1).map((l) => l.split(",").slice(1).map(Number));
const names = ["realgdp", "realcons", "realinv"];
const res = fitVar(y, { lags: 2, names });
const K = 3, H = 8, R = 200;

describe("FEVD bands from the IRF replicates", () => {
  it("equal a direct loop over replicates (type-7 percentiles), and contain the point FEVD mostly", async () => {
    const bands = await irfBands(res, { horizon: H, replications: R, seed: 7, progress: false });
    const fb = fevdBands(bands, K, H + 1);
    for (let h = 1; h <= H + 1; h++)
      for (let i = 0; i < K; i++)
        for (let j = 0; j < K; j++) {
          const vals: number[] = [];
          for (let r = 0; r < R; r++) {
            const orth = Array.from({ length: h }, (_, l) => Array.from({ length: K }, (_, a) => Array.from({ length: K }, (_, b) => bands.draws[((l * K + a) * K + b) * R + r])));
            vals.push(fevdFromOrth(orth, h)[h - 1][i][j]);
          }
          vals.sort((a, b) => a - b);
          expect(Math.abs(fb.lower[h - 1][i][j] - quantileType7(vals, 0.025))).toBeLessThan(1e-14);
          expect(Math.abs(fb.upper[h - 1][i][j] - quantileType7(vals, 0.975))).toBeLessThan(1e-14);
          expect(fb.lower[h - 1][i][j]).toBeLessThanOrEqual(fb.upper[h - 1][i][j]);
        }
    // shares of each replicate sum to one over shocks
    const d = fevdDraws(bands, K, H);
    for (let r = 0; r < R; r += 17) for (let i = 0; i < K; i++) {
      let s = 0;
      for (let j = 0; j < K; j++) s += d[(((H - 1) * K + i) * K + j) * R + r];
      expect(Math.abs(s - 1)).toBeLessThan(1e-14);
    }
  });
  it("are identical for 1 and 2 worker threads (seeded replicates)", async () => {
    const b1 = await irfBands(res, { horizon: H, replications: R, seed: 11, progress: false, workers: 1 });
    const b2 = await irfBands(res, { horizon: H, replications: R, seed: 11, progress: false, workers: 2 });
    expect(fevdBands(b2, K, H)).toEqual(fevdBands(b1, K, H));
  });
  it("refuse a horizon beyond the replicates and a wrong K", async () => {
    const bands = await irfBands(res, { horizon: 4, replications: 20, seed: 1, progress: false });
    expect(() => fevdBands(bands, K, 6)).toThrow(InvalidParameterError);
    expect(() => fevdBands(bands, 4, 3)).toThrow(InvalidParameterError);
    expect(() => fevdBands(bands, K, 3, 1.5)).toThrow(InvalidParameterError);
  });
});

describe("joint bootstrap of two FEVD shares", () => {
  // model B: the same data with consumption growth in percent (x100): FEVD shares are invariant to
  // the scale of a variable, so with the same resampled periods every replicate's shares coincide
  const yB = y.map((r) => [r[0], 100 * r[1], r[2]]);
  const resB = fitVar(yB, { lags: 2, names });
  const cell = { response: "realinv", impulse: "realcons", h: 8 };
  it("resamples the same periods in both models: the difference is 0 in every replicate", async () => {
    const bA = await irfBands(res, { horizon: H, replications: R, seed: 3, progress: false });
    const bB = await irfBands(resB, { horizon: H, replications: R, seed: 3, progress: false });
    const j = jointFevdStatistic({ res, bands: bA, fevd: fevd(irf(res, H), H), cell }, { res: resB, bands: bB, fevd: fevd(irf(resB, H), H), cell }, "difference");
    expect(j.draws.length).toBe(R);
    for (const v of j.draws) expect(Math.abs(v)).toBeLessThan(1e-12);
    expect(Math.abs(j.point)).toBeLessThan(1e-12);
    const ratio = jointFevdStatistic({ res, bands: bA, fevd: fevd(irf(res, H), H), cell }, { res: resB, bands: bB, fevd: fevd(irf(resB, H), H), cell }, "ratio");
    expect(Math.abs(ratio.lower - 1)).toBeLessThan(1e-10);
    expect(Math.abs(ratio.upper - 1)).toBeLessThan(1e-10);
  });
  it("a different comparison has a genuine interval around its point value", async () => {
    const bA = await irfBands(res, { horizon: H, replications: R, seed: 3, progress: false });
    const fe = fevd(irf(res, H), H);
    const j = jointFevdStatistic({ res, bands: bA, fevd: fe, cell }, { res, bands: bA, fevd: fe, cell: { response: "realinv", impulse: "realgdp", h: 8 } }, "difference");
    expect(j.point).toBeCloseTo(fe[7][2][1] - fe[7][2][0], 14);
    expect(j.lower).toBeLessThan(j.upper);
    expect(j.probAGreater).toBeGreaterThanOrEqual(0);
    expect(j.probAGreater).toBeLessThanOrEqual(1);
  });
  it("refuses different seeds, different samples, Gaussian replicates and unknown variables", async () => {
    const fe = fevd(irf(res, H), H);
    const b3 = await irfBands(res, { horizon: H, replications: 50, seed: 3, progress: false });
    const b4 = await irfBands(res, { horizon: H, replications: 50, seed: 4, progress: false });
    expect(() => jointFevdStatistic({ res, bands: b3, fevd: fe, cell }, { res, bands: b4, fevd: fe, cell }, "difference")).toThrow(/different seeds/);
    const short = fitVar(y.slice(10), { lags: 2, names });
    const bs = await irfBands(short, { horizon: H, replications: 50, seed: 3, progress: false });
    expect(() => jointFevdStatistic({ res, bands: b3, fevd: fe, cell }, { res: short, bands: bs, fevd: fevd(irf(short, H), H), cell }, "difference")).toThrow(/different samples/);
    const g = await irfBands(res, { horizon: H, replications: 50, seed: 3, progress: false, method: "gaussian" });
    expect(() => jointFevdStatistic({ res, bands: g, fevd: fe, cell }, { res, bands: g, fevd: fe, cell }, "difference")).toThrow(/residual-bootstrap/);
    expect(() => jointFevdStatistic({ res, bands: b3, fevd: fe, cell: { ...cell, response: "gdp" } }, { res, bands: b3, fevd: fe, cell }, "difference")).toThrow(/not a variable/);
  });
});
