/**
 * One generated chain model in a fresh process (so its peak memory is its own): prints a JSON line
 * with setup and solve times, Newton steps and peak resident memory. Used by bench/pf-chain.ts.
 * Usage: tsx bench/pf-chain-child.ts <n> <forward|backward|nonlinear> [periods]
 */
import { parseMod, prepareRun, solvePrepared } from "../src/dynare/index";
import { chainMod, ChainVariant } from "../src/models/chain/generate";
import { linearSolverFor } from "../src/solvers/perfect-foresight";

const n = Number(process.argv[2]), variant = process.argv[3] as ChainVariant, T = Number(process.argv[4] ?? 100);
const secs = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;
let t0 = process.hrtime.bigint();
const prep = prepareRun(parseMod(chainMod(n, { variant, periods: T }), `chain_${variant}_${n}.mod`));
const setup = secs(t0);
t0 = process.hrtime.bigint();
const first = solvePrepared(prep);
const firstSolve = secs(t0);
const again: number[] = [];
for (let k = 0; k < 3; k++) { t0 = process.hrtime.bigint(); solvePrepared(prep); again.push(secs(t0)); }
again.sort((a, b) => a - b);
console.log(JSON.stringify({
  n, variant, T, solver: linearSolverFor(prep.model), setup, firstSolve, solve: again[1], iterations: first.iterations,
  maxResidual: first.maxResidual, peakMB: process.resourceUsage().maxRSS / 1024,
}));
