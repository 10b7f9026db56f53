/**
 * The re-export block of Funke & Wende (2025), in partial equilibrium (demand in Russia, prices and
 * the direct-export cutoff held fixed): cutoffs (eqs. 19-20), the share of banned varieties that are
 * re-exported, the calibration of the re-export fixed cost f_RX to the paper's 67.7% (a calibration,
 * not a result: the paper does not report f_RX, [A3]), and the average re-export cost factor that the
 * secondary-sanction experiments standardise ([A16]).
 *
 * From eqs. 19-20 (model notes E2-E3), with RW's tariff on re-exports ([A4]) and no iceberg cost on
 * direct trade ([A2]):
 *   z_RX^(1 - tau_z) = c z_X,   c = (tau_RX / tau_X) mu ((1 + t_RW)/(1 + t_RU))^(theta/(theta-1)) (f_RX/f_X)^(1/(theta-1)),
 * and the share of previously exported banned varieties still supplied by re-exporters is
 *   s = (z_X / z_RX)^k   ([A13]: measured against the pre-ban exporters).
 */
import { InvalidParameterError } from "../../core/errors";
import { averageProductivity, cutoffForShare, ParetoParams, reexportExponent, TABLE1 } from "./pareto";

export interface ReexportSetting extends ParetoParams {
  /** RU tariff on SC goods (0.053) and RW tariff on SC goods, applied to re-exports (0.032) */
  tariffRU: number;
  tariffRW: number;
  /** iceberg cost on direct trade, not reported ([A2]): 1 */
  tauX: number;
  /** f_RX / f_X^{SC,RU} */
  fixedCostRatio: number;
}

export const DEFAULT_SETTING: ReexportSetting = { ...TABLE1, tariffRU: 0.053, tariffRW: 0.032, tauX: 1, fixedCostRatio: 1 };

/** The constant c of z_RX^(1 - tau_z) = c z_X. */
export function cutoffConstant(s: ReexportSetting): number {
  const mu = s.theta / (s.theta - 1);
  return (s.tauRX / s.tauX) * mu * Math.pow((1 + s.tariffRW) / (1 + s.tariffRU), s.theta / (s.theta - 1)) * Math.pow(s.fixedCostRatio, 1 / (s.theta - 1));
}

/** Re-export cutoff given the direct-export cutoff. */
export function reexportCutoff(zX: number, s: ReexportSetting): number {
  return Math.pow(cutoffConstant(s) * zX, 1 / (1 - s.tauZ));
}

/** Share of previously exported banned varieties that are re-exported: (z_X / z_RX)^k. */
export function reexportShare(zX: number, s: ReexportSetting): number {
  return Math.pow(zX / reexportCutoff(zX, s), s.k);
}

/** f_RX / f_X that gives a target re-export share at a given export participation (bisection on a monotone map). */
export function calibrateFixedCost(targetShare: number, exportParticipation: number, base: ReexportSetting = DEFAULT_SETTING): number {
  if (!(targetShare > 0 && targetShare < 1)) throw new InvalidParameterError("targetShare", `must lie in (0, 1), got ${targetShare}`);
  const zX = cutoffForShare(exportParticipation, base);
  let lo = 1e-6, hi = 100;
  for (let i = 0; i < 200; i++) {
    const mid = Math.sqrt(lo * hi);
    const sh = reexportShare(zX, { ...base, fixedCostRatio: mid });
    if (sh > targetShare) lo = mid; else hi = mid;
  }
  return Math.sqrt(lo * hi);
}

/**
 * Average re-export cost factor tau_RX ztilde^tau_z ([A16]). At fixed composition ztilde is the
 * average productivity of the direct exporters to RU (a = theta - 1 above z_X); with exit it is
 * the average over the re-exported varieties above the new re-export cutoff (a = (1 - tau_z)(theta - 1)).
 */
export function averageReexportCost(s: ReexportSetting, zTilde: number): number {
  return s.tauRX * Math.pow(zTilde, s.tauZ);
}

export interface SecondarySanction {
  /** % change of the average re-export cost at fixed composition */
  fixedComposition: number;
  /** % change with re-exporters below the new cutoff leaving (demand held fixed) */
  withExit: number;
  zRXBefore: number;
  zRXAfter: number;
}

/**
 * Effect of a secondary sanction that multiplies tau_RX or tau_z by (1 + change), in partial
 * equilibrium at a given export participation.
 */
export function secondarySanction(which: "tauRX" | "tauZ", change: number, exportParticipation: number, s: ReexportSetting): SecondarySanction {
  const zX = cutoffForShare(exportParticipation, s);
  const after: ReexportSetting = { ...s, [which]: s[which] * (1 + change) };
  const zTildeX = averageProductivity(s.theta - 1, zX, s);
  const fixed = averageReexportCost(after, zTildeX) / averageReexportCost(s, zTildeX) - 1;
  // with exit: eq. 20 with demand fixed: z_RX^((1 - tau_z)(theta - 1)) is proportional to tau_RX^(theta - 1) f_RX (a_R^(1 - theta) absorbs tau_RX)
  const zRX0 = reexportCutoff(zX, s);
  const lhs0 = Math.pow(zRX0, reexportExponent(s));
  const lhs1 = lhs0 * Math.pow(after.tauRX / s.tauRX, s.theta - 1);
  const zRX1 = Math.pow(lhs1, 1 / reexportExponent(after));
  const zt0 = averageProductivity(reexportExponent(s), zRX0, s);
  const zt1 = averageProductivity(reexportExponent(after), zRX1, after);
  const withExit = averageReexportCost(after, zt1) / averageReexportCost(s, zt0) - 1;
  return { fixedComposition: 100 * fixed, withExit: 100 * withExit, zRXBefore: zRX0, zRXAfter: zRX1 };
}
