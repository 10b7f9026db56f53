import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { tableToCsv, tableToHtml, tableToLatex, formatCell } from "../../src/notebook/table";
import { normaliseTitles } from "../../src/notebook/plot";
import { parseCsvText, numericColumn, toCsvText } from "../../src/data/csv";
import { dataFile, manifest, sha256File } from "../../src/data/datadir";
import { periodOf, periodLabel, seriesFromTable, alignCommon, requireComplete, monthLabelM } from "../../src/data/series";
import { DataError } from "../../src/core/errors";
import { Rng } from "../../src/core/rng";

describe("tables", () => {
  const t = { columns: ["model", "h", "share"], rows: [["A & B", 1, 0.123456789], ["C_1", 20, null]], caption: "FEVD 50%" };
  it("CSV keeps full precision and quotes", () => {
    expect(tableToCsv(t)).toBe("model,h,share\nA & B,1,0.123456789\nC_1,20,\n");
  });
  it("LaTeX escapes special characters and right-aligns numeric columns", () => {
    const tex = tableToLatex(t, "tab:x");
    expect(tex).toContain("\\begin{tabular}{lrr}");
    expect(tex).toContain("A \\& B & 1 & 0.1235 \\\\");
    expect(tex).toContain("C\\_1");
    expect(tex).toContain("\\caption{FEVD 50\\%}");
  });
  it("HTML escapes and formats", () => {
    const html = tableToHtml(t);
    expect(html).toContain("<td style=\"text-align:left\">A &amp; B</td>");
    expect(formatCell(1.23456e-7, 3)).toBe("1.23e-7");
  });
  it("plot titles given as strings become {text} (plotly.js 3+)", () => {
    expect(normaliseTitles({ layout: { title: "a", xaxis: { title: "b" } } })).toEqual({ layout: { title: { text: "a" }, xaxis: { title: { text: "b" } } } });
  });
});

describe("CSV and series", () => {
  it("round-trips doubles exactly (10000 random doubles, bitwise equality)", () => {
    const rng = new Rng(5);
    const xs = Array.from({ length: 10000 }, () => (rng.uniform() - 0.5) * 10 ** Math.floor(rng.uniform() * 40 - 20));
    const text = toCsvText(["x"], xs.map((x) => [x]));
    const back = numericColumn(parseCsvText(text), "x").values;
    for (let i = 0; i < xs.length; i++) expect(Object.is(back[i], xs[i])).toBe(true);
  });
  it("names line and column of a non-numeric cell", () => {
    const t = parseCsvText("date,x\n2014-01,1\n2014-02,abc\n", "f.csv");
    expect(() => numericColumn(t, "x")).toThrow(/f\.csv: line 3, column 'x': 'abc' is not a number/);
  });
  it("records missing values in a mask instead of NaN-ing silently", () => {
    const c = numericColumn(parseCsvText("x\n1\nNA\n\"\"\n3\n"), "x");
    expect(Array.from(c.missing)).toEqual([0, 1, 1, 0]);
    expect(c.nMissing).toBe(2);
  });
  it("rejects malformed CSV (ragged rows) with a DataError", () => {
    expect(() => parseCsvText("a,b\n1,2\n3\n", "bad.csv")).toThrow(DataError);
    expect(() => parseCsvText("a,a\n1,2\n", "dup.csv")).toThrow(/duplicate column/);
  });
  it("reads monthly periods in several spellings and aligns series", () => {
    expect(periodOf("2014-07", "M")).toBe(periodOf("2014m7", "M"));
    expect(periodOf("2014-07-15", "M")).toBe(2014 * 12 + 6);
    expect(periodLabel(periodOf("2016Q4", "Q"), "Q")).toBe("2016Q4");
    expect(monthLabelM(2014 * 12 + 6)).toBe("2014m7");
    const a = seriesFromTable(parseCsvText("d,x\n2014-01,1\n2014-02,2\n2014-03,3\n"), "d", "x", "M");
    const b = seriesFromTable(parseCsvText("d,y\n2014-02,5\n2014-03,NA\n2014-04,7\n"), "d", "y", "M");
    const [a2, b2] = alignCommon([a, b]);
    expect(Array.from(a2.values)).toEqual([2, 3]);
    expect(() => requireComplete(b2)).toThrow(/missing value at 2014-03/);
    expect(() => seriesFromTable(parseCsvText("d,x\n2014-01,1\n2014-03,2\n"), "d", "x", "M")).toThrow(/does not follow/);
  });
});

