/**
 * The econometrics engine in one import for notebooks:
 * `import { fitVar, irf, irfBands, fevd, adf, kpss, ols } from "./src/econometrics/index"`.
 * VAR toolkit (var/), unit-root tests (unitroot.ts), OLS (ols.ts) and distribution helpers.
 * (Discrete-choice models live in discrete.ts and are imported from there.)
 */
export * from "./var/index";
export { adf, kpss, mackinnonP, mackinnonCrit, fullerCrit } from "./unitroot";
export type { AdfOptions, AdfResult, AdfTrend, Autolag, KpssResult, LagConvention } from "./unitroot";
export { unitRootReport } from "./unitroot-report";
export type { UnitRootOptions, UnitRootRow } from "./unitroot-report";
export { ols } from "./ols";
export type { OlsResult } from "./ols";
export { chi2Sf, fSf, normalCdf, normalQuantile, tCdf2, tQuantile } from "./distributions";
