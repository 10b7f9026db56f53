/**
 * Issue 16 §4: two runs of the same computation give byte-identical outputs. The figure export
 * (plotly's random trace uids and clip-path ids fixed in src/notebook/export.ts) and the
 * Funke-Wende transition behind the Upsilon table of notebook 05 (the computation that differed in
 * the 14th digit between two reproduce runs) are run twice and compared bit for bit.
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { exportFigures } from "../../src/notebook/export";
import * as fw from "../../src/models/funke-wende/index";

const sha = (b: Buffer | Uint8Array) => crypto.createHash("sha256").update(b).digest("hex");

describe("byte-identical outputs across runs", () => {
  it("exported SVG and PNG figures are identical when exported twice", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sl-det-"));
    const specs = path.join(dir, "specs");
    fs.mkdirSync(specs);
    const x = Array.from({ length: 30 }, (_, i) => i);
    const spec = {
      data: [
        { type: "scatter", mode: "lines", x, y: x.map((v) => Math.sin(v / 4)), name: "a" },
        { type: "scatter", mode: "lines", x, y: x.map((v) => Math.cos(v / 4)), name: "b", line: { dash: "dash" } },
        { type: "bar", x: ["p", "q", "r"], y: [1, 3, 2], name: "c", xaxis: "x2", yaxis: "y2" },
      ],
      layout: { title: { text: "two panels" }, grid: { rows: 1, columns: 2, pattern: "independent" }, width: 700, height: 360 },
      config: {},
    };
    fs.writeFileSync(path.join(specs, "fig.json"), JSON.stringify(spec));
    const a = await exportFigures(specs, path.join(dir, "a"));
    const b = await exportFigures(specs, path.join(dir, "b"));
    expect(a.length).toBe(1);
    const svgA = fs.readFileSync(a[0].svg), svgB = fs.readFileSync(b[0].svg);
    expect(svgA.length).toBeGreaterThan(1000);
    expect(sha(svgA)).toBe(sha(svgB));
    expect(sha(fs.readFileSync(a[0].png))).toBe(sha(fs.readFileSync(b[0].png)));
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it("the Funke-Wende transition under another risk-premium sensitivity is identical bit for bit", () => {
    const cal = fw.calibrateReexportCost();
    const run = () => fw.transition({ ...cal, params: { ...cal.params, upsilon: 0.1 } }, { Gamma: 0.191, periods: 400 });
    const y1 = Float64Array.from(run().pct("Y_RU")), y2 = Float64Array.from(run().pct("Y_RU"));
    expect(y1.length).toBeGreaterThan(100);
    expect(y1.every(Number.isFinite)).toBe(true);
    expect(sha(new Uint8Array(y1.buffer))).toBe(sha(new Uint8Array(y2.buffer)));
  }, 120_000);
});
