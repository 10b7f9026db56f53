/**
 * Confidence bands for orthogonalised impulse responses by resampling.
 *  - "residual": the residual bootstrap of R vars (irf(..., boot = TRUE)): centred residuals drawn
 *    with replacement, the first p observations kept, the series rebuilt recursively from the
 *    estimated coefficients, the VAR re-estimated and re-identified (Cholesky) per replicate;
 *    percentile bands with R's quantile type 7 (or Hall's percentile interval on request).
 *  - "gaussian": statsmodels' errband_mc: Gaussian innovations N(0, sigma_u), a burn-in of 100
 *    periods from zero, refit, order statistics at round(a R) - 1 and round((1 - a) R) - 1.
 * Replicate r always draws from Rng.stream(seed, r), so the bands are identical for a given seed
 * whatever the number of worker threads. Each replicate runs on preallocated typed arrays.
 */
import * as path from "node:path";
import { InvalidParameterError, NumericalError } from "../../core/errors";
import { choleskyInto, fromRows, QrLeastSquares, rowsOf } from "../../core/linalg";
import { progress, ProgressOption } from "../../core/progress";
import { Rng } from "../../core/rng";
import { buildDesign, deterministicCount, Trend, VarResult } from "./estimate";
import { IrfSigma, lagMatricesFlat } from "./irf";
import { scopedWorkerCode } from "../../core/worker-code";

export type BandMethod = "residual" | "gaussian";

/** Everything a replicate needs, as plain typed arrays (cheap to send to a worker). */
export interface BootstrapSpec {
  method: BandMethod;
  K: number;
  p: number;
  trend: Trend;
  Ttotal: number;
  H: number;
  seed: number;
  /** original data, Ttotal x K */
  y: Float64Array;
  /** lag matrices A_1..A_p, flat p x K x K */
  A: Float64Array;
  /** deterministic coefficients: d x K (const, trend) */
  det: Float64Array;
  /** centred residuals nobs x K (residual method) */
  resid: Float64Array;
  /** lower Cholesky factor of sigma_u, K x K (gaussian method) */
  P: Float64Array;
  /** 1 for the df-adjusted sigma_u, (T - m) / T for the ML one (IrfSigma "ml"), applied per replicate */
  sigmaScale: number;
  /** bands for cumulative responses (running sums over h) */
  cumulative: boolean;
  /** exogenous regressors held fixed in every replicate (Ttotal x E) and their coefficients (E x K) */
  E: number;
  exog: Float64Array;
  exogCoef: Float64Array;
}

export function bootstrapSpec(res: VarResult, H: number, method: BandMethod, seed: number, sigma: IrfSigma = "df", cumulative = false): BootstrapSpec {
  const { K, p, nobs } = res;
  const d = deterministicCount(res.trend);
  const E = res.nExog;
  // the Gaussian method simulates a burn-in before the sample, where exogenous values do not exist
  if (E > 0 && method === "gaussian") throw new InvalidParameterError("method", "Gaussian Monte Carlo bands need a VAR without exogenous regressors (no values before the sample for the burn-in); use the residual bootstrap");
  const exogCoef = new Float64Array(E * K);
  for (let e = 0; e < E; e++) for (let j = 0; j < K; j++) exogCoef[e * K + j] = res.coef[d + K * p + e][j];
  const det = new Float64Array(d * K);
  for (let r = 0; r < d; r++) for (let j = 0; j < K; j++) det[r * K + j] = res.coef[r][j];
  const resid = new Float64Array(nobs * K);
  const mean = new Float64Array(K);
  for (let t = 0; t < nobs; t++) for (let k = 0; k < K; k++) mean[k] += res.resid[t][k] / nobs;
  for (let t = 0; t < nobs; t++) for (let k = 0; k < K; k++) resid[t * K + k] = res.resid[t][k] - mean[k];
  const P = new Float64Array(K * K);
  choleskyInto(fromRows(sigma === "ml" ? res.sigmaUml : res.sigmaU).data, K, P);
  const sigmaScale = sigma === "ml" ? res.dfResid / res.nobs : 1;
  return { method, K, p, trend: res.trend, Ttotal: res.Ttotal, H, seed, y: res.y, A: lagMatricesFlat(res), det, resid, P, sigmaScale, cumulative, E, exog: res.exog ?? new Float64Array(0), exogCoef };
}

/**
 * Run replicates r0..r1-1 and write each replicate's orthogonalised IRF (H+1) x K x K into
 * out[(r - r0) * (H+1) K^2 ...], or with `cellMajor` into out[cell * cellStride + cellOffset + r - r0]
 * (default cellStride = r1 - r0, cellOffset = 0). Pure given the spec: the same (seed, r) gives the
 * same numbers whichever thread runs it. Returns how many replicates were refit by QR because their
 * equilibrated Z'Z was too ill-conditioned for the normal equations.
 */
