/**
 * Inventories of published display items (report v2).
 *
 * Each paper has `data/published/<paper>/inventory.json`: every display item (table, figure, annex,
 * equation, or a passage of text: abstract, a section, the conclusion, a footnote) with its location,
 * the tolerance policy that grades its numbers (declared once, with its reason), and its entries:
 * each printed number (`printed`, exactly as printed, so its precision is known) or stated finding
 * (`quote`, short). Large tables list their cells through `cells` (a CSV of published numbers in the
 * same folder). Every entry must have at least one claim and every claim must name an entry
 * (test/report/inventory.test.ts). The format is documented in src/report/README.md.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { InvalidParameterError, SanctionsLabError } from "../core/errors";
import { REPO_ROOT } from "../data/datadir";

/** Close band of a display item: |ours - published| <= max(rel * |published|, abs). */
export interface TolerancePolicy {
  rel?: number;
  abs?: number;
  /** why this tolerance (what in the data or the method makes smaller gaps uninformative) */
  reason: string;
}

/** Where the inputs of a display item come from here (the first half of its reproducibility level). */
export type DataBasis =
  | { kind: "paper" } // everything needed is printed in the paper (a model with its calibration, a game)
  | { kind: "raw-public"; sources: string } // the paper's own public data sources
  | { kind: "substitute"; substitutes: string } // public substitutes for the paper's series (which)
  | { kind: "not-public"; reason: string }; // the paper's data are not public

export interface InventoryEntry {
  /** unique within its item; the claim's `entry` */
  id: string;
  /** the entry's location inside the item ("model A, step 5", "second paragraph") */
  where: string;
  /** a printed number exactly as printed ("7.0", "-0.609", "42.29"): its last digit sets the exact band */
  printed?: string;
  unit?: string;
  /** a stated finding, quoted short */
  quote?: string;
  /** a number derived from printed ones (a ratio of two cells): the formula */
  derived?: string;
  /** exact band of a derived number (from the rounding of its inputs; say how in `derived`) */
  halfUnit?: number;
  /** no close band for this entry: the policy would be as large as the number (e.g. a printed 0) */
  exactOnly?: string;
  /** a main claim of the paper (abstract, introduction, conclusion): shown first in the report */
  headline?: boolean;
  /** the paper prints a different label here (e.g. Table 5's row `gdp_t` for producer prices) */
  relabel?: string;
}

/** Cells of a table kept in a CSV of published numbers (same folder as the inventory). */
export interface CellsSpec {
  file: string;
  /** keep rows whose columns equal these values */
  filter?: Record<string, string>;
  /** columns joined by "-" into the entry id */
  id: string[];
  /** column holding the printed value */
  printed: string;
  /** template for the entry's where, with {column} placeholders */
  where: string;
  unit?: string;
  /** cells with |printed| below `below` have no close band (`reason`: why, e.g. a printed 0.0 share) */
  exactOnly?: { below: number; reason: string };
}

export type ItemType = "table" | "figure" | "annex" | "equation" | "text";

export interface DisplayItem {
  id: string;
  title: string;
  /** the paper's real location: "Section 3.1.4, Table 2", "Abstract", "Footnote 3" */
  where: string;
  type: ItemType;
  data: DataBasis;
  /** one line: what this item shows and how it was rebuilt here */
  summary: string;
  /** close band for its numbers (none: only exact counts as reproduced) */
  policy?: TolerancePolicy;
  /** scale of its numbers for the drift check (default: median |printed|, at least 1e-12) */
  scale?: number;
  entries?: InventoryEntry[];
  cells?: CellsSpec[];
}

export interface Inventory {
  paper: string;
  citation: string;
  items: DisplayItem[];
}

/** A resolved entry: its item, precision, and close band. */
export interface ResolvedEntry extends InventoryEntry {
  item: string;
  /** full id: item/entry */
  key: string;
  value?: number;
}

export interface LoadedInventory extends Inventory {
  file: string;
  entries: Map<string, ResolvedEntry>;
  itemById: Map<string, DisplayItem & { scale: number }>;
}

export class InventoryError extends SanctionsLabError {
  constructor(file: string, message: string) {
    super("DATA_PARSE", `${file}: ${message}`, { file });
  }
}

/** Half a unit of the last printed digit: "7.0" -> 0.05, "42" -> 0.5, "1.2e-3" -> 5e-5. */
export function halfUnitOf(printed: string): number {
  const s = printed.trim().replace(/^[+-]/, "");
  const m = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s);
  if (!m || (m[1] === "" && (m[2] ?? "") === "")) throw new InvalidParameterError("printed", `'${printed}' is not a number as printed (digits, optional decimals and exponent)`);
  const decimals = (m[2] ?? "").length;
  const exp = m[3] ? Number(m[3]) : 0;
  return 0.5 * Math.pow(10, exp - decimals);
}

export function parsePrinted(printed: string): number {
  halfUnitOf(printed); // validates the form
  return Number(printed.trim());
}

/** The close band of a policy at a published value. */
export function policyTolerance(policy: TolerancePolicy, published: number): number {
  return Math.max((policy.rel ?? 0) * Math.abs(published), policy.abs ?? 0);
}

/** A tolerance as large as the number it grades is no tolerance: refuse it. */
export function checkPolicy(policy: TolerancePolicy, published: number, what: string): void {
  if (!policy.reason || !policy.reason.trim()) throw new InvalidParameterError("policy.reason", `the tolerance policy of ${what} states no reason`);
  for (const k of ["rel", "abs"] as const) {
    const v = policy[k];
    if (v !== undefined && !(Number.isFinite(v) && v >= 0)) throw new InvalidParameterError(`policy.${k}`, `must be a finite number >= 0 (${what})`, v);
  }
  if (policy.rel === undefined && policy.abs === undefined) throw new InvalidParameterError("policy", `declares neither rel nor abs (${what})`);
  const tol = policyTolerance(policy, published);
  if (tol >= Math.abs(published)) {
    throw new InvalidParameterError("policy", `the close band ${tol} of ${what} is as large as the published value ${published}: a reproduced 0 would pass. Mark the entry exactOnly (with the reason) or declare a narrower policy.`, tol);
  }
}

