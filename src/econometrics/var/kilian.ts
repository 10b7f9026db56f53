/**
 * Kilian's (1998) bias-corrected bootstrap for VAR impulse responses ("bootstrap after bootstrap";
 * L. Kilian, "Small-sample confidence intervals for impulse response functions", Review of Economics
 * and Statistics 80(2), 218-230, sec. II):
 *
 *  Stage 1. Residual bootstrap from the OLS fit (the same replicate series as irfBands: centred
 *    residuals drawn with replacement, the first p observations kept); re-estimate the lag matrices
 *    on each replicate and estimate the small-sample bias, Psi = mean(A*) - A_hat. The corrected
 *    estimate is A~ = A_hat - Psi. If A~ is not stable, the correction is shrunk, Psi <- delta Psi
 *    with delta = 1, 0.99, 0.98, ... until it is (Kilian's eq. for delta_i); if A_hat itself is not
 *    stable, no correction is made.
 *  Stage 2. Replicate series generated from A~ (deterministic terms as estimated, the same centred
 *    residuals); each replicate's estimate A* is corrected by the stage-1 Psi with the same shrinkage
 *    rule, and its Cholesky responses are computed with the replicate's own residual covariance.
 *
 * The point estimate is the response of A~ with the sample's Sigma_u; the interval is the percentile
 * interval of the stage-2 responses (R's quantile type 7). Only the lag matrices are corrected.
 * Replicate r of stage 1 draws from Rng.stream(seed, r) and replicate r of stage 2 from
 * Rng.stream(seed, replications1 + r), so results are fixed by the seed.
 */
import { InvalidParameterError, NumericalError } from "../../core/errors";
import { choleskyInto, eigenvalues, fromRows, mat, QrLeastSquares } from "../../core/linalg";
import { bootstrapSpec, BootstrapSpec, quantileType7, replicateSeries } from "./bootstrap";
import { buildDesign, deterministicCount, VarResult } from "./estimate";
import { flatToNested, lagMatricesFlat, maCoefficientsFlat, orthogonaliseFlat } from "./irf";

export interface KilianOptions {
  horizon: number;
  /** stage-1 replicates for the bias estimate (default 500) */
  replications1?: number;
  /** stage-2 replicates for the interval (default 1000) */
  replications2?: number;
  seed?: number;
  /** coverage, default 0.95 */
  ci?: number;
}

export interface KilianResult {
  horizon: number;
  replications1: number;
  replications2: number;
  seed: number;
  ci: number;
  /** estimated bias of the lag matrices, bias[l][i][j] for A_{l+1} (before any shrinkage) */
  bias: number[][][];
  /** shrinkage delta applied to the point estimate's correction (1 = full correction, 0 = none) */
  delta: number;
  /** bias-corrected lag matrices A~ */
  corrected: number[][][];
  /** largest companion modulus of the OLS and of the corrected lag matrices */
  maxRoot: { ols: number; corrected: number };
  /** bias-corrected orthogonalised responses (H+1) x K x K (A~ with the sample's Sigma_u) */
  point: number[][][];
  lower: number[][][];
  upper: number[][][];
  /** stage-2 responses, cell-major: draws[((h * K + i) * K + j) * R2 + r] */
  draws: Float64Array;
  /** stage-2 replicates whose correction had to be shrunk to keep them stable */
  shrunk: number;
}

/** Largest modulus of the companion matrix of lag matrices A (flat p x K x K). */
export function companionMaxModulus(A: Float64Array, K: number, p: number): number {
  const n = K * p;
  const F = mat(n, n);
  for (let l = 0; l < p; l++) for (let i = 0; i < K; i++) for (let j = 0; j < K; j++) F.data[i * n + l * K + j] = A[l * K * K + i * K + j];
  for (let i = K; i < n; i++) F.data[i * n + i - K] = 1;
  const e = eigenvalues(F);
  let m = 0;
  for (let i = 0; i < n; i++) m = Math.max(m, Math.hypot(e.re[i], e.im[i]));
  return m;
}

/**
 * Kilian's stationarity correction: A - delta Psi with the largest delta in 1, 0.99, ..., 0 that
 * leaves the companion matrix stable (modulus < 1); when A itself is not stable, A unchanged.
 */
export function correctBias(A: Float64Array, bias: Float64Array, K: number, p: number): { A: Float64Array; delta: number } {
  if (companionMaxModulus(A, K, p) >= 1) return { A: Float64Array.from(A), delta: 0 };
  const out = new Float64Array(A.length);
  for (let step = 0; step <= 100; step++) {
    const delta = (100 - step) / 100;
    for (let i = 0; i < A.length; i++) out[i] = A[i] - delta * bias[i];
    if (delta === 0 || companionMaxModulus(out, K, p) < 1) return { A: out, delta };
  }
  return { A: Float64Array.from(A), delta: 0 };
}

/** OLS lag matrices (flat p x K x K) and df-adjusted residual covariance of a replicate series. */
function refit(spec: BootstrapSpec, series: number[][], work: { Z: Float64Array; Y: Float64Array; qr: QrLeastSquares; ys: Float64Array }): { A: Float64Array; S: Float64Array } {
  const { K, p, trend, Ttotal } = spec;
  const d = deterministicCount(trend), m = d + K * p, T = Ttotal - p, KK = K * K;
  for (let t = 0; t < Ttotal; t++) for (let k = 0; k < K; k++) work.ys[t * K + k] = series[t][k];
  buildDesign(work.ys, Ttotal, K, p, trend, work.Z, work.Y, 0);
  work.qr.fit(work.Z, work.Y);
  const B = work.qr.B, U = work.qr.resid;
  const A = new Float64Array(p * KK);
  for (let l = 0; l < p; l++) for (let i = 0; i < K; i++) for (let j = 0; j < K; j++) A[l * KK + i * K + j] = B[(d + l * K + j) * K + i];
  const S = new Float64Array(KK);
  for (let t = 0; t < T; t++) for (let i = 0; i < K; i++) for (let j = 0; j < K; j++) S[i * K + j] += U[t * K + i] * U[t * K + j];
  for (let i = 0; i < KK; i++) S[i] /= T - m;
  return { A, S };
}

