/**
 * Issue 17, "Bad input never crashes, hangs or lies": the bad-input classes of the data readers and
 * the discrete-choice estimators, each fixed at its root and checked here by error class and by the
 * informative part of the message, so that the class cannot come back unnoticed.
 *   1. N <= K in binaryChoice, firthLogit, orderedChoice, multinomialLogit, conditionalLogit and ols:
 *      a DataError (TOO_FEW_OBSERVATIONS) naming N and K (for conditional logit the usable groups).
 *   2. An empty CSV file and a header-only CSV: a DataError naming the file, from parseCsvText/readCsv
 *      (so every reader built on them: series.ts, russia.ts, frame.ts), never an empty result.
 *   3. Repeated, unsorted or skipped dates in a time-series file: a DataError naming the line and the
 *      dates (series.ts seriesFromTable, russia.ts monthlyFromTable and kepSeries).
 * Perfect separation is covered in test/discrete/discrete.test.ts and conditional.test.ts.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { ConvergenceError, DataError, InvalidParameterError, SanctionsLabError } from "../../src/core/errors";
import { parseCsvText, readCsv } from "../../src/data/csv";
import { seriesFromTable, TimeSeries } from "../../src/data/series";
import { seriesToFrame } from "../../src/data/frame";
import { kepSeries, monthlyFromTable, monthOrdinal } from "../../src/data/russia";
import { binaryChoice, conditionalLogit, firthLogit, multinomialLogit, orderedChoice } from "../../src/econometrics/discrete";
import { ols } from "../../src/econometrics/ols";

/** the error f throws (fails the test if it returns) */
function thrown(f: () => unknown): SanctionsLabError {
  try {
    f();
  } catch (e) {
    return e as SanctionsLabError;
  }
  throw new Error("expected an error, got a result");
}

/** f throws a DataError with `code` whose message matches every pattern */
function expectDataError(f: () => unknown, code: string, ...patterns: RegExp[]): SanctionsLabError {
  const e = thrown(f);
  expect(e).toBeInstanceOf(DataError);
  expect(e.code).toBe(code);
  for (const p of patterns) expect(e.message).toMatch(p);
  return e;
}

