/**
 * Schema of the `index` command's parameters file (src/sanctions-index/cli-index.ts), checked with
 * zod before any computation: unknown keys (a misspelt `useEndDate` would otherwise be ignored and
 * change the index without a word), wrong types and nulls are errors naming the key path.
 */
import { z } from "zod";
import { InvalidParameterError } from "../core/errors";
import { SANCTION_TYPES } from "./events";

const finite = z.number().refine(Number.isFinite, "must be a finite number");
const weight = finite.refine((v) => v >= 0, "must be >= 0");
const sanctionType = z.enum(SANCTION_TYPES as [string, ...string[]]);

const timeLaw = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("power"), horizon: finite.refine((v) => v > 0, "must be > 0"), slope: weight }),
  z.strictObject({ kind: z.literal("linear"), horizon: finite.refine((v) => v > 0, "must be > 0") }),
  z.strictObject({ kind: z.literal("exponential"), halfLife: finite.refine((v) => v > 0, "must be > 0") }),
  z.strictObject({ kind: z.literal("none") }),
]);
const lawByType = z.strictObject({
  default: timeLaw,
  ...Object.fromEntries(SANCTION_TYPES.map((t) => [t, timeLaw.optional()])),
});
const series = z.union([weight, z.array(weight).min(1)]);

export const BALI_PARAMS = z.strictObject({
  alpha: z.strictObject(Object.fromEntries(SANCTION_TYPES.map((t) => [t, weight.optional()]))).optional(),
  perTarget: z.boolean().optional(),
  law: z.union([timeLaw, lawByType]),
  leverage: z.union([series, z.record(z.string(), series)]),
  useEndDates: z.boolean().optional(),
  events: z.record(z.string(), z.strictObject({ type: sanctionType.optional(), alpha: weight.optional(), law: timeLaw.optional(), exclude: z.boolean().optional() })).optional(),
  newMeasuresOnly: z.boolean().optional(),
});

export const DREGER_PARAMS = z.strictObject({
  weights: z.strictObject(Object.fromEntries(SANCTION_TYPES.map((t) => [t, weight.optional()]))).optional(),
  perTarget: z.boolean().optional(),
  tradeShare: z.record(z.string(), finite.refine((v) => v >= 0 && v <= 1, "must lie in [0, 1]")).optional(),
  newMeasuresOnly: z.boolean().optional(),
});

/** Validate parsed JSON against the method's schema; the error names the first offending key path. */
export function validateIndexParams(method: "bali-rapelanoro" | "dreger", value: unknown, file: string): Record<string, unknown> {
  const schema = method === "dreger" ? DREGER_PARAMS : BALI_PARAMS;
  const r = schema.safeParse(value);
  if (r.success) return r.data as Record<string, unknown>;
  const issue = mostSpecific(r.error.issues[0] as Issue, []);
  const key = issue.path.map(String).join(".");
  let why = issue.message;
  if (valueAt(value, issue.path) === null) why = "is null; give a value or remove the key";
  if (issue.code === "unrecognized_keys") {
    const keys = (issue as { keys: string[] }).keys;
    const at = key ? `${key}.` : "";
    const allowed = allowedKeys(schema, issue.path);
    throw new InvalidParameterError(`${at}${keys[0]}`, `unknown key in ${file} for --method ${method}${keys.length > 1 ? ` (also ${keys.slice(1).join(", ")})` : ""}${allowed.length ? `; allowed here: ${allowed.join(", ")}` : " (check its spelling against the documented parameters)"}`, keys);
  }
  throw new InvalidParameterError(key || "params", `${why} (in ${file}, --method ${method})`, undefined);
}

function allowedKeys(schema: z.ZodType, p: PropertyKey[]): string[] {
  let s: unknown = schema;
  for (const k of p) {
    const shape = (s as { shape?: Record<string, unknown> }).shape;
    s = shape?.[String(k)];
    while (s && (s as { unwrap?: () => unknown }).unwrap) s = (s as { unwrap: () => unknown }).unwrap();
  }
  const shape = (s as { shape?: Record<string, unknown> })?.shape;
  return shape ? Object.keys(shape) : [];
}

type Issue = { code: string; path: PropertyKey[]; message: string; errors?: Issue[][]; keys?: string[] };

const valueAt = (v: unknown, p: PropertyKey[]): unknown => p.reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[String(k)] : undefined), v);

/**
 * Of the alternatives of a union (a time law is one of four shapes or a per-type table), report the
 * issue that went deepest into the value, preferring a wrong value over a missing key: "law.horizon:
 * expected number" rather than zod's summary "Invalid input" for the whole union.
 */
function mostSpecific(issue: Issue, prefix: PropertyKey[]): Issue {
  const here = { ...issue, path: [...prefix, ...issue.path] };
  if (issue.code !== "invalid_union" || !issue.errors?.length) return here;
  let best: Issue = here, score = -Infinity;
  for (const branch of issue.errors) {
    if (!branch.length) continue;
    const c = mostSpecific(branch[0], here.path);
    const sc = c.path.length + (/received undefined/.test(c.message) ? -0.5 : 0) + (c.code === "invalid_type" && c.path.length === here.path.length ? -0.25 : 0);
    if (sc > score) { score = sc; best = c; }
  }
  return best;
}
