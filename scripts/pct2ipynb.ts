/**
 * Build a notebook from a "percent" script: cells start with `// %%` (code) or `// %% [markdown]`
 * (markdown; each line's leading `// ` is removed). Writes an outputs-free .ipynb for the tslab
 * kernel. Usage: npx tsx scripts/pct2ipynb.ts notebooks/sources/01-x.ts notebooks/01-x.ipynb
 */
import * as fs from "node:fs";
import * as path from "node:path";

/**
 * tslab resolves a notebook's local imports by appending ".js" to the path, so an import of a
 * folder ("./src/notebook") fails inside the kernel; rewrite such imports to the folder's index.
 */
export function fixFolderImports(code: string, notebookDir: string): string {
  return code.replace(/(from\s+["'])(\.\/src\/[^"']+)(["'])/g, (m, a: string, spec: string, b: string) => {
    const target = path.join(notebookDir, spec);
    return fs.existsSync(target) && fs.statSync(target).isDirectory() ? `${a}${spec}/index${b}` : m;
  });
}

export function percentToNotebook(text: string): object {
  const cells: { cell_type: string; metadata: object; source: string[]; outputs?: unknown[]; execution_count?: null }[] = [];
  let kind: "code" | "markdown" | null = null;
  let buf: string[] = [];
  const flush = () => {
    if (kind === null) return;
    while (buf.length && buf[buf.length - 1].trim() === "") buf.pop();
    while (buf.length && buf[0].trim() === "") buf.shift();
    if (buf.length) {
      const src = buf.map((l, i) => (i < buf.length - 1 ? l + "\n" : l));
      cells.push(kind === "code" ? { cell_type: "code", metadata: {}, source: src, outputs: [], execution_count: null } : { cell_type: "markdown", metadata: {}, source: src });
    }
    buf = [];
  };
  for (const line of text.split("\n")) {
    const m = line.match(/^\/\/ %%(.*)$/);
    if (m) {
      flush();
      kind = m[1].includes("[markdown]") ? "markdown" : "code";
      continue;
    }
    if (kind === null) continue;
    buf.push(kind === "markdown" ? line.replace(/^\/\/ ?/, "") : line);
  }
  flush();
  return {
    cells,
    metadata: {
      kernelspec: { display_name: "TypeScript (tslab)", language: "typescript", name: "tslab" },
      language_info: { codemirror_mode: { mode: "typescript", name: "javascript", typescript: true }, file_extension: ".ts", mimetype: "text/typescript", name: "typescript", version: "5.0.4" },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
}

if (require.main === module) {
  const [src, out] = process.argv.slice(2);
  if (!src || !out) {
    console.error("usage: npx tsx scripts/pct2ipynb.ts <source.ts> <out.ipynb>");
    process.exit(2);
  }
  const nb = percentToNotebook(fixFolderImports(fs.readFileSync(src, "utf8"), path.dirname(path.resolve(out)))) as { cells: { id?: string }[] };
  nb.cells.forEach((c, i) => (c.id = `cell-${i}`));
  fs.writeFileSync(out, JSON.stringify(nb, null, 1) + "\n");
  console.log(`wrote ${out} (${nb.cells.length} cells)`);
}
