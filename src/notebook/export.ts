/**
 * Static export of plotly figures (SVG and PNG) in headless Chromium: one browser, one page,
 * the plotly bundle loaded once, then Plotly.toImage for each saved spec (guide/toolchain.md).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { SanctionsLabError } from "../core/errors";
import { plotlyBundlePath } from "./plot";

export const CHROMIUM = process.env.SANCTIONS_LAB_CHROMIUM || "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launch headless Chromium through playwright-core with a fresh profile. */
export async function launchChromium() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new SanctionsLabError("ENVIRONMENT", `Chromium not found at ${CHROMIUM}. Install it with: apt-get install -y --no-install-recommends chromium (or set SANCTIONS_LAB_CHROMIUM).`);
  }
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sanctions-lab-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * plotly names clip paths and defs with a random 6-hex-digit uid per figure (e.g. "clip1d9d89xy");
 * replace it by a fixed one so re-exported SVGs are byte-identical and their diffs stay readable.
 */
export function deterministicSvg(svg: string): string {
  const m = svg.match(/id="defs-([0-9a-f]{6})"/);
  return m ? svg.split(m[1]).join("000000") : svg;
}

export interface ExportResult {
  name: string;
  svg: string;
  png: string;
}

/** Render every `<name>.json` plotly spec in `specDir` to `<outDir>/<name>.svg` and `.png`. */
export async function exportFigures(specDir: string, outDir: string): Promise<ExportResult[]> {
  if (!fs.existsSync(specDir)) return [];
  const specs = fs.readdirSync(specDir).filter((f) => f.endsWith(".json")).sort();
  if (!specs.length) return [];
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await launchChromium();
  const out: ExportResult[] = [];
  try {
    const page = await browser.context.newPage();
    await page.setContent(`<html><body><div id="fig"></div></body></html>`);
    await page.addScriptTag({ path: plotlyBundlePath() });
    for (const f of specs) {
      const name = f.replace(/\.json$/, "");
      const spec = JSON.parse(fs.readFileSync(path.join(specDir, f), "utf8"));
      const images = await page.evaluate(async (s: any) => {
        const g = globalThis as any;
        const P = g.Plotly;
        const el = g.document.getElementById("fig");
        // plotly gives each trace a random uid that ends up in the SVG's class names: fix them by position
        const data = (s.data || []).map((t: any, i: number) => ({ ...t, uid: t.uid ?? `t${i}` }));
        await P.newPlot(el, data, s.layout, { ...s.config, staticPlot: true });
        const w = s.layout.width || 760, h = s.layout.height || 460;
        const svg = await P.toImage(el, { format: "svg", width: w, height: h });
        const png = await P.toImage(el, { format: "png", width: w, height: h, scale: 2 });
        P.purge(el);
        return { svg, png };
      }, spec);
      const svgPath = path.join(outDir, `${name}.svg`);
      const pngPath = path.join(outDir, `${name}.png`);
      fs.writeFileSync(svgPath, deterministicSvg(decodeURIComponent(images.svg.replace(/^data:image\/svg\+xml,/, ""))));
      fs.writeFileSync(pngPath, Buffer.from(images.png.replace(/^data:image\/png;base64,/, ""), "base64"));
      out.push({ name, svg: svgPath, png: pngPath });
    }
  } finally {
    await browser.close();
  }
  return out;
}
