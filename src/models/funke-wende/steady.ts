/**
 * The steady state of the Funke & Wende (2025) model, re-derived from sections 3.2-3.5.
 *
 * Units: each region's real variables are in its own final good (P^i = 1, eq. 28). e[i] is the price of
 * region i's final good in SC final goods (e[SC] = 1), so the paper's real exchange rate is
 * eps^{ij} = e[j] / e[i] (units of i-goods per j-good; eq. 4 divides an i-price by eps^{ij}).
 *
 * Unknowns (14, in logs): MC^i, N_D^i, Q^i, P_X^i (3 each) and e[RU], e[RW]. Equations (15, one redundant
 * by Walras' law; SC's goods market is dropped and reported as the Walras check):
 *   price index (eq. 28), import price index (eq. 27 / 12), free entry with the share Euler (eqs. 23, 37),
 *   input-bundle market (eq. 41 with the fixed and entry costs), goods market (eq. 42).
 *
 * Firm-level closed forms (section 3.2; Pareto moments in ./pareto):
 *   consumer price of a direct export from i in j:  a_X^{ij} / z,   a_X = (1+t^{ji}) tau_X mu MC^i / (eps^{ij} Z^i)   (eqs. 3-4)
 *   consumer price of a re-export SC -> RW -> RU:    a_R z^(tau_z - 1), a_R = (1+t_R) tau_RX mu^2 MC^SC / (eps^{SC,RU} Z^SC) (eq. 7)
 *   demand for a variety at consumer price p in j:   kappa^{ji} D^j p^(-theta),  D^j = (P_X^j)^theta Q_X^j (eqs. 25-26)
 *   cutoffs: variable profit (revenue / theta, converted to the producer's units) = fixed cost (eqs. 19-20)
 *   counts: N_X^{ij} = (1 - Gamma^{ij}) N_D^i (zmin / z_X^{ij})^k,  N_RX = Gamma N_D^SC (zmin / z_RX)^k (eqs. 21-22)
 */
import { InvalidParameterError } from "../../core/errors";
import { newton, NewtonResult } from "./newton";
import { DEFAULT_OPTIONS, FWOptions, FWParams, Mat3, REGIONS, RU, RW, SC, Vec3, validate } from "./params";

/** I(a, zc) = int_zc^inf z^a dG(z) = k/(k-a) zmin^k zc^(a-k) (no argument checks: NaN propagates to the residuals, which the line search rejects). */
function moment(a: number, zc: number, p: FWParams): number {
  return (p.k / (p.k - a)) * Math.pow(p.zmin, p.k) * Math.pow(zc, a - p.k);
}

export const N_UNKNOWNS = 14;
export const UNKNOWN_LABELS = [
  ...REGIONS.map((r) => `log MC^${r}`), ...REGIONS.map((r) => `log N_D^${r}`), ...REGIONS.map((r) => `log Q^${r}`),
  ...REGIONS.map((r) => `log P_X^${r}`), "log e^RU", "log e^RW",
];
export const EQUATION_LABELS = [
  ...REGIONS.map((r) => `price index (eq. 28) ${r}`), ...REGIONS.map((r) => `import price index (eq. 27) ${r}`),
  ...REGIONS.map((r) => `free entry / share Euler (eqs. 23, 37) ${r}`), ...REGIONS.map((r) => `input-bundle market (eq. 41) ${r}`),
  ...REGIONS.map((r) => `goods market (eq. 42) ${r}`),
];
/** index of the equation dropped by Walras' law (SC's goods market) */
export const DROPPED = 12;

export interface SteadyState {
  params: FWParams;
  options: FWOptions;
  /** the 14 log unknowns */
  x: Float64Array;
  MC: Vec3; ND: Vec3; Q: Vec3; PX: Vec3; e: Vec3;
  w: Vec3; RK: number; X: Vec3; K: Vec3; M: Vec3; PD: Vec3; QD: Vec3; QX: Vec3; D: Vec3;
  /** export cutoffs zX[i][j] (eq. 19), counts NX[i][j] (eq. 21) */
  zX: Mat3; NXfirms: Mat3;
  /** direct export revenue EX[i][j] in j's goods, before tariffs */
  EX: Mat3;
  /** consumer spending (incl. tariffs, in j's goods) of importer j on source i's varieties: spend[j][i]; re-exports counted with SC */
  spend: Mat3;
  /** re-export cutoff (eq. 20), count (eq. 22), consumer spending on re-exports (RU goods, incl. tariff), revenue before tariff */
  zRX: number; NRX: number; spendRX: number; revRX: number; tariffRX: number;
  /** re-exporters' aggregate profit in SC goods (owned by RW, [A10]) and average profit (eq. 47) */
  profitRX: number; avgProfitRX: number;
  /** SC producers' profit from sales to re-exporters (SC goods, [A8]) */
  profitSCfromRX: number;
  /** producer revenue, aggregate profits N_D d~, share price v~, entrants */
  rev: Vec3; profits: Vec3; v: Vec3; NE: Vec3;
  tariffRevenue: Vec3;
  Y: Vec3; C: Vec3; I: Vec3;
  /** net exports from the budget constraint and from trade flows (own goods) */
  netExports: Vec3; netExportsFlows: Vec3;
  /** all 15 residuals (relative form) */
  residuals: Float64Array;
  /** SC's goods-market residual, implied by the others (Walras' law) */
  walras: number;
}

