// Deterministic randomness. Noise is counter-based (a hash of seed, printer,
// field and step) so any point can be computed on its own, in any order: live
// mode and random access give exactly the values a backfill gives.

/** 32-bit avalanche mix (xorshift-multiply), returns an unsigned 32-bit integer. */
export function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash a list of non-negative integers (each below 2^53) into 32 bits. */
export function hashInts(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    const low = part >>> 0;
    const high = Math.floor(part / 4294967296) >>> 0;
    h = mix32(h ^ low);
    h = mix32((h + high + 0x6d2b79f5) | 0);
  }
  return h;
}

/** Uniform in the open interval (0, 1). */
export function toUnit(h: number): number {
  return (h + 0.5) / 4294967296;
}

/** Standard normal deviate for a key (Box-Muller on two hashed uniforms). */
export function gaussianAt(seed: number, a: number, b: number, step: number): number {
  const h = hashInts(seed, a, b, step);
  const u1 = toUnit(h);
  const u2 = toUnit(mix32(h ^ 0x85ebca6b));
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** Sequential generator (for planning, not per-point noise). */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [lo, hi). */
  between(lo: number, hi: number): number;
  /** Integer in [lo, hi] inclusive. */
  int(lo: number, hi: number): number;
  /** +1 or -1. */
  sign(): number;
}

/** mulberry32-style sequential generator seeded from a hash of the key. */
export function createRng(...key: number[]): Rng {
  let state = hashInts(...key);
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    return mix32(state ^ (state >>> 15) ^ 0x1b873593) / 4294967296;
  };
  return {
    next,
    between: (lo, hi) => lo + (hi - lo) * next(),
    int: (lo, hi) => lo + Math.floor((hi - lo + 1) * next()),
    sign: () => (next() < 0.5 ? -1 : 1),
  };
}
