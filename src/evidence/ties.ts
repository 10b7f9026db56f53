/**
 * TIES v4.1 sanction cases with conflict-expectation measures, for testing Drezner's propositions
 * (notebook 06). Sources: Morgan, Bapat & Kobayashi (2014), the TIES v4 codebook, read from the
 * CSV header (`TIESv4-1.csv`, 66 variables, 1,412 cases, 1945-2005); ATOP v5, COW MID v5, COW
 * state system and Thompson-Sakuwa-Suhas strategic rivalries via peacesciencer; the dyad-decade
 * file of Crisman-Cox & Gibilisco for regime type. Every coding decision is stated where it is made.
 *
 * Unit. A TIES case is one sender (or group of senders) threatening and/or imposing sanctions on
 * one target. `loadTiesCases` keeps every case (case level); `tiesDyads` expands each case into
 * sender-target-year rows, one per state sender (`sender1`..`sender5` plus `primarysender`), with
 * year = `startyear` (the first threat or imposition). Case-level conflict measures are those of
 * the primary-sender dyad (`primarysender`, else `sender1`), the state that drives the case.
 *
 * States. Codes are COW country codes. A code counts as a state in a year only if the COW state
 * system lists it as a member then; TIES uses 1000 for the European Community/Union, which is not a
 * state — such senders and targets have no dyadic conflict measures (null) and no dyad rows.
 */
import { DataError, InvalidParameterError } from "../core/errors";
import { Rng } from "../core/rng";
import { CsvTable, numericColumn, readCsv, stringColumn } from "../data/csv";
import { dataFile } from "../data/datadir";

/** The four final-outcome categories, each of which TIES codes at the threat stage and after imposition. */
export type OutcomeCategory = "target acquiesces" | "sender capitulates" | "stalemate" | "negotiated settlement";
export const OUTCOME_CATEGORIES: OutcomeCategory[] = ["target acquiesces", "sender capitulates", "stalemate", "negotiated settlement"];

/**
 * `finaloutcome` codes (TIES v4 codebook): 1 partial and 2 complete acquiescence by the target to
 * the threat, 3 capitulation by the sender in the threat stage, 4 stalemate in the threat stage,
 * 5 negotiated settlement in the threat stage; 6-10 the same five after sanctions were imposed
 * (6 partial, 7 complete acquiescence, 8 sender capitulates, 9 stalemate, 10 settlement). Blank
 * means ongoing or unknown: such cases keep their threat/imposition flags but have null outcomes.
 */
export function decodeOutcome(code: number): { stage: "threat" | "imposition"; category: OutcomeCategory; acquiescence: 0 | 1 | 2 } {
  if (!Number.isInteger(code) || code < 1 || code > 10) throw new DataError("DATA_PARSE", `TIES finaloutcome must be 1-10, got ${code}`);
  const stage = code <= 5 ? "threat" : "imposition";
  const c = code <= 5 ? code : code - 5;
  const category = c <= 2 ? "target acquiesces" : c === 3 ? "sender capitulates" : c === 4 ? "stalemate" : "negotiated settlement";
  return { stage, category, acquiescence: c === 1 ? 1 : c === 2 ? 2 : 0 };
}

