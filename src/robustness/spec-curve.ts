/**
 * Specification curves (Simonsohn, Simmons and Nelson 2020, "Specification curve analysis", Nature
 * Human Behaviour 4, 1208-1214): run a statistic under every combination of named analytic choices
 * (lags, ordering, sample, series variants, transforms, band method, ...), keep every result with
 * its choices, and draw the sorted estimates with their intervals above the matrix of choices.
 *
 * Determinism: specification i gets the seed `specSeed(seed, i)` whichever thread runs it, and the
 * rows come back in enumeration order, so results are identical for any number of workers. With
 * `workers > 1` the statistic is given as a module (`{ module, export }`): each worker bundles that
 * module with esbuild (as the bootstrap workers do) and calls the export; functions cannot cross
 * thread boundaries. A specification whose statistic throws is kept with its error message, never
 * dropped silently.
 */
import * as path from "node:path";
import { InvalidParameterError, SanctionsLabError } from "../core/errors";
import { progress, ProgressOption } from "../core/progress";
import { Rng } from "../core/rng";
import { scopedWorkerCode } from "../core/worker-code";

export type ChoiceValue = string | number;
export interface Dimension {
  name: string;
  values: readonly ChoiceValue[];
}
export type Choice = Record<string, ChoiceValue>;

/** What a statistic returns for one specification: an estimate, optionally an interval and extras. */
export interface SpecValue {
  estimate: number;
  lower?: number;
  upper?: number;
  /** other named numbers (e.g. both shares behind a ratio) */
  extra?: Record<string, number>;
}

export type Statistic = (choice: Choice, seed: number) => SpecValue | Promise<SpecValue>;
/** A statistic that worker threads can load: an exported function of a module file. */
export interface StatisticModule {
  module: string;
  export: string;
}

export interface SpecRow {
  index: number;
  choice: Choice;
  seed: number;
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  extra: Record<string, number>;
  /** the typed error's message when the statistic could not be computed under this specification */
  error: string | null;
}

export interface SpecCurve {
  dimensions: Dimension[];
  rows: SpecRow[];
  /** indices of the rows with an estimate, sorted by estimate (ties by index) */
  order: number[];
  failed: number;
}

export interface SpecCurveOptions {
  dimensions: Dimension[];
  statistic: Statistic | StatisticModule;
  seed: number;
  workers?: number;
  /** keep only the combinations for which this returns true (e.g. impossible pairs) */
  filter?: (c: Choice) => boolean;
  progress?: ProgressOption;
  /** refuse more specifications than this (default 100,000) */
  maxSpecs?: number;
}

/** Every combination of the dimensions' values, the last dimension varying fastest. */
export function enumerateChoices(dims: Dimension[]): Choice[] {
  if (!Array.isArray(dims) || !dims.length) throw new InvalidParameterError("dimensions", "needs at least one dimension");
  const seen = new Set<string>();
  for (const d of dims) {
    if (!d || typeof d.name !== "string" || !d.name) throw new InvalidParameterError("dimensions", "every dimension needs a name");
    if (seen.has(d.name)) throw new InvalidParameterError("dimensions", `dimension '${d.name}' appears twice`);
    seen.add(d.name);
    if (!Array.isArray(d.values) || !d.values.length) throw new InvalidParameterError(`dimensions.${d.name}`, "needs at least one value");
    if (new Set(d.values).size !== d.values.length) throw new InvalidParameterError(`dimensions.${d.name}`, "has repeated values");
    for (const v of d.values) if (!(typeof v === "string" || (typeof v === "number" && Number.isFinite(v)))) throw new InvalidParameterError(`dimensions.${d.name}`, `values must be strings or finite numbers, got ${String(v)}`);
  }
  let out: Choice[] = [{}];
  for (const d of dims) out = out.flatMap((c) => d.values.map((v) => ({ ...c, [d.name]: v })));
  return out;
}

/** The seed of specification i: an independent stream of the curve's seed. */
export function specSeed(seed: number, i: number): number {
  return Rng.stream(seed, i).int(2147483647);
}

function finiteOrNull(x: number | undefined, what: string, i: number): number | null {
  if (x === undefined) return null;
  if (typeof x !== "number" || !Number.isFinite(x)) throw new SanctionsLabError("NUMERIC", `specification ${i}: the statistic returned a non-finite ${what} (${x})`);
  return x;
}

export function toRow(index: number, choice: Choice, seed: number, v: SpecValue | null, error: string | null): SpecRow {
  if (error !== null || !v) return { index, choice, seed, estimate: null, lower: null, upper: null, extra: {}, error: error ?? "no result" };
  const extra: Record<string, number> = {};
  for (const [k, x] of Object.entries(v.extra ?? {})) extra[k] = finiteOrNull(x, `extra '${k}'`, index)!;
  return { index, choice, seed, estimate: finiteOrNull(v.estimate, "estimate", index), lower: finiteOrNull(v.lower, "lower bound", index), upper: finiteOrNull(v.upper, "upper bound", index), extra, error: null };
}

