/**
 * `sanctions-lab var`: estimate a VAR from a CSV and write the results as JSON (layout fixed by
 * issue 3 and shared with the reference files: coef[regressor][equation], irf.orth[h][i][j],
 * fevd[h-1][i][j]).
 */
import { checkOutputPath, readTextInput, writeJsonChecked } from "../core/files";
import { DataError } from "../core/errors";
import { parse } from "csv-parse/sync";
import { DEFAULT_MISSING, parseNumberCell } from "../data/csv";
import { fitVar, reorder, Trend } from "./var/estimate";
import { fevd } from "./var/fevd";
import { irf } from "./var/irf";
import { irfBands, BandMethod } from "./var/bootstrap";
import { fevdBands } from "./var/fevd-bands";
import { Criterion, selectOrder } from "./var/select";
import { grangerCausality } from "./var/tests";
import { decimalOption, missingOptionValue } from "../core/option-number";

export const VAR_USAGE = `usage: sanctions-lab var <file.csv> [--lags P | --maxlags M --ic aic|bic|hqic|fpe] [--trend c|ct|n]
       [--order v1,v2,...] [--horizon H] [--bootstrap R --seed S --ci 0.95 --method residual|gaussian]
       [--workers N] [--dropna] [--irf-se] [--season S] --json <out.json>
The CSV has a header; an optional first column named 'date' is ignored for estimation.
--season S adds S - 1 centred seasonal dummies as exogenous regressors (R vars VAR(..., season = S):
the cycle starts at the first row; 12 for monthly, 4 for quarterly data); their coefficients follow
the lags in coef. It needs --lags (the lag search does not include the dummies).
With --bootstrap R the JSON's bootstrap object also holds percentile intervals of every FEVD share
(fevd_lower, fevd_upper: [h-1][i][j], h = 1..H), from the same replicates as the IRF bands.
--irf-se adds the asymptotic (delta-method) standard errors of the orthogonalised IRFs to the JSON
as irf.orth_se (same layout as irf.orth); without it they are not computed.`;

interface VarArgs {
  file: string;
  lags?: number;
  maxlags?: number;
  ic: Criterion;
  trend: Trend;
  order?: string[];
  horizon: number;
  bootstrap?: number;
  seed: number;
  ci: number;
  method: BandMethod;
  workers: number;
  dropna: boolean;
  /** compute the asymptotic IRF standard errors (irf.orth_se) */
  irfSe: boolean;
  /** centred seasonal dummies with this period (R vars season = S) */
  season?: number;
  json: string;
}

class UsageError extends Error {}


