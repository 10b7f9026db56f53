/** Dynare-compatible perfect foresight: import this file (not the folder) from notebooks. */
export { parseMod } from "./parse";
export type { ModFile, Expr } from "./parse";
export { compileModel, derivative } from "./compile";
export type { CompiledModel } from "./compile";
export { loadMod, runMod } from "./run";
export type { PfRun, RunOptions } from "./run";
export { solveSteady, perfectForesight } from "../solvers/perfect-foresight";
