/**
 * Loaders for the two sources of Funke & Wende's Figure 1 that have no public copy here, so a user
 * who has them can run the same score:
 *  - Bruegel's Russian Foreign Trade Tracker, as a long CSV: month (YYYY-MM), partner_group
 *    ("sanctioning" | "non_sanctioning"), product_group (e.g. SITC codes), value_usd;
 *  - UN Comtrade mirror data for the Common High Priority goods, as exported by Comtrade's bulk API:
 *    period (YYYYMM), reporterISO, partnerISO, cmdCode (HS6), flowCode ("X"), primaryValue.
 * Both return monthly flows per group, ready for evasionScore().
 */
import { DataError } from "../core/errors";
import { readCsv, stringColumn, numericColumn } from "../data/csv";
import { periodOf, periodLabel } from "../data/series";
import { MonthlyFlow } from "./score";

function toFlow(months: number[], values: number[]): MonthlyFlow {
  if (!months.length) throw new DataError("DATA_PARSE", "no rows for this group");
  const from = Math.min(...months), to = Math.max(...months);
  const v = new Array(to - from + 1).fill(0);
  months.forEach((m, i) => (v[m - from] += values[i]));
  return { start: periodLabel(from, "M"), values: v };
}

export function loadBruegelTracker(file: string, productGroups?: string[]): { sanctioning: MonthlyFlow; nonSanctioning: MonthlyFlow } {
  const t = readCsv(file);
  const month = stringColumn(t, "month"), group = stringColumn(t, "partner_group"), prod = stringColumn(t, "product_group"), val = numericColumn(t, "value_usd");
  const pick = (g: string) => {
    const ms: number[] = [], vs: number[] = [];
    month.forEach((m, i) => {
      if (group[i] !== "sanctioning" && group[i] !== "non_sanctioning") throw new DataError("DATA_PARSE", `${file}: line ${i + 2}: partner_group must be 'sanctioning' or 'non_sanctioning', got '${group[i]}'.`);
      if (group[i] !== g || (productGroups && !productGroups.includes(prod[i]))) return;
      if (val.missing[i]) throw new DataError("DATA_MISSING_VALUE", `${file}: line ${i + 2}: missing value_usd.`);
      ms.push(periodOf(m, "M")); vs.push(val.values[i]);
    });
    return toFlow(ms, vs);
  };
  return { sanctioning: pick("sanctioning"), nonSanctioning: pick("non_sanctioning") };
}

export function loadComtradeMirror(file: string, opts: { hs6: string[]; sanctioning: string[]; nonSanctioning: string[]; partner?: string }): { sanctioning: MonthlyFlow; nonSanctioning: MonthlyFlow; productsPerGroup: { sanctioning: number; nonSanctioning: number } } {
  const t = readCsv(file);
  const period = stringColumn(t, "period"), rep = stringColumn(t, "reporterISO"), par = stringColumn(t, "partnerISO"), cmd = stringColumn(t, "cmdCode"), flow = stringColumn(t, "flowCode"), val = numericColumn(t, "primaryValue");
  const partner = opts.partner ?? "RUS";
  const pick = (group: string[]) => {
    const ms: number[] = [], vs: number[] = [];
    const products = new Set<string>();
    period.forEach((p, i) => {
      if (!/^\d{6}$/.test(p)) throw new DataError("DATA_PARSE", `${file}: line ${i + 2}: period '${p}' is not YYYYMM.`);
      if (flow[i] !== "X" || par[i] !== partner || !group.includes(rep[i]) || !opts.hs6.includes(cmd[i])) return;
      if (val.missing[i]) throw new DataError("DATA_MISSING_VALUE", `${file}: line ${i + 2}: missing primaryValue.`);
      ms.push(periodOf(`${p.slice(0, 4)}-${p.slice(4)}`, "M")); vs.push(val.values[i]); products.add(cmd[i]);
    });
    return { flow: toFlow(ms, vs), n: products.size };
  };
  const s = pick(opts.sanctioning), n = pick(opts.nonSanctioning);
  return { sanctioning: s.flow, nonSanctioning: n.flow, productsPerGroup: { sanctioning: s.n, nonSanctioning: n.n } };
}
