/**
 * "Equals the engine" checks for the teaching primers: compare a hand computation with the engine's
 * result element by element and record the worst element as a claim (paper "primers", published =
 * engine value, reproduced = hand value). The hand methods themselves live in the notebook cells.
 */
import { InvalidParameterError } from "../core/errors";
import { claim } from "../notebook/index";
import { slug } from "../report/claims";
import { quietInspect } from "../notebook/display";

/** A number, a typed or plain array, or nested arrays of numbers (matrices, arrays of matrices). */
export type Numeric = number | ArrayLike<number> | ReadonlyArray<Numeric>;

/** Flatten nested numeric arrays in row-major order. */
export function flatten(x: Numeric): number[] {
  if (typeof x === "number") return [x];
  const out: number[] = [];
  const walk = (v: Numeric) => {
    if (typeof v === "number") out.push(v);
    else for (let i = 0; i < v.length; i++) walk((v as ArrayLike<Numeric>)[i]);
  };
  walk(x);
  return out;
}

export interface Agreement {
  /** number of elements compared */
  n: number;
  /** position (in the flattened order) of the element with the largest scaled gap */
  worst: number;
  hand: number;
  engine: number;
  /** |hand - engine| at the worst element */
  absGap: number;
  /** largest |hand - engine| / max(1, |engine|) */
  scaledGap: number;
  /** position of the largest |engine| value (the first one in a tie): the element a passing claim shows */
  largest: number;
}

/**
 * Element-by-element comparison. The gap of each element is scaled by max(1, |engine|), so the
 * tolerance acts as absolute for small numbers and relative for large ones.
 */
export function compareWithEngine(hand: Numeric, engine: Numeric): Agreement {
  const h = flatten(hand), e = flatten(engine);
  if (h.length !== e.length) throw new InvalidParameterError("hand", `has ${h.length} elements, the engine result has ${e.length}`);
  if (h.length === 0) throw new InvalidParameterError("hand", "nothing to compare");
  let worst = 0, scaled = -1, largest = 0;
  for (let i = 0; i < h.length; i++) {
    if (!Number.isFinite(h[i]) || !Number.isFinite(e[i])) throw new InvalidParameterError("hand", `element ${i} is not finite (hand ${h[i]}, engine ${e[i]})`);
    const s = Math.abs(h[i] - e[i]) / Math.max(1, Math.abs(e[i]));
    if (s > scaled) { scaled = s; worst = i; }
    if (Math.abs(e[i]) > Math.abs(e[largest])) largest = i;
  }
  return { n: h.length, worst, hand: h[worst], engine: e[worst], absGap: Math.abs(h[worst] - e[worst]), scaledGap: scaled, largest };
}

export interface EngineCheckOptions {
  /** scaled tolerance (default 1e-10) */
  tol?: number;
  unit?: string;
  explanation?: string;
}

/**
 * Compare and record one claim (published = engine, reproduced = hand, absolute tolerance
 * tol * max(1, |engine|)). When every element is within tolerance the claim shows the element with
 * the largest |engine| value, so the recorded numbers do not depend on which element happens to carry
 * the largest round-off; otherwise it shows the worst element and the claim diverges. `where` names the
 * primer and the quantity, e.g. "primer-01, OLS coefficients". Returns the agreement for display.
 */
export function engineCheck(where: string, hand: Numeric, engine: Numeric, opts: EngineCheckOptions = {}): Agreement {
  const tol = opts.tol ?? 1e-10;
  const a = compareWithEngine(hand, engine);
  const pass = a.scaledGap <= tol;
  const at = pass ? a.largest : a.worst;
  const h = a.n > 1 ? flatten(hand)[at] : a.hand, e = a.n > 1 ? flatten(engine)[at] : a.engine;
  const what = a.n > 1 ? `${where} (${a.n} elements)` : where;
  const shown = a.n > 1 ? (pass ? "; the claim shows the element with the largest |engine| value" : "; the claim shows the element with the largest gap") : "";
  // the primer ("primer-01") is the item, the quantity after the first comma the entry
  const comma = where.indexOf(",");
  const item = comma > 0 ? where.slice(0, comma).trim() : where;
  claim({
    paper: "primers",
    kind: "teaching-check",
    item,
    entry: slug(comma > 0 ? where.slice(comma + 1) : where),
    where: comma > 0 ? `${where.slice(comma + 1).trim()}${a.n > 1 ? ` (${a.n} elements)` : ""}` : what,
    published: e,
    printed: String(e),
    reproduced: h,
    unit: opts.unit,
    tolerance: tol * Math.max(1, Math.abs(e)),
    explanation: (opts.explanation ?? `hand computation in the notebook vs the engine; every element must be within ${tol} x max(1, |engine|)`) + shown,
  });
  return quietInspect(a, `[engine check: ${a.n} element(s), largest scaled gap ${a.scaledGap.toExponential(1)}]`);
}
