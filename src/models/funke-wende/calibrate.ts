/**
 * Calibration of the Funke & Wende (2025) model to section 4 and Table 2.
 *
 * Table 2's flow moments cannot all hold at once in a closed three-region world ([A12]): openness x
 * import shares x GDP shares already pin every bilateral flow relative to world GDP, hence the trade
 * balances, and the published balances (-0.1%, +7.5%, -0.1% of GDP) neither follow from them nor sum to
 * zero in world-GDP terms. Two calibration modes are offered:
 *   mode "A": GDP shares, RU openness, all import shares and the trade balances (RU's +7.5% exact, the
 *             counterpart spread over SC and RW in proportion to GDP); SC and RW openness are implied.
 *   mode "B": GDP shares, all openness and import shares; trade balances are implied.
 *   mode "C": GDP shares, SC's and RU's openness, all import shares and RU's trade balance (bond holdings
 *             B^RU, B^RW free, B^SC = -B^RU - B^RW); RW's openness and SC's and RW's trade balances are implied.
 * Value moments cannot separate a region's labour endowment from its real exchange rate, so the initial
 * real exchange rates are normalised to 1 and L^SC = 1.
 *
 * Export participation (section 4: about 20% of RU firms, 10% of the others) pins the six fixed export
 * costs in closed form from eq. 19. f_RX is not reported ([A3]); `calibrateReexportCost` chooses it so that
 * 67.7% of the banned varieties are re-exported at Gamma = 0.191: a calibration, not a result.
 */
import { InvalidParameterError } from "../../core/errors";
import { newton } from "./newton";
import { cloneParams, DEFAULT_OPTIONS, FWOptions, FWParams, Mat3, PARTICIPATION, REEXPORT_SHARE_TARGET, RU, RW, SC, table1, TABLE2, Table2, Vec3 } from "./params";
import { EQUATION_LABELS_14, evaluate, EvalExtras, residuals14, solveSteadyState, SteadyState } from "./steady";

export type CalibrationMode = "A" | "B" | "C";

export interface Moments {
  gdpShare: Vec3;
  openness: Vec3;
  importShare: Mat3;
  tradeBalance: Vec3;
  /** export participation (zmin / z_X^{ij})^k (firms above the cutoff, before the ban) */
  participation: Mat3;
  /** re-exports' share of RU's import spending */
  reexportShareOfImports: number;
}

export function moments(s: SteadyState): Moments {
  const p = s.params, o = s.options;
  const eY = s.Y.map((y, i) => s.e[i] * y);
  const world = eY[0] + eY[1] + eY[2];
  const imp = s.spend.map((r) => r[0] + r[1] + r[2]);
  const denom = o.openness === "imports/Q" ? s.Q : (s.Q.map((_, i) => s.C[i] + s.I[i] + s.NE[i] * s.v[i]) as Vec3);
  return {
    gdpShare: eY.map((v) => v / world) as Vec3,
    openness: imp.map((v, i) => v / denom[i]) as Vec3,
    importShare: s.spend.map((r, j) => r.map((v) => v / imp[j])) as Mat3,
    tradeBalance: s.netExports.map((v, i) => v / s.Y[i]) as Vec3,
    participation: s.zX.map((r, i) => r.map((z, j) => (i === j ? 0 : Math.pow(p.zmin / Math.max(z, p.zmin), p.k)))) as Mat3,
    reexportShareOfImports: s.spendRX / imp[RU],
  };
}

export interface CalibrationSpec {
  mode: CalibrationMode;
  targets: Table2;
  /** export participation of RU firms and of SC/RW firms */
  participationRU: number;
  participationOther: number;
  /** [A12 variant] participation measured on N_X / N_D including the (1 - Gamma) of banned varieties */
  participationInclGamma: boolean;
  /** f_RX as a multiple of the calibrated fX[SC][RU] */
  fRXRatio: number;
}

