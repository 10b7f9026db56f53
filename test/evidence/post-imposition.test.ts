/**
 * Concessions after imposition: the share of imposed TIES cases that end in a target concession
 * (the complete-information coercion model predicts none). Checked against a count made from the
 * raw file with python (imposition = 1 and finaloutcome 6-10; concession = 6 or 7):
 *   python3 -c "import csv; r=[x for x in csv.DictReader(open('TIESv4-1.csv')) if x['imposition']=='1'
 *     and x['finaloutcome'] not in ('','NA') and 6<=float(x['finaloutcome'])<=10];
 *     print(len(r), sum(float(x['finaloutcome']) in (6,7) for x in r))"   ->   536 176
 */
import { describe, expect, it } from "vitest";
import { loadConflictData, loadTiesCases, postImpositionConcessions } from "../../src/evidence/ties";

describe("postImpositionConcessions", () => {
  it("counts imposed cases with a consistent outcome and their concessions (hand-made cases, exact)", () => {
    const r = postImpositionConcessions([
      { stage: "imposition", concession: 1 }, { stage: "imposition", concession: 0 },
      { stage: "imposition", concession: 0 }, { stage: "imposition", concession: 1 },
      { stage: "threat", concession: 1 }, { stage: null, concession: 1 }, { stage: "imposition", concession: null },
    ]);
    expect(r).toEqual({ imposed: 4, conceded: 2, share: 0.5, stderr: 0.25 });
  });
  it("on the real file: 176 of 536 imposed cases end in a concession (32.8%), as the raw count", () => {
    const r = postImpositionConcessions(loadTiesCases(loadConflictData()));
    expect([r.imposed, r.conceded]).toEqual([536, 176]);
    expect(r.share).toBeCloseTo(176 / 536, 15);
  });
  it("throws a typed error when no case reached imposition", () => {
    expect(() => postImpositionConcessions([{ stage: "threat", concession: 1 }])).toThrow(/no case reached imposition/);
  });
});
