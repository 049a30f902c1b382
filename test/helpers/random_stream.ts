// Deterministic random streams for detector tests and benchmarks: the same seed gives the same series on every
// machine (a 32-bit linear congruential generator; statistical quality is not the point, repeatability is).

/** Uniform values in [0, 1). */
export function uniform(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A standard normal value from two uniform ones (Box–Muller). */
export function gaussian(r: () => number): number {
  return Math.sqrt(-2 * Math.log(r() + 1e-300)) * Math.cos(2 * Math.PI * r());
}

/** A Poisson count of the given mean, by inverting its distribution function. */
export function poisson(r: () => number, rate: number): number {
  let k = 0;
  let p = Math.exp(-rate);
  let cdf = p;
  const u = r();
  while (u > cdf) {
    k++;
    p *= rate / k;
    cdf += p;
  }
  return k;
}