export const DEFAULT_SPEC: CalibrationSpec = {
  mode: "A", targets: TABLE2, participationRU: PARTICIPATION.RU, participationOther: PARTICIPATION.other, participationInclGamma: false, fRXRatio: 1,
};

export interface Calibration {
  spec: CalibrationSpec;
  options: FWOptions;
  params: FWParams;
  base: SteadyState;
  moments: Moments;
  /** trade-balance targets used (mode A) */
  tradeBalanceTarget: Vec3;
  maxResidual: number;
}

/** Mode A's trade balances: RU's published +7.5% and the counterpart spread over SC and RW by GDP. */
export function modeATradeBalance(t: Table2): Vec3 {
  const off = (-t.tradeBalance[RU] * t.gdpShare[RU]) / (t.gdpShare[SC] + t.gdpShare[RW]);
  return [off, t.tradeBalance[RU], off];
}

const nUnknowns = (mode: CalibrationMode) => (mode === "A" ? 20 : 22);
const logit = (s: number) => Math.log(s / (1 - s));
const logistic = (u: number) => 1 / (1 + Math.exp(-u));
/** the first source in each importer's pair; kappa for the second is one minus it */
const KAPPA_PAIRS: [number, number, number][] = [[SC, RU, RW], [RU, SC, RW], [RW, SC, RU]];

function zXTargets(spec: CalibrationSpec, p: FWParams): Mat3 {
  const z: Mat3 = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) {
    if (i === j) continue;
    let share = i === RU ? spec.participationRU : spec.participationOther;
    if (spec.participationInclGamma && i === SC && j === RU) share /= 1 - p.Gamma;
    z[i][j] = p.zmin * Math.pow(share, -1 / p.k);
  }
  return z;
}

interface Unpacked { p: FWParams; x: Float64Array; ex: EvalExtras }

function unpack(y: Float64Array, base: FWParams, spec: CalibrationSpec, zX: Mat3, tb: Vec3): Unpacked {
  const p = cloneParams(base);
  p.L = [1, Math.exp(y[12]), Math.exp(y[13])];
  p.alpha = [Math.exp(y[14]), Math.exp(y[15]), Math.exp(y[16])];
  for (let m = 0; m < 3; m++) {
    const [j, i1, i2] = KAPPA_PAIRS[m];
    p.kappa[j][i1] = logistic(y[17 + m]);
    p.kappa[j][i2] = 1 - p.kappa[j][i1];
    p.kappa[j][j] = 0;
  }
  const ex: EvalExtras = { zXTarget: zX, fRXRatio: spec.fRXRatio };
  if (spec.mode === "A") ex.tradeBalanceTarget = tb; // modes B and C: bonds are unknowns
  else p.B = [-(y[20] + y[21]), y[20], y[21]];
  const x = new Float64Array(14);
  x.set(y.subarray(0, 12));
  return { p, x, ex };
}

function calibrationResiduals(y: Float64Array, base: FWParams, o: FWOptions, spec: CalibrationSpec, zX: Mat3, tb: Vec3): Float64Array {
  const u = unpack(y, base, spec, zX, tb);
  const s = evaluate(u.x, u.p, o, u.ex);
  const m = moments(s);
  const t = spec.targets;
  const out: number[] = Array.from(residuals14(s));
  if (spec.mode === "A") out.push(m.openness[RU] - t.openness[RU]);
  else if (spec.mode === "B") for (let i = 0; i < 3; i++) out.push(m.openness[i] - t.openness[i]);
  else out.push(m.openness[SC] - t.openness[SC], m.openness[RU] - t.openness[RU]);
  for (const [j, i1] of KAPPA_PAIRS) out.push(m.importShare[j][i1] - t.importShare[j][i1]);
  out.push(m.gdpShare[RU] - t.gdpShare[RU], m.gdpShare[RW] - t.gdpShare[RW]);
  if (spec.mode === "C") out.push(m.tradeBalance[RU] - t.tradeBalance[RU]);
  return Float64Array.from(out);
}

