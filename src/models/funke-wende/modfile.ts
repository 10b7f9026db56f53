/**
 * The dynamic Funke & Wende (2025) model as a Dynare .mod file (the subset read by src/dynare), written
 * from a calibration so that the file carries the calibrated numbers and runs unchanged in Dynare 5.
 *
 * Per region (SC, RU, RW) and period, the static block of ./steady.ts holds with last period's capital,
 * and the dynamic equations of sections 3.2.6 and 3.3 are added:
 *   firm stock (eq. 24) with entrants choosing the share Euler equation (eqs. 23, 37),
 *   capital with investment adjustment costs (eq. 31), Tobin's q (eqs. 35-36), marginal utility (eq. 32),
 *   the Euler equation for one internationally traded bond in SC goods (eqs. 33-34) with a debt-elastic
 *   premium Upsilon (exp(Bbar - B) - 1) for RU and RW ([A14]: zero in the steady state as written here),
 *   rebated lump sum so that only the Euler equation sees it, the budget constraints (eq. 30) and bond-market
 *   clearing (eq. 39) instead of the garbled eq. 43; SC's goods market is implied by Walras' law.
 *   The time-varying substitution of eqs. 45-46 multiplies each import weight kappa^{ji} by g^{ji}, driven by
 *   the bilateral quantity ratio; |x - 1| is smoothed as sqrt((x-1)^2 + s^2) - s so that g = 1 exactly in
 *   steady state ([A15]). nu_g = 0 switches it off (Figure 4).
 * Exogenous: the ban share Gamma and the secondary-sanction parameters tau_RX, tau_z (Figures 6-7).
 */
import { FWParams, REGIONS, RU, RW, SC } from "./params";
import { SteadyState } from "./steady";
import { reexportShare } from "./calibrate";

const R3 = REGIONS;
const num = (v: number) => (Number.isFinite(v) ? v.toPrecision(17).replace(/\.?0+(e|$)/, "$1") : "NaN");

export interface ModSpec {
  /** calibrated parameters (the initial steady state's Gamma, tau_RX, tau_z become the initval) */
  params: FWParams;
  /** the solved initial steady state (its values are the initval guesses) */
  base: SteadyState;
  /** terminal values of the exogenous variables and the terminal steady state (its values are the endval guesses) */
  terminal: { Gamma: number; tauRX: number; tauZ: number; state: SteadyState };
  periods: number;
  /** time-varying substitution (eqs. 45-46) */
  rhoG: number;
  nuG: number;
  /** smoothing of |x - 1| */
  smooth: number;
  /** re-export channel on (1) or off (0) */
  reexports: boolean;
  /** tight tolerances for `steady` and the solver (for comparisons with Dynare), e.g. 1e-12 */
  tolf?: number;
}

/** Endogenous variables written by the file, in declaration order (per-region names end in _SC, _RU, _RW). */
export const PER_REGION = ["MC", "ND", "Q", "PX", "RK", "X", "K", "Ik", "q", "lam", "C", "d", "NE", "Y", "B", "EXP"] as const;

