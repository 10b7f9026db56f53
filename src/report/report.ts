/**
 * The reproduction report (v2): reports/claims.json (every record: one claim under one reading,
 * machine-readable) and reports/REPRODUCTION.md: per paper, the headline findings with their
 * grades and robustness across readings, the display items with their reproducibility levels, then
 * the claims grouped by display item. Counts are by kind and grade; fitted numbers and identities
 * are counted apart from reproductions. The output depends only on the records and the inventories
 * (no times, no dates), so the same inputs give a byte-identical report.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { aggregate, AggregatedClaim, coverage, itemLevel, LEVELS } from "./aggregate";
import { checkRecords, ClaimError, ClaimRecord, PAPERS, PaperId } from "./claims";
import { DisplayItem, LoadedInventory, loadInventory } from "./inventory";

export interface ReportMeta {
  notebooks: { name: string; seconds: number }[];
}

const PAPER_ORDER = Object.keys(PAPERS) as PaperId[];

/** Inventory order: paper, display item, entry; then id, the primary reading first, reading key. */
export function sortClaims(records: ClaimRecord[], inventories: Map<string, LoadedInventory | null> = loadInventories(records)): ClaimRecord[] {
  const pos = new Map<string, number>();
  for (const inv of inventories.values()) {
    if (!inv) continue;
    let i = 0;
    for (const k of inv.entries.keys()) pos.set(`${inv.paper}:${k}`, i++);
  }
  const at = (r: ClaimRecord) => pos.get(`${r.paper}:${r.item}/${r.entry}`) ?? Number.MAX_SAFE_INTEGER;
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...records].sort(
    (a, b) =>
      PAPER_ORDER.indexOf(a.paper) - PAPER_ORDER.indexOf(b.paper) ||
      at(a) - at(b) ||
      cmp(a.item, b.item) ||
      cmp(a.entry, b.entry) ||
      cmp(a.id, b.id) ||
      Number(b.primary) - Number(a.primary) ||
      cmp(a.readingKey, b.readingKey),
  );
}

export function loadInventories(records: ClaimRecord[]): Map<string, LoadedInventory | null> {
  const m = new Map<string, LoadedInventory | null>();
  for (const p of PAPER_ORDER) if (p !== "primers") m.set(p, loadInventory(p));
  for (const r of records) if (!m.has(r.paper)) m.set(r.paper, loadInventory(r.paper));
  return m;
}

export function fmtNum(x: number | string | null): string {
  if (x === null) return "n/a";
  if (typeof x === "string") return x;
  if (x === 0) return "0";
  const a = Math.abs(x);
  return a >= 1e5 || a < 1e-3 ? x.toExponential(4) : Number(x.toPrecision(6)).toString();
}

function cell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

const GRADE_MD: Record<string, string> = {
  exact: "exact",
  close: "close",
  diverges: "**diverges**",
  "not reproducible": "*not reproducible*",
  holds: "holds",
  mixed: "**mixed**",
  fails: "**fails**",
};

/** Counts for one paper, by kind and grade. */
export interface PaperCounts {
  numbers: number; // published numbers in the inventory
  findings: number; // stated findings in the inventory
  reproduction: Record<string, number>;
  calibration: Record<string, number>;
  identity: Record<string, number>;
  finding: Record<string, number>;
  teaching: Record<string, number>;
}

function tally(cs: AggregatedClaim[]): Record<string, number> {
  const t: Record<string, number> = {};
  for (const c of cs) t[c.grade] = (t[c.grade] ?? 0) + 1;
  return t;
}

export function paperCounts(claims: AggregatedClaim[], inv: LoadedInventory | null): PaperCounts {
  const entries = inv ? [...inv.entries.values()] : [];
  return {
    numbers: entries.filter((e) => e.printed !== undefined).length,
    findings: entries.filter((e) => e.quote !== undefined).length,
    reproduction: tally(claims.filter((c) => c.kind === "reproduction")),
    calibration: tally(claims.filter((c) => c.kind === "calibration-target")),
    identity: tally(claims.filter((c) => c.kind === "identity")),
    finding: tally(claims.filter((c) => c.kind === "finding")),
    teaching: tally(claims.filter((c) => c.kind === "teaching-check")),
  };
}

