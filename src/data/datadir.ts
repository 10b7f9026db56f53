/**
 * Where third-party data lives and how it is verified. The data directory is
 * $SANCTIONS_LAB_DATA, default `../shared/data` relative to the repository root. Files are never
 * copied into the repo: `data/manifest.json` records each file's sha256, its public source and
 * licence, and every read goes through `dataFile()`, which checks the hash.
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { DataError } from "../core/errors";

/** Repository root (the folder holding package.json), found from this file's location. */
export const REPO_ROOT = findRepoRoot(__dirname);

function findRepoRoot(start: string): string {
  let d = fs.realpathSync(start);
  for (;;) {
    if (fs.existsSync(path.join(d, "package.json")) && fs.existsSync(path.join(d, "src"))) return d;
    const up = path.dirname(d);
    if (up === d) throw new DataError("DATA_MISSING_FILE", `Cannot locate the repository root above ${start}`);
    d = up;
  }
}

/** The third-party data directory: $SANCTIONS_LAB_DATA or <repo>/../shared/data. */
export function resolveDataDir(): string {
  const env = process.env.SANCTIONS_LAB_DATA;
  return path.resolve(env && env.length ? env : path.join(REPO_ROOT, "..", "shared", "data"));
}

/** The repository's own data folder (hand-coded events, published numbers, manifest). */
export function repoDataPath(...parts: string[]): string {
  return path.join(REPO_ROOT, "data", ...parts);
}

export function sha256File(file: string): string {
  return crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

export interface ManifestEntry {
  sha256: string;
  bytes: number;
  title: string;
  url: string;
  snapshot: string;
  licence: string;
  citation: string;
}

let manifestCache: Record<string, ManifestEntry> | null = null;

/** The parsed data/manifest.json (file name -> entry). */
export function manifest(): Record<string, ManifestEntry> {
  if (!manifestCache) {
    const raw = JSON.parse(fs.readFileSync(repoDataPath("manifest.json"), "utf8"));
    manifestCache = raw.files as Record<string, ManifestEntry>;
  }
  return manifestCache;
}

const verified = new Map<string, string>();

/**
 * Absolute path of a third-party file after checking it exists and its sha256 equals the
 * manifest's. Throws DataError (DATA_MISSING_FILE / DATA_CHECKSUM) naming the file, the expected
 * and the actual hash, and what to do.
 */
export function dataFile(name: string, opts: { dataDir?: string; manifest?: Record<string, ManifestEntry> } = {}): string {
  const m = opts.manifest ?? manifest();
  const entry = m[name];
  if (!entry) {
    throw new DataError("DATA_MISSING_FILE", `'${name}' is not listed in data/manifest.json; add it with its sha256, URL and licence (scripts/make-manifest.ts).`, { name });
  }
  const dir = opts.dataDir ?? resolveDataDir();
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) {
    throw new DataError(
      "DATA_MISSING_FILE",
      `Data file '${name}' not found in ${dir}. Download it from ${entry.url} (snapshot: ${entry.snapshot}) into that folder, or set SANCTIONS_LAB_DATA to the folder that holds it.`,
      { name, dir },
    );
  }
  const stat = fs.statSync(file);
  const key = `${file}:${stat.size}:${stat.mtimeMs}`;
  if (verified.get(file) !== key) {
    const actual = sha256File(file);
    if (actual !== entry.sha256) {
      throw new DataError(
        "DATA_CHECKSUM",
        `Data file '${name}' in ${dir} has sha256 ${actual}, expected ${entry.sha256} (data/manifest.json). The file is altered or a different version; fetch the original from ${entry.url}.`,
        { name, expected: entry.sha256, actual },
      );
    }
    verified.set(file, key);
  }
  return file;
}
