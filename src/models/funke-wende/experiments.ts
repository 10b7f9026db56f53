/**
 * Steady-state sanctions experiments of Funke & Wende (2025), section 5: primary export bans (Gamma),
 * with and without the re-export channel, and secondary sanctions (tau_RX, tau_z). Long-run (new steady
 * state) values only; the transitions are perfect-foresight paths of the dynamic model.
 */
import { InvalidParameterError } from "../../core/errors";
import { calibrate, calibrateIcebergCost, calibrateReexportCost, CalibrationSpec, moments, ReexportCalibration, reexportShare, ReexportShareMeasure } from "./calibrate";
import { DEFAULT_OPTIONS, FWOptions, FWParams, RU, RW, SC, table1, Vec3 } from "./params";
import { solveSteadyState, SteadyState } from "./steady";

/** GDP under the chosen definition ([A11]), in own final goods. */
export function gdp(s: SteadyState, def: FWOptions["gdp"] = s.options.gdp): Vec3 {
  switch (def) {
    case "income": return s.Y;
    case "exTariffs": return s.Y.map((y, i) => y - s.tariffRevenue[i]) as Vec3;
    case "factorCost": return s.Y.map((_, i) => s.w[i] * s.params.L[i] + s.RK * s.K[i] + s.profits[i]) as Vec3;
    case "consumption": return s.C;
    default: throw new InvalidParameterError("gdp", `unknown GDP definition '${String(def)}'`);
  }
}

/** Investment under the chosen reading (options.investment): capital investment I_k, or eq. 42's I_k + N_E f_E (entry in own final goods). */
export function investment(s: SteadyState, def: FWOptions["investment"] = s.options.investment ?? "capital"): Vec3 {
  if (def === "capital") return s.I;
  if (def === "capitalPlusEntry") return s.I.map((v, i) => v + s.NE[i] * s.v[i]) as Vec3;
  throw new InvalidParameterError("investment", `unknown investment measure '${String(def)}'`);
}

const pct = (a: ArrayLike<number>, b: ArrayLike<number>) => Array.from(a, (v, i) => 100 * (v / b[i] - 1)) as Vec3;

/** Total exports of each region (own goods, at producer prices, incl. SC's sales to re-exporters and RW's re-exports). */
export function totalExports(s: SteadyState): Vec3 {
  const eps = (i: number, j: number) => s.e[j] / s.e[i];
  const out: Vec3 = [0, 0, 0];
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) if (i !== j) out[i] += eps(i, j) * s.EX[i][j];
  const mu = s.params.theta / (s.params.theta - 1);
  out[SC] += (eps(SC, RU) * s.revRX) / mu;
  out[RW] += eps(RW, RU) * s.revRX;
  return out;
}

/** Exports to RU (own goods): SC's direct exports and RW's direct exports plus re-exports. */
export function exportsToRU(s: SteadyState): Vec3 {
  const eps = (i: number, j: number) => s.e[j] / s.e[i];
  return [eps(SC, RU) * s.EX[SC][RU], 0, eps(RW, RU) * (s.EX[RW][RU] + s.revRX)];
}

export interface ScenarioResult {
  label: string;
  Gamma: number;
  reexports: boolean;
  state: SteadyState;
  /** % changes from the initial steady state, SC/RU/RW */
  dGDP: Vec3; dC: Vec3; dK: Vec3; dND: Vec3;
  /** investment under options.investment, and eq. 42's capital plus entry investment */
  dI: Vec3; dIEntry: Vec3;
  /** % change of GDP valued in SC goods (e Y) and of the real exchange rate e (SC goods per unit) */
  dGDPusd: Vec3; de: Vec3;
  dExports: Vec3; dExportsToRU: Vec3;
  /** share of banned varieties re-exported ([A13]: "base" and "same" measures) */
  shareBase: number; shareSame: number;
  /** re-exports in RU's import spending (share) */
  reexportShareOfImports: number;
}