const n = (t: Record<string, number>, ...gs: string[]) => gs.reduce((s, g) => s + (t[g] ?? 0), 0);
const total = (t: Record<string, number>) => Object.values(t).reduce((a, b) => a + b, 0);

/** "N of M published numbers reproduced out of sample (E exact, C close)" and the rest. */
export function countsSentence(k: PaperCounts): string {
  const r = k.reproduction;
  const parts: string[] = [];
  if (total(r)) {
    parts.push(
      `**${n(r, "exact", "close")} of ${total(r)} published numbers reproduced out of sample** (${n(r, "exact")} exact, ${n(r, "close")} close); ${n(r, "diverges")} diverge; ${n(r, "not reproducible")} not reproducible with public data`,
    );
  }
  if (total(k.calibration)) parts.push(`${total(k.calibration)} calibration targets (fitted, not counted as reproduced: ${n(k.calibration, "exact")} exact, ${n(k.calibration, "close")} close, ${n(k.calibration, "diverges")} diverge after the fit)`);
  if (total(k.identity)) parts.push(`${total(k.identity)} identities (true by construction, not counted)`);
  if (total(k.finding)) parts.push(`**findings: ${n(k.finding, "holds")} hold, ${n(k.finding, "mixed")} mixed, ${n(k.finding, "fails")} fail, ${n(k.finding, "not reproducible")} not reproducible** (of ${total(k.finding)})`);
  if (total(k.teaching)) parts.push(`${total(k.teaching)} teaching checks (${n(k.teaching, "holds")} hold, ${n(k.teaching, "fails")} fail)`);
  return parts.join(". ") + ".";
}

/**
 * A paper's baseline reading: for each reading name, the value most primary records use (ties: the
 * first in sort order). The report states it once per paper and shows each claim's reading as its
 * departures from it, so a row names only what is particular to it.
 */
export function baselineReading(records: ClaimRecord[]): Record<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const r of records) {
    if (!r.primary) continue;
    for (const [k, v] of Object.entries(r.reading)) {
      const m = counts.get(k) ?? new Map<string, number>();
      m.set(v, (m.get(v) ?? 0) + 1);
      counts.set(k, m);
    }
  }
  const out: Record<string, string> = {};
  for (const k of [...counts.keys()].sort()) {
    const m = counts.get(k)!;
    const best = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    out[k] = best[0];
  }
  return out;
}

/** A record's reading as its departures from the baseline ("baseline" when there are none). */
export function readingLabel(r: ClaimRecord, base: Record<string, string> = {}): string {
  const diff = Object.keys(r.reading)
    .sort()
    .filter((k) => base[k] !== r.reading[k])
    .map((k) => `${k}=${r.reading[k]}`);
  return diff.length ? diff.join(", ") : Object.keys(r.reading).length ? "baseline" : "default";
}

/** The reading names whose values differ among a claim's records, as "k=v, ..." per record. */
function varyingLabel(r: ClaimRecord, all: ClaimRecord[]): string {
  const keys = [...new Set(all.flatMap((x) => Object.keys(x.reading)))].sort().filter((k) => new Set(all.map((x) => x.reading[k] ?? "")).size > 1);
  return keys.map((k) => `${k}=${r.reading[k] ?? "(unset)"}`).join(", ") || label0(r);
}
const label0 = (r: ClaimRecord) => r.readingKey || "default";

/** How robust a claim is across its readings, in one line (naming only the readings that vary). */
export function robustness(c: AggregatedClaim): string {
  if (!c.others.length) return "one reading";
  const all = [c.primary, ...c.others];
  if (c.kind === "finding") {
    if (c.grade === "mixed") {
      const holds = all.filter((r) => r.holds === true).map((r) => varyingLabel(r, all));
      const fails = all.filter((r) => r.holds === false).map((r) => varyingLabel(r, all));
      return `holds under ${holds.length} of ${all.length} readings (holds: ${holds.join("; ")}; fails: ${fails.join("; ")})`;
    }
    return `${c.grade} under all ${all.length} readings`;
  }
  const grades = new Map<string, number>();
  for (const r of all) grades.set(r.grade, (grades.get(r.grade) ?? 0) + 1);
  const g = [...grades].map(([k, v]) => `${v} ${k}`).join(", ");
  return c.spread ? `${all.length} readings: ours ${fmtNum(c.spread.min)} to ${fmtNum(c.spread.max)} (${g})` : `${all.length} readings (${g})`;
}

