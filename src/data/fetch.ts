/**
 * `sanctions-lab data fetch`: brings every third-party file that data/manifest.json lists into the
 * data directory from its direct, stable public address (a file at a fixed commit), converting the
 * few that are published as a spreadsheet (SheetJS; the result is byte-identical to the manifest's
 * file), and printing the exact manual step for the ones only R or a person can make.
 *
 * Every file is verified against the manifest's sha256 before it gets its final name: it is written
 * to a temporary file in the same folder and renamed, so a failed, corrupted or interrupted download
 * never leaves anything under the final name. Files already present with the right sha256 are
 * skipped. With `baseUrl`, each file is fetched from `<baseUrl>/<name>` instead (a mirror laid out
 * like the data directory, e.g. a local server in tests or an institutional copy), with no conversion.
 */
import { spawnSync } from "node:child_process";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as http from "node:http";
import * as https from "node:https";
import * as path from "node:path";
import { DataError } from "../core/errors";
import { dataFile, manifest, ManifestEntry, resolveDataDir, sha256File } from "./datadir";
import { missingOptionValue } from "../core/option-number";

/** A manifest entry with the ways to obtain the file (see scripts/make-manifest.ts). */
export interface FetchableEntry extends ManifestEntry {
  /** direct, stable address of the file (or of the spreadsheet it is converted from) */
  download?: string;
  /** name of the converter in CONVERTERS that turns the download into the CSV */
  convert?: string;
  /** public original of a file that needs a manual step */
  original?: string;
  /** the exact manual step */
  manual?: string;
}

export type FetchErrorKind = "http" | "network" | "incomplete" | "checksum" | "convert" | "manual";

/** A file could not be fetched: `kind` says why, `details` carries the name, address, status or hashes. */
export class FetchError extends DataError {
  readonly kind: FetchErrorKind;
  constructor(kind: FetchErrorKind, message: string, details: Record<string, unknown> = {}) {
    super("DATA_FETCH", message, { kind, ...details });
    this.kind = kind;
  }
}

export type FileOutcome =
  | { name: string; status: "verified" }
  | { name: string; status: "downloaded"; bytes: number; seconds: number; url: string }
  | { name: string; status: "manual"; instruction: string }
  | { name: string; status: "failed"; error: FetchError };

export interface FetchSummary {
  dir: string;
  files: FileOutcome[];
  downloaded: number;
  verified: number;
  manual: number;
  failed: number;
  /** true when every file of the manifest is now in `dir` with its sha256 */
  complete: boolean;
}

export interface FetchOptions {
  /** target data directory (default: $SANCTIONS_LAB_DATA or ../shared/data) */
  dir?: string;
  /** fetch `<baseUrl>/<name>` instead of each file's public address */
  baseUrl?: string;
  /** only these manifest names */
  only?: string[];
  manifest?: Record<string, FetchableEntry>;
  /** one line per file and the summary (default: stderr) */
  log?: (line: string) => void;
  /** per-request inactivity timeout in ms (default 60 s) */
  timeoutMs?: number;
  /**
   * Rscript to run the manifest's R steps with (default: $SANCTIONS_LAB_RSCRIPT, else `Rscript` on
   * the PATH); `false` never runs R (the steps are printed as manual steps).
   */
  rscript?: string | false;
}

