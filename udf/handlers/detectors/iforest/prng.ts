// Small seeded PRNG (sfc32, seeded through splitmix32) so that a forest is a
// pure function of (data, options, seed): snapshots and tests rely on it.

export interface Rng {
  /** Uniform in [0, 1), 32 bits of randomness. */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
}

/** One splitmix32 step: a good 32-bit mixer for turning seeds into state words. */
function splitmix32(x: number): number {
  x = (x + 0x9e3779b9) | 0;
  let z = x;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** Mix several integers (each taken modulo 2^53, split into two 32-bit words) into one 32-bit seed. */
export function mixSeed(...parts: number[]): number {
  let h = 0x243f6a88;
  for (const p of parts) {
    const lo = p >>> 0;
    const hi = Math.floor(p / 4294967296) >>> 0;
    h = splitmix32(h ^ lo);
    h = splitmix32(h ^ hi);
  }
  return h;
}

/** FNV-1a over a string's UTF-16 code units: a small, stable hash (unsigned 32-bit). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * sfc32's state for a seed, in an Int32Array: closure variables holding int32 values beyond the
 * small-integer range would be boxed on every update (measured 5x slower). Hot loops (training)
 * call nextUniform(state) directly, which the JIT inlines; other code uses createRng.
 */
export function createRngState(seed: number): Int32Array {
  const st = new Int32Array(4);
  let s = mixSeed(seed);
  for (let i = 0; i < 4; i++) st[i] = s = splitmix32(s);
  // Discard a few outputs: sfc32's first values are weakly mixed.
  for (let i = 0; i < 12; i++) nextUniform(st);
  return st;
}

/** The next sfc32 output of `st`, as a uniform double in [0, 1) with 32 bits of randomness. */
export function nextUniform(st: Int32Array): number {
  const a = st[0]!;
  const b = st[1]!;
  const c = st[2]!;
  const d = st[3]!;
  const t = (((a + b) | 0) + d) | 0;
  st[3] = (d + 1) | 0;
  st[0] = b ^ (b >>> 9);
  st[1] = (c + (c << 3)) | 0;
  st[2] = (((c << 21) | (c >>> 11)) + t) | 0;
  return (t >>> 0) / 4294967296;
}

export function createRng(seed: number): Rng {
  const st = createRngState(seed);
  const next = (): number => nextUniform(st);
  return { next, int: (n: number): number => Math.floor(next() * n) };
}