export function runReplicates(spec: BootstrapSpec, r0: number, r1: number, out: Float64Array, onTick?: () => void, cellMajor = false, cellStride = r1 - r0, cellOffset = 0): number {
  let fallbacks = 0;
  const { K, p, trend, Ttotal, H, method } = spec;
  const d = deterministicCount(trend);
  const E = spec.E;
  const m = d + K * p + E;
  const T = Ttotal - p;
  const KK = K * K;
  const stride = (H + 1) * KK;
  const ys = new Float64Array(Ttotal * K);
  const Z = new Float64Array(T * m);
  const Y = new Float64Array(T * K);
  const qr = new QrLeastSquares(T, m, K);
  const Ab = new Float64Array(p * KK);
  const S = new Float64Array(KK);
  const L = new Float64Array(KK);
  const ZZ = new Float64Array(m * m);
  const ZY = new Float64Array(m * K);
  const YY = new Float64Array(KK);
  const Lz = new Float64Array(m * m);
  const zrow = new Float64Array(m);
  const eps = new Float64Array(K);
  const burn = 100;
  // Theta_0..Theta_H after p zero matrices (Theta_{-p}..Theta_{-1} = 0), so the MA recursion has one
  // shape for every h; th is the view from Theta_0
  const pK = p * K;
  const thp = new Float64Array((p + H + 1) * KK);
  const th = thp.subarray(p * KK);
  const Abw = new Float64Array(K * pK);
  const buf = method === "gaussian" ? new Float64Array((Ttotal + burn) * K) : ys;
  const Aw = windowLags(spec);
  for (let r = r0; r < r1; r++) {
    simulateSeries(spec, r, ys, buf, eps, Aw);
    // Refit. Replicates use the normal equations (Z'Z b = Z'y by Cholesky of the equilibrated Z'Z,
    // accumulated from lagged cross-moments of the simulated series), several times cheaper than
    // QR; when the equilibrated Z'Z is poorly conditioned (Cholesky pivot ratio above 1e4, i.e.
    // condition above about 1e8) the replicate is refit by QR instead. With exogenous regressors
    // it is always QR (the cross-moment path covers lags and deterministic terms only).
    // Accuracy of either path: replicate OIRFs equal irf(fitVar(series)) to 1e-8 (tests).
    if (E > 0 || !normalEquations(ys, Ttotal, K, p, d, m, ZZ, ZY, YY, Ab, S, Lz, zrow)) {
      if (E === 0) fallbacks++;
      buildDesign(ys, Ttotal, K, p, trend, Z, Y, 0, E > 0 ? spec.exog : null, E);
      qr.fit(Z, Y);
      const B = qr.B, U = qr.resid;
      for (let l = 0; l < p; l++) for (let i = 0; i < K; i++) for (let j = 0; j < K; j++) Ab[l * KK + i * K + j] = B[(d + l * K + j) * K + i];
      S.fill(0);
      for (let t = 0; t < T; t++) for (let i = 0; i < K; i++) for (let j = 0; j <= i; j++) S[i * K + j] += U[t * K + i] * U[t * K + j];
      for (let i = 0; i < K; i++) for (let j = 0; j <= i; j++) { S[i * K + j] /= T - m; S[j * K + i] = S[i * K + j]; }
    }
    if (spec.sigmaScale !== 1) for (let i = 0; i < KK; i++) S[i] *= spec.sigmaScale;
    if (choleskyInto(S, K, L) >= 0) throw new NumericalError("NOT_POSITIVE_DEFINITE", `bootstrap replicate ${r}: the residual covariance is not positive definite.`);
    // Theta_h = sum_l A_l Theta_{h-l}, Theta_0 = P (left-multiplied MA recursion): with the lag
    // matrices in window layout (oldest first) each entry is one dot product over the stacked
    // Theta_{h-p}..Theta_{h-1}, which sit contiguously in thp
    for (let l = 1; l <= p; l++) for (let i = 0; i < K; i++) for (let k = 0; k < K; k++) Abw[i * pK + (p - l) * K + k] = Ab[(l - 1) * KK + i * K + k];
    for (let i = 0; i < KK; i++) th[i] = L[i];
    for (let h = 1; h <= H; h++) {
      const win = h * KK, oh = (p + h) * KK;
      for (let i = 0; i < K; i++) {
        const ao = i * pK;
        for (let j = 0; j < K; j++) {
          // four partial sums: a single accumulator is bound by the floating-point add latency
          let v0 = 0, v1 = 0, v2 = 0, v3 = 0, q = 0;
          const b = win + j;
          for (; q + 3 < pK; q += 4) {
            v0 += Abw[ao + q] * thp[b + q * K];
            v1 += Abw[ao + q + 1] * thp[b + (q + 1) * K];
            v2 += Abw[ao + q + 2] * thp[b + (q + 2) * K];
            v3 += Abw[ao + q + 3] * thp[b + (q + 3) * K];
          }
          for (; q < pK; q++) v0 += Abw[ao + q] * thp[b + q * K];
          thp[oh + i * K + j] = (v0 + v1) + (v2 + v3);
        }
      }
    }
    if (spec.cumulative) for (let i = KK; i < stride; i++) th[i] += th[i - KK];
    if (cellMajor) {
      // out[cell * R + r]: ready for per-cell quantiles without a transpose
      const rr = cellOffset + r - r0;
      for (let c = 0; c < stride; c++) out[c * cellStride + rr] = th[c];
    } else out.set(th, (r - r0) * stride);
    if (onTick) onTick();
  }
  return fallbacks;
}