export interface TiesCase {
  caseid: string;
  /** `startyear` */
  year: number;
  /** every state sender (COW member that year) among sender1..sender5 and primarysender */
  senders: number[];
  /** primarysender, else sender1, when it is a state; null otherwise */
  primarySender: number | null;
  /** targetstate when it is a state that year; null otherwise (e.g. 1000, the EC/EU) */
  target: number | null;
  /** raw TIES codes, for reference */
  rawSender: number | null;
  rawTarget: number | null;
  /** `institution` = 1: an international institution is among the senders (blank coded 0) */
  institution: 0 | 1;
  /** `issue1`, the first issue code (13 = trade practices, 3 = destabilise regime, 5 = territory) */
  issue: number | null;
  threat: 0 | 1;
  imposition: 0 | 1;
  /** `finaloutcome` 1-10, null when ongoing or unknown */
  outcome: number | null;
  /**
   * Stage at which the case ended: from the outcome code, but only when it agrees with the
   * `imposition` flag. 19 cases disagree (threat-stage codes with imposition = 1, or post-imposition
   * codes with imposition = 0); their stage is null and `codingConflict` is true.
   */
  stage: "threat" | "imposition" | null;
  codingConflict: boolean;
  category: OutcomeCategory | null;
  /** target acquiesces partially or completely (codes 1, 2, 6, 7), at either stage */
  concession: 0 | 1 | null;
  /** 0 none, 1 partial (1, 6), 2 complete (2, 7) */
  concessionLevel: 0 | 1 | 2 | null;
  /** negotiated settlement (5, 10): both sides give something; a broader reading of "concession" */
  settlement: 0 | 1 | null;
  /**
   * Among threatened cases (threat = 1) with a known, consistent outcome: 1 if the target
   * acquiesced before any imposition (codes 1, 2), 0 otherwise (sanctions imposed, or the threat
   * ended in sender capitulation, stalemate or settlement).
   */
  threatStageAcquiescence: 0 | 1 | null;
  /** costs, each 1 minor, 2 major, 3 severe (codebook); null when not coded */
  anticipatedTargetCosts: number | null;
  anticipatedSenderCosts: number | null;
  targetCosts: number | null;
  senderCosts: number | null;
  /** conflict expectations of the primary-sender dyad (null when either side is not a state) */
  ally: 0 | 1 | null;
  priorMids: number | null;
  rivalry: 0 | 1 | null;
  /** |Polity(sender) - Polity(target)|, 0-20, from the Crisman-Cox & Gibilisco dyad-decades (1970-1999 only) */
  polityDistance: number | null;
}

/** One sender-target-year row. */
export interface TiesDyad {
  caseid: string;
  year: number;
  sender: number;
  target: number;
  /** this sender is the case's primary sender */
  primary: boolean;
  ally: 0 | 1;
  priorMids: number;
  rivalry: 0 | 1;
  polityDistance: number | null;
}

export interface ConflictData {
  /** `${low}-${high}-${year}` for dyad-years with an ATOP defence or offence obligation */
  allied: Set<string>;
  /** onset years of COW MIDs by unordered pair, each dispute once */
  midOnsets: Map<string, number[]>;
  rivalries: { a: number; b: number; from: number; to: number }[];
  /** COW state-system membership spells */
  states: Map<number, [number, number][]>;
  /** `${sender}-${target}-${decade}` -> |Polity difference| (both directions stored) */
  polityDistance: Map<string, number>;
  /** COW major-power spells (optional so hand-made test data can omit it) */
  majors?: Map<number, [number, number][]>;
}

const pairKey = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);
const num = (t: CsvTable, c: string) => numericColumn(t, c);

/** Is `ccode` a member of the COW state system in `year`? */
export function isState(cd: ConflictData, ccode: number, year: number): boolean {
  const spells = cd.states.get(ccode);
  return !!spells && spells.some(([a, b]) => a <= year && year <= b);
}

/** Is `ccode` a COW major power in `year`? */
export function isMajor(cd: ConflictData, ccode: number, year: number): boolean {
  const spells = cd.majors?.get(ccode);
  return !!spells && spells.some(([a, b]) => a <= year && year <= b);
}

/**
 * Conflict-expectation data:
 *  - ally: an ATOP v5 defence or offence obligation between the two states that year, in either
 *    direction. Neutrality, non-aggression and consultation pacts are left out: they are not
 *    alliances in Drezner's sense, and counting them would make Cold War rivals allies (ATOP v5
 *    records a US-Soviet non-aggression obligation from 1975, the year of the CSCE Final Act);
 *  - MIDs: COW MID v5 directed dispute-years with `disponset` = 1 give each dispute's onset year
 *    for the pair; a dispute is counted once per pair whatever the direction or number of rows
 *    (the file lists only dyads on opposite sides);
 *  - rivalry: a Thompson-Sakuwa-Suhas strategic rivalry spell covering the year (missing end year =
 *    ongoing);
 *  - states: COW state-system membership spells (a state can have several);
 *  - regime distance: the Crisman-Cox & Gibilisco file gives Polity scores (-10..10) of sender
 *    and target by directed dyad and decade (`tenyear` 1970, 1980, 1990); we store the absolute
 *    difference for both directions (NA scores give no entry). It covers only dyads with TIES
 *    activity in 1970-1999, so the measure is missing elsewhere.
 */
