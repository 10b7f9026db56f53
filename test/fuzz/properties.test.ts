/**
 * Issue 17, item 7: property-based tests (fast-check, seeded and bounded in time). Every input to
 * the CSV reader, the .mod reader and the option parsers gives either a result without non-finite
 * numbers or one of the project's typed errors (SanctionsLabError); never a TypeError, a
 * RangeError or a hang.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { describe, expect } from "vitest";
import { it as fcIt } from "@fast-check/vitest";
import { SanctionsLabError } from "../../src/core/errors";
import { parseCsvText } from "../../src/data/csv";
import { parseMod, simulateMod } from "../../src/dynare/index";
import { checkMaxit, checkTolerance } from "../../src/solvers/perfect-foresight";
import { validateIndexParams } from "../../src/sanctions-index/params-schema";
import { monthly } from "../../src/sanctions-index/build";

const RAMST = fs.readFileSync(path.join(__dirname, "..", "fixtures", "dynare", "models", "ramst.mod"), "utf8");
const OPTS = { seed: 17, numRuns: 300, interruptAfterTimeLimit: 4000 };

/** f() returns a value without non-finite numbers, or throws a SanctionsLabError */
function typedOrFinite(f: () => unknown): void {
  let v: unknown;
  try {
    v = f();
  } catch (e) {
    if (!(e instanceof SanctionsLabError)) throw e;
    return;
  }
  const walk = (x: unknown): void => {
    if (typeof x === "number") expect(Number.isFinite(x)).toBe(true);
    else if (ArrayBuffer.isView(x)) for (const y of Array.from(x as unknown as ArrayLike<number>)) expect(Number.isFinite(y)).toBe(true);
    else if (Array.isArray(x)) x.forEach(walk);
  };
  walk(v);
}

/** mutate a text: replace, insert or delete characters at random places */
const mutated = (base: string, alphabet: string) =>
  fc.array(fc.tuple(fc.nat({ max: base.length }), fc.constantFrom("replace", "insert", "delete"), fc.constantFrom(...alphabet.split(""))), { maxLength: 6 }).map((muts) => {
    let s = base;
    for (const [i, op, ch] of muts) {
      const k = Math.min(i, s.length);
      s = op === "insert" ? s.slice(0, k) + ch + s.slice(k) : op === "delete" ? s.slice(0, k) + s.slice(k + 1) : s.slice(0, k) + ch + s.slice(k + 1);
    }
    return s;
  });

describe("CSV reader", () => {
  const csv = "date,a,b\n2014-01,1.5,2\n2014-02,\"3\",4e2\n2014-03,NA,-1\n";
  fcIt.prop([mutated(csv, ",\"\n\r;x0.-e\u00a0 ")], OPTS)("mutations of a valid CSV: a table or a typed error", (text) => {
    typedOrFinite(() => parseCsvText(text, "f.csv").rows.length);
  });
  fcIt.prop([fc.string({ maxLength: 200 })], OPTS)("arbitrary text: a table or a typed error", (text) => {
    typedOrFinite(() => parseCsvText(text, "f.csv").rows.length);
  });
});

describe(".mod reader", () => {
  fcIt.prop([mutated(RAMST, "();=+-*/^:,#[]'\"0123456789.ekx \n")], { ...OPTS, numRuns: 200 })("mutations of ramst.mod parse or fail typed", (text) => {
    typedOrFinite(() => parseMod(text, "m.mod").equations.length);
  });
  fcIt.prop([fc.string({ maxLength: 300 })], OPTS)("arbitrary text parses or fails typed", (text) => {
    typedOrFinite(() => parseMod(text, "m.mod").equations.length);
  });
  const shockPeriods = fc.oneof(fc.integer({ min: -5, max: 300 }).map(String), fc.double({ noNaN: false }).map(String), fc.tuple(fc.integer({ min: -3, max: 250 }), fc.integer({ min: -3, max: 250 })).map(([a, b]) => `${a}:${b}`));
  fcIt.prop([shockPeriods], { ...OPTS, numRuns: 60 })("any shock period: finite paths or a typed error (never silently dropped)", (p) => {
    const src = RAMST.replace("periods 1;", `periods ${p};`);
    typedOrFinite(() => {
      const r = simulateMod(src, { fileName: "s.mod" });
      // a shock that was accepted is in the exogenous path
      const [a] = p.split(":").map(Number);
      expect(r.exoPaths.x[a]).toBe(1.2);
      return Array.from(r.paths.k);
    });
  });
});

describe("option parsers", () => {
  const anyValue = fc.oneof(fc.double(), fc.integer(), fc.constant(null), fc.constant(undefined), fc.string(), fc.boolean(), fc.constant(Infinity), fc.constant(NaN));
  fcIt.prop([anyValue], OPTS)("tolerances: a finite positive number or InvalidParameterError", (v) => {
    typedOrFinite(() => checkTolerance("tolf", v));
  });
  fcIt.prop([anyValue], OPTS)("iteration limits: an integer or InvalidParameterError", (v) => {
    typedOrFinite(() => checkMaxit("maxit", v));
  });
  fcIt.prop([fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 })], OPTS)("calendars: valid months or a typed error", (a, b) => {
    typedOrFinite(() => [monthly(a, b).from]);
  });
  fcIt.prop([fc.jsonValue({ maxDepth: 4 })], OPTS)("index parameters: any JSON validates or fails naming a key", (j) => {
    typedOrFinite(() => validateIndexParams("bali-rapelanoro", j, "p.json"));
    typedOrFinite(() => validateIndexParams("dreger", j, "p.json"));
  });
  fcIt.prop([fc.record({ tolf: anyValue, maxit: anyValue, tolx: anyValue }, { requiredKeys: [] })], { ...OPTS, numRuns: 60 })("simulateMod solver options: a result or a typed error, quickly", (solver) => {
    const t0 = Date.now();
    typedOrFinite(() => Array.from(simulateMod(RAMST, { fileName: "r.mod", solver: solver as never }).paths.c));
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});