/** Converters from a downloaded public spreadsheet to the CSV the repository reads. */
export const CONVERTERS: Record<string, (data: Buffer) => string> = {
  /** TIES v4.1: sheet TIESv4.1.raw as CSV, raw numbers, CRLF rows. */
  "ties-xls": (data) => {
    const X = sheetjs();
    const wb = X.read(data, { type: "buffer" });
    const ws = wb.Sheets["TIESv4.1.raw"];
    if (!ws) throw new Error(`sheet "TIESv4.1.raw" not found (sheets: ${wb.SheetNames.join(", ")})`);
    return X.utils.sheet_to_csv(ws, { blankrows: false, rawNumbers: true, RS: "\r\n" }) + "\r\n";
  },
  /** BIS real broad EER, all economies: date (YYYY-MM), one column per economy "<code>|<name>", 2 decimals. */
  "bis-reer-all": (data) => {
    const { names, codes, rows, ym } = bisReal(data);
    const cols = codes.map((c, j) => (j > 0 && c ? j : -1)).filter((j) => j > 0);
    const head = ["date", ...cols.map((j) => `${codes[j]}|${names[j]}`)].join(",");
    return [head, ...rows.map((r) => [ym(r[0] as number), ...cols.map((j) => fixed2(r[j]))].join(","))].map((l) => `${l}\r\n`).join("");
  },
  /** BIS real broad EER, Russia (RBRU) only, months with a value. */
  "bis-reer-russia": (data) => {
    const { codes, rows, ym } = bisReal(data);
    const j = codes.indexOf("RBRU");
    if (j < 0) throw new Error("column RBRU not found in sheet Real");
    const body = rows.filter((r) => r[j] !== null && r[j] !== undefined && r[j] !== "").map((r) => `${ym(r[0] as number)},${fixed2(r[j])}`);
    return ["date,RBRU_real_broad_EER_2010eq100", ...body].map((l) => `${l}\r\n`).join("");
  },
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function sheetjs(): any {
  return require("xlsx");
}

function fixed2(v: unknown): string {
  return v === null || v === undefined || v === "" ? "" : Number(v).toFixed(2);
}

function bisReal(data: Buffer) {
  const X = sheetjs();
  const wb = X.read(data, { type: "buffer" });
  const ws = wb.Sheets["Real"];
  if (!ws) throw new Error(`sheet "Real" not found (sheets: ${wb.SheetNames.join(", ")})`);
  const all = X.utils.sheet_to_json(ws, { header: 1, raw: true, blankrows: false }) as unknown[][];
  const at = all.findIndex((r) => r[0] === "EER for:");
  if (at < 0) throw new Error('header row "EER for:" not found in sheet Real');
  const names = all[at] as string[], codes = all[at + 1] as string[];
  const rows = all.filter((r) => typeof r[0] === "number");
  const ym = (serial: number) => {
    const d = X.SSF.parse_date_code(serial);
    return `${d.y}-${String(d.m).padStart(2, "0")}`;
  };
  return { names, codes, rows, ym };
}

interface Downloaded {
  tmp: string;
  bytes: number;
  sha256: string;
}

/** GET `url` into `tmp` (following up to 5 redirects), hashing as it streams. Rejects with a FetchError. */
function download(url: string, tmp: string, name: string, timeoutMs: number, redirects = 5): Promise<Downloaded> {
  return new Promise((resolve, reject) => {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      reject(new FetchError("network", `${name}: '${url}' is not a valid address`, { name, url }));
      return;
    }
    const lib = u.protocol === "https:" ? https : u.protocol === "http:" ? http : null;
    if (!lib) {
      reject(new FetchError("network", `${name}: unsupported protocol in ${url}`, { name, url }));
      return;
    }
    const req = lib.get(u, { headers: { "user-agent": "sanctions-lab data fetch", "accept-encoding": "identity" } }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location && redirects > 0) {
        res.resume();
        download(new URL(res.headers.location, u).toString(), tmp, name, timeoutMs, redirects - 1).then(resolve, reject);
        return;
      }
      if (status !== 200) {
        res.resume();
        reject(new FetchError("http", `${name}: the server answered HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ""} for ${url}`, { name, url, status }));
        return;
      }
      const expected = res.headers["content-length"] !== undefined ? Number(res.headers["content-length"]) : null;
      const hash = crypto.createHash("sha256");
      const out = fs.createWriteStream(tmp);
      let bytes = 0;
      let failed = false;
      const fail = (e: FetchError) => {
        if (failed) return;
        failed = true;
        res.destroy();
        out.destroy();
        reject(e);
      };
      res.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
        hash.update(chunk);
        if (!out.write(chunk)) {
          res.pause();
          out.once("drain", () => res.resume());
        }
      });
      res.on("aborted", () => fail(new FetchError("incomplete", `${name}: the connection was closed after ${bytes}${expected !== null ? ` of ${expected}` : ""} bytes from ${url}`, { name, url, bytes, expected })));
      res.on("error", (e) => fail(new FetchError("incomplete", `${name}: the connection was closed after ${bytes}${expected !== null ? ` of ${expected}` : ""} bytes from ${url} (${e.message})`, { name, url, bytes, expected })));
      out.on("error", (e) => fail(new FetchError("network", `${name}: cannot write ${tmp}: ${e.message}`, { name, url })));
      res.on("end", () => {
        if (failed) return;
        if (!res.complete || (expected !== null && bytes !== expected)) {
          fail(new FetchError("incomplete", `${name}: the connection was closed after ${bytes}${expected !== null ? ` of ${expected}` : ""} bytes from ${url}`, { name, url, bytes, expected }));
          return;
        }
        out.end(() => resolve({ tmp, bytes, sha256: hash.digest("hex") }));
      });
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no data for ${timeoutMs / 1000} s`)));
    req.on("error", (e: NodeJS.ErrnoException) => {
      reject(new FetchError("network", `${name}: cannot download ${url}: ${e.code ? `${e.code} ` : ""}${e.message}`, { name, url, code: e.code }));
    });
  });
}

function tmpName(final: string): string {
  return path.join(path.dirname(final), `.${path.basename(final)}.${process.pid}.${crypto.randomBytes(4).toString("hex")}.part`);
}

function fmtBytes(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} kB` : `${n} B`;
}

