/**
 * Claims (report v2): one published number or stated finding set beside ours, with the kind of
 * evidence it is, the reading it was computed under, and a grade from a rule stated once.
 *
 * - kind: `reproduction` (computed without using this number) | `calibration-target` (something was
 *   fitted to it: shown with its fit, never counted as reproduced) | `identity` (true by construction)
 *   | `finding` (a qualitative statement: sign, ordering, significance, mechanism) | `teaching-check`
 *   (primers: hand-built step vs engine).
 * - grade for numbers: `exact` (within half a unit of the last printed digit) | `close` (within the
 *   display item's tolerance policy, declared once in the inventory with its reason) | `diverges` |
 *   `not reproducible` (data not public; the reason is required). Findings: `holds` | `fails` per
 *   reading, and across readings `holds` | `mixed` | `fails` (src/report/aggregate.ts).
 * - reading: the named options and data substitutions (`{ index: "levels", ppi: "ROSSTAT" }`); one
 *   record per reading, exactly one of them primary.
 *
 * Notebooks call `claim({...})`; when the headless runner sets SANCTIONS_LAB_CLAIMS_FILE each record
 * is appended to that JSON-lines file, and `npm run reproduce` writes reports/ from the files.
 */
import * as fs from "node:fs";
import { InvalidParameterError, SanctionsLabError } from "../core/errors";
import { halfUnitOf, loadInventory, parsePrinted, policyTolerance, ResolvedEntry } from "./inventory";

export type PaperId = "drezner-1999" | "bali-rapelanoro-2021" | "funke-wende-2025" | "primers";
export const PAPERS: Record<PaperId, string> = {
  "drezner-1999": "Drezner (1999), The Sanctions Paradox; Drezner (1998), ISQ 42(4); and the 2025 essay",
  "bali-rapelanoro-2021": "Bali & Rapelanoro (2021), a multipurpose sanction index for EU sanctions on Russia",
  "funke-wende-2025": "Funke & Wende (2025), export bans, re-exporters and secondary sanctions",
  primers: "Teaching primers: each method built by hand and checked against the engines",
};

export const KINDS = ["reproduction", "calibration-target", "identity", "finding", "teaching-check"] as const;
export type Kind = (typeof KINDS)[number];
export type NumberGrade = "exact" | "close" | "diverges" | "not reproducible";
export type FindingGrade = "holds" | "mixed" | "fails" | "not reproducible";
export type Grade = NumberGrade | FindingGrade;
/** Named options and data substitutions a claim was computed under. */
export type Reading = Record<string, string>;

export interface ClaimInput {
  paper: PaperId;
  /** display item id in data/published/<paper>/inventory.json (for primers: the primer's name) */
  item: string;
  /** entry id inside the item (a cell, a number in the text, a finding) */
  entry: string;
  kind: Kind;
  /** ours, same units; for findings a short statement of what we found; null when not computable here */
  reproduced: number | string | null;
  /** findings and teaching checks: does the statement hold (under this reading)? */
  holds?: boolean;
  /** optional: if given it must equal the inventory's printed value (a guard against mislabelled cells) */
  published?: number | string;
  /** primers only (no inventory): the engine's value as the reference */
  printed?: string;
  reading?: Reading;
  /** the primary reading of this claim (default true; exactly one record per id is primary) */
  primary?: boolean;
  /** detail added to the inventory's location */
  where?: string;
  unit?: string;
  explanation: string;
  /** calibration-target: what was fitted to this number (parameters and moment) */
  fitted?: string;
  /** not reproducible: why (which data are not public) */
  reason?: string;
  /** teaching-check only: absolute tolerance of the hand-vs-engine comparison */
  tolerance?: number;
  /** stable id; default `${paper}:${item}/${entry}` */
  id?: string;
  source?: string;
}

