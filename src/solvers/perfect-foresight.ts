/**
 * Steady states and perfect-foresight paths for a compiled model, set up as Dynare 5 does
 * (guide/dynare.md): period 0 (and earlier lags) hold the initial steady state, periods 1..T the
 * unknowns (starting at the terminal steady state), periods after T the terminal steady state;
 * exogenous paths take the initval value in period 0, the endval value from period 1 on, and the
 * shocks overwrite given periods.
 * Newton on the stacked system with the block-banded solver; stopping rule as Dynare's
 * (max |residual| < tolf checked before each step, maxit steps), then an optional exact polish.
 * On failure: homotopy on the distance between the initial and the final exogenous values/steady
 * state (start at 0.5, halve on failure, double after 3 successes, as Dynare).
 */
import { ConvergenceError, InvalidParameterError, NumericalError, SanctionsLabError } from "../core/errors";
import { progress, ProgressOption } from "../core/progress";
import { CompiledModel, requireCompiledModel } from "../dynare/compile";
import { BlockBandedSolver } from "./banded";
import { StackedLuSolver } from "./stacked-lu";
import { cscFromCoo, SparseLu } from "./sparse-lu";
import { JacLayout, StackedSparseSolver } from "./stacked-sparse";

export interface SteadyResult {
  y: Float64Array;
  iterations: number;
  maxResidual: number;
}

/**
 * Largest model solved with dense n x n matrices by default (steady-state Jacobian; the period-by-period
 * stacked solvers): above it the sparse LU is used (src/solvers/sparse-lu.ts). The small models keep
 * the dense path they were validated on; both give the same solutions to 1e-12 (test/solvers).
 */
export const DENSE_MAX = 200;

/**
 * The static Jacobian as the steady-state solvers see it: evaluated into a buffer, solved against,
 * multiplied by a vector and by its transpose. The dense form holds the n x n matrix; the sparse form
 * the nonzeros of the compiled pattern (staticIndex, row by row in ascending columns) and a sparse LU
 * analysed once per model. Products run over the nonzeros in the dense loops' order, so both forms
 * give the same sums (a dense term 0 * v adds nothing).
 */
interface StaticSystem {
  newJac(): Float64Array;
  eval(y: Float64Array, res: Float64Array, jac: Float64Array): void;
  /** J^{-1} b (b is not modified); throws a NumericalError when J is singular */
  solve(jac: Float64Array, b: Float64Array): Float64Array;
  /** out = J' v */
  mulT(jac: Float64Array, v: Float64Array, out: Float64Array): void;
  /** out = c + J v */
  mulAdd(jac: Float64Array, v: Float64Array, c: Float64Array, out: Float64Array): void;
}

function denseSystem(m: CompiledModel, x: Float64Array, P: Float64Array): StaticSystem {
  const n = m.n;
  return {
    newJac: () => new Float64Array(n * n),
    eval: (y, res, jac) => m.static(y, x, P, res, jac),
    solve: (jac, b) => denseSolve(jac, Float64Array.from(b), n, (i) => m.eqNames[i]),
    mulT: (jac, v, out) => { for (let j = 0; j < n; j++) { let s = 0; for (let i = 0; i < n; i++) s += jac[i * n + j] * v[i]; out[j] = s; } },
    mulAdd: (jac, v, c, out) => { for (let i = 0; i < n; i++) { let s = c[i]; for (let j = 0; j < n; j++) s += jac[i * n + j] * v[j]; out[i] = s; } },
  };
}

/** Sparse static pattern and its LU analysis, once per compiled model. */
const STATIC_LU = new WeakMap<CompiledModel, { lu: SparseLu; pos: Int32Array; Ax: Float64Array; si: Int32Array; sj: Int32Array }>();
function sparseSystem(m: CompiledModel, x: Float64Array, P: Float64Array): StaticSystem {
  const n = m.n;
  let st = STATIC_LU.get(m);
  if (!st) {
    const si = Int32Array.from(m.staticIndex, (e) => e.i), sj = Int32Array.from(m.staticIndex, (e) => e.j);
    const { A, pos } = cscFromCoo(n, si, sj);
    st = { lu: new SparseLu(A, { describeRow: (r) => `equation '${m.eqNames[r]}' of the static model` }), pos, Ax: new Float64Array(si.length), si, sj };
    STATIC_LU.set(m, st);
  }
  const { lu, pos, Ax, si, sj } = st;
  const nz = si.length;
  const work = new Float64Array(n);
  return {
    newJac: () => new Float64Array(nz),
    eval: (y, res, jac) => m.staticSparse(y, x, P, res, jac),
    solve: (jac, b) => {
      for (let k = 0; k < nz; k++) Ax[pos[k]] = jac[k];
      try { lu.update(Ax); } catch (e) {
        if (e instanceof NumericalError) throw new NumericalError("SINGULAR_MATRIX", `The static Jacobian is singular (${e.message}); a variable may not appear in the static model.`, e.details);
        throw e;
      }
      return lu.solve(Float64Array.from(b), work);
    },
    mulT: (jac, v, out) => { out.fill(0); for (let k = 0; k < nz; k++) out[sj[k]] += jac[k] * v[si[k]]; },
    mulAdd: (jac, v, c, out) => { out.set(c); for (let k = 0; k < nz; k++) out[si[k]] += jac[k] * v[sj[k]]; },
  };
}

