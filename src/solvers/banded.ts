/**
 * Block-banded linear systems from stacked perfect-foresight Jacobians: T block rows of size n,
 * blocks (t, t + k) for k = -p..q (p = largest lag, q = largest lead). Block Gaussian elimination
 * down the diagonal (LU with partial pivoting inside each diagonal block, as in Juillard's 1996
 * relaxation algorithm), cost O(T p q n^3) and memory O(T (p + q + 1) n^2): linear in T.
 * Written by hand: no maintained JS sparse direct solver exists; the structure makes this exact.
 * All storage is preallocated; `solve` allocates nothing.
 */
import { NumericalError } from "../core/errors";

export class BlockBandedSolver {
  readonly T: number;
  readonly n: number;
  readonly p: number;
  readonly q: number;
  /** blocks[t][k + p] is the n x n block at (t, t + k), row-major */
  readonly blocks: Float64Array;
  private piv: Int32Array;
  private tmp: Float64Array;
  private cols: Int32Array;
  private ncols: Int32Array;
  private prow: Int32Array;

  constructor(T: number, n: number, p: number, q: number) {
    this.T = T; this.n = n; this.p = p; this.q = q;
    this.blocks = new Float64Array(T * (p + q + 1) * n * n);
    this.piv = new Int32Array(T * n);
    this.tmp = new Float64Array(n * n);
    this.cols = new Int32Array((q + 1) * n);
    this.ncols = new Int32Array(q + 1);
    this.prow = new Int32Array(n);
  }

  offset(t: number, k: number): number {
    return (t * (this.p + this.q + 1) + k + this.p) * this.n * this.n;
  }

