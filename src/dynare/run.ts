/**
 * Runs a parsed .mod file as Dynare would: parameter assignments, initval/endval with `steady`,
 * shocks, perfect_foresight_setup and perfect_foresight_solver, and returns typed results.
 * Callers can override parameters and exogenous paths without rewriting the .mod text.
 */
import * as fs from "node:fs";
import { InvalidParameterError } from "../core/errors";
import { readTextInput } from "../core/files";
import { ProgressOption } from "../core/progress";
import { compileModel, CompiledModel } from "./compile";
import { parseMod, ModFile } from "./parse";
import { checkPfOptions, checkRunSize, checkTolerance, perfectForesight, PfOptions, PfResult, solveSteady, window } from "../solvers/perfect-foresight";
import { blanchardKahn, BkResult } from "../solvers/bk";

export interface RunOptions {
  /** parameter values that replace the file's assignments (applied after them) */
  params?: Record<string, number>;
  /** override the number of periods */
  periods?: number;
  /** solver options (defaults: Dynare's tolf 1e-5, maxit 50) */
  solver?: PfOptions;
  /**
   * exogenous overrides applied after the shocks block: either period -> value, or an array in the
   * layout of the returned paths (index = period, 0..T+1; entries beyond its length are left as set up)
   */
  exo?: Record<string, Record<number, number> | ArrayLike<number>>;
  /** progress reporting during homotopy (default: none) */
  progress?: ProgressOption;
  /** solve the steady states to this tolerance (default 1e-12) */
  steadyTolf?: number;
  /** steady-state Newton with the sparse static Jacobian (default: above DENSE_MAX variables) */
  steadySparse?: boolean;
  /**
   * use these terminal (or initial) steady-state values instead of solving, e.g. to reproduce a run
   * whose steady state was solved to a looser tolerance (Dynare's default `steady` stops near 1e-6)
   */
  terminalSteady?: Record<string, number>;
  initialSteady?: Record<string, number>;
}

export interface PfRun {
  model: CompiledModel;
  variables: string[];
  exogenous: string[];
  periods: number;
  params: Record<string, number>;
  steadyInitial: Record<string, number>;
  steadyTerminal: Record<string, number>;
  /** path of each endogenous variable for periods 0..T+1 (Dynare's oo_.endo_simul layout) */
  paths: Record<string, Float64Array>;
  /** exogenous paths for periods 0..T+1 */
  exoPaths: Record<string, Float64Array>;
  iterations: number;
  maxResidual: number;
  seconds: number;
  homotopySteps: number;
  warnings: string[];
  /** result of a `check` command (Blanchard-Kahn), when the file has one */
  check: BkResult | null;
}

export function loadMod(file: string): ModFile {
  return parseMod(readTextInput(file, "model file"), file);
}

const COMPILED = new WeakMap<ModFile, CompiledModel>();
/** The compiled model of a parsed file, generated once per ModFile object and reused. */
export function compiled(mod: ModFile): CompiledModel {
  let m = COMPILED.get(mod);
  if (!m) { m = compileModel(mod); COMPILED.set(mod, m); }
  return m;
}

/** Execute the .mod commands; the model is compiled once per parsed file and reused by later runs. */
export function runMod(mod: ModFile, opts: RunOptions = {}): PfRun {
  return solvePrepared(prepareRun(mod, opts));
}

/**
 * Everything a perfect-foresight solve needs, set up from the .mod commands (parameters, steady
 * states, exogenous paths, solver options): Dynare's perfect_foresight_setup. Solve it with
 * `solvePrepared`, as often as wanted (benchmarks time that step, as Dynare's solver time).
 */
export interface PreparedRun {
  model: CompiledModel;
  T: number;
  L: number;
  env: Record<string, number>;
  P: Float64Array;
  yInit: Float64Array;
  yTerm: Float64Array;
  X: Float64Array;
  baseX: Float64Array;
  solverOpts: PfOptions;
  warnings: string[];
  check: BkResult | null;
}

/** A parsed .mod file, or a typed error saying what was passed instead (null, a path, ...). */
export function requireModFile(mod: unknown, what = "model"): ModFile {
  if (mod === null || typeof mod !== "object" || !Array.isArray((mod as ModFile).endo) || !Array.isArray((mod as ModFile).commands)) {
    throw new InvalidParameterError(what, `must be a parsed .mod file (from parseMod or loadMod) or .mod text, got ${mod === null ? "null" : typeof mod}`, mod);
  }
  return mod as ModFile;
}