export const CALIBRATION_LABELS = (mode: CalibrationMode) => [
  ...EQUATION_LABELS_14, ...(mode === "A" ? ["openness RU"] : mode === "B" ? ["openness SC", "openness RU", "openness RW"] : ["openness SC", "openness RU"]),
  "import share SC<-RU", "import share RU<-SC", "import share RW<-SC", "GDP share RU", "GDP share RW", ...(mode === "C" ? ["trade balance RU"] : []),
];

/** Which Table 2 moments a calibration mode targets (the others are implied). */
export function targetedMoments(mode: CalibrationMode): { gdpShare: boolean[]; openness: boolean[]; importShare: boolean; tradeBalance: boolean[] } {
  return {
    gdpShare: [true, true, true], importShare: true,
    openness: mode === "A" ? [false, true, false] : mode === "B" ? [true, true, true] : [true, true, false],
    tradeBalance: mode === "A" ? [true, true, true] : mode === "B" ? [false, false, false] : [false, true, false],
  };
}

/**
 * Closed-economy magnitudes of a region with labour L (a starting point): free entry gives revenue per
 * firm theta MC f_E dRate / Z, the bundle market X = N_D f_E ((theta - 1) dRate + delta / (1 - delta)) / Z,
 * factor demand X = L MC^(1/rhoL - 1) / cK^(1/rhoL), and P_D = 1 pins MC given N_D (eq. 14).
 */
export function closedEconomyGuess(p: FWParams, L: number, Z = 1): { MC: number; ND: number; Q: number } {
  const th = p.theta, mu = th / (th - 1);
  const dRate = (1 - p.beta * (1 - p.delta)) / (p.beta * (1 - p.delta));
  const RK = 1 / p.beta - 1 + p.deltaK;
  const cK = Math.pow(RK / p.rhoK, p.rhoK) * Math.pow(1 / p.rhoM, p.rhoM);
  const zD = Math.pow(p.k / (p.k - th + 1), 1 / (th - 1)) * p.zmin;
  const a1 = (th - 1) * dRate + p.delta / (1 - p.delta);
  let MC = 4, ND = 30;
  for (let it = 0; it < 200; it++) {
    const X = (L * Math.pow(MC, 1 / p.rhoL - 1)) / Math.pow(cK, 1 / p.rhoL);
    ND = (X * Z) / (p.fE * a1);
    MC = (zD * Z * Math.pow(ND, 1 / (th - 1))) / mu;
  }
  return { MC, ND, Q: (th * ND * MC * p.fE * dRate) / Z };
}

/** A starting point for the calibration from the targets (closed-economy magnitudes). */
function startingPoint(spec: CalibrationSpec, p: FWParams): Float64Array {
  const t = spec.targets;
  const n = nUnknowns(spec.mode);
  const y = new Float64Array(n);
  const L = t.gdpShare.map((g) => g / t.gdpShare[SC]);
  for (let i = 0; i < 3; i++) {
    const g = closedEconomyGuess(p, L[i], p.Z[i]);
    y[i] = Math.log(g.MC);
    y[3 + i] = Math.log(g.ND);
    y[6 + i] = Math.log(g.Q);
    y[9 + i] = 0;
    y[14 + i] = Math.log(t.openness[i]);
  }
  y[12] = Math.log(L[RU]);
  y[13] = Math.log(L[RW]);
  for (let m = 0; m < 3; m++) { const [j, i1] = KAPPA_PAIRS[m]; y[17 + m] = logit(Math.min(0.99, Math.max(0.01, t.importShare[j][i1]))); }
  return y;
}

/**
 * Calibrate the initial steady state (Gamma = base.Gamma, 0.01 by default). Returns the parameter record
 * with alpha, kappa, L, B, fX and f_RX filled in and the solved base steady state.
 */