export function loadConflictData(): ConflictData {
  const at = readCsv(dataFile("peacesciencer/atop_alliance.csv"));
  const c1 = num(at, "ccode1").values, c2 = num(at, "ccode2").values, yr = num(at, "year").values;
  const cols = ["atop_defense", "atop_offense"].map((c) => num(at, c).values);
  const allied = new Set<string>();
  for (let i = 0; i < c1.length; i++) if (cols.some((c) => c[i] === 1)) allied.add(`${pairKey(c1[i], c2[i])}-${yr[i]}`);

  const md = readCsv(dataFile("peacesciencer/cow_mid_dirdisps.csv"));
  const m1 = num(md, "ccode1").values, m2 = num(md, "ccode2").values, my = num(md, "year").values, on = num(md, "disponset").values, dn = num(md, "dispnum").values;
  // earliest onset year of each dispute for each pair (a pair can enter a dispute after it began)
  const onset = new Map<string, { pair: string; year: number }>();
  for (let i = 0; i < m1.length; i++) {
    if (on[i] !== 1) continue;
    const k = pairKey(m1[i], m2[i]);
    const id = `${k}-${dn[i]}`;
    const prev = onset.get(id);
    if (!prev || my[i] < prev.year) onset.set(id, { pair: k, year: my[i] });
  }
  const midOnsets = new Map<string, number[]>();
  for (const { pair, year } of onset.values()) {
    if (!midOnsets.has(pair)) midOnsets.set(pair, []);
    midOnsets.get(pair)!.push(year);
  }

  const rv = readCsv(dataFile("peacesciencer/td_rivalries.csv"));
  const r1 = num(rv, "ccode1").values, r2 = num(rv, "ccode2").values, rs = num(rv, "styear").values, re = num(rv, "endyear");
  const rivalries = Array.from(r1, (a, i) => ({ a, b: r2[i], from: rs[i], to: re.missing[i] ? 9999 : re.values[i] }));

  const st = readCsv(dataFile("peacesciencer/cow_states.csv"));
  const cc = num(st, "ccode").values, sy = num(st, "styear").values, ey = num(st, "endyear").values;
  const states = new Map<number, [number, number][]>();
  for (let i = 0; i < cc.length; i++) {
    if (!states.has(cc[i])) states.set(cc[i], []);
    states.get(cc[i])!.push([sy[i], ey[i]]);
  }

  const cg = readCsv(dataFile("crismancox_gibilisco_TIES_dyaddecade_sanctions.csv"));
  const g1 = num(cg, "ccode1").values, g2 = num(cg, "ccode2").values, gd = num(cg, "tenyear").values;
  const sd = num(cg, "senderdemocracy"), td = num(cg, "targetdemocracy");
  const polityDistance = new Map<string, number>();
  for (let i = 0; i < g1.length; i++) {
    if (sd.missing[i] || td.missing[i]) continue;
    const dist = Math.abs(sd.values[i] - td.values[i]);
    polityDistance.set(`${g1[i]}-${g2[i]}-${gd[i]}`, dist);
    if (!polityDistance.has(`${g2[i]}-${g1[i]}-${gd[i]}`)) polityDistance.set(`${g2[i]}-${g1[i]}-${gd[i]}`, dist);
  }
  const mj = readCsv(dataFile("peacesciencer/cow_majors.csv"));
  const mc = num(mj, "ccode").values, ms = num(mj, "styear").values, me = num(mj, "endyear").values;
  const majors = new Map<number, [number, number][]>();
  for (let i = 0; i < mc.length; i++) {
    if (!majors.has(mc[i])) majors.set(mc[i], []);
    majors.get(mc[i])!.push([ms[i], me[i]]);
  }
  return { allied, midOnsets, rivalries, states, polityDistance, majors };
}