export interface EvalExtras {
  /** calibration: cutoffs given, fixed export costs backed out from eq. 19 */
  zXTarget?: Mat3;
  /** calibration: f_RX = ratio x fX[SC][RU] (after fX is backed out) */
  fRXRatio?: number;
  /** calibration mode A: bonds set from trade-balance targets, B^i = -TB^i e^i Y^i / (R - 1) */
  tradeBalanceTarget?: Vec3;
}

const mat3 = (): Mat3 => [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
const vec3 = (): Vec3 => [0, 0, 0];

/** Evaluate every steady-state quantity and residual at the log unknowns x. */
export function evaluate(x: ArrayLike<number>, p: FWParams, o: FWOptions = DEFAULT_OPTIONS, ex: EvalExtras = {}): SteadyState {
  const th = p.theta, mu = th / (th - 1), k = p.k, zmin = p.zmin;
  const MC = [Math.exp(x[0]), Math.exp(x[1]), Math.exp(x[2])] as Vec3;
  const ND = [Math.exp(x[3]), Math.exp(x[4]), Math.exp(x[5])] as Vec3;
  const Q = [Math.exp(x[6]), Math.exp(x[7]), Math.exp(x[8])] as Vec3;
  const PX = [Math.exp(x[9]), Math.exp(x[10]), Math.exp(x[11])] as Vec3;
  const e = [1, Math.exp(x[12]), Math.exp(x[13])] as Vec3;
  const eps = (i: number, j: number) => e[j] / e[i];
  const R = 1 / p.beta;
  const RK = 1 / p.beta - 1 + p.deltaK; // eq. 35 with q = 1
  const cK = Math.pow(RK / p.rhoK, p.rhoK) * Math.pow(1 / p.rhoM, p.rhoM);
  const zD = Math.pow(k / (k - th + 1), 1 / (th - 1)) * zmin; // eq. 16
  const w = vec3(), X = vec3(), K = vec3(), M = vec3(), PD = vec3(), QD = vec3(), QX = vec3(), D = vec3();
  for (let i = 0; i < 3; i++) {
    w[i] = p.rhoL * Math.pow(MC[i] / cK, 1 / p.rhoL); // eq. 2 solved for the wage
    X[i] = (w[i] * p.L[i]) / (p.rhoL * MC[i]); // input bundles (labour share of costs)
    K[i] = (p.rhoK * MC[i] * X[i]) / RK;
    M[i] = p.rhoM * MC[i] * X[i];
    PD[i] = Math.pow(ND[i], 1 / (1 - th)) * mu * MC[i] / (p.Z[i] * zD); // eq. 14
    QD[i] = (1 - p.alpha[i]) * Math.pow(PD[i], -p.omega) * Q[i]; // eq. 25 demand
    QX[i] = p.alpha[i] * Math.pow(PX[i], -p.omega) * Q[i];
    D[i] = Math.pow(PX[i], th) * QX[i];
  }
  const fX = ex.zXTarget ? mat3() : p.fX;
  const zX = mat3(), NXfirms = mat3(), EX = mat3(), spend = mat3();
  const aExp = th - 1;
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) {
    if (i === j) continue;
    const G = i === SC && j === RU ? p.Gamma : 0;
    const t = p.tariff[j][i];
    const a = ((1 + t) * p.tauX * mu * MC[i]) / (eps(i, j) * p.Z[i]);
    const Bc = p.kappa[j][i] * D[j] * Math.pow(a, 1 - th); // spending on variety z is Bc z^(theta-1)
    // variable profit of variety z in i's goods: eps Bc z^(theta-1) / ((1+t) theta); fixed cost MC fX / Z (eqs. 5, 19)
    if (ex.zXTarget) {
      zX[i][j] = ex.zXTarget[i][j];
      fX[i][j] = (eps(i, j) * Bc * Math.pow(zX[i][j], aExp) * p.Z[i]) / ((1 + t) * th * MC[i]);
    } else {
      zX[i][j] = Math.pow((th * (1 + t) * MC[i] * fX[i][j]) / (p.Z[i] * eps(i, j) * Bc), 1 / aExp);
    }
    const zc = Math.max(zX[i][j], zmin);
    spend[j][i] = ND[i] * (1 - G) * Bc * moment(aExp, zc, p);
    EX[i][j] = spend[j][i] / (1 + t);
    NXfirms[i][j] = (1 - G) * ND[i] * Math.pow(zmin / zc, k);
  }
  // re-exports SC -> RW -> RU (eqs. 6-8, 20, 22)
  const fRX = ex.fRXRatio !== undefined ? ex.fRXRatio * fX[SC][RU] : p.fRX;
  // [A10] the re-exporters' fixed cost in SC bundles (default) or in RW bundles, priced in SC goods
  const rxF = o.reexportFixedCost === "RW" ? RW : SC;
  const mcF = (MC[rxF] * e[rxF]) / p.Z[rxF];
  const tR = o.reexportTariff === "RW" ? p.tariff[RW][SC] : p.tariff[RU][SC];
  const bR = (1 - p.tauZ) * (th - 1);
  let zRX = Infinity, NRX = 0, spendRX = 0, revRX = 0;
  if (o.reexports && p.Gamma > 0) {
    const aR = ((1 + tR) * p.tauRX * mu * mu * MC[SC]) / (eps(SC, RU) * p.Z[SC]);
    const BR = p.kappa[RU][SC] * D[RU] * Math.pow(aR, 1 - th); // spending on re-exported variety z is BR z^bR
    zRX = Math.pow((th * (1 + tR) * mcF * fRX) / (eps(SC, RU) * BR), 1 / bR);
    const zc = Math.max(zRX, zmin);
    spendRX = ND[SC] * p.Gamma * BR * moment(bR, zc, p);
    revRX = spendRX / (1 + tR);
    NRX = p.Gamma * ND[SC] * Math.pow(zmin / zc, k);
    spend[RU][SC] += spendRX;
  }
  const tariffRX = tR * revRX; // RU goods, collected by RW [A4]
  const profitRX = (eps(SC, RU) * revRX) / th - NRX * mcF * fRX;
  const avgProfitRX = NRX > 0 ? profitRX / NRX : 0;
  const salesToRX = (eps(SC, RU) * revRX) / mu; // SC producers' revenue from re-exporters (replaces eq. 10, [A8])
  const profitSCfromRX = salesToRX / th;
  const rev = vec3(), profits = vec3(), v = vec3(), NE = vec3(), tariffRevenue = vec3(), Y = vec3(), C = vec3(), I = vec3();
  const fixedBundles = vec3();
  const dRate = (1 - p.beta * (1 - p.delta)) / (p.beta * (1 - p.delta)); // eqs. 23, 37 in steady state: d~ = v~ dRate
  for (let i = 0; i < 3; i++) {
    rev[i] = PD[i] * QD[i];
    for (let j = 0; j < 3; j++) if (j !== i) { rev[i] += eps(i, j) * EX[i][j]; fixedBundles[i] += (NXfirms[i][j] * fX[i][j]) / p.Z[i]; }
    if (i === SC) rev[i] += salesToRX;
    profits[i] = rev[i] / th - MC[i] * fixedBundles[i];
    v[i] = o.entryCost === "bundles" ? (MC[i] * p.fE) / p.Z[i] : p.fE; // eq. 23 [A9]
    NE[i] = (p.delta * ND[i]) / (1 - p.delta); // eq. 24 in steady state
    for (let j = 0; j < 3; j++) if (j !== i) tariffRevenue[i] += p.tariff[i][j] * EX[j][i]; // eq. 38
  }
  tariffRevenue[RW] += tariffRX * eps(RW, RU);
  for (let i = 0; i < 3; i++) {
    Y[i] = w[i] * p.L[i] + RK * K[i] + profits[i] + tariffRevenue[i] + (i === RW ? profitRX / e[RW] : 0);
    I[i] = p.deltaK * K[i];
  }
  const B = ex.tradeBalanceTarget ? (Y.map((y, i) => (-ex.tradeBalanceTarget![i] * e[i] * y) / (R - 1)) as Vec3) : p.B;
  for (let i = 0; i < 3; i++) C[i] = Y[i] + ((R - 1) * B[i]) / e[i] - I[i] - NE[i] * v[i]; // budget (eq. 30) in steady state
  const netExports = Y.map((y, i) => y - C[i] - I[i] - NE[i] * v[i]) as Vec3;
  // net exports from the flows, as a check of the accounting
  const netExportsFlows = vec3();
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) if (j !== i) netExportsFlows[i] += eps(i, j) * EX[i][j] - EX[j][i];
  const fixedSC = rxF === SC ? NRX * mcF * fRX : 0; // SC's sales of bundles for the re-exporters' fixed cost
  netExportsFlows[SC] += salesToRX + fixedSC;
  netExportsFlows[RU] -= (1 + tR) * revRX;
  netExportsFlows[RW] += eps(RW, RU) * (1 + tR) * revRX - eps(RW, SC) * (salesToRX + fixedSC);
  const res = new Float64Array(15);
  for (let i = 0; i < 3; i++) {
    res[i] = (1 - p.alpha[i]) * Math.pow(PD[i], 1 - p.omega) + p.alpha[i] * Math.pow(PX[i], 1 - p.omega) - 1; // eq. 28
    const totalSpend = spend[i][0] + spend[i][1] + spend[i][2];
    res[3 + i] = totalSpend / (PX[i] * QX[i]) - 1; // eq. 27: sum_i kappa (P^{ji})^(1-theta) = P_X^(1-theta)
    res[6 + i] = profits[i] / (ND[i] * v[i] * dRate) - 1; // eqs. 23, 37
    const bundles = ((th - 1) / th) * rev[i] / MC[i] + fixedBundles[i] + (o.entryCost === "bundles" ? (NE[i] * p.fE) / p.Z[i] : 0) + (i === rxF ? (NRX * fRX) / p.Z[rxF] : 0);
    res[9 + i] = bundles / X[i] - 1; // eq. 41
    res[12 + i] = (C[i] + I[i] + M[i] + (o.entryCost === "finalGoods" ? NE[i] * p.fE : 0)) / Q[i] - 1; // eq. 42
  }
  const params: FWParams = ex.zXTarget || ex.tradeBalanceTarget || ex.fRXRatio !== undefined ? { ...p, fX, fRX, B } : p;
  return {
    params, options: o, x: Float64Array.from(x), MC, ND, Q, PX, e, w, RK, X, K, M, PD, QD, QX, D, zX, NXfirms, EX, spend,
    zRX, NRX, spendRX, revRX, tariffRX, profitRX, avgProfitRX, profitSCfromRX, rev, profits, v, NE, tariffRevenue, Y, C, I,
    netExports, netExportsFlows, residuals: res, walras: res[DROPPED],
  };
}

