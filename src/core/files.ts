/**
 * Input and output files of the commands, checked so that every failure is a typed error that
 * names the file and says what to do (no raw ENOENT/EISDIR/EACCES stack trace), the output path is
 * checked before any computation runs, and no JSON output ever holds NaN, Infinity or a null in
 * place of a number (JSON.stringify writes both as null without a word).
 *
 * Written here because this is the project's error contract around node:fs, not a general task.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { DataError, InvalidParameterError, NumericalError } from "./errors";

/** Map an fs error to a typed DataError naming the file and the fix. */
export function fsError(e: unknown, file: string, what: string): DataError {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return new DataError("DATA_MISSING_FILE", `${what} not found: ${file}`, { file });
  if (code === "EISDIR") return new DataError("DATA_MISSING_FILE", `${what} ${file} is a directory, not a file; give the path of the file.`, { file });
  if (code === "EACCES" || code === "EPERM") return new DataError("DATA_MISSING_FILE", `${what} ${file} cannot be read: permission denied (${code}); check its permissions.`, { file, errno: code });
  if (code === "ENOTDIR") return new DataError("DATA_MISSING_FILE", `${what} not found: ${file} (a part of the path is not a directory)`, { file });
  return new DataError("DATA_MISSING_FILE", `${what} ${file} cannot be read (${code ?? (e as Error)?.message ?? String(e)}).`, { file, errno: code });
}

/** Check that `file` names a readable regular file; typed errors otherwise. */
export function requireReadableFile(file: unknown, what = "input file"): string {
  if (typeof file !== "string" || file.length === 0) throw new InvalidParameterError("file", `${what} must be a path, got ${file === null ? "null" : typeof file === "string" ? "an empty string" : typeof file}`, file);
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    throw fsError(e, file, what);
  }
  if (st.isDirectory()) throw fsError(Object.assign(new Error("EISDIR"), { code: "EISDIR" }), file, what);
  try {
    fs.accessSync(file, fs.constants.R_OK);
  } catch (e) {
    throw fsError(e, file, what);
  }
  return file;
}

/** Read a text file (UTF-8), with the checks of requireReadableFile. */
export function readTextInput(file: unknown, what = "input file"): string {
  const f = requireReadableFile(file, what);
  try {
    return fs.readFileSync(f, "utf8");
  } catch (e) {
    throw fsError(e, f, what);
  }
}

/** Read a binary file, with the checks of requireReadableFile. */
export function readBinaryInput(file: unknown, what = "input file"): Buffer {
  const f = requireReadableFile(file, what);
  try {
    return fs.readFileSync(f);
  } catch (e) {
    throw fsError(e, f, what);
  }
}

const same = (a: string, b: string): boolean => {
  const real = (p: string) => { try { return fs.realpathSync(p); } catch { return path.resolve(p); } };
  return real(a) === real(b);
};

/**
 * Check, before computing, that `out` can be written: not a directory, its folder exists and is
 * writable, an existing file is writable, and it is none of the input files (which it would
 * overwrite). `option` names the command-line option in the messages (e.g. "--json").
 */
export function checkOutputPath(out: unknown, inputs: (string | undefined)[] = [], option = "--json"): string {
  if (typeof out !== "string" || out.length === 0) throw new InvalidParameterError(option, "needs a file path", out);
  if (inputs === null || !Array.isArray(inputs)) throw new InvalidParameterError("inputs", `must be an array of input paths, got ${inputs === null ? "null" : typeof inputs}`, inputs);
  const dir = path.dirname(path.resolve(out));
  let st: fs.Stats | null = null;
  try {
    st = fs.statSync(out);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== "ENOENT") throw new InvalidParameterError(option, `cannot write ${out} (${code}); choose another path`, out);
  }
  if (st?.isDirectory()) throw new InvalidParameterError(option, `${out} is a directory; give a file path such as ${path.join(out, "out.json")}`, out);
  let dst: fs.Stats;
  try {
    dst = fs.statSync(dir);
  } catch {
    throw new InvalidParameterError(option, `the folder ${dir} of ${out} does not exist; create it first`, out);
  }
  if (!dst.isDirectory()) throw new InvalidParameterError(option, `${dir} (the folder of ${out}) is not a directory`, out);
  try {
    fs.accessSync(st ? out : dir, fs.constants.W_OK);
  } catch {
    throw new InvalidParameterError(option, `cannot write ${out}: ${st ? "the file" : `the folder ${dir}`} is not writable (permission denied)`, out);
  }
  for (const input of inputs) if (typeof input === "string" && input && st && same(out, input)) throw new InvalidParameterError(option, `${out} is also an input file; writing it would overwrite the input. Choose another path.`, out);
  return out;
}

/**
 * Throw a NumericalError naming the first number in `value` that is not finite (NaN, Infinity), as a
 * path such as `index[3]` or `contributions.sanctions[2]`, or a null in an array of numbers (which is
 * how a NaN from an earlier JSON round trip looks). `what` names the output.
 */
export function requireFiniteJson(value: unknown, what: string): void {
  const walk = (v: unknown, at: string, inNumberArray: boolean): void => {
    if (typeof v === "number") {
      if (!Number.isFinite(v)) throw new NumericalError("NUMERIC", `${what}: the quantity '${at || "value"}' is ${String(v)}; refusing to write it (JSON would show null). Check the inputs that produce it.`, { quantity: at, value: v });
      return;
    }
    if (v === null) {
      if (inNumberArray) throw new NumericalError("NUMERIC", `${what}: the quantity '${at}' is null among numbers; refusing to write it.`, { quantity: at });
      return;
    }
    if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      const a = v as unknown as ArrayLike<number>;
      for (let i = 0; i < a.length; i++) walk(a[i], `${at}[${i}]`, true);
      return;
    }
    if (Array.isArray(v)) {
      const numeric = v.some((x) => typeof x === "number");
      v.forEach((x, i) => walk(x, `${at}[${i}]`, numeric));
      return;
    }
    if (typeof v === "object" && v) for (const [k, x] of Object.entries(v)) walk(x, at ? `${at}.${k}` : k, false);
  };
  walk(value, "", false);
}

/** requireFiniteJson, then write JSON to `out` (already checked with checkOutputPath); write errors are typed. */
export function writeJsonChecked(out: string, value: unknown, what: string, space?: number): void {
  requireFiniteJson(value, what);
  const text = JSON.stringify(value, (_k, v) => (ArrayBuffer.isView(v) && !(v instanceof DataView) ? Array.from(v as unknown as ArrayLike<number>) : v), space) + "\n";
  try {
    fs.writeFileSync(out, text);
  } catch (e) {
    throw new InvalidParameterError("--json", `cannot write ${out} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, out);
  }
}
