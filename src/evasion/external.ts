/**
 * Loaders for the sources of Funke & Wende's (2025) Figure 1 that have no public copy reachable from
 * this repository, so that a user who has the files runs the same scores. Both are validated row by
 * row (DataError with the file line) and return regular monthly flows ready for `evasionScore`.
 *
 * 1. Bruegel Russian Foreign Trade Tracker (Darvas et al. 2022), reshaped to a long CSV:
 *      month          YYYY-MM
 *      partner_group  sanctioning | non_sanctioning
 *      product_group  free text, e.g. the SITC division ("75", "76", "77", "87", "79")
 *      value_usd      >= 0 (mirror exports of the group's members to Russia)
 *    Each selected group must have a row for every month from the file's first to its last month
 *    (the tracker is a complete panel, so a gap means a truncated file): gaps are DATA_MISSING_VALUE.
 *    A repeated (month, partner_group, product_group) is an error.
 *
 * 2. UN Comtrade mirror data for the Common High Priority goods, as the Comtrade+ API / bulk CSV
 *    names its columns (other columns are ignored):
 *      period        YYYYMM
 *      reporterISO   ISO3 of the exporting country (the mirror of Russia's imports)
 *      partnerISO    ISO3 of the destination ("RUS")
 *      flowCode      "X" (exports; other flows are skipped)
 *      cmdCode       HS 6-digit code
 *      primaryValue  USD, >= 0
 *    Comtrade leaves out zero trade, so an absent reporter-product-month is a zero flow; but a month
 *    with no rows at all between the file's first and last month means a missing download and is an
 *    error. Besides the value flows, it returns for each group the monthly number of distinct HS-6
 *    codes with a positive flow: the third measure of Figure 1.
 */
import { DataError, InvalidParameterError } from "../core/errors";
import { CsvTable, columnIndex, parseNumberCell, readCsv } from "../data/csv";
import { dataFile } from "../data/datadir";
import { MonthlyFlow, monthLabel } from "./score";

/**
 * Country groups of Funke & Wende (2025, section 2): 33 sanctioning reporters (the EU27, the US, the
 * UK, Japan, South Korea, Switzerland, Norway) and 5 non-sanctioning ones (China, Turkey,
 * Kazakhstan, India, Brazil), ISO3.
 */
export const FW_SANCTIONING = [
  "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "IRL", "ITA", "LVA", "LTU",
  "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE",
  "USA", "GBR", "JPN", "KOR", "CHE", "NOR",
];
export const FW_NON_SANCTIONING = ["CHN", "TUR", "KAZ", "IND", "BRA"];

export const CHPL_FILE = "chpl_common_high_priority_list_hs6.csv";

export interface GroupFlows {
  sanctioning: MonthlyFlow;
  nonSanctioning: MonthlyFlow;
}

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
const PERIOD_RE = /^(\d{4})(0[1-9]|1[0-2])$/;

function fail(t: CsvTable, i: number, msg: string, column?: string): never {
  throw new DataError("DATA_PARSE", `${t.file}: line ${i + 2}: ${msg}`, { file: t.file, line: i + 2, column });
}

/** A trade value: the project's one cell rule (parseNumberCell: decimal only, missing tokens), then >= 0. */
function nonNegative(t: CsvTable, i: number, cell: string, column: string): number {
  const v = parseNumberCell(cell);
  if (v === null) throw new DataError("DATA_MISSING_VALUE", `${t.file}: line ${i + 2}: ${column} is missing ('${cell.trim()}'); a trade value is needed in every row.`, { file: t.file, line: i + 2, column });
  if (v === undefined || v < 0) fail(t, i, `${column} '${cell}' is not a non-negative decimal number.`, column);
  return v;
}

function gapsError(file: string, what: string, gaps: number[]): DataError {
  const labels = gaps.map(monthLabel);
  return new DataError("DATA_MISSING_VALUE", `${file}: ${what} has no rows for ${labels.length} month(s): ${labels.slice(0, 6).join(", ")}${labels.length > 6 ? ", ..." : ""}. The file looks truncated; download the missing months.`, { file, months: labels });
}