/**
 * Replicate r's artificial series (Ttotal x K, row-major) into ys: the residual bootstrap (first p
 * rows fixed, recentred residuals drawn iid) or the Gaussian simulation (burn-in from zero).
 * `buf` is ys (residual) or a (Ttotal + 100) x K scratch (gaussian); Aw is the lag window layout.
 */
function simulateSeries(spec: BootstrapSpec, r: number, ys: Float64Array, buf: Float64Array, eps: Float64Array, Aw: Float64Array): void {
  const { K, p, Ttotal, method } = spec;
  const d = deterministicCount(spec.trend);
  const pK = p * K;
  const burn = 100;
  const nb = spec.resid.length / K;
  const det = spec.det, resid = spec.resid;
  const E = spec.E;
  const rng = Rng.stream(spec.seed, r);
  if (method === "residual") {
    for (let i = 0; i < pK; i++) ys[i] = spec.y[i];
    for (let t = p; t < Ttotal; t++) {
      const ro = rng.int(nb) * K, base = (t - p) * K, to = t * K;
      for (let i = 0; i < K; i++) {
        let v = d >= 1 ? det[i] : 0;
        if (d === 2) v += det[K + i] * (t + 1);
        for (let e = 0; e < E; e++) v += spec.exogCoef[e * K + i] * spec.exog[t * E + e];
        const ao = i * pK;
        let w = 0, q = 0;
        for (; q + 1 < pK; q += 2) {
          v += Aw[ao + q] * ys[base + q];
          w += Aw[ao + q + 1] * ys[base + q + 1];
        }
        if (q < pK) v += Aw[ao + q] * ys[base + q];
        ys[to + i] = v + w + resid[ro + i];
      }
    }
  } else {
    // Gaussian: burn-in from zero, then keep Ttotal rows (statsmodels util.varsim)
    const total = Ttotal + burn;
    buf.fill(0, 0, p * K);
    const P = spec.P;
    for (let t = p; t < total; t++) {
      for (let k = 0; k < K; k++) eps[k] = rng.normal();
      const base = (t - p) * K, to = t * K;
      for (let i = 0; i < K; i++) {
        // deterministic terms (trend counted from the first kept row, as statsmodels' varsim)
        let v = d >= 1 ? det[i] : 0;
        if (d === 2) v += det[K + i] * (t - burn + 1);
        const ao = i * pK;
        let w = 0, q = 0;
        for (; q + 1 < pK; q += 2) {
          v += Aw[ao + q] * buf[base + q];
          w += Aw[ao + q + 1] * buf[base + q + 1];
        }
        if (q < pK) v += Aw[ao + q] * buf[base + q];
        let s = 0;
        for (let k = 0; k <= i; k++) s += P[i * K + k] * eps[k];
        buf[to + i] = v + w + s;
      }
    }
    ys.set(buf.subarray(burn * K, (burn + Ttotal) * K));
  }
}

/**
 * Lag matrices laid out against the contiguous window y_{t-p}..y_{t-1} (oldest first):
 * Aw[i * pK + (p - l) K + j] = A_l[i][j], so each simulated value is one dot product of length pK.
 */
function windowLags(spec: BootstrapSpec): Float64Array {
  const { K, p } = spec;
  const pK = p * K, KK = K * K;
  const Aw = new Float64Array(K * pK);
  for (let l = 1; l <= p; l++) for (let i = 0; i < K; i++) for (let j = 0; j < K; j++) Aw[i * pK + (p - l) * K + j] = spec.A[(l - 1) * KK + i * K + j];
  return Aw;
}

/** The artificial series of replicate r (rows are time), as runReplicates builds it (for checks). */
export function replicateSeries(spec: BootstrapSpec, r: number): number[][] {
  const { K, Ttotal } = spec;
  const ys = new Float64Array(Ttotal * K);
  const buf = spec.method === "gaussian" ? new Float64Array((Ttotal + 100) * K) : ys;
  simulateSeries(spec, r, ys, buf, new Float64Array(K), windowLags(spec));
  return rowsOf(ys, Ttotal, K);
}

/**
 * OLS of a VAR(p) through the normal equations, accumulated from the series without forming Z.
 * Writes the lag matrices into Ab (p x K x K) and the df-adjusted residual covariance into S.
 * Returns false when the Cholesky pivots of Z'Z spread by more than 1e8 (caller uses QR).
 */
