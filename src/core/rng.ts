/**
 * Seeded pseudo-random numbers: xoshiro128** (Blackman & Vigna 2018), seeded by splitmix32.
 * Written by hand (about 40 lines) because bootstraps need bit-identical streams for a seed on
 * every platform, cheap independent sub-streams per replicate (`Rng.stream(seed, r)`, so bands do
 * not depend on how replicates are split across workers) and allocation-free draws in hot loops.
 */
import { InvalidParameterError } from "./errors";
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spareNormal = 0;
  private hasSpare = false;
  readonly seed: number;
  readonly streamId: number;

  constructor(seed: number, stream = 0) {
    if (typeof seed !== "number" || !Number.isFinite(seed)) throw new InvalidParameterError("seed", `must be a finite number, got ${String(seed)}`, seed);
    if (typeof stream !== "number" || !Number.isInteger(stream) || stream < 0) throw new InvalidParameterError("stream", `must be a non-negative integer, got ${String(stream)}`, stream);
    this.seed = seed;
    this.streamId = stream;
    // splitmix32 over (seed, stream) fills the 128-bit state; never all zero.
    let x = (Math.floor(seed) ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
    const next = (): number => {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    // mix the high part of large seeds as well
    x = (x ^ Math.floor(Math.abs(seed) / 4294967296)) >>> 0;
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  /** Independent stream number `stream` of a seed (one per bootstrap replicate). */
  static stream(seed: number, stream: number): Rng {
    return new Rng(seed, stream);
  }

  /** Next 32 random bits. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /** Uniform double in [0, 1) with 53 random bits. */
  uniform(): number {
    const hi = this.nextUint32() >>> 5; // 27 bits
    const lo = this.nextUint32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** Uniform integer in [0, n), unbiased (rejection sampling), n <= 2^32. */
  int(n: number): number {
    if (!(n >= 1) || n > 4294967296 || !Number.isInteger(n)) {
      throw new Error(`Rng.int: n must be an integer in [1, 2^32], got ${n}`);
    }
    const limit = 4294967296 - (4294967296 % n);
    let x = this.nextUint32();
    while (x >= limit) x = this.nextUint32();
    return x % n;
  }

  /** Standard normal draw (Marsaglia polar method; the second draw is cached). */
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spareNormal;
    }
    let u = 0, v = 0, s = 0;
    do {
      u = 2 * this.uniform() - 1;
      v = 2 * this.uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const m = Math.sqrt((-2 * Math.log(s)) / s);
    this.spareNormal = v * m;
    this.hasSpare = true;
    return u * m;
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
