/**
 * Perfect-foresight transitions of the Funke & Wende model with our engine (src/dynare): a permanent
 * change of Gamma (and of the secondary-sanction parameters) from period 1, starting from the calibrated
 * initial steady state. Paths are returned as % deviations from the initial steady state (shares in
 * percentage points), by quarter.
 */
import { InvalidParameterError } from "../../core/errors";
import { parseMod, runMod } from "../../dynare/index";
import type { PfRun } from "../../dynare/index";
import { Calibration } from "./calibrate";
import { modText, ModSpec } from "./modfile";
import { FWOptions, REGIONS } from "./params";
import { solveSteadyState, SteadyState } from "./steady";

export interface TransitionSpec {
  Gamma: number;
  tauRX?: number;
  tauZ?: number;
  reexports?: boolean;
  /** time-varying substitution strength nu_g (0: off, as in Figure 4) and persistence rho_g (0.71, footnote 24) */
  nuG?: number;
  rhoG?: number;
  periods?: number;
  smooth?: number;
}

export interface Transition {
  spec: TransitionSpec;
  text: string;
  run: PfRun;
  terminal: SteadyState;
  /** level path of a variable, periods 0..T+1 (0 = initial steady state) */
  level(name: string): Float64Array;
  /** % deviation from the initial steady state */
  pct(name: string): Float64Array;
  /** percentage-point deviation (for shares) */
  pp(name: string): Float64Array;  /** % deviation of region g's investment: capital only (Ik, eq. 31) or eq. 42's Ik + N_E f_E (entry valued as paid, [A9]) */
  investment(g: string, def?: FWOptions["investment"]): Float64Array;
}

export function transitionSpec(cal: Calibration, t: TransitionSpec): ModSpec & { options: FWOptions } {
  const options: FWOptions = { ...cal.options, reexports: t.reexports ?? true };
  const p = { ...cal.params };
  const base = options.reexports === cal.options.reexports ? cal.base : solveSteadyState(p, options, { guess: cal.base });
  const tp = { ...p, Gamma: t.Gamma, tauRX: t.tauRX ?? p.tauRX, tauZ: t.tauZ ?? p.tauZ };
  const state = solveSteadyState(tp, options, { guess: base });
  return {
    params: p, base, terminal: { Gamma: tp.Gamma, tauRX: tp.tauRX, tauZ: tp.tauZ, state }, periods: t.periods ?? 600,
    rhoG: t.rhoG ?? 0.71, nuG: t.nuG ?? 0, smooth: t.smooth ?? 1e-4, reexports: options.reexports, options,
  };
}

export function transition(cal: Calibration, t: TransitionSpec): Transition {
  const spec = transitionSpec(cal, t);
  if (spec.options.reexportFixedCost === "RW") throw new InvalidParameterError("reexportFixedCost", "the dynamic model (.mod) is written for the re-exporters' fixed cost in SC bundles only");
  const text = modText(spec);
  const mod = parseMod(text, "funke-wende.mod");
  const run = runMod(mod, { solver: { tolf: 1e-10 } });
  const level = (n: string) => {
    const a = run.paths[n];
    if (!a) throw new Error(`no variable '${n}' in the Funke-Wende model`);
    return a;
  };
  return {
    spec: t, text, run, terminal: spec.terminal.state, level,
    pct: (n) => Float64Array.from(level(n), (v) => 100 * (v / run.steadyInitial[n] - 1)),
    pp: (n) => Float64Array.from(level(n), (v) => 100 * (v - run.steadyInitial[n])),
    investment: (g, def = spec.options.investment ?? "capital") => {
      if (def === "capital") return Float64Array.from(level(`Ik_${g}`), (v) => 100 * (v / run.steadyInitial[`Ik_${g}`] - 1));
      const p = spec.params;
      const Zg = p.Z[REGIONS.indexOf(g as (typeof REGIONS)[number])];
      const entry = (ne: number, mc: number) => ne * (spec.options.entryCost === "bundles" ? (mc * p.fE) / Zg : p.fE);
      const ik = level(`Ik_${g}`), ne = level(`NE_${g}`), mc = level(`MC_${g}`);
      const i0 = run.steadyInitial[`Ik_${g}`] + entry(run.steadyInitial[`NE_${g}`], run.steadyInitial[`MC_${g}`]);
      return Float64Array.from(ik, (v, t) => 100 * ((v + entry(ne[t], mc[t])) / i0 - 1));
    },
  };
}
