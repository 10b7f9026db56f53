/**
 * Code for `new Worker(code, { eval: true })` from an esbuild CommonJS bundle. An eval'd worker runs
 * its code as a sloppy-mode script, so the bundle's top-level `var` declarations become properties
 * of globalThis; a module that imports `node:crypto` as `crypto` then tries to overwrite Node's
 * getter-only `globalThis.crypto` and the worker dies with "Cannot set property crypto". Wrapping
 * the bundle in a function keeps its declarations local (`require` stays reachable by closure).
 */
export function scopedWorkerCode(bundle: string): string {
  return `(function () {\n${bundle}\n})();\n`;
}
