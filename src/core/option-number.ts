/**
 * Numbers given on the command line: decimal notation only, the rule CSV cells follow too.
 * `Number()` alone would read '' and ' ' as 0, '0x10' as 16 and '0b1' as 1, so a typo would run
 * silently with another value.
 */
export const DECIMAL_OPTION = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The option's value as a number, or NaN when it is missing or not written in decimal notation. */
export function decimalOption(v: string | undefined): number {
  return v !== undefined && DECIMAL_OPTION.test(v) ? Number(v) : Number.NaN;
}

/**
 * An option given without its value: nothing follows it, or the next option does (`--json --dropna`
 * must not write a file named '--dropna'). One rule for every command.
 */
export function missingOptionValue(v: string | undefined): v is undefined {
  return v === undefined || v.startsWith("--");
}