/** Options must be an object (or omitted); a typed error instead of a TypeError on null. */
export function requireOptions<T>(opts: T | undefined | null, what = "options"): T {
  if (opts === undefined) return {} as T;
  if (opts === null || typeof opts !== "object" || Array.isArray(opts)) throw new InvalidParameterError(what, `must be an object, got ${opts === null ? "null" : Array.isArray(opts) ? "an array" : typeof opts}`, opts);
  return opts;
}

/** Check caller-supplied parameter values (declared in the model, finite) and copy them into `env`. */
function paramOverrides(mod: ModFile, params: unknown, env: Record<string, number>): Record<string, number> {
  const over = requireOptions(params as Record<string, number> | undefined, "params");
  for (const [k, v] of Object.entries(over)) {
    if (!mod.params.includes(k)) throw new InvalidParameterError(k, `is not a parameter of ${mod.file}`);
    if (typeof v !== "number" || !Number.isFinite(v)) throw new InvalidParameterError(k, `must be a finite number, got ${String(v)}`, v);
    env[k] = v;
  }
  return over;
}

export function prepareRun(mod: ModFile, opts: RunOptions = {}): PreparedRun {
  requireModFile(mod);
  opts = requireOptions(opts);
  if (opts.steadyTolf !== undefined) checkTolerance("steadyTolf", opts.steadyTolf);
  if (opts.solver !== undefined) checkPfOptions(requireOptions(opts.solver, "solver"));
  if (opts.periods !== undefined && !(Number.isInteger(opts.periods) && opts.periods >= 1)) throw new InvalidParameterError("periods", `must be a positive integer, got ${String(opts.periods)}`, opts.periods);
  const m = compiled(mod);
  const warnings: string[] = [];
  const env: Record<string, number> = {};
  const over = paramOverrides(mod, opts.params, env);
  // Parameter assignments take effect in command order, as in Dynare: a parameter changed between
  // two `steady` commands gives the initial steady state the old value and the simulation (all
  // periods) and the terminal steady state the new one. An override replaces the file's assignments;
  // parameters defined from it are recomputed.
  const paramsNow = (what: string): Float64Array => {
    const missing = mod.params.filter((p) => !(p in env));
    if (missing.length) throw new InvalidParameterError(missing[0], `has no value in ${mod.file} when ${what} runs (assign it before)`);
    return Float64Array.from(mod.params.map((p) => env[p]));
  };
  let P: Float64Array = new Float64Array(0);
  // blocks and steady states in command order
  let stateInit: { y: Float64Array; x: Float64Array } | null = null;
  let stateTerm: { y: Float64Array; x: Float64Array } | null = null;
  let current: "initval" | "endval" | null = null;
  let bk: BkResult | null = null;
  const blockValues = (b: { name: string; expr: ReturnType<typeof parseMod>["paramValues"][number]["expr"] }[], base: { y: Float64Array; x: Float64Array } | null) => {
    const e: Record<string, number> = { ...env };
    const y = base ? Float64Array.from(base.y) : new Float64Array(m.n);
    const x = base ? Float64Array.from(base.x) : new Float64Array(m.nx);
    m.endo.forEach((v, i) => (e[v] = y[i]));
    m.exo.forEach((v, i) => (e[v] = x[i]));
    for (const a of b) {
      const v = m.evalStatic(a.expr, e);
      e[a.name] = v;
      const i = m.endo.indexOf(a.name);
      if (i >= 0) y[i] = v; else x[m.exo.indexOf(a.name)] = v;
    }
    return { y, x };
  };
  const steady = (st: { y: Float64Array; x: Float64Array }, options: Record<string, number | string>) => {
    let guess = st.y;
    if (mod.steadyStateModel) {
      const e: Record<string, number> = { ...env };
      m.exo.forEach((v, i) => (e[v] = st.x[i]));
      const y = Float64Array.from(st.y);
      for (const a of mod.steadyStateModel) {
        const v = m.evalStatic(a.expr, e);
        e[a.name] = v;
        const i = m.endo.indexOf(a.name);
        if (i >= 0) y[i] = v;
      }
      guess = y;
    }
    const tolf = typeof options.tolf === "number" ? Math.min(options.tolf, opts.steadyTolf ?? 1e-12) : opts.steadyTolf ?? 1e-12;
    const r = solveSteady(m, st.x, P, guess, { tolf, maxit: typeof options.maxit === "number" ? options.maxit : 100, sparse: opts.steadySparse });
    return { y: r.y, x: st.x };
  };
  for (const c of mod.commands) {
    if (c.kind === "paramset") {
      const pv = mod.paramValues[c.index!];
      if (!(pv.name in over)) env[pv.name] = m.evalStatic(pv.expr, env);
    } else if (c.kind === "initval") { stateInit = blockValues(mod.initval!, null); current = "initval"; }
    else if (c.kind === "endval") { stateTerm = blockValues(mod.endval!, stateInit); current = "endval"; }
    else if (c.kind === "steady") {
      P = paramsNow("'steady'");
      // said, not silently ignored: our steady state always uses the one trust-region Newton
      if (typeof c.options.solve_algo === "number" && c.options.solve_algo !== 4) {
        warnings.push(`steady: solve_algo = ${c.options.solve_algo} is accepted, but the steady state is found by ` +
          "the trust-region Newton solver (as Dynare's default solve_algo = 4); a converged steady state is the same");
      }
      if (current === "endval" && stateTerm) stateTerm = steady(stateTerm, c.options);
      else stateInit = steady(stateInit ?? { y: new Float64Array(m.n), x: new Float64Array(m.nx) }, c.options);
    } else if (c.kind === "check") {
      const st = current === "endval" && stateTerm ? stateTerm : stateInit;
      if (st) {
        bk = blanchardKahn(m, st.y, st.x, paramsNow("'check'"));
        // As Dynare's `check`: reported, not an error (perfect_foresight_solver does not need the
        // Blanchard-Kahn condition); the run's warnings and the pf command's output carry it, with
        // what it means for the path
        if (!bk.satisfied) {
          warnings.push(`check: ${bk.message} ${bk.explosive > bk.forwardLooking
            ? `The perfect-foresight path is still computed (as Dynare does) with the terminal steady state imposed at period T+1, but it need not converge to it.`
            : `The perfect-foresight path is still computed (as Dynare does): of the many paths that converge, it is the one that meets the terminal steady state at period T+1.`}`);
        }
      }
    }
  }
  P = paramsNow("the simulation");
  if (!stateInit) {
    // no initval: steady state from zeros (or the steady_state_model)
    stateInit = steady({ y: new Float64Array(m.n), x: new Float64Array(m.nx) }, {});
  }
  // (without a 'steady' command the initval/endval values are used as given, as in Dynare)
  const fix = (st: { y: Float64Array; x: Float64Array }, vals?: Record<string, number>) => {
    if (!vals) return st;
    const y = Float64Array.from(st.y);
    for (const [k, v] of Object.entries(requireOptions(vals, "steady-state values"))) {
      const i = m.endo.indexOf(k);
      if (i < 0) throw new InvalidParameterError(k, "is not an endogenous variable");
      if (typeof v !== "number" || !Number.isFinite(v)) throw new InvalidParameterError(k, `steady-state value must be a finite number, got ${String(v)}`, v);
      y[i] = v;
    }
    return { y, x: st.x };
  };
  stateInit = fix(stateInit, opts.initialSteady);
  if (opts.terminalSteady) stateTerm = fix(stateTerm ?? stateInit, opts.terminalSteady);
  const term = stateTerm ?? stateInit;
  const T = opts.periods ?? mod.periods;
  if (!T || !Number.isInteger(T) || T < 1) throw new InvalidParameterError("periods", "set perfect_foresight_setup(periods = N) in the .mod file or pass periods");
  checkRunSize(m, T); // before allocating the paths (periods = 1e10, leads of 1e5)
  const { L, F } = window(m);
  const rows = L + T + F + 1;
  const X = new Float64Array(rows * m.nx);
  for (let r = 0; r < rows; r++) X.set(r <= L ? stateInit.x : term.x, r * m.nx);
  const baseX = Float64Array.from(X);
  for (let r = 0; r < rows; r++) baseX.set(stateInit.x, r * m.nx);
  for (const sh of mod.shocks) {
    const j = m.exo.indexOf(sh.name);
    sh.periods.forEach(([a, b], k) => {
      const v = m.evalStatic(sh.values[sh.values.length === 1 ? 0 : k], env);
      for (let t = a; t <= b; t++) {
        if (t < 1 || t > T) throw new InvalidParameterError("shocks", `period ${t} for '${sh.name}' is outside 1..${T}`);
        X[(t + L) * m.nx + j] = v;
      }
    });
  }
  for (const [name, byPeriod] of Object.entries(requireOptions(opts.exo, "exo"))) {
    const j = m.exo.indexOf(name);
    if (j < 0) throw new InvalidParameterError(name, "is not an exogenous variable");
    if (byPeriod === null || typeof byPeriod !== "object") throw new InvalidParameterError(name, `exogenous override must be a path (array) or an object period -> value, got ${byPeriod === null ? "null" : typeof byPeriod}`, byPeriod);
    const set = (t: number, v: number) => {
      if (!Number.isInteger(t) || t < 0 || t > T + m.maxLead) throw new InvalidParameterError(name, `period ${t} is outside 0..${T + m.maxLead}`);
      if (!Number.isFinite(v)) throw new InvalidParameterError(name, `value at period ${t} is not finite`);
      X[(t + L) * m.nx + j] = v;
    };
    if (typeof (byPeriod as ArrayLike<number>).length === "number") {
      const a = byPeriod as ArrayLike<number>;
      for (let t = 0; t < a.length; t++) set(t, a[t]);
    } else for (const [t, v] of Object.entries(byPeriod as Record<number, number>)) set(Number(t), v);
  }
  const solverOpts: PfOptions = { progress: opts.progress, ...opts.solver };
  const solverCmd = mod.commands.find((c) => c.kind === "solver");
  if (solverCmd) {
    if (typeof solverCmd.options.tolf === "number" && solverOpts.tolf === undefined) solverOpts.tolf = solverCmd.options.tolf;
    if (typeof solverCmd.options.maxit === "number" && solverOpts.maxit === undefined) solverOpts.maxit = solverCmd.options.maxit;
    if (typeof solverCmd.options.tolx === "number" && solverOpts.tolx === undefined) solverOpts.tolx = solverCmd.options.tolx;
    if (solverCmd.options.no_homotopy) solverOpts.noHomotopy = true;
    // stack_solve_algo is accepted: every value is solved by the same stacked Newton here, and said so
    const ssa = solverCmd.options.stack_solve_algo;
    if (typeof ssa === "number" && ssa !== 0) {
      warnings.push(`perfect_foresight_solver: stack_solve_algo = ${ssa} is accepted, but the path is solved by the ` +
        "stacked Newton with a sparse LU (as Dynare's default stack_solve_algo = 0); a converged path is the same");
    }
  }
  return { model: m, T, L, env, P, yInit: stateInit.y, yTerm: term.y, X, baseX, solverOpts, warnings, check: bk };
}

