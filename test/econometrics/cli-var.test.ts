/**
 * `sanctions-lab var`: the JSON contract of issue 3, checked by calling runVarCommand directly on
 * the committed macrodata CSV, against the statsmodels / R vars fixtures. Tolerances per assertion.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { runVarCommand } from "../../src/econometrics/cli-var";
import { DataError } from "../../src/core/errors";

const FX = path.join(__dirname, "..", "fixtures", "var");
const CSV = path.join(FX, "macrodata_dlog.csv");
const json = (f: string) => JSON.parse(fs.readFileSync(path.join(FX, f), "utf8"));
const sm = json("sm_macrodata.json");
const rv = json("r_vars_macrodata.json");
const more = json("sm_var_more.json");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sl-cli-var-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
const out = () => path.join(dir, `out${n++}.json`);

let stderr = "";
beforeEach(() => {
  stderr = "";
  vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => {
    stderr += String(s);
    return true;
  });
});

function maxRel(a: unknown, b: unknown, floor = 0): number {
  if (Array.isArray(a) && Array.isArray(b)) {
    expect(a.length).toBe(b.length);
    return a.reduce((m: number, x, i) => Math.max(m, maxRel(x, b[i], floor)), 0);
  }
  return Math.abs((a as number) - (b as number)) / Math.max(Math.abs(b as number), floor);
}

async function run(args: string[]): Promise<{ code: number; j: any; text: string }> {
  const f = out();
  const code = await runVarCommand([...args, "--json", f]);
  const text = code === 0 ? fs.readFileSync(f, "utf8") : "";
  return { code, j: code === 0 ? JSON.parse(text) : null, text };
}

describe("var --lags 2 --horizon 20: the documented JSON layout, equal to statsmodels / vars", () => {
  it("keys, shapes and values (coef, stderr 1e-9 rel; covariances 1e-10 rel; llf 1e-12 rel; roots 1e-10 rel; IRF 1e-10, IRF s.e. 1e-9 rel; FEVD 1e-10 abs; Granger F 1e-9 rel)", async () => {
    const { code, j, text } = await run([CSV, "--lags", "2", "--horizon", "20", "--irf-se"]);
    expect(code).toBe(0);
    expect(Object.keys(j)).toEqual(["variables", "nobs", "lags", "trend", "coef", "stderr", "sigma_u", "sigma_u_ml", "llf", "roots", "stable", "warnings", "irf", "fevd", "granger"]);
    expect(j.variables).toEqual(["realgdp", "realcons", "realinv"]);
    expect(j.nobs).toBe(sm.var2.nobs);
    expect(j.lags).toBe(2);
    expect(j.trend).toBe("c");
    expect(maxRel(j.coef, sm.var2.coef)).toBeLessThan(1e-9);
    expect(maxRel(j.stderr, sm.var2.stderr)).toBeLessThan(1e-9);
    expect(maxRel(j.sigma_u, sm.var2.sigma_u_df_adjusted)).toBeLessThan(1e-10);
    expect(maxRel(j.sigma_u_ml, sm.var2.sigma_u_ml)).toBeLessThan(1e-10);
    expect(maxRel(j.llf, sm.var2.loglik)).toBeLessThan(1e-12);
    expect(maxRel(j.roots, rv.var2.roots_modulus)).toBeLessThan(1e-10);
    expect(j.irf.orth.length).toBe(21);
    expect(maxRel(j.irf.orth, sm.irf.orth, 1e-15)).toBeLessThan(1e-10);
    expect(maxRel(j.irf.orth_se, sm.irf.asymptotic_stderr_orth, 1e-15)).toBeLessThan(1e-9);
    // without --irf-se the standard errors are neither computed nor written
    const plain = await run([CSV, "--lags", "2", "--horizon", "20"]);
    expect(Object.keys(plain.j.irf)).toEqual(["orth"]);
    expect(plain.j.irf.orth).toEqual(j.irf.orth);
    expect(j.fevd.length).toBe(20);
    expect(maxRel(j.fevd, sm.fevd.decomp, 1)).toBeLessThan(1e-10);
    expect(j.granger.length).toBe(3);
    expect(j.granger[0].causing).toBe("realgdp");
    expect(j.granger[0].caused).toEqual(["realcons", "realinv"]);
    expect(maxRel(j.granger[0].F, sm.granger.F)).toBeLessThan(1e-9);
    expect(j.granger[0].df).toEqual([sm.granger.F_df1, sm.granger.F_df2]);
    // never NaN: JSON would carry it as null
    expect(text).not.toMatch(/null|NaN|Infinity/);
  });
  it("--maxlags 8 --ic aic: lag_selection for p = 0..8 equals statsmodels (criteria 1e-12 abs) and the selected lag is used", async () => {
    const { code, j } = await run([CSV, "--maxlags", "8", "--ic", "aic", "--horizon", "4"]);
    expect(code).toBe(0);
    const s = j.lag_selection;
    expect(Object.keys(s)).toEqual(["maxlags", "aic", "bic", "hqic", "fpe", "selected"]);
    expect(s.maxlags).toBe(8);
    expect(maxRel(s.aic, sm.lag_selection.AIC, 1)).toBeLessThan(1e-12);
    expect(maxRel(s.bic, sm.lag_selection.SC, 1)).toBeLessThan(1e-12);
    expect(s.selected).toEqual({ aic: sm.lag_selection.selected.AIC, bic: sm.lag_selection.selected.SC, hqic: sm.lag_selection.selected.HQ, fpe: sm.lag_selection.selected.FPE });
    expect(j.lags).toBe(s.selected.aic);
    const b = await run([CSV, "--maxlags", "8", "--ic", "bic", "--horizon", "4"]);
    expect(b.j.lags).toBe(Math.max(1, s.selected.bic));
  });
  it("--order realinv,realgdp,realcons reorders variables, coefficients and OIRFs (statsmodels, 1e-10 rel)", async () => {
    const { j } = await run([CSV, "--lags", "2", "--order", "realinv,realgdp,realcons", "--horizon", String(more.horizon)]);
    expect(j.variables).toEqual(["realinv", "realgdp", "realcons"]);
    expect(maxRel(j.coef, more.order_inv_gdp_cons_p2.coef)).toBeLessThan(1e-9);
    expect(maxRel(j.irf.orth, more.order_inv_gdp_cons_p2.irf_orth, 1e-15)).toBeLessThan(1e-10);
  });
  it("--trend ct equals statsmodels (coef 1e-9 rel); regressors const, trend, lags", async () => {
    const { j } = await run([CSV, "--lags", "2", "--trend", "ct", "--horizon", "3"]);
    expect(j.trend).toBe("ct");
    expect(maxRel(j.coef, more.ct_p2.coef)).toBeLessThan(1e-9);
  });
});

describe("var --bootstrap", () => {
  it("writes {method, replications, seed, ci, lower, upper} with [h][i][j] shapes; same seed gives identical bands (also with --workers 2)", async () => {
    const args = [CSV, "--lags", "2", "--horizon", "6", "--bootstrap", "200", "--seed", "7", "--ci", "0.9"];
    const a = await run(args);
    const b = await run(args);
    const c = await run([...args, "--workers", "2"]);
    expect(a.code).toBe(0);
    const bs = a.j.bootstrap;
    expect(Object.keys(bs)).toEqual(["method", "replications", "seed", "ci", "lower", "upper", "fevd_lower", "fevd_upper"]);
    expect([bs.method, bs.replications, bs.seed, bs.ci]).toEqual(["residual", 200, 7, 0.9]);
    expect(bs.lower.length).toBe(7);
    expect(bs.lower[0].length).toBe(3);
    expect(bs.lower[0][0].length).toBe(3);
    expect(b.j.bootstrap).toEqual(bs);
    expect(c.j.bootstrap).toEqual(bs);
    for (let h = 0; h <= 6; h++) for (let i = 0; i < 3; i++) for (let k = 0; k < 3; k++) expect(bs.lower[h][i][k]).toBeLessThanOrEqual(bs.upper[h][i][k]);
    const g = await run([CSV, "--lags", "2", "--horizon", "6", "--bootstrap", "200", "--seed", "7", "--method", "gaussian"]);
    expect(g.j.bootstrap.method).toBe("gaussian");
    expect(g.j.bootstrap.lower).not.toEqual(bs.lower);
  }, 30_000);
});

describe("bad arguments: usage on stderr, exit code 2", () => {
  const cases: [string, string[], RegExp][] = [
    ["no file", ["--lags", "2"], /missing <file.csv>/],
    ["no --json", [CSV], /missing --json/],
    ["both --lags and --maxlags", [CSV, "--lags", "2", "--maxlags", "4"], /either --lags or --maxlags/],
    ["bad --ic", [CSV, "--maxlags", "4", "--ic", "xyz"], /--ic must be/],
    ["bad --trend", [CSV, "--trend", "ctt"], /--trend must be/],
    ["non-integer --lags", [CSV, "--lags", "1.5"], /--lags must be an integer/],
    ["--lags 0", [CSV, "--lags", "0"], /--lags must be >= 1/],
    ["--horizon 0", [CSV, "--horizon", "0"], /--horizon must be in/],
    ["--ci 1", [CSV, "--bootstrap", "100", "--ci", "1"], /--ci must lie in/],
    ["--bootstrap 3", [CSV, "--bootstrap", "3"], /--bootstrap must be in/],
    ["bad --method", [CSV, "--method", "wild"], /--method must be/],
    ["unknown option", [CSV, "--lag", "2"], /unknown option '--lag'/],
  ];
  for (const [name, args, re] of cases) {
    it(name, async () => {
      const f = out();
      const code = await runVarCommand(args.includes(CSV) && name !== "no --json" ? [...args, "--json", f] : args);
      expect(code).toBe(2);
      expect(stderr).toMatch(re);
      expect(stderr).toMatch(/usage: sanctions-lab var/);
      expect(fs.existsSync(f)).toBe(false);
    });
  }
});

describe("bad data: typed errors naming line and column", () => {
  const base = fs.readFileSync(CSV, "utf8").trim().split("\n");
  const write = (lines: string[]) => {
    const f = path.join(dir, `in${n++}.csv`);
    fs.writeFileSync(f, lines.join("\n") + "\n");
    return f;
  };
  it("an empty cell is a DataError with line and column; --dropna drops the row (nobs one less)", async () => {
    const lines = [...base];
    const cells = lines[11].split(",");
    cells[3] = "";
    lines[11] = cells.join(",");
    const f = write(lines);
    await expect(run([f, "--lags", "2"])).rejects.toThrow(DataError);
    await expect(run([f, "--lags", "2"])).rejects.toThrow(/line 12, column 'realinv': missing value.*--dropna/);
    const r = await run([f, "--lags", "2", "--dropna"]);
    expect(r.code).toBe(0);
    expect(r.j.nobs).toBe(sm.var2.nobs - 1);
    expect(stderr).toMatch(/dropped 1 row/);
    // an interior row: the JSON warns that lags span the gap
    expect(r.j.warnings[0]).toMatch(/removed 1 row\(s\) inside the sample \(file line\(s\) 12\)/);
    // leading rows only: no gap warning
    const lead = [...base];
    const c2 = lead[1].split(",");
    c2[2] = "NA";
    lead[1] = c2.join(",");
    const r2 = await run([write(lead), "--lags", "2", "--dropna"]);
    expect(r2.j.warnings).toEqual([]);
  });
  it("a non-numeric cell is a DataError with line and column, with or without --dropna", async () => {
    const lines = [...base];
    const cells = lines[5].split(",");
    cells[1] = "1.2.3";
    lines[5] = cells.join(",");
    const f = write(lines);
    await expect(run([f])).rejects.toThrow(/line 6, column 'realgdp': '1.2.3' is not a number/);
    await expect(run([f, "--dropna"])).rejects.toThrow(DataError);
  });
  it("when the criterion selects 0 lags a VAR(1) is estimated and the JSON says so", async () => {
    // white noise: BIC picks p = 0
    let st = 7;
    const u = () => { st = (st * 1103515245 + 12345) % 2147483648; return st / 2147483648 - 0.5; };
    const lines = ["a,b", ...Array.from({ length: 120 }, () => `${u()},${u()}`)];
    const r = await run([write(lines), "--maxlags", "4", "--ic", "bic"]);
    expect(r.j.lag_selection.selected.bic).toBe(0);
    expect(r.j.lags).toBe(1);
    expect(r.j.warnings[0]).toMatch(/bic selects 0 lags/);
  });
  it("too few observations for the lag order, a missing file, a ragged row", async () => {
    await expect(run([write(base.slice(0, 8)), "--lags", "3"])).rejects.toThrow(/needs more than/);
    await expect(run([path.join(dir, "nope.csv")])).rejects.toThrow(/not found/);
    await expect(run([write([...base.slice(0, 20), "2000Q1,1,2"])])).rejects.toThrow(/malformed CSV/);
  });
  it("a constant column is reported as collinear (typed NumericalError)", async () => {
    const lines = base.map((l, i) => (i === 0 ? l + ",flat" : l + ",1"));
    await expect(run([write(lines)])).rejects.toThrow(/'flat\.l1' is constant or collinear/);
  });
  it("repeated runs give bitwise identical JSON numbers", async () => {
    const { j } = await run([CSV, "--lags", "1", "--horizon", "1"]);
    const again = await run([CSV, "--lags", "1", "--horizon", "1"]);
    expect(again.j.coef).toEqual(j.coef);
  });
});
