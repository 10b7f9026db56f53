/**
 * TIES wrangling and conflict-expectation measures: the outcome decoding over every code, counts
 * of the coding decisions on the real file, spot checks against raw rows, the dyad expansion, and
 * the conflict measures (windows checked on a hand-made ConflictData).
 */
import { describe, expect, it } from "vitest";
import { ConflictData, conflictMeasures, decodeOutcome, isMajor, isState, loadConflictData, loadTiesCases, randomTargetingBaseline, targetChoiceSample, tiesDyads } from "../../src/evidence/ties";

const cd = loadConflictData();
const cases = loadTiesCases(cd);
const byId = (id: string) => cases.find((c) => c.caseid === id)!;

describe("finaloutcome decoding (TIES v4 codebook)", () => {
  it("maps the ten codes to stage, category and acquiescence level", () => {
    const expected: [number, string, string, number][] = [
      [1, "threat", "target acquiesces", 1], [2, "threat", "target acquiesces", 2], [3, "threat", "sender capitulates", 0], [4, "threat", "stalemate", 0], [5, "threat", "negotiated settlement", 0],
      [6, "imposition", "target acquiesces", 1], [7, "imposition", "target acquiesces", 2], [8, "imposition", "sender capitulates", 0], [9, "imposition", "stalemate", 0], [10, "imposition", "negotiated settlement", 0],
    ];
    for (const [code, stage, category, acq] of expected) expect(decodeOutcome(code)).toEqual({ stage, category, acquiescence: acq });
    expect(() => decodeOutcome(11)).toThrow(/1-10/);
    expect(() => decodeOutcome(2.5)).toThrow(/1-10/);
  });
});

describe("TIES cases (real file)", () => {
  it("keeps all 1,412 cases; 1,024 have a final outcome; 19 have stage codes that contradict the imposition flag", () => {
    expect(cases.length).toBe(1412);
    expect(cases.filter((c) => c.outcome !== null).length).toBe(1024);
    expect(cases.filter((c) => c.codingConflict).length).toBe(19);
    for (const c of cases.filter((x) => x.codingConflict)) expect(c.stage).toBeNull();
  });
  it("1,222 cases have a state primary sender and a state target (the dyadic sample)", () => {
    expect(cases.filter((c) => c.ally !== null).length).toBe(1222);
    // EC/EU (TIES code 1000) is not a state: no target, no conflict measures
    const eu = byId("1971011202");
    expect(eu.rawTarget).toBe(1000);
    expect(eu.target).toBeNull();
    expect(eu.ally).toBeNull();
  });
  it("derived outcomes agree with the codebook for every case", () => {
    for (const c of cases) {
      if (c.outcome === null) {
        expect([c.concession, c.concessionLevel, c.category, c.stage, c.threatStageAcquiescence]).toEqual([null, null, null, null, null]);
        continue;
      }
      expect(c.concession).toBe([1, 2, 6, 7].includes(c.outcome) ? 1 : 0);
      expect(c.concessionLevel).toBe(c.outcome === 2 || c.outcome === 7 ? 2 : c.outcome === 1 || c.outcome === 6 ? 1 : 0);
      expect(c.settlement).toBe(c.outcome === 5 || c.outcome === 10 ? 1 : 0);
      if (!c.codingConflict) expect(c.stage).toBe(c.imposition ? "imposition" : "threat");
      if (c.threat === 1 && !c.codingConflict) expect(c.threatStageAcquiescence).toBe(c.outcome <= 2 ? 1 : 0);
      else expect(c.threatStageAcquiescence).toBeNull();
    }
  });
  it("spot checks against raw rows", () => {
    const a = byId("1945121601"); // US vs China (710), 1945, sender capitulates after imposition
    expect([a.primarySender, a.target, a.year, a.outcome, a.stage, a.category, a.concession]).toEqual([2, 710, 1945, 8, "imposition", "sender capitulates", 0]);
    const b = byId("1956111601"); // no primary sender: sender1 (670) leads; Arab states vs France, 1956
    expect(b.primarySender).toBe(670);
    expect(b.senders).toEqual([670, 645, 652, 620, 660]);
    expect([b.threat, b.imposition, b.outcome, b.concessionLevel, b.targetCosts, b.senderCosts]).toEqual([0, 1, 7, 2, 2, 1]);
    const c = byId("1955050101"); // threat, no imposition, but a post-imposition outcome code (10)
    expect(c.codingConflict).toBe(true);
    expect(c.category).toBe("negotiated settlement");
  });
  it("costs are 1-3 or null", () => {
    for (const c of cases) for (const v of [c.anticipatedTargetCosts, c.anticipatedSenderCosts, c.targetCosts, c.senderCosts]) expect(v === null || [1, 2, 3].includes(v)).toBe(true);
    expect(cases.filter((c) => c.anticipatedTargetCosts !== null).length).toBe(863);
  });
});

