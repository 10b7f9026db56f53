/**
 * Newton steps for stacked perfect-foresight systems with leads and lags of order one,
 *   A_t dy_{t-1} + B_t dy_t + C_t dy_{t+1} = -F_t,   t = 1..T,  dy_0 = dy_{T+1} = 0,
 * by forward elimination period by period (Juillard 1996, the LBJ recursion; Dynare's
 * `stack_solve_algo = 6` does the same with dense blocks): dy_t = h_t - G_t dy_{t+1}[fwd], where only
 * the forward-looking variables (those with a lead) enter the recursion and only the backward-looking
 * ones (those with a lag) carry it into the next period:
 *   B'_t = B_t - A_t[:, bk] G_{t-1}[bk, :] (columns fwd only),  r'_t = -F_t - A_t[:, bk] h_{t-1}[bk],
 *   h_t = B'_t^{-1} r'_t,  G_t = B'_t^{-1} C_t[:, fwd].
 * B'_t has the same sparsity pattern in every period, so its LU is planned once (Markowitz pivot
 * order with threshold partial pivoting, Duff, Erisman & Reid 2017, ch. 7) and replayed on a dense
 * n x n work array for every period and Newton step; a pivot that becomes too small triggers a new plan.
 * Cost O(T (nnz(LU) nf + nnz(A) nf)), memory O(T n nf): linear in T, no n*T matrices.
 * All work arrays are allocated once per (model, T); a step allocates nothing.
 */
import { NumericalError } from "../core/errors";

/** Pivot order and fill pattern of the per-period LU. */
export interface LuPlan {
  n: number;
  pr: Int32Array;
  pc: Int32Array;
  /** rows eliminated by pivot k: lIdx[lPtr[k]..lPtr[k+1]) */
  lPtr: Int32Array;
  lIdx: Int32Array;
  /** columns updated by pivot k: uIdx[uPtr[k]..uPtr[k+1]) */
  uPtr: Int32Array;
  uIdx: Int32Array;
  nnz: number;
  /** positions (i n + j) of every entry of the factors, for re-zeroing the work array */
  pos: Int32Array;
}

/**
 * Markowitz ordering with threshold u on the dense matrix M (row-major, overwritten) whose structural
 * pattern is S (1 = may be nonzero). Returns the plan, or the row that has no acceptable pivot.
 */
export function planLu(M: Float64Array, S: Uint8Array, n: number, u = 0.1): LuPlan | { singularRow: number } {
  const S2 = Uint8Array.from(S);
  const rowOn = new Uint8Array(n).fill(1), colOn = new Uint8Array(n).fill(1);
  const pr = new Int32Array(n), pc = new Int32Array(n);
  const lPtr = new Int32Array(n + 1), uPtr = new Int32Array(n + 1);
  const lIdx: number[] = [], uIdx: number[] = [];
  const rc = new Int32Array(n), cc = new Int32Array(n), cmax = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    rc.fill(0); cc.fill(0); cmax.fill(0);
    for (let i = 0; i < n; i++) if (rowOn[i]) for (let j = 0; j < n; j++) if (colOn[j] && S2[i * n + j]) {
      rc[i]++; cc[j]++;
      const a = Math.abs(M[i * n + j]);
      if (a > cmax[j]) cmax[j] = a;
    }
    let bi = -1, bj = -1, bestCost = Infinity, bestRel = 0;
    for (let i = 0; i < n; i++) if (rowOn[i]) for (let j = 0; j < n; j++) {
      if (!colOn[j] || !S2[i * n + j]) continue;
      const a = Math.abs(M[i * n + j]);
      if (!(a > 0) || !Number.isFinite(a) || a < u * cmax[j]) continue;
      const cost = (rc[i] - 1) * (cc[j] - 1), rel = a / cmax[j];
      if (cost < bestCost || (cost === bestCost && rel > bestRel)) { bestCost = cost; bestRel = rel; bi = i; bj = j; }
    }
    if (bi < 0) {
      for (let i = 0; i < n; i++) if (rowOn[i]) return { singularRow: i };
      return { singularRow: 0 };
    }
    pr[k] = bi; pc[k] = bj;
    const d = M[bi * n + bj];
    const ucols: number[] = [];
    for (let j = 0; j < n; j++) if (colOn[j] && j !== bj && S2[bi * n + j]) ucols.push(j);
    for (let i = 0; i < n; i++) {
      if (!rowOn[i] || i === bi || !S2[i * n + bj]) continue;
      lIdx.push(i);
      const f = M[i * n + bj] / d;
      M[i * n + bj] = f;
      for (const j of ucols) { M[i * n + j] -= f * M[bi * n + j]; S2[i * n + j] = 1; }
    }
    for (const j of ucols) uIdx.push(j);
    lPtr[k + 1] = lIdx.length; uPtr[k + 1] = uIdx.length;
    rowOn[bi] = 0; colOn[bj] = 0;
  }
  const pos: number[] = [];
  for (let q = 0; q < n * n; q++) if (S2[q]) pos.push(q);
  return { n, pr, pc, lPtr, lIdx: Int32Array.from(lIdx), uPtr, uIdx: Int32Array.from(uIdx), nnz: lIdx.length + uIdx.length + n, pos: Int32Array.from(pos) };
}