function basisText(item: DisplayItem): string {
  const d = item.data;
  return d.kind === "paper" ? "the paper's own inputs" : d.kind === "raw-public" ? `raw public data: ${d.sources}` : d.kind === "substitute" ? `substitute data: ${d.substitutes}` : `not public: ${d.reason}`;
}

function policyText(item: DisplayItem): string {
  if (!item.policy) return "none (exact only)";
  const p = item.policy;
  const parts = [p.rel !== undefined ? `${fmtNum(100 * p.rel)}% relative` : "", p.abs !== undefined ? `${fmtNum(p.abs)} absolute` : ""].filter(Boolean);
  return `${parts.length > 1 ? `max(${parts.join(", ")})` : parts[0]}: ${p.reason}`;
}

function gapText(r: ClaimRecord): string {
  if (r.gap === null) return "";
  return fmtNum(r.gap) + (r.relGap !== null ? ` (${fmtNum(100 * r.relGap)}%)` : "");
}

function claimRow(c: AggregatedClaim, base: Record<string, string>): string {
  const p = c.primary;
  const pub = p.printed ?? (typeof p.published === "string" ? p.published : fmtNum(p.published));
  const ours = p.reproduced === null ? "n/a" : typeof p.reproduced === "number" ? fmtNum(p.reproduced) : p.reproduced;
  const why = [p.explanation, p.fitted ? `Fitted: ${p.fitted}` : "", p.reason && p.grade === "not reproducible" ? `Not reproducible: ${p.reason}` : ""].filter(Boolean).join(" ");
  return `| ${cell(p.where)} | ${p.kind} | ${cell(pub)} | ${cell(ours)} | ${cell(p.unit)} | ${GRADE_MD[c.grade]} | ${gapText(p)} | ${cell(readingLabel(p, base))} | ${cell(robustness(c))} | ${cell(why)} | ${cell(p.source)} |`;
}

