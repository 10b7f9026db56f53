/**
 * Small dense linear algebra on Float64Array, written by hand because the estimators need
 * (a) Householder QR least squares with several right-hand sides and the triangular factor kept
 * (for (Z'Z)^-1 = R^-1 R^-T without forming Z'Z: guide/var-definitions.md item 6), (b) allocation-
 * free kernels that the bootstrap calls thousands of times on preallocated buffers, and (c) errors
 * that say which matrix failed. ml-matrix is used only for general (non-symmetric) eigenvalues.
 *
 * Storage: row-major, a[i * cols + j].
 */
import { NumericalError } from "./errors";

export interface Mat {
  rows: number;
  cols: number;
  data: Float64Array;
}

export function mat(rows: number, cols: number, data?: ArrayLike<number>): Mat {
  const d = new Float64Array(rows * cols);
  if (data) {
    if (data.length !== rows * cols) throw new NumericalError("NUMERIC", `mat: ${data.length} values for a ${rows}x${cols} matrix`);
    d.set(data);
  }
  return { rows, cols, data: d };
}

export function fromRows(rows: ArrayLike<number>[]): Mat {
  const r = rows.length, c = r ? rows[0].length : 0;
  const m = mat(r, c);
  for (let i = 0; i < r; i++) {
    if (rows[i].length !== c) throw new NumericalError("NUMERIC", `fromRows: row ${i} has ${rows[i].length} values, expected ${c}`);
    for (let j = 0; j < c; j++) m.data[i * c + j] = rows[i][j];
  }
  return m;
}

export function toRows(m: Mat): number[][] {
  return rowsOf(m.data, m.rows, m.cols);
}

/** Rows of a row-major array as nested arrays (plain loops: Array.from(subarray) is slow in V8). */
export function rowsOf(data: ArrayLike<number>, rows: number, cols: number): number[][] {
  const out: number[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const r = new Array<number>(cols);
    const o = i * cols;
    for (let j = 0; j < cols; j++) r[j] = data[o + j];
    out[i] = r;
  }
  return out;
}

export function identity(n: number): Mat {
  const m = mat(n, n);
  for (let i = 0; i < n; i++) m.data[i * n + i] = 1;
  return m;
}

export function transpose(a: Mat): Mat {
  const t = mat(a.cols, a.rows);
  for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.cols; j++) t.data[j * a.rows + i] = a.data[i * a.cols + j];
  return t;
}

/** c = a b (c may be preallocated; must not alias a or b). */
export function matmul(a: Mat, b: Mat, c?: Mat): Mat {
  if (a.cols !== b.rows) throw new NumericalError("NUMERIC", `matmul: ${a.rows}x${a.cols} times ${b.rows}x${b.cols}`);
  const out = c ?? mat(a.rows, b.cols);
  const n = a.rows, m = a.cols, p = b.cols;
  const A = a.data, B = b.data, C = out.data;
  C.fill(0);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < m; k++) {
      const aik = A[i * m + k];
      if (aik === 0) continue;
      const bo = k * p, co = i * p;
      for (let j = 0; j < p; j++) C[co + j] += aik * B[bo + j];
    }
  }
  return out;
}

/** a^T b without forming the transpose. */
export function matTmul(a: Mat, b: Mat): Mat {
  if (a.rows !== b.rows) throw new NumericalError("NUMERIC", `matTmul: rows differ (${a.rows} vs ${b.rows})`);
  const out = mat(a.cols, b.cols);
  const n = a.rows, m = a.cols, p = b.cols;
  for (let t = 0; t < n; t++) {
    for (let i = 0; i < m; i++) {
      const ati = a.data[t * m + i];
      if (ati === 0) continue;
      for (let j = 0; j < p; j++) out.data[i * p + j] += ati * b.data[t * p + j];
    }
  }
  return out;
}

export function kron(a: Mat, b: Mat): Mat {
  const out = mat(a.rows * b.rows, a.cols * b.cols);
  const oc = out.cols;
  for (let i = 0; i < a.rows; i++)
    for (let j = 0; j < a.cols; j++) {
      const aij = a.data[i * a.cols + j];
      if (aij === 0) continue;
      for (let k = 0; k < b.rows; k++)
        for (let l = 0; l < b.cols; l++) out.data[(i * b.rows + k) * oc + j * b.cols + l] = aij * b.data[k * b.cols + l];
    }
  return out;
}