/**
 * Whether `final` already holds the file with the manifest's sha256 (its content hashed). A directory
 * or an unreadable file in its place is a FetchError saying so (not a crash of the hash, and not
 * overwritten).
 */
function alreadyVerified(name: string, final: string, sha256: string): boolean {
  let st: fs.Stats;
  try {
    st = fs.statSync(final);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return false;
    throw new FetchError("manual", `${name}: ${final} cannot be checked (${code}); check the permissions of its folder.`, { name, errno: code });
  }
  if (st.isDirectory()) throw new FetchError("manual", `${name}: ${final} is a directory, not the data file; remove or rename it, then fetch again.`, { name });
  try {
    return sha256File(final) === sha256;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FetchError("manual", `${name}: ${final} cannot be read (${code}${code === "EACCES" || code === "EPERM" ? ": permission denied" : ""}); check its permissions.`, { name, errno: code });
  }
}

/** Fetch, verify and place one file; never leaves anything under its final name unless verified. */
async function fetchOne(name: string, e: FetchableEntry, dir: string, opts: FetchOptions): Promise<FileOutcome> {
  const final = path.join(dir, name);
  try {
    if (alreadyVerified(name, final, e.sha256)) return { name, status: "verified" };
  } catch (err) {
    if (err instanceof FetchError) return { name, status: "failed", error: err };
    throw err;
  }
  const viaMirror = !!opts.baseUrl;
  if (!viaMirror && !e.download) {
    const expr = rExpression(e);
    const rscript = expr ? findRscript(opts.rscript) : null;
    if (expr && rscript) return runRStep(name, e, expr, rscript, dir);
    const hint = expr ? " (or install R, e.g. `apt-get install -y r-base-core`, and run `data fetch` again: it runs this step itself)" : "";
    const instruction = `${e.manual ?? `no direct address is known; obtain it from ${e.url}`}${e.original ? ` [original: ${e.original}]` : ""}${hint}`;
    return { name, status: "manual", instruction };
  }
  const url = viaMirror ? `${opts.baseUrl!.replace(/\/+$/, "")}/${name.split("/").map(encodeURIComponent).join("/")}` : e.download!;
  fs.mkdirSync(path.dirname(final), { recursive: true });
  const tmp = tmpName(final);
  const t0 = Date.now();
  try {
    const got = await download(url, tmp, name, opts.timeoutMs ?? 60_000);
    let sha = got.sha256;
    let bytes = got.bytes;
    if (!viaMirror && e.convert) {
      const conv = CONVERTERS[e.convert];
      if (!conv) throw new FetchError("convert", `${name}: unknown converter '${e.convert}' in data/manifest.json`, { name });
      let text: string;
      try {
        text = conv(fs.readFileSync(tmp));
      } catch (err) {
        throw new FetchError("convert", `${name}: converting ${url} failed: ${(err as Error).message}`, { name, url });
      }
      fs.writeFileSync(tmp, text);
      sha = crypto.createHash("sha256").update(text).digest("hex");
      bytes = Buffer.byteLength(text);
    }
    if (sha !== e.sha256) {
      throw new FetchError("checksum", `${name}: sha256 mismatch for ${url}: expected ${e.sha256}, got ${sha} (${bytes} bytes, expected ${e.bytes}); the download was discarded`, { name, url, expected: e.sha256, actual: sha });
    }
    fs.renameSync(tmp, final);
    return { name, status: "downloaded", bytes, seconds: (Date.now() - t0) / 1000, url };
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    const fe = err instanceof FetchError ? err : new FetchError("network", `${name}: ${(err as Error).message}`, { name, url });
    return { name, status: "failed", error: fe };
  }
}

