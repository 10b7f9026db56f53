/**
 * Claims: one published number set beside ours, with a tolerance and a verdict.
 * Notebooks call `claim({...})`; when the notebook runner sets SANCTIONS_LAB_CLAIMS_FILE, every
 * claim is appended to that JSON-lines file, and `npm run reproduce` turns the files into
 * reports/claims.json and reports/REPRODUCTION.md (src/report/report.ts).
 */
import * as fs from "node:fs";
import { InvalidParameterError } from "../core/errors";

export type PaperId = "drezner-1999" | "bali-rapelanoro-2021" | "funke-wende-2025" | "primers";
export const PAPERS: Record<PaperId, string> = {
  "drezner-1999": "Drezner (1999), The Sanctions Paradox; Drezner (1998), ISQ 42(4); and the 2025 essay",
  "bali-rapelanoro-2021": "Bali & Rapelanoro (2021), a multipurpose sanction index for EU sanctions on Russia",
  "funke-wende-2025": "Funke & Wende (2025), export bans, re-exporters and secondary sanctions",
  primers: "Teaching primers: each method built by hand and checked against the engines (published = engine value)",
};

export type Verdict = "match" | "diverges" | "not reproducible";

/** Tolerance: absolute (same units as the numbers) or relative to |published|. */
export type Tolerance = { abs: number } | { rel: number };

export interface ClaimInput {
  paper: PaperId;
  /** Where the paper prints it, as the paper names it: "Table 4, model A, step 5", "Annex III, 2014m7". */
  where: string;
  /** Exactly as printed, in the paper's units (a number, or text for qualitative statements). */
  published: number | string;
  /** Ours, same units; null when it cannot be computed with the data available here. */
  reproduced: number | string | null;
  unit?: string;
  /** A number means an absolute tolerance. Ignored for text claims (exact match). */
  tolerance?: number | Tolerance;
  /** Why it matches or why not; what was substituted; whether a parameter was calibrated to it. */
  explanation: string;
  /** Stable id; default: paper + where. */
  id?: string;
  /** Notebook (or script) that made it; filled in by the runner. */
  source?: string;
}

export interface Claim {
  id: string;
  paper: PaperId;
  where: string;
  published: number | string;
  reproduced: number | string | null;
  unit: string;
  tolerance: Tolerance | null;
  verdict: Verdict;
  /** reproduced - published (numbers only) */
  gap: number | null;
  /** |gap| / |published| (numbers only, null if published = 0) */
  relGap: number | null;
  explanation: string;
  source: string;
}

const registry: Claim[] = [];

export function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/** Evaluate a claim (pure): verdict and gaps. */
export function evaluateClaim(c: ClaimInput): Claim {
  if (!(c.paper in PAPERS)) throw new InvalidParameterError("paper", `unknown paper '${c.paper}' (one of ${Object.keys(PAPERS).join(", ")})`);
  if (!c.where || !c.explanation) throw new InvalidParameterError(c.where ? "explanation" : "where", "is required");
  const tol: Tolerance | null = c.tolerance === undefined ? null : typeof c.tolerance === "number" ? { abs: c.tolerance } : c.tolerance;
  let verdict: Verdict;
  let gap: number | null = null;
  let relGap: number | null = null;
  if (c.reproduced === null) {
    verdict = "not reproducible";
  } else if (typeof c.published === "number" && typeof c.reproduced === "number") {
    if (!Number.isFinite(c.published)) throw new InvalidParameterError("published", `must be finite (${c.where})`);
    if (!Number.isFinite(c.reproduced)) throw new InvalidParameterError("reproduced", `is ${c.reproduced} for ${c.where}; a claim never records a non-finite value`);
    if (!tol) throw new InvalidParameterError("tolerance", `a numeric claim needs a tolerance (${c.where})`);
    gap = c.reproduced - c.published;
    relGap = c.published !== 0 ? Math.abs(gap) / Math.abs(c.published) : null;
    const ok = "abs" in tol ? Math.abs(gap) <= tol.abs : Math.abs(gap) <= tol.rel * Math.abs(c.published);
    verdict = ok ? "match" : "diverges";
  } else {
    verdict = String(c.published).trim().toLowerCase() === String(c.reproduced).trim().toLowerCase() ? "match" : "diverges";
  }
  return {
    id: c.id ?? `${c.paper}:${slug(c.where)}`,
    paper: c.paper,
    where: c.where,
    published: c.published,
    reproduced: c.reproduced,
    unit: c.unit ?? "",
    tolerance: tol,
    verdict,
    gap,
    relGap,
    explanation: c.explanation,
    source: c.source ?? process.env.SANCTIONS_LAB_NOTEBOOK ?? "",
  };
}

/** Record a claim: evaluate it, keep it in this process's registry, append it to the runner's file. */
export function claim(c: ClaimInput): Claim {
  const out = evaluateClaim(c);
  const dup = registry.findIndex((r) => r.id === out.id);
  if (dup >= 0) registry.splice(dup, 1);
  registry.push(out);
  const file = process.env.SANCTIONS_LAB_CLAIMS_FILE;
  if (file) fs.appendFileSync(file, JSON.stringify(out) + "\n");
  return out;
}

/** Claims recorded so far in this process (a notebook's kernel). */
export function recordedClaims(paper?: PaperId): Claim[] {
  return registry.filter((c) => !paper || c.paper === paper);
}

/** Read a JSON-lines claims file; a later claim with the same id replaces the earlier one. */
export function readClaimsFile(file: string): Claim[] {
  if (!fs.existsSync(file)) return [];
  const byId = new Map<string, Claim>();
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (line.trim()) {
      const c = JSON.parse(line) as Claim;
      byId.set(c.id, c);
    }
  }
  return [...byId.values()];
}
