// Distance of a value from a band's centre in units of the centre-to-bound
// span on its side, so d = 1 exactly on a bound. The flag is made to agree
// exactly with the plain comparisons (x > upper || x < lower): a subtraction
// may round a value one ulp outside the band down to d = 1.

export const JUST_ABOVE_ONE = 1 + Number.EPSILON;

export function bandDistance(x: number, center: number, lower: number, upper: number): number {
  let d: number;
  if (x >= center) {
    const span = upper - center;
    d = span > 0 ? (x - center) / span : x > center ? Infinity : 0;
  } else {
    const span = center - lower;
    d = span > 0 ? (center - x) / span : Infinity;
  }
  const outside = x > upper || x < lower;
  if (outside && !(d > 1)) return JUST_ABOVE_ONE;
  if (!outside && d > 1) return 1;
  return d;
}