/**
 * Replay a plan on W (row-major n x n, overwritten by the factors). Returns -1 on success or the pivot
 * step whose pivot is zero, not finite, or smaller than `relTol` times the largest entry it eliminates.
 */
export function factorWithPlan(plan: LuPlan, W: Float64Array, relTol = 1e-3): number {
  const { n, pr, pc, lPtr, lIdx, uPtr, uIdx } = plan;
  for (let k = 0; k < n; k++) {
    const pi = pr[k] * n, j = pc[k];
    const d = W[pi + j];
    const l0 = lPtr[k], l1 = lPtr[k + 1], u0 = uPtr[k], u1 = uPtr[k + 1];
    let big = 0;
    for (let q = l0; q < l1; q++) { const a = Math.abs(W[lIdx[q] * n + j]); if (a > big) big = a; }
    const ad = Math.abs(d);
    if (!(ad > 0) || ad === Infinity || ad < relTol * big) return k;
    for (let q = l0; q < l1; q++) {
      const ri = lIdx[q] * n;
      const f = W[ri + j] / d;
      W[ri + j] = f;
      if (f === 0) continue;
      for (let s = u0; s < u1; s++) { const c = uIdx[s]; W[ri + c] -= f * W[pi + c]; }
    }
  }
  return -1;
}

/**
 * Solve with factors for `m` right-hand sides stored row-major in R (n x m, indexed by equation row;
 * overwritten) into Xout (n x m, indexed by variable).
 */
export function solveWithPlan(plan: LuPlan, W: Float64Array, R: Float64Array, Xout: Float64Array, m: number, xo = 0): void {
  const { n, pr, pc, lPtr, lIdx, uPtr, uIdx } = plan;
  if (m === 1) {
    for (let k = 0; k < n; k++) {
      const v = R[pr[k]];
      if (v === 0) continue;
      const j = pc[k];
      for (let q = lPtr[k], e = lPtr[k + 1]; q < e; q++) { const r = lIdx[q]; R[r] -= W[r * n + j] * v; }
    }
    for (let k = n - 1; k >= 0; k--) {
      const pi = pr[k] * n;
      let s = R[pr[k]];
      for (let q = uPtr[k], e = uPtr[k + 1]; q < e; q++) { const col = uIdx[q]; s -= W[pi + col] * Xout[xo + col]; }
      Xout[xo + pc[k]] = s / W[pi + pc[k]];
    }
    return;
  }
  // m right-hand sides: row-wise updates, unrolled by four (about 15% faster in V8 than a plain loop)
  const m4 = m - (m & 3);
  for (let k = 0; k < n; k++) {
    const p = pr[k], j = pc[k], pb = p * m;
    let any = false;
    for (let c = 0; c < m; c++) if (R[pb + c] !== 0) { any = true; break; }
    if (!any) continue;
    for (let q = lPtr[k]; q < lPtr[k + 1]; q++) {
      const r = lIdx[q], f = W[r * n + j];
      if (f === 0) continue;
      const rb = r * m;
      let c = 0;
      for (; c < m4; c += 4) {
        R[rb + c] -= f * R[pb + c]; R[rb + c + 1] -= f * R[pb + c + 1];
        R[rb + c + 2] -= f * R[pb + c + 2]; R[rb + c + 3] -= f * R[pb + c + 3];
      }
      for (; c < m; c++) R[rb + c] -= f * R[pb + c];
    }
  }
  for (let k = n - 1; k >= 0; k--) {
    const p = pr[k], j = pc[k], pi = p * n, rb = p * m;
    for (let q = uPtr[k]; q < uPtr[k + 1]; q++) {
      const col = uIdx[q], w = W[pi + col];
      if (w === 0) continue;
      const xb = xo + col * m;
      let c = 0;
      for (; c < m4; c += 4) {
        R[rb + c] -= w * Xout[xb + c]; R[rb + c + 1] -= w * Xout[xb + c + 1];
        R[rb + c + 2] -= w * Xout[xb + c + 2]; R[rb + c + 3] -= w * Xout[xb + c + 3];
      }
      for (; c < m; c++) R[rb + c] -= w * Xout[xb + c];
    }
    const inv = 1 / W[pi + j], xj = xo + j * m;
    for (let c = 0; c < m; c++) Xout[xj + c] = R[rb + c] * inv;
  }
}