/** Parse a Bruegel-tracker long table (format in the module comment); `productGroups` filters product_group. */
export function parseBruegelTracker(t: CsvTable, productGroups?: string[]): GroupFlows & { productGroups: string[] } {
  const jm = columnIndex(t, "month"), jg = columnIndex(t, "partner_group"), jp = columnIndex(t, "product_group"), jv = columnIndex(t, "value_usd");
  const keep = productGroups ? new Set(productGroups) : null;
  const seen = new Set<string>();
  const recs: { g: 0 | 1; m: number; v: number }[] = [];
  const groupsKept = new Set<string>();
  let from = Infinity, to = -Infinity;
  t.rows.forEach((c, i) => {
    const mm = c[jm].trim().match(MONTH_RE);
    if (!mm) fail(t, i, `month '${c[jm]}' is not YYYY-MM.`, "month");
    const m = +mm[1] * 12 + +mm[2] - 1;
    const g = c[jg].trim();
    if (g !== "sanctioning" && g !== "non_sanctioning") fail(t, i, `partner_group must be 'sanctioning' or 'non_sanctioning', got '${c[jg]}'.`, "partner_group");
    const p = c[jp].trim();
    const key = `${m}|${g}|${p}`;
    if (seen.has(key)) fail(t, i, `duplicate row for (${monthLabel(m)}, ${g}, ${p}).`);
    seen.add(key);
    const v = nonNegative(t, i, c[jv], "value_usd");
    if (m < from) from = m;
    if (m > to) to = m;
    if (keep && !keep.has(p)) return;
    groupsKept.add(p);
    recs.push({ g: g === "sanctioning" ? 0 : 1, m, v });
  });
  if (!recs.length) throw new DataError("DATA_PARSE", `${t.file}: no rows${keep ? ` for product groups ${[...keep].join(", ")}` : ""}.`, { file: t.file });
  if (keep) for (const p of keep) if (!groupsKept.has(p)) throw new DataError("DATA_PARSE", `${t.file}: product group '${p}' does not occur in the file.`, { file: t.file, productGroup: p });
  const n = to - from + 1;
  const vals = [new Array<number>(n).fill(0), new Array<number>(n).fill(0)];
  const has = [new Uint8Array(n), new Uint8Array(n)];
  for (const r of recs) { vals[r.g][r.m - from] += r.v; has[r.g][r.m - from] = 1; }
  ["sanctioning", "non_sanctioning"].forEach((name, g) => {
    const gaps: number[] = [];
    has[g].forEach((h, k) => { if (!h) gaps.push(from + k); });
    if (gaps.length) throw gapsError(t.file, `partner group '${name}'`, gaps);
  });
  const start = monthLabel(from);
  return { sanctioning: { start, values: vals[0] }, nonSanctioning: { start, values: vals[1] }, productGroups: [...groupsKept].sort() };
}

export function loadBruegelTracker(file: string, productGroups?: string[]): GroupFlows & { productGroups: string[] } {
  return parseBruegelTracker(readCsv(file), productGroups);
}

export interface ComtradeOptions {
  /** HS-6 codes to keep (e.g. the Common High Priority List, `loadChplCodes()`) */
  hs6: string[];
  /** reporter ISO3 codes of each group (default: Funke & Wende's 33 and 5) */
  sanctioning?: string[];
  nonSanctioning?: string[];
  /** destination ISO3 (default "RUS") */
  partner?: string;
}

export interface ComtradeFlows extends GroupFlows {
  /** number of distinct HS-6 codes with a positive flow in each month, per group */
  productCounts: GroupFlows;
  /** distinct HS-6 codes with a positive flow anywhere in the file, per group */
  productsEver: { sanctioning: string[]; nonSanctioning: string[] };
}

