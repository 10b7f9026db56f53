/**
 * The inventories against the committed report: every inventory loads (its policies pass the
 * refusal rule), every inventory entry has at least one claim in reports/claims.json, every claim
 * names an entry of its paper's inventory, every claim has exactly one primary reading, and the
 * committed REPRODUCTION.md is what the committed claims render to (byte for byte).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../src/data/datadir";
import { coverage } from "../../src/report/aggregate";
import { checkRecords, ClaimRecord, KINDS, PAPERS } from "../../src/report/claims";
import { loadInventory } from "../../src/report/inventory";
import { renderMarkdown } from "../../src/report/report";

const committed = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "reports", "claims.json"), "utf8")) as ClaimRecord[];
const papers = (Object.keys(PAPERS) as (keyof typeof PAPERS)[]).filter((p) => p !== "primers");

describe("inventories of published display items", () => {
  for (const p of papers) {
    it(`${p}: the inventory loads and every entry has a claim, every claim an entry`, () => {
      const inv = loadInventory(p);
      expect(inv, `data/published/${p}/inventory.json`).not.toBeNull();
      const cov = coverage(inv!, committed);
      expect(cov.unknown, "claims naming no inventory entry").toEqual([]);
      expect(cov.missing, "inventory entries without a claim").toEqual([]);
      expect(inv!.items.length).toBeGreaterThan(0);
    });
  }
  it("every committed record is a v2 record with a kind, a grade and one primary reading per claim", () => {
    expect(committed.length).toBeGreaterThan(0);
    for (const r of committed) {
      expect(KINDS, r.id).toContain(r.kind);
      expect(typeof r.grade, r.id).toBe("string");
      if (r.kind === "calibration-target") expect(r.fitted, r.id).toBeTruthy();
      if (r.grade === "not reproducible") expect(r.reason, r.id).toBeTruthy();
      if (typeof r.reproduced === "number") expect(Number.isFinite(r.reproduced), r.id).toBe(true);
    }
    expect(checkRecords(committed)).toEqual([]);
  });
  it("primer claims are teaching checks and only primer claims are", () => {
    for (const r of committed) expect(r.kind === "teaching-check", r.id).toBe(r.paper === "primers");
  });
  it("the committed REPRODUCTION.md is the rendering of the committed claims (byte-identical)", () => {
    const md = fs.readFileSync(path.join(REPO_ROOT, "reports", "REPRODUCTION.md"), "utf8");
    expect(renderMarkdown(committed) === md, "run `npm run reproduce` and commit reports/").toBe(true);
  });
});