/**
 * Steady state: Newton with backtracking line search on the static model; when the line search
 * stalls or the Jacobian is singular, Powell's dogleg trust region (Nocedal & Wright 2006, ch. 11;
 * Dynare's `steady` default, solve_algo = 4, is a trust-region method too). Stops at max|res| < tolf.
 * On failure the error names the equations with the largest residuals.
 * Dense n x n Jacobian up to DENSE_MAX variables, else (or with `sparse: true`) the compiled sparse
 * pattern and a sparse LU whose ordering is computed once per model: memory O(nnz) and cost per step
 * O(flops of the sparse LU) instead of O(n^2) and O(n^3).
 */
export function solveSteady(m: CompiledModel, x: Float64Array, P: Float64Array, guess: Float64Array, opts: { tolf?: number; maxit?: number; sparse?: boolean } = {}): SteadyResult {
  const n = requireCompiledModel(m).n;
  const tolf = checkTolerance("steady tolf", opts.tolf ?? 1e-12);
  const maxit = checkMaxit("steady maxit", opts.maxit ?? 100);
  requireFiniteVector(m.exo, x, "the exogenous values of the steady state");
  requireFiniteVector(m.endo, guess, "the initial values of the steady state");
  const sys = (opts.sparse ?? n > DENSE_MAX) ? sparseSystem(m, x, P) : denseSystem(m, x, P);
  const y = Float64Array.from(guess);
  const res = new Float64Array(n), jac = sys.newJac();
  const norm = (r: Float64Array) => { let s = 0; for (let i = 0; i < n; i++) s = Math.max(s, Math.abs(r[i])); return s; };
  sys.eval(y, res, jac);
  let f = norm(res);
  if (!Number.isFinite(f)) throw badValue(m, res, "the steady state (at the initial values)");
  let it = 0;
  newton: for (; it <= maxit; it++) {
    if (f < tolf) return polishSteady(m, sys, y, f, it);
    let step: Float64Array;
    try { step = sys.solve(jac, res); } catch { break; }
    let lambda = 1;
    const y0 = Float64Array.from(y);
    for (;;) {
      for (let i = 0; i < n; i++) y[i] = y0[i] - lambda * step[i];
      sys.eval(y, res, jac);
      const fn = norm(res);
      if (Number.isFinite(fn) && fn < f) { f = fn; break; }
      lambda /= 2;
      if (lambda < 1e-10) {
        y.set(y0);
        sys.eval(y, res, jac);
        break newton;
      }
    }
  }
  if (f < tolf) return polishSteady(m, sys, y, f, it);
  // trust-region fallback from the best point so far
  const tr = dogleg(m, sys, y, tolf, maxit);
  if (tr.f < tolf) return polishSteady(m, sys, tr.y, tr.f, it + tr.iterations);
  sys.eval(tr.y, res, jac);
  const order = Array.from({ length: n }, (_, i) => i).sort((a2, b2) => Math.abs(res[b2]) - Math.abs(res[a2]));
  const worst = order.slice(0, Math.min(3, n)).map((i) => `'${m.eqNames[i]}' ${res[i].toExponential(2)}`).join(", ");
  throw new ConvergenceError("NO_CONVERGENCE", `No steady state found: Newton and the trust-region method stalled at max |residual| ${tr.f.toExponential(3)} (largest residuals: ${worst}). Give better initval values or a steady_state_model block.`, { residual: tr.f, equation: m.eqNames[order[0]] });
}

/**
 * Up to two more full Newton steps once the tolerance is met, kept while the residual falls: the
 * quadratic convergence then leaves the steady state at rounding level (to 1e-12 relative and better).
 */
function polishSteady(m: CompiledModel, sys: StaticSystem, y: Float64Array, f: number, it: number): SteadyResult {
  const n = m.n;
  const res = new Float64Array(n), jac = sys.newJac(), yt = new Float64Array(n);
  for (let k = 0; k < 2; k++) {
    sys.eval(y, res, jac);
    let step: Float64Array;
    try { step = sys.solve(jac, res); } catch { break; }
    for (let i = 0; i < n; i++) yt[i] = y[i] - step[i];
    sys.eval(yt, res, jac);
    let ft = 0;
    for (let i = 0; i < n; i++) ft = Math.max(ft, Math.abs(res[i]));
    if (!(ft <= f)) break;
    y.set(yt);
    f = ft;
    it++;
    if (f === 0) break;
  }
  return { y, iterations: it, maxResidual: f };
}