export function add(a: Mat, b: Mat): Mat {
  const out = mat(a.rows, a.cols);
  for (let i = 0; i < a.data.length; i++) out.data[i] = a.data[i] + b.data[i];
  return out;
}

export function scale(a: Mat, s: number): Mat {
  const out = mat(a.rows, a.cols);
  for (let i = 0; i < a.data.length; i++) out.data[i] = a.data[i] * s;
  return out;
}

/**
 * Lower Cholesky factor L (L L' = A) of a symmetric positive-definite matrix. Throws a
 * NumericalError (NOT_POSITIVE_DEFINITE) naming `what` and the failing pivot otherwise.
 */
export function cholesky(a: Mat, what = "matrix"): Mat {
  const n = a.rows;
  if (a.cols !== n) throw new NumericalError("NUMERIC", `cholesky: ${what} is ${a.rows}x${a.cols}, not square`);
  const L = mat(n, n);
  const bad = choleskyInto(a.data, n, L.data);
  if (bad >= 0) {
    throw new NumericalError("NOT_POSITIVE_DEFINITE", `${what} is not positive definite (pivot ${bad + 1} of ${n} is not positive); check for collinear or constant series.`, { what, pivot: bad });
  }
  return L;
}

/**
 * Lower Cholesky factor of the n x n SPD matrix A (row-major) written into L, allocation-free
 * (for hot loops such as bootstrap replicates). Returns -1 on success, else the first pivot that is
 * not finite or not above `minPivot` (callers pass a relative floor to detect near-collinearity).
 */
export function choleskyInto(A: Float64Array, n: number, L: Float64Array, minPivot = 0): number {
  L.fill(0, 0, n * n);
  for (let j = 0; j < n; j++) {
    let s = A[j * n + j];
    for (let k = 0; k < j; k++) s -= L[j * n + k] * L[j * n + k];
    if (!(s > minPivot) || !Number.isFinite(s)) return j;
    const d = Math.sqrt(s);
    L[j * n + j] = d;
    for (let i = j + 1; i < n; i++) {
      let t = A[i * n + j];
      for (let k = 0; k < j; k++) t -= L[i * n + k] * L[j * n + k];
      L[i * n + j] = t / d;
    }
  }
  return -1;
}

/** log det of a symmetric positive-definite matrix via Cholesky. */
export function logdetSPD(a: Mat, what = "matrix"): number {
  const L = cholesky(a, what);
  let s = 0;
  for (let i = 0; i < a.rows; i++) s += Math.log(L.data[i * a.rows + i]);
  return 2 * s;
}

/** Inverse of an SPD matrix through its Cholesky factor. */
export function invSPD(a: Mat, what = "matrix"): Mat {
  const n = a.rows;
  const L = cholesky(a, what);
  const Linv = invLower(L);
  // A^-1 = L^-T L^-1
  const out = mat(n, n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let k = i; k < n; k++) s += Linv.data[k * n + i] * Linv.data[k * n + j];
      out.data[i * n + j] = s;
      out.data[j * n + i] = s;
    }
  return out;
}

/** Inverse of a lower-triangular matrix (forward substitution on the identity). */
export function invLower(L: Mat): Mat {
  const n = L.rows;
  const X = mat(n, n);
  for (let c = 0; c < n; c++) {
    for (let i = c; i < n; i++) {
      let s = i === c ? 1 : 0;
      for (let k = c; k < i; k++) s -= L.data[i * n + k] * X.data[k * n + c];
      X.data[i * n + c] = s / L.data[i * n + i];
    }
  }
  return X;
}

/**
 * Solve a general square system A x = b (partial pivoting LU); b may hold several columns.
 *
 * The matrix is first equilibrated, D_r A D_c with D_r, D_c diagonal powers of two chosen so that
 * every row and column has its largest entry in [1/2, 1] (LAPACK dgeequb, as dgesvx with FACT = 'E'
 * does), and the singularity test is applied to the equilibrated matrix: a system whose unknowns or
 * equations are in very different units (coefficients of GDP in dollars beside those of a rate) is
 * solved, not reported singular, and the decision does not depend on the units. Powers of two make
 * the scaling itself exact: when every row's largest entry lies in [2^-1/2, 2^1/2) the result is
 * bitwise that of the unequilibrated elimination, otherwise the row scaling can change the pivot
 * order (scaled partial pivoting), which changes the result by rounding only.
 */