/** Parse a Comtrade mirror-export table (format in the module comment). */
export function parseComtradeMirror(t: CsvTable, opts: ComtradeOptions): ComtradeFlows {
  if (!opts || typeof opts !== "object" || !Array.isArray(opts.hs6)) throw new InvalidParameterError("hs6", `parseComtradeMirror needs options {hs6: string[], ...} (e.g. hs6: loadChplCodes().map((c) => c.hs6)), got ${opts === null ? "null" : typeof opts !== "object" ? typeof opts : "no hs6 list"}`, opts);
  const jp = columnIndex(t, "period"), jr = columnIndex(t, "reporterISO"), jd = columnIndex(t, "partnerISO"), jf = columnIndex(t, "flowCode"), jc = columnIndex(t, "cmdCode"), jv = columnIndex(t, "primaryValue");
  for (const c of opts.hs6) if (!/^\d{6}$/.test(c)) throw new DataError("DATA_PARSE", `HS-6 code '${c}' is not six digits.`, { code: c });
  const hs6 = new Set(opts.hs6);
  const groups = [new Set(opts.sanctioning ?? FW_SANCTIONING), new Set(opts.nonSanctioning ?? FW_NON_SANCTIONING)];
  for (const r of groups[0]) if (groups[1].has(r)) throw new DataError("DATA_PARSE", `reporter '${r}' is in both groups.`, { reporter: r });
  const partner = opts.partner ?? "RUS";
  const seen = new Set<string>();
  const monthsInFile = new Set<number>();
  const recs: { g: number; m: number; code: string; v: number }[] = [];
  let from = Infinity, to = -Infinity;
  t.rows.forEach((c, i) => {
    const pm = c[jp].trim().match(PERIOD_RE);
    if (!pm) fail(t, i, `period '${c[jp]}' is not YYYYMM.`, "period");
    const m = +pm[1] * 12 + +pm[2] - 1;
    const code = c[jc].trim();
    if (!/^\d{6}$/.test(code)) fail(t, i, `cmdCode '${code}' is not an HS 6-digit code.`, "cmdCode");
    const v = nonNegative(t, i, c[jv], "primaryValue");
    const rep = c[jr].trim(), dest = c[jd].trim(), flow = c[jf].trim();
    const key = `${m}|${rep}|${dest}|${flow}|${code}`;
    if (seen.has(key)) fail(t, i, `duplicate row for (${monthLabel(m)}, ${rep}, ${dest}, ${flow}, ${code}).`);
    seen.add(key);
    monthsInFile.add(m);
    if (m < from) from = m;
    if (m > to) to = m;
    if (flow !== "X" || dest !== partner || !hs6.has(code)) return;
    const g = groups[0].has(rep) ? 0 : groups[1].has(rep) ? 1 : -1;
    if (g < 0) return;
    recs.push({ g, m, code, v });
  });
  if (!t.rows.length) throw new DataError("DATA_PARSE", `${t.file}: no data rows.`, { file: t.file });
  const gaps: number[] = [];
  for (let m = from; m <= to; m++) if (!monthsInFile.has(m)) gaps.push(m);
  if (gaps.length) throw gapsError(t.file, "the file", gaps);
  const n = to - from + 1;
  const vals = [new Array<number>(n).fill(0), new Array<number>(n).fill(0)];
  const codes = [Array.from({ length: n }, () => new Set<string>()), Array.from({ length: n }, () => new Set<string>())];
  for (const r of recs) {
    vals[r.g][r.m - from] += r.v;
    if (r.v > 0) codes[r.g][r.m - from].add(r.code);
  }
  const start = monthLabel(from);
  const ever = (g: number) => [...new Set(codes[g].flatMap((s) => [...s]))].sort();
  return {
    sanctioning: { start, values: vals[0] },
    nonSanctioning: { start, values: vals[1] },
    productCounts: { sanctioning: { start, values: codes[0].map((s) => s.size) }, nonSanctioning: { start, values: codes[1].map((s) => s.size) } },
    productsEver: { sanctioning: ever(0), nonSanctioning: ever(1) },
  };
}

export function loadComtradeMirror(file: string, opts: ComtradeOptions): ComtradeFlows {
  return parseComtradeMirror(readCsv(file), opts);
}

/** The Common High Priority List (HS-6 code and tier), validated: six-digit codes, no repeats. */
export function loadChplCodes(file?: string): { hs6: string; tier: string }[] {
  const t = readCsv(file ?? dataFile(CHPL_FILE));
  const jc = columnIndex(t, "hs6"), jt = columnIndex(t, "tier");
  const seen = new Set<string>();
  return t.rows.map((c, i) => {
    const code = c[jc].trim();
    if (!/^\d{6}$/.test(code)) fail(t, i, `hs6 '${code}' is not six digits.`, "hs6");
    if (seen.has(code)) fail(t, i, `hs6 '${code}' repeated.`, "hs6");
    seen.add(code);
    return { hs6: code, tier: c[jt].trim() };
  });
}