/** The project's typed errors, also from a bundled copy of src/ (a module statistic has its own classes). */
function isTypedError(e: unknown): e is Error {
  if (e instanceof SanctionsLabError) return true;
  const x = e as { code?: unknown; details?: unknown; message?: unknown } | null;
  return !!x && typeof x.code === "string" && typeof x.details === "object" && x.details !== null && typeof x.message === "string";
}

/** Run the statistic under every specification. */
export async function specificationCurve(opts: SpecCurveOptions): Promise<SpecCurve> {
  const workers = opts.workers ?? 1;
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new InvalidParameterError("workers", `must be an integer in [1, 64], got ${workers}`);
  if (!Number.isInteger(opts.seed)) throw new InvalidParameterError("seed", `must be an integer, got ${opts.seed}`);
  const choices = enumerateChoices(opts.dimensions).filter((c) => (opts.filter ? opts.filter(c) : true));
  const maxSpecs = opts.maxSpecs ?? 100_000;
  if (choices.length > maxSpecs) throw new InvalidParameterError("dimensions", `give ${choices.length} specifications, more than maxSpecs = ${maxSpecs}`);
  if (!choices.length) throw new InvalidParameterError("filter", "leaves no specification");
  const bar = progress(`specification curve (${choices.length} specifications)`, choices.length, opts.progress ?? true);
  const rows: SpecRow[] = new Array(choices.length);
  if (workers === 1) {
    const stat = typeof opts.statistic === "function" ? opts.statistic : loadStatistic(opts.statistic);
    for (let i = 0; i < choices.length; i++) {
      const seed = specSeed(opts.seed, i);
      let v: SpecValue | null = null, err: string | null = null;
      try {
        v = await stat(choices[i], seed);
      } catch (e) {
        if (!isTypedError(e)) throw e;
        err = e.message;
      }
      rows[i] = toRow(i, choices[i], seed, v, err);
      bar.tick();
    }
  } else {
    if (typeof opts.statistic === "function") throw new InvalidParameterError("statistic", "worker threads need the statistic as { module, export } (a function cannot be sent to another thread)");
    await runInWorkers(opts.statistic, choices, opts.seed, workers, rows, () => bar.tick());
  }
  bar.done();
  const order = rows.filter((r) => r.estimate !== null).sort((a, b) => a.estimate! - b.estimate! || a.index - b.index).map((r) => r.index);
  return { dimensions: opts.dimensions, rows, order, failed: rows.filter((r) => r.error !== null).length };
}

/** The module's export in this thread: the module bundled by esbuild as for the workers, so a
 * TypeScript module loads the same way in a notebook kernel, a test runner or plain node. */
function loadStatistic(s: StatisticModule): Statistic {
  const file = path.resolve(s.module);
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const esbuild = require("esbuild") as { buildSync(o: Record<string, unknown>): { outputFiles: { text: string }[] } };
  const code = esbuild.buildSync({ entryPoints: [file], bundle: true, platform: "node", format: "cjs", target: "node18", write: false, logLevel: "silent" }).outputFiles[0].text;
  const mod = { exports: {} as Record<string, unknown> };
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { createRequire } = require("node:module") as typeof import("node:module");
  new Function("module", "exports", "require", "__filename", "__dirname", code)(mod, mod.exports, createRequire(file), file, path.dirname(file));
  const m = mod.exports;
  const f = m[s.export];
  if (typeof f !== "function") throw new InvalidParameterError("statistic", `${s.module} has no exported function '${s.export}'`);
  return f as Statistic;
}

const bundles = new Map<string, string>();

/** A worker's code: a small loop around the statistic's module, bundled once per module by esbuild. */
function workerSource(s: StatisticModule): string {
  const file = path.resolve(s.module);
  const key = `${file}#${s.export}`;
  if (!bundles.has(key)) {
    const contents = `
const { parentPort } = require("node:worker_threads");
const m = require(${JSON.stringify(file)});
const f = m[${JSON.stringify(s.export)}];
parentPort.on("message", async (job) => {
  try {
    if (typeof f !== "function") throw new Error("no exported function " + ${JSON.stringify(s.export)});
    const v = await f(job.choice, job.seed);
    parentPort.postMessage({ index: job.index, value: v });
  } catch (e) {
    parentPort.postMessage({ index: job.index, error: String(e && e.message || e), typed: !!(e && e.code && e.details) });
  }
});`;
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const esbuild = require("esbuild") as { buildSync(o: Record<string, unknown>): { outputFiles: { text: string }[] } };
    const out = esbuild.buildSync({ stdin: { contents, resolveDir: path.dirname(file), loader: "js" }, bundle: true, platform: "node", format: "cjs", target: "node18", write: false, logLevel: "silent" });
    bundles.set(key, scopedWorkerCode(out.outputFiles[0].text));
  }
  return bundles.get(key)!;
}

