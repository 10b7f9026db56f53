/** Funke & Wende (2025): import this file (not the folder) from notebooks. */
export * from "./params";
export * from "./pareto";
export * from "./steady";
export * from "./calibrate";
export * from "./experiments";
export { newton, luSolve, fdJacobian } from "./newton";
export type { NewtonOptions, NewtonResult } from "./newton";
export * as reexportPE from "./reexport";
export * from "./firms";
export * from "./modfile";
export * from "./dynamic";
export * from "./sweep";