describe("discrete choice with N <= K: a typed error naming N and K", () => {
  // three rows, three regressors; the outcome varies, the columns are not collinear
  const X3 = [[1, 0.2, 1.5], [1, -0.7, 0.3], [1, 1.1, -0.4]];
  it("binary logit and probit", () => {
    for (const link of ["logit", "probit"] as const) {
      const e = expectDataError(() => binaryChoice([0, 1, 1], X3, { link }), "TOO_FEW_OBSERVATIONS", new RegExp(`binary ${link}: N = 3 observations for K = 3 parameters`), /needs N > K/);
      expect(e.details).toMatchObject({ n: 3, k: 3 });
    }
    // N < K as well
    expectDataError(() => binaryChoice([0, 1], X3.slice(0, 2)), "TOO_FEW_OBSERVATIONS", /N = 2 observations for K = 3/);
  });
  it("binary choice counts only rows with a positive weight", () => {
    const X = [[1, 0.2], [1, -0.7], [1, 1.1], [1, 0.4], [1, -1.3]];
    // five rows, but only two carry weight: no degree of freedom left for K = 2
    expectDataError(() => binaryChoice([0, 1, 1, 0, 1], X, { weights: [1, 1, 0, 0, 0] }), "TOO_FEW_OBSERVATIONS", /N = 2 observations with positive weight for K = 2/);
  });
  it("Firth logit", () => {
    expectDataError(() => firthLogit([0, 1, 1], X3), "TOO_FEW_OBSERVATIONS", /Firth logit: N = 3 observations for K = 3 parameters/);
  });
  it("ordered logit: K counts regressors and cutpoints", () => {
    // 4 rows, 2 regressors + 2 cutpoints = 4 parameters
    const X = [[0.1, 1.2], [0.5, -0.3], [-0.8, 0.4], [1.3, 0.9]];
    expectDataError(() => orderedChoice([0, 1, 2, 1], X), "TOO_FEW_OBSERVATIONS", /ordered logit: N = 4 observations for K = 4 parameters \(2 regressor\(s\) \+ 2 cutpoints\)/);
  });
  it("multinomial logit: K counts regressors times non-base categories", () => {
    // 5 rows, 2 regressors x 2 non-base categories = 4 parameters is fine; 4 rows is not
    const X = [[1, 0.1], [1, 0.5], [1, -0.8], [1, 1.3]];
    expectDataError(() => multinomialLogit([0, 1, 2, 1], X), "TOO_FEW_OBSERVATIONS", /multinomial logit: N = 4 observations for K = 4 parameters \(2 regressor\(s\) x 2 non-base categories\)/);
  });
  it("conditional logit: the usable groups, the rows and K", () => {
    // two usable groups (a case and a control each) and one group without a case, for K = 2
    const g = [1, 1, 2, 2, 3, 3], y = [1, 0, 0, 1, 0, 0];
    const X = [[0.3, 1], [0.1, 2], [0.7, 0], [0.2, 5], [0.4, 1], [0.9, 3]];
    const e = expectDataError(() => conditionalLogit(y, X, g), "TOO_FEW_OBSERVATIONS", /conditional logit: 2 usable group\(s\) \(with a case and a control\) for K = 2 coefficient\(s\), from N = 6 rows in 3 group\(s\)/, /1 here, carry no information/);
    expect(e.details).toMatchObject({ n: 6, groups: 2, allGroups: 3, dropped: 1, k: 2 });
  });
  it("no rows at all, and rows that are not arrays", () => {
    for (const f of [() => binaryChoice([], []), () => firthLogit([], []), () => orderedChoice([], []), () => multinomialLogit([], []), () => conditionalLogit([], [], [])]) {
      expectDataError(f, "TOO_FEW_OBSERVATIONS", /: no observations \(N = 0\)/);
    }
    expect(() => binaryChoice([0, 1], [[1, 2], null as never])).toThrow(InvalidParameterError);
    expect(() => binaryChoice([0, 1], [[1, 2], null as never])).toThrow(/row 2 is not an array of numbers/);
    expect(() => binaryChoice([0, 1], null as never)).toThrow(InvalidParameterError);
  });
  it("OLS names N and K too, and an empty sample is not 'no columns'", () => {
    expectDataError(() => ols([1, 2], [[1, 2], [1, 3]]), "TOO_FEW_OBSERVATIONS", /OLS: N = 2 observations for K = 2 regressors/);
    expectDataError(() => ols([], []), "TOO_FEW_OBSERVATIONS", /OLS: no observations \(N = 0\)/);
  });
});

describe("perfect separation by a continuous regressor in the multi-category models: a ConvergenceError naming it", () => {
  // binary logit/probit, dummies in all models and conditional logit: test/discrete/*.test.ts
  const x = Array.from({ length: 45 }, (_, i) => [1, i, Math.cos(i)]);
  const y = x.map((r) => (r[1] < 15 ? 0 : r[1] < 30 ? 1 : 2));
  it("multinomial logit", () => {
    const e = thrown(() => multinomialLogit(y, x, { names: ["const", "x", "z"] }));
    expect(e).toBeInstanceOf(ConvergenceError);
    expect(e.message).toMatch(/multinomial logit: the coefficient of 'x' \(category \d\) diverges .*separated/);
  });
  it("ordered logit", () => {
    const e = thrown(() => orderedChoice(y, x.map((r) => [r[1], r[2]]), { names: ["x", "z"] }));
    expect(e).toBeInstanceOf(ConvergenceError);
    expect(e.message).toMatch(/ordered logit: the coefficient of 'x' diverges .*separated/);
  });
});

