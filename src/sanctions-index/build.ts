/**
 * Sanction indexes from event lists.
 *
 * Bali & Rapelanoro (2021), eqs. 1-7: S_t = sum_i alpha_i * beta_t * chi_i(u), with
 *   alpha_i: the type weight (Table 1: individual 1, announcement 10, entity 100, sector 1000,
 *            embargo 3000), optionally times the number of newly listed targets;
 *   beta_t = A * B_t: the sender's share of the target's exports (eq. 3) times the target's trade
 *            over GDP (eq. 4), eq. 5;
 *   chi_i(u) = (1 - u/U_i)^s_i for 0 <= u < U_i, else 0 (eq. 6): u periods since imposition, U_i the
 *            horizon after which the sanction no longer bites, s_i the slope.
 * Each sanction's contribution is kept separately, so one sanction can be re-weighted, re-dated or
 * dropped without touching the others (the paper's argument for the new index, section 2.2).
 *
 * Dreger et al. (2016) / Kholodilin & Netsunajev (2019): a cumulative count of sanctions weighted 1
 * (persons), 2 (entities), 3 (sectoral measures) and by the sender's trade share; it never decreases.
 */
import { InvalidParameterError, NumericalError } from "../core/errors";
import { periodLabel, Frequency } from "../data/series";
import { SanctionEvent, SanctionType } from "./events";

export type TimeLaw =
  | { kind: "power"; horizon: number; slope: number }
  | { kind: "linear"; horizon: number }
  | { kind: "exponential"; halfLife: number }
  | { kind: "none" };

/** Time factor chi(u) of eq. 6 (power law) and the alternatives; always in [0, 1]. */
export function timeFactor(law: TimeLaw, u: number): number {
  // checked here too: the function is exported, and a NaN u or a law without its numbers would give NaN
  validateLaw(law);
  if (typeof u !== "number" || Number.isNaN(u)) throw new InvalidParameterError("u", `must be a number of months, got ${String(u)}`, u);
  if (u < 0) return 0;
  switch (law.kind) {
    case "none":
      return 1;
    case "linear":
      return u >= law.horizon ? 0 : 1 - u / law.horizon;
    case "power":
      return u >= law.horizon ? 0 : Math.pow(1 - u / law.horizon, law.slope);
    case "exponential":
      return Math.pow(0.5, u / law.halfLife);
  }
}

export function validateLaw(law: TimeLaw, name = "law"): void {
  if (!law || typeof law !== "object") throw new InvalidParameterError(name, `must be a time law {kind: 'power'|'linear'|'exponential'|'none', ...}, got ${law === null ? "null" : typeof law}`, law);
  if (law.kind === "power" || law.kind === "linear") {
    if (!(law.horizon > 0) || !Number.isFinite(law.horizon)) throw new InvalidParameterError(`${name}.horizon`, `must be a positive number of periods, got ${law.horizon}`);
  }
  if (law.kind === "power" && (!(law.slope >= 0) || !Number.isFinite(law.slope))) throw new InvalidParameterError(`${name}.slope`, `must be >= 0, got ${law.slope}`);
  if (law.kind === "exponential" && (!(law.halfLife > 0) || typeof law.halfLife !== "number")) throw new InvalidParameterError(`${name}.halfLife`, `must be > 0, got ${law.halfLife}`);
  if (!["power", "linear", "exponential", "none"].includes(law.kind)) throw new InvalidParameterError(name, `unknown time law '${(law as { kind: string }).kind}'`);
}

/** Bali & Rapelanoro (2021), Table 1. */
export const TABLE1_ALPHA: Record<SanctionType, number> = { individual: 1, announcement: 10, entity: 100, sector: 1000, embargo: 3000 };

export interface Calendar {
  freq: Frequency;
  /** first and last period ordinals (months: year*12+m-1; quarters: year*4+q-1) */
  from: number;
  to: number;
}

export interface PerEvent {
  /** re-type the event */
  type?: SanctionType;
  /** override its alpha */
  alpha?: number;
  /** override its time law */
  law?: TimeLaw;
  /** drop it */
  exclude?: boolean;
}

/** Economic leverage: one value, a series over the calendar, or either per sender. */
export type Leverage = number | ArrayLike<number> | Record<string, number | ArrayLike<number>>;

