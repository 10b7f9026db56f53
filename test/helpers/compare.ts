/**
 * Comparators for reference outputs that fail on what is missing: a reference column or period our
 * output lacks, a variable asked for that the reference lacks, or a non-finite value on either side
 * is an error, never a silently skipped element.
 */
export interface RefTable {
  /** header: first column is the period, then one column per variable */
  h: string[];
  rows: (string | number)[][];
}

/**
 * A reference cell as a number: a number as is, a string only if it is a decimal number ("1.5",
 * "-2e-3", "Inf" and "NaN" are read so the caller can refuse them). An empty cell is NaN, not the 0
 * that Number("") gives.
 */
export function refNumber(cell: unknown): number {
  if (typeof cell === "number") return cell;
  if (typeof cell !== "string") return Number.NaN;
  const s = cell.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return Number(s);
  if (/^[+-]?inf(inity)?$/i.test(s)) return s.startsWith("-") ? -Infinity : Infinity;
  return Number.NaN;
}

/** Largest |ours - reference| over every period of the reference and every variable (or `vars`). */
export function maxPathDiff(paths: Record<string, ArrayLike<number>>, ref: RefTable, vars?: string[]): number {
  const cols = ref.h.slice(1);
  const use = vars ?? cols;
  if (use.length === 0) throw new Error(`reference has no variable columns (header: ${ref.h.join(", ")})`);
  if (ref.rows.length === 0) throw new Error("reference has no periods");
  for (const v of use) {
    if (!cols.includes(v)) throw new Error(`reference has no column '${v}' (columns: ${cols.join(", ")})`);
    if (!(v in paths)) throw new Error(`our output has no variable '${v}' (have: ${Object.keys(paths).join(", ")})`);
    if (paths[v].length < ref.rows.length) throw new Error(`our path of '${v}' has ${paths[v].length} periods, the reference ${ref.rows.length}`);
  }
  let md = 0;
  ref.rows.forEach((row, t) => {
    for (const v of use) {
      const j = cols.indexOf(v);
      if (row.length !== ref.h.length) throw new Error(`reference period ${t} has ${row.length} cells, the header ${ref.h.length}`);
      const r = refNumber(row[j + 1]), x = paths[v][t];
      if (!Number.isFinite(r) || !Number.isFinite(x)) throw new Error(`non-finite value at period ${t} of '${v}': ours ${x}, reference ${row[j + 1]}`);
      md = Math.max(md, Math.abs(x - r));
    }
  });
  return md;
}