describe("empty and header-only CSV files: a DataError naming the file", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sl-bad-csv-"));
  const write = (name: string, text: string) => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, text);
    return f;
  };
  it("an empty file (also blank lines only, or a byte-order mark only)", () => {
    for (const [name, text] of [["empty.csv", ""], ["blank.csv", "\n\n\r\n"], ["bom.csv", "\ufeff"]]) {
      const f = write(name, text);
      const e = expectDataError(() => readCsv(f), "DATA_PARSE", /empty CSV/);
      expect(e.message).toContain(f);
      expect(e.details.file).toBe(f);
    }
  });
  it("a header row without data rows", () => {
    const f = write("header-only.csv", "date,x\n");
    const e = expectDataError(() => readCsv(f), "DATA_PARSE", /header row \(date,x\) but no data rows/);
    expect(e.message).toContain(f);
    expectDataError(() => parseCsvText("date,x", "h.csv"), "DATA_PARSE", /^h\.csv: the CSV has a header row/);
    expectDataError(() => parseCsvText(" ,\n1,2\n", "n.csv"), "DATA_PARSE", /^n\.csv: the first row has no column names/);
  });
  it("series.ts: a table without rows (built by hand) is refused, not a series of length 0", () => {
    expectDataError(() => seriesFromTable({ file: "t.csv", columns: ["d", "x"], rows: [] }, "d", "x", "M"), "DATA_PARSE", /t\.csv: no data rows for 'x'/);
  });
  it("russia.ts: the monthly and KEP readers go through the same check", () => {
    expectDataError(() => monthlyFromTable(parseCsvText("date,v\n", "reer.csv"), "date", "v", "eru", ""), "DATA_PARSE", /reer\.csv: the CSV has a header row/);
    expectDataError(() => monthlyFromTable({ file: "reer.csv", columns: ["date", "v"], rows: [] }, "date", "v", "eru", ""), "DATA_MISSING_VALUE", /reer\.csv: eru: column 'v' has no observations/);
  });
  it("frame.ts: a series of length 0 or a misaligned series is a typed error", () => {
    const s = (name: string, n: number, start = 24000): TimeSeries => ({ name, freq: "M", start, values: new Float64Array(n), missing: new Uint8Array(n) });
    expectDataError(() => seriesToFrame([s("x", 0)]), "DATA_PARSE", /'x' has no observations/);
    expectDataError(() => seriesToFrame([s("x", 3), s("y", 3, 24001)]), "DATA_PARSE", /'y' is not aligned with 'x'/);
    expect(() => seriesToFrame([])).toThrow(InvalidParameterError);
  });
});

