/**
 * Multiple-testing adjustments for a family of p-values.
 *  - Holm (1979): sort the m p-values, p_(1) <= ... <= p_(m); the adjusted value of p_(i) is
 *    max_{j <= i} min(1, (m - j + 1) p_(j)). Rejecting where the adjusted value is below alpha
 *    controls the family-wise error rate at alpha under any dependence between the tests; it is
 *    uniformly more powerful than Bonferroni. Equal to statsmodels' multipletests(method="holm")
 *    and R's p.adjust(method = "holm").
 */
import { InvalidParameterError } from "../core/errors";

/** Holm-adjusted p-values, in the order given. */
export function holmAdjust(p: ArrayLike<number>): number[] {
  const m = p.length;
  for (let i = 0; i < m; i++) if (!(p[i] >= 0 && p[i] <= 1)) throw new InvalidParameterError("p", `value ${i + 1} is not a probability: ${p[i]}`);
  const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => p[a] - p[b] || a - b);
  const out = new Array<number>(m);
  let run = 0;
  order.forEach((idx, rank) => {
    run = Math.max(run, Math.min(1, (m - rank) * p[idx]));
    out[idx] = run;
  });
  return out;
}

/** Bonferroni-adjusted p-values, min(1, m p). */
export function bonferroniAdjust(p: ArrayLike<number>): number[] {
  return Array.from(p, (v) => Math.min(1, p.length * v));
}