export function scenario(cal: { params: FWParams; base: SteadyState; options: FWOptions }, change: Partial<FWParams>, opts: { reexports?: boolean; label?: string; guess?: SteadyState } = {}): ScenarioResult {
  const o: FWOptions = { ...cal.options, reexports: opts.reexports ?? true };
  const p = { ...cal.params, ...change };
  const s = solveSteadyState(p, o, { guess: opts.guess ?? cal.base });
  const b = cal.base;
  const Y = gdp(s), Y0 = gdp(b);
  return {
    label: opts.label ?? `Gamma = ${p.Gamma}${o.reexports ? "" : ", no re-exports"}`,
    Gamma: p.Gamma, reexports: o.reexports, state: s,
    dGDP: pct(Y, Y0), dC: pct(s.C, b.C), dI: pct(investment(s), investment(b)), dIEntry: pct(investment(s, "capitalPlusEntry"), investment(b, "capitalPlusEntry")), dK: pct(s.K, b.K), dND: pct(s.ND, b.ND),
    dGDPusd: pct(s.Y.map((y, i) => y * s.e[i]), b.Y.map((y, i) => y * b.e[i])), de: pct(s.e, b.e),
    dExports: pct(totalExports(s), totalExports(b)),
    dExportsToRU: pct(exportsToRU(s).map((v, i) => (i === RU ? 1 : v)), exportsToRU(b).map((v, i) => (i === RU ? 1 : v))),
    shareBase: reexportShare(s, b, "base"), shareSame: reexportShare(s, b, "same"),
    reexportShareOfImports: moments(s).reexportShareOfImports,
  };
}

/** The published steady-state numbers of section 5, stated after the notes to Figure 4 (also in data/published/funke-wende-2025/steady-state.csv). */
export const PUBLISHED = {
  g191: { Gamma: 0.191, dGDP: { SC: -0.013, RU: -0.609, RW: 0.018 }, share: 0.677 },
  g440: { Gamma: 0.44, dGDP: { SC: -0.032, RU: -1.491, RW: 0.048 }, share: 0.762 },
};

export interface Figure4LongRun {
  cal: ReexportCalibration;
  rows: ScenarioResult[];
}

/** The four long-run cases of Figure 4: Gamma 0.191 and 0.440, with and without re-exports. */
export function figure4LongRun(cal: ReexportCalibration): Figure4LongRun {
  const rows: ScenarioResult[] = [];
  for (const G of [0.191, 0.44]) for (const rx of [true, false]) rows.push(scenario(cal, { Gamma: G }, { reexports: rx }));
  return { cal, rows };
}

/** Average re-export cost measures at a steady state ([A16]). */
export interface ReexportCost {
  zRX: number;
  /** tau_RX ztilde_RX^tau_z with ztilde_RX from eq. 17 (the paper's "simple average productivity of re-exporters") */
  atAverage: number;
  /** firm-count mean of tau_RX z^tau_z over the re-exported varieties: tau_RX k/(k - tau_z) z_RX^tau_z */
  mean: number;
  /** effective average productivity of re-exported goods (eq. 18, exponent read as (1 - tau_z)(theta - 1)) */
  zCheck: number;
  /** simple average productivity (eq. 17) */
  zTilde: number;
}

export function reexportCost(s: SteadyState): ReexportCost {
  const p = s.params, th = p.theta, k = p.k;
  const zRX = Math.max(s.zRX, p.zmin);
  const zTilde = Math.pow(k / (k - (th - 1)), 1 / (th - 1)) * zRX;
  const bR = (1 - p.tauZ) * (th - 1);
  const zCheck = Math.pow(k / (k - bR), 1 / (th - 1)) * Math.pow(zRX, 1 - p.tauZ);
  return { zRX, atAverage: p.tauRX * Math.pow(zTilde, p.tauZ), mean: p.tauRX * (k / (k - p.tauZ)) * Math.pow(zRX, p.tauZ), zCheck, zTilde };
}

/**
 * The tau_z increase that raises tau_RX z^tau_z by `costIncrease` at a fixed productivity z (the
 * fixed-composition standardisation of section 5, text on Figures 6-7): (1 + x) = 1 + ln(1 + c) / (tau_z ln z).
 */
