// A fixed-capacity sliding window that keeps its values in arrival order (a
// ring) and their sort order (the ring slots, smallest value first), so order
// statistics are cheap: median and quantiles are O(1) reads, MAD is O(log n)
// (k-th smallest of two sorted runs), and a push costs two O(log n) binary
// searches plus a memmove of at most n slot numbers (one byte each up to 256
// values).
//
// Memory: a window is its values (8 bytes each) plus its slot numbers (1, 2
// or 4 bytes each), with head and count in two more doubles. Windows can
// share one buffer (windowBuffers()): a detector that keeps a window per field
// then costs one allocation per group, not one per field, and its windows are
// saved and restored as that one block of bytes.
import type { StateWriter } from '../state/state_writer.ts';
import type { StateReader } from '../state/state_reader.ts';
import { slotBytes, windowBlockDataBytes } from './state_bytes.ts';

export type SlotArray = Uint8Array | Uint16Array | Uint32Array;

/** Slots seen while checking a restored window (one check at a time). */
let seenSlots = new Uint8Array(256);

/** The buffer of a block of windows: values with heads and counts, and slot numbers (two views of one ArrayBuffer). */
export interface WindowBuffers {
  data: Float64Array;
  slots: SlotArray;
}

export class SortedWindow {
  /** Changed only by bind(). */
  capacity: number;
  /** Ring values at [base, base + capacity), then head and count. */
  private data: Float64Array;
  private base: number;
  /** Ring slots in value order at [slotBase, slotBase + count). */
  private slots: SlotArray;
  private slotBase: number;