describe("data directory and manifest", () => {
  it("every manifest file is present with the recorded sha256", () => {
    const m = manifest();
    expect(Object.keys(m).length).toBeGreaterThanOrEqual(27);
    for (const name of Object.keys(m)) expect(fs.existsSync(dataFile(name))).toBe(true);
  });
  it("reports an altered file by name with expected and actual sha256", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sl-data-"));
    const name = "brent-monthly_eia_datasets-oil-prices.csv";
    fs.writeFileSync(path.join(dir, name), fs.readFileSync(dataFile(name), "utf8") + "2099-01-15,1.0\n");
    const actual = sha256File(path.join(dir, name));
    try {
      dataFile(name, { dataDir: dir });
      expect.unreachable();
    } catch (e) {
      expect((e as DataError).code).toBe("DATA_CHECKSUM");
      expect((e as Error).message).toContain(name);
      expect((e as Error).message).toContain(manifest()[name].sha256);
      expect((e as Error).message).toContain(actual);
    }
  });
  it("reports a missing file with its public URL", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sl-empty-"));
    expect(() => dataFile("TIESv4-1.csv", { dataDir: dir })).toThrow(/not found.*sanctions-lab data fetch.*https:\/\/sanctions\.web\.unc\.edu/);
    expect(() => dataFile("unknown.csv")).toThrow(/not listed in data\/manifest\.json/);
  });
});

describe("seeded RNG", () => {
  it("is deterministic per (seed, stream) and streams differ", () => {
    const a = new Rng(42), b = new Rng(42), c = Rng.stream(42, 1);
    const xa = Array.from({ length: 5 }, () => a.nextUint32());
    expect(Array.from({ length: 5 }, () => b.nextUint32())).toEqual(xa);
    expect(Array.from({ length: 5 }, () => c.nextUint32())).not.toEqual(xa);
  });
  it("uniform and normal moments (n = 200000; tolerance 4 standard errors)", () => {
    const r = new Rng(1);
    const n = 200000;
    let s = 0, s2 = 0, z = 0, z2 = 0;
    for (let i = 0; i < n; i++) {
      const u = r.uniform();
      s += u; s2 += u * u;
      const g = r.normal();
      z += g; z2 += g * g;
    }
    expect(Math.abs(s / n - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(z / n)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(z2 / n - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
  });
  it("int(n) is unbiased over a small range (chi-square, 9 df, below the 0.999 quantile 27.88)", () => {
    const r = new Rng(3);
    const counts = new Array(10).fill(0);
    const n = 100000;
    for (let i = 0; i < n; i++) counts[r.int(10)]++;
    const chi = counts.reduce((acc, c) => acc + (c - n / 10) ** 2 / (n / 10), 0);
    expect(chi).toBeLessThan(27.88);
  });
});

describe("one rule for numeric cells (src/data/csv.ts parseNumberCell)", () => {
  it("decimal notation only; missing tokens case-insensitive; everything else is an error", async () => {
    const { parseNumberCell } = await import("../../src/data/csv");
    for (const [cell, v] of [["1.5", 1.5], ["-2e3", -2000], [".5", 0.5], ["5.", 5], [" 7 ", 7], ["+3", 3]] as const) expect(parseNumberCell(cell)).toBe(v);
    for (const cell of ["", "NA", "na", "NaN", "NAN", "nan", ".", "..", "null", "NULL", "n/a", "N/A"]) expect(parseNumberCell(cell), cell).toBeNull();
    for (const cell of ["0x1F", "0b101", "0o7", "Infinity", "-Infinity", "1_000", "1,5", "1e999", "abc", "1.2.3"]) expect(parseNumberCell(cell), cell).toBeUndefined();
  });
});