function isArrayLike(x: unknown): x is ArrayLike<number> {
  return typeof x === "object" && x !== null && typeof (x as { length?: unknown }).length === "number";
}

/** Resolve and check the leverage into a lookup (sender, period index) -> beta. */
export function leverageLookup(lev: Leverage, n: number): (sender: string, i: number) => number {
  const check = (v: number | ArrayLike<number>, name: string): ((i: number) => number) => {
    if (typeof v === "number") {
      if (!(v >= 0) || !Number.isFinite(v)) throw new InvalidParameterError(name, `must be a finite number >= 0, got ${v}`);
      return () => v;
    }
    if (!isArrayLike(v)) throw new InvalidParameterError(name, "must be a number or an array of numbers");
    if (v.length !== n) throw new InvalidParameterError(name, `has ${v.length} values for a calendar of ${n} periods`);
    for (let i = 0; i < n; i++) if (!(v[i] >= 0) || !Number.isFinite(v[i])) throw new InvalidParameterError(name, `value ${i} is ${v[i]}; leverage must be finite and >= 0`);
    return (i) => v[i];
  };
  if (typeof lev === "number" || isArrayLike(lev)) {
    const f = check(lev, "leverage");
    return (_s, i) => f(i);
  }
  const per = new Map<string, (i: number) => number>();
  for (const [k, v] of Object.entries(lev)) per.set(k, check(v, `leverage.${k}`));
  return (sender, i) => {
    const f = per.get(sender);
    if (!f) throw new InvalidParameterError("leverage", `no leverage given for sender '${sender}' (have ${[...per.keys()].join(", ")})`);
    return f(i);
  };
}

/** eq. 5: beta_t = A_t * B_t, elementwise (either factor may be a constant). */
export function leverageSeries(A: number | ArrayLike<number>, B: number | ArrayLike<number>, n: number): Float64Array {
  const at = (x: number | ArrayLike<number>, i: number) => (typeof x === "number" ? x : x[i]);
  for (const [name, x] of [["A", A], ["B", B]] as const) if (typeof x !== "number" && x.length !== n) throw new InvalidParameterError(name, `has ${x.length} values for ${n} periods`);
  return Float64Array.from({ length: n }, (_, i) => at(A, i) * at(B, i));
}

export interface BaliParams {
  alpha?: Partial<Record<SanctionType, number>>;
  /** alpha times the number of newly listed targets for individual/entity rows (default true) */
  perTarget?: boolean;
  /** time law for all events, or per type */
  law: TimeLaw | Partial<Record<SanctionType, TimeLaw>> & { default: TimeLaw };
  /**
   * beta (eq. 5): a constant, a value per calendar period (A_t * B_t, index 0 = calendar.from), or
   * either of those per sender ({"EU": ..., "US": ...}) so that one index can pool several senders.
   */
  leverage: Leverage;
  /**
   * Honour an event's explicit `end` date (eq. 6 reads U as the sanction's end): the contribution is 0
   * in the periods after the end date's period (default true; events without `end` are unaffected).
   */
  useEndDates?: boolean;
  /** per-event adjustments by id */
  events?: Record<string, PerEvent>;
}

export interface IndexResult {
  calendar: Calendar;
  labels: string[];
  index: Float64Array;
  /** each sanction's contribution over the calendar (ids in event order); sums to index */
  contributions: Map<string, Float64Array>;
}

function periodOfEvent(e: SanctionEvent, freq: Frequency): number {
  return periodOfDate(e.date, freq);
}

function periodOfDate(date: string, freq: Frequency): number {
  const y = +date.slice(0, 4), m = +date.slice(5, 7);
  return freq === "M" ? y * 12 + m - 1 : freq === "Q" ? y * 4 + Math.floor((m - 1) / 3) : y;
}

/** Periods per month for time-law parameters given in months. */
function periodsPerMonth(freq: Frequency): number {
  return freq === "M" ? 1 : freq === "Q" ? 1 / 3 : 1 / 12;
}

export function calendarLabels(c: Calendar): string[] {
  return Array.from({ length: c.to - c.from + 1 }, (_, i) => periodLabel(c.from + i, c.freq));
}