/** Solve a prepared run (Dynare's perfect_foresight_solver) and return paths per variable. */
export function solvePrepared(p: PreparedRun, solver: PfOptions = {}): PfRun {
  if (p === null || typeof p !== "object" || !p.model || typeof p.T !== "number") throw new InvalidParameterError("run", `must be a prepared run (from prepareRun), got ${p === null ? "null" : typeof p}`, p);
  const { model: m, T, L, X, P, env, warnings } = p;
  const res: PfResult = perfectForesight(m, { T, yInit: p.yInit, yTerm: p.yTerm, X, P }, { ...p.solverOpts, ...solver }, { X: p.baseX, yTerm: p.yInit });
  const paths: Record<string, Float64Array> = {};
  const exoPaths: Record<string, Float64Array> = {};
  const nOut = T + 2; // Dynare's layout: periods 0..T+1
  m.endo.forEach((v, j) => { const a = new Float64Array(nOut); for (let t = 0; t < nOut; t++) a[t] = res.Y[(t + L) * m.n + j]; paths[v] = a; });
  m.exo.forEach((v, j) => { const a = new Float64Array(nOut); for (let t = 0; t < nOut; t++) a[t] = X[(t + L) * m.nx + j]; exoPaths[v] = a; });
  const toRec = (y: Float64Array) => Object.fromEntries(m.endo.map((v, i) => [v, y[i]]));
  return {
    model: m, variables: m.endo, exogenous: m.exo, periods: T, params: env,
    steadyInitial: toRec(p.yInit), steadyTerminal: toRec(p.yTerm), paths, exoPaths,
    iterations: res.iterations, maxResidual: res.maxResidual, seconds: res.seconds, homotopySteps: res.homotopySteps, warnings: [...warnings, ...res.warnings], check: p.check,
  };
}