describe("sender-target-year rows", () => {
  const dyads = tiesDyads(cases, cd);
  it("one row per state sender of a case with a state target; exactly one primary row per dyadic case", () => {
    expect(dyads.length).toBe(1784);
    expect(dyads.filter((d) => d.primary).length).toBe(1222);
    expect(dyads.filter((d) => d.caseid === "1956111601").map((d) => d.sender)).toEqual([670, 645, 652, 620, 660]);
    for (const d of dyads) expect(d.sender).not.toBe(d.target);
  });
});

describe("conflict expectations", () => {
  it("alliance, rivalry and state membership on known dyads", () => {
    expect(conflictMeasures(cd, 2, 20, 1980).ally).toBe(1); // US-Canada
    expect(conflictMeasures(cd, 20, 2, 1980).ally).toBe(1); // symmetric
    expect(conflictMeasures(cd, 2, 365, 1980).rivalry).toBe(1); // US-USSR
    expect(conflictMeasures(cd, 2, 365, 1980).ally).toBe(0);
    expect(isState(cd, 365, 1980)).toBe(true);
    expect(isState(cd, 1000, 1980)).toBe(false);
    expect(isState(cd, 255, 1960)).toBe(false); // West Germany is 260 in 1955-1990
  });
  it("Polity distance from the Crisman-Cox & Gibilisco dyad-decades (US-Canada 1980s: 0; missing before 1970)", () => {
    expect(conflictMeasures(cd, 2, 20, 1985).polityDistance).toBe(0);
    expect(conflictMeasures(cd, 20, 2, 1985).polityDistance).toBe(0);
    expect(conflictMeasures(cd, 2, 20, 1965).polityDistance).toBeNull();
  });
  it("prior MIDs count onsets in year-10 .. year-1 only (hand-made data)", () => {
    const fake: ConflictData = { allied: new Set(["1-2-2000"]), midOnsets: new Map([["1-2", [1989, 1990, 1995, 1999, 2000]]]), rivalries: [{ a: 2, b: 1, from: 1990, to: 9999 }], states: new Map(), polityDistance: new Map([["1-2-2000", 7]]) };
    const m = conflictMeasures(fake, 2, 1, 2000);
    expect(m.priorMids).toBe(3); // 1990, 1995, 1999; not 1989 (11 years before) nor 2000 (same year)
    expect(m.ally).toBe(1);
    expect(m.rivalry).toBe(1);
    expect(m.polityDistance).toBeNull(); // stored only for 1 -> 2
    expect(conflictMeasures(fake, 1, 2, 2001).polityDistance).toBe(7);
    expect(conflictMeasures(fake, 1, 2, 1989).rivalry).toBe(0);
  });
  it("random-targeting baseline: observed counts equal the case flags", () => {
    const b = randomTargetingBaseline(cases, cd);
    expect(b.n).toBe(1222);
    expect(b.observed.ally).toBe(cases.filter((c) => c.ally === 1).length);
    expect(b.expected.ally).toBeGreaterThan(0);
    expect(b.expected.ally).toBeLessThan(b.n);
  });
});