function fail(file: string, msg: string): never {
  throw new InventoryError(file, msg);
}

function median(xs: number[]): number {
  if (!xs.length) return 1;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function expandCells(dir: string, file: string, item: DisplayItem): InventoryEntry[] {
  const out: InventoryEntry[] = [];
  for (const spec of item.cells ?? []) {
    const csvPath = path.join(dir, spec.file);
    if (!fs.existsSync(csvPath)) fail(file, `item '${item.id}': cells file ${spec.file} not found`);
    const rows = parseCsv(fs.readFileSync(csvPath, "utf8"), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
    const kept = rows.filter((r) => Object.entries(spec.filter ?? {}).every(([k, v]) => r[k] === v));
    if (!kept.length) fail(file, `item '${item.id}': no row of ${spec.file} matches ${JSON.stringify(spec.filter ?? {})}`);
    for (const r of kept) {
      for (const c of [...spec.id, spec.printed]) if (!(c in r)) fail(file, `item '${item.id}': column '${c}' not in ${spec.file}`);
      out.push({
        id: spec.id.map((c) => r[c]).join("-"),
        where: spec.where.replace(/\{(\w+)\}/g, (_, c: string) => r[c] ?? `{${c}}`),
        printed: r[spec.printed],
        unit: spec.unit,
        ...(spec.exactOnly && Math.abs(Number(r[spec.printed])) < spec.exactOnly.below ? { exactOnly: spec.exactOnly.reason } : {}),
      });
    }
  }
  return out;
}

/** Validate and resolve one inventory (pure, given the JSON and its folder). */
export function resolveInventory(inv: Inventory, file: string, dir: string): LoadedInventory {
  if (!inv || typeof inv.paper !== "string" || !Array.isArray(inv.items)) fail(file, "needs { paper, citation, items: [...] }");
  const entries = new Map<string, ResolvedEntry>();
  const itemById = new Map<string, DisplayItem & { scale: number }>();
  for (const item of inv.items) {
    for (const k of ["id", "title", "where", "type", "summary"] as const) if (!item[k] || typeof item[k] !== "string") fail(file, `item ${item.id ?? "?"}: '${k}' is required`);
    if (!item.data || !["paper", "raw-public", "substitute", "not-public"].includes(item.data.kind)) fail(file, `item '${item.id}': data.kind must be paper | raw-public | substitute | not-public`);
    if (itemById.has(item.id)) fail(file, `duplicate item id '${item.id}'`);
    const all = [...(item.entries ?? []), ...expandCells(dir, file, item)];
    if (!all.length) fail(file, `item '${item.id}' has no entries`);
    const values: number[] = [];
    for (const e of all) {
      if (!e.id || !e.where) fail(file, `item '${item.id}': every entry needs id and where`);
      const key = `${item.id}/${e.id}`;
      if (entries.has(key)) fail(file, `duplicate entry '${key}'`);
      if ((e.printed === undefined) === (e.quote === undefined)) fail(file, `entry '${key}' needs exactly one of printed (a number) or quote (a finding)`);
      const r: ResolvedEntry = { ...e, item: item.id, key };
      if (e.printed !== undefined) {
        try {
          r.value = parsePrinted(e.printed);
        } catch (err) {
          fail(file, `entry '${key}': ${(err as Error).message}`);
        }
        if (e.halfUnit !== undefined && !(e.halfUnit > 0 && e.derived)) fail(file, `entry '${key}': halfUnit is allowed only on a derived entry (state the formula) and must be > 0`);
        values.push(Math.abs(r.value!));
        if (item.policy && !e.exactOnly) {
          try {
            checkPolicy(item.policy, r.value!, `'${key}'`);
          } catch (err) {
            fail(file, (err as Error).message);
          }
        }
      }
      entries.set(key, r);
    }
    itemById.set(item.id, { ...item, scale: item.scale ?? Math.max(1e-12, median(values.filter((v) => v > 0))) });
  }
  return { ...inv, file, entries, itemById };
}

const cache = new Map<string, LoadedInventory>();

export function inventoryPath(paper: string): string {
  return path.join(REPO_ROOT, "data", "published", paper, "inventory.json");
}

/** Load (once per process) the inventory of a paper; null when the paper has none (primers). */
export function loadInventory(paper: string): LoadedInventory | null {
  const file = inventoryPath(paper);
  if (cache.has(file)) return cache.get(file)!;
  if (!fs.existsSync(file)) return null;
  let json: Inventory;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8")) as Inventory;
  } catch (e) {
    throw new InventoryError(path.relative(REPO_ROOT, file), `not valid JSON: ${(e as Error).message}`);
  }
  const inv = resolveInventory(json, path.relative(REPO_ROOT, file), path.dirname(file));
  if (inv.paper !== paper) throw new InventoryError(inv.file, `says paper '${inv.paper}', expected '${paper}'`);
  cache.set(file, inv);
  return inv;
}

/** Use this inventory for a paper in this process (tests; `null` restores reading the file). */
export function setInventory(paper: string, inv: LoadedInventory | null): void {
  if (inv) cache.set(inventoryPath(paper), inv);
  else cache.delete(inventoryPath(paper));
}

/** Forget loaded inventories (tests, or a notebook after editing an inventory). */
export function clearInventoryCache(): void {
  cache.clear();
}
