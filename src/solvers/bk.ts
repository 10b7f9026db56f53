/**
 * Blanchard-Kahn check (Blanchard & Kahn 1980; what Dynare's `check` reports). Leads and lags of
 * higher order use the companion form (Lütkepohl 2005, sec. 2.1.1); for order one:
 * linearise F(y_{t-1}, y_t, y_{t+1}, x) = 0 at the steady state,
 *   A dy_{t-1} + B dy_t + C dy_{t+1} = 0,
 * and count the eigenvalues of the pencil E z_{t+1} = F z_t, z_t = (dy_{t-1}, dy_t),
 * E = [I 0; 0 C], F = [0 I; -A -B], that are larger than one in modulus, net of the structurally
 * infinite ones (one for each variable without a lead). The solution is
 * unique and stable when that count equals the number of forward-looking variables (those with a lead).
 * Generalised eigenvalues come from an ordinary eigenproblem after a shift: for a scalar mu that is not
 * an eigenvalue, M = (F - mu E)^{-1} E has eigenvalues nu = 1/(lambda - mu) (nu = 0 for infinite lambda).
 * ml-matrix provides the dense eigenvalues; there is no maintained QZ in JavaScript.
 */
import { InvalidParameterError, SanctionsLabError } from "../core/errors";
import { eigenvalues, mat, solve } from "../core/linalg";
import { CompiledModel, requireCompiledModel } from "../dynare/compile";
import { Expr } from "../dynare/parse";

export interface BkResult {
  explosive: number;
  forwardLooking: number;
  satisfied: boolean;
  /** moduli of all pencil eigenvalues, descending (Infinity for infinite ones) */
  moduli: number[];
  message: string;
}

/** Largest companion dimension n (maxLag + maxLead) of the Blanchard-Kahn check (two dense N x N matrices of 8 bytes). */
export const MAX_BK_DIMENSION = 4000;