/**
 * Conflict expectations of the dyad (a, b) in `year`: alliance that year; number of MID onsets in
 * the previous ten years (year-10 .. year-1, so the sanction episode's own year is excluded: a MID
 * in the same year may be its consequence); rivalry spell covering the year; Polity distance for
 * the decade when the Crisman-Cox & Gibilisco file has the dyad.
 */
export function conflictMeasures(cd: ConflictData, a: number, b: number, year: number): { ally: 0 | 1; priorMids: number; rivalry: 0 | 1; polityDistance: number | null } {
  const k = pairKey(a, b);
  const ally = cd.allied.has(`${k}-${year}`) ? 1 : 0;
  const priorMids = (cd.midOnsets.get(k) ?? []).filter((y) => y >= year - 10 && y <= year - 1).length;
  const rivalry = cd.rivalries.some((r) => pairKey(r.a, r.b) === k && r.from <= year && year <= r.to) ? 1 : 0;
  const decade = Math.floor(year / 10) * 10;
  const pd = cd.polityDistance.get(`${a}-${b}-${decade}`);
  return { ally, priorMids, rivalry, polityDistance: pd === undefined ? null : pd };
}

const REQUIRED = ["caseid", "startyear", "sender1", "sender2", "sender3", "sender4", "sender5", "primarysender", "targetstate", "institution", "issue1", "threat", "imposition",
  "anticipatedtargetcosts", "anticipatedsendercosts", "targetcosts", "sendercosts", "finaloutcome"];

/** All 1,412 TIES cases, decoded, with the primary-sender dyad's conflict expectations. */
export function loadTiesCases(cd: ConflictData = loadConflictData(), file = dataFile("TIESv4-1.csv")): TiesCase[] {
  const t = readCsv(file);
  const missingCols = REQUIRED.filter((c) => !t.columns.includes(c));
  if (missingCols.length) throw new DataError("DATA_PARSE", `${file}: the TIES header lacks ${missingCols.join(", ")}; is this TIES v4.1 (sheet TIESv4.1.raw)?`);
  const id = stringColumn(t, "caseid");
  const year = num(t, "startyear"), tg = num(t, "targetstate"), ps = num(t, "primarysender");
  const sendersCols = ["sender1", "sender2", "sender3", "sender4", "sender5"].map((c) => num(t, c));
  const th = num(t, "threat"), im = num(t, "imposition"), fo = num(t, "finaloutcome"), inst = num(t, "institution"), iss = num(t, "issue1");
  const atc = num(t, "anticipatedtargetcosts"), asc = num(t, "anticipatedsendercosts"), tc = num(t, "targetcosts"), sc = num(t, "sendercosts");
  const val = (c: { values: Float64Array; missing: Uint8Array }, i: number) => (c.missing[i] ? null : c.values[i]);
  const cost = (c: { values: Float64Array; missing: Uint8Array }, i: number, name: string) => {
    const v = val(c, i);
    if (v !== null && ![1, 2, 3].includes(v)) throw new DataError("DATA_PARSE", `TIES case ${id[i]}: ${name} = ${v}, expected 1 (minor), 2 (major) or 3 (severe)`);
    return v;
  };
  const out: TiesCase[] = [];
  for (let i = 0; i < id.length; i++) {
    if (year.missing[i]) throw new DataError("DATA_MISSING_VALUE", `TIES case ${id[i]}: startyear is missing`);
    if (th.missing[i] || im.missing[i]) throw new DataError("DATA_MISSING_VALUE", `TIES case ${id[i]}: threat or imposition is missing`);
    const y = year.values[i];
    const rawPrimary = val(ps, i) ?? val(sendersCols[0], i);
    const senders = [...new Set([val(ps, i), ...sendersCols.map((c) => val(c, i))].filter((s): s is number => s !== null && isState(cd, s, y)))];
    const primarySender = rawPrimary !== null && isState(cd, rawPrimary, y) ? rawPrimary : null;
    const rawTarget = val(tg, i);
    const target = rawTarget !== null && isState(cd, rawTarget, y) ? rawTarget : null;
    const threat = th.values[i] === 1 ? 1 : 0, imposition = im.values[i] === 1 ? 1 : 0;
    const outcome = val(fo, i);
    const dec = outcome === null ? null : decodeOutcome(outcome);
    const codingConflict = dec !== null && (dec.stage === "imposition") !== (imposition === 1);
    const stage = dec && !codingConflict ? dec.stage : null;
    const cm = primarySender !== null && target !== null ? conflictMeasures(cd, primarySender, target, y) : null;
    out.push({
      caseid: id[i], year: y, senders, primarySender, target, rawSender: rawPrimary, rawTarget,
      institution: inst.values[i] === 1 ? 1 : 0, issue: val(iss, i), threat, imposition, outcome, stage, codingConflict,
      category: dec ? dec.category : null,
      concession: dec ? (dec.acquiescence > 0 ? 1 : 0) : null,
      concessionLevel: dec ? dec.acquiescence : null,
      settlement: dec ? (dec.category === "negotiated settlement" ? 1 : 0) : null,
      threatStageAcquiescence: threat === 1 && stage !== null ? (stage === "threat" && dec!.acquiescence > 0 ? 1 : 0) : null,
      anticipatedTargetCosts: cost(atc, i, "anticipatedtargetcosts"), anticipatedSenderCosts: cost(asc, i, "anticipatedsendercosts"),
      targetCosts: cost(tc, i, "targetcosts"), senderCosts: cost(sc, i, "sendercosts"),
      ally: cm ? cm.ally : null, priorMids: cm ? cm.priorMids : null, rivalry: cm ? cm.rivalry : null, polityDistance: cm ? cm.polityDistance : null,
    });
  }
  return out;
}