/** REPRODUCTION.md from the records (validated: unique id and reading, one primary per id). */
export function renderMarkdown(records: ClaimRecord[], _meta?: ReportMeta, inventories: Map<string, LoadedInventory | null> = loadInventories(records)): string {
  const problems = checkRecords(records);
  if (problems.length) throw new ClaimError(`the claims cannot be reported:\n  ${problems.join("\n  ")}`);
  const sorted = sortClaims(records, inventories);
  const claims = aggregate(sorted);
  const L: string[] = [];
  L.push("# Reproduction report");
  L.push("");
  L.push("Generated by `npm run reproduce`: every notebook is executed headless with the tslab kernel and records, for each");
  L.push("published number or stated finding it rebuilds, a claim: what kind of evidence it is, the reading it was computed");
  L.push("under, and a grade. Every display item and printed number of each paper is in an inventory");
  L.push("(`data/published/<paper>/inventory.json`) and has at least one claim. `npm test` re-executes the notebooks and fails");
  L.push("if any value drifts from `reports/claims.json`.");
  L.push("");
  L.push("**How to read it.**");
  L.push("- *Kinds*: `reproduction` (computed without using the published number), `calibration-target` (a parameter or coding");
  L.push("  was fitted to it: shown with its fit, never counted as reproduced), `identity` (true by construction: shown, not");
  L.push("  counted), `finding` (a qualitative statement: sign, ordering, significance, mechanism), `teaching-check` (primers:");
  L.push("  hand-built step vs engine, in their own section).");
  L.push("- *Grades for numbers*, one rule for all: `exact` = within half a unit of the last printed digit (7.0 printed: 6.95 to");
  L.push("  7.05); `close` = within the display item's tolerance policy (declared once per item, with its reason, in the");
  L.push("  inventory; a policy as wide as the number it grades is refused); `diverges`; `not reproducible` = the data are not");
  L.push("  public (the reason is given). *Findings*: `holds` / `fails` under each reading; across readings `holds` (all),");
  L.push("  `mixed` (some: the report says which), `fails` (none).");
  L.push("- *Readings*: the named options and data substitutions a claim was computed under. Numbers are graded under the");
  L.push("  primary reading (chosen from the paper and its sources); the spread across the other readings is shown beside it.");
  L.push(`- *Levels of display items* (a scale modelled on the ACRE guide, Berkeley Initiative for Transparency in the Social Sciences): ${LEVELS.map((l) => `\`${l}\``).join("; ")}.`);
  L.push("");
  L.push("## Summary");
  L.push("");
  L.push("| paper | printed numbers | findings | reproduced out of sample (exact / close / diverges / not reproducible) | calibration targets | identities | findings hold / mixed / fail / n.r. | teaching checks |");
  L.push("|---|---:|---:|---|---:|---:|---|---:|");
  for (const p of PAPER_ORDER) {
    const cs = claims.filter((c) => c.paper === p);
    if (!cs.length) continue;
    const k = paperCounts(cs, inventories.get(p) ?? null);
    const r = k.reproduction, f = k.finding;
    L.push(`| ${p} | ${k.numbers || ""} | ${k.findings || ""} | ${total(r) ? `${n(r, "exact")} / ${n(r, "close")} / ${n(r, "diverges")} / ${n(r, "not reproducible")} of ${total(r)}` : ""} | ${total(k.calibration) || ""} | ${total(k.identity) || ""} | ${total(f) ? `${n(f, "holds")} / ${n(f, "mixed")} / ${n(f, "fails")} / ${n(f, "not reproducible")}` : ""} | ${total(k.teaching) || ""} |`);
  }
  L.push("");
  for (const p of PAPER_ORDER) {
    const cs = claims.filter((c) => c.paper === p);
    if (!cs.length) continue;
    const inv = inventories.get(p) ?? null;
    L.push(`## ${p}: ${PAPERS[p]}`);
    L.push("");
    if (inv) L.push(`*${inv.citation}*`), L.push("");
    L.push(countsSentence(paperCounts(cs, inv)));
    L.push("");
    const base = baselineReading(sorted.filter((r) => r.paper === p));
    if (Object.keys(base).length) {
      L.push(`**Baseline reading** (the value most claims use for each named option; each claim's reading below lists only its departures from it): ${Object.entries(base).map(([k, v]) => `\`${k}\` = ${v}`).join("; ")}.`);
      L.push("");
    }
    if (inv) {
      const cov = coverage(inv, sorted);
      if (cov.missing.length) L.push(`**Inventory entries without a claim (${cov.missing.length}):** ${cov.missing.join(", ")}`), L.push("");
      const heads = cs.filter((c) => c.primary.headline);
      if (heads.length) {
        L.push("### Headline findings");
        L.push("");
        L.push("| where | the paper says | ours (primary reading) | grade | robustness across readings |");
        L.push("|---|---|---|---|---|");
        for (const c of heads) {
          const pub = c.primary.printed ?? String(c.primary.published);
          const ours = c.primary.reproduced === null ? "n/a" : typeof c.primary.reproduced === "number" ? fmtNum(c.primary.reproduced) : c.primary.reproduced;
          L.push(`| ${cell(c.primary.where)} | ${cell(pub)} | ${cell(ours)} | ${GRADE_MD[c.grade]} | ${cell(robustness(c))} |`);
        }
        L.push("");
      }
      L.push("### Display items");
      L.push("");
      // the data bases, stated once and referred to by number
      const bases = [...new Set(inv.items.map(basisText))];
      L.push("Data bases: " + bases.map((b, i) => `**[D${i + 1}]** ${b}`).join(" "));
      L.push("");
      L.push("| item | where | level | claims | data | close band | summary |");
      L.push("|---|---|---|---|---|---|---|");
      for (const item of inv.items) {
        const lv = itemLevel(item, cs);
        L.push(`| [${cell(item.title)}](#${item.id}) | ${cell(item.where)} | ${lv.level} | ${cell(lv.detail)} | D${bases.indexOf(basisText(item)) + 1} | ${cell(policyText(item))} | ${cell(item.summary)} |`);
      }
      L.push("");
      L.push("### Claims by display item");
      L.push("");
      for (const item of inv.items) {
        const ic = cs.filter((c) => c.item === item.id);
        if (!ic.length) continue;
        L.push(`<a id="${item.id}"></a>`);
        L.push(`#### ${item.title} (${item.where})`);
        L.push("");
        L.push(`Level: **${itemLevel(item, cs).level}** (${itemLevel(item, cs).detail}). Close band: ${policyText(item)}.`);
        L.push("");
        pushClaimTable(L, ic, base);
      }
      const stray = cs.filter((c) => !inv.itemById.has(c.item));
      if (stray.length) {
        L.push("#### Claims naming no display item of the inventory");
        L.push("");
        pushClaimTable(L, stray, base);
      }
    } else {
      const items = [...new Set(cs.map((c) => c.item))];
      for (const it of items) {
        L.push(`#### ${it}`);
        L.push("");
        pushClaimTable(L, cs.filter((c) => c.item === it), base);
      }
    }
  }
  return L.join("\n") + "\n";
}