function normalEquations(ys: Float64Array, Ttotal: number, K: number, p: number, d: number, m: number, ZZ: Float64Array, ZY: Float64Array, YY: Float64Array, Ab: Float64Array, S: Float64Array, L: Float64Array, z: Float64Array): boolean {
  const T = Ttotal - p;
  const KK = K * K;
  ZZ.fill(0);
  ZY.fill(0);
  YY.fill(0);
  accumulateByMoments(ys, Ttotal, K, p, d, m, ZZ, ZY, YY);
  // equilibrate (unit diagonal: Z'Z -> D Z'Z D, Z'Y -> D Z'Y, D = diag(Z'Z)^-1/2) so that the pivot
  // test below measures conditioning, not the regressors' scales (a trend column counts 1..T_total);
  // z (length m) holds D
  for (let j = 0; j < m; j++) {
    const djj = ZZ[j * m + j];
    if (!(djj > 0)) return false;
    z[j] = 1 / Math.sqrt(djj);
  }
  for (let i = 0; i < m; i++) {
    const si = z[i];
    for (let j = i; j < m; j++) ZZ[i * m + j] *= si * z[j];
    for (let k = 0; k < K; k++) ZY[i * K + k] *= si;
  }
  // Cholesky of Z'Z (upper triangle stored) into L (lower)
  let dmin = Infinity, dmax = 0;
  for (let j = 0; j < m; j++) {
    let sj = ZZ[j * m + j];
    for (let k = 0; k < j; k++) sj -= L[j * m + k] * L[j * m + k];
    if (!(sj > 0)) return false;
    const dj = Math.sqrt(sj);
    dmin = Math.min(dmin, dj);
    dmax = Math.max(dmax, dj);
    L[j * m + j] = dj;
    for (let i = j + 1; i < m; i++) {
      let v = ZZ[j * m + i];
      for (let k = 0; k < j; k++) v -= L[i * m + k] * L[j * m + k];
      L[i * m + j] = v / dj;
    }
  }
  if (dmax / dmin > 1e4) return false; // pivot ratio^2 > 1e8 on the equilibrated matrix
  // solve L L' B = Z'Y in place (ZY becomes B)
  for (let k = 0; k < K; k++) {
    for (let i = 0; i < m; i++) {
      let v = ZY[i * K + k];
      for (let j = 0; j < i; j++) v -= L[i * m + j] * ZY[j * K + k];
      ZY[i * K + k] = v / L[i * m + i];
    }
  }
  // S = (Y'Y - B' Z'Y) / (T - m), with Z'Y = L L' B: B' Z'Y = (L' B)' (L' B); use W = L' B
  // (ZY now holds W = L^-1 Z'Y, so B' Z'Y = W' W)
  for (let i = 0; i < K; i++)
    for (let j = i; j < K; j++) {
      let v = YY[i * K + j];
      for (let r = 0; r < m; r++) v -= ZY[r * K + i] * ZY[r * K + j];
      S[i * K + j] = v / (T - m);
      S[j * K + i] = S[i * K + j];
    }
  for (let k = 0; k < K; k++) {
    for (let i = m - 1; i >= 0; i--) {
      let v = ZY[i * K + k];
      for (let j = i + 1; j < m; j++) v -= L[j * m + i] * ZY[j * K + k];
      ZY[i * K + k] = v / L[i * m + i];
    }
  }
  // undo the equilibration: B = D B~
  for (let l = 0; l < p; l++) for (let i = 0; i < K; i++) for (let j = 0; j < K; j++) Ab[l * KK + i * K + j] = z[d + l * K + j] * ZY[(d + l * K + j) * K + i];
  return true;
}

/**
 * Z'Z, Z'Y and Y'Y of a VAR(p) with no deterministic terms (d = 0), a constant (d = 1) or a constant
 * and the trend t + 1 (d = 2) from the lagged cross-moments
 * F_delta = sum_s y_s y_(s-delta)' (delta = 0..p), each computed once over the whole series and
 * trimmed to the range a block needs by subtracting a few edge rows: about half the multiplications
 * of accumulating the regressor outer products row by row. Upper triangle of Z'Z only.
 */
