#!/usr/bin/env node
// The sanctions-lab CLI: registers tsx so the TypeScript sources run without a build step.
"use strict";
require("tsx/cjs");
const { main } = require("../src/cli.ts");
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`${(e && e.stack) || e}\n`);
    process.exit(1);
  },
);
