/**
 * Centred seasonal dummies, as R vars' `VAR(..., season = s)` (Pfaff 2008, vars documentation):
 * for observation t of the full sample (0-based), column c (c = 0..s-2) is 1 - 1/s when
 * (t + first) mod s = c and -1/s otherwise. The last season is the omitted category. R vars starts the
 * cycle at the first observation whatever its calendar month (`first = 0`); `first` shifts it so that
 * column c is a calendar month (first = the season index of the first observation).
 * Centring keeps the constant the sample mean level, so the constant and the dummies are not
 * collinear and the deterministic part sums to zero over a full cycle.
 */
import { InvalidParameterError } from "../../core/errors";

export interface SeasonOption {
  /** seasons per cycle (12 for monthly, 4 for quarterly data) */
  period: number;
  /** season index of the first observation (default 0, as R vars) */
  first?: number;
}

export function seasonalDummies(Ttotal: number, season: number | SeasonOption): { rows: number[][]; names: string[] } {
  const s = typeof season === "number" ? season : season?.period;
  const first = typeof season === "number" ? 0 : season.first ?? 0;
  if (!Number.isInteger(s) || s < 2 || s > 366) throw new InvalidParameterError("season", `must be an integer number of seasons in [2, 366], got ${String(s)}`);
  if (!Number.isInteger(first) || first < 0 || first >= s) throw new InvalidParameterError("season.first", `must be an integer in [0, ${s - 1}], got ${String(first)}`);
  if (!Number.isInteger(Ttotal) || Ttotal < 0) throw new InvalidParameterError("Ttotal", `must be an integer >= 0, got ${Ttotal}`);
  const rows: number[][] = [];
  for (let t = 0; t < Ttotal; t++) {
    const k = (t + first) % s;
    const row = new Array<number>(s - 1);
    for (let c = 0; c < s - 1; c++) row[c] = (c === k ? 1 : 0) - 1 / s;
    rows.push(row);
  }
  return { rows, names: Array.from({ length: s - 1 }, (_, c) => `sd${c + 1}`) };
}
