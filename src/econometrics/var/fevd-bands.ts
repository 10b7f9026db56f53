/**
 * Bootstrap inference on forecast error variance decompositions, from the replicates that give the
 * IRF bands (src/econometrics/var/bootstrap.ts, irfBands): each replicate's orthogonalised responses
 * Theta_0..Theta_H give its FEVD (Lütkepohl 2005, eq. 2.3.37), and the percentile interval of each
 * share is read off the replicates (R's quantile type 7, as the IRF bands). No refitting: the FEVD
 * bands cost O(R H K^2) on top of the IRF bands.
 *
 * A joint bootstrap of two VARs (a comparison of two indexes, say) needs the same resampled periods
 * in both. The residual bootstrap draws replicate r's residual rows from the stream (seed, r), so two
 * VARs with the same number of observations and lags, bootstrapped with the same seed, resample the
 * same periods in every replicate; `jointFevdStatistic` checks that and returns the per-replicate
 * statistic (a difference or ratio of two shares) with its percentile interval.
 */
import { InvalidParameterError } from "../../core/errors";
import { Bands, quantileType7 } from "./bootstrap";
import { VarResult } from "./estimate";

export interface FevdBands {
  /** horizon h = 1..H: lower[h-1][i][j] is the lower bound of the share of variable i's h-step FEV due to shock j */
  lower: number[][][];
  upper: number[][][];
  ci: number;
  replications: number;
  /** every replicate's shares, cell-major: draws[((h-1) * K + i) * K + j) * R + r] */
  draws: Float64Array;
}

/** Each replicate's FEVD shares for h = 1..H (H <= the bands' horizon + 1), cell-major. */
export function fevdDraws(bands: Bands, K: number, H: number): Float64Array {
  const R = bands.replications;
  const hMax = bands.lower.length; // IRF horizons 0..H_irf
  if (!Number.isInteger(K) || K < 1 || bands.draws.length !== hMax * K * K * R) throw new InvalidParameterError("K", `does not match the bands (${bands.draws.length} draws for ${hMax} horizons and ${R} replications)`);
  if (!Number.isInteger(H) || H < 1 || H > hMax) throw new InvalidParameterError("horizon", `FEVD horizon must be an integer in [1, ${hMax}], got ${H}`);
  const out = new Float64Array(H * K * K * R);
  const acc = new Float64Array(K * K * R); // running sums of squared responses, cell-major
  const tot = new Float64Array(R);
  for (let h = 1; h <= H; h++) {
    const src = (h - 1) * K * K;
    for (let c = 0; c < K * K; c++) {
      const o = (src + c) * R, a = c * R;
      for (let r = 0; r < R; r++) {
        const v = bands.draws[o + r];
        acc[a + r] += v * v;
      }
    }
    for (let i = 0; i < K; i++) {
      tot.fill(0);
      for (let j = 0; j < K; j++) {
        const a = (i * K + j) * R;
        for (let r = 0; r < R; r++) tot[r] += acc[a + r];
      }
      for (let j = 0; j < K; j++) {
        const a = (i * K + j) * R, o = (((h - 1) * K + i) * K + j) * R;
        for (let r = 0; r < R; r++) out[o + r] = acc[a + r] / tot[r];
      }
    }
  }
  return out;
}

/** Percentile intervals of every FEVD share (h = 1..H) from the IRF bands' replicates. */
export function fevdBands(bands: Bands, K: number, H: number, ci = bands.ci): FevdBands {
  if (!(ci > 0 && ci < 1)) throw new InvalidParameterError("ci", `must lie in (0, 1), got ${ci}`);
  const R = bands.replications;
  const draws = fevdDraws(bands, K, H);
  const a = (1 - ci) / 2;
  const col = new Float64Array(R);
  const lower: number[][][] = [], upper: number[][][] = [];
  for (let h = 0; h < H; h++) {
    const lo: number[][] = [], up: number[][] = [];
    for (let i = 0; i < K; i++) {
      const lr: number[] = [], ur: number[] = [];
      for (let j = 0; j < K; j++) {
        col.set(draws.subarray(((h * K + i) * K + j) * R, ((h * K + i) * K + j + 1) * R));
        col.sort();
        lr.push(quantileType7(col, a));
        ur.push(quantileType7(col, 1 - a));
      }
      lo.push(lr);
      up.push(ur);
    }
    lower.push(lo);
    upper.push(up);
  }
  return { lower, upper, ci, replications: R, draws };
}

