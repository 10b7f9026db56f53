/**
 * `sanctions-lab pf <model.mod> [--periods N] [--tolf X] [--tight | --exact] --json <out.json>`:
 * runs the .mod file's commands in order (as Dynare does) and writes
 *   {variables, periods, paths: {name: number[]} (periods 0..T+1, Dynare's layout),
 *    steady_state: {initial: {name: value}, terminal: {name: value}}, exogenous: {name: number[]},
 *    iterations, max_residual, seconds, steady_state_initial, steady_state_terminal, warnings: string[]}
 * (`variables`: declared endogenous variables in declaration order). `--tight` (alias `--exact`)
 * continues Newton past Dynare's stopping rule to max|residual| < 1e-12.
 * Exit codes: 0 success, 1 model or solver error (file:line:col for parse errors), 2 bad arguments.
 */
import { SanctionsLabError, SyntaxError_ } from "../core/errors";
import { checkOutputPath, writeJsonChecked } from "../core/files";
import { loadMod, runMod } from "./run";
import { decimalOption, missingOptionValue } from "../core/option-number";

export const PF_USAGE = "usage: sanctions-lab pf <model.mod> [--periods N] [--tolf X] [--tight|--exact] --json <out.json>";

export async function runPfCommand(argv: string[]): Promise<number> {
  let file: string | undefined, json: string | undefined, periods: number | undefined, tolf: number | undefined, exact = false;
  const usage = (m: string) => { process.stderr.write(`sanctions-lab pf: ${m}\n\n${PF_USAGE}\n`); return 2; };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--periods") { periods = decimalOption(argv[++i]); if (!Number.isInteger(periods) || periods < 1) return usage(`--periods must be a positive integer, got '${argv[i] ?? ""}'`); }
    else if (a === "--tolf") { tolf = decimalOption(argv[++i]); if (!(Number.isFinite(tolf) && tolf > 0)) return usage(`--tolf must be a finite positive number, got '${argv[i] ?? ""}'`); }
    else if (a === "--exact" || a === "--tight") exact = true;
    else if (a === "--json") { json = argv[++i]; if (missingOptionValue(json) || json === "") return usage("--json needs a path"); }
    else if (a === "-h" || a === "--help") { process.stdout.write(`${PF_USAGE}\n`); return 0; }
    else if (a.startsWith("-")) return usage(`unknown option '${a}'`);
    else if (file) return usage(`unexpected argument '${a}'`);
    else file = a;
  }
  if (!file) return usage("missing <model.mod>");
  if (!json) return usage("missing --json <out.json>");
  let r;
  try {
    checkOutputPath(json, [file]);
    r = runMod(loadMod(file), { periods, solver: { tolf, exact }, progress: true });
  } catch (e) {
    if (e instanceof SyntaxError_) { process.stderr.write(`${e.message}\n`); return 1; }
    if (e instanceof SanctionsLabError) { process.stderr.write(`sanctions-lab pf: ${file}: ${e.message}\n`); return 1; }
    throw e;
  }
  for (const w of r.warnings) process.stderr.write(`pf: warning: ${w}\n`);
  const arr = (rec: Record<string, Float64Array>) => Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, Array.from(v)]));
  const out = {
    variables: r.variables,
    periods: r.periods,
    paths: arr(r.paths),
    steady_state: { initial: r.steadyInitial, terminal: r.steadyTerminal },
    exogenous: arr(r.exoPaths),
    iterations: r.iterations,
    max_residual: r.maxResidual,
    seconds: r.seconds,
    steady_state_initial: r.steadyInitial,
    steady_state_terminal: r.steadyTerminal,
    // Blanchard-Kahn reports of `check` and diagnostics of the path (also printed on stderr)
    warnings: r.warnings,
  };
  try {
    writeJsonChecked(json, out, `pf ${file}`);
  } catch (e) {
    if (e instanceof SanctionsLabError) { process.stderr.write(`sanctions-lab pf: ${file}: ${e.message}\n`); return 1; }
    throw e;
  }
  process.stderr.write(`pf: ${r.variables.length} variables x ${r.periods} periods, ${r.iterations} Newton steps, max |residual| ${r.maxResidual.toExponential(2)}, ${r.seconds.toFixed(3)} s -> ${json}\n`);
  return 0;
}
