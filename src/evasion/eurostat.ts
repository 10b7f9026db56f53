/**
 * Eurostat Comext (DS-045409) monthly trade of the EU27 members with Russia and its Eurasian
 * neighbours, 2020-01..2022-11 (data directory file, see data/README.md): typed loading and EU-wide
 * aggregation. Reporter-partner-month cells absent from the file are counted as zero (Comext omits
 * empty cells); the loader reports how many such cells each aggregate has.
 */
import { DataError } from "../core/errors";
import { readCsv, stringColumn, numericColumn } from "../data/csv";
import { dataFile } from "../data/datadir";
import { periodOf, periodLabel } from "../data/series";
import { MonthlyFlow } from "./score";

export const EUROSTAT_FILE = "eurostat_eu_trade_with_russia_neighbours_2020_2022_monthly_long.csv";
export const RUSSIA = "Russian Federation (Russia)";
export const NEIGHBOURS = ["Armenia", "Belarus (Belorussia)", "Georgia", "Kazakhstan", "Kyrgyzstan", "Uzbekistan"];
export type Product = "TOTAL" | "HS27" | "NON_FUEL";

export interface TradeRow { reporter: string; partner: string; product: "TOTAL" | "HS27"; flow: "EXPORT" | "IMPORT"; month: number; value: number }

export function loadEurostat(file = dataFile(EUROSTAT_FILE)): TradeRow[] {
  const t = readCsv(file);
  const rep = stringColumn(t, "reporter"), par = stringColumn(t, "partner"), prod = stringColumn(t, "product"), flow = stringColumn(t, "flow"), mon = stringColumn(t, "month");
  const val = numericColumn(t, "value_eur");
  return rep.map((r, i) => {
    if (val.missing[i]) throw new DataError("DATA_MISSING_VALUE", `${file}: line ${i + 2}: missing value_eur.`);
    const p = prod[i].includes("[TOTAL]") ? "TOTAL" : prod[i].includes("[27]") ? "HS27" : null;
    if (!p) throw new DataError("DATA_PARSE", `${file}: line ${i + 2}: unknown product '${prod[i]}'.`);
    if (flow[i] !== "EXPORT" && flow[i] !== "IMPORT") throw new DataError("DATA_PARSE", `${file}: line ${i + 2}: unknown flow '${flow[i]}'.`);
    return { reporter: r, partner: par[i], product: p, flow: flow[i] as "EXPORT" | "IMPORT", month: periodOf(mon[i], "M"), value: val.values[i] };
  });
}

/** EU27 total flow to/from a set of partners per month (EUR); NON_FUEL = TOTAL - HS27. */
export function euFlow(rows: TradeRow[], partners: string[], flow: "EXPORT" | "IMPORT", product: Product): MonthlyFlow & { months: string[] } {
  const ms = rows.map((r) => r.month);
  const from = Math.min(...ms), to = Math.max(...ms);
  const v = new Array(to - from + 1).fill(0);
  for (const r of rows) {
    if (r.flow !== flow || !partners.includes(r.partner)) continue;
    const sign = product === "NON_FUEL" ? (r.product === "TOTAL" ? 1 : -1) : r.product === product ? 1 : 0;
    v[r.month - from] += sign * r.value;
  }
  return { start: periodLabel(from, "M"), values: v, months: v.map((_, i) => periodLabel(from + i, "M")) };
}