describe("target-choice (case-control) sample", () => {
  const s1 = targetChoiceSample(cases, cd, { controls: 20, seed: 7 });
  it("one chosen target and 20 distinct state controls per dyadic case", () => {
    expect(s1.length).toBe(1222 * 21);
    const byCase = new Map<string, typeof s1>();
    for (const r of s1) { if (!byCase.has(r.caseid)) byCase.set(r.caseid, []); byCase.get(r.caseid)!.push(r); }
    expect(byCase.size).toBe(1222);
    for (const [id, rows] of byCase) {
      const c = byId(id);
      expect(rows.filter((r) => r.chosen === 1).map((r) => r.target)).toEqual([c.target]);
      const ctrl = rows.filter((r) => r.chosen === 0).map((r) => r.target);
      expect(new Set(ctrl).size).toBe(20);
      for (const t of ctrl) {
        expect(t === c.target || t === c.primarySender).toBe(false);
        expect(isState(cd, t, c.year)).toBe(true);
      }
    }
  });
  it("the chosen row carries the case's own conflict measures", () => {
    for (const r of s1.filter((x) => x.chosen === 1).slice(0, 200)) {
      const c = byId(r.caseid);
      expect([r.ally, r.priorMids, r.rivalry]).toEqual([c.ally, c.priorMids, c.rivalry]);
    }
  });
  it("is deterministic for a seed and changes with it", () => {
    const again = targetChoiceSample(cases, cd, { controls: 20, seed: 7 });
    expect(again.map((r) => r.target)).toEqual(s1.map((r) => r.target));
    const other = targetChoiceSample(cases, cd, { controls: 20, seed: 8 });
    expect(other.map((r) => r.target)).not.toEqual(s1.map((r) => r.target));
    expect(() => targetChoiceSample(cases, cd, { controls: 0 })).toThrow(/positive integer/);
  });
  it("major powers from the COW list", () => {
    expect(isMajor(cd, 2, 1980)).toBe(true);
    expect(isMajor(cd, 365, 1980)).toBe(true);
    expect(isMajor(cd, 20, 1980)).toBe(false);
  });
});

describe("named readings of the evidence pipeline", () => {
  it("conflict measures: the adversary indicator is rivalry or a recent MID", async () => {
    const { conflictIndicator } = await import("../../src/evidence/ties");
    expect(conflictIndicator({ priorMids: 0, rivalry: 0 }, "adversary")).toBe(0);
    expect(conflictIndicator({ priorMids: 2, rivalry: 0 }, "adversary")).toBe(1);
    expect(conflictIndicator({ priorMids: 0, rivalry: 1 }, "adversary")).toBe(1);
    expect(conflictIndicator({ priorMids: 2, rivalry: 0 }, "rivalry")).toBe(0);
    expect(conflictIndicator({ priorMids: 0, rivalry: 1 }, "recent-mid")).toBe(0);
    expect(() => conflictIndicator({ priorMids: null, rivalry: null }, "adversary")).toThrow(/conflict measures/);
    expect(() => conflictIndicator({ priorMids: 0, rivalry: 0 }, "x" as never)).toThrow(/one of/);
  });
  it("big asks: territory only, or regime and territory", async () => {
    const { isBigAsk } = await import("../../src/evidence/ties");
    expect(isBigAsk({ issue: 5 }, "territory")).toBe(1);
    expect(isBigAsk({ issue: 3 }, "territory")).toBe(0);
    expect(isBigAsk({ issue: 3 }, "regime-or-territory")).toBe(1);
    expect(isBigAsk({ issue: null }, "regime-or-territory")).toBe(0);
  });
  it("repeat coercion: a later case of the same pair within the window, full windows only", async () => {
    const { repeatCoercion } = await import("../../src/evidence/ties");
    const base = { senders: [2], primarySender: 2, target: 40, ally: 0, priorMids: 0, rivalry: 0, concession: 1 } as any;
    const cases = [
      { ...base, caseid: "a", year: 1980 },
      { ...base, caseid: "b", year: 1985, concession: 0 },
      { ...base, caseid: "c", year: 1999 },
      { ...base, caseid: "d", year: 1970, target: 41 },
    ];
    const rr = repeatCoercion(cases, { window: 10, lastYear: 2005 });
    expect(rr.map((r) => [r.caseid, r.repeated, r.conceded])).toEqual([["a", 1, 1], ["b", 0, 0], ["d", 0, 1]]);
    expect(repeatCoercion(cases, { window: 5 }).find((r) => r.caseid === "a")!.repeated).toBe(1);
    expect(() => repeatCoercion(cases, { window: 0 })).toThrow(/positive/);
  });
});