function parseArgs(argv: string[]): VarArgs {
  const a: Partial<VarArgs> & { ic: Criterion; trend: Trend; horizon: number; seed: number; ci: number; method: BandMethod; workers: number; dropna: boolean; irfSe: boolean } = {
    ic: "aic", trend: "c", horizon: 10, seed: 1, ci: 0.95, method: "residual", workers: 1, dropna: false, irfSe: false,
  };
  const num = (flag: string, v: string | undefined, int = true): number => {
    if (missingOptionValue(v)) throw new UsageError(`${flag} needs a value`);
    // decimal notation only, as for CSV cells: Number() would read '' and ' ' as 0 and '0x10' as 16
    const x = decimalOption(v);
    if (!Number.isFinite(x) || (int && !Number.isInteger(x))) throw new UsageError(`${flag} must be ${int ? "an integer" : "a number"}, got '${v}'`);
    return x;
  };
  /** the value of a string option: present and not the next option (`--json --dropna` would write a file named '--dropna') */
  const str = (flag: string, v: string | undefined, what: string): string => {
    if (missingOptionValue(v) || v === "") throw new UsageError(`${flag} needs ${what}`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const f = argv[i];
    const v = argv[i + 1];
    switch (f) {
      case "--lags": a.lags = num(f, v); i++; break;
      case "--maxlags": a.maxlags = num(f, v); i++; break;
      case "--ic":
        if (!["aic", "bic", "hqic", "fpe"].includes(v)) throw new UsageError(`--ic must be aic, bic, hqic or fpe, got '${v}'`);
        a.ic = v as Criterion; i++; break;
      case "--trend":
        if (!["c", "ct", "n"].includes(v)) throw new UsageError(`--trend must be c, ct or n, got '${v}'`);
        a.trend = v as Trend; i++; break;
      case "--order":
        a.order = str(f, v, "a comma-separated list").split(",").map((s) => s.trim()); i++; break;
      case "--horizon": a.horizon = num(f, v); i++; break;
      case "--bootstrap": a.bootstrap = num(f, v); i++; break;
      case "--seed": a.seed = num(f, v); i++; break;
      case "--ci": a.ci = num(f, v, false); i++; break;
      case "--workers": a.workers = num(f, v); i++; break;
      case "--method":
        if (v !== "residual" && v !== "gaussian") throw new UsageError(`--method must be residual or gaussian, got '${v}'`);
        a.method = v; i++; break;
      case "--dropna": a.dropna = true; break;
      case "--irf-se": a.irfSe = true; break;
      case "--season": a.season = num(f, v); i++; break;
      case "--json": a.json = str(f, v, "an output path"); i++; break;
      default:
        if (f.startsWith("-") && f !== "-") throw new UsageError(`unknown option '${f}'`);
        if (a.file) throw new UsageError(`unexpected argument '${f}'`);
        a.file = f;
    }
  }
  if (!a.file) throw new UsageError("missing <file.csv>");
  if (!a.json) throw new UsageError("missing --json <out.json>");
  if (a.lags !== undefined && a.maxlags !== undefined) throw new UsageError("give either --lags or --maxlags, not both");
  if (a.lags === undefined && a.maxlags === undefined) a.lags = 2;
  if (a.lags !== undefined && a.lags < 1) throw new UsageError("--lags must be >= 1");
  if (a.maxlags !== undefined && a.maxlags < 1) throw new UsageError("--maxlags must be >= 1");
  if (a.horizon < 1 || a.horizon > 1000) throw new UsageError("--horizon must be in [1, 1000]");
  if (a.bootstrap !== undefined && (a.bootstrap < 10 || a.bootstrap > 1_000_000)) throw new UsageError("--bootstrap must be in [10, 1000000]");
  if (!(a.ci > 0 && a.ci < 1)) throw new UsageError("--ci must lie in (0, 1)");
  if (a.season !== undefined && (a.season < 2 || a.season > 366)) throw new UsageError("--season must be an integer number of seasons in [2, 366]");
  if (a.season !== undefined && a.maxlags !== undefined) throw new UsageError("--season needs --lags: the lag search (--maxlags) does not include the seasonal dummies");
  return a as VarArgs;
}

/** Read the CSV into rows of numbers; missing cells are an error naming row and column unless dropna. */
export function readVarCsv(file: string, dropna: boolean): { names: string[]; y: number[][]; dropped: number; interiorDropped: number[] } {
  const text = readTextInput(file, "CSV file"); // missing, directory, EACCES: typed DataError
  let records: string[][];
  try {
    // csv-parse: RFC 4180 quoting, BOM; ragged rows are an error. Cells stay strings and are
    // converted with Number(), which round-trips every shortest-repr double exactly.
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false });
  } catch (e) {
    throw new DataError("DATA_PARSE", `${file}: malformed CSV (${(e as Error).message}).`, { file });
  }
  if (records.length < 2) throw new DataError("DATA_PARSE", `${file}: needs a header row and at least one data row.`, { file });
  const t = { columns: records[0].map((c) => c.trim()), rows: records.slice(1) };
  const skip = t.columns[0] && t.columns[0].toLowerCase() === "date" ? 1 : 0;
  const names = t.columns.slice(skip);
  if (names.length === 0) throw new DataError("DATA_PARSE", `${file}: no data columns besides 'date'.`);
  const dup = names.find((c, i) => names.indexOf(c) !== i);
  if (dup !== undefined) throw new DataError("DATA_PARSE", `${file}: duplicate column name '${dup}'.`, { file, column: dup });
  const y: number[][] = [];
  let dropped = 0;
  const droppedLines: number[] = [];
  let firstKept = -1, lastKept = -1;
  t.rows.forEach((row, r) => {
    const vals: number[] = [];
    let missing = false;
    for (let j = skip; j < row.length; j++) {
      const cell = row[j].trim();
      const x = parseNumberCell(cell);
      if (x === null) {
        if (!dropna) throw new DataError("DATA_MISSING_VALUE", `${file}: line ${r + 2}, column '${t.columns[j]}': missing value. Fill it, or pass --dropna to drop incomplete rows.`, { line: r + 2, column: t.columns[j] });
        missing = true;
        vals.push(NaN);
        continue;
      }
      if (x === undefined) throw new DataError("DATA_PARSE", `${file}: line ${r + 2}, column '${t.columns[j]}': '${cell}' is not a number (decimal notation; missing values: ${DEFAULT_MISSING.map((m) => `'${m}'`).join(", ")}).`, { line: r + 2, column: t.columns[j] });
      vals.push(x);
    }
    if (missing) {
      dropped++;
      droppedLines.push(r + 2);
    } else {
      y.push(vals);
      if (firstKept < 0) firstKept = r + 2;
      lastKept = r + 2;
    }
  });
  // rows dropped between complete rows leave a gap that the lags then silently span
  const interiorDropped = droppedLines.filter((l) => l > firstKept && l < lastKept);
  return { names, y, dropped, interiorDropped };
}