/** Powell's dogleg on 0.5 |F(y)|^2 (dense or sparse Jacobian). */
function dogleg(m: CompiledModel, sys: StaticSystem, y0: Float64Array, tolf: number, maxit: number): { y: Float64Array; f: number; iterations: number } {
  const n = m.n;
  const y = Float64Array.from(y0), yt = new Float64Array(n);
  const res = new Float64Array(n), jac = sys.newJac(), rt = new Float64Array(n), jt = sys.newJac();
  const zero = new Float64Array(n);
  const maxAbs = (r: Float64Array) => { let s = 0; for (let i = 0; i < n; i++) s = Math.max(s, Math.abs(r[i])); return s; };
  const sq = (r: Float64Array) => { let s = 0; for (let i = 0; i < n; i++) s += r[i] * r[i]; return s; };
  sys.eval(y, res, jac);
  let delta = 0.1 * Math.max(1, Math.sqrt(sq(y)));
  const g = new Float64Array(n), jg = new Float64Array(n), p = new Float64Array(n), jp = new Float64Array(n);
  let it = 0;
  for (; it < 10 * maxit; it++) {
    const f = maxAbs(res);
    if (f < tolf || delta < 1e-14 * Math.max(1, Math.sqrt(sq(y)))) break;
    sys.mulT(jac, res, g);
    sys.mulAdd(jac, g, zero, jg);
    let pN: Float64Array | null = null;
    try { pN = sys.solve(jac, res); for (let i = 0; i < n; i++) pN[i] = -pN[i]; } catch { pN = null; }
    const gg = sq(g), jgjg = sq(jg);
    const tc = jgjg > 0 ? gg / jgjg : 0;
    if (pN && Math.sqrt(sq(pN)) <= delta) p.set(pN);
    else {
      const nc = tc * Math.sqrt(gg);
      if (!pN || nc >= delta) { const s = delta / Math.sqrt(gg || 1); for (let i = 0; i < n; i++) p[i] = -s * g[i]; }
      else {
        // p = pC + tau (pN - pC), |p| = delta
        let aa = 0, bb = 0, cc = 0;
        for (let i = 0; i < n; i++) { const pc = -tc * g[i], d = pN[i] - pc; aa += d * d; bb += 2 * pc * d; cc += pc * pc; }
        const tau = (-bb + Math.sqrt(bb * bb - 4 * aa * (cc - delta * delta))) / (2 * aa);
        for (let i = 0; i < n; i++) { const pc = -tc * g[i]; p[i] = pc + tau * (pN[i] - pc); }
      }
    }
    sys.mulAdd(jac, p, res, jp);
    const f0 = 0.5 * sq(res), pred = f0 - 0.5 * sq(jp);
    for (let i = 0; i < n; i++) yt[i] = y[i] + p[i];
    sys.eval(yt, rt, jt);
    const f1 = 0.5 * sq(rt);
    const rho = Number.isFinite(f1) && pred > 0 ? (f0 - f1) / pred : -1;
    const pn = Math.sqrt(sq(p));
    if (rho < 0.25) delta = 0.25 * pn;
    else if (rho > 0.75 && pn >= 0.99 * delta) delta *= 2;
    if (rho > 1e-4) { y.set(yt); res.set(rt); jac.set(jt); }
  }
  return { y, f: maxAbs(res), iterations: it };
}

function badValue(m: CompiledModel, res: Float64Array, where: string, period?: number): NumericalError {
  let i = 0;
  while (i < res.length - 1 && Number.isFinite(res[i])) i++;
  return new NumericalError("NUMERIC", `NaN or Inf in equation '${m.eqNames[i]}'${period !== undefined ? ` at period ${period}` : ""} while solving ${where}: a log or power of a negative number, or a division by zero. Check the initial values and the size of the shocks.`, { equation: m.eqNames[i], period });
}

