/**
 * Eurostat Comext (dataset DS-045409) monthly trade of each EU27 member with Russia and its
 * Eurasian neighbours (data-directory file EUROSTAT_FILE; provenance in ../shared/data/README.md).
 *
 * File format (long, one row per reporter x partner x product x flow x month):
 *   reporter   EU member as Comext labels it ("Germany (incl. German Democratic Republic 'DD' from 1991)")
 *   partner    "Russian Federation (Russia)", "Belarus (Belorussia)", "Armenia", "Georgia",
 *              "Kazakhstan", "Kyrgyzstan", "Uzbekistan"
 *   product    "Total [TOTAL]" or the HS chapter 27 label ending in "[27]" (mineral fuels)
 *   flow       EXPORT | IMPORT (seen from the EU member)
 *   indicator  VALUE_IN_EUROS
 *   month      YYYY-MM
 *   value_eur  euros, >= 0
 *
 * `parseEurostat` validates every row (columns, labels, month format, non-negative values, no
 * duplicate keys) and maps labels to short names (reporter "Germany", partner "Russia"). Comext
 * leaves out cells with no trade, so an absent reporter-partner-month cell is a zero flow; `euFlow`
 * reports how many such cells its aggregate has (`absentCells`), counted over the reporter-partner
 * pairs that trade in at least one month of the file.
 */
import { DataError } from "../core/errors";
import { CsvTable, columnIndex, parseNumberCell, readCsv } from "../data/csv";
import { dataFile } from "../data/datadir";
import { MonthlyFlow, monthLabel } from "./score";

export const EUROSTAT_FILE = "eurostat_eu_trade_with_russia_neighbours_2020_2022_monthly_long.csv";

/** Partner short names and their Comext labels. */
export const PARTNER_LABELS = {
  Russia: "Russian Federation (Russia)",
  Belarus: "Belarus (Belorussia)",
  Armenia: "Armenia",
  Georgia: "Georgia",
  Kazakhstan: "Kazakhstan",
  Kyrgyzstan: "Kyrgyzstan",
  Uzbekistan: "Uzbekistan",
} as const;
export type Partner = keyof typeof PARTNER_LABELS;
export const PARTNERS = Object.keys(PARTNER_LABELS) as Partner[];

/** The six neighbours of the "Eurasian roundabout" comparison. */
export const NEIGHBOURS: Partner[] = ["Armenia", "Georgia", "Kazakhstan", "Kyrgyzstan", "Uzbekistan", "Belarus"];
/**
 * The Caucasus and Central Asian neighbours without Belarus. Belarus was itself put under EU export
 * restrictions in 2022, so it is a poor candidate for a re-routing hub seen from the EU side;
 * Chupilkin, Javorcik & Plekhanov (2023) study the Caucasus and Central Asia.
 */
export const CAUCASUS_CENTRAL_ASIA: Partner[] = ["Armenia", "Georgia", "Kazakhstan", "Kyrgyzstan", "Uzbekistan"];

/** The 27 EU members (short names). */
export const EU27 = [
  "Austria", "Belgium", "Bulgaria", "Croatia", "Cyprus", "Czechia", "Denmark", "Estonia", "Finland", "France", "Germany",
  "Greece", "Hungary", "Ireland", "Italy", "Latvia", "Lithuania", "Luxembourg", "Malta", "Netherlands", "Poland",
  "Portugal", "Romania", "Slovakia", "Slovenia", "Spain", "Sweden",
] as const;

export type Product = "TOTAL" | "HS27";
/** NON_FUEL = TOTAL - HS27 (everything but mineral fuels). */
export type ProductSelection = Product | "NON_FUEL";
export type Flow = "EXPORT" | "IMPORT";

export interface TradeRow {
  reporter: string;
  partner: Partner;
  product: Product;
  flow: Flow;
  /** month ordinal (year * 12 + month - 1) */
  month: number;
  value: number;
}

export interface EurostatTrade {
  file: string;
  rows: TradeRow[];
  /** first and last month ordinals in the file */
  from: number;
  to: number;
  reporters: string[];
  partners: Partner[];
}

const REQUIRED = ["reporter", "partner", "product", "flow", "indicator", "month", "value_eur"];
const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
const LABEL_TO_PARTNER = new Map<string, Partner>(PARTNERS.map((p) => [PARTNER_LABELS[p], p]));