function accumulateByMoments(ys: Float64Array, Ttotal: number, K: number, p: number, d: number, m: number, ZZ: Float64Array, ZY: Float64Array, YY: Float64Array): void {
  const KK = K * K;
  const F = momentBuf.length >= (p + 1) * KK ? momentBuf : (momentBuf = new Float64Array((p + 1) * KK));
  const sumY = sumBuf.length >= K ? sumBuf : (sumBuf = new Float64Array(K));
  const sumSY = sumSBuf.length >= K ? sumSBuf : (sumSBuf = new Float64Array(K));
  // column-major copy, so every moment is one long contiguous dot product (far faster in V8 than
  // short inner loops over K)
  const N = Ttotal;
  const yc = colBuf.length >= N * K ? colBuf : (colBuf = new Float64Array(N * K));
  for (let s = 0; s < N; s++) {
    const os = s * K;
    for (let i = 0; i < K; i++) yc[i * N + s] = ys[os + i];
  }
  for (let i = 0; i < K; i++) {
    let v = 0;
    const oi = i * N;
    for (let s = 0; s < N; s++) v += yc[oi + s];
    sumY[i] = v;
    if (d === 2) {
      let w = 0;
      for (let s = 0; s < N; s++) w += s * yc[oi + s];
      sumSY[i] = w;
    }
  }
  for (let del = 0; del <= p; del++) {
    const fo = del * KK;
    for (let i = 0; i < K; i++) {
      const oi = i * N;
      const jmax = del === 0 ? i + 1 : K;
      for (let j = 0; j < jmax; j++) {
        const oj = j * N - del;
        // four partial sums (a single accumulator is bound by the add latency)
        let v0 = 0, v1 = 0, v2 = 0, v3 = 0;
        let s = del;
        for (; s + 3 < N; s += 4) {
          v0 += yc[oi + s] * yc[oj + s];
          v1 += yc[oi + s + 1] * yc[oj + s + 1];
          v2 += yc[oi + s + 2] * yc[oj + s + 2];
          v3 += yc[oi + s + 3] * yc[oj + s + 3];
        }
        for (; s < N; s++) v0 += yc[oi + s] * yc[oj + s];
        F[fo + i * K + j] = (v0 + v1) + (v2 + v3);
      }
    }
  }
  // sum over s in [a, b] of y_s[i] y_(s-del)[j]
  const block = (del: number, a: number, b: number, i: number, j: number): number => {
    let v = F[del * KK + (del === 0 && j > i ? j * K + i : i * K + j)];
    for (let s = del; s < a; s++) v -= ys[s * K + i] * ys[(s - del) * K + j];
    for (let s = b + 1; s < Ttotal; s++) v -= ys[s * K + i] * ys[(s - del) * K + j];
    return v;
  };
  const sumRange = (a: number, b: number, i: number): number => {
    let v = sumY[i];
    for (let s = 0; s < a; s++) v -= ys[s * K + i];
    for (let s = b + 1; s < Ttotal; s++) v -= ys[s * K + i];
    return v;
  };
  const T = Ttotal - p;
  if (d >= 1) {
    ZZ[0] = T;
    for (let l = 1; l <= p; l++) for (let i = 0; i < K; i++) ZZ[d + (l - 1) * K + i] = sumRange(p - l, Ttotal - 1 - l, i);
    for (let k = 0; k < K; k++) ZY[k] = sumRange(p, Ttotal - 1, k);
  }
  if (d === 2) {
    // the trend of data row t is t + 1 (buildDesign): sum over t = p..Ttotal-1 of (t + 1) y_(t-l)[i]
    // = sum over s = t - l of s y_s[i] + (l + 1) y_s[i]
    const sumRangeS = (a: number, b: number, i: number): number => {
      let v = sumSY[i];
      for (let s = 0; s < a; s++) v -= s * ys[s * K + i];
      for (let s = b + 1; s < Ttotal; s++) v -= s * ys[s * K + i];
      return v;
    };
    let st = 0, st2 = 0;
    for (let t = p; t < Ttotal; t++) { st += t + 1; st2 += (t + 1) * (t + 1); }
    ZZ[1] = st;
    ZZ[m + 1] = st2;
    for (let l = 1; l <= p; l++)
      for (let i = 0; i < K; i++) {
        const a = p - l, b = Ttotal - 1 - l;
        ZZ[m + d + (l - 1) * K + i] = sumRangeS(a, b, i) + (l + 1) * sumRange(a, b, i);
      }
    for (let k = 0; k < K; k++) ZY[K + k] = sumRangeS(p, Ttotal - 1, k) + sumRange(p, Ttotal - 1, k);
  }
  for (let l1 = 1; l1 <= p; l1++)
    for (let l2 = l1; l2 <= p; l2++) {
      const del = l2 - l1, a = p - l1, b = Ttotal - 1 - l1;
      for (let i = 0; i < K; i++) {
        const r = d + (l1 - 1) * K + i;
        for (let j = 0; j < K; j++) {
          const c = d + (l2 - 1) * K + j;
          if (c < r) continue;
          ZZ[r * m + c] = block(del, a, b, i, j);
        }
      }
    }
  for (let l = 1; l <= p; l++)
    for (let i = 0; i < K; i++) for (let k = 0; k < K; k++) ZY[(d + (l - 1) * K + i) * K + k] = block(l, p, Ttotal - 1, k, i);
  for (let i = 0; i < K; i++) for (let j = i; j < K; j++) YY[i * K + j] = block(0, p, Ttotal - 1, j, i);
}
let momentBuf = new Float64Array(0);
let sumBuf = new Float64Array(0);
let sumSBuf = new Float64Array(0);
let colBuf = new Float64Array(0);

