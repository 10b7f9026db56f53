/**
 * Blanchard-Kahn check (Blanchard & Kahn 1980; what Dynare's `check` reports) for models with
 * leads and lags of order one: linearise F(y_{t-1}, y_t, y_{t+1}, x) = 0 at the steady state,
 *   A dy_{t-1} + B dy_t + C dy_{t+1} = 0,
 * and count the eigenvalues of the pencil E z_{t+1} = F z_t, z_t = (dy_{t-1}, dy_t),
 * E = [I 0; 0 C], F = [0 I; -A -B], that are larger than one in modulus, net of the structurally
 * infinite ones (one for each variable without a lead). The solution is
 * unique and stable when that count equals the number of forward-looking variables (those with a lead).
 * Generalised eigenvalues come from an ordinary eigenproblem after a shift: for a scalar mu that is not
 * an eigenvalue, M = (F - mu E)^{-1} E has eigenvalues nu = 1/(lambda - mu) (nu = 0 for infinite lambda).
 * ml-matrix provides the dense eigenvalues; there is no maintained QZ in JavaScript.
 */
import { SanctionsLabError } from "../core/errors";
import { eigenvalues, mat, solve } from "../core/linalg";
import { CompiledModel } from "../dynare/compile";

export interface BkResult {
  explosive: number;
  forwardLooking: number;
  satisfied: boolean;
  /** moduli of all pencil eigenvalues, descending (Infinity for infinite ones) */
  moduli: number[];
  message: string;
}

export function blanchardKahn(m: CompiledModel, ySteady: Float64Array, xSteady: Float64Array, P: Float64Array): BkResult {
  if (m.maxLag > 1 || m.maxLead > 1) throw new SanctionsLabError("NOT_SUPPORTED", "check: the Blanchard-Kahn count is implemented for models with leads and lags of order one.");
  const n = m.n;
  const rows = 3;
  const Y = new Float64Array(rows * n), X = new Float64Array(rows * Math.max(1, m.nx));
  for (let r = 0; r < rows; r++) { Y.set(ySteady, r * n); if (m.nx) X.set(xSteady, r * m.nx); }
  const res = new Float64Array(n), jac = new Float64Array(m.jacIndex.length);
  m.dynamic(Y, X, P, 1, res, jac);
  const A = new Float64Array(n * n), B = new Float64Array(n * n), C = new Float64Array(n * n);
  const fwd = new Set<number>();
  m.jacIndex.forEach(({ i, j, lag }, e) => {
    (lag < 0 ? A : lag === 0 ? B : C)[i * n + j] = jac[e];
    if (lag > 0) fwd.add(j);
  });
  const N = 2 * n;
  const E = mat(N, N), F = mat(N, N);
  for (let i = 0; i < n; i++) { E.data[i * N + i] = 1; F.data[i * N + n + i] = 1; }
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    E.data[(n + i) * N + n + j] = C[i * n + j];
    F.data[(n + i) * N + j] = -A[i * n + j];
    F.data[(n + i) * N + n + j] = -B[i * n + j];
  }
  let M = null as ReturnType<typeof mat> | null;
  let mu = 0;
  for (const shift of [0.4321, -0.6789, 1.7654, 0.0917]) {
    const S = mat(N, N);
    for (let k = 0; k < N * N; k++) S.data[k] = F.data[k] - shift * E.data[k];
    try { M = solve(S, E, "the shifted pencil"); mu = shift; break; } catch { /* try another shift */ }
  }
  if (!M) throw new SanctionsLabError("SINGULAR_MATRIX", "check: the linearised model's pencil is singular for every shift tried (the model may be undetermined).");
  const ev = eigenvalues(M);
  // All 2n eigenvalues: near-infinite ones (nu ~ 0) count as explosive. The pencil has n - nf
  // structurally infinite eigenvalues (one per variable without a lead, whose column of C is zero);
  // they are subtracted, leaving the count Dynare's `check` compares with the forward-looking variables.
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
  const explosive = explosiveAll - (n - fwd.size);
  const forwardLooking = fwd.size;
  const satisfied = explosive === forwardLooking;
  const message = satisfied
    ? `Blanchard-Kahn conditions are satisfied: ${explosive} eigenvalue(s) larger than 1 in modulus for ${forwardLooking} forward-looking variable(s).`
    : explosive > forwardLooking
      ? `Blanchard-Kahn conditions are not satisfied: ${explosive} explosive eigenvalue(s) for ${forwardLooking} forward-looking variable(s): no stable solution.`
      : `Blanchard-Kahn conditions are not satisfied: ${explosive} explosive eigenvalue(s) for ${forwardLooking} forward-looking variable(s): indeterminacy (multiple stable solutions).`;
  return { explosive, forwardLooking, satisfied, moduli, message };
}
