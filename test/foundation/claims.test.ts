import { describe, expect, it } from "vitest";
import { compareClaims, renderMarkdown } from "../../src/report/report";
import { evaluateClaim } from "../../src/report/claims";
import { InvalidParameterError } from "../../src/core/errors";

const base = { paper: "bali-rapelanoro-2021" as const, where: "Annex III, 2014m7", explanation: "test" };

describe("claims: verdicts", () => {
  it("absolute tolerance: |gap| <= tol is a match (boundary inclusive)", () => {
    expect(evaluateClaim({ ...base, published: 1, reproduced: 1.5, tolerance: 0.5 }).verdict).toBe("match");
    expect(evaluateClaim({ ...base, published: 1, reproduced: 1.5000001, tolerance: 0.5 }).verdict).toBe("diverges");
  });
  it("relative tolerance and gaps (exact arithmetic on representable values)", () => {
    const c = evaluateClaim({ ...base, published: 200, reproduced: 210, tolerance: { rel: 0.05 } });
    expect(c.verdict).toBe("match");
    expect(c.gap).toBe(10);
    expect(c.relGap).toBe(0.05);
    expect(evaluateClaim({ ...base, published: 200, reproduced: 211, tolerance: { rel: 0.05 } }).verdict).toBe("diverges");
  });
  it("text claims compare exactly (case-insensitive); null reproduced is 'not reproducible'", () => {
    expect(evaluateClaim({ ...base, published: "DL", reproduced: "dl" }).verdict).toBe("match");
    expect(evaluateClaim({ ...base, published: "supported", reproduced: "not supported" }).verdict).toBe("diverges");
    expect(evaluateClaim({ ...base, published: 45, reproduced: null }).verdict).toBe("not reproducible");
  });
  it("ids default to paper + slug of where", () => {
    expect(evaluateClaim({ ...base, published: 1, reproduced: 1, tolerance: 0 }).id).toBe("bali-rapelanoro-2021:annex-iii-2014m7");
  });
  it("rejects NaN, missing tolerance, unknown paper, missing explanation", () => {
    expect(() => evaluateClaim({ ...base, published: 1, reproduced: Number.NaN, tolerance: 1 })).toThrow(InvalidParameterError);
    expect(() => evaluateClaim({ ...base, published: 1, reproduced: 1 })).toThrow(/tolerance/);
    expect(() => evaluateClaim({ ...base, paper: "nobody-2020" as never, published: 1, reproduced: 1, tolerance: 1 })).toThrow(/unknown paper/);
    expect(() => evaluateClaim({ ...base, explanation: "", published: 1, reproduced: 1, tolerance: 1 })).toThrow(/explanation/);
  });
});

describe("claims: drift check against the committed report", () => {
  const a = evaluateClaim({ ...base, published: 1, reproduced: 1.2345678901, tolerance: 1 });
  it("accepts equal values and values within 1e-9 relative", () => {
    expect(compareClaims([a], [{ ...a, reproduced: 1.2345678901 * (1 + 5e-10) }])).toEqual([]);
  });
  it("flags drift beyond 1e-9, a missing claim, a new claim and a changed verdict", () => {
    expect(compareClaims([a], [{ ...a, reproduced: 1.2345678901 * (1 + 1e-8) }])).toHaveLength(1);
    expect(compareClaims([a], [])[0].problem).toMatch(/not recomputed/);
    expect(compareClaims([], [a])[0].problem).toMatch(/new claim/);
    expect(compareClaims([a], [{ ...a, verdict: "diverges" }])[0].problem).toMatch(/verdict/);
  });
  it("renders a markdown report with a per-paper table", () => {
    const md = renderMarkdown([a], { notebooks: [{ name: "x.ipynb", seconds: 1 }] });
    expect(md).toMatch(/\| bali-rapelanoro-2021 \| 1 \| 1 \| 0 \| 0 \|/);
    expect(md).toMatch(/Annex III, 2014m7/);
  });
});
