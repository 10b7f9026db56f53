/**
 * The tslab kernel compiles src/ with TypeScript 5.0 and resolves local imports by appending
 * ".js": a relative import of a folder ("../econometrics/var") works under tsx and vitest but
 * fails inside a notebook. This test keeps src/ and the notebooks importable by the kernel.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../src/data/datadir";

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));
}

describe("kernel compatibility", () => {
  it("no relative import in src/ names a folder (use './folder/index')", () => {
    const bad: string[] = [];
    for (const f of walk(path.join(REPO_ROOT, "src"))) {
      const text = fs.readFileSync(f, "utf8");
      for (const m of text.matchAll(/(?:from\s+|require\()\s*["'](\.{1,2}\/[^"']*)["']/g)) {
        const target = path.resolve(path.dirname(f), m[1]);
        if (fs.existsSync(target) && fs.statSync(target).isDirectory()) bad.push(`${path.relative(REPO_ROOT, f)}: '${m[1]}'`);
      }
    }
    expect(bad, `folder imports break inside the tslab kernel:\n${bad.join("\n")}`).toEqual([]);
  });
  it("no notebook imports a folder from ./src", () => {
    const bad: string[] = [];
    const nbDir = path.join(REPO_ROOT, "notebooks");
    for (const f of fs.readdirSync(nbDir).filter((x) => x.endsWith(".ipynb"))) {
      const nb = JSON.parse(fs.readFileSync(path.join(nbDir, f), "utf8"));
      for (const c of nb.cells) {
        const src = Array.isArray(c.source) ? c.source.join("") : c.source;
        for (const m of (src as string).matchAll(/from\s+["'](\.\/src\/[^"']*)["']/g)) {
          const target = path.join(nbDir, m[1]);
          if (fs.existsSync(target) && fs.statSync(target).isDirectory()) bad.push(`${f}: '${m[1]}'`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
  it("tracked notebooks carry no outputs (diffs stay readable)", () => {
    const nbDir = path.join(REPO_ROOT, "notebooks");
    for (const f of fs.readdirSync(nbDir).filter((x) => x.endsWith(".ipynb"))) {
      const nb = JSON.parse(fs.readFileSync(path.join(nbDir, f), "utf8"));
      for (const c of nb.cells) if (c.cell_type === "code") expect(c.outputs ?? [], f).toEqual([]);
    }
  });
});