const PARSED = new Map<string, ModFile>();
/** Parse .mod text once per (file name, text); later calls reuse the parsed file and its compiled code. */
export function parseCached(text: string, fileName = "model.mod"): ModFile {
  const key = `${fileName}\u0000${text}`;
  let mod = PARSED.get(key);
  if (!mod) {
    mod = parseMod(text, fileName);
    if (PARSED.size >= 32) PARSED.delete(PARSED.keys().next().value as string);
    PARSED.set(key, mod);
  }
  return mod;
}

/**
 * Perfect-foresight simulation of a .mod file given as text or parsed: runs its commands as Dynare
 * does and returns paths per variable. Parameters and exogenous paths can be overridden without
 * editing the text (`params`, `exo`); repeated calls with the same text reuse the compiled model.
 */
export function simulateMod(source: string | ModFile, opts: RunOptions & { fileName?: string } = {}): PfRun {
  opts = requireOptions(opts);
  const mod = typeof source === "string" ? parseCached(source, opts.fileName) : requireModFile(source, "source");
  return runMod(mod, opts);
}

export interface SteadyStateResult {
  values: Record<string, number>;
  iterations: number;
  maxResidual: number;
}

/**
 * Steady state of the model at given exogenous values (default: the initval values, else 0):
 * starting from initval (and the steady_state_model block when the file has one), Newton with line
 * search and a trust-region fallback to max|residual| < tolf (default 1e-12).
 */