export function calibrate(spec: Partial<CalibrationSpec> = {}, o: FWOptions = DEFAULT_OPTIONS, base: FWParams = table1(), warm?: Float64Array): Calibration & { y: Float64Array } {
  const sp: CalibrationSpec = { ...DEFAULT_SPEC, ...spec };
  if (!(sp.mode === "A" || sp.mode === "B" || sp.mode === "C")) throw new InvalidParameterError("mode", `calibration mode must be A, B or C, got '${String(sp.mode)}'`);
  if (!(sp.fRXRatio > 0)) throw new InvalidParameterError("fRXRatio", `must be positive, got ${sp.fRXRatio}`);
  const zX = zXTargets(sp, base);
  const tb = modeATradeBalance(sp.targets);
  const f = (y: Float64Array) => calibrationResiduals(y, base, o, sp, zX, tb);
  let y0: Float64Array;
  if (warm && warm.length === nUnknowns(sp.mode)) y0 = warm;
  else if (sp.mode === "C") {
    // mode C from mode A's solution (its bonds as the starting bond holdings): the closed-economy guess is too far
    const a = calibrate({ ...sp, mode: "A" }, o, base, warm && warm.length === 20 ? warm : undefined);
    y0 = new Float64Array(22);
    y0.set(a.y);
    y0[20] = a.params.B[RU];
    y0[21] = a.params.B[RW];
  } else y0 = startingPoint(sp, base);
  const r = newton(f, y0, { tol: 1e-12, maxit: 200, labels: CALIBRATION_LABELS(sp.mode), what: `Funke-Wende calibration (mode ${sp.mode})` });
  const u = unpack(r.x, base, sp, zX, tb);
  const cal = evaluate(u.x, u.p, o, u.ex);
  const params = cloneParams(cal.params);
  // re-solve with the calibrated parameters as plain parameters (fX, f_RX, B given): same point
  const s = solveSteadyState(params, o, { guess: cal.x });
  return { spec: sp, options: o, params, base: s, moments: moments(s), tradeBalanceTarget: tb, maxResidual: r.maxResidual, y: r.x };
}

/** Share of the banned varieties that are re-exported ([A13]). */
export type ReexportShareMeasure = "base" | "same";

/**
 * "base" (default): banned varieties that were exported before the ban and are re-exported now,
 * (z_X^{SC,RU, initial} / z_RX)^k; "same": relative to the current direct-export cutoff,
 * (z_X^{SC,RU} / z_RX)^k. Only the first moves with Gamma the way the paper's 67.7% -> 76.2% does.
 */
export function reexportShare(s: SteadyState, base: SteadyState, measure: ReexportShareMeasure = "base"): number {
  if (!Number.isFinite(s.zRX)) return 0;
  const zX = measure === "base" ? base.zX[SC][RU] : s.zX[SC][RU];
  return Math.pow(zX / Math.max(s.zRX, s.params.zmin), s.params.k);
}

export interface ReexportCalibration extends Calibration {
  fRXRatio: number;
  /** the steady state at the calibration's Gamma (0.191) and its re-export share */
  atTarget: SteadyState;
  share: number;
}

/**
 * Calibrate f_RX / fX^{SC,RU} so that the share of banned varieties re-exported at Gamma = 0.191 is
 * 67.7% (section 5, text on Figure 4), by the secant method in log f_RX on the full calibrate-then-solve map.
 */
