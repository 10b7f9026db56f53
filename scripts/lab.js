#!/usr/bin/env node
/*
 * `npm run lab`: opens the notebooks in Jupyter Notebook (Debian's jupyter-notebook, installed by
 * scripts/setup.js) with the tslab kernel of .jupyter/ (JUPYTER_PATH). Listens on 127.0.0.1:8888
 * (or the first free port after it) with a fresh token and prints the URL with the token.
 * Options after `--` go to Jupyter, e.g. `npm run lab -- --port=9999 --ip=0.0.0.0`.
 * Stop with Ctrl-C (the server shuts its kernels down).
 */
"use strict";
const { spawn } = require("node:child_process");
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const bin = process.env.SANCTIONS_LAB_JUPYTER_NOTEBOOK || "/usr/bin/jupyter-notebook";
if (!fs.existsSync(bin)) {
  process.stderr.write(`[lab] ${bin} not found; run:\n    node scripts/setup.js\n(it installs the Debian package jupyter-notebook)\n`);
  process.exit(1);
}
const extra = process.argv.slice(2);
const token = process.env.SANCTIONS_LAB_LAB_TOKEN || crypto.randomBytes(24).toString("hex");
const args = ["--no-browser", `--NotebookApp.token=${token}`, `--notebook-dir=${path.join(root, "notebooks")}`];
if (!extra.some((a) => a.startsWith("--ip"))) args.push("--ip=127.0.0.1");
if (typeof process.getuid === "function" && process.getuid() === 0) args.push("--allow-root");
args.push(...extra);
const child = spawn(bin, args, { env: { ...process.env, JUPYTER_PATH: path.join(root, ".jupyter") }, stdio: ["inherit", "inherit", "pipe"] });
let printed = false;
child.stderr.on("data", (d) => {
  const s = String(d);
  process.stderr.write(s);
  // Jupyter prints "... is running at: http://127.0.0.1:8888/?token=..." (the token elided in its log)
  const m = !printed && s.match(/(http:\/\/[^\s/]+:\d+)\//);
  if (m) {
    printed = true;
    process.stdout.write(`\n[lab] the notebooks (kernel: TypeScript (tslab)):\n    ${m[1]}/tree?token=${token}\n[lab] Ctrl-C stops the server.\n\n`);
  }
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