function denseSolve(A0: Float64Array, b: Float64Array, n: number, name: (i: number) => string): Float64Array {
  const A = Float64Array.from(A0);
  for (let c = 0; c < n; c++) {
    let best = c, big = Math.abs(A[c * n + c]);
    for (let r = c + 1; r < n; r++) if (Math.abs(A[r * n + c]) > big) { big = Math.abs(A[r * n + c]); best = r; }
    if (big === 0) throw new NumericalError("SINGULAR_MATRIX", `The static Jacobian is singular (no pivot in column ${c + 1}, near equation '${name(c)}'); a variable may not appear in the static model.`);
    if (best !== c) {
      for (let j = 0; j < n; j++) { const t = A[c * n + j]; A[c * n + j] = A[best * n + j]; A[best * n + j] = t; }
      const t = b[c]; b[c] = b[best]; b[best] = t;
    }
    for (let r = c + 1; r < n; r++) {
      const f = A[r * n + c] / A[c * n + c];
      if (f === 0) continue;
      for (let j = c; j < n; j++) A[r * n + j] -= f * A[c * n + j];
      b[r] -= f * b[c];
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    let v = b[i];
    for (let j = i + 1; j < n; j++) v -= A[i * n + j] * b[j];
    b[i] = v / A[i * n + i];
  }
  return b;
}

export interface PfSetup {
  T: number;
  /** initial and terminal steady states (n) */
  yInit: Float64Array;
  yTerm: Float64Array;
  /** exogenous path for periods -L..T+F (rows), L = lag window, F = lead window */
  X: Float64Array;
  P: Float64Array;
}

export interface PfResult {
  T: number;
  /** rows -L..T+F of the endogenous path (row r = period r - L) */
  Y: Float64Array;
  rowOffset: number;
  iterations: number;
  maxResidual: number;
  seconds: number;
  homotopySteps: number;
  /** diagnostics of the solved path (see terminalGapWarning); empty when the path settles */
  warnings: string[];
}

export interface PfOptions {
  tolf?: number;
  maxit?: number;
  /** continue Newton after Dynare's tolf until max |residual| < 1e-12 (or no progress) */
  exact?: boolean;
  noHomotopy?: boolean;
  /** homotopy gives up when its step falls below tolx (Dynare's dynatol.x, default 1e-5) */
  tolx?: number;
  /** progress bar during homotopy (default: none) */
  progress?: ProgressOption;
  /**
   * Linear solver of the stacked Newton step: "lbj" (period-by-period elimination, leads and lags of
   * order one), "banded" (block-banded elimination, any order), "sparse-lu" (one sparse LU of the
   * whole stacked Jacobian with a fill-reducing order), or "auto" (default): "lbj"/"banded" up to
   * DENSE_MAX variables, "sparse-lu" above.
   */
  linearSolver?: LinearSolverKind;
}

export type LinearSolverKind = "auto" | "lbj" | "banded" | "sparse-lu";
const LINEAR_SOLVERS: LinearSolverKind[] = ["auto", "lbj", "banded", "sparse-lu"];

/** The stacked solver a run uses. */
export function linearSolverFor(m: CompiledModel, kind: LinearSolverKind = "auto"): Exclude<LinearSolverKind, "auto"> {
  const order1 = m.maxLag <= 1 && m.maxLead <= 1;
  if (kind === "lbj" && !order1) throw new InvalidParameterError("linearSolver", `'lbj' needs leads and lags of order one (the model has ${m.maxLag} lag(s) and ${m.maxLead} lead(s)); use 'banded' or 'sparse-lu'`, kind);
  if (kind !== "auto") return kind;
  if (m.n > DENSE_MAX) return "sparse-lu";
  return order1 ? "lbj" : "banded";
}

/** Largest iteration count accepted for maxit (a larger one is a typo, and would run for hours). */
export const MAX_ITERATIONS = 1_000_000;

/**
 * A tolerance must be a finite positive number: NaN never compares true (the stopping rule would
 * never fire, or fire at once), Infinity accepts any path unsolved, and 0 or less can never be met.
 */
export function checkTolerance(name: string, v: unknown): number {
  if (typeof v !== "number" || !Number.isFinite(v) || !(v > 0)) throw new InvalidParameterError(name, `must be a finite positive number, got ${String(v)}`, v);
  return v;
}

/** An iteration limit must be an integer in [0, MAX_ITERATIONS] (NaN would make `it >= maxit` never true: a hang). */
export function checkMaxit(name: string, v: unknown): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > MAX_ITERATIONS) throw new InvalidParameterError(name, `must be an integer in [0, ${MAX_ITERATIONS}], got ${String(v)}`, v);
  return v;
}

/** Validate solver options once, at the entry of the solver (every caller goes through it). */
export function checkPfOptions(opts: PfOptions): void {
  if (opts === null || typeof opts !== "object") throw new InvalidParameterError("solver", `must be an object of solver options, got ${String(opts)}`, opts);
  if (opts.tolf !== undefined) checkTolerance("tolf", opts.tolf);
  if (opts.maxit !== undefined) checkMaxit("maxit", opts.maxit);
  if (opts.tolx !== undefined) {
    checkTolerance("tolx", opts.tolx);
    if (opts.tolx >= 1) throw new InvalidParameterError("tolx", `must be below 1 (the homotopy step starts at 0.5), got ${opts.tolx}`, opts.tolx);
  }
  if (opts.linearSolver !== undefined && !LINEAR_SOLVERS.includes(opts.linearSolver)) throw new InvalidParameterError("linearSolver", `must be one of ${LINEAR_SOLVERS.join(", ")}, got ${String(opts.linearSolver)}`, opts.linearSolver);
}

