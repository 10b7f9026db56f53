/**
 * Asymptotic standard errors of FEVD shares by the delta method (Lütkepohl 2005, section 3.7.1 and
 * Prop. 3.6). With Theta_i = Phi_i P and
 *   omega_jk(h) = N / D,  N = sum_{i<h} theta_i[j,k]^2,  D = MSE_j(h) = sum_{i<h} sum_l theta_i[j,l]^2,
 * the derivative with respect to a parameter vector is
 *   d omega_jk(h) = (2 / D) sum_{i<h} sum_l theta_i[j,l] (delta_lk - omega_jk(h)) d theta_i[j,l],
 * where d vec(Theta_i) / d alpha' = C_i = (P' (x) I_K) G_i, G_i = sum_{m<i} J (A')^{i-1-m} (x) Phi_m,
 * and d vec(Theta_i) / d sigma' = Cbar_i = (I_K (x) Phi_i) H (src/econometrics/var/irf.ts,
 * deltaIngredients). Then Var(omega_jk(h)) = g_a' (W (x) Sigma_u) g_a + g_s' Sigma_sigma g_s / T.
 * At h = 1 the shares of shocks ordered after the response are exactly 0 with standard error 0 (the
 * Cholesky impact matrix is lower triangular); near 0 or 1 the normal interval is a poor guide (it
 * can leave [0, 1]), which is why the bootstrap bands (fevd-bands.ts) are reported beside it.
 * Cost O(H^2 K^4 p) for the Jacobians, small for the VARs of a paper (K <= 8, H <= 60).
 */
import { InvalidParameterError } from "../../core/errors";
import { normalQuantile } from "../distributions";
import { VarResult } from "./estimate";
import { irf, deltaIngredients } from "./irf";

export interface FevdStderr {
  /** fevd[h-1][j][k]: share of variable j's h-step FEV due to shock k */
  fevd: number[][][];
  stderr: number[][][];
  lower: number[][][];
  upper: number[][][];
  ci: number;
}