  /**
   * Solve in place: rhs (T x n) becomes the solution. The blocks are overwritten by the factors.
   * `rowName(t, i)` names a row for the error on a singular pivot.
   */
  solve(rhs: Float64Array, rowName?: (t: number, i: number) => string): void {
    const { T, n, p, q } = this;
    const B = this.blocks, piv = this.piv;
    const nn = n * n;
    const cols = this.cols;
    for (let t = 0; t < T; t++) {
      const D = this.offset(t, 0);
      // Lead blocks are sparse in columns (only forward-looking variables appear with leads) and row
      // operations keep a column pattern, so list the nonzero columns once and touch only those.
      for (let k = 1; k <= q; k++) {
        this.ncols[k] = 0;
        if (t + k >= T) continue;
        const o = this.offset(t, k);
        for (let j = 0; j < n; j++) {
          for (let i = 0; i < n; i++) if (B[o + i * n + j] !== 0) { cols[k * n + this.ncols[k]++] = j; break; }
        }
      }
      // LU of the diagonal block with partial pivoting
      for (let c = 0; c < n; c++) {
        let best = c, big = Math.abs(B[D + c * n + c]);
        for (let r = c + 1; r < n; r++) { const v = Math.abs(B[D + r * n + c]); if (v > big) { big = v; best = r; } }
        if (big === 0 || !Number.isFinite(big)) {
          throw new NumericalError("SINGULAR_MATRIX", `The stacked Jacobian is singular at period ${t + 1}${rowName ? ` (no pivot for ${rowName(t, c)})` : ""}: an equation does not depend on the remaining unknowns, or variables are undetermined.`, { period: t + 1 });
        }
        piv[t * n + c] = best;
        if (best !== c) {
          // swap rows c and best in every block of block row t and in rhs
          for (let k = -p; k <= q; k++) {
            if (t + k < 0 || t + k >= T) continue;
            const o = this.offset(t, k);
            for (let j = 0; j < n; j++) { const a = B[o + c * n + j]; B[o + c * n + j] = B[o + best * n + j]; B[o + best * n + j] = a; }
          }
          const a = rhs[t * n + c]; rhs[t * n + c] = rhs[t * n + best]; rhs[t * n + best] = a;
        }
        const d = B[D + c * n + c];
        // nonzero pattern of the pivot row (the diagonal blocks stay fairly sparse: update only those)
        const prow = this.prow;
        let np = 0;
        for (let j = c + 1; j < n; j++) if (B[D + c * n + j] !== 0) prow[np++] = j;
        for (let r = c + 1; r < n; r++) {
          const f = B[D + r * n + c] / d;
          if (f === 0) continue;
          B[D + r * n + c] = f;
          for (let q2 = 0; q2 < np; q2++) { const j = prow[q2]; B[D + r * n + j] -= f * B[D + c * n + j]; }
          for (let k = 1; k <= q; k++) {
            if (t + k >= T) break;
            const o = this.offset(t, k), nck = this.ncols[k], cb = k * n;
            for (let cc = 0; cc < nck; cc++) { const j = cols[cb + cc]; B[o + r * n + j] -= f * B[o + c * n + j]; }
          }
          rhs[t * n + r] -= f * rhs[t * n + c];
        }
      }
      // U^-1 applied to the nonzero columns of the upper blocks and to the rhs of row t
      for (let k = 1; k <= q; k++) {
        if (t + k >= T) break;
        const o = this.offset(t, k), nck = this.ncols[k], cb = k * n;
        for (let cc = 0; cc < nck; cc++) this.backU(D, o + cols[cb + cc], n);
      }
      this.backU(D, -1, n, rhs, t * n);
      // eliminate block column t from rows t+1..t+p
      for (let s = t + 1; s <= t + p && s < T; s++) {
        const L = this.offset(s, t - s);
        for (let k = 1; k <= q; k++) {
          if (t + k >= T) break;
          const src = this.offset(t, k);
          const dst = this.offset(s, t + k - s);
          // dst -= L * src, over the nonzero columns of src only
          const nck = this.ncols[k], cb = k * n;
          for (let i = 0; i < n; i++)
            for (let m = 0; m < n; m++) {
              const l = B[L + i * n + m];
              if (l === 0) continue;
              for (let c = 0; c < nck; c++) { const j = cols[cb + c]; B[dst + i * n + j] -= l * B[src + m * n + j]; }
            }
        }
        for (let i = 0; i < n; i++) {
          let v = 0;
          for (let m = 0; m < n; m++) v += B[L + i * n + m] * rhs[t * n + m];
          rhs[s * n + i] -= v;
        }
        B.fill(0, L, L + nn);
      }
    }
    // back substitution: x_t = rhs_t - sum_k U_k x_{t+k}
    for (let t = T - 1; t >= 0; t--) {
      for (let k = 1; k <= q; k++) {
        if (t + k >= T) break;
        const o = this.offset(t, k), x = (t + k) * n;
        for (let j = 0; j < n; j++) {
          const xj = rhs[x + j];
          if (xj === 0) continue;
          for (let i = 0; i < n; i++) {
            const u = B[o + i * n + j];
            if (u !== 0) rhs[t * n + i] -= u * xj;
          }
        }
      }
    }
    void this.tmp;
  }

  /** Back-substitute with the U factor of diagonal block D on column `col` (stride n) of a block, or on rhs. */
  private backU(D: number, col: number, n: number, rhs?: Float64Array, ro = 0): void {
    const B = this.blocks;
    if (rhs) {
      for (let i = n - 1; i >= 0; i--) {
        let v = rhs[ro + i];
        for (let j = i + 1; j < n; j++) v -= B[D + i * n + j] * rhs[ro + j];
        rhs[ro + i] = v / B[D + i * n + i];
      }
      return;
    }
    for (let i = n - 1; i >= 0; i--) {
      let v = B[col + i * n];
      for (let j = i + 1; j < n; j++) {
        const u = B[D + i * n + j];
        if (u !== 0) v -= u * B[col + j * n];
      }
      B[col + i * n] = v / B[D + i * n + i];
    }
  }
}