export function solve(a: Mat, b: Mat, what = "system"): Mat {
  const n = a.rows;
  if (a.cols !== n || b.rows !== n) throw new NumericalError("NUMERIC", `solve: ${what} has incompatible shapes`);
  const A = Float64Array.from(a.data);
  const X = Float64Array.from(b.data);
  const m = b.cols;
  const colScale = new Float64Array(n).fill(1);
  for (let i = 0; i < A.length; i++) {
    if (!Number.isFinite(A[i])) throw new NumericalError("NUMERIC", `${what} holds a non-finite entry (row ${Math.floor(i / n) + 1}, column ${(i % n) + 1}).`, { what });
  }
  const pow2 = (x: number) => Math.pow(2, -Math.round(Math.log2(x)));
  for (let i = 0; i < n; i++) {
    let big = 0;
    for (let j = 0; j < n; j++) big = Math.max(big, Math.abs(A[i * n + j]));
    if (big === 0) throw new NumericalError("SINGULAR_MATRIX", `${what} is singular (row ${i + 1} is zero).`, { what, row: i });
    const r = pow2(big);
    if (r !== 1) {
      for (let j = 0; j < n; j++) A[i * n + j] *= r;
      for (let j = 0; j < m; j++) X[i * m + j] *= r;
    }
  }
  for (let j = 0; j < n; j++) {
    let big = 0;
    for (let i = 0; i < n; i++) big = Math.max(big, Math.abs(A[i * n + j]));
    if (big === 0) throw new NumericalError("SINGULAR_MATRIX", `${what} is singular (column ${j + 1} is zero).`, { what, column: j });
    const c = pow2(big);
    if (c !== 1) {
      colScale[j] = c;
      for (let i = 0; i < n; i++) A[i * n + j] *= c;
    }
  }
  let maxAbs = 0;
  for (let i = 0; i < A.length; i++) maxAbs = Math.max(maxAbs, Math.abs(A[i]));
  for (let k = 0; k < n; k++) {
    let piv = k, big = Math.abs(A[k * n + k]);
    for (let i = k + 1; i < n; i++) if (Math.abs(A[i * n + k]) > big) { big = Math.abs(A[i * n + k]); piv = i; }
    if (big <= 1e-14 * maxAbs || big === 0) throw new NumericalError("SINGULAR_MATRIX", `${what} is singular to working precision (column ${k + 1}).`, { what, column: k });
    if (piv !== k) {
      for (let j = 0; j < n; j++) { const t = A[k * n + j]; A[k * n + j] = A[piv * n + j]; A[piv * n + j] = t; }
      for (let j = 0; j < m; j++) { const t = X[k * m + j]; X[k * m + j] = X[piv * m + j]; X[piv * m + j] = t; }
    }
    const d = A[k * n + k];
    for (let i = k + 1; i < n; i++) {
      const f = A[i * n + k] / d;
      if (f === 0) continue;
      for (let j = k; j < n; j++) A[i * n + j] -= f * A[k * n + j];
      for (let j = 0; j < m; j++) X[i * m + j] -= f * X[k * m + j];
    }
  }
  for (let k = n - 1; k >= 0; k--) {
    for (let j = 0; j < m; j++) {
      let s = X[k * m + j];
      for (let i = k + 1; i < n; i++) s -= A[k * n + i] * X[i * m + j];
      X[k * m + j] = s / A[k * n + k];
    }
  }
  // undo the column scaling: x = D_c y
  for (let k = 0; k < n; k++) if (colScale[k] !== 1) for (let j = 0; j < m; j++) X[k * m + j] *= colScale[k];
  return { rows: n, cols: m, data: X };
}

/**
 * Relative tolerance of the rank decision in QrLeastSquares: a column whose component orthogonal to
 * the earlier columns is at most this fraction of its own norm is treated as collinear. Exact
 * collinearity computed in double precision leaves a component of a few units of roundoff (about
 * 1e-16 relative); 1e-12 leaves four orders of magnitude of margin above that, and is never stricter
 * than the former rule (1e-12 of the largest column norm), so no design accepted before is refused.
 */