/** The R expression of a manual step written as `Rscript -e '<expression>' ...` (null for other steps). */
export function rExpression(e: FetchableEntry): string | null {
  const m = /^Rscript -e '([^']+)'/.exec(e.manual ?? "");
  return m ? m[1] : null;
}

function findRscript(opt: string | false | undefined): string | null {
  if (opt === false) return null;
  const want = opt ?? process.env.SANCTIONS_LAB_RSCRIPT;
  if (want) return want;
  for (const d of (process.env.PATH ?? "").split(path.delimiter)) {
    const f = path.join(d || ".", "Rscript");
    try {
      fs.accessSync(f, fs.constants.X_OK);
      return f;
    } catch {
      // not in this folder
    }
  }
  return null;
}

/**
 * Run a manifest's R step in a scratch folder inside the data directory (the expression writes the
 * file at its manifest name, relative to the folder), verify the result's sha256, and only then move
 * it to its final name; the scratch folder is always removed. R fetches the public .rda itself.
 */
function runRStep(name: string, e: FetchableEntry, expr: string, rscript: string, dir: string): FileOutcome {
  const final = path.join(dir, name);
  const scratch = fs.mkdtempSync(path.join(dir, `.r-${path.basename(name)}-`));
  const t0 = Date.now();
  try {
    const r = spawnSync(rscript, ["-e", expr], { cwd: scratch, encoding: "utf8", timeout: 600_000, maxBuffer: 16 << 20 });
    const tail = `${r.stderr ?? ""}${r.stdout ?? ""}`.trim().split("\n").slice(-5).join(" | ");
    if (r.error) throw new FetchError("convert", `${name}: cannot run ${rscript}: ${r.error.message}`, { name, rscript });
    if (r.status !== 0) throw new FetchError("convert", `${name}: the R step exited with status ${r.status}${tail ? `: ${tail}` : ""}`, { name, rscript, status: r.status });
    const made = path.join(scratch, name);
    if (!fs.existsSync(made)) throw new FetchError("convert", `${name}: the R step ran but wrote no file '${name}'${tail ? ` (${tail})` : ""}`, { name, rscript });
    const got = sha256File(made);
    const bytes = fs.statSync(made).size;
    if (got !== e.sha256) {
      throw new FetchError("checksum", `${name}: sha256 mismatch for the file the R step wrote: expected ${e.sha256}, got ${got} (${bytes} bytes, expected ${e.bytes}); it was discarded`, { name, expected: e.sha256, actual: got });
    }
    fs.mkdirSync(path.dirname(final), { recursive: true });
    fs.renameSync(made, final);
    return { name, status: "downloaded", bytes, seconds: (Date.now() - t0) / 1000, url: e.original ?? e.url };
  } catch (err) {
    const fe = err instanceof FetchError ? err : new FetchError("convert", `${name}: ${(err as Error).message}`, { name });
    return { name, status: "failed", error: fe };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Bring every file of the manifest into the data directory. Never throws for a single file: each
 * file's outcome is in the summary (`failed` carries a FetchError); `complete` says whether all files
 * are now present and verified.
 */
export async function fetchData(opts: FetchOptions = {}): Promise<FetchSummary> {
  const dir = path.resolve(opts.dir ?? resolveDataDir());
  const all = opts.manifest ?? (manifest() as Record<string, FetchableEntry>);
  const names = opts.only?.length ? opts.only : Object.keys(all);
  for (const n of names) if (!all[n]) throw new FetchError("manual", `'${n}' is not listed in data/manifest.json`, { name: n });
  const log = opts.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DataError("DATA_MISSING_FILE", `cannot create the data folder ${dir} (${code}${code === "EEXIST" || code === "ENOTDIR" ? ": a file stands in its place or in the path" : code === "EACCES" || code === "EPERM" ? ": permission denied" : ""}).`, { dir, errno: code });
  }
  const files: FileOutcome[] = [];
  const w = String(names.length).length;
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const o = await fetchOne(name, all[name], dir, opts);
    files.push(o);
    const at = `[${String(i + 1).padStart(w)}/${names.length}] ${name}`;
    if (o.status === "verified") log(`${at}: already present, sha256 ok`);
    else if (o.status === "downloaded") log(`${at}: downloaded ${fmtBytes(o.bytes)} in ${o.seconds.toFixed(1)} s, sha256 ok`);
    else if (o.status === "manual") log(`${at}: needs a manual step: ${o.instruction}`);
    else log(`${at}: FAILED (${o.error.kind}): ${o.error.message.startsWith(`${name}: `) ? o.error.message.slice(name.length + 2) : o.error.message}`);
  }
  const count = (s: FileOutcome["status"]) => files.filter((f) => f.status === s).length;
  const summary: FetchSummary = { dir, files, downloaded: count("downloaded"), verified: count("verified"), manual: count("manual"), failed: count("failed"), complete: false };
  summary.complete = summary.manual === 0 && summary.failed === 0;
  log(
    `data fetch: ${summary.downloaded} downloaded, ${summary.verified} already present, ${summary.manual} need a manual step, ${summary.failed} failed; ` +
      `${summary.downloaded + summary.verified} of ${names.length} files verified in ${dir}` +
      (summary.complete ? "" : `\n  after the manual steps above, run \`npx sanctions-lab data fetch${opts.dir ? ` --dir ${dir}` : ""}\` again to verify them`),
  );
  return summary;
}

