/**
 * Issue 18: the 500-equation forward chain model (src/models/chain/generate.ts) against Dynare 5.3
 * (test/fixtures/dynare/chain: the .mod written by make-chain-mod.ts, the paths by
 * run_dynare_chain.m with Dynare's default stacked Newton; its residual is 2e-16). Our default for
 * 500 equations is the sparse path (sparse steady state, one sparse LU of the stacked Jacobian).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { parseMod, runMod } from "../../src/dynare/index";
import { chainMod } from "../../src/models/chain/generate";
import { linearSolverFor } from "../../src/solvers/perfect-foresight";

const FX = path.join(__dirname, "..", "fixtures", "dynare", "chain");

describe("500-equation chain model against Dynare 5.3", () => {
  it("the committed .mod is the generator's output", () => {
    expect(fs.readFileSync(path.join(FX, "chain_forward_500.mod"), "utf8")).toBe(chainMod(500, { variant: "forward", periods: 100 }));
  });
  it("paths equal Dynare's to 1e-10 (sparse LU path)", () => {
    const run = runMod(parseMod(fs.readFileSync(path.join(FX, "chain_forward_500.mod"), "utf8"), "chain_forward_500.mod"), { solver: { exact: true } });
    expect(linearSolverFor(run.model)).toBe("sparse-lu");
    const lines = fs.readFileSync(path.join(FX, "chain_forward_500_dynare_paths.csv"), "utf8").trim().split("\n");
    const head = lines[0].split(",");
    expect(lines.length - 1).toBe(102);
    let worst = 0;
    for (const line of lines.slice(1)) {
      const v = line.split(",").map(Number);
      for (let c = 1; c < head.length; c++) {
        const ours = run.paths[head[c]][v[0]];
        expect(Number.isFinite(ours)).toBe(true);
        worst = Math.max(worst, Math.abs(ours - v[c]));
      }
    }
    expect(worst).toBeLessThan(1e-10);
  }, 60_000);
});