export const RANK_TOL = 1e-12;

/**
 * 2-norm of a[o..o+len) with scaling by the largest magnitude (as LINPACK dnrm2 does) instead of
 * Math.hypot, which is slow in V8. Returns Infinity or NaN when the input holds them.
 */
function norm2(a: Float64Array, o: number, len: number): number {
  let big = 0;
  for (let i = o; i < o + len; i++) {
    const v = Math.abs(a[i]);
    if (v > big || v !== v) big = v;
  }
  if (!(big > 0) || !Number.isFinite(big)) return big === 0 ? 0 : big;
  let ss = 0;
  for (let i = o; i < o + len; i++) { const v = a[i] / big; ss += v * v; }
  return big * Math.sqrt(ss);
}

/**
 * Householder QR least squares: minimise ||Z B - Y|| for Z (n x m, n >= m, full column rank) and
 * Y (n x q). Returns B (m x q), the upper-triangular R (m x m) and the residuals. The factorisation
 * is done in a preallocated workspace so repeated fits (bootstrap) allocate nothing.
 */
export class QrLeastSquares {
  readonly n: number;
  readonly m: number;
  readonly q: number;
  /** column-major working copy of Z, overwritten by the Householder vectors and R */
  private qr: Float64Array;
  private rdiag: Float64Array;
  private qty: Float64Array;
  private acc: Float64Array;
  private colNorm: Float64Array;
  readonly B: Float64Array; // m x q row-major
  readonly resid: Float64Array; // n x q row-major

  constructor(n: number, m: number, q: number) {
    if (n < m) throw new NumericalError("TOO_FEW_OBSERVATIONS", `Least squares needs at least as many observations as regressors (${n} < ${m}).`, { n, m });
    this.n = n;
    this.m = m;
    this.q = q;
    this.qr = new Float64Array(n * m);
    this.rdiag = new Float64Array(m);
    this.qty = new Float64Array(n * q);
    this.acc = new Float64Array(q);
    this.colNorm = new Float64Array(m);
    this.B = new Float64Array(m * q);
    this.resid = new Float64Array(n * q);
  }

