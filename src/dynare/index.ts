/**
 * Dynare-compatible perfect foresight: import this file (not the folder) from notebooks.
 *   simulateMod(text | parsed, { params, exo, periods, solver: { exact } })  -> PfRun (paths per variable)
 *   solveSteadyState(text | parsed, { params, exo })                       -> steady-state values
 *   parseMod(text, fileName) -> ModFile;  compileModel(mod) -> CompiledModel;  loadMod(path); runMod(mod)
 */
export { parseMod, SUPPORTED_FUNCTIONS, MAX_NESTING, MAX_LEAD_LAG } from "./parse";
export type { ModFile, Expr, Equation, Shock } from "./parse";
export { compileModel, derivative } from "./compile";
export type { CompiledModel } from "./compile";
export { loadMod, runMod, prepareRun, solvePrepared, simulateMod, solveSteadyState, parseCached, compiled } from "./run";
export type { PfRun, RunOptions, SteadyStateResult, PreparedRun } from "./run";
export { simulateMod as perfectForesight } from "./run";
export { solveSteady, perfectForesight as solveStackedPath } from "../solvers/perfect-foresight";
export type { PfOptions, PfResult, PfSetup, SteadyResult } from "../solvers/perfect-foresight";
export { blanchardKahn } from "../solvers/bk";
export type { BkResult } from "../solvers/bk";
