/**
 * The rank decision and every estimate are invariant to the units of the data (issue 17, item 1):
 * rescaling one series (or one exogenous or OLS regressor column) by 1e-12..1e12 leaves fitted
 * values, t statistics, companion roots and impulse responses of the rescaled system equal to the
 * original ones to rounding; an explosive series is fitted with the stability warning; exactly
 * collinear columns are refused at any scale.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { NumericalError } from "../../src/core/errors";
import { QrLeastSquares } from "../../src/core/linalg";
import { Rng } from "../../src/core/rng";
import { ols } from "../../src/econometrics/ols";
import { fitVar, irf, VarResult } from "../../src/econometrics/var/index";

const FX = path.join(__dirname, "..", "fixtures", "var");
const y = fs.readFileSync(path.join(FX, "macrodata_dlog.csv"), "utf8").trim().split("\n").slice(1).map((l) => l.split(",").slice(1).map(Number));
const names = ["realgdp", "realcons", "realinv"];
const SCALES = [1e-12, 3.7e-9, 1e-6, 1e6, 2.9e9, 1e12];
const TOL = 1e-9;

/** max |a - b| over all elements, relative to max |a| (the comparison fails on length or non-finite) */
function relDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(b.length).toBe(a.length);
  let big = 0, d = 0;
  for (let i = 0; i < a.length; i++) {
    expect(Number.isFinite(a[i]) && Number.isFinite(b[i])).toBe(true);
    big = Math.max(big, Math.abs(a[i]));
    d = Math.max(d, Math.abs(a[i] - b[i]));
  }
  return big === 0 ? d : d / big;
}
const flat = (x: number[][] | number[][][]): number[] => (x as unknown[]).flat(2) as number[];

function scaled(data: number[][], j: number, s: number): number[][] {
  return data.map((r) => r.map((v, c) => (c === j ? v * s : v)));
}

function compareVar(base: VarResult, res: VarResult, s: number[]): void {
  const K = base.K;
  // fitted values y - u, mapped back to the original units
  const fit = (r: VarResult, back: boolean) => r.resid.flatMap((row, t) => row.map((u, i) => (r.y[(t + r.p) * K + i] - u) / (back ? s[i] : 1)));
  expect(relDiff(fit(base, false), fit(res, true))).toBeLessThan(TOL);
  expect(relDiff(flat(base.tvalues), flat(res.tvalues))).toBeLessThan(TOL);
  expect(relDiff(base.roots, res.roots)).toBeLessThan(TOL);
  expect(res.stable).toBe(base.stable);
  expect(res.warnings).toEqual(base.warnings);
  const a = irf(base, 12), b = irf(res, 12);
  // Phi_h of the rescaled system is D Phi_h D^-1, Theta_h is D Theta_h (D = diag of the scales)
  const maBack = b.ma.map((m) => m.map((row, i) => row.map((v, j) => (v * s[j]) / s[i])));
  const orthBack = b.orth.map((m) => m.map((row, i) => row.map((v) => v / s[i])));
  expect(relDiff(flat(a.ma), flat(maBack))).toBeLessThan(TOL);
  expect(relDiff(flat(a.orth), flat(orthBack))).toBeLessThan(TOL);
  const seBack = b.orthStderr.map((m) => m.map((row, i) => row.map((v) => v / s[i])));
  expect(relDiff(flat(a.orthStderr), flat(seBack))).toBeLessThan(TOL);
}

describe("VAR estimates do not depend on the units of a series", () => {
  for (const trend of ["c", "ct"] as const)
    for (let j = 0; j < 3; j++)
      it(`trend '${trend}': series '${names[j]}' times each of ${SCALES.join(", ")}`, () => {
        const base = fitVar(y, { lags: 2, names, trend });
        for (const c of SCALES) {
          const s = [1, 1, 1];
          s[j] = c;
          compareVar(base, fitVar(scaled(y, j, c), { lags: 2, names, trend }), s);
        }
      });
  it("all series at once at very different scales (GDP in dollars beside a rate)", () => {
    const s = [2e12, 0.05, 1e-11];
    const base = fitVar(y, { lags: 3, names });
    const res = fitVar(y.map((r) => r.map((v, i) => v * s[i])), { lags: 3, names });
    compareVar(base, res, s);
  });
  it("levels: GDP in dollars (about 2e12) and in billions beside a policy rate give the same VAR", () => {
    const rng = new Rng(11);
    let g = 0, r = 0.05;
    const dollars: number[][] = [], billions: number[][] = [];
    for (let t = 0; t < 160; t++) {
      g = 0.005 + 0.4 * (t ? g : 0) + 0.006 * rng.normal();
      r = 0.002 + 0.95 * r + 0.001 * rng.normal();
      const level = 2e12 * Math.exp(0.005 * t + g);
      dollars.push([level, r]);
      billions.push([level / 1e9, r]);
    }
    const a = fitVar(billions, { lags: 2, names: ["gdp", "rate"] });
    const b = fitVar(dollars, { lags: 2, names: ["gdp", "rate"] });
    compareVar(a, b, [1e9, 1]);
    expect(b.warnings.some((w) => /ill-conditioned/.test(w))).toBe(false);
  });
  it("an exogenous regressor times 1e-12..1e12: same t statistics and fitted values", () => {
    const rng = new Rng(5);
    const ex = y.map(() => [rng.normal()]);
    const base = fitVar(y, { lags: 1, names, exog: ex, exogNames: ["x"] });
    for (const c of SCALES) {
      const res = fitVar(y, { lags: 1, names, exog: ex.map((r) => [r[0] * c]), exogNames: ["x"] });
      compareVar(base, res, [1, 1, 1]);
    }
  });
});

