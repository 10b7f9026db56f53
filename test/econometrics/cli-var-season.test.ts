/**
 * `sanctions-lab var --season S` and the FEVD bands of `--bootstrap`: the seasonal VAR equals
 * statsmodels 0.13.5 with uncentred quarterly dummies (fixture test/fixtures/var/sm_season_arch.json,
 * made by test/fixtures/var/scripts/sm_season_arch.py: sigma_u, OIRFs, llf, 1e-10); the FEVD bands
 * are the type-7 percentiles of the replicates' FEVDs computed here by a direct loop over the
 * replicates of irfBands with the same seed (1e-15); bad values are usage errors.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { runVarCommand, readVarCsv } from "../../src/econometrics/cli-var";
import { fitVar } from "../../src/econometrics/var/estimate";
import { irfBands, quantileType7 } from "../../src/econometrics/var/bootstrap";

const FX = path.join(__dirname, "..", "fixtures", "var");
const CSV = path.join(FX, "macrodata_dlog.csv");
const ref = JSON.parse(fs.readFileSync(path.join(FX, "sm_season_arch.json"), "utf8"));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sl-cli-var-season-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
let stderr = "";
beforeEach(() => {
  stderr = "";
  vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => {
    stderr += String(s);
    return true;
  });
});
async function run(args: string[]) {
  const f = path.join(dir, `o${n++}.json`);
  const code = await runVarCommand([...args, "--json", f]);
  return { code, j: code === 0 ? JSON.parse(fs.readFileSync(f, "utf8")) : null, f };
}
function maxAbs(a: unknown, b: unknown): number {
  if (Array.isArray(a) && Array.isArray(b)) {
    expect(a.length).toBe(b.length);
    return a.reduce((m: number, x, i) => Math.max(m, maxAbs(x, b[i])), 0);
  }
  expect(Number.isFinite(a as number) && Number.isFinite(b as number)).toBe(true);
  return Math.abs((a as number) - (b as number));
}

describe("var --season", () => {
  it("--season 4 --lags 2 equals statsmodels with quarterly dummies (sigma_u, OIRF, llf: 1e-10)", async () => {
    const { code, j } = await run([CSV, "--lags", "2", "--horizon", "8", "--season", "4"]);
    expect(code).toBe(0);
    expect(j.season).toEqual({ period: 4, regressors: ["sd1", "sd2", "sd3"] });
    expect(Object.keys(j).indexOf("season")).toBe(Object.keys(j).indexOf("trend") + 1);
    expect(maxAbs(j.sigma_u, ref.season.sigma_u)).toBeLessThan(1e-10);
    expect(maxAbs(j.irf.orth, ref.season.orth)).toBeLessThan(1e-10);
    expect(Math.abs(j.llf - ref.season.llf)).toBeLessThan(1e-10 * Math.abs(ref.season.llf));
    expect(j.coef.length).toBe(1 + 3 * 2 + 3);
  });
  it("--season 12: 11 centred monthly dummies, coefficients as fitVar's; residuals sum to 0 in every season (1e-10)", async () => {
    const { code, j } = await run([CSV, "--lags", "2", "--horizon", "2", "--season", "12"]);
    expect(code).toBe(0);
    expect(j.season.regressors).toEqual(Array.from({ length: 11 }, (_, c) => `sd${c + 1}`));
    const { y, names } = readVarCsv(CSV, false);
    const res = fitVar(y, { lags: 2, names, season: 12 });
    expect(maxAbs(j.coef, res.coef)).toBe(0);
    // a constant and 11 centred dummies span the 12 season indicators, so OLS residuals are orthogonal to each
    for (let c = 0; c < 12; c++) for (let k = 0; k < 3; k++) {
      const sum = res.resid.reduce((a, u, t) => a + ((t + 2) % 12 === c ? u[k] : 0), 0);
      expect(Math.abs(sum)).toBeLessThan(1e-10);
    }
  });
  it("without --season the JSON has no season key", async () => {
    const { j } = await run([CSV, "--lags", "2", "--horizon", "2"]);
    expect("season" in j).toBe(false);
  });
  const bad: [string[], RegExp][] = [
    [["--season", "1"], /--season must be an integer number of seasons/],
    [["--season", "12.5"], /--season must be an integer/],
    // the next option is a missing value, not the number "--json" (issue 17, fuzz class flag-as-value)
    [["--season"], /--season needs a value/],
    [["--season", "12", "--maxlags", "4"], /--season needs --lags/],
  ];
  for (const [args, re] of bad) {
    it(`usage error: ${args.join(" ")}`, async () => {
      const { code, f } = await run([CSV, ...args]);
      expect(code).toBe(2);
      expect(stderr).toMatch(re);
      expect(fs.existsSync(f)).toBe(false);
    });
  }
});

describe("var --bootstrap: FEVD bands", () => {
  it("fevd_lower/fevd_upper are the percentiles of the replicates' FEVDs (direct loop, 1e-15), with --season too", async () => {
    for (const extra of [[], ["--season", "4"]]) {
      const { code, j } = await run([CSV, "--lags", "2", "--horizon", "5", "--bootstrap", "100", "--seed", "3", "--ci", "0.9", ...extra]);
      expect(code).toBe(0);
      const { y, names } = readVarCsv(CSV, false);
      const res = fitVar(y, { lags: 2, names, ...(extra.length ? { season: 4 } : {}) });
      const b = await irfBands(res, { horizon: 5, replications: 100, seed: 3, ci: 0.9, progress: false });
      const K = 3, R = 100, H = 5;
      for (let h = 1; h <= H; h++) for (let i = 0; i < K; i++) for (let k = 0; k < K; k++) {
        const shares = Array.from({ length: R }, (_, r) => {
          let num = 0, den = 0;
          for (let s = 0; s < h; s++) for (let l = 0; l < K; l++) {
            const v = b.draws[((s * K + i) * K + l) * R + r];
            den += v * v;
            if (l === k) num += v * v;
          }
          return num / den;
        }).sort((x, z) => x - z);
        expect(Math.abs(j.bootstrap.fevd_lower[h - 1][i][k] - quantileType7(shares, 0.05))).toBeLessThan(1e-15);
        expect(Math.abs(j.bootstrap.fevd_upper[h - 1][i][k] - quantileType7(shares, 0.95))).toBeLessThan(1e-15);
      }
    }
  }, 30_000);
});

describe("var --help", () => {
  it("prints the usage with --season and the FEVD bands on stdout, exit 0", async () => {
    let text = "";
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => { text += String(s); return true; });
    const code = await runVarCommand(["--help"]);
    spy.mockRestore();
    expect(code).toBe(0);
    expect(text).toMatch(/--season S/);
    expect(text).toMatch(/fevd_lower, fevd_upper/);
  });
});
