/**
 * Newton steps for stacked perfect-foresight systems of any lead/lag order by one sparse LU of the
 * whole stacked Jacobian (n T unknowns), as Dynare's default `stack_solve_algo = 0` does with
 * UMFPACK: the pattern of the stacked Jacobian is built once per (model, T) from the model's
 * Jacobian pattern, analysed once (transversal, nested dissection on its graph, fill estimate;
 * src/solvers/sparse-lu.ts), and every Newton step refills the values and replays the factorisation.
 * The fill-reducing order sees the sparsity inside each period block as well as across periods; for
 * a model whose period block is a chain this is a grid of n x T nodes, where nested dissection gives
 * O(nT log) fill instead of the n^2 T of dense period blocks.
 * Memory: the pattern and values O(T nnz) plus the factors (estimated before allocating; refused
 * with a typed error above the limit). A step allocates nothing.
 */
import { CscPattern, cscFromCoo, MAX_LU_BYTES, SparseLu } from "./sparse-lu";
import { JacLayout } from "./stacked-sparse";

export class StackedLuSolver {
  readonly T: number;
  readonly n: number;
  readonly A: CscPattern;
  readonly lu: SparseLu;
  /** position in the CSC values of entry e of period t (t nz + e), or -1 outside the horizon */
  private pos: Int32Array;
  private Ax: Float64Array;
  private work: Float64Array;

  constructor(lay: JacLayout, T: number, maxBytes = MAX_LU_BYTES) {
    const n = lay.n, nz = lay.i.length;
    this.T = T; this.n = n;
    let m = 0;
    for (let t = 0; t < T; t++) for (let e = 0; e < nz; e++) { const c = t + lay.lag[e]; if (c >= 0 && c < T) m++; }
    const rows = new Int32Array(m), cols = new Int32Array(m), which = new Int32Array(m);
    m = 0;
    for (let t = 0; t < T; t++) for (let e = 0; e < nz; e++) {
      const c = t + lay.lag[e];
      if (c < 0 || c >= T) continue;
      rows[m] = t * n + lay.i[e]; cols[m] = c * n + lay.j[e]; which[m] = t * nz + e; m++;
    }
    const { A, pos } = cscFromCoo(n * T, rows, cols);
    this.A = A;
    this.pos = new Int32Array(T * nz).fill(-1);
    for (let k = 0; k < m; k++) this.pos[which[k]] = pos[k];
    this.Ax = new Float64Array(m);
    this.work = new Float64Array(n * T);
    this.lu = new SparseLu(A, { maxBytes, describeRow: (r) => `equation '${lay.eqName(r % n)}' at period ${Math.floor(r / n) + 1}` });
  }

  /** One Newton step: out = -J^{-1} RES for residuals RES (T x n) and Jacobian entries JAC (T x nnz). */
  step(RES: Float64Array, JAC: Float64Array, out: Float64Array): void {
    const { pos, Ax } = this;
    for (let k = 0; k < pos.length; k++) { const p = pos[k]; if (p >= 0) Ax[p] = JAC[k]; }
    this.lu.update(Ax);
    for (let k = 0; k < this.n * this.T; k++) out[k] = -RES[k];
    this.lu.solve(out, this.work);
  }
}