export function modText(s: ModSpec): string {
  const p = s.params;
  const L: string[] = [];
  const pairs: [number, number][] = [];
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) if (i !== j) pairs.push([i, j]);
  const r = (i: number) => R3[i];
  const eps = (i: number, j: number) => (i === j ? "1" : i === SC ? `rer_${r(j)}` : j === SC ? `(1/rer_${r(i)})` : `(rer_${r(j)}/rer_${r(i)})`);
  const epsLead = (i: number) => (i === SC ? "1" : `rer_${r(i)}(+1)`);
  const rer = (i: number) => (i === SC ? "1" : `rer_${r(i)}`);

  L.push("// Funke & Wende (2025), three-region heterogeneous-firm trade model with export bans, re-exporters and");
  L.push("// secondary sanctions. Written by src/models/funke-wende/modfile.ts from a calibration (mode A by default);");
  L.push("// regions SC (sanctioning coalition), RU, RW; real variables in own final goods; rer_i = price of i's good in SC goods.");
  L.push("");
  const endo: string[] = [];
  for (const v of PER_REGION) for (const rg of R3) endo.push(`${v}_${rg}`);
  endo.push("rer_RU", "rer_RW", "R");
  for (const [i, j] of pairs) endo.push(`g_${r(j)}_${r(i)}`, `QB_${r(j)}_${r(i)}`); // importer j, source i
  endo.push("zXSCRU", "zRX", "zTRX", "zCRX", "pRX", "NRX", "revRX", "PiRX", "dRX", "profSCRX", "rxShareImports", "shareBase", "EXPRU_SC", "EXPRU_RW");
  L.push(`var ${endo.join(" ")};`);
  L.push("varexo Gamma tauRX tauZ;");
  const par: [string, number][] = [
    ["theta", p.theta], ["omega", p.omega], ["rhoL", p.rhoL], ["rhoK", p.rhoK], ["rhoM", p.rhoM], ["delta", p.delta], ["deltaK", p.deltaK],
    ["fE", p.fE], ["Zp", p.Z[0]], ["zmin", p.zmin], ["kpar", p.k], ["bet", p.beta], ["gam", p.gamma], ["phi", p.phi], ["ups", p.upsilon],
    ["tauX", p.tauX], ["fRX", p.fRX], ["rhog", s.rhoG], ["nug", s.nuG], ["sg", s.smooth], ["rxon", s.reexports ? 1 : 0], ["zX0", s.base.zX[SC][RU]],
  ];
  for (let i = 0; i < 3; i++) par.push([`alpha_${r(i)}`, p.alpha[i]], [`L_${r(i)}`, p.L[i]], [`Bbar_${r(i)}`, p.B[i]]);
  for (const [i, j] of pairs) {
    par.push([`fX_${r(i)}_${r(j)}`, p.fX[i][j]], [`kap_${r(j)}_${r(i)}`, p.kappa[j][i]], [`t_${r(j)}_${r(i)}`, p.tariff[j][i]]);
  }
  if (p.Z.some((z) => z !== p.Z[0])) throw new Error("modText: region-specific Z is not written (Table 1: Z = 1)");
  L.push(`parameters ${par.map((x) => x[0]).join(" ")};`);
  for (const [n, v] of par) L.push(`${n} = ${num(v)};`);
  L.push("");
  L.push("model;");
  L.push("# mu = theta/(theta-1);");
  L.push("# zD = (kpar/(kpar-theta+1))^(1/(theta-1))*zmin;");
  L.push("# bR = (1-tauZ)*(theta-1);");
  for (let i = 0; i < 3; i++) {
    const g = r(i);
    L.push(`# w_${g} = rhoL*(MC_${g}/((RK_${g}/rhoK)^rhoK*(1/rhoM)^rhoM))^(1/rhoL);`);
    L.push(`# M_${g} = rhoM*MC_${g}*X_${g};`);
    L.push(`# PD_${g} = ND_${g}^(1/(1-theta))*mu*MC_${g}/(Zp*zD);`);
    L.push(`# QD_${g} = (1-alpha_${g})*PD_${g}^(-omega)*Q_${g};`);
    L.push(`# QX_${g} = alpha_${g}*PX_${g}^(-omega)*Q_${g};`);
    L.push(`# D_${g} = PX_${g}^theta*QX_${g};`);
  }
  for (const [i, j] of pairs) {
    const a = r(i), b = r(j), G = i === SC && j === RU ? "Gamma" : "0";
    L.push(`# aX_${a}_${b} = (1+t_${b}_${a})*tauX*mu*MC_${a}/(${eps(i, j)}*Zp);`);
    L.push(`# Bc_${a}_${b} = kap_${b}_${a}*g_${b}_${a}*D_${b}*aX_${a}_${b}^(1-theta);`);
    L.push(`# zX_${a}_${b} = (theta*(1+t_${b}_${a})*MC_${a}*fX_${a}_${b}/(Zp*${eps(i, j)}*Bc_${a}_${b}))^(1/(theta-1));`);
    L.push(`# sp_${a}_${b} = ND_${a}*(1-${G})*Bc_${a}_${b}*kpar/(kpar-theta+1)*zmin^kpar*zX_${a}_${b}^(theta-1-kpar);`);
    L.push(`# EX_${a}_${b} = sp_${a}_${b}/(1+t_${b}_${a});`);
    L.push(`# NXf_${a}_${b} = (1-${G})*ND_${a}*(zmin/zX_${a}_${b})^kpar;`);
  }
  // re-exports SC -> RW -> RU, taxed at RW's tariff on SC goods [A4]
  L.push(`# tR = t_RW_SC;`);
  L.push(`# aR = (1+tR)*tauRX*mu^2*MC_SC/(${eps(SC, RU)}*Zp);`);
  L.push(`# BR = kap_RU_SC*g_RU_SC*D_RU*aR^(1-theta);`);
  L.push(`# zRXl = (theta*(1+tR)*MC_SC*fRX/(Zp*${eps(SC, RU)}*BR))^(1/bR);`);
  L.push(`# spRX = rxon*ND_SC*Gamma*BR*kpar/(kpar-bR)*zmin^kpar*zRXl^(bR-kpar);`);
  L.push(`# revRXl = spRX/(1+tR);`);
  L.push(`# NRXl = rxon*Gamma*ND_SC*(zmin/zRXl)^kpar;`);
  L.push(`# salesRX = ${eps(SC, RU)}*revRXl/mu;`);
  L.push(`# PiRXl = ${eps(SC, RU)}*revRXl/theta - NRXl*MC_SC*fRX/Zp;`);
  for (let i = 0; i < 3; i++) {
    const g = r(i);
    const others = [0, 1, 2].filter((j) => j !== i);
    let rev = `PD_${g}*QD_${g}` + others.map((j) => ` + ${eps(i, j)}*EX_${g}_${r(j)}`).join("");
    if (i === SC) rev += " + salesRX";
    L.push(`# rev_${g} = ${rev};`);
    L.push(`# fixb_${g} = ${others.map((j) => `NXf_${g}_${r(j)}*fX_${g}_${r(j)}/Zp`).join(" + ")};`);
    L.push(`# prof_${g} = rev_${g}/theta - MC_${g}*fixb_${g};`);
    let psi = others.map((j) => `t_${g}_${r(j)}*EX_${r(j)}_${g}`).join(" + ");
    if (i === RW) psi += ` + tR*revRXl*${eps(RW, RU)}`;
    L.push(`# Psi_${g} = ${psi};`);
  }
  // bilateral spending including re-exports, for the import price index and the bilateral quantities
  for (const [i, j] of pairs) L.push(`# spT_${r(j)}_${r(i)} = sp_${r(i)}_${r(j)}${i === SC && j === RU ? " + spRX" : ""};`);
  for (const [i, j] of pairs) {
    const a = r(i), b = r(j);
    L.push(`# xg_${b}_${a} = (QB_${b}_${a}/QB_${a}_${b})/(QB_${b}_${a}(-1)/QB_${a}_${b}(-1));`);
  }
  for (let i = 0; i < 3; i++) {
    const g = r(i);
    const others = [0, 1, 2].filter((j) => j !== i);
    L.push(`[name='wage_${g}'] w_${g}*L_${g} = rhoL*MC_${g}*X_${g};`);
    L.push(`[name='rent_${g}'] RK_${g}*K_${g}(-1) = rhoK*MC_${g}*X_${g};`);
    L.push(`[name='price index eq28 ${g}'] (1-alpha_${g})*PD_${g}^(1-omega) + alpha_${g}*PX_${g}^(1-omega) = 1;`);
    L.push(`[name='import price index eq27 ${g}'] ${others.map((j) => `spT_${g}_${r(j)}`).join(" + ")} = PX_${g}*QX_${g};`);
    L.push(`[name='profits ${g}'] d_${g}*ND_${g} = prof_${g};`);
    L.push(`[name='share Euler eq37 ${g}'] MC_${g}*fE/Zp = bet*(1-delta)*lam_${g}(+1)/lam_${g}*(d_${g}(+1) + MC_${g}(+1)*fE/Zp);`);
    L.push(`[name='firms eq24 ${g}'] ND_${g} = (1-delta)*(ND_${g}(-1) + NE_${g}(-1));`);
    L.push(`[name='bundles eq41 ${g}'] X_${g} = (theta-1)/theta*rev_${g}/MC_${g} + fixb_${g} + NE_${g}*fE/Zp${i === SC ? " + NRXl*fRX/Zp" : ""};`);
    if (i !== SC) L.push(`[name='goods eq42 ${g}'] Q_${g} = C_${g} + Ik_${g} + M_${g};`);
    L.push(`[name='GDP ${g}'] Y_${g} = w_${g}*L_${g} + RK_${g}*K_${g}(-1) + prof_${g} + Psi_${g}${i === RW ? " + PiRXl/rer_RW" : ""};`);
    L.push(`[name='budget eq30 ${g}'] C_${g} + Ik_${g} + NE_${g}*MC_${g}*fE/Zp + B_${g}/${rer(i)} = Y_${g} + R(-1)*B_${g}(-1)/${rer(i)};`);
    L.push(`[name='marginal utility eq32 ${g}'] lam_${g} = C_${g}^(-gam);`);
    if (i === SC) L.push(`[name='bond Euler eq33 SC'] lam_SC = bet*R*lam_SC(+1);`);
    else L.push(`[name='bond Euler eq34 ${g}'] lam_${g}/${rer(i)} = bet*(R + ups*(exp(Bbar_${g} - B_${g}) - 1))*lam_${g}(+1)/${epsLead(i)};`);
    L.push(`[name='capital eq31 ${g}'] K_${g} = (1-deltaK)*K_${g}(-1) + Ik_${g}*(1 - phi/2*(Ik_${g}/Ik_${g}(-1) - 1)^2);`);
    L.push(`[name='Tobin q eq35 ${g}'] q_${g} = bet*lam_${g}(+1)/lam_${g}*(RK_${g}(+1) + q_${g}(+1)*(1-deltaK));`);
    L.push(`[name='investment eq36 ${g}'] 1 = q_${g}*(1 - phi/2*(Ik_${g}/Ik_${g}(-1) - 1)^2 - phi*(Ik_${g}/Ik_${g}(-1) - 1)*Ik_${g}/Ik_${g}(-1)) + bet*lam_${g}(+1)/lam_${g}*q_${g}(+1)*phi*(Ik_${g}(+1)/Ik_${g} - 1)*(Ik_${g}(+1)/Ik_${g})^2;`);
    let exp = others.map((j) => `${eps(i, j)}*EX_${g}_${r(j)}`).join(" + ");
    if (i === SC) exp += " + salesRX";
    if (i === RW) exp += ` + ${eps(RW, RU)}*revRXl`;
    L.push(`[name='exports ${g}'] EXP_${g} = ${exp};`);
  }
  L.push(`[name='bond market eq39'] B_SC + B_RU + B_RW = 0;`);
  for (const [i, j] of pairs) {
    const a = r(i), b = r(j);
    L.push(`[name='bilateral quantity ${b} from ${a}'] QB_${b}_${a} = spT_${b}_${a}*(spT_${b}_${a}/(kap_${b}_${a}*g_${b}_${a}*D_${b}))^(-1/(1-theta));`);
    L.push(`[name='substitution eq46 ${b} from ${a}'] g_${b}_${a} = g_${b}_${a}(-1)^rhog*(1 - nug*(sqrt((xg_${b}_${a} - 1)^2 + sg^2) - sg))^(1-rhog);`);
  }
  L.push(`[name='report zX'] zXSCRU = zX_SC_RU;`);
  L.push(`[name='report zRX'] zRX = zRXl;`);
  L.push(`[name='report eq17'] zTRX = (kpar/(kpar-theta+1))^(1/(theta-1))*zRXl;`);
  L.push(`[name='report eq18'] zCRX = (kpar/(kpar-bR))^(1/(theta-1))*zRXl^(1-tauZ);`);
  L.push(`[name='report price'] pRX = aR*zTRX^(tauZ-1);`);
  L.push(`[name='report NRX'] NRX = NRXl;`);
  L.push(`[name='report revRX'] revRX = revRXl;`);
  L.push(`[name='report PiRX'] PiRX = PiRXl;`);
  L.push(`[name='report eq47'] dRX = (kpar/(kpar-bR) - 1)*MC_SC*fRX/Zp;`);
  L.push(`[name='report SC profits from re-exporters'] profSCRX = salesRX/theta;`);
  L.push(`[name='report re-export share'] rxShareImports = spRX/(PX_RU*QX_RU);`);
  L.push(`[name='report share of banned varieties'] shareBase = rxon*(zX0/zRXl)^kpar;`);
  L.push(`[name='report SC exports to RU'] EXPRU_SC = rer_RU*EX_SC_RU;`);
  L.push(`[name='report RW exports to RU'] EXPRU_RW = (rer_RU/rer_RW)*(EX_RW_RU + revRXl);`);
  L.push("end;");
  L.push("");
  const values = (st: SteadyState, G: number, tRX: number, tZ: number): string[] => {
    const out: string[] = [];
    const set = (n: string, v: number) => out.push(`  ${n} = ${num(v)};`);
    set("Gamma", G); set("tauRX", tRX); set("tauZ", tZ);
    for (let i = 0; i < 3; i++) {
      const g = r(i);
      const v = { MC: st.MC[i], ND: st.ND[i], Q: st.Q[i], PX: st.PX[i], RK: st.RK, X: st.X[i], K: st.K[i], Ik: st.I[i], q: 1, lam: Math.pow(st.C[i], -p.gamma), C: st.C[i], d: st.profits[i] / st.ND[i], NE: st.NE[i], Y: st.Y[i], B: st.params.B[i], EXP: exportsOf(st, i) };
      for (const [k, x] of Object.entries(v)) set(`${k}_${g}`, x);
    }
    set("rer_RU", st.e[RU]); set("rer_RW", st.e[RW]); set("R", 1 / p.beta);
    for (const [i, j] of pairs) {
      set(`g_${r(j)}_${r(i)}`, 1);
      const kD = st.params.kappa[j][i] * st.D[j];
      const sp = st.spend[j][i];
      set(`QB_${r(j)}_${r(i)}`, sp * Math.pow(sp / kD, -1 / (1 - p.theta)));
    }
    const rx = Number.isFinite(st.zRX);
    set("zXSCRU", st.zX[SC][RU]); set("zRX", rx ? st.zRX : 1);
    const th = p.theta, k = p.k, bR = (1 - tZ) * (th - 1);
    set("zTRX", rx ? Math.pow(k / (k - th + 1), 1 / (th - 1)) * st.zRX : 1); set("zCRX", rx ? Math.pow(k / (k - bR), 1 / (th - 1)) * Math.pow(st.zRX, 1 - tZ) : 1);
    set("pRX", 1); set("NRX", st.NRX); set("revRX", st.revRX); set("PiRX", st.profitRX); set("dRX", st.avgProfitRX); set("profSCRX", st.profitSCfromRX);
    set("rxShareImports", st.spendRX / (st.PX[RU] * st.QX[RU])); set("shareBase", rx && s.reexports ? reexportShare(st, s.base) : 0);
    set("EXPRU_SC", st.e[RU] * st.EX[SC][RU]); set("EXPRU_RW", (st.e[RU] / st.e[RW]) * (st.EX[RW][RU] + st.revRX));
    return out;
  };
  const steadyCmd = s.tolf ? `steady(tolf=${s.tolf});` : "steady;";
  L.push("initval;");
  L.push(...values(s.base, p.Gamma, p.tauRX, p.tauZ));
  L.push("end;");
  L.push(steadyCmd);
  L.push("");
  L.push("endval;");
  L.push(...values(s.terminal.state, s.terminal.Gamma, s.terminal.tauRX, s.terminal.tauZ));
  L.push("end;");
  L.push(steadyCmd);
  L.push("");
  L.push(`perfect_foresight_setup(periods=${s.periods});`);
  L.push(s.tolf ? `perfect_foresight_solver(tolf=${s.tolf}, tolx=${s.tolf});` : "perfect_foresight_solver;");
  return L.join("\n") + "\n";
}

function exportsOf(st: SteadyState, i: number): number {
  const mu = st.params.theta / (st.params.theta - 1);
  let v = 0;
  for (let j = 0; j < 3; j++) if (j !== i) v += (st.e[j] / st.e[i]) * st.EX[i][j];
  if (i === SC) v += (st.e[RU] * st.revRX) / mu;
  if (i === RW) v += (st.e[RU] / st.e[RW]) * st.revRX;
  return v;
}