/** Every value of a state vector is finite; else an error naming the variable (NaN must not reach the paths). */
export function requireFiniteVector(names: string[], v: ArrayLike<number>, what: string): void {
  for (let i = 0; i < v.length; i++) {
    if (!Number.isFinite(v[i])) throw new NumericalError("NUMERIC", `'${names[i % names.length] ?? `#${i + 1}`}' is ${String(v[i])} in ${what}; give it a finite value (check initval/endval, the steady state and the overrides).`, { variable: names[i % names.length], value: v[i] });
  }
}

/** Largest working memory a perfect-foresight run may ask for (bytes); above it the run is refused before allocating. */
export const MAX_RUN_BYTES = 4 * 2 ** 30;

/**
 * Estimate of the memory (bytes) of a perfect-foresight run with T periods: the endogenous and
 * exogenous paths over the lead/lag window (with the homotopy's copies), the stacked residuals,
 * Jacobian entries and Newton step, and the linear solver (the block-banded one stores
 * T (maxLag + maxLead + 1) n^2 entries; the period-by-period one O(T n^2); the stacked sparse LU its
 * pattern and values, about 40 bytes per stacked nonzero, before the factors, whose fill is known
 * after the ordering and checked then, see src/solvers/sparse-lu.ts).
 */
export function estimateRunBytes(m: CompiledModel, T: number, kind: LinearSolverKind = "auto"): number {
  const { L, F } = window(m);
  const rows = L + T + F + 1;
  const n = m.n, nx = m.nx, nz = m.jacIndex.length;
  const k = linearSolverFor(m, kind);
  const solver = k === "lbj" ? T * n * (n + 2) : k === "banded" ? T * (m.maxLag + m.maxLead + 1) * n * n : 5 * T * (nz + n);
  return 8 * (4 * rows * (n + nx) + T * (2 * n + nz) + solver);
}

/** Refuse a run whose estimated memory exceeds MAX_RUN_BYTES, saying how much and why. */
export function checkRunSize(m: CompiledModel, T: number, kind: LinearSolverKind = "auto"): void {
  const bytes = estimateRunBytes(m, T, kind);
  if (!(bytes <= MAX_RUN_BYTES)) {
    const gib = (b: number) => `${(b / 2 ** 30).toPrecision(3)} GiB`;
    const { L, F } = window(m);
    throw new InvalidParameterError("periods", `a perfect-foresight run with ${T} periods, ${m.n} variables and a window of ${L} lag(s) and ${F} lead(s) needs about ${gib(bytes)} of memory (paths over ${L + T + F + 1} periods and the stacked Jacobian), more than the limit of ${gib(MAX_RUN_BYTES)}; use fewer periods or shorter leads and lags.`, T);
  }
}

/** Row layout shared by the setup and the solver. */
export function window(m: CompiledModel): { L: number; F: number } {
  return { L: Math.max(m.maxLag, m.exoMaxLag, 1), F: Math.max(m.maxLead, m.exoMaxLead, 1) };
}

/** Typed-array view of the dynamic Jacobian pattern, cached per compiled model. */
const LAYOUTS = new WeakMap<CompiledModel, JacLayout>();
export function jacLayout(m: CompiledModel): JacLayout {
  let l = LAYOUTS.get(m);
  if (!l) {
    l = {
      n: m.n,
      i: Int32Array.from(m.jacIndex.map((e) => e.i)),
      j: Int32Array.from(m.jacIndex.map((e) => e.j)),
      lag: Int32Array.from(m.jacIndex.map((e) => e.lag)),
      eqName: (i: number) => m.eqNames[i],
    };
    LAYOUTS.set(m, l);
  }
  return l;
}

/**
 * Work space of one (model, T): stacked residuals and Jacobian entries, the Newton step, and the
 * linear solver (its LU plan survives across Newton steps, homotopy steps and repeated solves).
 */
interface Workspace {
  RES: Float64Array;
  JAC: Float64Array;
  DY: Float64Array;
  sparse: StackedSparseSolver | null;
  banded: BlockBandedSolver | null;
  lu: StackedLuSolver | null;
}
const WORKSPACES = new WeakMap<CompiledModel, Map<string, Workspace>>();
function workspace(m: CompiledModel, T: number, kind: LinearSolverKind = "auto"): Workspace {
  let byT = WORKSPACES.get(m);
  if (!byT) { byT = new Map(); WORKSPACES.set(m, byT); }
  const k = linearSolverFor(m, kind);
  const key = `${T}:${k}`;
  let w = byT.get(key);
  if (!w) {
    if (byT.size > 8) byT.clear();
    w = {
      RES: new Float64Array(T * m.n),
      JAC: new Float64Array(T * m.jacIndex.length),
      DY: new Float64Array(T * m.n),
      sparse: k === "lbj" ? new StackedSparseSolver(jacLayout(m), T) : null,
      banded: k === "banded" ? new BlockBandedSolver(T, m.n, m.maxLag, m.maxLead) : null,
      lu: k === "sparse-lu" ? new StackedLuSolver(jacLayout(m), T) : null,
    };
    byT.set(key, w);
  }
  return w;
}

/**
 * Stacked Newton for given paths; throws on failure (no homotopy). Each iteration evaluates residuals
 * and Jacobian entries of all periods once (Dynare's perfect_foresight_problem), stops when
 * max|res| < tolf (checked before the step, as sim1.m), else takes the full Newton step.
 */
function newton(m: CompiledModel, s: PfSetup, Y: Float64Array, opts: PfOptions): { iterations: number; maxResidual: number } {
  const { n } = m;
  const { L } = window(m);
  const T = s.T;
  const tolf = opts.tolf ?? 1e-5;
  const maxit = opts.maxit ?? 50;
  const w = workspace(m, T, opts.linearSolver);
  const { RES, JAC, DY } = w;
  const nz = m.jacIndex.length;
  const evalAll = (): number => {
    let worst = 0, nan = false;
    for (let t = 1; t <= T; t++) {
      const ro = (t - 1) * n;
      m.dynamicAt(Y, s.X, s.P, t + L, RES, ro, JAC, (t - 1) * nz);
      for (let i = 0; i < n; i++) {
        const a = Math.abs(RES[ro + i]);
        if (a > worst) worst = a;
        else if (!(a === a)) nan = true;
      }
    }
    // report the first period with a NaN or Inf (where it starts; later periods inherit it)
    if (nan || worst === Infinity) {
      for (let t = 1; t <= T; t++) for (let i = 0; i < n; i++) if (!Number.isFinite(RES[(t - 1) * n + i])) throw badValue(m, RES.subarray((t - 1) * n, t * n), "the perfect-foresight path", t);
    }
    return worst;
  };
  /** where the largest residual sits: equation name and period */
  const where = (): { equation: string; period: number } => {
    let k = 0;
    for (let q = 1; q < T * n; q++) if (Math.abs(RES[q]) > Math.abs(RES[k])) k = q;
    return { equation: m.eqNames[k % n], period: Math.floor(k / n) + 1 };
  };
  let it = 0;
  let worst = evalAll();
  let prev = Infinity;
  for (;;) {
    if (worst < tolf) {
      if (!opts.exact || worst < 1e-12 || worst >= prev) break;
    }
    if (it >= maxit) {
      const w0 = where();
      throw new ConvergenceError("NO_CONVERGENCE", `Perfect-foresight Newton did not converge in ${maxit} iterations (max |residual| ${worst.toExponential(3)}, in equation '${w0.equation}' at period ${w0.period}).`, { residual: worst, ...w0 });
    }
    try {
      if (w.sparse) w.sparse.step(RES, JAC, DY);
      else if (w.lu) w.lu.step(RES, JAC, DY);
      else bandedStep(m, w.banded!, RES, JAC, DY, T);
    } catch (e) {
      // singular at the starting path: structural, reported as is; later: Newton went astray
      if (it === 0 || !(e instanceof NumericalError)) throw e;
      const w0 = where();
      throw new ConvergenceError("NO_CONVERGENCE", `Perfect-foresight Newton reached a singular Jacobian after ${it} steps (${e.message}); the largest residual, ${worst.toExponential(3)}, is in equation '${w0.equation}' at period ${w0.period}.`, { ...e.details, iterations: it, residual: worst, ...w0 });
    }
    for (let k = 0, o = (L + 1) * n; k < T * n; k++) Y[o + k] += DY[k];
    it++;
    prev = worst;
    try {
      worst = evalAll();
    } catch (e) {
      // NaN or Inf at the starting path is the model's or the input's (a log of a negative shock,
      // reported as a NumericalError above); after a Newton step it is Newton diverging (an overflow
      // of exp or a power, a step out of the domain of a log): a ConvergenceError naming where
      if (!(e instanceof NumericalError)) throw e;
      const eq = String(e.details.equation), period = Number(e.details.period);
      throw new ConvergenceError("NO_CONVERGENCE", `Perfect-foresight Newton diverged: after ${it} steps the residual of equation '${eq}' at period ${period} is NaN or Inf (the step overflowed, or left the domain of a log or power). Try smaller shocks, better initial values or homotopy (the default; no_homotopy turns it off).`, { equation: eq, period, iterations: it });
    }
    if (!(worst < 1e10)) {
      const w0 = where();
      throw new ConvergenceError("NO_CONVERGENCE", `Perfect-foresight Newton diverged (max |residual| ${worst.toExponential(3)} after ${it} steps, in equation '${w0.equation}' at period ${w0.period}).`, { residual: worst, ...w0 });
    }
  }
  return { iterations: it, maxResidual: worst };
}

/** Newton step with the block-banded solver (leads or lags of order two or more). */
function bandedStep(m: CompiledModel, solver: BlockBandedSolver, RES: Float64Array, JAC: Float64Array, DY: Float64Array, T: number): void {
  const n = m.n, nz = m.jacIndex.length;
  const lay = jacLayout(m);
  solver.blocks.fill(0);
  for (let t = 0; t < T; t++) {
    for (let e = 0; e < nz; e++) {
      const col = t + lay.lag[e];
      if (col < 0 || col >= T) continue;
      solver.blocks[solver.offset(t, lay.lag[e]) + lay.i[e] * n + lay.j[e]] = JAC[t * nz + e];
    }
  }
  for (let k = 0; k < T * n; k++) DY[k] = -RES[k];
  solver.solve(DY, (t, i) => `equation '${m.eqNames[i]}' at period ${t + 1}`);
}

/**
 * Does the solved path settle at the terminal steady state? Periods after T are set to it, so a
 * path that is still moving away from it in the last simulated periods jumps there at T + 1: the
 * equations of periods 1..T hold, but the path is not a solution that converges. This is what an
 * explosive root with no forward-looking variable to offset it gives (y = 2 y(-1) + x: no stable
 * solution, the Blanchard-Kahn condition fails), or a horizon too short for the dynamics. Dynare's
 * perfect_foresight_solver does not look (it does not need the Blanchard-Kahn condition, and `check`
 * only reports it); here the run says so in its warnings. A variable is flagged when its distance to
 * the terminal steady state grows over the last three periods (T-2 < T-1 < T), is largest at T over
 * periods 1..T, and exceeds 1e-6 max(1, |terminal value|): a shock in the last period alone, or a
 * path that decays (even slowly), is not flagged.
 */
export function terminalGapWarning(m: CompiledModel, s: PfSetup, Y: Float64Array): string[] {
  const { L } = window(m);
  const T = s.T, n = m.n;
  if (T < 3) return [];
  const flagged: { v: string; gap: number; from: number }[] = [];
  for (let j = 0; j < n; j++) {
    const gap = (t: number) => Math.abs(Y[(t + L) * n + j] - s.yTerm[j]);
    const gT = gap(T);
    if (!(gT > 1e-6 * Math.max(1, Math.abs(s.yTerm[j])))) continue;
    if (!(gT > gap(T - 1) && gap(T - 1) > gap(T - 2))) continue;
    let peak = true;
    for (let t = 1; t < T; t++) if (gap(t) > gT) { peak = false; break; }
    if (!peak) continue;
    let from = T - 2;
    while (from > 1 && gap(from - 1) < gap(from)) from--;
    flagged.push({ v: m.endo[j], gap: gT, from });
  }
  if (!flagged.length) return [];
  flagged.sort((a, b) => b.gap - a.gap);
  const list = flagged.slice(0, 3).map((f) => `'${f.v}' (${f.gap.toPrecision(3)} away at period ${T}, moving away since period ${f.from})`).join(", ");
  return [`the path does not settle at the terminal steady state: ${list}${flagged.length > 3 ? ` and ${flagged.length - 3} more` : ""} still move(s) away from it in the last simulated periods, and the path jumps to it at period ${T + 1}. The model may have no stable solution (an explosive root: add 'check' for the Blanchard-Kahn count), or it needs more periods.`];
}

/** Initial guess: initial steady state up to period 0, terminal steady state afterwards. */
export function initialPath(m: CompiledModel, s: PfSetup): Float64Array {
  const { L, F } = window(m);
  const rows = L + s.T + F + 1;
  const Y = new Float64Array(rows * m.n);
  for (let r = 0; r < rows; r++) Y.set(r <= L ? s.yInit : s.yTerm, r * m.n);
  return Y;
}

/**
 * Solve the perfect-foresight problem. On failure, unless `noHomotopy`, Dynare's homotopy
 * (perfect_foresight_solver.m, Dynare 5): move the exogenous paths and the terminal steady state from
 * the baseline (no shock) towards the target by a weight that starts at 0.5, is halved after a failed
 * attempt and doubled after 3 successes in a row, each attempt starting from the last solved path;
 * give up when the step falls below `tolx` (Dynare's default 1e-5).
 */
export function perfectForesight(m: CompiledModel, s: PfSetup, opts: PfOptions = {}, baseline?: { X: Float64Array; yTerm: Float64Array }): PfResult {
  const t0 = process.hrtime.bigint();
  const secs = () => Number(process.hrtime.bigint() - t0) / 1e9;
  requireCompiledModel(m);
  if (s === null || typeof s !== "object") throw new InvalidParameterError("setup", `must be the run's setup { T, yInit, yTerm, X, P }, got ${s === null ? "null" : typeof s}`, s);
  checkPfOptions(opts);
  checkRunSize(m, s.T, opts.linearSolver);
  requireFiniteVector(m.endo, s.yInit, "the initial steady state");
  requireFiniteVector(m.endo, s.yTerm, "the terminal steady state");
  requireFiniteVector(m.exo, s.X, "the exogenous paths");
  requireFiniteVector(m.params, s.P, "the parameter values");
  if (baseline) {
    requireFiniteVector(m.exo, baseline.X, "the baseline exogenous paths");
    requireFiniteVector(m.endo, baseline.yTerm, "the baseline steady state");
  }
  const { L } = window(m);
  const Y = initialPath(m, s);
  let firstError: unknown;
  try {
    const r = newton(m, s, Y, opts);
    return { T: s.T, Y, rowOffset: L, iterations: r.iterations, maxResidual: r.maxResidual, seconds: secs(), homotopySteps: 0, warnings: terminalGapWarning(m, s, Y) };
  } catch (e) {
    if (opts.noHomotopy || !(e instanceof ConvergenceError || e instanceof NumericalError) || !baseline) throw e;
    if (e instanceof NumericalError && e.code === "SINGULAR_MATRIX") throw e;
    firstError = e;
  }
  const tolx = opts.tolx ?? 1e-5;
  const bar = progress("perfect foresight homotopy (% of the shock)", 100, opts.progress ?? false);
  let lambda = 0, step = 0.5, successes = 0, steps = 0, iters = 0, last = 0, shown = 0;
  let Yc = initialPath(m, { ...s, X: baseline.X, yTerm: baseline.yTerm });
  let lastError: unknown = firstError;
  try {
    while (lambda < 1) {
      const l = Math.min(1, lambda + step);
      const X = s.X.map((v, i) => baseline.X[i] + l * (v - baseline.X[i]));
      const yTerm = s.yTerm.map((v, i) => baseline.yTerm[i] + l * (v - baseline.yTerm[i]));
      const trial = Float64Array.from(Yc);
      const nR = trial.length / m.n;
      for (let r = L + s.T + 1; r < nR; r++) trial.set(yTerm, r * m.n);
      try {
        const r = newton(m, { ...s, X, yTerm }, trial, { ...opts, exact: l === 1 ? opts.exact : false });
        iters += r.iterations;
        last = r.maxResidual;
        Yc = trial;
        lambda = l;
        steps++;
        const pct = Math.floor(100 * lambda);
        if (pct > shown) { bar.tick(pct - shown); shown = pct; }
        if (++successes >= 3) { step *= 2; successes = 0; }
      } catch (e) {
        if (!(e instanceof ConvergenceError || e instanceof NumericalError)) throw e;
        lastError = e;
        step /= 2;
        successes = 0;
        if (step < tolx) {
          // name the equation and period where the last attempt failed (every failure of newton()
          // carries them, except a singular step with no row to name)
          const d = lastError instanceof SanctionsLabError ? lastError.details : {};
          const at = typeof d.equation === "string" ? ` in equation '${d.equation}'${typeof d.period === "number" ? ` at period ${d.period}` : ""}` : typeof d.period === "number" ? ` at period ${d.period}` : "";
          const why = lastError instanceof Error ? ` Last failure: ${lastError.message}` : "";
          throw new ConvergenceError("NO_CONVERGENCE", `Perfect-foresight Newton failed, also with homotopy (stuck at ${(100 * lambda).toFixed(2)}% of the shock after ${steps} successful steps; the last attempt failed${at}). Try more periods, smaller shocks or better initial values.${why}`, { weight: lambda, homotopySteps: steps, equation: d.equation, period: d.period });
        }
      }
    }
  } finally {
    bar.done();
  }
  return { T: s.T, Y: Yc, rowOffset: L, iterations: iters, maxResidual: last, seconds: secs(), homotopySteps: steps, warnings: terminalGapWarning(m, s, Yc) };
}