function checkCalendar(c: Calendar): void {
  if (!c || typeof c !== "object") throw new InvalidParameterError("calendar", `must be a calendar from monthly(from, to) or quarterly(from, to), got ${c === null ? "null" : typeof c}`, c);
  if (c.freq !== "M" && c.freq !== "Q") throw new InvalidParameterError("calendar", `has an unknown frequency '${String(c.freq)}' (use monthly() or quarterly())`, c);
  if (!Number.isInteger(c.from) || !Number.isInteger(c.to) || c.to < c.from) throw new InvalidParameterError("calendar", `needs integer from <= to, got ${c.from}..${c.to}`);
}

/** The Bali & Rapelanoro index (eq. 7) with per-sanction contributions. Time laws are in months. */
export function baliRapelanoroIndex(events: SanctionEvent[], params: BaliParams, calendar: Calendar): IndexResult {
  checkCalendar(calendar);
  requireEvents(events);
  requireObject(params, "params");
  const n = calendar.to - calendar.from + 1;
  const alpha = { ...TABLE1_ALPHA, ...(requireObject(params.alpha, "alpha") ?? {}) };
  for (const [k, v] of Object.entries(alpha)) if (!isWeight(v)) throw new InvalidParameterError(`alpha.${k}`, `must be a finite weight >= 0, got ${String(v)}`);
  const perTarget = params.perTarget ?? true;
  // every per-event adjustment is checked, also those of events outside this list or this calendar
  for (const [id, adj] of Object.entries(requireObject(params.events, "events") ?? {})) {
    requireObject(adj, `events.${id}`);
    if (adj.alpha !== undefined && !isWeight(adj.alpha)) throw new InvalidParameterError(`events.${id}.alpha`, `must be a finite weight >= 0, got ${String(adj.alpha)}`);
    if (adj.law !== undefined) validateLaw(adj.law, `events.${id}.law`);
  }
  if (typeof params.law !== "object" || params.law === null) throw new InvalidParameterError("law", "is required: {kind: 'power'|'linear'|'exponential'|'none', ...} or {default: ..., <type>: ...}");
  if (params.leverage === undefined || params.leverage === null) throw new InvalidParameterError("leverage", "is required: a number, an array over the calendar, or {<sender>: ...}");
  const lawFor = (t: SanctionType): TimeLaw => {
    const l = params.law as Record<string, TimeLaw> & { kind?: string };
    if (typeof l.kind === "string") return params.law as TimeLaw;
    return l[t] ?? l.default;
  };
  const beta = leverageLookup(params.leverage, n);
  const useEnd = params.useEndDates ?? true;
  const ppm = periodsPerMonth(calendar.freq);
  const index = new Float64Array(n);
  const contributions = new Map<string, Float64Array>();
  for (const e of events) {
    const adj = params.events?.[e.id] ?? {};
    if (adj.exclude) continue;
    const type = adj.type ?? e.type;
    let a = adj.alpha ?? alpha[type];
    if (adj.alpha === undefined && perTarget && (type === "individual" || type === "entity") && e.nTargets !== null) a *= e.nTargets;
    const law = adj.law ?? lawFor(type);
    validateLaw(law, `law(${e.id})`);
    if (!(a >= 0) || !Number.isFinite(a)) throw new InvalidParameterError(`events.${e.id}.alpha`, `must be a finite weight >= 0, got ${a}`);
    const start = periodOfEvent(e, calendar.freq);
    const last = useEnd && e.end ? periodOfDate(e.end, calendar.freq) : Number.POSITIVE_INFINITY;
    const c = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const t = calendar.from + i;
      if (t < start || t > last) continue;
      const uMonths = (t - start) / ppm;
      const v = a * beta(e.sender, i) * timeFactor(law, uMonths);
      c[i] = v;
      index[i] += v;
    }
    contributions.set(e.id, c);
  }
  requireFiniteIndex(index, calendar);
  return { calendar, labels: calendarLabels(calendar), index, contributions };
}

const isWeight = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0;

/** undefined passes (an optional part); anything else but a plain object is an InvalidParameterError */
function requireObject<T>(v: T, name: string): T {
  if (v !== undefined && (v === null || typeof v !== "object" || Array.isArray(v) || ArrayBuffer.isView(v))) throw new InvalidParameterError(name, `must be an object, got ${v === null ? "null" : Array.isArray(v) ? "an array" : typeof v}`, v);
  return v;
}