  /** A window with a buffer of its own, or window `index` of a block's buffer. */
  constructor(capacity: number, block?: WindowBuffers, index = 0) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`window capacity must be a positive integer, got ${capacity}`);
    this.capacity = capacity;
    const b = block ?? allocate(1, capacity);
    this.data = b.data;
    this.base = index * (capacity + 2);
    this.slots = b.slots;
    this.slotBase = index * capacity;
  }

  /**
   * Points this window at window `index` of a block of windows of `capacity`: one window object
   * used as a cursor over many groups' windows, instead of an object per group and field.
   */
  bind(capacity: number, block: WindowBuffers, index: number): this {
    return this.bindAt(capacity, block.data, index * (capacity + 2), block.slots, index * capacity);
  }

  /** Points this window at the window whose values start at data[base] and slot numbers at slots[slotBase]. */
  bindAt(capacity: number, data: Float64Array, base: number, slots: SlotArray, slotBase: number): this {
    this.capacity = capacity;
    this.data = data;
    this.base = base;
    this.slots = slots;
    this.slotBase = slotBase;
    return this;
  }

  get size(): number {
    return this.data[this.base + this.capacity + 1]!;
  }

  /** Ring position of the oldest value: 0 until the window is full, then the values pushed since, modulo its capacity. */
  get head(): number {
    return this.data[this.base + this.capacity]!;
  }

  get full(): boolean {
    return this.size === this.capacity;
  }

  /** Adds a finite value, evicting the oldest when full. Returns the evicted value or undefined. */
  push(x: number): number | undefined {
    const d = this.data;
    const b = this.base;
    const cap = this.capacity;
    const count = d[b + cap + 1]!;
    if (count === cap) {
      const head = d[b + cap]!;
      const evicted = d[b + head]!;
      this.removeSlot(head, evicted, count);
      d[b + head] = x;
      this.insertSlot(head, x, count - 1);
      d[b + cap] = head + 1 === cap ? 0 : head + 1;
      return evicted;
    }
    // Until the window is full its head is 0: the values fill slots 0, 1, ...
    d[b + count] = x;
    this.insertSlot(count, x, count);
    d[b + cap + 1] = count + 1;
    return undefined;
  }

  /** The i-th oldest value (0 = oldest). */
  at(i: number): number {
    const d = this.data;
    const cap = this.capacity;
    const s = d[this.base + cap]! + i;
    return d[this.base + (s >= cap ? s - cap : s)]!;
  }

  /** The i-th smallest value. */
  rank(i: number): number {
    return this.data[this.base + this.slots[this.slotBase + i]!]!;
  }

  /** Values in arrival order (oldest first). */
  values(): number[] {
    const n = this.size;
    const out = new Array<number>(n);
    for (let i = 0; i < n; i++) out[i] = this.at(i);
    return out;
  }

  median(): number {
    const n = this.size;
    if (n === 0) return NaN;
    const h = n >> 1;
    return n & 1 ? this.rank(h) : (this.rank(h - 1) + this.rank(h)) / 2;
  }

  /** The smallest nonzero difference between two of the values (0 while they are all equal). */
  smallestGap(): number {
    const d = this.data;
    const base = this.base;
    const slots = this.slots;
    const from = this.slotBase;
    const to = from + this.size;
    let gap = Infinity;
    let below = to > from ? d[base + slots[from]!]! : 0;
    for (let i = from + 1; i < to; i++) {
      const v = d[base + slots[i]!]!;
      if (v > below && v - below < gap) gap = v - below;
      below = v;
    }
    return gap === Infinity ? 0 : gap;
  }

  /** Quantile with linear interpolation between order statistics (numpy/pandas 'linear'). */
  quantile(q: number): number {
    const n = this.size;
    if (n === 0) return NaN;
    const pos = Math.min(Math.max(q, 0), 1) * (n - 1);
    const lo = Math.floor(pos);
    const frac = pos - lo;
    const a = this.rank(lo);
    return frac === 0 ? a : a + (this.rank(lo + 1) - a) * frac;
  }

  /**
   * Median absolute deviation from `center` (raw, without the 1.4826 factor).
   * The deviations below and above the center form two ascending runs of the
   * sorted values, so their median is a k-th smallest of two sorted sequences.
   */
  mad(center: number = this.median()): number {
    const n = this.size;
    if (n === 0) return NaN;
    const p = this.lowerBound(n, center); // rank(0..p) < center <= rank(p..n)
    const h = n >> 1;
    return n & 1 ? this.kthDeviation(center, p, h) : (this.kthDeviation(center, p, h - 1) + this.kthDeviation(center, p, h)) / 2;
  }

  /**
   * k-th smallest (0-based) |x − center|. Deviations below the center,
   * center − rank(p−1−i), ascend in i, as do those above, rank(p+j) −
   * center: binary search on how many of the k+1 smallest come from below.
   */
  private kthDeviation(center: number, p: number, k: number): number {
    const na = p;
    const nb = this.size - p;
    let lo = Math.max(0, k + 1 - nb);
    let hi = Math.min(k + 1, na);
    while (lo <= hi) {
      const i = (lo + hi) >>> 1;
      const j = k + 1 - i;
      const aPrev = i > 0 ? center - this.rank(p - i) : -Infinity;
      const aNext = i < na ? center - this.rank(p - 1 - i) : Infinity;
      const bPrev = j > 0 ? this.rank(p + j - 1) - center : -Infinity;
      const bNext = j < nb ? this.rank(p + j) - center : Infinity;
      if (aPrev > bNext) hi = i - 1;
      else if (bPrev > aNext) lo = i + 1;
      else return Math.max(aPrev, bPrev);
    }
    throw new Error('SortedWindow: order invariant broken');
  }

  clear(): void {
    this.data[this.base + this.capacity] = 0;
    this.data[this.base + this.capacity + 1] = 0;
  }

  /** Writes the window: head, count, its values in slot order and its sort order. */
  save(w: StateWriter): void {
    const n = this.size;
    w.uint(this.data[this.base + this.capacity]!);
    w.uint(n);
    w.array(this.data.subarray(this.base, this.base + n));
    w.array(this.slots.subarray(this.slotBase, this.slotBase + n));
  }

  /**
   * Reads what save() wrote into this (empty) window; throws naming `what` when it does not fit or is inconsistent.
   * `head`: its first number, when the caller already read it.
   */
  load(r: StateReader, what: string, head = r.uint(`the head of ${what}`, this.capacity - 1)): void {
    const cap = this.capacity;
    const n = r.uint(`the size of ${what}`, cap);
    r.into(this.data.subarray(this.base, this.base + n), what);
    r.into(this.slots.subarray(this.slotBase, this.slotBase + n), what);
    this.data[this.base + cap] = head;
    this.data[this.base + cap + 1] = n;
    this.check(what);
  }

  /** Throws unless head, count, values and sort order are consistent (a restored window). */
  check(what: string): void {
    const d = this.data;
    const b = this.base;
    const cap = this.capacity;
    const head = d[b + cap]!;
    const n = d[b + cap + 1]!;
    if (!(Number.isInteger(n) && n >= 0 && n <= cap) || !(Number.isInteger(head) && head >= 0 && (n === cap ? head < cap : head === 0))) {
      throw new Error(`${what} has an impossible size or start for a window of ${cap}`);
    }
    if (seenSlots.length < cap) seenSlots = new Uint8Array(cap);
    const seen = seenSlots;
    let prev = -Infinity;
    let ok = true;
    for (let i = 0; i < n && ok; i++) {
      const s = this.slots[this.slotBase + i]!;
      const x = d[b + s]!;
      ok = s < n && seen[s] === 0 && Number.isFinite(x) && x >= prev;
      seen[s] = 1;
      prev = x;
    }
    seen.fill(0, 0, cap);
    if (!ok) throw new Error(`${what} holds a non-finite value or a sort order that does not match its values`);
  }

  /** Inserts ring slot `slot` (holding x) into the first n entries of the sort order. */
  private insertSlot(slot: number, x: number, n: number): void {
    const i = this.upperBound(n, x);
    const o = this.slotBase;
    this.slots.copyWithin(o + i + 1, o + i, o + n);
    this.slots[o + i] = slot;
  }

  /** Removes ring slot `slot` (holding x) from the first n entries of the sort order. */
  private removeSlot(slot: number, x: number, n: number): void {
    const o = this.slotBase;
    let i = this.lowerBound(n, x);
    while (this.slots[o + i] !== slot) i++; // among equal values, the one in this slot
    this.slots.copyWithin(o + i, o + i + 1, o + n);
  }

  /** First rank i in [0, n) with rank(i) >= x. */
  private lowerBound(n: number, x: number): number {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.rank(mid) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** First rank i in [0, n) with rank(i) > x. */
  private upperBound(n: number, x: number): number {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.rank(mid) <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** One buffer for `count` windows of `capacity`: their values, heads and counts as doubles, then their slot numbers. */
export function windowBuffers(count: number, capacity: number): WindowBuffers {
  return allocate(count, capacity);
}

function allocate(count: number, capacity: number): { buffer: ArrayBuffer; data: Float64Array; slots: SlotArray } {
  const buffer = new ArrayBuffer(windowBlockDataBytes(count, capacity));
  const doubles = count * (capacity + 2);
  const data = new Float64Array(buffer, 0, doubles);
  const at = doubles * 8;
  const n = count * capacity;
  const width = slotBytes(capacity);
  const slots = width === 1 ? new Uint8Array(buffer, at, n) : width === 2 ? new Uint16Array(buffer, at, n) : new Uint32Array(buffer, at, n);
  return { buffer, data, slots };
}
