/**
 * The VAR toolkit: estimation, lag selection, Cholesky IRFs with asymptotic and resampled bands,
 * FEVD, causality and residual tests, forecasts, summaries. Import this file (not the folder) from
 * notebooks: `import { fitVar, irf } from "./src/econometrics/var/index"`.
 */
export { fitVar, fitVarData, companion, choleskyFactor, reorder, regressorNames, toMatrixData } from "./estimate";
export type { VarResult, VarOptions, Trend } from "./estimate";
export { selectOrder } from "./select";
export type { LagSelection, Criterion } from "./select";
export { irf, maCoefficientsFlat, orthogonaliseFlat } from "./irf";
export type { IrfResult, IrfSigma } from "./irf";
export { fevd, fevdFromOrth } from "./fevd";
export { irfBands, quantileType7, runReplicates, bootstrapSpec, replicateSeries, terminateBootstrapWorkers } from "./bootstrap";
export type { Bands, BandOptions, BandMethod } from "./bootstrap";
export { grangerCausality, instantaneousCausality, portmanteau, jarqueBera } from "./tests";
export type { CausalityTest, InstantaneousTest, PortmanteauTest, NormalityTest } from "./tests";
export { forecast } from "./forecast";
export type { Forecast } from "./forecast";
export { summaryText, summaryHtml, summaryLatex, coefficientTables, residualTable, residualCorrelation, irfTable, fevdTable } from "./summary";
export { choleskySvar } from "./svar";
export type { SvarOptions, SvarResult } from "./svar";
export { fevdBands, fevdDraws, jointFevdStatistic } from "./fevd-bands";
export type { FevdBands, JointStatistic, ShareCell } from "./fevd-bands";
export { seasonalDummies } from "./season";
export type { SeasonOption } from "./season";
export { archLm, archLmByEquation, archLmMultivariate } from "./arch";
export type { ArchTest } from "./arch";
export { fevdAsymptotic } from "./fevd-asymptotic";
export { kilianBands, correctBias, companionMaxModulus, type KilianOptions, type KilianResult } from "./kilian";
export type { FevdStderr } from "./fevd-asymptotic";
