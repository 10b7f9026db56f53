/**
 * Sanction event lists: one row per (legal act x target class), with a citation on every row.
 * Columns (data/events/*.csv, conventions in data/README.md):
 *   id, date (adoption, YYYY-MM-DD), sender, legal_act, type, n_targets, sector,
 *   end_date_or_status, description, source
 * `type` follows Bali & Rapelanoro (2021, Table 1): announcement | individual | entity | sector | embargo.
 */
import { DataError } from "../core/errors";
import { CsvTable, parseCsvText, readCsv } from "../data/csv";

export type SanctionType = "announcement" | "individual" | "entity" | "sector" | "embargo";
export const SANCTION_TYPES: SanctionType[] = ["announcement", "individual", "entity", "sector", "embargo"];

/** Status flags for rows that are not new restrictions (data/README.md). */
export type EventFlag = "RENEWAL" | "AMENDMENT" | "IDENTIFICATION" | "EXPORT-CONTROL" | "CYBER" | null;

export interface SanctionEvent {
  id: string;
  /** ISO date of adoption */
  date: string;
  /** month ordinal (year * 12 + month - 1) of the date */
  month: number;
  sender: string;
  legalAct: string;
  type: SanctionType;
  /** newly listed persons or entities (individual/entity rows), else null */
  nTargets: number | null;
  sector: string;
  status: string;
  flag: EventFlag;
  description: string;
  source: string;
  /** optional explicit end date (YYYY-MM-DD) of the measure */
  end: string | null;
  /**
   * false when the event list has no `end_date_or_status` column, so that renewals, amendments and
   * identifications cannot be told from new measures (newMeasures then refuses the list)
   */
  statusKnown?: boolean;
}

const REQUIRED = ["id", "date", "sender", "type", "source"];

function isoMonth(d: string): number {
  return +d.slice(0, 4) * 12 + +d.slice(5, 7) - 1;
}

function validDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const dt = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(dt.getTime()) && dt.toISOString().slice(0, 10) === s;
}

/** Parse and validate an event table; errors name the file line and the problem. */
export interface EventListOptions {
  /** admissible dates (inclusive, YYYY-MM-DD): a row outside is an error naming it */
  range?: { from: string; to: string };
}