export function blanchardKahn(m: CompiledModel, ySteady: Float64Array, xSteady: Float64Array, P: Float64Array): BkResult {
  const n = requireCompiledModel(m).n;
  // leads and lags of any order: companion form z_t = (y_{t-p}, ..., y_{t+q-1}), dimension n (p + q)
  const p = Math.max(1, m.maxLag), q = Math.max(1, m.maxLead);
  const rows = p + q + 1, r0 = p;
  const Y = new Float64Array(rows * n), X = new Float64Array(rows * Math.max(1, m.nx));
  for (let r = 0; r < rows; r++) { Y.set(ySteady, r * n); if (m.nx) X.set(xSteady, r * m.nx); }
  const res = new Float64Array(n), jac = new Float64Array(m.jacIndex.length);
  m.dynamic(Y, X, P, r0, res, jac);
  // J[k + p] = d F / d y_{t+k}
  const J: Float64Array[] = Array.from({ length: p + q + 1 }, () => new Float64Array(n * n));
  const maxLeadOf = new Int32Array(n);
  m.jacIndex.forEach(({ i, j, lag }, e) => {
    J[lag + p][i * n + j] = jac[e];
    if (lag > maxLeadOf[j]) maxLeadOf[j] = lag;
  });
  // Dynare's count of forward-looking variables: each lead beyond the first is an auxiliary variable,
  // and so is every lead of an exogenous variable (AUX_EXO_LEAD_*, forward-looking, one infinite root each)
  let fwdCount = 0;
  for (let j = 0; j < n; j++) fwdCount += maxLeadOf[j];
  const exoAux = exoLeadAuxiliaries(m);
  const N = n * (p + q);
  // the pencil holds two dense N x N matrices and the eigenvalue step costs O(N^3): refuse before allocating
  if (N > MAX_BK_DIMENSION) {
    throw new InvalidParameterError("check", `the Blanchard-Kahn check needs a ${N} x ${N} companion pencil (${n} variables x ${p} lag(s) + ${q} lead(s)), about ${((2 * 8 * N * N) / 2 ** 30).toPrecision(3)} GiB and O(N^3) work; the limit is N = ${MAX_BK_DIMENSION}. Shorten the leads and lags or remove 'check'.`, N);
  }
  const E = mat(N, N), F = mat(N, N);
  for (let b = 0; b < p + q - 1; b++) for (let i = 0; i < n; i++) {
    E.data[(b * n + i) * N + b * n + i] = 1;
    F.data[(b * n + i) * N + (b + 1) * n + i] = 1;
  }
  const last = (p + q - 1) * n;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    E.data[(last + i) * N + last + j] = J[p + q][i * n + j];
    for (let k = -p; k < q; k++) F.data[(last + i) * N + (k + p) * n + j] = -J[k + p][i * n + j];
  }
  let M = null as ReturnType<typeof mat> | null;
  let mu = 0;
  for (const shift of [0.4321, -0.6789, 1.7654, 0.0917]) {
    const S = mat(N, N);
    for (let k = 0; k < N * N; k++) S.data[k] = F.data[k] - shift * E.data[k];
    try { M = solve(S, E, "the shifted pencil"); mu = shift; break; } catch { /* try another shift */ }
  }
  if (!M) throw new SanctionsLabError("SINGULAR_MATRIX", "check: the linearised model's pencil is singular for every shift tried (the model may be undetermined).");
  const ev = eigenvalues(M, { balance: false });
  // All N eigenvalues: near-infinite ones (nu ~ 0) count as explosive. The pencil has n q - (sum of
  // the variables' largest leads) structurally infinite eigenvalues (order one: one per variable
  // without a lead, whose column of C is zero); they are subtracted, leaving the count Dynare's
  // `check` compares with the forward-looking variables.
  const moduli: number[] = [];
  let explosiveAll = 0;
  for (let k = 0; k < N; k++) {
    const re = ev.re[k], im = ev.im[k];
    const nu2 = re * re + im * im;
    if (nu2 < 1e-24) { explosiveAll++; moduli.push(Infinity); continue; }
    const lr = mu + re / nu2, li = -im / nu2;
    const mod = Math.hypot(lr, li);
    moduli.push(mod);
    if (mod > 1 + 1e-9) explosiveAll++;
  }
  moduli.sort((a, b) => b - a);
  // determinacy: as many explosive (incl. infinite) roots as jump components, n q; reported net of
  // the structurally infinite ones, against Dynare's count of forward-looking variables
  const explosive = explosiveAll - (n * q - fwdCount) + exoAux;
  const forwardLooking = fwdCount + exoAux;
  const satisfied = explosive === forwardLooking;
  const message = satisfied
    ? `Blanchard-Kahn conditions are satisfied: ${explosive} eigenvalue(s) larger than 1 in modulus for ${forwardLooking} forward-looking variable(s).`
    : explosive > forwardLooking
      ? `Blanchard-Kahn conditions are not satisfied: ${explosive} explosive eigenvalue(s) for ${forwardLooking} forward-looking variable(s): no stable solution.`
      : `Blanchard-Kahn conditions are not satisfied: ${explosive} explosive eigenvalue(s) for ${forwardLooking} forward-looking variable(s): indeterminacy (multiple stable solutions).`;
  return { explosive, forwardLooking, satisfied, moduli, message };
}

/** Number of auxiliary variables Dynare creates for leads of exogenous variables: sum of their largest leads. */
function exoLeadAuxiliaries(m: CompiledModel): number {
  const lead = new Map<string, number>();
  const exo = new Set(m.exo);
  const walk = (e: Expr): void => {
    switch (e.k) {
      case "sym": if (exo.has(e.name) && e.lag > 0) lead.set(e.name, Math.max(lead.get(e.name) ?? 0, e.lag)); return;
      case "neg": walk(e.a); return;
      case "bin": walk(e.a); walk(e.b); return;
      case "call": e.args.forEach(walk); return;
      default: return;
    }
  };
  m.equations.forEach(walk);
  let s = 0;
  for (const v of lead.values()) s += v;
  return s;
}