export interface ClaimRecord {
  id: string;
  paper: PaperId;
  item: string;
  entry: string;
  kind: Kind;
  where: string;
  /** as printed (numbers as the printed string's value, findings as the quote) */
  published: number | string;
  printed: string | null;
  reproduced: number | string | null;
  unit: string;
  reading: Reading;
  readingKey: string;
  primary: boolean;
  grade: Grade;
  /** reproduced - published (numbers only) */
  gap: number | null;
  /** |gap| / |published| (numbers only, null if published = 0) */
  relGap: number | null;
  /** half a unit of the last printed digit (numbers) */
  exactBand: number | null;
  /** the display item's close band at this value (null: none declared or exact only) */
  closeBand: number | null;
  /** scale of the display item's numbers, for the drift check */
  scale: number;
  holds: boolean | null;
  explanation: string;
  fitted: string | null;
  reason: string | null;
  headline: boolean;
  source: string;
}

export class ClaimError extends SanctionsLabError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super("INVALID_ARGUMENT", message, details);
  }
}

export function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/** "index=levels, ppi=ROSSTAT" (keys sorted); "" for the default reading. */
export function readingKey(r: Reading): string {
  return Object.keys(r)
    .sort()
    .map((k) => `${k}=${r[k]}`)
    .join(", ");
}

const NUMBER_KINDS: Kind[] = ["reproduction", "calibration-target", "identity"];

function lookupEntry(c: ClaimInput): { entry: ResolvedEntry | null; scale: number; itemWhere: string; policy: ReturnType<typeof policyOf> } {
  if (c.paper === "primers") return { entry: null, scale: 1, itemWhere: c.item, policy: null };
  const inv = loadInventory(c.paper);
  if (!inv) throw new ClaimError(`paper '${c.paper}' has no inventory (data/published/${c.paper}/inventory.json)`);
  const item = inv.itemById.get(c.item);
  if (!item) throw new ClaimError(`claim names display item '${c.item}', which is not in ${inv.file}`, { item: c.item });
  const entry = inv.entries.get(`${c.item}/${c.entry}`);
  if (!entry) throw new ClaimError(`claim names entry '${c.item}/${c.entry}', which is not in ${inv.file}`, { item: c.item, entry: c.entry });
  return { entry, scale: item.scale, itemWhere: item.where, policy: policyOf(item.policy, entry) };
}

function policyOf(p: { rel?: number; abs?: number; reason: string } | undefined, e: ResolvedEntry) {
  return p && !e.exactOnly && e.value !== undefined ? policyTolerance(p, e.value) : null;
}