  /**
   * Fit with Z (n x m row-major) and Y (n x q row-major). `names` label regressors in errors.
   *
   * Rank decision (scale-invariant): column k is refused when its Householder norm, i.e. the norm of
   * the part of z_k orthogonal to z_0..z_{k-1}, is at most RANK_TOL times the norm of z_k itself.
   * This is the test of the column-scaled QR (the QR of Z D^-1, D = diag ||z_j||, whose R is R D^-1),
   * so it does not depend on the units of any column: GDP in dollars beside a rate in percent gives
   * the same decision as GDP in billions. It is the rule of LINPACK dqrdc2 with limited column
   * pivoting (the QR behind R's lm, and so behind R vars: Chambers & Hastie 1992, Statistical Models
   * in S, ch. 4), where a column failing the test is moved to the end; here every column failing it is
   * collected and all are named in one error, while a full-rank design keeps its column order, so
   * the factorisation (and every estimate) of valid input is the same to the bit as without the
   * test. Householder QR itself is invariant to column scaling up to rounding (Higham 2002, Accuracy
   * and Stability of Numerical Algorithms, 2nd ed., sec. 19.4), so fitted values and t statistics of
   * a rescaled design agree with the original to rounding.
   */
  fit(Z: Float64Array, Y: Float64Array, names?: string[]): this {
    const { n, m, q } = this;
    const A = this.qr;
    for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) A[j * n + i] = Z[i * m + j];
    const colNorm = this.colNorm;
    for (let j = 0; j < m; j++) colNorm[j] = norm2(A, j * n, n);
    // columns refused so far (original indices); `active` maps positions to original columns only
    // when one has been refused (the error path): full-rank fits never touch it
    let refused: number[] | null = null;
    let active: number[] | null = null;
    let mEff = m;
    for (let k = 0; k < mEff; k++) {
      const col = k * n;
      let nrm = norm2(A, col + k, n - k);
      const orig = active ? active[k] : k;
      if (!Number.isFinite(nrm) || !Number.isFinite(colNorm[orig])) {
        const name = names ? names[orig] : `column ${orig + 1}`;
        throw new NumericalError("NUMERIC", `Regressor '${name}' holds a non-finite value (NaN or Infinity) or values whose combination overflows double precision; check the data.`, { regressor: name });
      }
      if (!(nrm > RANK_TOL * colNorm[orig])) {
        // limited pivoting (dqrdc2): drop column k from the active set and continue with the rest
        refused = refused ?? [];
        active = active ?? Array.from({ length: m }, (_, j) => j);
        refused.push(orig);
        active.splice(k, 1);
        A.copyWithin(col, col + n, mEff * n);
        mEff--;
        k--;
        continue;
      }
      if (A[col + k] < 0) nrm = -nrm;
      for (let i = k; i < n; i++) A[col + i] /= nrm;
      A[col + k] += 1;
      for (let j = k + 1; j < mEff; j++) {
        const cj = j * n;
        // two partial sums: a single accumulator is bound by the floating-point add latency
        let s0 = 0, s1 = 0, i = k;
        for (; i + 1 < n; i += 2) {
          s0 += A[col + i] * A[cj + i];
          s1 += A[col + i + 1] * A[cj + i + 1];
        }
        if (i < n) s0 += A[col + i] * A[cj + i];
        const s = -(s0 + s1) / A[col + k];
        for (let i2 = k; i2 < n; i2++) A[cj + i2] += s * A[col + i2];
      }
      this.rdiag[k] = -nrm;
    }
    if (refused) {
      const label = (j: number) => `'${names ? names[j] : `column ${j + 1}`}'`;
      const list = refused.map(label);
      const first = list[0];
      const what = list.length === 1
        ? `Regressor ${first} is constant or collinear with earlier regressors (rank-deficient design)`
        : `Regressor ${first} is constant or collinear with earlier regressors, and so are ${list.slice(1).join(", ")} (rank-deficient design: rank ${mEff} of ${m})`;
      throw new NumericalError("SINGULAR_MATRIX", `${what}; drop it or the duplicated series.`, { regressor: names ? names[refused[0]] : `column ${refused[0] + 1}`, regressors: refused.map((j) => (names ? names[j] : `column ${j + 1}`)), rank: mEff });
    }
    // Q^T Y
    const QY = this.qty;
    QY.set(Y);
    const acc = this.acc;
    for (let k = 0; k < m; k++) {
      const col = k * n;
      // all right-hand sides in one pass over the rows (QY is row-major: contiguous in c)
      acc.fill(0);
      for (let i = k; i < n; i++) {
        const v = A[col + i], o = i * q;
        for (let c = 0; c < q; c++) acc[c] += v * QY[o + c];
      }
      const akk = A[col + k];
      for (let c = 0; c < q; c++) acc[c] = -acc[c] / akk;
      for (let i = k; i < n; i++) {
        const v = A[col + i], o = i * q;
        for (let c = 0; c < q; c++) QY[o + c] += acc[c] * v;
      }
    }
    // back substitution R B = (Q^T Y)[0:m]
    const B = this.B;
    for (let c = 0; c < q; c++) {
      for (let k = m - 1; k >= 0; k--) {
        let s = QY[k * q + c];
        for (let j = k + 1; j < m; j++) s -= A[j * n + k] * B[j * q + c];
        B[k * q + c] = s / this.rdiag[k];
      }
    }
    // residuals Y - Z B
    const R = this.resid;
    for (let i = 0; i < n; i++)
      for (let c = 0; c < q; c++) {
        let s = Y[i * q + c];
        for (let j = 0; j < m; j++) s -= Z[i * m + j] * B[j * q + c];
        R[i * q + c] = s;
      }
    return this;
  }

  /**
   * Q'Y (n x q, row-major) of the last fit. Rows m..n-1 are the residuals in the Q basis, and since
   * the factorisation of a column prefix Z[:, 0:c] is the prefix of this one, the residual cross-
   * products of the regression on the first c columns are sum_{k >= c} row_k row_k' (no cancellation).
   */
  qtY(): Float64Array {
    return this.qty;
  }

  /** (Z'Z)^-1 = R^-1 R^-T from the triangular factor (never from an explicit Z'Z). */
  zzInverse(): Mat {
    const { n, m } = this;
    const A = this.qr;
    // Rinv upper triangular
    const Rinv = new Float64Array(m * m);
    for (let c = 0; c < m; c++) {
      for (let i = c; i >= 0; i--) {
        let s = i === c ? 1 : 0;
        for (let k = i + 1; k <= c; k++) s -= (k === i ? this.rdiag[i] : A[k * n + i]) * Rinv[k * m + c];
        Rinv[i * m + c] = s / this.rdiag[i];
      }
    }
    const out = mat(m, m);
    for (let i = 0; i < m; i++)
      for (let j = 0; j <= i; j++) {
        let s = 0;
        for (let k = Math.max(i, j); k < m; k++) s += Rinv[i * m + k] * Rinv[j * m + k];
        out.data[i * m + j] = s;
        out.data[j * m + i] = s;
      }
    return out;
  }

  /**
   * Ratio of the largest to the smallest |r_kk| / ||z_k||: a cheap estimate of the condition number
   * of the column-equilibrated design Z D^-1 (D = diag ||z_j||; cond(Z'Z) is its square). This is the
   * condition number that bounds the accuracy of Householder least squares, which is invariant to
   * column scaling (Higham 2002, sec. 19.4 and 20.1); the unscaled cond(Z) would flag GDP in dollars
   * beside a rate as ill-conditioned although both are estimated to full precision.
   */
  conditionEstimate(): number {
    let lo = Infinity, hi = 0;
    for (let k = 0; k < this.m; k++) {
      const d = Math.abs(this.rdiag[k]) / this.colNorm[k];
      lo = Math.min(lo, d);
      hi = Math.max(hi, d);
    }
    return hi / lo;
  }
}