export interface BandOptions {
  horizon: number;
  replications?: number;
  seed?: number;
  /** coverage, default 0.95 */
  ci?: number;
  method?: BandMethod;
  /** "percentile" (default) or "hall" */
  interval?: "percentile" | "hall";
  /** worker threads (default 1: the calling thread) */
  workers?: number;
  progress?: ProgressOption;
  /** residual covariance for the orthogonalisation: "df" (default, vars/statsmodels) or "ml" (gretl) */
  sigma?: IrfSigma;
  /** bands for the cumulative orthogonalised responses (vars irf(cumulative = TRUE)); Hall intervals then need irf(...).orthCumulative */
  cumulative?: boolean;
}

export interface Bands {
  method: BandMethod;
  interval: "percentile" | "hall";
  replications: number;
  seed: number;
  ci: number;
  workers: number;
  lower: number[][][];
  upper: number[][][];
  /** all replicates' responses, cell-major: draws[((h * K + i) * K + j) * R + r] (for other statistics) */
  draws: Float64Array;
  /** replicates refit by QR (equilibrated Z'Z too ill-conditioned for the normal equations) */
  qrRefits: number;
}

/**
 * k-th smallest element (0-based) of x, partially reordering x in place (Hoare's selection with
 * median-of-three pivots): O(n) on average, versus O(n log n) for a full sort per band cell.
 */
export function selectKth(x: Float64Array, k: number, from = 0): number {
  let lo = from, hi = x.length - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // median of three
    if (x[mid] < x[lo]) swap(x, mid, lo);
    if (x[hi] < x[lo]) swap(x, hi, lo);
    if (x[hi] < x[mid]) swap(x, hi, mid);
    const pivot = x[mid];
    let i = lo, j = hi;
    while (i <= j) {
      while (x[i] < pivot) i++;
      while (x[j] > pivot) j--;
      if (i <= j) { swap(x, i, j); i++; j--; }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return x[k];
  }
  return x[k];
}
function swap(x: Float64Array, i: number, j: number): void {
  const t = x[i]; x[i] = x[j]; x[j] = t;
}
/** Smallest element of x[from..]. */
function minFrom(x: Float64Array, from: number): number {
  let m = Infinity;
  for (let i = from; i < x.length; i++) if (x[i] < m) m = x[i];
  return m;
}
/**
 * Both type-7 band quantiles (a and 1 - a, a < 0.5) of x in one pass of selections: the upper one
 * is searched only above the lower one's position, which the first selection already partitioned.
 */
export function bandQuantilesType7(x: Float64Array, a: number): [number, number] {
  const n = x.length;
  const h1 = (n - 1) * a, k1 = Math.floor(h1);
  const h2 = (n - 1) * (1 - a), k2 = Math.floor(h2);
  // the k1+2 smallest and the n-k2 largest values, kept sorted by insertion in one pass: for band
  // quantiles (a = 0.025) this touches each value once and inserts rarely, far cheaper than selection
  const m1 = Math.min(n, k1 + 2), m2 = Math.min(n, n - k2);
  if (m1 > 48 || m2 > 48) return bandQuantilesBySelection(x, h1, k1, h2, k2);
  const lowBuf = tailLow.length >= m1 ? tailLow : (tailLow = new Float64Array(m1));
  const highBuf = tailHigh.length >= m2 ? tailHigh : (tailHigh = new Float64Array(m2));
  let nl = 0, nh = 0;
  for (let i = 0; i < n; i++) {
    const v = x[i];
    if (nl < m1 || v < lowBuf[nl - 1]) {
      let j = nl < m1 ? nl++ : nl - 1;
      while (j > 0 && lowBuf[j - 1] > v) { lowBuf[j] = lowBuf[j - 1]; j--; }
      lowBuf[j] = v;
    }
    if (nh < m2 || v > highBuf[nh - 1]) {
      let j = nh < m2 ? nh++ : nh - 1;
      while (j > 0 && highBuf[j - 1] < v) { highBuf[j] = highBuf[j - 1]; j--; }
      highBuf[j] = v;
    }
  }
  // rank r (0-based from the bottom) of the top set is index n - 1 - r from the top
  const fromTop = (r: number) => highBuf[n - 1 - r];
  const v1 = lowBuf[k1], w1 = k1 + 1 < n ? lowBuf[Math.min(k1 + 1, m1 - 1)] : v1;
  const v2 = fromTop(k2), w2 = k2 + 1 < n ? fromTop(k2 + 1) : v2;
  return [v1 + (h1 - k1) * (w1 - v1), v2 + (h2 - k2) * (w2 - v2)];
}
/**
 * The same two type-7 quantiles by selection on a copy (for wide tails, e.g. 10000 replications,
 * where keeping hundreds of values sorted by insertion costs more than two O(n) selections).
 */
