/**
 * TIES v4.1 sanction cases with conflict-expectation measures, for testing Drezner's propositions.
 *
 * Coding decisions (TIES v4 codebook, Morgan, Bapat & Kobayashi 2014):
 *  - sender = `primarysender`, or `sender1` when the primary sender is blank (multilateral cases led
 *    by one state); cases whose sender is an institution only (no state code) are dropped;
 *  - year = `startyear`; threat = `threat` (1 = a threat was made), imposition = `imposition`;
 *  - `finaloutcome`: 1 partial / 2 complete acquiescence by the target to the threat, 3 sender
 *    capitulates at the threat stage, 4 stalemate and 5 negotiated settlement at the threat stage;
 *    6-10 the same five outcomes after imposition; blank = ongoing or unknown (dropped where the
 *    outcome is needed);
 *  - concession = target acquiesces partially or completely (1, 2, 6, 7); level 0 none, 1 partial, 2 complete;
 *  - costs: anticipated and actual costs for target and sender, 1 minor, 2 major, 3 severe.
 * Conflict expectations for the (sender, target, year) dyad:
 *  - ally: any ATOP v5 alliance obligation (defence, offence, neutrality, non-aggression, consultation) in either direction that year;
 *  - prior MIDs: number of COW MID v5 dispute onsets between the two in the previous ten years;
 *  - rivalry: a Thompson strategic rivalry active that year (ongoing rivalries have end year NA).
 */
import { DataError } from "../core/errors";
import { readCsv, numericColumn, stringColumn, CsvTable } from "../data/csv";
import { dataFile } from "../data/datadir";

export interface TiesCase {
  caseid: string;
  year: number;
  sender: number;
  target: number;
  threat: 0 | 1;
  imposition: 0 | 1;
  outcome: number | null;
  /** outcome reached at the threat stage (1-5) */
  threatStage: boolean | null;
  concession: 0 | 1 | null;
  concessionLevel: 0 | 1 | 2 | null;
  anticipatedTargetCosts: number | null;
  anticipatedSenderCosts: number | null;
  targetCosts: number | null;
  senderCosts: number | null;
  institution: 0 | 1;
  ally: 0 | 1;
  priorMids: number;
  rivalry: 0 | 1;
}

const num = (t: CsvTable, c: string) => numericColumn(t, c);

function intOrNull(col: { values: Float64Array; missing: Uint8Array }, i: number): number | null {
  return col.missing[i] ? null : col.values[i];
}

export interface ConflictData {
  allied: Set<string>;
  midOnsets: Map<string, number[]>;
  rivalries: { a: number; b: number; from: number; to: number }[];
}

const pairKey = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);

export function loadConflictData(): ConflictData {
  const at = readCsv(dataFile("peacesciencer/atop_alliance.csv"));
  const c1 = num(at, "ccode1").values, c2 = num(at, "ccode2").values, yr = num(at, "year").values;
  const cols = ["atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul"].map((c) => num(at, c).values);
  const allied = new Set<string>();
  for (let i = 0; i < c1.length; i++) if (cols.some((c) => c[i] === 1)) allied.add(`${pairKey(c1[i], c2[i])}-${yr[i]}`);
  const md = readCsv(dataFile("peacesciencer/cow_mid_dirdisps.csv"));
  const m1 = num(md, "ccode1").values, m2 = num(md, "ccode2").values, my = num(md, "year").values, on = num(md, "disponset").values, dn = num(md, "dispnum").values;
  const seen = new Set<string>();
  const midOnsets = new Map<string, number[]>();
  for (let i = 0; i < m1.length; i++) {
    if (on[i] !== 1) continue;
    const k = pairKey(m1[i], m2[i]);
    const id = `${k}-${dn[i]}`;
    if (seen.has(id)) continue; // directed rows: count each dispute once per pair
    seen.add(id);
    if (!midOnsets.has(k)) midOnsets.set(k, []);
    midOnsets.get(k)!.push(my[i]);
  }
  const rv = readCsv(dataFile("peacesciencer/td_rivalries.csv"));
  const r1 = num(rv, "ccode1").values, r2 = num(rv, "ccode2").values, rs = num(rv, "styear").values, re = num(rv, "endyear");
  const rivalries = Array.from(r1, (a, i) => ({ a, b: r2[i], from: rs[i], to: re.missing[i] ? 9999 : re.values[i] }));
  return { allied, midOnsets, rivalries };
}

