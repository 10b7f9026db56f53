/**
 * Maps of the coercion model's outcomes over parameter planes (for the phase diagram and the
 * comparative statics figures of notebook 01).
 */
import { CoercionParams, Outcome, solveCoercion } from "./game";

export interface PhaseGrid {
  /** x: cost ratio c_s / c_t */
  ratio: number[];
  /** y: conflict expectations k (shared by both sides) */
  k: number[];
  /** outcome[iy][ix] */
  outcome: Outcome[][];
  /** D* on the equilibrium path, or null where no demand is made */
  demand: (number | null)[][];
}

/** Outcomes on a (c_s/c_t, k) grid with c_t fixed, k_S = k_T = k; optional indivisible demand. */
export function phaseGrid(opts: { cT?: number; eps?: number; demand?: number; nx?: number; ny?: number; maxRatio?: number }): PhaseGrid {
  const cT = opts.cT ?? 1;
  const nx = opts.nx ?? 101, ny = opts.ny ?? 101;
  const maxRatio = opts.maxRatio ?? 1.2;
  const ratio = Array.from({ length: nx }, (_, i) => (maxRatio * i) / (nx - 1));
  const k = Array.from({ length: ny }, (_, j) => j / (ny - 1));
  const outcome: Outcome[][] = [];
  const demand: (number | null)[][] = [];
  for (const kk of k) {
    const rowO: Outcome[] = [];
    const rowD: (number | null)[] = [];
    for (const r of ratio) {
      const p: CoercionParams = { cS: r * cT, cT, kS: kk, kT: kk, eps: opts.eps ?? 0.01, demand: opts.demand };
      const s = solveCoercion(p);
      rowO.push(s.outcome);
      rowD.push(s.demandMade);
    }
    outcome.push(rowO);
    demand.push(rowD);
  }
  return { ratio, k, outcome, demand };
}

/** Share of grid cells with each outcome. */
export function outcomeShares(g: PhaseGrid): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { SQA: 0, AQ: 0, SQ: 0, DL: 0 };
  let n = 0;
  for (const row of g.outcome) for (const o of row) { counts[o]++; n++; }
  for (const key of Object.keys(counts) as Outcome[]) counts[key] /= n;
  return counts;
}
