/**
 * The committed Funke-Wende .mod files are what src/ writes today: src/models/funke-wende/funke-wende.mod
 * (write-mod.ts defaults: primary reading, Gamma 0.01 -> 0.191, nu_g = 0, 600 quarters) and the tau_X = 1
 * Dynare fixture (test/fixtures/funke-wende/make-dynare-model.ts). A change to the calibration, the
 * model equations or the writer that is not followed by a regenerated file fails here with the first line
 * that differs. (The primary-reading Dynare fixture is checked in dynamic.test.ts.)
 */
import * as fs from "fs";
import * as path from "path";
import { describe, expect, it } from "vitest";
import { calibrateReexportCost } from "../../src/models/funke-wende/calibrate";
import { transitionSpec } from "../../src/models/funke-wende/dynamic";
import { modText } from "../../src/models/funke-wende/modfile";
import { DEFAULT_OPTIONS, REEXPORT_SHARE_TARGET, table1 } from "../../src/models/funke-wende/params";

function expectSameText(file: string, text: string): void {
  const committed = fs.readFileSync(file, "utf8");
  if (committed === text) return;
  const a = committed.split("\n"), b = text.split("\n");
  let i = 0;
  while (i < Math.max(a.length, b.length) && a[i] === b[i]) i++;
  expect.fail(`${path.basename(file)} line ${i + 1} differs from the writer's output:\n committed: ${String(a[i]).slice(0, 200)}\n written:   ${String(b[i]).slice(0, 200)}\nregenerate it with the script named in this test's header`);
}

describe("committed Funke-Wende .mod files equal the writer's output", () => {
  it("src/models/funke-wende/funke-wende.mod = write-mod.ts with its defaults", () => {
    const cal = calibrateReexportCost();
    const text = modText(transitionSpec(cal, { Gamma: 0.191, nuG: 0, periods: 600 }));
    expectSameText(path.join(__dirname, "../../src/models/funke-wende/funke-wende.mod"), text);
  }, 60_000);
  it("test/fixtures/funke-wende/dynare/fw_g191_nug15.mod = make-dynare-model.ts (tau_X = 1, nu_g = 1.5, 200 quarters)", () => {
    const cal = calibrateReexportCost({}, DEFAULT_OPTIONS, REEXPORT_SHARE_TARGET, "base", { ...table1(), tauX: 1 });
    const text = modText({ ...transitionSpec(cal, { Gamma: 0.191, nuG: 1.5, periods: 200 }), tolf: 1e-9 });
    expectSameText(path.join(__dirname, "../fixtures/funke-wende/dynare/fw_g191_nug15.mod"), text);
  }, 60_000);
});