/** Sender-target-year rows: one per state sender of each case whose target is a state. */
export function tiesDyads(cases: TiesCase[], cd: ConflictData): TiesDyad[] {
  const out: TiesDyad[] = [];
  for (const c of cases) {
    if (c.target === null) continue;
    for (const s of c.senders) {
      if (s === c.target) continue;
      out.push({ caseid: c.caseid, year: c.year, sender: s, target: c.target, primary: s === c.primarySender, ...conflictMeasures(cd, s, c.target, c.year) });
    }
  }
  return out;
}

/**
 * Random-targeting baseline for the primary-sender dyads: the expected number of cases against
 * allies (and rivals, and states with a MID in the previous ten years) if each sender picked its
 * target uniformly among the other members of the state system that year.
 */
export function randomTargetingBaseline(cases: TiesCase[], cd: ConflictData): { n: number; observed: { ally: number; rivalry: number; mid: number }; expected: { ally: number; rivalry: number; mid: number } } {
  const statesIn = new Map<number, number[]>();
  const members = (y: number) => {
    let s = statesIn.get(y);
    if (!s) { s = [...cd.states.keys()].filter((c) => isState(cd, c, y)); statesIn.set(y, s); }
    return s;
  };
  const observed = { ally: 0, rivalry: 0, mid: 0 }, expected = { ally: 0, rivalry: 0, mid: 0 };
  let n = 0;
  for (const c of cases) {
    if (c.primarySender === null || c.target === null || c.ally === null) continue;
    const others = members(c.year).filter((s) => s !== c.primarySender);
    if (!others.length) continue;
    n++;
    observed.ally += c.ally; observed.rivalry += c.rivalry!; observed.mid += c.priorMids! > 0 ? 1 : 0;
    let a = 0, r = 0, m = 0;
    for (const s of others) {
      const cm = conflictMeasures(cd, c.primarySender, s, c.year);
      a += cm.ally; r += cm.rivalry; m += cm.priorMids > 0 ? 1 : 0;
    }
    expected.ally += a / others.length; expected.rivalry += r / others.length; expected.mid += m / others.length;
  }
  return { n, observed, expected };
}

/** Backward-compatible summary of the ally baseline. */
export function expectedAllyShare(cases: TiesCase[], cd: ConflictData): { observed: number; expected: number; n: number } {
  const b = randomTargetingBaseline(cases, cd);
  return { observed: b.observed.ally, expected: b.expected.ally, n: b.n };
}