describe("OLS does not depend on the units of a regressor", () => {
  const rng = new Rng(3);
  const n = 80;
  const X = Array.from({ length: n }, () => [1, rng.normal(), rng.normal() + 2]);
  const yy = X.map((x) => 1 + 0.5 * x[1] - 0.3 * x[2] + 0.2 * rng.normal());
  const base = ols(yy, X);
  for (let j = 0; j < 3; j++)
    it(`column ${j + 1} times 1e-12..1e12`, () => {
      for (const c of SCALES) {
        const r = ols(yy, X.map((x) => x.map((v, k) => (k === j ? v * c : v))));
        expect(relDiff(base.tvalues, r.tvalues)).toBeLessThan(TOL);
        expect(relDiff(base.resid, r.resid)).toBeLessThan(TOL);
        expect(Math.abs(r.coef[j] * c - base.coef[j])).toBeLessThan(TOL * Math.abs(base.coef[j]));
      }
    });
  it("the dependent variable times 1e-12..1e12: same t statistics", () => {
    for (const c of SCALES) expect(relDiff(base.tvalues, ols(yy.map((v) => v * c), X).tvalues)).toBeLessThan(TOL);
  });
});

describe("explosive series: a stability warning, not a collinearity error", () => {
  it("y_t = 1.1 y_{t-1} + e_t over 250 periods (levels to 1e10) fits and warns", () => {
    const rng = new Rng(2);
    const d: number[][] = [];
    let a = 1, b = 0;
    for (let t = 0; t < 250; t++) {
      a = 1.1 * a + rng.normal();
      b = 0.5 * b + rng.normal();
      d.push([a, b]);
    }
    const res = fitVar(d, { lags: 1, names: ["boom", "calm"] });
    expect(res.stable).toBe(false);
    expect(res.roots[0]).toBeGreaterThan(1.09);
    expect(res.warnings.join(" ")).toMatch(/not stable/);
  });
  it("an explosive series in large units (2e12 times 1.03^t with 1% noise) with a constant and trend fits with the warning", () => {
    const rng = new Rng(4);
    const d: number[][] = [];
    for (let t = 0; t < 300; t++) d.push([2e12 * Math.pow(1.03, t) * (1 + 0.01 * rng.normal()), rng.normal()]);
    const res = fitVar(d, { lags: 1, names: ["boom", "noise"], trend: "ct" });
    expect(res.stable).toBe(false);
    expect(res.warnings.join(" ")).toMatch(/not stable/);
  });
});

describe("genuinely collinear columns are refused at any scale", () => {
  for (const c of [1, ...SCALES])
    it(`a duplicated series times ${c}`, () => {
      const d = y.map((r) => [r[0], r[1], r[0] * c]);
      expect(() => fitVar(d, { lags: 1, names })).toThrow(/'realinv\.l1' is constant or collinear/);
      expect(() => fitVar(d, { lags: 1, names })).toThrow(NumericalError);
    });
  for (const c of [1, ...SCALES])
    it(`a constant series times ${c}, a zero column, an exact linear combination`, () => {
      expect(() => fitVar(y.map((r) => [r[0], r[1], 7 * c]), { lags: 1, names })).toThrow(/'realinv\.l1' is constant or collinear/);
      expect(() => ols(y.map((r) => r[0]), y.map((r) => [1, r[1] * c, 0]))).toThrow(/'x3' is constant or collinear/);
      expect(() => ols(y.map((r) => r[0]), y.map((r) => [1, r[1], c * (0.3 * r[1] - 2)]))).toThrow(/constant or collinear/);
    });
  it("all refused regressors are named in one error (limited pivoting)", () => {
    const Z = new Float64Array(20 * 4), Y = new Float64Array(20);
    for (let i = 0; i < 20; i++) {
      Z[i * 4] = 1; Z[i * 4 + 1] = i; Z[i * 4 + 2] = 1e9 * i; Z[i * 4 + 3] = 3e-9;
      Y[i] = Math.sin(i);
    }
    try {
      new QrLeastSquares(20, 4, 1).fit(Z, Y, ["const", "t", "t_scaled", "tiny_const"]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(NumericalError);
      expect((e as NumericalError).details.regressors).toEqual(["t_scaled", "tiny_const"]);
      expect((e as Error).message).toMatch(/'t_scaled'.*'tiny_const'.*rank 2 of 4/);
    }
  });
  it("a non-finite regressor is a typed error, not a collinearity report", () => {
    const Z = Float64Array.from([1, 1, 1, Infinity, 1, 2]), Y = Float64Array.from([1, 2, 3]);
    expect(() => new QrLeastSquares(3, 2, 1).fit(Z, Y, ["const", "x"])).toThrow(/'x' holds a non-finite value/);
  });
});