function pushClaimTable(L: string[], cs: AggregatedClaim[], base: Record<string, string>): void {
  L.push("| where | kind | published | ours | unit | grade | gap | reading | robustness | explanation | notebook |");
  L.push("|---|---|---:|---:|---|---|---:|---|---|---|---|");
  for (const c of cs) L.push(claimRow(c, base));
  L.push("");
}

/** Write reports/claims.json and reports/REPRODUCTION.md. */
export function writeReport(reportsDir: string, records: ClaimRecord[], meta: ReportMeta): void {
  fs.mkdirSync(reportsDir, { recursive: true });
  const inv = loadInventories(records);
  const md = renderMarkdown(records, meta, inv);
  fs.writeFileSync(path.join(reportsDir, "claims.json"), JSON.stringify(sortClaims(records, inv), null, 1) + "\n");
  fs.writeFileSync(path.join(reportsDir, "REPRODUCTION.md"), md);
}

export interface Drift {
  id: string;
  problem: string;
}

/**
 * Compare freshly computed records with the committed ones, record by record (id and reading):
 * every committed record must be recomputed with |ours - committed| <= relTol * max(|committed|,
 * scale of its display item) (so a drift in a small value is not judged as if the value were 1),
 * the same published value and the same grade; new records must be committed too.
 */
export function compareClaims(committed: ClaimRecord[], fresh: ClaimRecord[], relTol = 1e-9): Drift[] {
  const key = (c: ClaimRecord) => `${c.id} | ${c.readingKey}`;
  const drifts: Drift[] = [];
  const f = new Map(fresh.map((c) => [key(c), c]));
  const seen = new Set<string>();
  for (const c of committed) {
    const k = key(c);
    const nrec = f.get(k);
    seen.add(k);
    if (!nrec) {
      drifts.push({ id: k, problem: "committed claim was not recomputed (notebook changed or failed?)" });
      continue;
    }
    if (typeof c.reproduced === "number" && typeof nrec.reproduced === "number") {
      const d = Math.abs(nrec.reproduced - c.reproduced);
      const scale = Math.max(Math.abs(c.reproduced), c.scale > 0 ? c.scale : Number.MIN_VALUE);
      if (!(d <= relTol * scale)) drifts.push({ id: k, problem: `reproduced ${nrec.reproduced} vs committed ${c.reproduced} (|diff| ${d.toExponential(2)}, allowed ${(relTol * scale).toExponential(2)})` });
    } else if (c.reproduced !== nrec.reproduced) {
      drifts.push({ id: k, problem: `reproduced ${JSON.stringify(nrec.reproduced)} vs committed ${JSON.stringify(c.reproduced)}` });
    }
    if (c.published !== nrec.published) drifts.push({ id: k, problem: `published ${nrec.published} vs committed ${c.published}` });
    if (c.grade !== nrec.grade) drifts.push({ id: k, problem: `grade ${nrec.grade} vs committed ${c.grade}` });
    if (c.kind !== nrec.kind) drifts.push({ id: k, problem: `kind ${nrec.kind} vs committed ${c.kind}` });
  }
  for (const nrec of fresh) if (!seen.has(key(nrec))) drifts.push({ id: key(nrec), problem: "new claim not in the committed reports/claims.json (run `npm run reproduce` and commit reports/)" });
  return drifts;
}
