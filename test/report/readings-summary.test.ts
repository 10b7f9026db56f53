/**
 * The notebook line that sums up a claim's non-primary readings (src/notebook/index.ts,
 * readingsSummary): counts by grade, most frequent first, and the range of numeric results.
 */
import { describe, expect, it } from "vitest";
import { readingsSummary } from "../../src/notebook/index";
import type { ClaimRecord } from "../../src/report/claims";

const rec = (primary: boolean, grade: ClaimRecord["grade"], reproduced: number | string | null): ClaimRecord =>
  ({ primary, grade, reproduced } as unknown as ClaimRecord);

describe("readingsSummary", () => {
  it("counts the other readings by grade and gives the range of their numbers", () => {
    const s = readingsSummary([rec(true, "close", 0.6), rec(false, "diverges", 0.9), rec(false, "close", 0.62), rec(false, "diverges", 1.2)]);
    expect(s).toBe("other readings (3): 2 diverges, 1 close; ours 0.62 .. 1.2");
  });
  it("findings: no range; ties ordered by name", () => {
    expect(readingsSummary([rec(true, "fails", "a"), rec(false, "holds", "b"), rec(false, "fails", "c")])).toBe("other readings (2): 1 fails, 1 holds");
  });
  it("a single reading has no summary", () => {
    expect(readingsSummary([rec(true, "exact", 1)])).toBe("");
  });
});