/** The 14 independent residuals (SC's goods market dropped). */
export function residuals14(s: SteadyState): Float64Array {
  const r = new Float64Array(14);
  let m = 0;
  for (let i = 0; i < 15; i++) if (i !== DROPPED) r[m++] = s.residuals[i];
  return r;
}
export const EQUATION_LABELS_14 = EQUATION_LABELS.filter((_, i) => i !== DROPPED);

/** A starting point from rough magnitudes (used when no previous solution is available). */
export function roughGuess(p: FWParams): Float64Array {
  const x = new Float64Array(14);
  for (let i = 0; i < 3; i++) { x[i] = Math.log(4); x[3 + i] = Math.log(35 * p.L[i]); x[6 + i] = Math.log(40 * p.L[i]); x[9 + i] = 0; }
  return x;
}

export interface SolveOptions { guess?: Float64Array | SteadyState; tol?: number; maxit?: number }

/** Solve the steady state by Newton in log variables. Throws ConvergenceError naming the worst equation. */
export function solveSteadyState(p: FWParams, o: FWOptions = DEFAULT_OPTIONS, so: SolveOptions = {}): SteadyState & { newton: NewtonResult } {
  validate(p);
  if (!o.reexports && o.reexportTariff === undefined) throw new InvalidParameterError("options", "incomplete options record");
  const g = so.guess === undefined ? roughGuess(p) : so.guess instanceof Float64Array ? so.guess : so.guess.x;
  const f = (x: Float64Array) => residuals14(evaluate(x, p, o));
  const r = newton(f, g, { tol: so.tol ?? 1e-13, maxit: so.maxit ?? 100, labels: EQUATION_LABELS_14, what: `Funke-Wende steady state (Gamma = ${p.Gamma})` });
  return { ...evaluate(r.x, p, o), newton: r };
}

/** Steady state after a parameter change, by continuation in `steps` equal steps from a solved state. */
export function continueSteadyState(from: SteadyState, to: FWParams, o: FWOptions = from.options, steps = 1): SteadyState {
  let s: SteadyState = from;
  const a = from.params;
  for (let m = 1; m <= steps; m++) {
    const lam = m / steps;
    const mid: FWParams = steps === 1 ? to : { ...to, Gamma: a.Gamma + lam * (to.Gamma - a.Gamma), tauRX: a.tauRX + lam * (to.tauRX - a.tauRX), tauZ: a.tauZ + lam * (to.tauZ - a.tauZ) };
    s = solveSteadyState(mid, o, { guess: s });
  }
  return s;
}
