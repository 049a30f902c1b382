// Sliding-window mean and variance in O(1) per point: Welford's update for
// adding a value and its inverse for replacing the oldest one. Rounding error
// of the replace step accumulates, so the moments are recomputed exactly
// (two passes over the ring) once every `capacity` replacements: amortised
// O(1), and the error never builds up over more than one window turnover.
import type { StateReader } from '../state/state_reader.ts';
import type { StateWriter } from '../state/state_writer.ts';

/** A window's state in a version-1 (JSON) snapshot. */
export interface RollingMomentsState {
  values: number[];
  mean: number;
  m2: number;
  sinceExact: number;
}

export class RollingMoments {
  readonly capacity: number;
  private readonly ring: Float64Array;
  private head = 0;
  private count = 0;
  private mean = 0;
  private m2 = 0; // sum of squared deviations from the mean
  private sinceExact = 0;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`window capacity must be a positive integer, got ${capacity}`);
    this.capacity = capacity;
    this.ring = new Float64Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  get full(): boolean {
    return this.count === this.capacity;
  }

  /** Adds a finite value, evicting the oldest when full. Returns the evicted value or undefined. */
  push(x: number): number | undefined {
    if (this.count < this.capacity) {
      this.ring[(this.head + this.count) % this.capacity] = x;
      this.count++;
      const delta = x - this.mean;
      this.mean += delta / this.count;
      this.m2 += delta * (x - this.mean);
      return undefined;
    }
    const old = this.ring[this.head]!;
    this.ring[this.head] = x;
    this.head = (this.head + 1) % this.capacity;
    if (++this.sinceExact >= this.capacity) {
      this.recompute();
    } else {
      const prevMean = this.mean;
      this.mean += (x - old) / this.count;
      this.m2 += (x - old) * (x - this.mean + old - prevMean);
      if (this.m2 < 0) this.m2 = 0;
    }
    return old;
  }

  getMean(): number {
    return this.count > 0 ? this.mean : NaN;
  }

  /** Sample variance (ddof = 1, as pandas' rolling std). */
  variance(): number {
    return this.count > 1 ? this.m2 / (this.count - 1) : NaN;
  }

  std(): number {
    return Math.sqrt(this.variance());
  }

  /** Writes head, count, the moments and the ring's values in slot order (the ring fills from slot 0). */
  save(w: StateWriter): void {
    w.uint(this.head);
    w.uint(this.count);
    w.f64(this.mean);
    w.f64(this.m2);
    w.uint(this.sinceExact);
    w.array(this.ring.subarray(0, this.count));
  }

  /** A window from what save() wrote; throws naming `what` when it does not fit the capacity. */
  static read(capacity: number, r: StateReader, what: string): RollingMoments {
    const w = new RollingMoments(capacity);
    const head = r.uint(`the head of ${what}`, capacity - 1);
    const count = r.uint(`the size of ${what}`, capacity);
    w.mean = r.f64(what);
    w.m2 = r.f64(what);
    w.sinceExact = r.uint(what, capacity);
    r.into(w.ring.subarray(0, count), what);
    if (count < capacity && head !== 0) throw new Error(`${what} starts at slot ${head} of a window that is not full`);
    for (let i = 0; i < count; i++) if (!Number.isFinite(w.ring[i]!)) throw new Error(`${what} holds a non-finite value`);
    if (!Number.isFinite(w.mean) || !(w.m2 >= 0)) throw new Error(`${what} holds impossible moments`);
    w.head = head;
    w.count = count;
    return w;
  }

  /** A window from its version-1 JSON state (values oldest first). */
  static restore(capacity: number, s: RollingMomentsState): RollingMoments {
    if (!s || !Array.isArray(s.values) || s.values.length > capacity) {
      throw new Error(`rolling window state does not fit a window of ${capacity}`);
    }
    const w = new RollingMoments(capacity);
    for (let i = 0; i < s.values.length; i++) w.ring[i] = s.values[i]!;
    w.count = s.values.length;
    w.mean = s.mean;
    w.m2 = s.m2;
    w.sinceExact = s.sinceExact;
    return w;
  }

  private recompute(): void {
    // Arrival order, so a restored window (laid out from index 0) sums identically.
    const n = this.count;
    const at = (i: number): number => this.ring[(this.head + i) % this.capacity]!;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += at(i);
    const mean = sum / n;
    let m2 = 0;
    for (let i = 0; i < n; i++) {
      const e = at(i) - mean;
      m2 += e * e;
    }
    this.mean = mean;
    this.m2 = m2;
    this.sinceExact = 0;
  }
}
