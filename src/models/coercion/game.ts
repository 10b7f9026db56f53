/**
 * Drezner's conflict-expectations model of economic coercion (Drezner 1998, ISQ 42(4); 1999,
 * The Sanctions Paradox, ch. 2), solved by backward induction.
 *
 * Moves: (1) the sender keeps the status quo ante (SQA) or demands D backed by a threat;
 * (2) the target acquiesces (AQ) or stands firm; (3) the sender backs down (SQ) or imposes
 * sanctions, which ends in deadlock (DL). Material payoffs (sender, target) relative to SQ:
 * SQA (eps, eps), AQ (D, -D), SQ (0, 0), DL (-c_s, -c_t). Each side values absolute and
 * relative gains: U_i = P_i - k_i P_j with k_i = 1 - B_i (k rises with conflict expectations).
 * Derivation (reference/coercion/drezner-model-notes.md, re-derived here):
 *   stage 3: imposing is credible iff U_S(DL) = k_S c_t - c_s > U_S(SQ) = 0;
 *   stage 2: facing a credible threat the target concedes iff -(1+k_T) D >= -c_t + k_T c_s,
 *            i.e. D <= D* = (c_t - k_T c_s) / (1 + k_T);
 *   stage 1: the sender compares SQA, (1 - k_S) eps, with the best threat: demand D* (AQ,
 *            (1 + k_S) D*) when D* > 0, or an unacceptable demand (DL if credible, else SQ).
 * With an indivisible demand Dbar the sender can only ask Dbar: AQ if Dbar <= D*, else DL (when
 * credible and k_S c_t - c_s > (1 - k_S) eps, the condition the notes state for coercion).
 * Ties are resolved toward the less conflictual action (no threat, concede, back down).
 */
import { InvalidParameterError, requireInRange, requireNonNegative } from "../../core/errors";

export type Outcome = "SQA" | "AQ" | "SQ" | "DL";

export interface CoercionParams {
  /** sender's cost of imposing sanctions (deadlock), >= 0 */
  cS: number;
  /** target's cost of sanctions (deadlock), >= 0 */
  cT: number;
  /** sender's weight on relative gains (conflict expectations), in [0, 1] */
  kS: number;
  /** target's weight on relative gains, in [0, 1] */
  kT: number;
  /** small gain of the status quo ante forgone by threatening, >= 0 (default 0.01) */
  eps?: number;
  /** an indivisible demand (the sender can only ask exactly this), >= 0; omit for divisible demands */
  demand?: number;
}

/** Utilities (sender, target) of each terminal node, for a given demand D. */
export interface Utilities {
  SQA: [number, number];
  AQ: [number, number];
  SQ: [number, number];
  DL: [number, number];
}

export interface CoercionSolution {
  params: Required<Omit<CoercionParams, "demand">> & { demand: number | null };
  /** stage 3: the sender prefers imposing (DL) to backing down (SQ): k_S c_t - c_s > 0 */
  credible: boolean;
  /** k_S c_t - c_s: the sender's net utility of deadlock over backing down */
  credibilityMargin: number;
  /** the largest demand the target accepts under a credible threat, (c_t - k_T c_s) / (1 + k_T) */
  dStar: number;
  /** did the sender threaten? */
  threat: boolean;
  /** the demand made on the equilibrium path (null when no threat) */
  demandMade: number | null;
  /** subgame-perfect outcome */
  outcome: Outcome;
  /** equilibrium utilities (sender, target) */
  utilities: [number, number];
  /** sanctions imposed on the path (outcome DL) */
  sanctionsImposed: boolean;
}

export function validateParams(p: CoercionParams): Required<Omit<CoercionParams, "demand">> & { demand: number | null } {
  if (p === null || typeof p !== "object") throw new InvalidParameterError("params", "must be an object {cS, cT, kS, kT, eps?, demand?}");
  requireNonNegative("cS", p.cS);
  requireNonNegative("cT", p.cT);
  requireInRange("kS", p.kS, 0, 1);
  requireInRange("kT", p.kT, 0, 1);
  const eps = p.eps ?? 0.01;
  requireNonNegative("eps", eps);
  if (p.demand !== undefined) requireNonNegative("demand", p.demand);
  return { cS: p.cS, cT: p.cT, kS: p.kS, kT: p.kT, eps, demand: p.demand ?? null };
}

