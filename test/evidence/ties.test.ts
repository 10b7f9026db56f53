/**
 * TIES wrangling and conflict-expectation measures: coding rules and spot checks against raw rows.
 */
import { describe, expect, it } from "vitest";
import { conflictMeasures, loadConflictData, loadTiesCases } from "../../src/evidence/ties";

const cd = loadConflictData();
const cases = loadTiesCases(cd);

describe("TIES cases", () => {
  it("keeps cases with a state sender and target (1,327 of 1,412)", () => {
    expect(cases.length).toBe(1327);
  });
  it("codes outcomes as the codebook does", () => {
    for (const c of cases) {
      if (c.outcome === null) { expect(c.concession).toBeNull(); continue; }
      expect(c.threatStage).toBe(c.outcome <= 5);
      expect(c.concession).toBe([1, 2, 6, 7].includes(c.outcome) ? 1 : 0);
      expect(c.concessionLevel).toBe(c.outcome === 2 || c.outcome === 7 ? 2 : c.outcome === 1 || c.outcome === 6 ? 1 : 0);
    }
  });
  it("spot check of the raw row 1945121601 (sender 2, target 710, 1945, outcome 8)", () => {
    const c = cases.find((x) => x.caseid === "1945121601")!;
    expect(c.sender).toBe(2);
    expect(c.target).toBe(710);
    expect(c.year).toBe(1945);
    expect(c.outcome).toBe(8);
    expect(c.concession).toBe(0);
  });
});

describe("conflict expectations", () => {
  it("US and Canada are allied in 1980; US and the USSR are strategic rivals in 1980", () => {
    expect(conflictMeasures(cd, 2, 20, 1980).ally).toBe(1);
    expect(conflictMeasures(cd, 2, 365, 1980).rivalry).toBe(1);
    expect(conflictMeasures(cd, 20, 2, 1980).ally).toBe(1); // symmetric
  });
  it("prior MIDs count dispute onsets in the previous ten years only", () => {
    const m = conflictMeasures(cd, 2, 365, 1960).priorMids;
    expect(m).toBeGreaterThan(0);
    expect(conflictMeasures(cd, 2, 365, 1816).priorMids).toBe(0);
  });
});