/**
 * The data folder of `data check`: a folder that does not exist is reported (its files are then all
 * missing, and `data fetch` makes them); a path that is not a folder, or a folder that cannot be
 * listed or entered, is a typed error saying so instead of every file being "missing".
 */
export function checkDataFolder(dir: string): void {
  let st: fs.Stats;
  try {
    st = fs.statSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") { process.stderr.write(`data check: the data folder ${dir} does not exist\n`); return; }
    if (code === "EACCES" || code === "EPERM") throw new DataError("DATA_MISSING_FILE", `the data folder ${dir} cannot be reached: permission denied (${code}) on a folder above it; check the permissions.`, { dir, errno: code });
    if (code === "ENOTDIR") throw new DataError("DATA_MISSING_FILE", `${dir} is not a folder (a part of the path is a file); give the data folder with --dir.`, { dir, errno: code });
    throw new DataError("DATA_MISSING_FILE", `the data folder ${dir} cannot be read (${code ?? (e as Error).message}).`, { dir, errno: code });
  }
  if (!st.isDirectory()) throw new DataError("DATA_MISSING_FILE", `${dir} is a file, not a folder; give the data folder with --dir.`, { dir });
  try {
    fs.accessSync(dir, fs.constants.R_OK | fs.constants.X_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DataError("DATA_MISSING_FILE", `the data folder ${dir} cannot be read: permission denied (${code}); check its permissions.`, { dir, errno: code });
  }
}

/** Names of manifest files missing from (or of the wrong size in) `dir`; a cheap check, no hashing. */
export function missingDataFiles(dir = resolveDataDir(), m: Record<string, ManifestEntry> = manifest()): string[] {
  return Object.keys(m).filter((n) => {
    try {
      return fs.statSync(path.join(dir, n)).size !== m[n].bytes;
    } catch {
      return true;
    }
  });
}

export const DATA_USAGE = `usage: sanctions-lab data fetch [--dir DIR] [--base-url URL] [--only NAME[,NAME...]]
       sanctions-lab data check [--dir DIR] [--only NAME[,NAME...]]
  fetch: download every third-party file of data/manifest.json into DIR (default $SANCTIONS_LAB_DATA
         or ../shared/data), verify its sha256, skip files already verified; --base-url fetches
         <URL>/<name> from a mirror of the data directory instead of the public addresses
  check: verify every file's sha256 in DIR (exit 1 if any is missing or altered)
`;

/** CLI entry: `data fetch ...` and `data check ...`. */
export async function runDataCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === "--help" || sub === "-h" || rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(DATA_USAGE);
    return 0;
  }
  if (sub !== "fetch" && sub !== "check") {
    process.stderr.write(sub ? `data: unknown subcommand '${sub}'\n\n${DATA_USAGE}` : DATA_USAGE);
    return 2;
  }
  const opts: FetchOptions = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const val = () => {
      const v = rest[++i];
      // an option where the value belongs is a missing value, not a folder or name called '--only'
      if (missingOptionValue(v)) throw new DataError("INVALID_ARGUMENT", `${a} needs a value\n\n${DATA_USAGE}`);
      return v;
    };
    if (a === "--dir") opts.dir = val();
    else if (a === "--base-url" && sub === "fetch") opts.baseUrl = val();
    else if (a === "--only") opts.only = val().split(",").filter(Boolean);
    else {
      process.stderr.write(`data ${sub}: unknown argument '${a}'\n\n${DATA_USAGE}`);
      return 2;
    }
  }
  if (sub === "check") {
    const dir = path.resolve(opts.dir ?? resolveDataDir());
    const m = manifest();
    const unknown = (opts.only ?? []).filter((n) => !(n in m));
    if (unknown.length) {
      throw new DataError("INVALID_ARGUMENT", `data check --only: ${unknown.map((n) => `'${n}'`).join(", ")} not in ` +
        `data/manifest.json (known: ${Object.keys(m).join(", ")})`);
    }
    checkDataFolder(dir);
    // each file through the same check as the engines' reads (dataFile: the content is hashed, fs
    // errors are typed), so a directory or an unreadable file in a file's place is said as such,
    // not reported as missing nor left to crash the hash
    let bad = 0, unreadable = 0;
    for (const n of opts.only?.length ? opts.only : Object.keys(m)) {
      try {
        dataFile(n, { dataDir: dir, manifest: m });
      } catch (e) {
        if (!(e instanceof DataError)) throw e;
        if (e.code === "DATA_CHECKSUM") { bad++; process.stderr.write(`${n}: sha256 differs from data/manifest.json\n`); }
        else if (e.details.missing === true) { bad++; process.stderr.write(`${n}: missing\n`); }
        else { unreadable++; process.stderr.write(`${n}: ${e.message}\n`); }
      }
    }
    if (unreadable) process.stderr.write(`data check: ${unreadable} file(s) in ${dir} cannot be checked (see above)\n`);
    if (bad) process.stderr.write(`data check: ${bad} file(s) missing or altered in ${dir}; run: npx sanctions-lab data fetch${opts.dir ? ` --dir ${dir}` : ""}\n`);
    if (!bad && !unreadable) process.stderr.write(`data check: all files verified in ${dir}\n`);
    return bad || unreadable ? 1 : 0;
  }
  const s = await fetchData(opts);
  return s.complete ? 0 : 1;
}