/** Dynamic Jacobian layout: entry e is d res_i / d y_j(lag). */
export interface JacLayout {
  n: number;
  i: Int32Array;
  j: Int32Array;
  lag: Int32Array;
  eqName: (i: number) => string;
}

export class StackedSparseSolver {
  readonly T: number;
  readonly n: number;
  readonly nf: number;
  readonly nb: number;
  private lay: JacLayout;
  private fw: Int32Array;
  private bkPos: Int32Array;
  private fwPos: Int32Array;
  private S: Uint8Array;
  private W: Float64Array;
  private Wc: Float64Array;
  private H: Float64Array;
  private G: Float64Array;
  private v: Float64Array;
  private R: Float64Array;
  private plan: LuPlan | null = null;
  /** lags as the recursion sees them (negated when it runs backward in time) */
  private lag: Int32Array;
  /** true when the recursion runs from period T down to 1 (fewer backward- than forward-looking variables) */
  readonly reversed: boolean;
  /** number of LU plans made (1 unless pivots drifted) */
  plans = 0;

  constructor(lay: JacLayout, T: number) {
    const n = lay.n;
    this.lay = lay; this.T = T; this.n = n;
    // The recursion carries the variables with a lead (forward in time) or, run backward in time, those
    // with a lag: take the direction with fewer carried variables (the cost is proportional to it).
    let nLead = 0, nLag = 0;
    {
      const a = new Uint8Array(n), b = new Uint8Array(n);
      for (let e = 0; e < lay.i.length; e++) { if (lay.lag[e] > 0) a[lay.j[e]] = 1; if (lay.lag[e] < 0) b[lay.j[e]] = 1; }
      for (let j = 0; j < n; j++) { nLead += a[j]; nLag += b[j]; }
    }
    this.reversed = nLag < nLead;
    this.lag = Int32Array.from(lay.lag, (l) => (this.reversed ? -l : l));
    const isF = new Uint8Array(n), isB = new Uint8Array(n);
    for (let e = 0; e < lay.i.length; e++) { if (this.lag[e] > 0) isF[lay.j[e]] = 1; if (this.lag[e] < 0) isB[lay.j[e]] = 1; }
    const fw: number[] = [];
    this.fwPos = new Int32Array(n).fill(-1); this.bkPos = new Int32Array(n).fill(-1);
    let nb = 0;
    for (let j = 0; j < n; j++) { if (isF[j]) { this.fwPos[j] = fw.length; fw.push(j); } if (isB[j]) this.bkPos[j] = nb++; }
    this.fw = Int32Array.from(fw); this.nf = fw.length; this.nb = nb;
    // pattern of B'_t: current-period entries, plus fwd columns in every row with a lag entry
    this.S = new Uint8Array(n * n);
    for (let e = 0; e < lay.i.length; e++) {
      if (this.lag[e] === 0) this.S[lay.i[e] * n + lay.j[e]] = 1;
      if (this.lag[e] < 0) for (const c of fw) this.S[lay.i[e] * n + c] = 1;
    }
    this.W = new Float64Array(n * n); this.Wc = new Float64Array(n * n);
    this.H = new Float64Array(T * n);
    this.G = new Float64Array(T * n * Math.max(1, this.nf));
    this.v = new Float64Array(n);
    this.R = new Float64Array(n * Math.max(1, this.nf));
  }

