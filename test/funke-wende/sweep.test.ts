/** The (Gamma, tau_z) / (Gamma, tau_RX) sweep: worker threads give the same numbers as the in-process run, and every cell is a steady state. */
import { describe, expect, it } from "vitest";
import * as fw from "../../src/models/funke-wende/index";

const cal = fw.calibrateReexportCost();

describe("policy sweep", () => {
  it("workers and in-process runs agree exactly; progress ticks once per cell; cells agree with direct solves (1e-9 pp)", async () => {
    const gam = [0.1, 0.191, 0.44], fac = [1, 1.245, 1.5];
    let ticks = 0;
    const a = await fw.sweep(cal, "tauZ", gam, fac, { workers: 0, progress: () => ticks++ });
    const b = await fw.sweep(cal, "tauZ", gam, fac, { workers: 2, progress: false });
    expect(ticks).toBeGreaterThanOrEqual(9);
    for (let g = 0; g < 3; g++) for (let f = 0; f < 3; f++) expect(b.cells[g][f]).toEqual(a.cells[g][f]);
    const direct = fw.scenario(cal, { Gamma: 0.191, tauZ: 0.3 * 1.245 });
    for (let i = 0; i < 3; i++) expect(Math.abs(a.cells[1][1].dGDP[i] - direct.dGDP[i])).toBeLessThan(1e-9);
    expect(Math.abs(a.cells[1][0].share - 0.677)).toBeLessThan(1e-9);
  }, 30_000);
  it("tau_RX rows: a higher tau_RX lowers the re-export share monotonically", async () => {
    const r = await fw.sweep(cal, "tauRX", [0.3], [1, 1.2, 1.4, 1.6], { workers: 0, progress: false });
    const s = r.cells[0].map((c) => c.share);
    for (let k = 1; k < s.length; k++) expect(s[k]).toBeLessThan(s[k - 1]);
  });
});