describe("repeated, unsorted or skipped dates: a DataError naming the line and the dates", () => {
  const table = (body: string) => parseCsvText(`d,x\n${body}`, "ts.csv");
  it("seriesFromTable: a repeated month names both lines", () => {
    const e = expectDataError(() => seriesFromTable(table("2014-01,1\n2014-02,2\n2014-02,3\n2014-03,4\n"), "d", "x", "M"), "DATA_PARSE", /ts\.csv: line 4: duplicate period 2014-02 \('2014-02'\), already on line 3/);
    expect(e.details).toMatchObject({ file: "ts.csv", line: 4, period: "2014-02", firstLine: 3 });
    // two spellings of the same month are the same period
    expectDataError(() => seriesFromTable(table("2014-01,1\n2014m1,2\n"), "d", "x", "M"), "DATA_PARSE", /line 3: duplicate period 2014-01 \('2014m1'\), already on line 2/);
    // monthly dates read as quarters: two months of one quarter are a duplicate quarter
    expectDataError(() => seriesFromTable(table("2014-01,1\n2014-02,2\n"), "d", "x", "Q"), "DATA_PARSE", /line 3: duplicate period 2014Q1/);
    // a repeat that is not adjacent
    expectDataError(() => seriesFromTable(table("2014-01,1\n2014-02,2\n2014-01,3\n"), "d", "x", "M"), "DATA_PARSE", /line 4: duplicate period 2014-01 .*already on line 2/);
  });
  it("seriesFromTable: unsorted dates and a gap", () => {
    expectDataError(() => seriesFromTable(table("2014-01,1\n2014-03,2\n2014-02,3\n"), "d", "x", "M"), "DATA_PARSE", /ts\.csv: line 3: period 2014-03/, /missing \(2014-02\)/);
    expectDataError(() => seriesFromTable(table("2014-03,1\n2014-02,2\n"), "d", "x", "M"), "DATA_PARSE", /ts\.csv: line 3: period 2014-02 \('2014-02'\) comes after 2014-03 on line 2; sort the rows/);
    expectDataError(() => seriesFromTable(table("2014,1\n2017,2\n"), "d", "x", "A"), "DATA_PARSE", /line 3: period 2017 .*does not follow 2014 on line 2: 2 periods missing \(2015\.\.2016\)/);
    expectDataError(() => seriesFromTable(table("2014-01,1\nJan 2014,2\n"), "d", "x", "M"), "DATA_PARSE", /ts\.csv: line 3, column 'd': Cannot read 'Jan 2014' as a monthly period/);
  });
  it("russia.ts monthlyFromTable (BIS, Brent): repeats, order and gaps anywhere in the date column", () => {
    const t = (body: string) => parseCsvText(`date,v\n${body}`, "brent.csv");
    expectDataError(() => monthlyFromTable(t("2014-01-15,1\n2014-02-15,2\n2014-02-15,3\n"), "date", "v", "oilp", ""), "DATA_PARSE", /brent\.csv: line 4: duplicate month 2014-02 \('2014-02-15'\), already on line 3/);
    expectDataError(() => monthlyFromTable(t("2014-02,1\n2014-01,2\n"), "date", "v", "oilp", ""), "DATA_PARSE", /brent\.csv: line 3: month 2014-01 .*comes after 2014-02/);
    // a repeat after the first missing value used to pass unseen (the reader stopped there)
    expectDataError(() => monthlyFromTable(t("2014-01,1\n2014-02,\n2014-03,3\n2014-03,4\n"), "date", "v", "oilp", ""), "DATA_PARSE", /line 5: duplicate month 2014-03/);
    expectDataError(() => monthlyFromTable(t("2014-01,1\n2014-04,2\n"), "date", "v", "oilp", ""), "DATA_PARSE", /line 3: month 2014-04 .*2 months missing \(2014-02\.\.2014-03\)/);
    // month 13 used to be read as January of the next year
    expectDataError(() => monthlyFromTable(t("2014-12,1\n2014-13,2\n"), "date", "v", "oilp", ""), "DATA_PARSE", /brent\.csv: line 3, column 'date': '2014-13' is not a YYYY-MM date \(month 13/);
    expect(() => monthOrdinal("2014-00")).toThrow(DataError);
    // a valid file still reads
    const ok = monthlyFromTable(t("2014-01,1\n2014-02,2\n2014-03,\n"), "date", "v", "oilp", "");
    expect([ok.start, Array.from(ok.values)]).toEqual([monthOrdinal("2014-01"), [1, 2]]);
  });
  it("russia.ts kepSeries (ROSSTAT vintages): a repeated month is an error, not an overwrite in the splice", () => {
    const k = (body: string) => parseCsvText(`,year,month,PPI_rog\n${body}`, "kep.csv");
    expectDataError(() => kepSeries(k("a,2016,1,100.5\nb,2016,2,101\nc,2016,2,99\n"), "PPI_rog"), "DATA_PARSE", /kep\.csv: line 4: duplicate month 2016-02 .*already on line 3/);
    expectDataError(() => kepSeries(k("a,2016,3,100.5\nb,2016,1,101\n"), "PPI_rog"), "DATA_PARSE", /kep\.csv: line 3: month 2016-01 .*comes after 2016-03/);
    expectDataError(() => kepSeries(k("a,2016,11,100.5\nb,2017,2,101\n"), "PPI_rog"), "DATA_PARSE", /kep\.csv: line 3: month 2017-02 .*2 months missing/);
    expectDataError(() => kepSeries(k("a,2016,13,100.5\n"), "PPI_rog"), "DATA_PARSE", /kep\.csv: line 2: year '2016' and month '13' do not make a month/);
    expectDataError(() => kepSeries(k("a,,1,100.5\n"), "PPI_rog"), "DATA_PARSE", /kep\.csv: line 2: year '' and month '1'/);
    const ok = kepSeries(k("a,2016,12,100.5\nb,2017,1,101\n"), "PPI_rog");
    expect(ok.labels).toEqual(["2016-12", "2017-01"]);
  });
});
