#!/usr/bin/env node
// The sanctions-lab CLI. Runs the JavaScript build of src/ in dist/ (compiled by scripts/build.js
// at setup, and again here whenever a file under src/ is newer than the build), so that a command
// starts in about a tenth of a second. If the build cannot be made, it falls back to tsx.
"use strict";
const path = require("node:path");

function loadMain() {
  try {
    const { ensureBuilt, DIST } = require("../scripts/build.js");
    ensureBuilt({ log: (m) => process.stderr.write(`[sanctions-lab] ${m}\n`) });
    return require(path.join(DIST, "cli.js")).main;
  } catch (e) {
    if (process.env.SANCTIONS_LAB_DEBUG) process.stderr.write(`[sanctions-lab] no JavaScript build (${(e && e.message) || e}); running the TypeScript with tsx\n`);
    require("tsx/cjs");
    return require("../src/cli.ts").main;
  }
}

loadMain()(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    // main() answers every error itself; this is only reached if the CLI could not start at all
    const what = e && e.message ? `${e.name || "Error"}: ${e.message}` : String(e);
    process.stderr.write(process.env.SANCTIONS_LAB_DEBUG && e && e.stack ? `${e.stack}\n` : `sanctions-lab: internal error (${what}); SANCTIONS_LAB_DEBUG=1 prints the stack trace.\n`);
    process.exit(70);
  },
);
