// A fixed-capacity sliding window that keeps its values both in arrival order
// (a ring) and sorted, so order statistics are cheap: median and quantiles
// are O(1) reads, MAD is O(log n) (k-th smallest of two sorted runs), and a
// push costs an O(log n) binary search plus one memmove of at most n doubles.

export class SortedWindow {
  readonly capacity: number;
  // One allocation holds both arrays (ring first, then sorted): a group's window costs one buffer, not two.
  private readonly ring: Float64Array;
  private readonly sorted: Float64Array;
  private head = 0; // index of the oldest value in the ring
  private count = 0;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`window capacity must be a positive integer, got ${capacity}`);
    this.capacity = capacity;
    const buffer = new ArrayBuffer(16 * capacity);
    this.ring = new Float64Array(buffer, 0, capacity);
    this.sorted = new Float64Array(buffer, 8 * capacity, capacity);
  }

  get size(): number {
    return this.count;
  }

  get full(): boolean {
    return this.count === this.capacity;
  }

  /** Adds a finite value, evicting the oldest when full. Returns the evicted value or undefined. */
  push(x: number): number | undefined {
    let evicted: number | undefined;
    if (this.count === this.capacity) {
      evicted = this.ring[this.head]!;
      this.removeSorted(evicted);
      this.ring[this.head] = x;
      this.head = (this.head + 1) % this.capacity;
    } else {
      this.ring[(this.head + this.count) % this.capacity] = x;
      this.count++;
    }
    this.insertSorted(x);
    return evicted;
  }

  /** The i-th oldest value (0 = oldest). */
  at(i: number): number {
    return this.ring[(this.head + i) % this.capacity]!;
  }

  /** The i-th smallest value. */
  rank(i: number): number {
    return this.sorted[i]!;
  }

  /** Values in arrival order (oldest first), for snapshots. */
  values(): number[] {
    const out = new Array<number>(this.count);
    for (let i = 0; i < this.count; i++) out[i] = this.at(i);
    return out;
  }

  median(): number {
    const n = this.count;
    if (n === 0) return NaN;
    const h = n >> 1;
    return n & 1 ? this.sorted[h]! : (this.sorted[h - 1]! + this.sorted[h]!) / 2;
  }

  /** Quantile with linear interpolation between order statistics (numpy/pandas 'linear'). */
  quantile(q: number): number {
    const n = this.count;
    if (n === 0) return NaN;
    const pos = Math.min(Math.max(q, 0), 1) * (n - 1);
    const lo = Math.floor(pos);
    const frac = pos - lo;
    const a = this.sorted[lo]!;
    return frac === 0 ? a : a + (this.sorted[lo + 1]! - a) * frac;
  }

  /**
   * Median absolute deviation from `center` (raw, without the 1.4826 factor).
   * The deviations below and above the center form two ascending runs of the
   * sorted array, so their median is a k-th smallest of two sorted sequences.
   */
  mad(center: number = this.median()): number {
    const n = this.count;
    if (n === 0) return NaN;
    const p = lowerBound(this.sorted, n, center); // sorted[0..p) < center <= sorted[p..n)
    const h = n >> 1;
    return n & 1 ? this.kthDeviation(center, p, h) : (this.kthDeviation(center, p, h - 1) + this.kthDeviation(center, p, h)) / 2;
  }

  /**
   * k-th smallest (0-based) |x − center|. Deviations below the center,
   * center − sorted[p−1−i], ascend in i, as do those above, sorted[p+j] −
   * center: binary search on how many of the k+1 smallest come from below.
   */
  private kthDeviation(center: number, p: number, k: number): number {
    const s = this.sorted;
    const na = p;
    const nb = this.count - p;
    let lo = Math.max(0, k + 1 - nb);
    let hi = Math.min(k + 1, na);
    while (lo <= hi) {
      const i = (lo + hi) >>> 1;
      const j = k + 1 - i;
      const aPrev = i > 0 ? center - s[p - i]! : -Infinity;
      const aNext = i < na ? center - s[p - 1 - i]! : Infinity;
      const bPrev = j > 0 ? s[p + j - 1]! - center : -Infinity;
      const bNext = j < nb ? s[p + j]! - center : Infinity;
      if (aPrev > bNext) hi = i - 1;
      else if (bPrev > aNext) lo = i + 1;
      else return Math.max(aPrev, bPrev);
    }
    throw new Error('SortedWindow: order invariant broken');
  }

  clear(): void {
    this.head = 0;
    this.count = 0;
  }

  private insertSorted(x: number): void {
    const n = this.count - 1; // values already in `sorted`
    const i = upperBound(this.sorted, n, x);
    this.sorted.copyWithin(i + 1, i, n);
    this.sorted[i] = x;
  }

  private removeSorted(x: number): void {
    const n = this.count;
    const i = lowerBound(this.sorted, n, x);
    this.sorted.copyWithin(i, i + 1, n);
  }
}

/** First index in a[0..n) with a[i] >= x. */
function lowerBound(a: Float64Array, n: number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index in a[0..n) with a[i] > x. */
function upperBound(a: Float64Array, n: number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
