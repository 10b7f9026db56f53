#!/usr/bin/env node
/*
 * Installs what sanctions-lab needs, idempotently, then returns quickly on later runs:
 *   1. npm packages (npm ci) when node_modules is missing or older than package-lock.json;
 *   2. Debian packages jupyter-nbconvert, jupyter-client (nbclient), jupyter-notebook (the server of
 *      `npm run lab` and the browser test) and chromium (apt-get, as root);
 *   3. the tslab kernel spec under <repo>/.jupyter/kernels/tslab (used via JUPYTER_PATH);
 *   4. the JavaScript build of src/ in dist/ (scripts/build.js), which bin/sanctions-lab.js runs;
 *   5. the third-party data: stops at once with the exact command (`npx sanctions-lab data fetch`)
 *      when files of data/manifest.json are missing from the data directory (scripts/check-data.js).
 * Not root and something missing: prints the exact command to run and exits 1.
 * Flags: --npm-only (skip Debian packages, kernel and data check), --no-data (skip the data check),
 * --check (report only, install nothing).
 * Plain Node with no dependencies, because it runs before `npm install`.
 */
"use strict";
const { execSync, spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const args = new Set(process.argv.slice(2));
const checkOnly = args.has("--check");
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const APT = ["jupyter-nbconvert", "jupyter-client", "jupyter-notebook", "chromium"];

function log(msg) {
  process.stderr.write(`[setup] ${msg}\n`);
}
function has(cmd, argv) {
  const r = spawnSync(cmd, argv, { stdio: "ignore" });
  return r.status === 0;
}
function fail(msg, command) {
  log(msg);
  if (command) log(`run:\n    ${command}\nthen try again.`);
  process.exit(1);
}

// 1. npm packages
function npmPackages() {
  const nm = path.join(root, "node_modules");
  const stamp = path.join(nm, ".package-lock.json");
  const lock = path.join(root, "package-lock.json");
  const fresh = fs.existsSync(stamp) && fs.existsSync(lock) && fs.statSync(stamp).mtimeMs >= fs.statSync(lock).mtimeMs - 1000;
  const complete = ["tslab", "vitest", "tsx", "plotly.js-dist-min", "playwright-core", "csv-parse"].every((p) => fs.existsSync(path.join(nm, p, "package.json")));
  if (fresh && complete) return;
  if (checkOnly) fail("npm packages are missing or stale.", `cd ${root} && npm ci`);
  log("installing npm packages (npm ci) ...");
  const r = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) fail("npm ci failed (see above).", `cd ${root} && npm ci`);
}

// 2. Debian packages
function debianPackages() {
  const ok = () => has("/usr/bin/python3", ["-c", "import nbclient, nbformat, nbconvert, jupyter_client, notebook"]) && fs.existsSync("/usr/bin/jupyter-notebook") && fs.existsSync("/usr/bin/chromium");
  if (ok()) return;
  const cmd = `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${APT.join(" ")}`;
  if (checkOnly) fail("Jupyter (nbclient/nbconvert/notebook) or Chromium is missing.", cmd);
  if (!isRoot) fail("Jupyter (nbclient/nbconvert/notebook) or Chromium is missing and this user cannot install Debian packages.", `sudo sh -c '${cmd}'`);
  log(`installing Debian packages: ${APT.join(" ")} ...`);
  try {
    execSync(cmd, { stdio: "inherit", shell: "/bin/bash" });
  } catch {
    fail("apt-get failed (see above).", cmd);
  }
  if (!ok()) fail("Debian packages installed but nbclient/jupyter-notebook/chromium still not usable.", cmd);
}

// 3. kernel spec
function kernelSpec() {
  const dir = path.join(root, ".jupyter", "kernels", "tslab");
  const file = path.join(dir, "kernel.json");
  const spec = {
    argv: [path.join(root, "node_modules", ".bin", "tslab"), "kernel", "--config-path", "{connection_file}"],
    display_name: "TypeScript (tslab)",
    language: "typescript",
  };
  const text = JSON.stringify(spec, null, 2) + "\n";
  if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === text) return;
  if (checkOnly) fail("the tslab kernel spec is missing.", `cd ${root} && node scripts/setup.js`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(file, text);
  log(`wrote kernel spec ${path.relative(root, file)} (use JUPYTER_PATH=${path.join(root, ".jupyter")})`);
}

// 4. JavaScript build of src/ for the CLI
function jsBuild() {
  const { ensureBuilt, isFresh } = require("./build.js");
  if (checkOnly) {
    if (!isFresh()) fail("the JavaScript build in dist/ is missing or older than src/.", `cd ${root} && node scripts/build.js`);
    return;
  }
  try {
    ensureBuilt({ log });
  } catch (e) {
    fail(`compiling src/ to dist/ failed: ${(e && e.message) || e}`, `cd ${root} && node scripts/build.js --force`);
  }
}

npmPackages();
if (!args.has("--npm-only")) {
  debianPackages();
  kernelSpec();
}
jsBuild();
if (!args.has("--npm-only") && !args.has("--no-data")) {
  const msg = require("./check-data.js").missingMessage();
  if (msg) {
    log(msg);
    process.exit(1);
  }
}
