/**
 * Firm-level profits by productivity at a solved steady state (the lower panel of Figure 3), in SC
 * final goods, for an SC firm: domestic profit (eq. 9), direct-export profit to RU (eq. 5), the profit
 * of a sanctioned firm from its sales to a re-exporter ([A8]: a 1/theta margin on the re-exporter's
 * purchases, which are its revenue over mu), and the re-exporter's own profit (eq. 8).
 */
import { RU, RW, SC } from "./params";
import { SteadyState } from "./steady";

export interface FirmProfits {
  domestic: number;
  exportRU: number;
  salesToReexporter: number;
  reexporter: number;
}

export function firmProfitsSC(s: SteadyState, z: number): FirmProfits {
  const p = s.params, th = p.theta, mu = th / (th - 1);
  const eps = s.e[RU] / s.e[SC];
  const zD = Math.pow(p.k / (p.k - th + 1), 1 / (th - 1)) * p.zmin;
  // domestic revenue of variety z: (P_D Q_D / N_D) (z / zD)^(theta - 1)
  const domestic = ((s.PD[SC] * s.QD[SC]) / s.ND[SC]) * Math.pow(z / zD, th - 1) / th;
  const t = p.tariff[RU][SC];
  const a = ((1 + t) * p.tauX * mu * s.MC[SC]) / (eps * p.Z[SC]);
  const Bc = p.kappa[RU][SC] * s.D[RU] * Math.pow(a, 1 - th);
  const fixedX = (s.MC[SC] * p.fX[SC][RU]) / p.Z[SC];
  const exportRU = (eps * Bc * Math.pow(z, th - 1)) / ((1 + t) * th) - fixedX;
  const tR = s.options.reexportTariff === "RW" ? p.tariff[RW][SC] : p.tariff[RU][SC];
  const aR = ((1 + tR) * p.tauRX * mu * mu * s.MC[SC]) / (eps * p.Z[SC]);
  const BR = p.kappa[RU][SC] * s.D[RU] * Math.pow(aR, 1 - th);
  const revRX = (eps * BR * Math.pow(z, (1 - p.tauZ) * (th - 1))) / (1 + tR); // re-exporter revenue in SC goods
  const reexporter = revRX / th - (s.MC[SC] * p.fRX) / p.Z[SC];
  const salesToReexporter = revRX / mu / th;
  return { domestic, exportRU, salesToReexporter, reexporter };
}