function orthFlat(A: Float64Array, S: Float64Array, K: number, p: number, H: number, what: string): Float64Array {
  const P = new Float64Array(K * K);
  if (choleskyInto(S, K, P) >= 0) throw new NumericalError("NOT_POSITIVE_DEFINITE", `${what}: the residual covariance is not positive definite.`);
  return orthogonaliseFlat(maCoefficientsFlat(A, K, p, H), P, K, H);
}

const nested = (x: Float64Array, K: number, p: number): number[][][] =>
  Array.from({ length: p }, (_, l) => Array.from({ length: K }, (_, i) => Array.from(x.subarray(l * K * K + i * K, l * K * K + (i + 1) * K))));

/** Kilian's bias-corrected bootstrap of the orthogonalised impulse responses of a fitted VAR. */
export function kilianBands(res: VarResult, opts: KilianOptions): KilianResult {
  if (res === null || typeof res !== "object" || !Array.isArray((res as VarResult).sigmaU)) throw new InvalidParameterError("res", "must be a fitted VAR (from fitVar)", res);
  if (!opts || typeof opts !== "object") throw new InvalidParameterError("opts", "must be an options object with at least { horizon }", opts);
  const H = opts.horizon;
  if (!Number.isInteger(H) || H < 0 || H > 1000) throw new InvalidParameterError("horizon", `must be an integer in [0, 1000], got ${H}`);
  const R1 = opts.replications1 ?? 500, R2 = opts.replications2 ?? 1000;
  for (const [name, v] of [["replications1", R1], ["replications2", R2]] as const)
    if (!Number.isInteger(v) || v < 2 || v > 1e6) throw new InvalidParameterError(name, `must be an integer in [2, 1e6], got ${v}`);
  const seed = opts.seed ?? 1;
  if (!Number.isInteger(seed)) throw new InvalidParameterError("seed", `must be an integer, got ${seed}`);
  const ci = opts.ci ?? 0.95;
  if (!(ci > 0 && ci < 1)) throw new InvalidParameterError("ci", `must be in (0, 1), got ${ci}`);
  if ((res.nExog ?? 0) > 0) throw new InvalidParameterError("res", "Kilian's bootstrap here covers VARs without exogenous regressors");
  const { K, p } = res;
  const KK = K * K, cells = (H + 1) * KK;
  const spec = bootstrapSpec(res, H, "residual", seed);
  const d = deterministicCount(res.trend), m = d + K * p, T = res.Ttotal - p;
  const work = { Z: new Float64Array(T * m), Y: new Float64Array(T * K), qr: new QrLeastSquares(T, m, K), ys: new Float64Array(res.Ttotal * K) };
  const Ahat = lagMatricesFlat(res);
  // stage 1: the bias of the lag matrices
  const mean = new Float64Array(p * KK);
  for (let r = 0; r < R1; r++) {
    const { A } = refit(spec, replicateSeries(spec, r), work);
    for (let i = 0; i < A.length; i++) mean[i] += A[i] / R1;
  }
  const bias = new Float64Array(p * KK);
  for (let i = 0; i < bias.length; i++) bias[i] = mean[i] - Ahat[i];
  const corr = correctBias(Ahat, bias, K, p);
  const Sflat = fromRows(res.sigmaU).data;
  const point = orthFlat(corr.A, Float64Array.from(Sflat), K, p, H, "the sample");
  // stage 2: replicates generated from the corrected coefficients, each corrected again
  const spec2: BootstrapSpec = { ...spec, A: corr.A };
  const draws = new Float64Array(cells * R2);
  let shrunk = 0;
  for (let r = 0; r < R2; r++) {
    const fit = refit(spec2, replicateSeries(spec2, R1 + r), work);
    const c = correctBias(fit.A, bias, K, p);
    if (c.delta < 1) shrunk++;
    const th = orthFlat(c.A, fit.S, K, p, H, `Kilian stage-2 replicate ${r}`);
    for (let e = 0; e < cells; e++) draws[e * R2 + r] = th[e];
  }
  const a = (1 - ci) / 2;
  const lo = new Float64Array(cells), hi = new Float64Array(cells);
  const col = new Float64Array(R2);
  for (let e = 0; e < cells; e++) {
    for (let r = 0; r < R2; r++) col[r] = draws[e * R2 + r];
    col.sort();
    lo[e] = quantileType7(col, a);
    hi[e] = quantileType7(col, 1 - a);
  }
  return {
    horizon: H, replications1: R1, replications2: R2, seed, ci,
    bias: nested(bias, K, p), delta: corr.delta, corrected: nested(corr.A, K, p),
    maxRoot: { ols: companionMaxModulus(Ahat, K, p), corrected: companionMaxModulus(corr.A, K, p) },
    point: flatToNested(point, K, H), lower: flatToNested(lo, K, H), upper: flatToNested(hi, K, H), draws, shrunk,
  };
}