async function runInWorkers(s: StatisticModule, choices: Choice[], seed: number, workers: number, rows: SpecRow[], tick: () => void): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { Worker } = require("node:worker_threads") as typeof import("node:worker_threads");
  const code = workerSource(s);
  let next = 0;
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const w = new Worker(code, { eval: true });
      const send = () => {
        if (next >= choices.length) {
          void w.terminate().then(() => resolve());
          return;
        }
        const i = next++;
        w.postMessage({ index: i, choice: choices[i], seed: specSeed(seed, i) });
      };
      w.on("message", (msg: { index: number; value?: SpecValue; error?: string; typed?: boolean }) => {
        if (msg.error !== undefined && !msg.typed) {
          void w.terminate();
          reject(new SanctionsLabError("NUMERIC", `specification ${msg.index} (${JSON.stringify(choices[msg.index])}): ${msg.error}`));
          return;
        }
        try {
          rows[msg.index] = toRow(msg.index, choices[msg.index], specSeed(seed, msg.index), msg.value ?? null, msg.error ?? null);
        } catch (e) {
          void w.terminate();
          reject(e);
          return;
        }
        tick();
        send();
      });
      w.on("error", reject);
      send();
    });
  await Promise.all(Array.from({ length: Math.min(workers, choices.length) }, one));
}

/** Share of the computed specifications for which `holds` is true, with counts. */
export function shareHolding(curve: SpecCurve, holds: (r: SpecRow) => boolean): { share: number; holding: number; computed: number } {
  const computed = curve.rows.filter((r) => r.estimate !== null);
  const holding = computed.filter(holds).length;
  if (!computed.length) throw new SanctionsLabError("NUMERIC", "no specification could be computed");
  return { share: holding / computed.length, holding, computed: computed.length };
}

/**
 * The standard figure: estimates sorted, with their intervals, above the matrix of choices (one row
 * per value of each dimension, a mark where the specification uses it). Returns a plotly figure.
 */
export function specCurveFigure(curve: SpecCurve, opts: { title?: string; estimateLabel?: string; reference?: number; highlight?: (r: SpecRow) => boolean } = {}) {
  const ranked = curve.order.map((i) => curve.rows[i]);
  const x = ranked.map((_, k) => k + 1);
  const hl = ranked.map((r) => (opts.highlight ? opts.highlight(r) : false));
  const hasCi = ranked.some((r) => r.lower !== null && r.upper !== null);
  const data: Record<string, unknown>[] = [
    {
      type: "scatter", mode: "markers", name: opts.estimateLabel ?? "estimate", x, y: ranked.map((r) => r.estimate), xaxis: "x", yaxis: "y2",
      marker: { size: 5, color: hl.map((h) => (h ? "#c62828" : "#1f4e79")) },
      ...(hasCi ? { error_y: { type: "data", symmetric: false, array: ranked.map((r) => (r.upper ?? r.estimate!) - r.estimate!), arrayminus: ranked.map((r) => r.estimate! - (r.lower ?? r.estimate!)), thickness: 0.6, width: 0, color: "#9fb6cd" } } : {}),
      hovertext: ranked.map((r) => Object.entries(r.choice).map(([k, v]) => `${k}=${v}`).join(", ")),
    },
  ];
  const labels: string[] = [];
  for (const d of curve.dimensions) for (const v of d.values) labels.push(`${d.name}: ${v}`);
  const mx: number[] = [], my: string[] = [];
  ranked.forEach((r, k) => {
    for (const d of curve.dimensions) {
      mx.push(k + 1);
      my.push(`${d.name}: ${r.choice[d.name]}`);
    }
  });
  data.push({ type: "scatter", mode: "markers", name: "choices", x: mx, y: my, xaxis: "x", yaxis: "y", marker: { symbol: "line-ns-open", size: 8, color: "#444" }, showlegend: false });
  const shapes = opts.reference === undefined ? [] : [{ type: "line", xref: "paper", x0: 0, x1: 1, yref: "y2", y0: opts.reference, y1: opts.reference, line: { dash: "dot", color: "#888" } }];
  return {
    data,
    layout: {
      title: opts.title ?? "Specification curve",
      grid: { rows: 2, columns: 1 },
      xaxis: { title: `specification (sorted by ${opts.estimateLabel ?? "estimate"})`, anchor: "y" },
      // every choice row labelled: a crowded category axis would otherwise drop every other tick label
      yaxis: { domain: [0, 0.4], categoryorder: "array", categoryarray: [...labels].reverse(), tickmode: "array", tickvals: labels, ticktext: labels, automargin: true, tickfont: { size: 9 } },
      yaxis2: { domain: [0.47, 1], title: opts.estimateLabel ?? "estimate", anchor: "x" },
      shapes,
      showlegend: false,
      height: 620,
    },
  };
}
