/**
 * Parameters, calibration targets and modelling options of the Funke & Wende (2025) three-region
 * heterogeneous-firm trade model (BOFIT DP 4/2025, sections 3-4).
 *
 * Regions are indexed SC = 0 (sanctioning coalition), RU = 1 (Russia), RW = 2 (rest of the world).
 * Matrices are indexed [origin][destination] for firm-side objects (fX[i][j]: fixed cost of a firm in
 * i exporting to j) and [importer][source] for demand-side objects (kappa[j][i], tariff[j][i]: the tariff
 * j levies on imports from i), following the paper's superscripts (tau^{ji} is j's tariff on i).
 *
 * Every ambiguity of the paper that changes numbers is a named option in `FWOptions`, labelled [A#] as in
 * the reference study's notes (../shared/reference/funke-wende/model-notes.md); the defaults are the
 * readings most consistent with the paper's own equations.
 */
import { InvalidParameterError } from "../../core/errors";

export const SC = 0, RU = 1, RW = 2;
export const REGIONS = ["SC", "RU", "RW"] as const;
export type Vec3 = [number, number, number];
export type Mat3 = [Vec3, Vec3, Vec3];

export interface FWParams {
  /** micro elasticity between varieties (Table 1: 3.8) */
  theta: number;
  /** macro elasticity between the domestic and the imported bundle (Table 1: 1.9) */
  omega: number;
  /** Cobb-Douglas weights of labour, capital, materials (Table 1: 0.5, 0.2, 0.3) */
  rhoL: number;
  rhoK: number;
  rhoM: number;
  /** firm exit probability (Table 1: 0.025) and capital depreciation (Table 1: 0.025) */
  delta: number;
  deltaK: number;
  /** entry cost (Table 1: 1), aggregate productivity Z^i (Table 1: 1) */
  fE: number;
  Z: Vec3;
  /** Pareto lower bound (Table 1: 1) and shape (Table 1: 3.4) */
  zmin: number;
  k: number;
  /** re-export cost scale and its productivity elasticity (Table 1: 0.9 and 0.3; eqs. 6-7) */
  tauRX: number;
  tauZ: number;
  /** discount factor (0.99), risk aversion (2), investment adjustment cost (8): Table 1 */
  beta: number;
  gamma: number;
  phi: number;
  /** risk premium sensitivity, blank in Table 1 ([A14]); dynamics only */
  upsilon: number;
  /** ad-valorem tariffs, tariff[importer][source] (section 4, WTO MFN averages) */
  tariff: Mat3;
  /** iceberg cost of direct trade tau_X (eq. 4), not reported ([A2]): 1.3 as in Ghironi & Melitz (2005); only tau_RX / tau_X moves the model once it is re-calibrated (`scaleIceberg`) */
  tauX: number;
  /** share of SC varieties banned for export to RU (baseline 0.01, section 4) */
  Gamma: number;
  /** fixed export costs fX[origin][destination], in input bundles; calibrated to export participation */
  fX: Mat3;
  /** re-exporters' fixed cost in SC input bundles (not reported, [A3]); calibrated to the 67.7% share */
  fRX: number;
  /** openness weights alpha^i (eq. 25), import weights kappa[importer][source] (eq. 26), labour L^i, net foreign bonds (SC goods) */
  alpha: Vec3;
  kappa: Mat3;
  L: Vec3;
  B: Vec3;
}

/** Table 1 and the tariffs of section 4; the calibrated entries are placeholders until `calibrate` fills them. */
export function table1(): FWParams {
  const t = 0.032, tRU = 0.053;
  return {
    theta: 3.8, omega: 1.9, // Table 1, trade elasticities
    rhoL: 0.5, rhoK: 0.2, rhoM: 0.3, // Table 1, production
    delta: 0.025, deltaK: 0.025, fE: 1, Z: [1, 1, 1], // Table 1
    tauRX: 0.9, tauZ: 0.3, // Table 1, shipping cost parameters of re-exports
    beta: 0.99, gamma: 2, // Table 1, households
    zmin: 1, k: 3.4, phi: 8, // Table 1, firm distribution and investment adjustment
    upsilon: 0.01, // blank in Table 1 [A14]; our choice, dynamics only
    // section 4: tau^{SC,RW} = tau^{SC,RU} = tau^{RW,SC} = tau^{RW,RU} = 0.032, tau^{RU,SC} = tau^{RU,RW} = 0.053
    tariff: [[0, t, t], [tRU, 0, tRU], [t, t, 0]],
    tauX: 1.3, // [A2]: not reported; Ghironi & Melitz (2005), the source of theta, k, delta, f_E and z_min (see TAU_X_GM2005)
    Gamma: 0.01, // section 4: baseline ban share (2014 sanctions)
    fX: [[0, 1e-4, 3e-3], [2.5e-3, 0, 3e-3], [4.5e-3, 1.5e-4, 0]],
    fRX: 1e-4,
    alpha: [0.06, 0.13, 0.09],
    kappa: [[0, 0.04, 0.96], [0.5, 0, 0.5], [0.95, 0.05, 0]],
    L: [1, 0.2, 0.85],
    B: [0, 0, 0],
  };
}