export async function runVarCommand(argv: string[]): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(`${VAR_USAGE}\n`);
    return 0;
  }
  let args: VarArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`sanctions-lab var: ${e.message}\n\n${VAR_USAGE}\n`);
      return 2;
    }
    throw e;
  }
  checkOutputPath(args.json, [args.file]); // before any computation
  let { names, y, dropped, interiorDropped } = readVarCsv(args.file, args.dropna);
  if (dropped) process.stderr.write(`var: dropped ${dropped} row(s) with missing values (--dropna)\n`);
  const extraWarnings: string[] = [];
  if (interiorDropped.length) {
    const w = `--dropna removed ${interiorDropped.length} row(s) inside the sample (file line(s) ${interiorDropped.slice(0, 10).join(", ")}${interiorDropped.length > 10 ? ", ..." : ""}): lags span those gaps.`;
    extraWarnings.push(w);
    process.stderr.write(`var: warning: ${w}\n`);
  }
  if (args.order) ({ y, names } = reorder(y, names, args.order));
  const out: Record<string, unknown> = { variables: names };
  let lags = args.lags ?? 1;
  if (args.maxlags !== undefined) {
    const sel = selectOrder(y, args.maxlags, args.trend, names);
    out.lag_selection = { maxlags: args.maxlags, aic: sel.aic, bic: sel.bic, hqic: sel.hqic, fpe: sel.fpe, selected: sel.selected };
    lags = sel.selected[args.ic];
    if (lags === 0) {
      const w = `${args.ic} selects 0 lags (no dynamics); a VAR(1) is estimated instead.`;
      extraWarnings.push(w);
      process.stderr.write(`var: warning: ${w}\n`);
      lags = 1;
    }
  }
  const res = fitVar(y, { lags, trend: args.trend, names, ...(args.season !== undefined ? { season: args.season } : {}) });
  if (args.season !== undefined) out.season = { period: args.season, regressors: res.regressors.slice(res.nRegressors - res.nExog) };
  for (const w of res.warnings) process.stderr.write(`var: warning: ${w}\n`);
  const ir = irf(res, args.horizon);
  Object.assign(out, {
    nobs: res.nobs,
    lags: res.p,
    trend: res.trend,
    coef: res.coef,
    stderr: res.stderr,
    sigma_u: res.sigmaU,
    sigma_u_ml: res.sigmaUml,
    llf: res.llf,
    roots: res.roots,
    stable: res.stable,
    warnings: [...extraWarnings, ...res.warnings],
    // standard errors only when asked (--irf-se): they cost far more than the responses
    irf: args.irfSe ? { orth: ir.orth, orth_se: ir.orthStderr } : { orth: ir.orth },
    fevd: fevd(ir, args.horizon),
    granger: names.length > 1
      ? names.map((n) => {
          const g = grangerCausality(res, n);
          return { causing: n, caused: g.caused, F: g.F, df: g.df, pvalue: g.pvalue };
        })
      : [],
  });
  // key order as documented: lag_selection after roots
  const ordered: Record<string, unknown> = {};
  for (const k of ["variables", "nobs", "lags", "trend", "season", "coef", "stderr", "sigma_u", "sigma_u_ml", "llf", "roots", "stable", "warnings", "lag_selection", "irf", "fevd", "granger"]) if (k in out) ordered[k] = out[k];
  if (args.bootstrap !== undefined) {
    const b = await irfBands(res, { horizon: args.horizon, replications: args.bootstrap, seed: args.seed, ci: args.ci, method: args.method, workers: args.workers });
    const fb = fevdBands(b, res.K, args.horizon);
    ordered.bootstrap = { method: b.method, replications: b.replications, seed: b.seed, ci: b.ci, lower: b.lower, upper: b.upper, fevd_lower: fb.lower, fevd_upper: fb.upper };
  }
  writeJsonChecked(args.json, ordered, `var ${args.file}`, 1); // refuses NaN/Infinity, naming the quantity
  process.stderr.write(`var: VAR(${res.p}) on ${res.nobs} observations of ${names.join(", ")} -> ${args.json}\n`);
  return 0;
}