function bandQuantilesBySelection(x: Float64Array, h1: number, k1: number, h2: number, k2: number): [number, number] {
  const n = x.length;
  const w = selBuf.length >= n ? selBuf.subarray(0, n) : (selBuf = new Float64Array(n));
  w.set(x);
  const v1 = selectKth(w, k1);
  const w1 = k1 + 1 < n ? minFrom(w, k1 + 1) : v1;
  // everything above index k1 is >= v1, so the upper quantile is searched there only
  const v2 = k2 > k1 ? selectKth(w, k2, k1 + 1) : v1;
  const w2 = k2 + 1 < n ? minFrom(w, k2 + 1) : v2;
  return [v1 + (h1 - k1) * (w1 - v1), v2 + (h2 - k2) * (w2 - v2)];
}
let selBuf = new Float64Array(0);
let tailLow = new Float64Array(0);
let tailHigh = new Float64Array(0);

/** R's quantile type 7 of a sorted sample. */
export function quantileType7(sorted: Float64Array | number[], q: number): number {
  const n = sorted.length;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Bands for the orthogonalised IRFs of an estimated VAR. */
export async function irfBands(res: VarResult, opts: BandOptions, pointOrth?: number[][][]): Promise<Bands> {
  if (res === null || typeof res !== "object" || !Array.isArray((res as VarResult).sigmaU)) throw new InvalidParameterError("res", `must be a fitted VAR (from fitVar), got ${res === null ? "null" : typeof res}`, res);
  if (opts === null || typeof opts !== "object") throw new InvalidParameterError("opts", `must be an options object with at least { horizon }, got ${opts === null ? "null" : typeof opts}`, opts);
  const R = opts.replications ?? 1000;
  const seed = opts.seed ?? 1;
  const ci = opts.ci ?? 0.95;
  const method = opts.method ?? "residual";
  const interval = opts.interval ?? "percentile";
  const workers = opts.workers ?? 1;
  const H = opts.horizon;
  if (!Number.isInteger(R) || R < 10 || R > 1_000_000) throw new InvalidParameterError("replications", `must be an integer in [10, 1e6], got ${R}`);
  // checked here, not only in the workers' Rng, so that a NaN seed is a typed error in this thread
  if (typeof seed !== "number" || !Number.isFinite(seed)) throw new InvalidParameterError("seed", `must be a finite number, got ${String(seed)}`, seed);
  if (!(ci > 0 && ci < 1)) throw new InvalidParameterError("ci", `must lie in (0, 1), got ${ci}`);
  if (!Number.isInteger(H) || H < 0 || H > 1000) throw new InvalidParameterError("horizon", `must be an integer in [0, 1000], got ${H}`);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new InvalidParameterError("workers", `must be an integer in [1, 64], got ${workers}`);
  if (method !== "residual" && method !== "gaussian") throw new InvalidParameterError("method", `must be 'residual' or 'gaussian', got '${method}'`);
  if (interval === "hall" && !pointOrth) throw new InvalidParameterError("interval", "Hall intervals need the point estimates (pass irf(res, H).orth)");
  const sigma: IrfSigma = opts.sigma ?? "df";
  if (sigma !== "df" && sigma !== "ml") throw new InvalidParameterError("sigma", `must be 'df' or 'ml', got '${sigma}'`);
  const spec = bootstrapSpec(res, H, method, seed, sigma, opts.cumulative ?? false);
  const K = res.K;
  const stride = (H + 1) * K * K;
  const bar = progress(`IRF bands (${method}, ${R} replications)`, R, opts.progress ?? true);
  // cell-major layout (cell * R + r): the calling thread writes it directly; worker threads write
  // their contiguous block of replicates straight into a SharedArrayBuffer with the same layout
  let cellMajor: Float64Array;
  let qrRefits = 0;
  if (workers === 1) {
    cellMajor = new Float64Array(R * stride);
    qrRefits = runReplicates(spec, 0, R, cellMajor, () => bar.tick(), true);
  } else {
    cellMajor = new Float64Array(new SharedArrayBuffer(R * stride * 8));
    qrRefits = await runInWorkers(spec, R, workers, cellMajor, () => bar.tick());
  }
  bar.done();
  const draws = cellMajor; // the quantile step below only reads it (the Gaussian path selects on a copy)
  const colBuf = new Float64Array(R);
  // quantiles per cell
  const a = (1 - ci) / 2;
  const lower: number[][][] = [], upper: number[][][] = [];
  for (let h = 0; h <= H; h++) {
    const lo: number[][] = [], up: number[][] = [];
    for (let i = 0; i < K; i++) {
      const lr: number[] = [], ur: number[] = [];
      for (let j = 0; j < K; j++) {
        const off = h * K * K + i * K + j;
        const col = cellMajor.subarray(off * R, (off + 1) * R);
        let ql: number, qu: number;
        if (method === "gaussian") {
          const k1 = Math.max(0, Math.round(a * R) - 1), k2 = Math.min(R - 1, Math.round((1 - a) * R) - 1);
          colBuf.set(col);
          ql = selectKth(colBuf, k1);
          qu = selectKth(colBuf, k2, Math.min(k1 + 1, k2));
        } else {
          [ql, qu] = bandQuantilesType7(col, a);
        }
        if (interval === "hall") {
          const pt = pointOrth![h][i][j];
          const l2 = 2 * pt - qu, u2 = 2 * pt - ql;
          ql = l2;
          qu = u2;
        }
        lr.push(ql);
        ur.push(qu);
      }
      lo.push(lr);
      up.push(ur);
    }
    lower.push(lo);
    upper.push(up);
  }
  return { method, interval, replications: R, seed, ci, workers, lower, upper, draws, qrRefits };
}

let workerSource: string | null = null;

/**
 * The worker's code as one plain-JavaScript bundle, built once per process with esbuild (already
 * installed with tsx): a worker then starts in milliseconds instead of loading a TypeScript loader.
 * A compiled build (bootstrap-worker.js next to this file) is used as is.
 */
function workerCode(): { code: string; eval: boolean } {
  const js = path.join(__dirname, "bootstrap-worker.js");
  if (require("node:fs").existsSync(js)) return { code: js, eval: false };
  if (workerSource === null) {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const esbuild = require("esbuild") as { buildSync(o: Record<string, unknown>): { outputFiles: { text: string }[] } };
    const out = esbuild.buildSync({ entryPoints: [path.join(__dirname, "bootstrap-worker.ts")], bundle: true, platform: "node", format: "cjs", target: "node18", write: false, logLevel: "silent" });
    workerSource = scopedWorkerCode(out.outputFiles[0].text);
  }
  return { code: workerSource, eval: true };
}

/** A worker of the persistent pool and the job it is running (at most one at a time). */
interface PoolWorker {
  worker: import("node:worker_threads").Worker;
  job: { tick: (n: number) => void; resolve: (qrRefits: number) => void; reject: (e: Error) => void } | null;
}
const pool: PoolWorker[] = [];

/**
 * An idle worker of the pool, started if none is idle (concurrent irfBands calls each get their
 * own workers). The caller must give it a job at once.
 */
function acquireWorker(): PoolWorker {
  const idle = pool.find((w) => w.job === null);
  if (idle) return idle;
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { Worker } = require("node:worker_threads") as typeof import("node:worker_threads");
  const wc = workerCode();
  const pw: PoolWorker = { worker: new Worker(wc.code, { eval: wc.eval }), job: null };
  pw.worker.on("message", (msg: { tick?: number; done?: boolean; qrRefits?: number; error?: string }) => {
    const job = pw.job;
    if (!job) return;
    if (msg.tick) job.tick(msg.tick);
    if (msg.done || msg.error) {
      pw.job = null;
      pw.worker.unref(); // an idle pool never keeps the process alive
      if (msg.error) job.reject(new NumericalError("NUMERIC", `bootstrap worker: ${msg.error}`));
      else job.resolve(msg.qrRefits ?? 0);
    }
  });
  const fail = (e: Error) => {
    const k = pool.indexOf(pw);
    if (k >= 0) pool.splice(k, 1);
    if (pw.job) pw.job.reject(e);
    pw.job = null;
  };
  pw.worker.on("error", fail);
  pw.worker.on("exit", (code) => fail(new NumericalError("NUMERIC", `bootstrap worker exited with code ${code}`)));
  pw.worker.unref();
  pool.push(pw);
  return pw;
}

/** Stop the pool's worker threads (they are started on first use and kept for later calls). */
export async function terminateBootstrapWorkers(): Promise<void> {
  const ws = pool.splice(0, pool.length);
  await Promise.all(ws.map((w) => w.worker.terminate()));
}

/**
 * Split replicates over worker threads of a persistent pool (contiguous blocks r0..r1-1; each
 * worker writes its block into the shared cell-major array, so no copy or transpose is needed).
 */
function runInWorkers(spec: BootstrapSpec, R: number, workers: number, out: Float64Array, tick: () => void): Promise<number> {
  const jobs: Promise<number>[] = [];
  const per = Math.ceil(R / workers);
  for (let w = 0; w < workers; w++) {
    const r0 = w * per, r1 = Math.min(R, (w + 1) * per);
    if (r0 >= r1) break;
    jobs.push(
      new Promise<number>((resolve, reject) => {
        const pw = acquireWorker();
        pw.job = { tick: (n) => { for (let i = 0; i < n; i++) tick(); }, resolve, reject };
        pw.worker.ref(); // keep the process alive while the job runs
        pw.worker.postMessage({ spec, r0, r1, R, shared: out.buffer });
      }),
    );
  }
  return Promise.all(jobs).then((counts) => counts.reduce((a, b) => a + b, 0));
}