export function solveSteadyState(source: string | ModFile, opts: { params?: Record<string, number>; exo?: Record<string, number>; guess?: Record<string, number>; tolf?: number; maxit?: number; fileName?: string } = {}): SteadyStateResult {
  opts = requireOptions(opts);
  const mod = typeof source === "string" ? parseCached(source, opts.fileName) : requireModFile(source, "source");
  const m = compiled(mod);
  const env: Record<string, number> = {};
  const over = paramOverrides(mod, opts.params, env);
  for (const pv of mod.paramValues) if (!(pv.name in over)) env[pv.name] = m.evalStatic(pv.expr, env);
  for (const p of mod.params) if (!(p in env)) throw new InvalidParameterError(p, `has no value in ${mod.file}`);
  const P = Float64Array.from(mod.params.map((p) => env[p]));
  const y = new Float64Array(m.n), x = new Float64Array(m.nx);
  const e: Record<string, number> = { ...env };
  m.endo.forEach((v) => (e[v] = 0));
  m.exo.forEach((v) => (e[v] = 0));
  for (const a of mod.initval ?? []) e[a.name] = m.evalStatic(a.expr, e);
  for (const [k, v] of Object.entries(requireOptions(opts.exo, "exo"))) {
    if (!m.exo.includes(k)) throw new InvalidParameterError(k, "is not an exogenous variable");
    if (typeof v !== "number" || !Number.isFinite(v)) throw new InvalidParameterError(k, `must be a finite number, got ${String(v)}`, v);
    e[k] = v;
  }
  if (mod.steadyStateModel) for (const a of mod.steadyStateModel) e[a.name] = m.evalStatic(a.expr, e);
  for (const [k, v] of Object.entries(requireOptions(opts.guess, "guess"))) {
    if (!m.endo.includes(k)) throw new InvalidParameterError(k, "is not an endogenous variable");
    if (typeof v !== "number" || !Number.isFinite(v)) throw new InvalidParameterError(k, `must be a finite number, got ${String(v)}`, v);
    e[k] = v;
  }
  m.endo.forEach((v, i) => (y[i] = e[v]));
  m.exo.forEach((v, i) => (x[i] = e[v]));
  const r = solveSteady(m, x, P, y, { tolf: opts.tolf ?? 1e-12, maxit: opts.maxit ?? 100 });
  return { values: Object.fromEntries(m.endo.map((v, i) => [v, r.y[i]])), iterations: r.iterations, maxResidual: r.maxResidual };
}
