/**
 * Distribution functions used for p-values, from @stdlib (well-kept, accurate in the tails).
 */
// eslint-disable-next-line @typescript-eslint/no-var-requires
const tcdf: (x: number, v: number) => number = require("@stdlib/stats-base-dists-t-cdf");
// eslint-disable-next-line @typescript-eslint/no-var-requires
const ncdf: (x: number, mu: number, sigma: number) => number = require("@stdlib/stats-base-dists-normal-cdf");
// eslint-disable-next-line @typescript-eslint/no-var-requires
const chi2cdf: (x: number, k: number) => number = require("@stdlib/stats-base-dists-chisquare-cdf");
// eslint-disable-next-line @typescript-eslint/no-var-requires
const fcdf: (x: number, d1: number, d2: number) => number = require("@stdlib/stats-base-dists-f-cdf");
// eslint-disable-next-line @typescript-eslint/no-var-requires
const tquant: (p: number, v: number) => number = require("@stdlib/stats-base-dists-t-quantile");
// eslint-disable-next-line @typescript-eslint/no-var-requires
const nquant: (p: number, mu: number, sigma: number) => number = require("@stdlib/stats-base-dists-normal-quantile");

/** Two-sided p-value of a t statistic with v degrees of freedom. */
export function tCdf2(t: number, v: number): number {
  return 2 * tcdf(-Math.abs(t), v);
}
/** Two-sided p-value of a standard-normal statistic. */
export function normalCdf2(z: number): number {
  return 2 * ncdf(-Math.abs(z), 0, 1);
}
export function normalCdf(z: number): number {
  return ncdf(z, 0, 1);
}
export function normalQuantile(p: number): number {
  return nquant(p, 0, 1);
}
export function tQuantile(p: number, v: number): number {
  return tquant(p, v);
}
// eslint-disable-next-line @typescript-eslint/no-var-requires
const gammainc: (x: number, s: number, regularized: boolean, upper: boolean) => number = require("@stdlib/math-base-special-gammainc");
// eslint-disable-next-line @typescript-eslint/no-var-requires
const betainc: (x: number, a: number, b: number, regularized: boolean, upper: boolean) => number = require("@stdlib/math-base-special-betainc");

/** Upper tail P(X > x) of chi-square(k), computed directly (no 1 - cdf cancellation in the tail). */
export function chi2Sf(x: number, k: number): number {
  if (x <= 0) return 1;
  return gammainc(x / 2, k / 2, true, true);
}
/** Upper tail P(X > x) of F(d1, d2) = I_{d2/(d2 + d1 x)}(d2/2, d1/2). */
export function fSf(x: number, d1: number, d2: number): number {
  if (x <= 0) return 1;
  return betainc(d2 / (d2 + d1 * x), d2 / 2, d1 / 2, true, false);
}
/** Lower tail P(X <= x) of chi-square(k). */
export function chi2Cdf(x: number, k: number): number {
  return chi2cdf(x, k);
}
/** Lower tail P(X <= x) of F(d1, d2). */
export function fCdf(x: number, d1: number, d2: number): number {
  return fcdf(x, d1, d2);
}
