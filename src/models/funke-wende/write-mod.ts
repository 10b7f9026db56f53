/**
 * Writes src/models/funke-wende/funke-wende.mod: the calibrated dynamic model (mode A, f_RX calibrated),
 * Gamma 0.01 -> 0.191 permanently from period 1, re-exports on, no time-varying substitution, 600 quarters.
 * Run: npx tsx src/models/funke-wende/write-mod.ts [Gamma] [nu_g] (the committed file uses the defaults).
 */
import * as fs from "fs";
import * as path from "path";
import { calibrateReexportCost } from "./calibrate";
import { transitionSpec } from "./dynamic";
import { modText } from "./modfile";

if (require.main === module) {
  const G = Number(process.argv[2] ?? 0.191), nuG = Number(process.argv[3] ?? 0);
  const cal = calibrateReexportCost();
  const text = modText(transitionSpec(cal, { Gamma: G, nuG, periods: 600 }));
  const out = path.join(__dirname, process.argv[2] ? `funke-wende-G${G}-nug${nuG}.mod` : "funke-wende.mod");
  fs.writeFileSync(out, text);
  console.log(`wrote ${out} (${text.split("\n").length} lines)`);
}