/** Utilities at each terminal node: U_i = P_i - k_i P_j (notes, table of outcomes). */
export function utilities(p: Pick<CoercionParams, "cS" | "cT" | "kS" | "kT" | "eps">, D: number): Utilities {
  const { cS, cT, kS, kT } = p;
  const eps = p.eps ?? 0.01;
  const u = (ps: number, pt: number): [number, number] => [ps - kS * pt, pt - kT * ps];
  return { SQA: u(eps, eps), AQ: u(D, -D), SQ: u(0, 0), DL: u(-cS, -cT) };
}

/** D* = (c_t - k_T c_s) / (1 + k_T): the target's acceptance threshold under a credible threat. */
export function dStar(cS: number, cT: number, kT: number): number {
  return (cT - kT * cS) / (1 + kT);
}

/** Closed-form subgame-perfect solution. */
export function solveCoercion(params: CoercionParams): CoercionSolution {
  const p = validateParams(params);
  const { cS, cT, kS, kT, eps } = p;
  const margin = kS * cT - cS;
  const credible = margin > 0;
  const ds = dStar(cS, cT, kT);
  const uSQA = (1 - kS) * eps;
  // the threat's best outcome for the sender
  let threatOutcome: Outcome;
  let threatDemand: number;
  let threatU: number;
  if (p.demand !== null) {
    threatDemand = p.demand;
    if (credible && p.demand <= ds) {
      threatOutcome = "AQ";
      threatU = (1 + kS) * p.demand;
    } else {
      threatOutcome = credible ? "DL" : "SQ";
      threatU = credible ? margin : 0;
    }
  } else if (credible && ds > 0 && (1 + kS) * ds >= margin) {
    threatOutcome = "AQ";
    threatDemand = ds;
    threatU = (1 + kS) * ds;
  } else {
    // no acceptable positive demand (or deadlock is better for the sender): an unacceptable demand
    threatOutcome = credible ? "DL" : "SQ";
    threatDemand = Math.max(ds, 0);
    threatU = credible ? margin : 0;
  }
  const threat = threatU > uSQA;
  const outcome: Outcome = threat ? threatOutcome : "SQA";
  const D = threat ? threatDemand : 0;
  const u = utilities(p, D)[outcome];
  return {
    params: p,
    credible,
    credibilityMargin: margin,
    dStar: ds,
    threat,
    demandMade: threat ? threatDemand : null,
    outcome,
    utilities: u,
    sanctionsImposed: outcome === "DL",
  };
}

/**
 * A second method: explicit backward induction over the game tree with the demand chosen from a
 * grid (no closed forms). Used by the tests to check `solveCoercion`.
 */
export function bruteForceCoercion(params: CoercionParams, grid: number[]): { outcome: Outcome; demand: number | null; utilities: [number, number] } {
  const p = validateParams(params);
  const demands = p.demand !== null ? [p.demand] : grid;
  const sqa = utilities(p, 0).SQA;
  let best = { outcome: "SQA" as Outcome, demand: null as number | null, utilities: sqa };
  for (const D of demands) {
    const u = utilities(p, D);
    // stage 3: sender imposes only if strictly better than backing down
    const stage3: Outcome = u.DL[0] > u.SQ[0] ? "DL" : "SQ";
    // stage 2: target concedes if acquiescence is at least as good as what follows standing firm
    const stage2: Outcome = u.AQ[1] >= u[stage3][1] ? "AQ" : stage3;
    if (u[stage2][0] > best.utilities[0]) best = { outcome: stage2, demand: D, utilities: u[stage2] };
  }
  return best;
}
