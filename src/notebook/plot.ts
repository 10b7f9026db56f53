/**
 * Interactive plotly figures inline in notebooks, and the same figure exported as SVG and PNG.
 * `plot(fig, {name})` displays the figure (the plotly.js bundle is inlined once per kernel) and
 * saves its JSON spec to build/figures/<name>.json; `npm run reproduce` renders every saved spec
 * to reports/figures/<name>.svg and .png in headless Chromium (src/notebook/export.ts).
 */
import * as fs from "node:fs";
import { buildDir, inKernel, quietInspect, showHtml } from "./display";

export interface PlotlyFigure {
  data: Record<string, unknown>[];
  layout?: Record<string, unknown>;
  config?: Record<string, unknown>;
}

export interface PlotOptions {
  /** File stem for the exported SVG/PNG; omit for an inline-only figure. */
  name?: string;
  width?: number;
  height?: number;
}

let bundleInjected = false;
let counter = 0;

export function plotlyBundlePath(): string {
  return require.resolve("plotly.js-dist-min");
}

/**
 * plotly.js 3+ dropped string titles (`title: "x"`); accept them and rewrite every `title` string
 * (figure, axes, colour bars, legends) as `{text}` so figures written the short way still show titles.
 */
export function normaliseTitles<T>(x: T): T {
  if (Array.isArray(x)) return x.map(normaliseTitles) as unknown as T;
  if (x && typeof x === "object" && !ArrayBuffer.isView(x)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x as Record<string, unknown>)) {
      out[k] = k === "title" && typeof v === "string" ? { text: v } : normaliseTitles(v);
    }
    return out as T;
  }
  return x;
}

/**
 * House style: white background, readable fonts, no plotly logo. The default margins leave room for
 * what plotly draws outside the plot area: at 60 px the bottom margin clipped the descenders of x-axis
 * titles (and the whole title under two-line tick labels) and the top one crowded the figure title
 * against subplot titles; 80 px fits an axis title below its tick labels and a two-line (`<br>`) title.
 * A layout's `margin` is merged into these defaults side by side, not substituted for them whole.
 */
export function styled(fig: PlotlyFigure, opts: PlotOptions = {}): PlotlyFigure {
  fig = normaliseTitles(fig);
  return {
    data: fig.data,
    layout: {
      template: undefined,
      font: { family: "Helvetica, Arial, sans-serif", size: 13 },
      paper_bgcolor: "white",
      plot_bgcolor: "white",
      width: opts.width ?? 760,
      height: opts.height ?? 460,
      ...fig.layout,
      // a figure that sets some sides of the margin keeps the house values for the others
      margin: { l: 70, r: 30, t: 80, b: 80, ...(fig.layout?.margin as Record<string, unknown> | undefined) },
    },
    config: { displaylogo: false, responsive: true, ...fig.config },
  };
}

/** Display a figure inline (in a kernel) and save its spec for static export when named. */
export function plot(fig: PlotlyFigure, opts: PlotOptions = {}): PlotlyFigure {
  const f = styled(fig, opts);
  if (opts.name) {
    if (!/^[a-z0-9][a-z0-9._-]*$/.test(opts.name)) throw new Error(`plot: figure name '${opts.name}' must be lower-case letters, digits, '.', '_' or '-'`);
    fs.writeFileSync(buildDir("figures", `${opts.name}.json`), JSON.stringify(f));
  }
  if (inKernel()) {
    const id = `sl-plot-${Date.now().toString(36)}-${counter++}`;
    let html = "";
    if (!bundleInjected) {
      const js = fs.readFileSync(plotlyBundlePath(), "utf8");
      html += `<script type="text/javascript">${js}</script>`;
      bundleInjected = true;
    }
    const spec = JSON.stringify(f).replace(/<\//g, "<\\/");
    html += `<div id="${id}" class="sanctions-lab-plot" style="width:${f.layout!.width}px;height:${f.layout!.height}px"></div>`;
    html += `<script type="text/javascript">(function(){var s=${spec};function go(){if(window.Plotly){window.Plotly.newPlot("${id}",s.data,s.layout,s.config);}else{setTimeout(go,50);}}go();})();</script>`;
    showHtml(html);
  }
  return quietInspect(f, `[figure${opts.name ? ` ${opts.name}` : ""}: ${f.data.length} traces]`);
}

/** Colours used consistently across notebooks. */
export const PALETTE = ["#1f4e79", "#c0504d", "#4f8a3c", "#8064a2", "#f79646", "#2c9bb3", "#7f7f7f", "#b8860b"];
