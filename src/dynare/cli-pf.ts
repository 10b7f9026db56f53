/**
 * `sanctions-lab pf <model.mod> [--periods N] [--tolf X] [--exact] --json <out.json>`: perfect-foresight
 * simulation of a Dynare .mod file. Writes {variables, periods, steady_state_initial,
 * steady_state_terminal, paths: {name: number[]} (periods 0..T+maxlead), iterations, max_residual, seconds}.
 */
import * as fs from "node:fs";
import { SyntaxError_ } from "../core/errors";
import { loadMod, runMod } from "./run";

export const PF_USAGE = "usage: sanctions-lab pf <model.mod> [--periods N] [--tolf X] [--exact] --json <out.json>";

export async function runPfCommand(argv: string[]): Promise<number> {
  let file: string | undefined, json: string | undefined, periods: number | undefined, tolf: number | undefined, exact = false;
  const usage = (m: string) => { process.stderr.write(`sanctions-lab pf: ${m}\n\n${PF_USAGE}\n`); return 2; };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--periods") { periods = Number(argv[++i]); if (!Number.isInteger(periods) || periods < 1) return usage("--periods must be a positive integer"); }
    else if (a === "--tolf") { tolf = Number(argv[++i]); if (!(tolf > 0)) return usage("--tolf must be a positive number"); }
    else if (a === "--exact") exact = true;
    else if (a === "--json") { json = argv[++i]; if (!json) return usage("--json needs a path"); }
    else if (a.startsWith("--")) return usage(`unknown option '${a}'`);
    else if (file) return usage(`unexpected argument '${a}'`);
    else file = a;
  }
  if (!file) return usage("missing <model.mod>");
  if (!json) return usage("missing --json <out.json>");
  let r;
  try {
    r = runMod(loadMod(file), { periods, solver: { tolf, exact } });
  } catch (e) {
    if (e instanceof SyntaxError_) { process.stderr.write(`${e.message}\n`); return 1; }
    throw e;
  }
  for (const w of r.warnings) process.stderr.write(`pf: warning: ${w}\n`);
  const paths: Record<string, number[]> = {};
  for (const v of r.variables) paths[v] = Array.from(r.paths[v]);
  fs.writeFileSync(json, JSON.stringify({ variables: r.variables, periods: r.periods, steady_state_initial: r.steadyInitial, steady_state_terminal: r.steadyTerminal, paths, iterations: r.iterations, max_residual: r.maxResidual, seconds: r.seconds }, null, 1) + "\n");
  process.stderr.write(`pf: ${r.variables.length} variables x ${r.periods} periods, ${r.iterations} Newton steps, max |residual| ${r.maxResidual.toExponential(2)}, ${r.seconds.toFixed(3)} s -> ${json}\n`);
  return 0;
}
