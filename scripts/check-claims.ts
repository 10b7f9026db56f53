/**
 * Run some notebooks headless into build/check/ (reports/ is not touched) and check their claims:
 * record problems (duplicates, primaries), the inventory cross-check of each paper they touch
 * (entries with no claim, claims naming no entry) and a count by kind and grade.
 *
 *   npx tsx scripts/check-claims.ts 02-bali-rapelanoro-sanction-index 03-bali-rapelanoro-svar
 *   npx tsx scripts/check-claims.ts --inventory bali-rapelanoro-2021   (validate an inventory only)
 */
import * as path from "node:path";
import { REPO_ROOT } from "../src/data/datadir";
import { runNotebooks } from "../src/report/notebooks";
import { aggregate, coverage } from "../src/report/aggregate";
import { checkRecords, ClaimRecord } from "../src/report/claims";
import { loadInventory } from "../src/report/inventory";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args[0] === "--inventory") {
    const inv = loadInventory(args[1]);
    if (!inv) throw new Error(`no inventory for ${args[1]}`);
    console.log(`${inv.file}: ${inv.items.length} display items, ${inv.entries.size} entries: valid`);
    return 0;
  }
  const tag = args.map((a) => a.slice(0, 12)).join("+") || "all";
  const build = path.join(REPO_ROOT, "build", "check", tag);
  const runs = await runNotebooks({ build, only: args, onDone: (r) => console.log(`${r.ok ? "ok    " : "FAILED"} ${r.name} ${r.seconds.toFixed(1)} s, ${r.claims.length} records`) });
  let bad = 0;
  for (const r of runs) if (!r.ok) { console.error(r.log); bad++; }
  const recs: ClaimRecord[] = runs.flatMap((r) => r.claims);
  const problems = checkRecords(recs);
  for (const p of problems) console.error(`PROBLEM ${p}`);
  const papers = [...new Set(recs.map((r) => r.paper))];
  for (const p of papers) {
    const inv = loadInventory(p);
    if (!inv) continue;
    const cov = coverage(inv, recs);
    console.log(`\n${p}: ${inv.entries.size} inventory entries; ${cov.missing.length} without a claim in these notebooks, ${cov.unknown.length} claims naming no entry`);
    for (const m of cov.missing) console.log(`  no claim: ${m}`);
    for (const u of cov.unknown) console.log(`  unknown entry: ${u}`);
  }
  const agg = aggregate(recs);
  const counts = new Map<string, number>();
  for (const c of agg) counts.set(`${c.paper} ${c.kind} ${c.grade}`, (counts.get(`${c.paper} ${c.kind} ${c.grade}`) ?? 0) + 1);
  console.log("\nclaims by paper, kind and grade:");
  for (const [k, n] of [...counts].sort()) console.log(`  ${k}: ${n}`);
  return bad || problems.length ? 1 : 0;
}
main().then((c) => process.exit(c), (e) => { console.error(e instanceof Error ? e.message : e); process.exit(1); });