/** Evaluate one record (pure apart from reading the inventory): grade, gaps and bands. */
export function evaluateClaim(c: ClaimInput): ClaimRecord {
  if (!(c.paper in PAPERS)) throw new InvalidParameterError("paper", `unknown paper '${c.paper}' (one of ${Object.keys(PAPERS).join(", ")})`);
  if (!KINDS.includes(c.kind)) throw new InvalidParameterError("kind", `must be one of ${KINDS.join(", ")} (${c.item}/${c.entry})`, c.kind);
  if (!c.item || !c.entry) throw new InvalidParameterError(c.item ? "entry" : "item", "is required");
  if (!c.explanation || !c.explanation.trim()) throw new InvalidParameterError("explanation", `is required (${c.item}/${c.entry})`);
  const what = `${c.paper}:${c.item}/${c.entry}`;
  const reading = c.reading ?? {};
  for (const [k, v] of Object.entries(reading)) if (typeof v !== "string" || !v) throw new InvalidParameterError(`reading.${k}`, `must be a non-empty string (${what})`, v);
  if ((c.kind === "teaching-check") !== (c.paper === "primers")) throw new InvalidParameterError("kind", `teaching-check is the kind of every primer claim and only of those (${what})`);
  if (c.tolerance !== undefined && c.kind !== "teaching-check") throw new InvalidParameterError("tolerance", `a claim cannot carry its own tolerance; declare the display item's policy in the inventory (${what})`);
  if (c.kind === "calibration-target" && !c.fitted) throw new InvalidParameterError("fitted", `a calibration-target claim names what was fitted to this number (${what})`);
  if (c.reproduced === null && !c.reason) throw new InvalidParameterError("reason", `a claim that cannot be computed states why (which data are not public) (${what})`);

  const { entry, scale, itemWhere, policy } = lookupEntry(c);
  let published: number | string;
  let printed: string | null = null;
  let grade: Grade;
  let gap: number | null = null;
  let relGap: number | null = null;
  let exactBand: number | null = null;
  let closeBand: number | null = null;
  let holds: boolean | null = null;

  const isNumberEntry = entry ? entry.printed !== undefined : c.kind === "teaching-check";
  if (entry && c.kind === "finding" && isNumberEntry) throw new InvalidParameterError("kind", `entry ${what} is a printed number; a finding names an entry with a quote`);
  if (entry && NUMBER_KINDS.includes(c.kind) && !isNumberEntry && c.kind !== "identity") throw new InvalidParameterError("kind", `entry ${what} is a quoted finding; grade it as kind 'finding'`);

  if (c.kind === "finding" || (c.kind === "identity" && !isNumberEntry)) {
    published = entry!.quote!;
    if (c.reproduced === null) grade = "not reproducible";
    else {
      if (typeof c.holds !== "boolean") throw new InvalidParameterError("holds", `a finding says whether it holds under this reading (${what})`);
      holds = c.holds;
      grade = c.holds ? "holds" : "fails";
    }
  } else if (c.kind === "teaching-check") {
    if (typeof c.published !== "number" || typeof c.reproduced !== "number") throw new InvalidParameterError("reproduced", `a teaching check compares two numbers (${what})`);
    if (!(typeof c.tolerance === "number" && c.tolerance >= 0 && Number.isFinite(c.tolerance))) throw new InvalidParameterError("tolerance", `a teaching check needs a finite tolerance >= 0 (${what})`);
    for (const [n, v] of [["published", c.published], ["reproduced", c.reproduced]] as const) if (!Number.isFinite(v)) throw new InvalidParameterError(n, `is ${v} for ${what}; a claim never records a non-finite value`);
    published = c.published;
    gap = c.reproduced - c.published;
    relGap = c.published !== 0 ? Math.abs(gap) / Math.abs(c.published) : null;
    closeBand = c.tolerance;
    holds = Math.abs(gap) <= c.tolerance;
    grade = holds ? "holds" : "fails";
  } else {
    printed = entry!.printed!;
    published = entry!.value!;
    if (c.published !== undefined) {
      const given = typeof c.published === "number" ? c.published : parsePrinted(String(c.published));
      if (Math.abs(given - published) > 1e-12 * Math.max(1, Math.abs(published))) throw new InvalidParameterError("published", `${given} differs from the inventory's printed ${printed} (${what})`);
    }
    exactBand = entry!.halfUnit ?? halfUnitOf(printed);
    closeBand = policy;
    if (c.reproduced === null) grade = "not reproducible";
    else {
      if (typeof c.reproduced !== "number") throw new InvalidParameterError("reproduced", `a number claim records a number (${what})`, c.reproduced);
      if (!Number.isFinite(c.reproduced)) throw new InvalidParameterError("reproduced", `is ${c.reproduced} for ${what}; a claim never records a non-finite value`);
      gap = c.reproduced - published;
      relGap = published !== 0 ? Math.abs(gap) / Math.abs(published) : null;
      const eps = 1e-12 * Math.max(1, Math.abs(published));
      grade = Math.abs(gap) <= exactBand + eps ? "exact" : closeBand !== null && Math.abs(gap) <= closeBand + eps ? "close" : "diverges";
    }
  }
  return {
    id: c.id ?? `${c.paper}:${c.item}/${c.entry}`,
    paper: c.paper,
    item: c.item,
    entry: c.entry,
    kind: c.kind,
    where: entry ? `${itemWhere}, ${entry.where}${c.where ? ` (${c.where})` : ""}` : `${c.item}${c.where ? `, ${c.where}` : ""}`,
    published,
    printed,
    reproduced: c.reproduced,
    unit: c.unit ?? entry?.unit ?? "",
    reading,
    readingKey: readingKey(reading),
    primary: c.primary ?? true,
    grade,
    gap,
    relGap,
    exactBand,
    closeBand,
    scale,
    holds,
    explanation: c.explanation,
    fitted: c.fitted ?? null,
    reason: c.reproduced === null ? c.reason! : c.reason ?? null,
    headline: !!entry?.headline,
    source: c.source ?? process.env.SANCTIONS_LAB_NOTEBOOK ?? "",
  };
}

