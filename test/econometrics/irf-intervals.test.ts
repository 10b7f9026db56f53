import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { fitVar, irf, irfBands } from "../../src/econometrics/var/index";
import { asymptoticIrfInterval, bootstrapIrfInterval, significantHorizons } from "../../src/econometrics/var/intervals";

const FX = path.join(__dirname, "..", "fixtures", "var");
const y = fs.readFileSync(path.join(FX, "macrodata_dlog.csv"), "utf8").trim().split("\n").slice(1).map((l) => l.split(",").slice(1).map(Number));

describe("IRF intervals by method", () => {
  const res = fitVar(y, { lags: 2, trend: "c" });
  const ir = irf(res, 8);

  it("asymptotic: response ± 1.959964 s.e. at 95%, ± 1.644854 at 90%", () => {
    const iv = asymptoticIrfInterval(ir);
    const iv90 = asymptoticIrfInterval(ir, { ci: 0.9 });
    for (const h of [0, 3, 8]) for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) {
      expect(iv.lower[h][i][j]).toBeCloseTo(ir.orth[h][i][j] - 1.959963984540054 * ir.orthStderr[h][i][j], 10);
      expect(iv.upper[h][i][j]).toBeCloseTo(ir.orth[h][i][j] + 1.959963984540054 * ir.orthStderr[h][i][j], 10);
      expect(iv90.upper[h][i][j] - iv90.lower[h][i][j]).toBeCloseTo(2 * 1.6448536269514722 * ir.orthStderr[h][i][j], 10);
    }
    const cum = asymptoticIrfInterval(ir, { cumulative: true });
    expect(cum.upper[4][1][0]).toBeCloseTo(ir.orthCumulative[4][1][0] + 1.959963984540054 * ir.orthCumulativeStderr[4][1][0], 10);
  });

  it("significant horizons: a band excluding zero on either side; impact of a later shock on an earlier variable is never significant", () => {
    const iv = asymptoticIrfInterval(ir);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) {
      const hs = significantHorizons(iv, i, j);
      const direct = Array.from({ length: 9 }, (_, h) => h).filter((h) => Math.abs(ir.orth[h][i][j]) > 1.959963984540054 * ir.orthStderr[h][i][j]);
      expect(hs).toEqual(direct);
    }
    // Cholesky: variable 0 does not respond on impact to shock 1 (response 0, s.e. 0: the band is the zero line)
    expect(significantHorizons(iv, 0, 1, 0, 0)).toEqual([]);
    expect(significantHorizons(iv, 0, 0, 0, 0)).toEqual([0]);
    const hand = { method: "asymptotic" as const, ci: 0.95, lower: [[[0.1]], [[-1]], [[-2]]], upper: [[[1]], [[1]], [[-0.5]]] };
    expect(significantHorizons(hand, 0, 0)).toEqual([0, 2]);
    expect(significantHorizons(hand, 0, 0, 1, 1)).toEqual([]);
  });

  it("bootstrap bands in the same shape; bad arguments are refused", async () => {
    const b = await irfBands(res, { horizon: 8, replications: 50, seed: 1, method: "residual" });
    const iv = bootstrapIrfInterval(b);
    expect(iv.lower).toBe(b.lower);
    expect(significantHorizons(iv, 1, 0).every((h) => b.lower[h][1][0] > 0 || b.upper[h][1][0] < 0)).toBe(true);
    expect(() => asymptoticIrfInterval(ir, { ci: 1 })).toThrow(/ci/);
    expect(() => significantHorizons(asymptoticIrfInterval(ir), 0, 0, 3, 2)).toThrow(/horizons/);
    expect(() => significantHorizons(asymptoticIrfInterval(ir), 5, 0)).toThrow(/variable/);
  });
});