/** One FEVD share: variable `response` at horizon h (1-based), shock `impulse` (names or indices). */
export interface ShareCell {
  response: string | number;
  impulse: string | number;
  h: number;
}

export interface JointStatistic {
  statistic: "difference" | "ratio";
  /** the statistic on the point estimates */
  point: number;
  lower: number;
  upper: number;
  ci: number;
  /** per-replicate values (length R) */
  draws: Float64Array;
  /** share of replicates in which model A's share exceeds model B's */
  probAGreater: number;
  /** replicates where the ratio was undefined (B's share exactly 0) */
  undefinedDraws: number;
}

function index(res: VarResult, v: string | number, what: string): number {
  const k = typeof v === "number" ? v : res.names.indexOf(v);
  if (!Number.isInteger(k) || k < 0 || k >= res.K) throw new InvalidParameterError(what, `'${v}' is not a variable of the VAR (${res.names.join(", ")})`);
  return k;
}

/**
 * Joint bootstrap of a comparison of two FEVD shares from two VARs (A and B): both bootstrapped by
 * the residual method with the same seed and replications, and the same number of observations and
 * lags, so replicate r of both resamples the same periods. Returns the difference A - B or the ratio
 * A / B per replicate and its percentile interval, with the point statistic from `pointA`/`pointB`
 * (the FEVDs of the estimated VARs, fevd[h-1][i][j]).
 */
export function jointFevdStatistic(
  a: { res: VarResult; bands: Bands; fevd: number[][][]; cell: ShareCell },
  b: { res: VarResult; bands: Bands; fevd: number[][][]; cell: ShareCell },
  statistic: "difference" | "ratio",
  ci = 0.95,
): JointStatistic {
  if (a.bands.method !== "residual" || b.bands.method !== "residual") throw new InvalidParameterError("method", "a joint bootstrap needs residual-bootstrap replicates in both models (the Gaussian method draws shocks, not periods)");
  if (a.bands.seed !== b.bands.seed || a.bands.replications !== b.bands.replications) throw new InvalidParameterError("seed", `the two models were bootstrapped with different seeds or replications (${a.bands.seed}/${a.bands.replications} vs ${b.bands.seed}/${b.bands.replications}): their replicates do not resample the same periods`);
  if (a.res.nobs !== b.res.nobs || a.res.p !== b.res.p || a.res.Ttotal !== b.res.Ttotal) throw new InvalidParameterError("sample", `the two VARs have different samples or lags (T ${a.res.Ttotal}/${b.res.Ttotal}, p ${a.res.p}/${b.res.p}): the same seed would not resample the same periods`);
  if (!(ci > 0 && ci < 1)) throw new InvalidParameterError("ci", `must lie in (0, 1), got ${ci}`);
  const R = a.bands.replications;
  const pick = (m: typeof a) => {
    const i = index(m.res, m.cell.response, "response"), j = index(m.res, m.cell.impulse, "impulse");
    const H = m.cell.h;
    const d = fevdDraws(m.bands, m.res.K, H);
    const o = (((H - 1) * m.res.K + i) * m.res.K + j) * R;
    if (!m.fevd[H - 1]) throw new InvalidParameterError("h", `the point FEVD has no horizon ${H}`);
    return { draws: d.subarray(o, o + R), point: m.fevd[H - 1][i][j] };
  };
  const A = pick(a), B = pick(b);
  const out = new Float64Array(R);
  let undefinedDraws = 0, greater = 0, n = 0;
  for (let r = 0; r < R; r++) {
    if (A.draws[r] > B.draws[r]) greater++;
    if (statistic === "ratio" && B.draws[r] === 0) {
      undefinedDraws++;
      continue;
    }
    out[n++] = statistic === "difference" ? A.draws[r] - B.draws[r] : A.draws[r] / B.draws[r];
  }
  if (statistic === "ratio" && B.point === 0) throw new InvalidParameterError("statistic", "model B's point share is 0: the ratio is undefined; use the difference");
  const kept = out.slice(0, n).sort();
  const q = (1 - ci) / 2;
  return {
    statistic,
    point: statistic === "difference" ? A.point - B.point : A.point / B.point,
    lower: quantileType7(kept, q),
    upper: quantileType7(kept, 1 - q),
    ci,
    draws: out.slice(0, n),
    probAGreater: greater / R,
    undefinedDraws,
  };
}