export function tauZIncreaseForCost(costIncrease: number, z: number, tauZ: number): number {
  return Math.log(1 + costIncrease) / (tauZ * Math.log(z));
}

export interface SecondaryResult {
  label: string;
  scenario: ScenarioResult;
  cost: ReexportCost;
  /** % changes relative to the primary-ban-only steady state at the same Gamma */
  dCostAtAverage: number; dCostMean: number; dZRX: number; dZCheck: number; dZTilde: number;
}

/** Section 5, Figures 6-7: tau_RX +10% and tau_z +24.5% on top of a primary ban Gamma. */
export function secondarySanctions(cal: ReexportCalibration, Gamma: number, rxIncrease = 0.1, zIncrease = 0.245): { primary: ScenarioResult; tauRX: SecondaryResult; tauZ: SecondaryResult } {
  const primary = scenario(cal, { Gamma });
  const c0 = reexportCost(primary.state);
  const mk = (label: string, change: Partial<FWParams>): SecondaryResult => {
    const sc = scenario(cal, { Gamma, ...change }, { label, guess: primary.state });
    const c = reexportCost(sc.state);
    return {
      label, scenario: sc, cost: c,
      dCostAtAverage: 100 * (c.atAverage / c0.atAverage - 1), dCostMean: 100 * (c.mean / c0.mean - 1),
      dZRX: 100 * (c.zRX / c0.zRX - 1), dZCheck: 100 * (c.zCheck / c0.zCheck - 1), dZTilde: 100 * (c.zTilde / c0.zTilde - 1),
    };
  };
  return {
    primary,
    tauRX: mk(`tau_RX +${100 * rxIncrease}%`, { tauRX: cal.params.tauRX * (1 + rxIncrease) }),
    tauZ: mk(`tau_z +${100 * zIncrease}%`, { tauZ: cal.params.tauZ * (1 + zIncrease) }),
  };
}

export interface SensitivityRow {
  label: string;
  ambiguity: string;
  fRXRatio: number;
  /** the iceberg cost of direct trade used (fitted under `fitTauX`) */
  tauX: number;
  /** GDP changes (%), the share of banned varieties re-exported and re-exports' share of RU's import spending */
  g191: { RU: number; SC: number; RW: number; share: number; rxImports: number };
  g440: { RU: number; SC: number; RW: number; share: number; rxImports: number };
  /** GDP changes (%) without the re-export channel (SC, RU, RW), same calibration */
  noRX: { g191: Vec3; g440: Vec3 };
}

/**
 * A reading of the paper. What is fitted to the 67.7% share at Gamma = 0.191: f_RX (default), nothing
 * (`fixedFRXRatio` set, f_RX = ratio x f_X^{SC,RU}), or tau_X (`fitTauX`, with f_RX = `fixedFRXRatio` x f_X, default 1).
 */
export interface Variant { label: string; ambiguity: string; options?: Partial<FWOptions>; spec?: Partial<CalibrationSpec>; params?: Partial<FWParams>; shareMeasure?: ReexportShareMeasure; fixedFRXRatio?: number; fitTauX?: boolean }

/** Ghironi & Melitz (2005, calibration): iceberg trade cost 1.3, the source of Table 1's theta, k, delta, f_E and z_min. */
export const TAU_X_GM2005 = 1.3;

/**
 * The readings: the primary one first (index 0, `PRIMARY_VARIANT`), then one option at a time away from it,
 * then the readings of the iceberg cost of direct trade and calibration mode C.
 */