const registry = new Map<string, ClaimRecord>();

function recordKey(r: { id: string; readingKey: string }): string {
  return `${r.id} | ${r.readingKey}`;
}

/**
 * Record a claim: evaluate it, keep it in this process's registry, append it to the runner's file.
 * A second record with the same id and reading is an error in a headless run; in an interactive
 * kernel (no claims file) re-running a cell replaces the earlier record.
 */
export function claim(c: ClaimInput): ClaimRecord {
  const out = evaluateClaim(c);
  const key = recordKey(out);
  const file = process.env.SANCTIONS_LAB_CLAIMS_FILE;
  if (registry.has(key) && file) throw new ClaimError(`duplicate claim '${out.id}' under reading '${out.readingKey || "(default)"}': give each claim its own entry, id or reading`, { id: out.id });
  registry.set(key, out);
  if (file) fs.appendFileSync(file, JSON.stringify(out) + "\n");
  return out;
}

/** Record one claim under several readings (exactly one primary). */
export function claimReadings(base: Omit<ClaimInput, "reading" | "primary" | "reproduced" | "holds">, runs: { reading: Reading; primary?: boolean; reproduced: number | string | null; holds?: boolean; explanation?: string }[]): ClaimRecord[] {
  const primaries = runs.filter((r) => r.primary).length;
  if (primaries !== 1) throw new ClaimError(`claim ${base.item}/${base.entry}: exactly one reading must be primary (got ${primaries})`);
  return runs.map((r) => claim({ ...base, reading: r.reading, primary: !!r.primary, reproduced: r.reproduced, holds: r.holds, explanation: r.explanation ?? base.explanation }));
}

/** Claims recorded so far in this process (a notebook's kernel). */
export function recordedClaims(paper?: PaperId): ClaimRecord[] {
  return [...registry.values()].filter((c) => !paper || c.paper === paper);
}

/** Forget the records of this process (tests). */
export function resetClaims(): void {
  registry.clear();
}

/** Read a JSON-lines claims file; a repeated id under the same reading is an error. */
export function readClaimsFile(file: string): ClaimRecord[] {
  if (!fs.existsSync(file)) return [];
  const byKey = new Map<string, ClaimRecord>();
  const lines = fs.readFileSync(file, "utf8").split("\n");
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const c = JSON.parse(line) as ClaimRecord;
    const k = recordKey(c);
    if (byKey.has(k)) throw new ClaimError(`${file}:${i + 1}: duplicate claim '${c.id}' under reading '${c.readingKey || "(default)"}'`, { id: c.id });
    byKey.set(k, c);
  });
  return [...byKey.values()];
}

/** Check a set of records: unique (id, reading), exactly one primary per id, one kind per id. */
export function checkRecords(records: ClaimRecord[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const byId = new Map<string, ClaimRecord[]>();
  for (const r of records) {
    const k = recordKey(r);
    if (seen.has(k)) problems.push(`duplicate claim '${r.id}' under reading '${r.readingKey || "(default)"}'`);
    seen.add(k);
    byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  }
  for (const [id, rs] of byId) {
    const p = rs.filter((r) => r.primary).length;
    if (p !== 1) problems.push(`claim '${id}' has ${p} primary readings (needs exactly 1 of ${rs.length})`);
    if (new Set(rs.map((r) => r.kind)).size > 1) problems.push(`claim '${id}' mixes kinds ${[...new Set(rs.map((r) => r.kind))].join(", ")}`);
  }
  return problems;
}
