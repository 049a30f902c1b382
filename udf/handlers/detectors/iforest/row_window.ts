// Sliding window of the last `capacity` feature vectors, kept in a ring. Its
// contents are always read oldest-first, so training (and thus the model)
// does not depend on where the ring happens to start: a restored window
// trains exactly the same forest.
import { Buffer } from 'node:buffer';

export interface RowWindowState {
  rows: number;
  /** base64 of the Float64Array of rows × width values, oldest row first. */
  data: string;
}

export class RowWindow {
  readonly capacity: number;
  readonly width: number;
  private readonly buf: Float64Array;
  private start = 0;
  private count = 0;

  constructor(capacity: number, width: number) {
    this.capacity = capacity;
    this.width = width;
    this.buf = new Float64Array(capacity * width);
  }

  get size(): number {
    return this.count;
  }

  get full(): boolean {
    return this.count === this.capacity;
  }

  push(row: ArrayLike<number>): void {
    const slot = (this.start + this.count) % this.capacity;
    for (let j = 0; j < this.width; j++) this.buf[slot * this.width + j] = row[j]!;
    if (this.count < this.capacity) this.count++;
    else this.start = (this.start + 1) % this.capacity;
  }

  /** The rows, oldest first, as one contiguous row-major array. */
  chronological(): Float64Array {
    const out = new Float64Array(this.count * this.width);
    const first = Math.min(this.count, this.capacity - this.start);
    out.set(this.buf.subarray(this.start * this.width, (this.start + first) * this.width), 0);
    if (first < this.count) out.set(this.buf.subarray(0, (this.count - first) * this.width), first * this.width);
    return out;
  }

  state(): RowWindowState {
    const rows = this.chronological();
    return { rows: this.count, data: Buffer.from(rows.buffer, rows.byteOffset, rows.byteLength).toString('base64') };
  }

  /** Refill from a state; keeps the newest rows when the state holds more than the capacity. */
  static restore(state: RowWindowState, capacity: number, width: number): RowWindow {
    const bytes = Buffer.from(state.data, 'base64');
    if (!Number.isInteger(state.rows) || bytes.length !== state.rows * width * 8) {
      throw new Error(`iforest: window state holds ${bytes.length} bytes, not ${state.rows} rows of ${width}`);
    }
    const copy = new Uint8Array(bytes.length);
    copy.set(bytes);
    const rows = new Float64Array(copy.buffer);
    const w = new RowWindow(capacity, width);
    for (let r = Math.max(0, state.rows - capacity); r < state.rows; r++) w.push(rows.subarray(r * width, (r + 1) * width));
    return w;
  }
}
