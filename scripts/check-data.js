#!/usr/bin/env node
/*
 * Stops at once, with the exact command to run, when the third-party data directory
 * ($SANCTIONS_LAB_DATA, default ../shared/data) lacks files of data/manifest.json. A cheap check
 * (presence and size; the sha256 is verified on every load by src/data/datadir.ts and by
 * `sanctions-lab data check`). Run by scripts/setup.js before `npm test`, `npm run reproduce` and
 * `npm run lab`. Plain Node, no dependencies.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");

function dataDir() {
  const env = process.env.SANCTIONS_LAB_DATA;
  return path.resolve(env && env.length ? env : path.join(ROOT, "..", "shared", "data"));
}

/** Manifest names missing from `dir` or of a different size. */
function missingFiles(dir = dataDir()) {
  const files = JSON.parse(fs.readFileSync(path.join(ROOT, "data", "manifest.json"), "utf8")).files;
  return Object.keys(files).filter((n) => {
    try {
      return fs.statSync(path.join(dir, n)).size !== files[n].bytes;
    } catch {
      return true;
    }
  });
}

/** The message printed when files are missing (null when none is). */
function missingMessage(dir = dataDir()) {
  const missing = missingFiles(dir);
  if (!missing.length) return null;
  const total = Object.keys(JSON.parse(fs.readFileSync(path.join(ROOT, "data", "manifest.json"), "utf8")).files).length;
  const where = process.env.SANCTIONS_LAB_DATA ? ` (SANCTIONS_LAB_DATA)` : " (the default; set SANCTIONS_LAB_DATA to use another folder)";
  const dirArg = process.env.SANCTIONS_LAB_DATA ? ` --dir ${JSON.stringify(dir)}` : "";
  const list = missing.slice(0, 5).join(", ") + (missing.length > 5 ? `, ... (${missing.length - 5} more)` : "");
  return (
    `the third-party data are missing: ${missing.length} of ${total} files of data/manifest.json are not in ${dir}${where}: ${list}.\n` +
    `run:\n    npx sanctions-lab data fetch${dirArg}\n` +
    `(it downloads them from their public addresses, verifies each sha256 and prints the manual step for the few that need one), then try again.`
  );
}

module.exports = { missingFiles, missingMessage, dataDir };

if (require.main === module) {
  const msg = missingMessage();
  if (msg) {
    process.stderr.write(`[data] ${msg}\n`);
    process.exit(1);
  }
}