export function conflictMeasures(cd: ConflictData, a: number, b: number, year: number): { ally: 0 | 1; priorMids: number; rivalry: 0 | 1 } {
  const k = pairKey(a, b);
  const ally = cd.allied.has(`${k}-${year}`) ? 1 : 0;
  const priorMids = (cd.midOnsets.get(k) ?? []).filter((y) => y >= year - 10 && y < year).length;
  const rivalry = cd.rivalries.some((r) => pairKey(r.a, r.b) === k && r.from <= year && year <= r.to) ? 1 : 0;
  return { ally, priorMids, rivalry };
}

/** TIES cases with a state sender and target, enriched with conflict expectations. */
export function loadTiesCases(cd: ConflictData = loadConflictData()): TiesCase[] {
  const t = readCsv(dataFile("TIESv4-1.csv"));
  const id = stringColumn(t, "caseid");
  const year = num(t, "startyear"), ps = num(t, "primarysender"), s1 = num(t, "sender1"), tg = num(t, "targetstate");
  const th = num(t, "threat"), im = num(t, "imposition"), fo = num(t, "finaloutcome");
  const atc = num(t, "anticipatedtargetcosts"), asc = num(t, "anticipatedsendercosts"), tc = num(t, "targetcosts"), sc = num(t, "sendercosts");
  const inst = num(t, "institution");
  const out: TiesCase[] = [];
  for (let i = 0; i < id.length; i++) {
    const sender = !ps.missing[i] ? ps.values[i] : !s1.missing[i] ? s1.values[i] : null;
    if (sender === null || tg.missing[i] || year.missing[i]) continue;
    if (th.missing[i] || im.missing[i]) throw new DataError("DATA_MISSING_VALUE", `TIES case ${id[i]}: threat or imposition is missing.`);
    const outcome = intOrNull(fo, i);
    if (outcome !== null && (outcome < 1 || outcome > 10)) throw new DataError("DATA_PARSE", `TIES case ${id[i]}: finaloutcome ${outcome} outside 1-10.`);
    const conc = outcome === null ? null : [1, 2, 6, 7].includes(outcome) ? 1 : 0;
    const level = outcome === null ? null : outcome === 2 || outcome === 7 ? 2 : outcome === 1 || outcome === 6 ? 1 : 0;
    const cm = conflictMeasures(cd, sender, tg.values[i], year.values[i]);
    out.push({
      caseid: id[i], year: year.values[i], sender, target: tg.values[i], threat: th.values[i] === 1 ? 1 : 0, imposition: im.values[i] === 1 ? 1 : 0,
      outcome, threatStage: outcome === null ? null : outcome <= 5, concession: conc as 0 | 1 | null, concessionLevel: level as 0 | 1 | 2 | null,
      anticipatedTargetCosts: intOrNull(atc, i), anticipatedSenderCosts: intOrNull(asc, i), targetCosts: intOrNull(tc, i), senderCosts: intOrNull(sc, i),
      institution: inst.values[i] === 1 ? 1 : 0, ...cm,
    });
  }
  return out;
}

/**
 * Expected number of cases against allies if each sender picked its target at random among the
 * states in the system that year (COW state system), for comparison with the observed number.
 */
export function expectedAllyShare(cases: TiesCase[], cd: ConflictData): { observed: number; expected: number; n: number } {
  const st = readCsv(dataFile("peacesciencer/cow_states.csv"));
  const cc = num(st, "ccode").values, sy = num(st, "styear").values, ey = num(st, "endyear").values;
  const statesIn = (y: number) => { const s: number[] = []; for (let i = 0; i < cc.length; i++) if (sy[i] <= y && y <= ey[i]) s.push(cc[i]); return [...new Set(s)]; };
  const cache = new Map<number, number[]>();
  let expected = 0, observed = 0;
  for (const c of cases) {
    if (!cache.has(c.year)) cache.set(c.year, statesIn(c.year));
    const states = cache.get(c.year)!.filter((s) => s !== c.sender);
    if (!states.length) continue;
    let allies = 0;
    for (const s of states) if (cd.allied.has(`${pairKey(c.sender, s)}-${c.year}`)) allies++;
    expected += allies / states.length;
    observed += c.ally;
  }
  return { observed, expected, n: cases.length };
}
