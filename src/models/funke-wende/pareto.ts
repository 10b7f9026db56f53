/**
 * Closed-form building blocks of the Funke & Wende (2025) heterogeneous-firm trade model (section 3;
 * reading and ambiguity labels [A#] as in ../shared/reference/funke-wende/model-notes.md, re-derived here).
 *
 * Productivity z is Pareto: G(z) = 1 - (zmin/z)^k. With I(a, zc) = int_zc^inf z^a dG(z),
 *   I(a, zc) = k/(k - a) zmin^k zc^(a - k)   (needs a < k).
 * Average productivity of the firms above a cutoff zc, for an object that scales with z^a (eqs. 16-18):
 *   ztilde(a, zc) = (k/(k - a))^(1/a) zc.
 * Direct exporters use a = theta - 1; re-exported varieties sell at a price proportional to
 * z^(tau_z - 1) (eq. 7: double marginalisation and the productivity-dependent re-export cost
 * tau_RX z^tau_z), so they use a = (1 - tau_z)(theta - 1).
 */
import { InvalidParameterError } from "../../core/errors";

/** Table 1 parameters used by the closed forms (Funke & Wende 2025, Table 1). */
export interface ParetoParams {
  /** elasticity of substitution between varieties (Table 1: 3.8) */
  theta: number;
  /** Pareto shape (Table 1: 3.4) */
  k: number;
  /** Pareto lower bound (Table 1: 1) */
  zmin: number;
  /** re-export cost scale tau_RX (Table 1: 0.9) and productivity elasticity tau_z (Table 1: 0.3) */
  tauRX: number;
  tauZ: number;
}

export const TABLE1: ParetoParams = { theta: 3.8, k: 3.4, zmin: 1, tauRX: 0.9, tauZ: 0.3 };

function checkA(a: number, k: number): void {
  if (!(a < k)) throw new InvalidParameterError("k", `the Pareto shape k = ${k} must exceed the moment order ${a} (otherwise the integral diverges)`);
}

/** I(a, zc) = int_zc^inf z^a dG(z). */
export function paretoMoment(a: number, zc: number, p: Pick<ParetoParams, "k" | "zmin"> = TABLE1): number {
  checkA(a, p.k);
  if (!(zc >= p.zmin)) throw new InvalidParameterError("cutoff", `must be >= zmin = ${p.zmin}, got ${zc}`);
  return (p.k / (p.k - a)) * Math.pow(p.zmin, p.k) * Math.pow(zc, a - p.k);
}

/** Share of firms above a cutoff: (zmin / zc)^k (eqs. 21-22). */
export function participation(zc: number, p: Pick<ParetoParams, "k" | "zmin"> = TABLE1): number {
  return Math.pow(p.zmin / zc, p.k);
}

/** The cutoff that gives a participation share s: zmin s^(-1/k). */
export function cutoffForShare(s: number, p: Pick<ParetoParams, "k" | "zmin"> = TABLE1): number {
  if (!(s > 0 && s <= 1)) throw new InvalidParameterError("share", `must lie in (0, 1], got ${s}`);
  return p.zmin * Math.pow(s, -1 / p.k);
}

/** Average productivity above a cutoff for an object scaling with z^a: (k/(k-a))^(1/a) zc (eqs. 16-18). */
export function averageProductivity(a: number, zc: number, p: Pick<ParetoParams, "k"> = TABLE1): number {
  checkA(a, p.k);
  return Math.pow(p.k / (p.k - a), 1 / a) * zc;
}

/** Exponent of re-exported varieties' demand: (1 - tau_z)(theta - 1). */
export function reexportExponent(p: ParetoParams = TABLE1): number {
  return (1 - p.tauZ) * (p.theta - 1);
}
