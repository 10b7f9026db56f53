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

/**
 * Absolute path of a third-party file after checking it exists and its sha256 equals the
 * manifest's. Throws DataError (DATA_MISSING_FILE / DATA_CHECKSUM) naming the file, the expected
 * and the actual hash, and what to do.
 *
 * The content is hashed on every call. An earlier version cached the check by size and modification
 * time, so a file edited with its time put back (touch -r, a restored backup, a copy with -p) was
 * read unverified; nothing short of the content identifies it. Hashing the whole data set (17 MB)
 * takes well under a second. To hash exactly the bytes that are then used, read them with
 * readDataFile, which returns the verified content.
 */
export function dataFile(name: string, opts: { dataDir?: string; manifest?: Record<string, ManifestEntry> } = {}): string {
  return verifiedData(name, opts).file;
}

/** The verified bytes of a third-party file (the hash is that of the returned content). */
export function readDataFile(name: string, opts: { dataDir?: string; manifest?: Record<string, ManifestEntry> } = {}): Buffer {
  return verifiedData(name, opts).bytes;
}

function verifiedData(name: string, opts: { dataDir?: string; manifest?: Record<string, ManifestEntry> }): { file: string; bytes: Buffer } {
  const m = opts.manifest ?? manifest();
  const entry = m[name];
  if (!entry) {
    throw new DataError("DATA_MISSING_FILE", `'${name}' is not listed in data/manifest.json; add it with its sha256, URL and licence (scripts/make-manifest.ts).`, { name });
  }
  const dir = opts.dataDir ?? resolveDataDir();
  const file = path.join(dir, name);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new DataError(
        "DATA_MISSING_FILE",
        `Data file '${name}' not found in ${dir}. Run \`npx sanctions-lab data fetch --dir ${dir}\` (downloads and verifies every file of data/manifest.json; source: ${entry.url}, snapshot ${entry.snapshot}), or set SANCTIONS_LAB_DATA to the folder that holds it.`,
        { name, dir, missing: true },
      );
    }
    if (code === "EACCES" || code === "EPERM") {
      throw new DataError("DATA_MISSING_FILE", `Data file '${name}' in ${dir} cannot be read: permission denied (${code}) on the file or its folder; check the permissions.`, { name, dir, errno: code });
    }
    if (code === "EISDIR") throw new DataError("DATA_MISSING_FILE", `Data file '${name}' in ${dir} is a directory, not a file.`, { name, dir });
    throw new DataError("DATA_MISSING_FILE", `Data file '${name}' in ${dir} cannot be read (${code ?? (e as Error).message}).`, { name, dir, errno: code });
  }
  const actual = crypto.createHash("sha256").update(bytes).digest("hex");
  if (actual !== entry.sha256) {
    throw new DataError(
      "DATA_CHECKSUM",
      `Data file '${name}' in ${dir} has sha256 ${actual}, expected ${entry.sha256} (data/manifest.json). The file is altered or a different version; fetch the original from ${entry.url}.`,
      { name, expected: entry.sha256, actual },
    );
  }
  return { file, bytes };
}