/** Modelling options: one per ambiguity of the paper that changes numbers. */
export interface FWOptions {
  /**
   * [A4] Tariff rate on re-exported goods. Eqs. 8, 12 and 13 apply the RW tariff on SC goods to the
   * re-export price (re-exports enter RU duty-free through the Eurasian Economic Union, footnote 14),
   * collected by RW; eq. 20 prints RU's tariff. "RW" (default) or "RU" (rate only; RW still collects).
   */
  reexportTariff: "RW" | "RU";
  /**
   * [A9] Entry cost. Eq. 23 prices the sunk entry cost in input bundles (MC f_E / Z); eq. 42 puts
   * N_E f_E into final-goods demand. "bundles" (default, consistent with eq. 23) or "finalGoods".
   */
  entryCost: "bundles" | "finalGoods";
  /**
   * [A11] GDP is not defined in the paper. "income" (default): factor income + profits + tariff
   * revenue (+ RW's re-exporter profits), in own final goods; "exTariffs"; "factorCost" (wL + R_K K +
   * producer profits); "consumption" (C instead of GDP).
   */
  gdp: "income" | "exTariffs" | "factorCost" | "consumption";
  /**
   * [A12] Openness = share of imports in total domestic demand (Table 2). "imports/Q" (default:
   * import spending incl. tariffs over the final-goods bundle Q, which includes materials) or
   * "imports/finalDemand" (over C + I + entry investment).
   */
  openness: "imports/Q" | "imports/finalDemand";
  /** re-export channel on (default) or off (the dashed "without re-exports" lines of Figure 4) */
  reexports: boolean;
  /**
   * What "investment" reports (Figures 4-7; it changes no equilibrium): "capital" (default, I_k of eq. 31) or
   * "capitalPlusEntry" (eq. 42's I = I_k + N_E f_E, the entry investment valued as the entry cost is paid, [A9]).
   */
  investment: "capital" | "capitalPlusEntry";
  /**
   * [A10] Where the re-exporters' fixed cost f_RX is produced: "SC" (default, SC input bundles at MC^SC as eqs.
   * 6 and 8 write it) or "RW" (RW input bundles at MC^RW: the re-export business as RW value added). Steady
   * state only (the .mod writer refuses "RW").
   */
  reexportFixedCost?: "SC" | "RW";
}

export const DEFAULT_OPTIONS: FWOptions = { reexportTariff: "RW", entryCost: "bundles", gdp: "income", openness: "imports/Q", reexports: true, investment: "capital" };

/** Table 2 moments (Funke & Wende 2025, Table 2; 2019 EU inter-country input-output tables). */
export interface Table2 {
  gdpShare: Vec3;
  openness: Vec3;
  /** importShare[importer][source] */
  importShare: Mat3;
  tradeBalance: Vec3;
}

export const TABLE2: Table2 = {
  gdpShare: [0.579, 0.019, 0.402],
  openness: [0.049, 0.110, 0.058],
  // Table 2 lists the columns as importers: SC imports 4.8% from RU and 95.2% from RW, etc.
  importShare: [[0, 0.048, 0.952], [0.492, 0, 0.508], [0.945, 0.055, 0]],
  tradeBalance: [-0.001, 0.075, -0.001],
};

/** Export participation targets (section 4): about 20% of RU firms export, 10% of the others. */
export const PARTICIPATION = { RU: 0.2, other: 0.1 };

/** Re-export share at Gamma = 0.191 used to calibrate f_RX (section 5, text on Figure 4: 67.7%); a calibration target. */
export const REEXPORT_SHARE_TARGET = { Gamma: 0.191, share: 0.677 };

export function validate(p: FWParams): void {
  if (!(p.theta > 1)) throw new InvalidParameterError("theta", `must exceed 1, got ${p.theta}`);
  if (!(p.k > p.theta - 1)) throw new InvalidParameterError("k", `the Pareto shape must exceed theta - 1 = ${p.theta - 1}, got ${p.k}`);
  if (!(p.tauZ >= 0 && p.tauZ < 1)) throw new InvalidParameterError("tauZ", `must lie in [0, 1) (section 3.2.2), got ${p.tauZ}`);
  if (!(p.Gamma >= 0 && p.Gamma < 1)) throw new InvalidParameterError("Gamma", `must lie in [0, 1), got ${p.Gamma}`);
  if (Math.abs(p.rhoL + p.rhoK + p.rhoM - 1) > 1e-12) throw new InvalidParameterError("rhoL", "factor weights must sum to 1");
  if (!(p.beta > 0 && p.beta < 1)) throw new InvalidParameterError("beta", `must lie in (0, 1), got ${p.beta}`);
  for (const v of [p.fRX, p.tauRX, p.tauX, ...p.L, ...p.alpha]) if (!(v > 0)) throw new InvalidParameterError("params", `costs, weights and endowments must be positive (got ${v})`);
}

export function cloneParams(p: FWParams): FWParams {
  return {
    ...p, Z: [...p.Z] as Vec3, alpha: [...p.alpha] as Vec3, L: [...p.L] as Vec3, B: [...p.B] as Vec3,
    tariff: p.tariff.map((r) => [...r]) as Mat3, fX: p.fX.map((r) => [...r]) as Mat3, kappa: p.kappa.map((r) => [...r]) as Mat3,
  };
}