/** One row of the target-choice (case-control) sample. */
export interface TargetChoiceRow {
  caseid: string;
  year: number;
  sender: number;
  target: number;
  /** 1 for the target the sender chose, 0 for a sampled control */
  chosen: 0 | 1;
  ally: 0 | 1;
  priorMids: number;
  rivalry: 0 | 1;
  /** the (potential) target is a COW major power that year */
  targetMajor: 0 | 1;
}

/**
 * Case-control sample for "whom do senders target?": for every case with a state primary sender
 * and target, the chosen target plus `controls` other members of the state system that year drawn
 * at random without replacement (never the sender or the chosen target), each with the sender's
 * conflict measures towards it. A logit of `chosen` on these rows estimates the slopes of the
 * targeting model consistently (Prentice & Pyke 1979); the intercept reflects the sampling ratio.
 * Deterministic for a given seed.
 */
export function targetChoiceSample(cases: TiesCase[], cd: ConflictData, opts: { controls?: number; seed?: number } = {}): TargetChoiceRow[] {
  const controls = opts.controls ?? 20;
  if (!Number.isInteger(controls) || controls < 1) throw new InvalidParameterError("controls", "must be a positive integer", controls);
  const rng = new Rng(opts.seed ?? 20240601);
  const members = new Map<number, number[]>();
  const out: TargetChoiceRow[] = [];
  const row = (c: TiesCase, t: number, chosen: 0 | 1): TargetChoiceRow => {
    const m = conflictMeasures(cd, c.primarySender!, t, c.year);
    return { caseid: c.caseid, year: c.year, sender: c.primarySender!, target: t, chosen, ally: m.ally, priorMids: m.priorMids, rivalry: m.rivalry, targetMajor: isMajor(cd, t, c.year) ? 1 : 0 };
  };
  for (const c of cases) {
    if (c.primarySender === null || c.target === null || c.primarySender === c.target) continue;
    let pool = members.get(c.year);
    if (!pool) { pool = [...cd.states.keys()].filter((s) => isState(cd, s, c.year)).sort((a, b) => a - b); members.set(c.year, pool); }
    const cand = pool.filter((s) => s !== c.primarySender && s !== c.target);
    if (cand.length < controls) throw new DataError("TOO_FEW_OBSERVATIONS", `case ${c.caseid}: only ${cand.length} possible control targets in ${c.year}, asked for ${controls}`);
    out.push(row(c, c.target, 1));
    // partial Fisher-Yates: the first `controls` entries become a uniform sample without replacement
    for (let i = 0; i < controls; i++) {
      const j = i + rng.int(cand.length - i);
      const tmp = cand[i]; cand[i] = cand[j]; cand[j] = tmp;
      out.push(row(c, cand[i], 0));
    }
  }
  return out;
}

/**
 * Conflict-expectation measures a test can use: the readings under which notebook 06 records its
 * findings. `adversary` is one indicator (a strategic rivalry or a MID begun in the previous ten
 * years), the closest to the book's contrast of adversaries with allies; the other two are its parts.
 */
export type ConflictMeasure = "adversary" | "recent-mid" | "rivalry";
export const CONFLICT_MEASURES: Record<ConflictMeasure, string> = {
  adversary: "adversary (strategic rivalry or a MID begun in the previous ten years)",
  "recent-mid": "MID begun in the previous ten years (COW MID v5)",
  rivalry: "strategic rivalry (Thompson-Sakuwa-Suhas)",
};

/** 0/1 indicator of a conflict measure for a case or dyad (throws when the dyad has no measures). */
export function conflictIndicator(c: { priorMids: number | null; rivalry: 0 | 1 | null }, measure: ConflictMeasure): 0 | 1 {
  if (!(measure in CONFLICT_MEASURES)) throw new InvalidParameterError("measure", `must be one of ${Object.keys(CONFLICT_MEASURES).join(", ")}`, measure);
  if (c.priorMids === null || c.rivalry === null) throw new InvalidParameterError("case", "has no conflict measures (sender or target is not a state)");
  const mid = c.priorMids > 0 ? 1 : 0;
  return measure === "recent-mid" ? mid : measure === "rivalry" ? c.rivalry : mid || c.rivalry ? 1 : 0;
}

