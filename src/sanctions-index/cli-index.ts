/**
 * `sanctions-lab index <events.csv> --method bali-rapelanoro|dreger --params <params.json>
 *  [--from 2010-01 --to 2018-04 --freq monthly|quarterly] --json <out.json>`
 * writes {dates, index, contributions: {id: number[]}}.
 * params.json for bali-rapelanoro: {alpha?: {<type>: weight}, perTarget?, law: {kind: "power", horizon,
 * slope} | {kind: "linear", horizon} | {kind: "exponential", halfLife} | {kind: "none"} | {default: <law>,
 * <type>: <law>...}, leverage: number | number[] (one per output period) | {<sender>: number | number[]},
 * useEndDates?: true, events?: {<id>: {type?, alpha?, law?, exclude?}}, newMeasuresOnly?: true};
 * for dreger: {weights?, perTarget?, tradeShare?: {<sender>: share}, newMeasuresOnly?: true}.
 * Time-law horizons are in months at any output frequency. Bad arguments print the usage and return 2;
 * bad parameters or event rows raise typed errors (the top-level CLI prints them and exits 1).
 * The parameters file is checked against a schema (src/sanctions-index/params-schema.ts): unknown
 * keys, wrong types and nulls are errors naming the key. With newMeasuresOnly (the default) the event
 * list must have the `end_date_or_status` column, where renewals are flagged (events.ts, newMeasures);
 * without it the command refuses rather than count renewals as new measures.
 * Nothing is written when a number of the output is not finite (the error names the quantity).
 */
import { DataError } from "../core/errors";
import { checkOutputPath, readTextInput, writeJsonChecked } from "../core/files";
import { baliRapelanoroIndex, BaliParams, dregerIndex, DregerParams, monthly, quarterly } from "./build";
import { newMeasures, readEvents } from "./events";
import { validateIndexParams } from "./params-schema";
import { missingOptionValue } from "../core/option-number";

export const INDEX_USAGE = `usage: sanctions-lab index <events.csv> --method bali-rapelanoro|dreger --params <params.json>
       [--from 2010-01 --to 2018-04 --freq monthly|quarterly] --json <out.json>`;

export async function runIndexCommand(argv: string[]): Promise<number> {
  const opts: Record<string, string> = {};
  let file: string | undefined;
  const usage = (msg: string) => {
    process.stderr.write(`sanctions-lab index: ${msg}\n\n${INDEX_USAGE}\n`);
    return 2;
  };
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(`${INDEX_USAGE}\n`);
    return 0;
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (["--method", "--params", "--from", "--to", "--freq", "--json"].includes(a)) {
      // an option where the value belongs (`--params --json out.json`) is a missing value, not a file named '--json'
      if (missingOptionValue(argv[i + 1])) return usage(`${a} needs a value`);
      opts[a.slice(2)] = argv[++i];
    } else if (a.startsWith("-")) return usage(`unknown option '${a}'`);
    else if (file) return usage(`unexpected argument '${a}'`);
    else file = a;
  }
  if (!file) return usage("missing <events.csv>");
  if (!opts.method || !["bali-rapelanoro", "dreger"].includes(opts.method)) return usage("--method must be bali-rapelanoro or dreger");
  if (!opts.params) return usage("missing --params <params.json>");
  if (!opts.json) return usage("missing --json <out.json>");
  const freq = opts.freq ?? "monthly";
  if (freq !== "monthly" && freq !== "quarterly") return usage("--freq must be monthly or quarterly");
  const from = opts.from ?? "2010-01", to = opts.to ?? "2018-04";
  const month = /^\d{4}-(0[1-9]|1[0-2])$/;
  if (!month.test(from) || !month.test(to)) return usage(`--from/--to must be YYYY-MM with a month 01..12, got '${month.test(from) ? to : from}'`);
  if (to < from) return usage(`--to (${to}) is before --from (${from})`);
  // everything that can fail is checked before the index is computed
  checkOutputPath(opts.json, [file, opts.params]);
  let raw: unknown;
  const text = readTextInput(opts.params, "parameters file");
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new DataError("DATA_PARSE", `cannot read parameters from ${opts.params}: ${(e as Error).message}`);
  }
  const params = validateIndexParams(opts.method as "bali-rapelanoro" | "dreger", raw, opts.params);
  let events = readEvents(file);
  if (params.newMeasuresOnly !== false) events = newMeasures(events);
  const cal = freq === "monthly" ? monthly(from, to) : quarterly(from, to);
  const res = opts.method === "dreger" ? dregerIndex(events, params as DregerParams, cal) : baliRapelanoroIndex(events, params as unknown as BaliParams, cal);
  const contributions: Record<string, number[]> = {};
  for (const [id, c] of res.contributions) contributions[id] = Array.from(c);
  writeJsonChecked(opts.json, { method: opts.method, freq, dates: res.labels, index: Array.from(res.index), contributions }, `index ${file}`, 1);
  process.stderr.write(`index: ${opts.method} over ${res.labels.length} periods from ${events.length} events -> ${opts.json}\n`);
  return 0;
}
