/**
 * CSV -> typed columns. Parsing is delegated to csv-parse (RFC 4180 quoting, BOM, ragged-row
 * detection); cells stay strings and numbers are converted with `Number()`, which round-trips
 * every double printed with enough digits (pandas' default parser does not: guide, var-definitions 11).
 * Missing values are explicit (a mask), never silent NaN.
 */
import { parse } from "csv-parse/sync";
import { DataError, InvalidParameterError } from "../core/errors";
import { readTextInput } from "../core/files";

export interface CsvTable {
  file: string;
  columns: string[];
  /** rows[r][c], strings as in the file (r = 0 is the first data row, file line r + 2). */
  rows: string[][];
}

/**
 * The one rule for cells, used by every reader of numeric CSV in the project:
 * - missing: an empty cell or one of DEFAULT_MISSING, compared case-insensitively after trimming
 *   ("NA", "NaN", "nan", "NAN", ".", "..", "null", "NULL", "n/a");
 * - a number: decimal notation only, `[+-]digits[.digits][e[+-]digits]` (".5" and "5." too), so hex
 *   and binary literals ("0x1F", "0b101"), "Infinity", "1_000" and "1,5" are errors, not numbers
 *   (JavaScript's Number() would read the first three);
 * - anything else: a DataError naming the line and column.
 */
export const DEFAULT_MISSING = ["", "NA", "NaN", ".", "..", "null", "n/a"];
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A cell as a number, `null` if it is a missing-value token, `undefined` if it is neither. */
export function parseNumberCell(raw: string, missingTokens: string[] = DEFAULT_MISSING): number | null | undefined {
  if (typeof raw !== "string") throw new InvalidParameterError("cell", `must be the text of a CSV cell, got ${raw === null ? "null" : typeof raw}`, raw);
  const cell = raw.trim();
  const lower = cell.toLowerCase();
  if (missingTokens.some((m) => m.toLowerCase() === lower)) return null;
  if (!DECIMAL.test(cell)) return undefined;
  const x = Number(cell);
  return Number.isFinite(x) ? x : undefined; // 1e999 overflows to Infinity: not a usable number
}

export function parseCsvText(text: string, file = "<text>"): CsvTable {
  if (typeof text !== "string") throw new DataError("DATA_PARSE", `${file}: expected the CSV text as a string, got ${text === null ? "null" : typeof text}.`, { file });
  // nothing but whitespace (blank lines, a byte-order mark): an empty file, whatever csv-parse makes of it
  if (text.replace(/^\ufeff/, "").trim() === "") throw new DataError("DATA_PARSE", `${file}: empty CSV (no header row, no data rows). Re-download or regenerate the file.`, { file });
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false, trim: false });
  } catch (e) {
    const err = e as { message: string; lines?: number };
    throw new DataError("DATA_PARSE", `${file}: malformed CSV (${err.message}). Fix the file or re-download it.`, { file, line: err.lines });
  }
  if (records.length === 0) throw new DataError("DATA_PARSE", `${file}: empty CSV (no header row, no data rows). Re-download or regenerate the file.`, { file });
  const [header, ...rows] = records;
  // a header without rows is refused here, once for every reader, rather than becoming an empty
  // column that an estimator later turns into NaN (or a series of length 0)
  if (rows.length === 0) throw new DataError("DATA_PARSE", `${file}: the CSV has a header row (${header.join(",")}) but no data rows. Re-download or regenerate the file.`, { file });
  const columns = header.map((h) => h.trim());
  if (columns.every((c) => c === "")) throw new DataError("DATA_PARSE", `${file}: the first row has no column names; a CSV file starts with a header row.`, { file });
  const dup = columns.find((c, i) => columns.indexOf(c) !== i);
  if (dup !== undefined) throw new DataError("DATA_PARSE", `${file}: duplicate column name '${dup}' in the header.`, { file, column: dup });
  return { file, columns, rows };
}

export function readCsv(file: string): CsvTable {
  // a missing file, a directory or an unreadable file (EACCES) is a typed DataError naming it
  return parseCsvText(readTextInput(file, "CSV file"), file);
}

export function columnIndex(t: CsvTable, name: string): number {
  if (t === null || typeof t !== "object" || !Array.isArray(t.columns) || !Array.isArray(t.rows)) throw new InvalidParameterError("table", `must be a CSV table (from readCsv or parseCsvText), got ${t === null ? "null" : typeof t}`, t);
  const j = t.columns.indexOf(name);
  if (j < 0) throw new DataError("DATA_PARSE", `${t.file}: no column '${name}' (columns: ${t.columns.join(", ")}).`, { file: t.file, column: name });
  return j;
}

export interface NumericColumn {
  name: string;
  values: Float64Array;
  /** 1 where the cell was a missing-value token (values[i] is then NaN and must not be used). */
  missing: Uint8Array;
  nMissing: number;
}

/**
 * A numeric column. Non-numeric cells throw a DataError with the file line (1-based, header = 1)
 * and column; missing tokens are recorded in the mask.
 */
export function numericColumn(t: CsvTable, name: string, missingTokens: string[] = DEFAULT_MISSING): NumericColumn {
  const j = columnIndex(t, name);
  const n = t.rows.length;
  const values = new Float64Array(n);
  const missing = new Uint8Array(n);
  let nMissing = 0;
  for (let r = 0; r < n; r++) {
    const cell = t.rows[r][j].trim();
    const x = parseNumberCell(cell, missingTokens);
    if (x === null) {
      values[r] = NaN;
      missing[r] = 1;
      nMissing++;
      continue;
    }
    if (x === undefined) {
      throw new DataError("DATA_PARSE", `${t.file}: line ${r + 2}, column '${name}': '${cell}' is not a number.`, { file: t.file, line: r + 2, column: name, cell });
    }
    values[r] = x;
  }
  return { name, values, missing, nMissing };
}

/** A string column, as is. */
export function stringColumn(t: CsvTable, name: string): string[] {
  const j = columnIndex(t, name);
  return t.rows.map((row) => row[j]);
}

/** Serialise rows to CSV text (quotes where needed; numbers printed with full precision). */
export function toCsvText(columns: string[], rows: (string | number | null)[][]): string {
  if (!Array.isArray(columns) || !Array.isArray(rows)) throw new InvalidParameterError(Array.isArray(columns) ? "rows" : "columns", "must be an array", Array.isArray(columns) ? rows : columns);
  const esc = (v: string | number | null): string => {
    if (v === null || (typeof v === "number" && Number.isNaN(v))) return "";
    const s = typeof v === "number" ? String(v) : v;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.map(esc).join(","), ...rows.map((r) => r.map(esc).join(","))].join("\n") + "\n";
}
