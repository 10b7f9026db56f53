/**
 * Damped Newton for small square systems (up to a few dozen unknowns) with a finite-difference
 * Jacobian, LU with partial pivoting on typed arrays, and a backtracking line search on the max-norm.
 * On failure it throws a ConvergenceError that names the worst equation.
 */
import { ConvergenceError, NumericalError } from "../../core/errors";

export interface NewtonOptions {
  tol?: number;
  maxit?: number;
  /** relative step of the forward-difference Jacobian */
  h?: number;
  /** names of the equations, for error messages */
  labels?: string[];
  what?: string;
}

export interface NewtonResult {
  x: Float64Array;
  residual: Float64Array;
  maxResidual: number;
  iterations: number;
}

function maxAbs(v: Float64Array): { value: number; index: number } {
  let m = -1, idx = 0;
  for (let i = 0; i < v.length; i++) {
    const a = Number.isFinite(v[i]) ? Math.abs(v[i]) : Infinity;
    if (a > m) { m = a; idx = i; }
  }
  return { value: m, index: idx };
}

function sumSq(v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  return Number.isNaN(s) ? Infinity : s;
}

/** Solve A x = b in place (A row-major n x n, overwritten); returns x in b. */
export function luSolve(A: Float64Array, b: Float64Array, n: number): Float64Array {
  for (let c = 0; c < n; c++) {
    let p = c, best = Math.abs(A[c * n + c]);
    for (let r = c + 1; r < n; r++) { const v = Math.abs(A[r * n + c]); if (v > best) { best = v; p = r; } }
    if (!(best > 1e-300)) throw new NumericalError("SINGULAR_MATRIX", `Jacobian is singular in column ${c}`, { column: c });
    if (p !== c) {
      for (let j = 0; j < n; j++) { const t = A[c * n + j]; A[c * n + j] = A[p * n + j]; A[p * n + j] = t; }
      const t = b[c]; b[c] = b[p]; b[p] = t;
    }
    const piv = A[c * n + c];
    for (let r = c + 1; r < n; r++) {
      const f = A[r * n + c] / piv;
      if (f === 0) continue;
      for (let j = c; j < n; j++) A[r * n + j] -= f * A[c * n + j];
      b[r] -= f * b[c];
    }
  }
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r];
    for (let j = r + 1; j < n; j++) s -= A[r * n + j] * b[j];
    b[r] = s / A[r * n + r];
  }
  return b;
}

/** Forward-difference Jacobian of f at x (f(x) = F given). */
export function fdJacobian(f: (x: Float64Array) => Float64Array, x: Float64Array, F: Float64Array, h = 1e-7): Float64Array {
  const n = x.length, m = F.length;
  const J = new Float64Array(m * n);
  const xp = Float64Array.from(x);
  for (let j = 0; j < n; j++) {
    const step = h * Math.max(1, Math.abs(x[j]));
    xp[j] = x[j] + step;
    const Fp = f(xp);
    for (let i = 0; i < m; i++) J[i * n + j] = (Fp[i] - F[i]) / step;
    xp[j] = x[j];
  }
  return J;
}

export function newton(f: (x: Float64Array) => Float64Array, x0: Float64Array, opts: NewtonOptions = {}): NewtonResult {
  const tol = opts.tol ?? 1e-12, maxit = opts.maxit ?? 100, n = x0.length;
  let x = Float64Array.from(x0);
  let F = f(x);
  if (F.length !== n) throw new NumericalError("NUMERIC", `${opts.what ?? "system"}: ${F.length} equations for ${n} unknowns`);
  let norm = maxAbs(F).value;
  let merit = sumSq(F);
  let it = 0;
  for (; it < maxit && !(norm < tol); it++) {
    if (!Number.isFinite(norm)) break;
    const J = fdJacobian(f, x, F, opts.h);
    const dx = luSolve(J, Float64Array.from(F, (v) => -v), n);
    let lam = 1, accepted = false;
    for (let ls = 0; ls < 30; ls++) {
      const xt = Float64Array.from(x, (v, i) => v + lam * dx[i]);
      const Ft = f(xt);
      const nt = maxAbs(Ft).value, mt = sumSq(Ft);
      if (Number.isFinite(mt) && (mt < merit * (1 - 1e-4 * lam) || nt < tol)) { x = xt; F = Ft; norm = nt; merit = mt; accepted = true; break; }
      lam *= 0.5;
    }
    if (!accepted) break;
  }
  if (!(norm < tol)) {
    const w = maxAbs(F);
    const name = opts.labels?.[w.index] ?? `equation ${w.index}`;
    throw new ConvergenceError("NO_CONVERGENCE", `${opts.what ?? "Newton"} did not converge in ${it} iterations: worst equation '${name}' with residual ${w.value.toExponential(3)} (tolerance ${tol}); try a closer starting point or a continuation in the changed parameter`, { worst: name, residual: w.value, iterations: it });
  }
  return { x, residual: F, maxResidual: norm, iterations: it };
}