/** Comext reporter label -> EU member short name ("Ireland (Eire)" -> "Ireland"); null if not an EU27 member. */
export function reporterShortName(label: string): string | null {
  const s = label.replace(/\s*\(.*$/, "").trim();
  return (EU27 as readonly string[]).includes(s) ? s : null;
}

/** Validate a parsed Comext table and type its rows. Every problem is a DataError with the file line. */
export function parseEurostat(t: CsvTable): EurostatTrade {
  const idx = Object.fromEntries(REQUIRED.map((c) => [c, columnIndex(t, c)])) as Record<string, number>;
  const rows: TradeRow[] = [];
  const keys = new Set<string>();
  const fail = (i: number, msg: string, details: Record<string, unknown> = {}): never => {
    throw new DataError("DATA_PARSE", `${t.file}: line ${i + 2}: ${msg}`, { file: t.file, line: i + 2, ...details });
  };
  let from = Infinity, to = -Infinity;
  t.rows.forEach((cells, i) => {
    const reporter = reporterShortName(cells[idx.reporter]);
    if (!reporter) fail(i, `reporter '${cells[idx.reporter]}' is not an EU27 member.`, { column: "reporter" });
    const partner = LABEL_TO_PARTNER.get(cells[idx.partner].trim());
    if (!partner) fail(i, `unknown partner '${cells[idx.partner]}' (expected one of ${[...LABEL_TO_PARTNER.keys()].join("; ")}).`, { column: "partner" });
    const pl = cells[idx.product].trim();
    const product: Product | null = pl.endsWith("[TOTAL]") ? "TOTAL" : pl.endsWith("[27]") ? "HS27" : null;
    if (!product) fail(i, `unknown product '${pl}' (expected the TOTAL or HS 27 label).`, { column: "product" });
    const flow = cells[idx.flow].trim();
    if (flow !== "EXPORT" && flow !== "IMPORT") fail(i, `flow must be EXPORT or IMPORT, got '${flow}'.`, { column: "flow" });
    if (cells[idx.indicator].trim() !== "VALUE_IN_EUROS") fail(i, `indicator must be VALUE_IN_EUROS, got '${cells[idx.indicator]}'.`, { column: "indicator" });
    const mm = cells[idx.month].trim().match(MONTH_RE);
    if (!mm) fail(i, `month '${cells[idx.month]}' is not YYYY-MM.`, { column: "month" });
    const month = +mm![1] * 12 + +mm![2] - 1;
    const cell = cells[idx.value_eur].trim();
    // the project's one cell rule (parseNumberCell): decimal notation only, missing tokens
    const value = parseNumberCell(cell);
    if (value === null) throw new DataError("DATA_MISSING_VALUE", `${t.file}: line ${i + 2}: value_eur is missing ('${cell}'; Comext leaves out empty cells instead; delete the row or fill it).`, { file: t.file, line: i + 2, column: "value_eur" });
    if (value === undefined || value < 0) return fail(i, `value_eur '${cell}' is not a non-negative decimal number.`, { column: "value_eur" });
    const key = `${reporter}|${partner}|${product}|${flow}|${month}`;
    if (keys.has(key)) fail(i, `duplicate cell (${reporter}, ${partner}, ${product}, ${flow}, ${monthLabel(month)}).`);
    keys.add(key);
    if (month < from) from = month;
    if (month > to) to = month;
    rows.push({ reporter: reporter!, partner: partner!, product: product!, flow: flow as Flow, month, value });
  });
  if (!rows.length) throw new DataError("DATA_PARSE", `${t.file}: no data rows.`, { file: t.file });
  const reporters = [...new Set(rows.map((r) => r.reporter))].sort();
  const partners = PARTNERS.filter((p) => rows.some((r) => r.partner === p));
  return { file: t.file, rows, from, to, reporters, partners };
}

/** Load and validate the Comext file (default: the data-directory copy, sha256-checked). */
export function loadEurostat(file?: string): EurostatTrade {
  return parseEurostat(readCsv(file ?? dataFile(EUROSTAT_FILE)));
}

export interface EuFlowOptions {
  partners: Partner[];
  flow?: Flow;
  product?: ProductSelection;
  /** restrict to these EU members (short names); default all */
  reporters?: string[];
}

export interface EuFlow extends MonthlyFlow {
  months: string[];
  /** reporter-partner-month cells absent from the file (counted as zero) among trading pairs */
  absentCells: number;
}

/** EU total flow (EUR per month) to/from a set of partners, over the file's months. */
export function euFlow(trade: EurostatTrade, opts: EuFlowOptions): EuFlow {
  const flow = opts.flow ?? "EXPORT", product = opts.product ?? "TOTAL";
  if (!opts.partners?.length) throw new DataError("DATA_PARSE", "euFlow: no partners given.");
  for (const p of opts.partners) if (!(p in PARTNER_LABELS)) throw new DataError("DATA_PARSE", `euFlow: unknown partner '${p}' (one of ${PARTNERS.join(", ")}).`);
  const rep = opts.reporters ? new Set(opts.reporters) : null;
  const parts = new Set<string>(opts.partners);
  const n = trade.to - trade.from + 1;
  const values = new Array<number>(n).fill(0);
  const present = new Map<string, Set<number>>();
  for (const r of trade.rows) {
    if (r.flow !== flow || !parts.has(r.partner) || (rep && !rep.has(r.reporter))) continue;
    let sign = 0;
    if (product === "NON_FUEL") sign = r.product === "TOTAL" ? 1 : -1;
    else if (r.product === product) sign = 1;
    if (!sign) continue;
    values[r.month - trade.from] += sign * r.value;
    if (r.product === (product === "HS27" ? "HS27" : "TOTAL")) {
      const k = `${r.reporter}|${r.partner}`;
      if (!present.has(k)) present.set(k, new Set());
      present.get(k)!.add(r.month);
    }
  }
  let absentCells = 0;
  for (const s of present.values()) absentCells += n - s.size;
  const months = values.map((_, i) => monthLabel(trade.from + i));
  return { start: months[0], values, months, absentCells };
}
