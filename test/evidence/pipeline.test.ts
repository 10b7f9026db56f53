/**
 * The whole pipeline (TIES wrangling in src/evidence/ties.ts + binary logit in
 * src/econometrics/discrete.ts) against an independent R implementation of both
 * (test/fixtures/discrete/scripts/ties_p2_r.R): notebook 06's concession logit, Proposition 2 model 1.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { loadTiesCases } from "../../src/evidence/ties";
import { binaryChoice } from "../../src/econometrics/discrete";

const R = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "fixtures", "discrete", "ties_p2_r.json"), "utf8"));
/** Largest relative gap; a length mismatch or a non-finite element fails (NaN never passes a bound). */
const rel = (a: number[], b: number[]) => {
  expect(a.length, "number of estimates").toBe(b.length);
  expect(a.length).toBeGreaterThan(0);
  return Math.max(...a.map((v, i) => (Number.isFinite(v) && Number.isFinite(b[i]) ? Math.abs(v - b[i]) / Math.abs(b[i]) : Number.POSITIVE_INFINITY)));
};

describe("TIES concession logit equals the R re-implementation (1e-6 relative; measured 2e-13)", () => {
  const rows = loadTiesCases().filter((c) => c.ally !== null && c.outcome !== null);
  const X = rows.map((c) => [1, c.ally!, c.priorMids! > 0 ? 1 : 0, c.rivalry!, c.institution, c.issue === 13 ? 1 : 0]);
  const y: number[] = rows.map((c) => c.concession!);
  it("same sample and the same codings (exact counts)", () => {
    expect(rows.length).toBe(R.n);
    expect(X.reduce((s, x) => s + x[1], 0)).toBe(R.allies);
    expect(X.reduce((s, x) => s + x[2], 0)).toBe(R.mids);
    expect(X.reduce((s, x) => s + x[3], 0)).toBe(R.rivals);
    expect(y.reduce((s, v) => s + v, 0)).toBe(R.concessions);
  });
  it("same estimates, classical and target-clustered standard errors", () => {
    const m = binaryChoice(y, X);
    expect(rel(m.coef, R.coef)).toBeLessThan(1e-6);
    expect(rel(m.stderr, R.se)).toBeLessThan(1e-6);
    expect(Math.abs(m.llf - R.llf)).toBeLessThan(1e-8); // absolute
    const mc = binaryChoice(y, X, { clusters: rows.map((c) => c.target!) });
    expect(rel(mc.stderr, R.se_cluster)).toBeLessThan(1e-6);
  });
});