export function eventsFromTable(t: CsvTable, opts: EventListOptions = {}): SanctionEvent[] {
  for (const c of REQUIRED) if (!t.columns.includes(c)) throw new DataError("DATA_PARSE", `${t.file}: missing column '${c}' (required: ${REQUIRED.join(", ")}).`);
  const col = (name: string) => t.columns.indexOf(name);
  const get = (row: string[], name: string) => (col(name) >= 0 ? row[col(name)].trim() : "");
  const seen = new Set<string>();
  const out: SanctionEvent[] = [];
  const statusKnown = t.columns.includes("end_date_or_status");
  t.rows.forEach((row, r) => {
    const line = r + 2;
    const where = `${t.file}: line ${line}`;
    const id = get(row, "id");
    if (!id) throw new DataError("DATA_PARSE", `${where}: empty id.`, { line });
    if (seen.has(id)) throw new DataError("DATA_PARSE", `${where}: duplicate id '${id}'.`, { line, id });
    seen.add(id);
    const date = get(row, "date");
    if (!validDate(date)) throw new DataError("DATA_PARSE", `${where} (${id}): date '${date}' is not a valid YYYY-MM-DD date.`, { line, id });
    if (opts.range && (date < opts.range.from || date > opts.range.to)) throw new DataError("DATA_PARSE", `${where} (${id}): date ${date} is outside the list's range ${opts.range.from}..${opts.range.to}.`, { line, id });
    const type = get(row, "type") as SanctionType;
    if (!SANCTION_TYPES.includes(type)) throw new DataError("DATA_PARSE", `${where} (${id}): unknown type '${type}' (one of ${SANCTION_TYPES.join(", ")}).`, { line, id });
    const source = get(row, "source");
    if (!source) throw new DataError("DATA_PARSE", `${where} (${id}): missing citation in 'source'; every event needs one.`, { line, id });
    const sender = get(row, "sender");
    if (!sender) throw new DataError("DATA_PARSE", `${where} (${id}): empty sender.`, { line, id });
    const nRaw = get(row, "n_targets");
    let nTargets: number | null = null;
    if (nRaw !== "") {
      // digits only: Number() would read '0x10' as 16 and '1e3' as 1000
      const n = /^\d+$/.test(nRaw) ? Number(nRaw) : NaN;
      if (!Number.isSafeInteger(n) || n < 0) throw new DataError("DATA_PARSE", `${where} (${id}): n_targets '${nRaw}' must be a non-negative integer.`, { line, id });
      nTargets = n;
    }
    const status = get(row, "end_date_or_status");
    // RENEWAL, AMENDMENT, IDENTIFICATION, EXPORT-CONTROL open the status field; the CYBER mark of the
    // curated list follows the SDN wording ("...; CYBER programme, not Ukraine-related"), so look for it anywhere
    const flagMatch = status.match(/^(RENEWAL|AMENDMENT|IDENTIFICATION|EXPORT-CONTROL)/);
    const flag: EventFlag = flagMatch ? (flagMatch[1] as EventFlag) : /\bCYBER\b/.test(status) ? "CYBER" : null;
    // a new listing must say how many were listed (flagged rows such as identifications may not know)
    if ((type === "individual" || type === "entity") && nTargets === null && (flag === null || flag === "CYBER")) {
      throw new DataError("DATA_PARSE", `${where} (${id}): a '${type}' row needs n_targets.`, { line, id });
    }
    const end = get(row, "end") || null;
    if (end !== null) {
      if (!validDate(end)) throw new DataError("DATA_PARSE", `${where} (${id}): end '${end}' is not a valid YYYY-MM-DD date.`, { line, id });
      if (end < date) throw new DataError("DATA_PARSE", `${where} (${id}): end date ${end} is before the start date ${date}.`, { line, id });
    }
    out.push({
      id, date, month: isoMonth(date), sender, legalAct: get(row, "legal_act"), type, nTargets,
      sector: get(row, "sector"), status, flag,
      description: get(row, "description"), source, end, statusKnown,
    });
  });
  for (let i = 1; i < out.length; i++) {
    if (out[i].date < out[i - 1].date) {
      throw new DataError("DATA_PARSE", `${t.file}: line ${i + 2} (${out[i].id}): events must be in date order; ${out[i].date} follows ${out[i - 1].date} ('${out[i - 1].id}').`, { id: out[i].id, line: i + 2 });
    }
  }
  return out;
}

export function readEvents(file: string, opts: EventListOptions = {}): SanctionEvent[] {
  return eventsFromTable(readCsv(file), opts);
}

export function parseEvents(text: string, file = "<events>", opts: EventListOptions = {}): SanctionEvent[] {
  return eventsFromTable(parseCsvText(text, file), opts);
}

/**
 * New restrictions only: drop renewals, amendments, identifications, export-control batches (and,
 * optionally, cyber designations).
 *
 * Rule (data/README.md): the flags are read from the `end_date_or_status` column. An event list
 * without that column cannot tell a renewal from a new measure, and counting every row as new would
 * silently inflate the index (the EU list: 64 rows for 44 new measures), so such a list is refused
 * here; count every row on purpose with `newMeasuresOnly: false` (or by not calling this function).
 */
export function newMeasures(events: SanctionEvent[], opts: { keepCyber?: boolean } = {}): SanctionEvent[] {
  const unknown = events.find((e) => e.statusKnown === false);
  if (unknown) {
    throw new DataError("DATA_PARSE", `the event list has no 'end_date_or_status' column, so renewals, amendments and identifications cannot be told from new measures (first event: '${unknown.id}'). Add the column (empty for a new measure, RENEWAL/AMENDMENT/IDENTIFICATION/EXPORT-CONTROL otherwise), or set "newMeasuresOnly": false to count every row as a new measure.`, { id: unknown.id });
  }
  return events.filter((e) => e.flag === null || (opts.keepCyber && e.flag === "CYBER"));
}