/**
 * Which TIES `issue1` codes count as "the biggest asks" (the essay: territorial demands; its examples
 * also include the target's regime). Codes as we read the v4 codebook: 3 destabilise the regime,
 * 5 territorial dispute.
 */
export type BigAskReading = "territory" | "regime-or-territory";
export const BIG_ASK_ISSUES: Record<BigAskReading, number[]> = { territory: [5], "regime-or-territory": [3, 5] };

export function isBigAsk(c: { issue: number | null }, reading: BigAskReading): 0 | 1 {
  const codes = BIG_ASK_ISSUES[reading];
  if (!codes) throw new InvalidParameterError("reading", `must be one of ${Object.keys(BIG_ASK_ISSUES).join(", ")}`, reading);
  return c.issue !== null && codes.includes(c.issue) ? 1 : 0;
}

/** One case of the repeat-coercion sample: did the same sender coerce the same target again? */
export interface RepeatRow {
  caseid: string;
  year: number;
  sender: number;
  target: number;
  /** the target acquiesced (partially or completely) in this case */
  conceded: 0 | 1;
  /** a later TIES case (start year in year+1 .. year+window) has the same primary sender and target */
  repeated: 0 | 1;
  ally: 0 | 1;
  adversary: 0 | 1;
}

/**
 * Reputation test sample: cases with a final outcome and a state primary sender and target, begun
 * no later than `lastYear - window` so that every case has a full window of later TIES years
 * (TIES ends in 2005). `window` (default 10 years) is the reading.
 */
export function repeatCoercion(cases: TiesCase[], opts: { window?: number; lastYear?: number } = {}): RepeatRow[] {
  const window = opts.window ?? 10, lastYear = opts.lastYear ?? 2005;
  if (!Number.isInteger(window) || window < 1) throw new InvalidParameterError("window", "must be a positive integer (years)", window);
  const byPair = new Map<string, number[]>();
  for (const c of cases) {
    if (c.primarySender === null || c.target === null) continue;
    const k = `${c.primarySender}>${c.target}`;
    byPair.set(k, [...(byPair.get(k) ?? []), c.year]);
  }
  const out: RepeatRow[] = [];
  for (const c of cases) {
    if (c.primarySender === null || c.target === null || c.concession === null || c.ally === null || c.year > lastYear - window) continue;
    const later = (byPair.get(`${c.primarySender}>${c.target}`) ?? []).some((y) => y > c.year && y <= c.year + window);
    out.push({ caseid: c.caseid, year: c.year, sender: c.primarySender, target: c.target, conceded: c.concession, repeated: later ? 1 : 0, ally: c.ally, adversary: conflictIndicator(c, "adversary") });
  }
  return out;
}

/**
 * Cases that reached imposition with a consistent final outcome (stage "imposition"), and how many
 * of them ended in a target concession (partial or complete acquiescence, finaloutcome 6 or 7).
 * Drezner's complete-information model predicts none: after a refusal and imposition the game ends
 * in deadlock. `share` is conceded / imposed with its binomial standard error sqrt(s(1-s)/n).
 */
export function postImpositionConcessions(
  cases: readonly Pick<TiesCase, "stage" | "concession">[],
): { imposed: number; conceded: number; share: number; stderr: number } {
  const imposed = cases.filter((c) => c.stage === "imposition" && c.concession !== null);
  if (imposed.length === 0) {
    const msg = "postImpositionConcessions: no case reached imposition with a consistent final outcome";
    throw new DataError("TOO_FEW_OBSERVATIONS", msg);
  }
  const conceded = imposed.filter((c) => c.concession === 1).length;
  const share = conceded / imposed.length;
  return { imposed: imposed.length, conceded, share, stderr: Math.sqrt((share * (1 - share)) / imposed.length) };
}
