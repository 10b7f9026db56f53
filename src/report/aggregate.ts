/**
 * From records (one per claim and reading) to claims: the primary reading's grade, the spread of the
 * other readings, and for findings the verdict across readings (holds under all: `holds`; under
 * some: `mixed`, naming which; under none: `fails`). Also the inventory cross-check and the display
 * item's reproducibility level.
 */
import { ClaimRecord, Grade, Kind, PaperId } from "./claims";
import { DisplayItem, LoadedInventory } from "./inventory";

export interface AggregatedClaim {
  id: string;
  paper: PaperId;
  item: string;
  entry: string;
  kind: Kind;
  primary: ClaimRecord;
  others: ClaimRecord[];
  /** numbers: the primary reading's grade; findings: across all readings */
  grade: Grade;
  /** numbers under several readings: the range of ours across all readings */
  spread: { min: number; max: number } | null;
  /** findings: readings under which it holds / fails */
  holdsUnder: string[];
  failsUnder: string[];
}

const label = (r: ClaimRecord) => r.readingKey || "(default reading)";

export function aggregate(records: ClaimRecord[]): AggregatedClaim[] {
  const byId = new Map<string, ClaimRecord[]>();
  for (const r of records) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  const out: AggregatedClaim[] = [];
  for (const [id, rs] of byId) {
    const primary = rs.find((r) => r.primary) ?? rs[0];
    const others = rs.filter((r) => r !== primary);
    let grade: Grade = primary.grade;
    const holdsUnder = rs.filter((r) => r.holds === true).map(label);
    const failsUnder = rs.filter((r) => r.holds === false).map(label);
    if (primary.kind === "finding" && primary.grade !== "not reproducible") {
      grade = failsUnder.length === 0 ? "holds" : holdsUnder.length === 0 ? "fails" : "mixed";
    }
    const nums = rs.map((r) => r.reproduced).filter((x): x is number => typeof x === "number");
    const spread = rs.length > 1 && nums.length > 1 ? { min: Math.min(...nums), max: Math.max(...nums) } : null;
    out.push({ id, paper: primary.paper, item: primary.item, entry: primary.entry, kind: primary.kind, primary, others, grade, spread, holdsUnder, failsUnder });
  }
  return out;
}

export interface Coverage {
  /** inventory entries with no claim */
  missing: string[];
  /** claims naming an entry the inventory does not have */
  unknown: string[];
}

export function coverage(inv: LoadedInventory, records: ClaimRecord[]): Coverage {
  const claimed = new Set(records.filter((r) => r.paper === inv.paper).map((r) => `${r.item}/${r.entry}`));
  return {
    missing: [...inv.entries.keys()].filter((k) => !claimed.has(k)),
    unknown: [...claimed].filter((k) => !inv.entries.has(k)),
  };
}

/**
 * Reproducibility level of a display item (a scale modelled on the ACRE guide's, Berkeley Initiative
 * for Transparency in the Social Sciences), from its data basis and its claims' grades.
 */
export type Level =
  | "reproduced from the paper's own inputs"
  | "reproduced from raw public data"
  | "reproduced with substitute data"
  | "partly reproduced"
  | "reproduced in sign/shape only"
  | "not reproduced"
  | "calibration target (fitted, not a reproduction)"
  | "identity (true by construction)"
  | "not reproducible (data not public)";

export const LEVELS: Level[] = [
  "reproduced from the paper's own inputs",
  "reproduced from raw public data",
  "reproduced with substitute data",
  "partly reproduced",
  "reproduced in sign/shape only",
  "not reproduced",
  "calibration target (fitted, not a reproduction)",
  "identity (true by construction)",
  "not reproducible (data not public)",
];

export interface ItemLevel {
  level: Level;
  /** computed counts: "12 of 16 numbers exact or close; 3 of 4 findings hold" */
  detail: string;
}

const OK_NUMBER = new Set<Grade>(["exact", "close"]);

export function itemLevel(item: DisplayItem, claims: AggregatedClaim[]): ItemLevel {
  const cs = claims.filter((c) => c.item === item.id);
  const repro = cs.filter((c) => c.kind === "reproduction" && c.grade !== "not reproducible");
  const finds = cs.filter((c) => c.kind === "finding" && c.grade !== "not reproducible");
  const nOk = repro.filter((c) => OK_NUMBER.has(c.grade)).length;
  const fOk = finds.filter((c) => c.grade === "holds").length;
  const fMixed = finds.filter((c) => c.grade === "mixed").length;
  const parts: string[] = [];
  if (repro.length) parts.push(`${nOk} of ${repro.length} numbers exact or close`);
  if (finds.length) parts.push(`${fOk} of ${finds.length} findings hold${fMixed ? ` (${fMixed} mixed)` : ""}`);
  const cal = cs.filter((c) => c.kind === "calibration-target").length;
  const idn = cs.filter((c) => c.kind === "identity").length;
  const nr = cs.filter((c) => c.grade === "not reproducible").length;
  if (cal) parts.push(`${cal} calibration target${cal > 1 ? "s" : ""}`);
  if (idn) parts.push(`${idn} identit${idn > 1 ? "ies" : "y"}`);
  if (nr) parts.push(`${nr} not reproducible`);
  const detail = parts.join("; ") || "no claims";
  const good: Level =
    item.data.kind === "paper" ? "reproduced from the paper's own inputs" : item.data.kind === "raw-public" ? "reproduced from raw public data" : "reproduced with substitute data";
  let level: Level;
  if (!cs.length || nr === cs.length) level = "not reproducible (data not public)";
  else if (!repro.length && !finds.length) level = cal ? "calibration target (fitted, not a reproduction)" : "identity (true by construction)";
  // an item whose claims are all reproduced except some that cannot be computed here is only partly reproduced
  else if (repro.length && nOk === repro.length && (fOk + fMixed === finds.length)) level = fMixed || nr ? "partly reproduced" : good;
  else if (!repro.length && fOk === finds.length) level = nr ? "partly reproduced" : good;
  else if (nOk > 0 || fOk > 0) level = nOk === 0 && fOk > 0 && repro.length ? "reproduced in sign/shape only" : "partly reproduced";
  else level = fMixed ? "partly reproduced" : "not reproduced";
  return { level, detail };
}