function requireEvents(events: unknown): void {
  if (!Array.isArray(events)) throw new InvalidParameterError("events", `must be an array of events (readEvents, parseEvents), got ${events === null ? "null" : typeof events}`, events);
}

/** a sum of large weights can overflow to Infinity: refuse it rather than return it */
function requireFiniteIndex(index: Float64Array, calendar: Calendar): void {
  for (let i = 0; i < index.length; i++) {
    if (!Number.isFinite(index[i])) throw new NumericalError("NUMERIC", `sanction index: the quantity 'index[${i}]' is ${index[i]} (period ${periodLabel(calendar.from + i, calendar.freq)}): the weights or the leverage overflow; use smaller ones.`, { quantity: `index[${i}]`, value: index[i] });
  }
}

export interface DregerParams {
  /** weights by type (default persons 1, entities 2, sectors 3; embargo 3; announcements 0) */
  weights?: Partial<Record<SanctionType, number>>;
  /** count each listed person/entity (true) or each act (false, default: Dreger et al. add dummies per act) */
  perTarget?: boolean;
  /** the sender's share of the target's trade, by sender (default 1) */
  tradeShare?: Record<string, number>;
}

export const DREGER_WEIGHTS: Record<SanctionType, number> = { individual: 1, entity: 2, sector: 3, embargo: 3, announcement: 0 };

/** The cumulative (never decreasing) index of Dreger et al. (2016), second method over the same events. */
export function dregerIndex(events: SanctionEvent[], params: DregerParams, calendar: Calendar): IndexResult {
  checkCalendar(calendar);
  requireEvents(events);
  requireObject(params, "params");
  const n = calendar.to - calendar.from + 1;
  const w = { ...DREGER_WEIGHTS, ...(requireObject(params.weights, "weights") ?? {}) };
  for (const [k, v] of Object.entries(w)) if (!isWeight(v)) throw new InvalidParameterError(`weights.${k}`, `must be a finite weight >= 0, got ${String(v)}`);
  // every share is checked, also those of senders without events here (a null would otherwise read as 1)
  for (const [k, v] of Object.entries(requireObject(params.tradeShare, "tradeShare") ?? {})) if (!(typeof v === "number" && v >= 0 && v <= 1)) throw new InvalidParameterError(`tradeShare.${k}`, `must lie in [0, 1], got ${String(v)}`);
  const index = new Float64Array(n);
  const contributions = new Map<string, Float64Array>();
  for (const e of events) {
    const share = params.tradeShare?.[e.sender] ?? 1;
    if (!(share >= 0 && share <= 1)) throw new InvalidParameterError(`tradeShare.${e.sender}`, `must lie in [0, 1], got ${share}`);
    let v = w[e.type] * share;
    if (params.perTarget && e.nTargets !== null) v *= e.nTargets;
    const start = periodOfEvent(e, calendar.freq);
    const c = new Float64Array(n);
    for (let i = 0; i < n; i++) if (calendar.from + i >= start) { c[i] = v; index[i] += v; }
    contributions.set(e.id, c);
  }
  requireFiniteIndex(index, calendar);
  return { calendar, labels: calendarLabels(calendar), index, contributions };
}

/** Monthly calendar between two "YYYY-MM" labels. */
export function monthly(from: string, to: string): Calendar {
  const p = (s: string) => {
    const m = typeof s === "string" ? s.match(/^(\d{4})-(\d{2})$/) : null;
    if (!m) throw new InvalidParameterError("calendar", `'${s}' is not YYYY-MM`);
    // an impossible month (2010-13, 2010-00) would otherwise roll over into the next year
    if (+m[2] < 1 || +m[2] > 12) throw new InvalidParameterError("calendar", `'${s}' is not a month (the month must be 01..12)`);
    return +m[1] * 12 + +m[2] - 1;
  };
  const c: Calendar = { freq: "M", from: p(from), to: p(to) };
  if (c.to < c.from) throw new InvalidParameterError("calendar", `ends (${to}) before it starts (${from})`);
  return c;
}

/** Quarterly calendar between two "YYYY-MM" labels (quarters containing them). */
export function quarterly(from: string, to: string): Calendar {
  const m = monthly(from, to);
  return { freq: "Q", from: Math.floor(m.from / 3), to: Math.floor(m.to / 3) };
}
