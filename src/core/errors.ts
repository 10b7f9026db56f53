/**
 * Typed errors for sanctions-lab. Every error names the problem and says what to do;
 * engines throw these instead of returning NaN.
 */
export type ErrorCode =
  | "INVALID_ARGUMENT"
  | "DATA_MISSING_FILE"
  | "DATA_CHECKSUM"
  | "DATA_FETCH"
  | "DATA_PARSE"
  | "DATA_MISSING_VALUE"
  | "TOO_FEW_OBSERVATIONS"
  | "SINGULAR_MATRIX"
  | "NOT_POSITIVE_DEFINITE"
  | "ILL_CONDITIONED"
  | "UNSTABLE"
  | "NO_CONVERGENCE"
  | "SYNTAX"
  | "NOT_SUPPORTED"
  | "NUMERIC"
  | "NOTEBOOK"
  | "ENVIRONMENT";

export class SanctionsLabError extends Error {
  readonly code: ErrorCode;
  /** Structured details for programmatic handling (parameter name, row, column, ...). */
  readonly details: Record<string, unknown>;
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.details = details;
  }
}

/** A parameter is outside its domain (negative cost, k outside [0, 1], NaN, ...). */
export class InvalidParameterError extends SanctionsLabError {
  readonly parameter: string;
  constructor(parameter: string, message: string, value?: unknown) {
    super("INVALID_ARGUMENT", `Invalid parameter '${parameter}': ${message}`, { parameter, value });
    this.parameter = parameter;
  }
}

/** A data file is missing, altered, or cannot be parsed. */
export class DataError extends SanctionsLabError {}

/** A linear system or factorisation cannot be solved reliably. */
export class NumericalError extends SanctionsLabError {}

/** An iterative method did not converge. */
export class ConvergenceError extends SanctionsLabError {}

/** Parser errors carry a 1-based line and column. */
export class SyntaxError_ extends SanctionsLabError {
  readonly line: number;
  readonly column: number;
  readonly file: string;
  constructor(message: string, file: string, line: number, column: number, code: ErrorCode = "SYNTAX") {
    super(code, `${file}:${line}:${column}: ${message}`, { file, line, column });
    this.line = line;
    this.column = column;
    this.file = file;
  }
}

/** Check that x is a finite number; throw an InvalidParameterError naming `name` otherwise. */
export function requireFinite(name: string, x: number): number {
  if (typeof x !== "number" || !Number.isFinite(x)) {
    throw new InvalidParameterError(name, `must be a finite number, got ${String(x)}`, x);
  }
  return x;
}

/** Check lo <= x <= hi. */
export function requireInRange(name: string, x: number, lo: number, hi: number): number {
  requireFinite(name, x);
  if (x < lo || x > hi) throw new InvalidParameterError(name, `must lie in [${lo}, ${hi}], got ${x}`, x);
  return x;
}

/** Check x >= 0. */
export function requireNonNegative(name: string, x: number): number {
  requireFinite(name, x);
  if (x < 0) throw new InvalidParameterError(name, `must be >= 0, got ${x}`, x);
  return x;
}

/** Check that x is an integer in [lo, hi]. */
export function requireInteger(name: string, x: number, lo = -Infinity, hi = Infinity): number {
  if (!Number.isInteger(x)) throw new InvalidParameterError(name, `must be an integer, got ${String(x)}`, x);
  if (x < lo || x > hi) throw new InvalidParameterError(name, `must lie in [${lo}, ${hi}], got ${x}`, x);
  return x;
}