export const VARIANTS: Variant[] = [
  { label: "primary (mode A, tau_X = 1.3, f_RX fitted, GDP = income incl. tariffs)", ambiguity: "-" },
  { label: "calibration mode B (all openness, TB implied)", ambiguity: "A12", spec: { mode: "B" } },
  { label: "GDP excl. tariff revenue", ambiguity: "A11", options: { gdp: "exTariffs" } },
  { label: "GDP at factor cost", ambiguity: "A11", options: { gdp: "factorCost" } },
  { label: "consumption instead of GDP", ambiguity: "A11", options: { gdp: "consumption" } },
  { label: "openness = imports / final demand", ambiguity: "A12", options: { openness: "imports/finalDemand" } },
  { label: "mode B + openness over final demand + GDP excl. tariffs", ambiguity: "A11, A12", spec: { mode: "B" }, options: { openness: "imports/finalDemand", gdp: "exTariffs" } },
  { label: "re-export tariff at RU's 5.3% (eq. 20)", ambiguity: "A4", options: { reexportTariff: "RU" } },
  { label: "entry cost in final goods (eq. 42)", ambiguity: "A9", options: { entryCost: "finalGoods" } },
  { label: "participation on N_X/N_D incl. (1 - Gamma)", ambiguity: "A12", spec: { participationInclGamma: true } },
  { label: "share measured against current exporters", ambiguity: "A13", shareMeasure: "same" },
  { label: "f_RX = f_X (no share fit)", ambiguity: "A3", fixedFRXRatio: 1 },
  { label: "tau_RX = 1 instead of 0.9", ambiguity: "A1", params: { tauRX: 1 } },
  { label: "re-exporters' fixed cost in RW bundles (RW value added)", ambiguity: "A10", options: { reexportFixedCost: "RW" } },
  // the iceberg cost of direct trade [A2] (the primary reading takes Ghironi & Melitz's 1.3) and calibration mode C [A12]
  { label: "tau_X = 1 (no iceberg cost on direct trade), f_RX fitted", ambiguity: "A2", params: { tauX: 1 } },
  { label: "tau_X = 1, f_RX = f_X (nothing fitted)", ambiguity: "A2, A3", params: { tauX: 1 }, fixedFRXRatio: 1 },
  { label: "tau_X fitted to 67.7%, f_RX = f_X", ambiguity: "A2, A3", fitTauX: true },
  { label: "mode C (SC, RU openness, RU TB), f_RX fitted", ambiguity: "A12", spec: { mode: "C" } },
  { label: "mode C, f_RX = f_X (nothing fitted)", ambiguity: "A3, A12", spec: { mode: "C" }, fixedFRXRatio: 1 },
  { label: "mode C, tau_X = 1, f_RX fitted", ambiguity: "A2, A12", spec: { mode: "C" }, params: { tauX: 1 } },
  { label: "mode C, tau_X fitted to 67.7%, f_RX = f_X", ambiguity: "A2, A3, A12", spec: { mode: "C" }, fitTauX: true },
];

/** Index of the primary reading in `VARIANTS` (the table1() defaults and `DEFAULT_OPTIONS`). */
export const PRIMARY_VARIANT = 0;

/** What a reading fits to the 67.7% share at Gamma = 0.191 ("none": the share is out of sample). */
export function fittedTo677(v: Variant): "fRX" | "tauX" | "none" {
  return v.fitTauX ? "tauX" : v.fixedFRXRatio !== undefined ? "none" : "fRX";
}

export function runVariant(v: Variant): SensitivityRow & { cal: ReexportCalibration } {
  const o: FWOptions = { ...DEFAULT_OPTIONS, ...v.options };
  const base: FWParams = { ...table1(), ...v.params };
  let cal: ReexportCalibration;
  if (v.fitTauX) {
    cal = calibrateIcebergCost({ ...v.spec, fRXRatio: v.fixedFRXRatio ?? 1 }, o, undefined, v.shareMeasure ?? "base", base);
  } else if (v.fixedFRXRatio !== undefined) {
    const c = calibrate({ ...v.spec, fRXRatio: v.fixedFRXRatio }, o, base);
    const at = solveSteadyState({ ...c.params, Gamma: 0.191 }, o, { guess: c.base });
    cal = { ...c, fRXRatio: v.fixedFRXRatio, atTarget: at, share: reexportShare(at, c.base, v.shareMeasure ?? "base") };
  } else {
    cal = calibrateReexportCost(v.spec ?? {}, o, undefined, v.shareMeasure ?? "base", base);
  }
  const a = scenario(cal, { Gamma: 0.191 }, { guess: cal.atTarget });
  const b = scenario(cal, { Gamma: 0.44 }, { guess: cal.atTarget });
  const m = v.shareMeasure ?? "base";
  const row = (r: ScenarioResult) => ({ RU: r.dGDP[RU], SC: r.dGDP[SC], RW: r.dGDP[RW], share: m === "base" ? r.shareBase : r.shareSame, rxImports: r.reexportShareOfImports });
  const noRX = { g191: scenario(cal, { Gamma: 0.191 }, { reexports: false }).dGDP, g440: scenario(cal, { Gamma: 0.44 }, { reexports: false }).dGDP };
  return { label: v.label, ambiguity: v.ambiguity, fRXRatio: cal.fRXRatio, tauX: cal.params.tauX, g191: row(a), g440: row(b), noRX, cal };
}

