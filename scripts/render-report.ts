/**
 * Re-render reports/REPRODUCTION.md from the committed reports/claims.json and the inventories,
 * without executing the notebooks (after a change to the report's layout or to an inventory's
 * display-item text). `npm run reproduce` does this too, after running every notebook.
 *   npx tsx scripts/render-report.ts
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../src/data/datadir";
import type { ClaimRecord } from "../src/report/claims";
import { writeReport } from "../src/report/report";

const dir = path.join(REPO_ROOT, "reports");
const records = JSON.parse(fs.readFileSync(path.join(dir, "claims.json"), "utf8")) as ClaimRecord[];
writeReport(dir, records, { notebooks: [] });
console.log(`reports/REPRODUCTION.md re-rendered from ${records.length} records`);
