/**
 * Rich output for notebooks on the tslab kernel, with a plain-text fallback outside a kernel
 * (scripts, tests), so the same code runs everywhere.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../data/datadir";

type Display = { html(s: string): void; markdown(s: string): void; svg(s: string): void; png(b: Uint8Array): void; text(s: string): void };

function tslabDisplay(): Display | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const jupyter = require("tslab/dist/jupyter");
    if (jupyter.lastWriteDisplayData == null) return null;
    return require("tslab").display as Display;
  } catch {
    return null;
  }
}

/** True inside a tslab kernel cell. */
export function inKernel(): boolean {
  return tslabDisplay() !== null;
}

export function showHtml(html: string, textFallback?: string): void {
  const d = tslabDisplay();
  if (d) d.html(html);
  else if (textFallback !== undefined) console.log(textFallback);
}

export function showMarkdown(md: string): void {
  const d = tslabDisplay();
  if (d) d.markdown(md);
  else console.log(md);
}

/**
 * Build folder for generated artefacts: $SANCTIONS_LAB_BUILD or <repo>/build. Figures (plotly
 * JSON specs) and tables go there first; `npm run reproduce` exports/copies them into reports/.
 */
export function buildDir(...parts: string[]): string {
  const base = process.env.SANCTIONS_LAB_BUILD || path.join(REPO_ROOT, "build");
  const p = path.join(base, ...parts);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  return p;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * tslab prints the value of a cell's last expression with console.log; give returned result
 * objects a one-line summary instead of a dump (the object itself is unchanged).
 */
export function quietInspect<T extends object>(obj: T, summary: string): T {
  Object.defineProperty(obj, Symbol.for("nodejs.util.inspect.custom"), { value: () => summary, enumerable: false, configurable: true });
  return obj;
}