export function calibrateReexportCost(spec: Partial<CalibrationSpec> = {}, o: FWOptions = DEFAULT_OPTIONS, target = REEXPORT_SHARE_TARGET, measure: ReexportShareMeasure = "base", base: FWParams = table1()): ReexportCalibration {
  let warm: Float64Array | undefined;
  let last: { cal: Calibration & { y: Float64Array }; s: SteadyState; share: number } | undefined;
  const g = (logr: number) => {
    const cal = calibrate({ ...spec, fRXRatio: Math.exp(logr) }, o, base, warm);
    warm = cal.y;
    const s = solveSteadyState({ ...cal.params, Gamma: target.Gamma }, o, { guess: last?.s ?? cal.base });
    const share = reexportShare(s, cal.base, measure);
    last = { cal, s, share };
    return Math.log(share / target.share);
  };
  let a = Math.log(0.3), b = Math.log(0.6);
  let ga = g(a), gb = g(b);
  for (let it = 0; it < 50 && Math.abs(gb) > 1e-13; it++) {
    const c = b - (gb * (b - a)) / (gb - ga);
    a = b; ga = gb; b = c; gb = g(b);
  }
  if (!(Math.abs(gb) < 1e-10)) throw new InvalidParameterError("fRX", `could not reach a re-export share of ${target.share} (last log gap ${gb})`);
  const L = last!;
  return { ...L.cal, fRXRatio: Math.exp(b), atTarget: L.s, share: L.share };
}

export interface IcebergCalibration extends ReexportCalibration {
  /** the fitted iceberg cost of direct trade */
  tauX: number;
}

/**
 * Calibrate the iceberg cost of direct trade tau_X ([A2], not reported) so that the share of banned varieties
 * re-exported at Gamma = 0.191 is 67.7%, with f_RX / fX^{SC,RU} held at `spec.fRXRatio` (default 1, f_RX = f_X):
 * the secant method in log tau_X on the full calibrate-then-solve map. Only tau_RX / tau_X moves the model
 * (see `scaleIceberg`), so this is the same as fitting tau_RX at tau_X = 1.
 */
export function calibrateIcebergCost(spec: Partial<CalibrationSpec> = {}, o: FWOptions = DEFAULT_OPTIONS, target = REEXPORT_SHARE_TARGET, measure: ReexportShareMeasure = "base", base: FWParams = table1()): IcebergCalibration {
  const fRXRatio = spec.fRXRatio ?? 1;
  let warm: Float64Array | undefined;
  let last: { cal: Calibration & { y: Float64Array }; s: SteadyState; share: number } | undefined;
  const g = (logt: number) => {
    const cal = calibrate({ ...spec, fRXRatio }, o, { ...base, tauX: Math.exp(logt) }, warm);
    warm = cal.y;
    const s = solveSteadyState({ ...cal.params, Gamma: target.Gamma }, o, { guess: last?.s ?? cal.base });
    const share = reexportShare(s, cal.base, measure);
    last = { cal, s, share };
    return Math.log(share / target.share);
  };
  let a = Math.log(1.2), b = Math.log(1.4);
  let ga = g(a), gb = g(b);
  for (let it = 0; it < 50 && Math.abs(gb) > 1e-13; it++) {
    const c = b - (gb * (b - a)) / (gb - ga);
    a = b; ga = gb; b = c; gb = g(b);
  }
  if (!(Math.abs(gb) < 1e-10)) throw new InvalidParameterError("tauX", `could not reach a re-export share of ${target.share} (last log gap ${gb})`);
  const L = last!;
  return { ...L.cal, fRXRatio, atTarget: L.s, share: L.share, tauX: Math.exp(b) };
}

/**
 * The iceberg scaling of the model: direct-trade prices carry tau_X and re-export prices tau_RX (eqs. 4, 7),
 * and nothing else does, so multiplying both by lambda multiplies every import price index P_X^j by lambda
 * and leaves every spending flow, cutoff and count unchanged once the openness weights absorb it,
 * alpha^j -> alpha^j lambda^(omega - 1) (eqs. 25, 27: import spending alpha^j (P_X^j)^(1 - omega) Q^j). The
 * returned parameters have the same steady state as `p` (P_X scaled by lambda, all else equal).
 */
export function scaleIceberg(p: FWParams, lambda: number): FWParams {
  const q = cloneParams(p);
  q.tauX = p.tauX * lambda;
  q.tauRX = p.tauRX * lambda;
  q.alpha = p.alpha.map((a) => a * Math.pow(lambda, p.omega - 1)) as Vec3;
  return q;
}