/**
 * Eigenvalues (re, im) of a general square matrix, via ml-matrix's EigenvalueDecomposition (JAMA's
 * Hessenberg QR, which does not balance). By default the matrix is first balanced, as LAPACK dgeev
 * does (and so R's eigen(), behind vars' roots(), and NumPy): a diagonal similarity by powers of
 * two, which leaves the eigenvalues exactly unchanged, brings rows and columns to comparable norms.
 * Without it the eigenvalues of a badly scaled matrix (a VAR companion matrix of GDP in dollars
 * beside a rate, entries from 1e-24 to 1e24) are wrong in their leading digits. `balance: false`
 * keeps the unbalanced computation (the Blanchard-Kahn count of src/solvers/bk.ts, whose pencils are
 * built in the model's own units and compared with Dynare to 1e-14).
 */
export function eigenvalues(a: Mat, opts: { balance?: boolean } = {}): { re: number[]; im: number[] } {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { Matrix, EigenvalueDecomposition } = require("ml-matrix");
  const rows = toRows(a);
  if (opts.balance ?? true) balanceInPlace(rows);
  const e = new EigenvalueDecomposition(new Matrix(rows));
  return { re: e.realEigenvalues as number[], im: e.imaginaryEigenvalues as number[] };
}

/**
 * Balance a square matrix in place: D^-1 A D with D diagonal of powers of two (exact in floating
 * point), iterated until no row/column pair changes its 1-norm sum by more than 5%. Algorithm
 * BALANCE of Parlett & Reinsch (1969), Numer. Math. 13, 293-304 (EISPACK balanc, the scaling step
 * of LAPACK dgebal); written here because ml-matrix has no balancing.
 */
export function balanceInPlace(A: number[][]): void {
  const n = A.length;
  const RADIX = 2, SQRDX = RADIX * RADIX;
  for (let sweep = 0, done = false; !done && sweep < 1000; sweep++) {
    done = true;
    for (let i = 0; i < n; i++) {
      let r = 0, c = 0;
      for (let j = 0; j < n; j++)
        if (j !== i) {
          c += Math.abs(A[j][i]);
          r += Math.abs(A[i][j]);
        }
      if (!(c > 0 && r > 0) || !Number.isFinite(c + r)) continue;
      let g = r / RADIX, f = 1;
      const s = c + r;
      while (c < g) { f *= RADIX; c *= SQRDX; }
      g = r * RADIX;
      while (c > g) { f /= RADIX; c /= SQRDX; }
      if ((c + r) / f < 0.95 * s) {
        done = false;
        const gi = 1 / f;
        for (let j = 0; j < n; j++) A[i][j] *= gi;
        for (let j = 0; j < n; j++) A[j][i] *= f;
      }
    }
  }
}
