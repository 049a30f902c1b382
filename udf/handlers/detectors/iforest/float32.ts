// Rounding doubles to single precision in a chosen direction. Split
// thresholds are single-precision values (as scikit-learn's trees are), so the
// scoring layout keeps them in 4 bytes instead of 8 and more of a forest stays
// in the CPU's caches; the thresholds are still compared with the point's
// double values, so a forest scores the same in every layout.

const f32 = new Float32Array(1);
const bits = new Uint32Array(f32.buffer);

/** The largest single-precision value <= x (x finite or infinite, not NaN). */
export function float32Down(x: number): number {
  const y = Math.fround(x);
  if (y <= x) return y;
  f32[0] = y;
  if (y > 0) bits[0]! -= 1;
  else if (y < 0) bits[0]! += 1;
  else return -(2 ** -149); // y is ±0 and x is negative: the negative value closest to 0
  return f32[0]!;
}

/** The smallest single-precision value >= x (x finite or infinite, not NaN). */
export function float32Up(x: number): number {
  const y = Math.fround(x);
  if (y >= x) return y;
  f32[0] = y;
  if (y > 0) bits[0]! += 1;
  else if (y < 0) bits[0]! -= 1;
  else return 2 ** -149;
  return f32[0]!;
}
