/**
 * `sanctions-lab data fetch` without the internet: a local HTTP server on 127.0.0.1 serves a temporary
 * copy of the data directory (addresses rewritten by the base-URL option) and misbehaves on request
 * (a corrupted body, HTTP 500, a connection dropped half-way). Checks: a full fetch into an empty
 * folder verifies every file; a corrupted download is rejected with both sha256 and leaves nothing;
 * server errors and dropped connections give typed errors and leave nothing; a second run downloads
 * nothing; a spreadsheet is converted to the byte-identical CSV; manual files print their step; a
 * missing data directory stops setup with the exact command.
 */
import { execFile, spawnSync } from "node:child_process";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manifest, REPO_ROOT, resolveDataDir } from "../../src/data/datadir";
import { FetchableEntry, FetchError, fetchData, rExpression } from "../../src/data/fetch";

const m = manifest() as Record<string, FetchableEntry>;
const names = Object.keys(m);
const sha = (b: Buffer | string) => crypto.createHash("sha256").update(b).digest("hex");
let tmp: string;
let served: string;
let server: http.Server;
let base: string;
let requests = 0;

/** every file under `dir` (relative), to check that nothing half-written is left behind */
function listAll(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listAll(path.join(dir, e.name)).map((f) => `${e.name}/${f}`) : [e.name]));
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sl-fetch-"));
  served = path.join(tmp, "served");
  fs.cpSync(resolveDataDir(), served, { recursive: true });
  // a TIES workbook (SheetJS) from the CSV, to test the spreadsheet converter offline
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const X = require("xlsx");
  const wb = X.utils.book_new();
  X.utils.book_append_sheet(wb, X.read(fs.readFileSync(path.join(served, "TIESv4-1.csv"), "utf8"), { type: "string", raw: true }).Sheets.Sheet1, "TIESv4.1.raw");
  fs.writeFileSync(path.join(tmp, "TIESv4-1.xls"), X.write(wb, { type: "buffer", bookType: "xls" }));
  server = http.createServer((req, res) => {
    requests++;
    const [, mode, ...rest] = decodeURIComponent(req.url ?? "").split("/");
    const rel = rest.join("/");
    const file = mode === "xls" ? path.join(tmp, rel) : path.join(served, rel);
    if (!fs.existsSync(file)) {
      res.writeHead(404).end("not found");
      return;
    }
    const body = fs.readFileSync(file);
    if (mode === "files" || mode === "xls") {
      res.writeHead(200, { "content-length": body.length }).end(body);
    } else if (mode === "corrupt") {
      const bad = Buffer.from(body);
      bad[Math.floor(bad.length / 2)] ^= 0x01;
      res.writeHead(200, { "content-length": bad.length }).end(bad);
    } else if (mode === "error") {
      res.writeHead(500, "Internal Server Error").end("boom");
    } else if (mode === "drop") {
      res.writeHead(200, { "content-length": body.length });
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => setTimeout(() => res.socket?.destroy(), 20));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("data fetch from a local mirror", () => {
  const quiet = { log: () => {} };

  it("fetches every manifest file into an empty directory, each verified; a second run downloads nothing", async () => {
    const dir = path.join(tmp, "full");
    const lines: string[] = [];
    const s = await fetchData({ dir, baseUrl: `${base}/files`, log: (l) => lines.push(l) });
    expect(s.complete).toBe(true);
    expect(s.downloaded).toBe(names.length);
    for (const n of names) expect(sha(fs.readFileSync(path.join(dir, n))), n).toBe(m[n].sha256);
    expect(listAll(dir).sort()).toEqual([...names].sort());
    // one progress line per file and a summary
    expect(lines.length).toBe(names.length + 1);
    expect(lines[0]).toMatch(/^\[ ?1\/\d+\] .*: downloaded .* sha256 ok$/);
    expect(lines.at(-1)).toContain(`${names.length} downloaded, 0 already present, 0 need a manual step, 0 failed`);

    const before = requests;
    const again = await fetchData({ dir, baseUrl: `${base}/files`, ...quiet });
    expect(again.downloaded).toBe(0);
    expect(again.verified).toBe(names.length);
    expect(requests).toBe(before);
  });

  it("rejects a corrupted download, reporting the expected and actual sha256, and leaves nothing behind", async () => {
    const dir = path.join(tmp, "corrupt");
    const name = "wdi/ny.gdp.mktp.cd.csv";
    const s = await fetchData({ dir, baseUrl: `${base}/corrupt`, only: [name], ...quiet });
    expect(s.complete).toBe(false);
    const o = s.files[0];
    expect(o.status).toBe("failed");
    if (o.status !== "failed") return;
    expect(o.error).toBeInstanceOf(FetchError);
    expect(o.error.kind).toBe("checksum");
    const bad = Buffer.from(fs.readFileSync(path.join(served, name)));
    bad[Math.floor(bad.length / 2)] ^= 0x01;
    expect(o.error.message).toContain(m[name].sha256);
    expect(o.error.message).toContain(sha(bad));
    expect(o.error.details).toMatchObject({ expected: m[name].sha256, actual: sha(bad) });
    expect(listAll(dir)).toEqual([]);
  });

  it("a server error is a typed 'http' error with the status, and leaves nothing behind", async () => {
    const dir = path.join(tmp, "error");
    const s = await fetchData({ dir, baseUrl: `${base}/error`, only: ["TIESv4-1.csv"], ...quiet });
    const o = s.files[0];
    expect(o.status).toBe("failed");
    if (o.status !== "failed") return;
    expect(o.error.kind).toBe("http");
    expect(o.error.details.status).toBe(500);
    expect(o.error.message).toMatch(/HTTP 500/);
    expect(listAll(dir)).toEqual([]);
  });

  it("a connection dropped half-way is a typed 'incomplete' error with the byte counts, and leaves nothing behind", async () => {
    const dir = path.join(tmp, "drop");
    const name = "pwt1001_penn_world_table.csv";
    const s = await fetchData({ dir, baseUrl: `${base}/drop`, only: [name], ...quiet });
    const o = s.files[0];
    expect(o.status).toBe("failed");
    if (o.status !== "failed") return;
    expect(o.error.kind).toBe("incomplete");
    expect(o.error.message).toMatch(new RegExp(`closed after \\d+ of ${m[name].bytes} bytes`));
    expect(listAll(dir)).toEqual([]);
  });

  it("a refused connection is a typed 'network' error", async () => {
    const s = await fetchData({ dir: path.join(tmp, "refused"), baseUrl: "http://127.0.0.1:1", only: ["TIESv4-1.csv"], ...quiet });
    const o = s.files[0];
    expect(o.status === "failed" && o.error.kind).toBe("network");
  });

  it("converts a downloaded spreadsheet to the byte-identical CSV (TIES, SheetJS)", async () => {
    const dir = path.join(tmp, "convert");
    const entry = { ...m["TIESv4-1.csv"], download: `${base}/xls/TIESv4-1.xls`, convert: "ties-xls" };
    const s = await fetchData({ dir, manifest: { "TIESv4-1.csv": entry }, ...quiet });
    expect(s.files[0].status).toBe("downloaded");
    expect(sha(fs.readFileSync(path.join(dir, "TIESv4-1.csv")))).toBe(m["TIESv4-1.csv"].sha256);
  });

  it("every manifest file has a direct address or an exact manual step; manual files are reported, not failed", async () => {
    for (const n of names) expect(!!m[n].download || !!m[n].manual, n).toBe(true);
    for (const n of names) if (m[n].download) expect(m[n].download, n).toMatch(/^https:\/\/raw\.githubusercontent\.com\/[^/]+\/[^/]+\/[0-9a-f]{40}\//);
    const manual = names.filter((n) => !m[n].download);
    const s = await fetchData({ dir: path.join(tmp, "manual"), only: manual.slice(0, 2), rscript: false, ...quiet });
    expect(s.manual).toBe(2);
    expect(s.complete).toBe(false);
    const o = s.files[0];
    expect(o.status === "manual" && o.instruction).toContain(m[manual[0]].manual!);
  });
});

describe("R steps (peacesciencer and Crisman-Cox .rda files), run when Rscript is there", () => {
  // A stand-in for Rscript that understands writeLines("text", "path") and stop("message"): the R
  // step's flow (scratch folder, sha256 check, final name, clean-up) is tested without R or the internet.
  let fake: string;
  const quiet = { log: () => {} };
  const entry = (text: string, rel: string, expr = `writeLines("${text}", "${rel}")`): FetchableEntry =>
    ({ sha256: sha(`${text}\n`), bytes: text.length + 1, manual: `Rscript -e '${expr}' (run in the data directory)`, url: "https://example.org" } as FetchableEntry);
  beforeAll(() => {
    fake = path.join(tmp, "fake-Rscript");
    fs.writeFileSync(fake, `#!${process.execPath}
const fs = require("fs"), path = require("path");
const e = process.argv[3] || "";
const stop = /stop\\("([^"]*)"\\)/.exec(e);
if (stop) { process.stderr.write("Error: " + stop[1] + "\\n"); process.exit(1); }
const w = /writeLines\\("([^"]*)", "([^"]*)"\\)/.exec(e);
if (w) { fs.mkdirSync(path.dirname(w[2]), { recursive: true }); fs.writeFileSync(w[2], w[1] + "\\n"); }
`, { mode: 0o755 });
  });

  it("the manifest's R steps are recognised", () => {
    const withR = names.filter((n) => m[n].manual?.startsWith("Rscript -e '"));
    expect(withR.length).toBeGreaterThanOrEqual(10);
    for (const n of withR) expect(rExpression(m[n]), n).toContain(`"${n}"`);
  });

  it("runs the step, verifies the sha256 and places the file; a second run only verifies", async () => {
    const dir = path.join(tmp, "rstep-ok");
    const man = { "ps/a.csv": entry("a,b", "ps/a.csv") };
    const s = await fetchData({ dir, manifest: man, rscript: fake, ...quiet });
    expect(s.files[0].status, JSON.stringify(s.files[0])).toBe("downloaded");
    expect(fs.readFileSync(path.join(dir, "ps/a.csv"), "utf8")).toBe("a,b\n");
    expect(listAll(dir)).toEqual(["ps/a.csv"]);
    expect((await fetchData({ dir, manifest: man, rscript: fake, ...quiet })).files[0].status).toBe("verified");
  });

  it("a wrong result, a failing step or a step that writes nothing fails with a typed error and leaves nothing", async () => {
    const dir = path.join(tmp, "rstep-bad");
    const wrong = { ...entry("a,b", "x.csv"), sha256: sha("other") };
    const cases: [FetchableEntry, string, RegExp][] = [
      [wrong, "checksum", /sha256 mismatch .*expected [0-9a-f]{64}, got [0-9a-f]{64}/],
      [entry("z", "y.csv", 'stop("cannot open URL")'), "convert", /exited with status 1: Error: cannot open URL/],
      [entry("z", "y.csv", 'invisible(1)'), "convert", /wrote no file 'y\.csv'/],
    ];
    for (const [e, kind, msg] of cases) {
      const s = await fetchData({ dir, manifest: { [kind === "checksum" ? "x.csv" : "y.csv"]: e }, rscript: fake, ...quiet });
      const o = s.files[0];
      expect(o.status).toBe("failed");
      if (o.status !== "failed") continue;
      expect(o.error).toBeInstanceOf(FetchError);
      expect(o.error.kind).toBe(kind);
      expect(o.error.message).toMatch(msg);
      expect(listAll(dir)).toEqual([]);
    }
  });

  it("without Rscript the step is printed as a manual step that says R would run it", async () => {
    const s = await fetchData({ dir: path.join(tmp, "rstep-none"), manifest: { "a.csv": entry("a", "a.csv") }, rscript: false, ...quiet });
    const o = s.files[0];
    expect(o.status).toBe("manual");
    expect(o.status === "manual" && o.instruction).toContain("apt-get install -y r-base-core");
  });
});

describe("command line and setup", () => {
  const bin = path.join(REPO_ROOT, "bin", "sanctions-lab.js");

  /** the CLI in a child process, asynchronously (the server runs in this process) */
  const cli = (...args: string[]) =>
    new Promise<{ status: number; stderr: string }>((resolve) => {
      execFile(process.execPath, [bin, ...args], { encoding: "utf8" }, (e, _out, stderr) => resolve({ status: e ? Number(e.code ?? 1) : 0, stderr }));
    });

  it("sanctions-lab data fetch --dir --base-url exits 0 with a summary; data check verifies", async () => {
    const dir = path.join(tmp, "cli");
    const r = await cli("data", "fetch", "--dir", dir, "--base-url", `${base}/files`, "--only", "TIESv4-1.csv,wdi/ny.gdp.mktp.cd.csv");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain("2 downloaded");
    const c = await cli("data", "check", "--dir", dir, "--only", "TIESv4-1.csv");
    expect(c.status, c.stderr).toBe(0);
    const e = await cli("data", "fetch", "--dir", path.join(tmp, "cli-error"), "--base-url", `${base}/error`, "--only", "TIESv4-1.csv");
    expect(e.status).toBe(1);
    expect(e.stderr).toContain("FAILED (http)");
    expect((await cli("data", "fetch", "--bogus")).status).toBe(2);
  });

  it("data --help prints the usage with exit 0; an option where a value belongs and unknown --only names are typed errors", async () => {
    for (const args of [["data", "--help"], ["data", "-h"], ["data", "check", "--help"]]) {
      const r = await new Promise<{ status: number; stdout: string }>((resolve) => {
        execFile(process.execPath, [bin, ...args], { encoding: "utf8" }, (e, out) => resolve({ status: e ? Number(e.code ?? 1) : 0, stdout: out }));
      });
      expect(r.status, args.join(" ")).toBe(0);
      expect(r.stdout).toContain("usage: sanctions-lab data fetch");
    }
    const v = await cli("data", "check", "--dir", "--only", "TIESv4-1.csv");
    expect(v.status).toBe(1);
    expect(v.stderr).toContain("--dir needs a value");
    const u = await cli("data", "check", "--only", "no-such-file.csv");
    expect(u.status).toBe(1);
    expect(u.stderr).toContain("'no-such-file.csv' not in data/manifest.json");
    expect(u.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("with no data directory, the check run before npm test / reproduce / lab stops at once with the exact command", () => {
    const empty = path.join(tmp, "no-data-here");
    const t0 = Date.now();
    const r = spawnSync(process.execPath, [path.join(REPO_ROOT, "scripts", "check-data.js")], { encoding: "utf8", env: { ...process.env, SANCTIONS_LAB_DATA: empty } });
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`npx sanctions-lab data fetch --dir "${empty}"`);
    expect(r.stderr).toContain(`${names.length} of ${names.length} files`);
    const ok = spawnSync(process.execPath, [path.join(REPO_ROOT, "scripts", "check-data.js")], { encoding: "utf8" });
    expect(ok.status, ok.stderr).toBe(0);
    const setup = fs.readFileSync(path.join(REPO_ROOT, "scripts", "setup.js"), "utf8");
    expect(setup).toContain('require("./check-data.js").missingMessage()');
  });
});