  /**
   * One Newton step. RES (T x n) holds the residuals and JAC (T x nnz) the Jacobian entries of periods
   * 1..T; the step dy (T x n) is written to `out`.
   */
  /** B'_t and r'_t of recursion period t (data period tt) into W and v. */
  private assemble(t: number, tt: number, RES: Float64Array, JAC: Float64Array): void {
    const { n, nf, lay, W, H, G, v, fw } = this;
    const nz = lay.i.length, jo = tt * nz;
    const li = lay.i, lj = lay.j, ll = this.lag;
    const plan = this.plan;
    if (plan) { const pos = plan.pos; for (let q = 0; q < pos.length; q++) W[pos[q]] = 0; } else W.fill(0);
    for (let i = 0; i < n; i++) v[i] = -RES[tt * n + i];
    for (let e = 0; e < nz; e++) {
      const lag = ll[e];
      if (lag === 0) W[li[e] * n + lj[e]] += JAC[jo + e];
      else if (lag < 0 && t > 0) {
        // substitute dy_{t-1}[bk] = h_{t-1}[bk] - G_{t-1}[bk, :] dy_t[fwd]
        const a = JAC[jo + e], j = lj[e], row = li[e] * n, g = (t - 1) * n * nf + j * nf;
        v[li[e]] -= a * H[(t - 1) * n + j];
        for (let c = 0; c < nf; c++) W[row + fw[c]] -= a * G[g + c];
      }
    }
  }

  step(RES: Float64Array, JAC: Float64Array, out: Float64Array): void {
    const { T, n, nf, lay, W, H, G, v, R, fw, fwPos } = this;
    const nz = lay.i.length;
    const li = lay.i, lj = lay.j, ll = this.lag, rev = this.reversed;
    for (let t = 0; t < T; t++) {
      const tt = rev ? T - 1 - t : t;
      const jo = tt * nz;
      this.assemble(t, tt, RES, JAC);
      let plan = this.plan;
      if (!plan || factorWithPlan(plan, W) >= 0) {
        // first period, or a pivot drifted: plan again on this period's matrix
        this.plan = null;
        this.assemble(t, tt, RES, JAC);
        this.Wc.set(W);
        const p = planLu(this.Wc, this.S, n);
        if ("singularRow" in p) {
          throw new NumericalError("SINGULAR_MATRIX", `The stacked Jacobian is singular at period ${tt + 1}: no usable pivot for equation '${lay.eqName(p.singularRow)}' (an equation does not depend on the remaining unknowns, or variables are undetermined).`, { period: tt + 1, equation: lay.eqName(p.singularRow) });
        }
        this.plan = plan = p;
        this.plans++;
        if (factorWithPlan(plan, W, 0) >= 0) throw new NumericalError("SINGULAR_MATRIX", `The stacked Jacobian is singular at period ${tt + 1}.`, { period: tt + 1 });
      }
      // h_t
      R.fill(0, 0, n);
      for (let i = 0; i < n; i++) R[i] = v[i];
      solveWithPlan(plan, W, R, H, 1, t * n);
      // G_t = B'^{-1} C_t[:, fwd] (none in the last period: dy_{T+1} = 0)
      if (nf > 0 && t < T - 1) {
        R.fill(0);
        for (let e = 0; e < nz; e++) if (ll[e] > 0) R[li[e] * nf + fwPos[lj[e]]] = JAC[jo + e];
        solveWithPlan(plan, W, R, G, nf, t * n * nf);
      }
    }
    // back substitution dy_t = h_t - G_t dy_{t+1}[fwd] (t in the recursion's time; mapped back when reversed)
    const ot = (t: number) => (rev ? T - 1 - t : t) * n;
    for (let i = 0, o = ot(T - 1); i < n; i++) out[o + i] = H[(T - 1) * n + i];
    for (let t = T - 2; t >= 0; t--) {
      const g = t * n * nf, nx = ot(t + 1), o = ot(t);
      for (let i = 0; i < n; i++) {
        let s = H[t * n + i];
        for (let c = 0; c < nf; c++) s -= G[g + i * nf + c] * out[nx + fw[c]];
        out[o + i] = s;
      }
    }
  }
}

