#!/usr/bin/env node
/*
 * Compiles src/**\/*.ts to plain CommonJS JavaScript in dist/ (one .js per .ts, same layout, no
 * bundling), so that bin/sanctions-lab.js starts without a TypeScript loader. src/ stays the only
 * source: dist/ is ignored by git and rebuilt whenever a file under src/ is newer than the stamp
 * dist/.build-stamp.json (or the set of files changed). Uses esbuild (a dependency of tsx).
 *
 *   node scripts/build.js           build if stale, print one line when it builds
 *   node scripts/build.js --force   always build
 *   node scripts/build.js --check   exit 1 if stale, build nothing
 *
 * Every output file is written to a temporary name and renamed, and the stamp is written last, so
 * processes that start the CLI at the same time never load a half-written file.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const SRC = path.join(ROOT, "src");
const DIST = path.join(ROOT, "dist");
const STAMP = path.join(DIST, ".build-stamp.json");

/** Every .ts file under src/ (relative paths, sorted) and the newest mtime among them and this script. */
function scanSources() {
  const files = [];
  let newest = fs.statSync(__filename).mtimeMs;
  const walk = (dir, rel) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(dir, e.name), r);
      else if (e.name.endsWith(".ts") && !e.name.endsWith(".d.ts")) {
        files.push(r);
        const m = fs.statSync(path.join(dir, e.name)).mtimeMs;
        if (m > newest) newest = m;
      }
    }
  };
  walk(SRC, "");
  files.sort();
  return { files, newest };
}

function readStamp() {
  try {
    return JSON.parse(fs.readFileSync(STAMP, "utf8"));
  } catch {
    return null;
  }
}

/** True when dist/ holds a build of exactly the current sources, none of them newer than the build. */
function isFresh(scan = scanSources()) {
  const stamp = readStamp();
  return !!stamp && stamp.newest >= scan.newest && stamp.files.length === scan.files.length && stamp.files.every((f, i) => f === scan.files[i]);
}

function writeAtomic(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

/** Compile every source to dist/ and write the stamp. Returns the number of files and milliseconds. */
function build(scan = scanSources()) {
  const t0 = Date.now();
  const esbuild = require(require.resolve("esbuild", { paths: [ROOT] }));
  const result = esbuild.buildSync({
    entryPoints: scan.files.map((f) => path.join(SRC, f)),
    outdir: DIST,
    outbase: SRC,
    bundle: false,
    platform: "node",
    format: "cjs",
    target: "node20",
    sourcemap: false,
    write: false,
    logLevel: "silent",
  });
  for (const out of result.outputFiles) writeAtomic(out.path, out.text);
  // drop outputs whose source was deleted or renamed
  const keep = new Set(scan.files.map((f) => path.join(DIST, f.replace(/\.ts$/, ".js"))));
  const prune = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) prune(p);
      else if (e.name.endsWith(".js") && !keep.has(p)) fs.rmSync(p, { force: true });
    }
  };
  prune(DIST);
  writeAtomic(STAMP, JSON.stringify({ newest: scan.newest, files: scan.files, esbuild: esbuild.version }) + "\n");
  return { files: scan.files.length, ms: Date.now() - t0 };
}

/** Build when stale; returns true if it built. Used by bin/sanctions-lab.js and scripts/setup.js. */
function ensureBuilt(opts = {}) {
  const scan = scanSources();
  if (!opts.force && isFresh(scan)) return false;
  const r = build(scan);
  if (opts.log) opts.log(`compiled ${r.files} files from src/ to dist/ in ${r.ms} ms`);
  return true;
}

module.exports = { ensureBuilt, isFresh, build, DIST, SRC };

if (require.main === module) {
  const args = new Set(process.argv.slice(2));
  if (args.has("--check")) {
    const fresh = isFresh();
    process.stderr.write(fresh ? "dist/ is up to date\n" : "dist/ is stale: run node scripts/build.js\n");
    process.exit(fresh ? 0 : 1);
  }
  try {
    const built = ensureBuilt({ force: args.has("--force"), log: (m) => process.stderr.write(`[build] ${m}\n`) });
    if (!built) process.stderr.write("[build] dist/ is up to date\n");
  } catch (e) {
    process.stderr.write(`[build] compiling src/ failed: ${(e && e.message) || e}\n`);
    process.exit(1);
  }
}
