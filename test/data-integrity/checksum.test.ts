/**
 * Issue 17, item 5: the checksum check reads the content every time. An edited file whose size and
 * modification time are put back (the former cache key) is refused; so is any edit after a
 * successful check; an unreadable or directory data file is a typed error, not "not found".
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { DataError } from "../../src/core/errors";
import { dataFile, ManifestEntry, readDataFile } from "../../src/data/datadir";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "checksum-"));
const text = "date,x\n2014-01,1.5\n2014-02,2.5\n";
const sha = (s: string | Buffer) => crypto.createHash("sha256").update(s).digest("hex");
const entry = (s: string): ManifestEntry => ({ sha256: sha(s), bytes: Buffer.byteLength(s), title: "t", url: "https://example.org/x.csv", snapshot: "2024", licence: "CC0", citation: "c" });
const manifest = { "x.csv": entry(text), "sub": entry("") };
const file = path.join(dir, "x.csv");

describe("content-verified data files", () => {
  it("an edit of the same size with the modification time restored is caught after a successful check", () => {
    fs.writeFileSync(file, text);
    fs.utimesSync(file, 1_600_000_000, 1_600_000_000); // whole seconds: restorable exactly
    const st = fs.statSync(file);
    expect(dataFile("x.csv", { dataDir: dir, manifest })).toBe(file);
    const edited = text.replace("1.5", "9.5"); // same size
    expect(edited.length).toBe(text.length);
    fs.writeFileSync(file, edited);
    fs.utimesSync(file, 1_600_000_000, 1_600_000_000);
    expect(fs.statSync(file).mtimeMs).toBe(st.mtimeMs);
    expect(fs.statSync(file).size).toBe(st.size);
    try {
      dataFile("x.csv", { dataDir: dir, manifest });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      expect((e as DataError).code).toBe("DATA_CHECKSUM");
      expect((e as DataError).details.actual).toBe(sha(edited));
    }
    expect(() => readDataFile("x.csv", { dataDir: dir, manifest })).toThrow(/has sha256/);
  });
  it("restoring the content makes it valid again; readDataFile returns exactly the verified bytes", () => {
    fs.writeFileSync(file, text);
    const b = readDataFile("x.csv", { dataDir: dir, manifest });
    expect(sha(b)).toBe(manifest["x.csv"].sha256);
    expect(b.toString("utf8")).toBe(text);
  });
  it("missing file, directory in its place, unlisted name: typed errors", () => {
    expect(() => dataFile("x.csv", { dataDir: path.join(dir, "nope"), manifest })).toThrow(/not found/);
    fs.mkdirSync(path.join(dir, "sub"), { recursive: true });
    expect(() => dataFile("sub", { dataDir: dir, manifest })).toThrow(/is a directory/);
    expect(() => dataFile("other.csv", { dataDir: dir, manifest })).toThrow(/not listed/);
  });
});