export function sensitivity(variants: Variant[] = VARIANTS): SensitivityRow[] {
  return variants.map((v) => { const { cal: _c, ...r } = runVariant(v); return r; });
}

/**
 * The reading a variant stands for, as named options for a claim's `reading` (report v2): the
 * calibration mode and openness measure [A12], the GDP definition [A11], where the entry cost is paid
 * [A9], the re-export tariff [A4], how f_RX is set [A3], how the re-exported share is measured [A13],
 * how export participation is measured [A12], tau_RX [A1] and the iceberg cost of direct trade [A2].
 */
export function readingOf(v: Variant = VARIANTS[0]): Record<string, string> {
  const o: FWOptions = { ...DEFAULT_OPTIONS, ...v.options };
  const p: FWParams = { ...table1(), ...v.params };
  return {
    calibration: v.spec?.mode ?? "A",
    openness: o.openness,
    gdp: o.gdp,
    entryCost: o.entryCost,
    reexportTariff: o.reexportTariff,
    fRX: v.fitTauX ? `${v.fixedFRXRatio ?? 1} x f_X(SC,RU)` : v.fixedFRXRatio !== undefined ? `${v.fixedFRXRatio} x f_X(SC,RU)` : "fitted to 67.7% at Gamma = 0.191",
    share: (v.shareMeasure ?? "base") === "base" ? "against pre-ban exporters" : "against current exporters",
    participation: v.spec?.participationInclGamma ? "N_X/N_D incl. 1 - Gamma" : "Pareto tail above z_X",
    tauRX: String(p.tauRX),
    tauX: v.fitTauX ? "fitted to 67.7% at Gamma = 0.191" : String(p.tauX),
    reexportFixedCost: `${o.reexportFixedCost ?? "SC"} bundles`,
  };
}

/** Long-run secondary-sanction results of one reading at one ban share (GDP % from the initial state; SC producers' profit from re-exporters). */
export interface SecondaryByReading {
  ban: Vec3; tauRX: Vec3; tauZ: Vec3;
  /** SC producers' profits from sales to re-exporters, % relative to the ban alone */
  profSCtauRX: number; profSCtauZ: number;
  /** share of banned varieties re-exported: ban alone, tau_RX +10%, tau_z +24.5% */
  share: [number, number, number];
}

/** Figures 6-7 in the long run under every reading (tau_RX +10%, tau_z +24.5% on top of Gamma = 0.191 and 0.44). */
export function secondaryByReading(variants: Variant[] = VARIANTS): { label: string; g191: SecondaryByReading; g440: SecondaryByReading }[] {
  return variants.map((v) => {
    const { cal } = runVariant(v);
    const at = (G: number): SecondaryByReading => {
      const x = secondarySanctions(cal, G);
      const p0 = x.primary.state.profitSCfromRX;
      return {
        ban: x.primary.dGDP, tauRX: x.tauRX.scenario.dGDP, tauZ: x.tauZ.scenario.dGDP,
        profSCtauRX: 100 * (x.tauRX.scenario.state.profitSCfromRX / p0 - 1), profSCtauZ: 100 * (x.tauZ.scenario.state.profitSCfromRX / p0 - 1),
        share: [x.primary.shareBase, x.tauRX.scenario.shareBase, x.tauZ.scenario.shareBase],
      };
    };
    return { label: v.label, g191: at(0.191), g440: at(0.44) };
  });
}
