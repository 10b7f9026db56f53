/**
 * `npm run bench [-- suite ...]`: runs the benchmark suites (var, pf, cli) and writes
 * bench/results.json as an array of {task, seconds_median, runs, reference, speedup}.
 * Each suite module exports `run(): Promise<BenchResult[]>`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { BenchResult } from "./common";

const SUITES: Record<string, string> = {
  var: "./var",
  pf: "./pf",
  cli: "./cli",
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  const unknown = wanted.filter((w) => !(w in SUITES));
  if (unknown.length) {
    console.error(`Unknown benchmark suite(s): ${unknown.join(", ")}. Available: ${Object.keys(SUITES).join(", ")}`);
    process.exit(2);
  }
  const names = wanted.length ? wanted : Object.keys(SUITES);
  const outFile = path.join(__dirname, "results.json");
  // keep results of suites not run this time
  let previous: BenchResult[] = [];
  try {
    previous = JSON.parse(fs.readFileSync(outFile, "utf8"));
  } catch {
    previous = [];
  }
  const fresh: BenchResult[] = [];
  for (const name of names) {
    let mod: { run: () => Promise<BenchResult[]> };
    try {
      mod = require(SUITES[name]);
    } catch (e) {
      console.error(`bench suite '${name}' is not available: ${(e as Error).message}`);
      process.exitCode = 1;
      continue;
    }
    console.log(`\n== bench: ${name} ==`);
    fresh.push(...(await mod.run()));
  }
  const prefixes = names.map((n) => `${n}.`);
  const kept = previous.filter((r) => !prefixes.some((p) => r.task.startsWith(p)));
  fs.writeFileSync(outFile, JSON.stringify([...kept, ...fresh], null, 2) + "\n");
  console.log(`\nwrote ${path.relative(process.cwd(), outFile)} (${kept.length + fresh.length} tasks)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