export function fevdAsymptotic(res: VarResult, H: number, ci = 0.95): FevdStderr {
  if (!Number.isInteger(H) || H < 1 || H > 200) throw new InvalidParameterError("horizon", `must be an integer in [1, 200], got ${H}`);
  if (!(ci > 0 && ci < 1)) throw new InvalidParameterError("ci", `must lie in (0, 1), got ${ci}`);
  const { K, p, nobs: T } = res;
  const KK = K * K, Kp = K * p, nA = KK * p;
  const ir = irf(res, H);
  const phi = ir.ma; // Phi_0..Phi_H, phi[i][row][col]
  const th = ir.orth;
  const { zz: W, covSig, Hm, Ct, P } = deltaIngredients(res, ir.P, res.sigmaU);
  const nS = covSig.rows;
  const S = res.sigmaU;
  // M_a = J (C')^a, a = 0..H-1 (K x Kp)
  const M: Float64Array[] = [];
  let cur = new Float64Array(Kp * Kp);
  for (let i = 0; i < Kp; i++) cur[i * Kp + i] = 1;
  for (let a = 0; a < H; a++) {
    M.push(cur.slice(0, K * Kp));
    const next = new Float64Array(Kp * Kp);
    for (let r = 0; r < Kp; r++) for (let c = 0; c < Kp; c++) {
      let v = 0;
      for (let q = 0; q < Kp; q++) v += cur[r * Kp + q] * Ct.data[q * Kp + c];
      next[r * Kp + c] = v;
    }
    cur = next;
  }
  // running sums over i < h: accA[(j,k)] = sum_i theta_i[j,k] C_i[(k,j)] (length nA), accS likewise with Cbar
  const accA = new Float64Array(KK * nA), accS = new Float64Array(KK * nS);
  const N = new Float64Array(KK), Dj = new Float64Array(K);
  const G = new Float64Array(KK * nA); // G_i, rows vec index col*K + row, columns (a_c*K + b_c)
  const Crow = new Float64Array(nA), Cbrow = new Float64Array(nS);
  const fevdOut: number[][][] = [], se: number[][][] = [], lo: number[][][] = [], up: number[][][] = [];
  const z = normalQuantile(1 - (1 - ci) / 2);
  const ga = new Float64Array(nA), gs = new Float64Array(nS);
  for (let h = 1; h <= H; h++) {
    const i = h - 1;
    // G_i = sum_{m<i} M_{i-1-m} (x) Phi_m
    G.fill(0);
    for (let m = 0; m < i; m++) {
      const Ma = M[i - 1 - m], Ph = phi[m];
      for (let ar = 0; ar < K; ar++) for (let br = 0; br < K; br++) {
        const row = (ar * K + br) * nA;
        for (let ac = 0; ac < Kp; ac++) {
          const mv = Ma[ar * Kp + ac];
          if (mv === 0) continue;
          for (let bc = 0; bc < K; bc++) G[row + ac * K + bc] += mv * Ph[br][bc];
        }
      }
    }
    for (let j = 0; j < K; j++) for (let l = 0; l < K; l++) {
      const t = th[i][j][l];
      N[j * K + l] += t * t;
      Dj[j] += t * t;
      // C_i row (l, j) = sum_c P[c][l] G[(c, j)]
      Crow.fill(0);
      for (let c = 0; c < K; c++) {
        const pv = P.data[c * K + l];
        if (pv === 0) continue;
        const gr = (c * K + j) * nA;
        for (let q = 0; q < nA; q++) Crow[q] += pv * G[gr + q];
      }
      // Cbar_i row (l, j) = sum_e Phi_i[j][e] Hm[(l K + e)]
      Cbrow.fill(0);
      for (let e = 0; e < K; e++) {
        const fv = phi[i][j][e];
        const hr = (l * K + e) * nS;
        for (let q = 0; q < nS; q++) Cbrow[q] += fv * Hm.data[hr + q];
      }
      const oa = (j * K + l) * nA, os = (j * K + l) * nS;
      for (let q = 0; q < nA; q++) accA[oa + q] += t * Crow[q];
      for (let q = 0; q < nS; q++) accS[os + q] += t * Cbrow[q];
    }
    const fh: number[][] = [], sh: number[][] = [], lh: number[][] = [], uh: number[][] = [];
    for (let j = 0; j < K; j++) {
      const fr: number[] = [], sr: number[] = [], lr: number[] = [], ur: number[] = [];
      for (let k = 0; k < K; k++) {
        const w = N[j * K + k] / Dj[j];
        // g = (2 / D) (acc[(j,k)] - omega sum_l acc[(j,l)])
        ga.fill(0);
        gs.fill(0);
        for (let l = 0; l < K; l++) {
          const c = (l === k ? 1 : 0) - w;
          const oa = (j * K + l) * nA, os = (j * K + l) * nS;
          for (let q = 0; q < nA; q++) ga[q] += c * accA[oa + q];
          for (let q = 0; q < nS; q++) gs[q] += c * accS[os + q];
        }
        const f = 2 / Dj[j];
        // g_a' (W (x) Sigma_u) g_a with index a_c * K + b_c
        let va = 0;
        for (let a1 = 0; a1 < Kp; a1++) for (let b1 = 0; b1 < K; b1++) {
          const g1 = ga[a1 * K + b1];
          if (g1 === 0) continue;
          let s = 0;
          for (let a2 = 0; a2 < Kp; a2++) {
            const wv = W.data[a1 * Kp + a2];
            for (let b2 = 0; b2 < K; b2++) s += wv * S[b1][b2] * ga[a2 * K + b2];
          }
          va += g1 * s;
        }
        let vs = 0;
        for (let q1 = 0; q1 < nS; q1++) {
          let s = 0;
          for (let q2 = 0; q2 < nS; q2++) s += covSig.data[q1 * nS + q2] * gs[q2];
          vs += gs[q1] * s;
        }
        const v = f * f * (va + vs / T);
        const sd = Math.sqrt(Math.max(0, v));
        fr.push(w);
        sr.push(sd);
        lr.push(w - z * sd);
        ur.push(w + z * sd);
      }
      fh.push(fr);
      sh.push(sr);
      lh.push(lr);
      uh.push(ur);
    }
    fevdOut.push(fh);
    se.push(sh);
    lo.push(lh);
    up.push(uh);
  }
  return { fevd: fevdOut, stderr: se, lower: lo, upper: up, ci };
}
