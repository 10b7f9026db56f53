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
/** Upper tail P(X > x) of chi-square(k). */
export function chi2Sf(x: number, k: number): number {
  return 1 - chi2cdf(x, k);
}
/** Upper tail P(X > x) of F(d1, d2). */
export function fSf(x: number, d1: number, d2: number): number {
  return 1 - fcdf(x, d1, d2);
}
