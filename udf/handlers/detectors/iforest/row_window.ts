// Sliding window of the last `capacity` feature vectors, kept in a ring. Its
// contents are always read oldest-first, so training (and thus the model)
// does not depend on where the ring happens to start: a restored window
// trains exactly the same forest. Rows are kept in single precision: half
// the memory and snapshot bytes of doubles, and every path (learning,
// restoring, training) sees the same rounded rows, so a forest is still a
// deterministic function of what the window holds.
import { Buffer } from 'node:buffer';
import type { StateReader } from '../../state/state_reader.ts';
import type { StateWriter } from '../../state/state_writer.ts';

/** A window's state in a version-1 (JSON) snapshot. */
export interface RowWindowState {
  rows: number;
  /** base64 of the Float64Array of rows × width values, oldest row first. */
  data: string;
}

export class RowWindow {
  readonly capacity: number;
  readonly width: number;
  private readonly buf: Float32Array;
  private start = 0;
  private count = 0;

  constructor(capacity: number, width: number) {
    this.capacity = capacity;
    this.width = width;
    this.buf = new Float32Array(capacity * width);
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
    return this.between(0, this.count);
  }

  /** Rows [from, to) counted from the oldest (0), oldest first, as one row-major array (a copy). */
  between(from: number, to: number): Float64Array {
    const out = new Float64Array((to - from) * this.width);
    let at = 0;
    for (const part of this.parts(from, to)) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }

  /** Writes rows [from, size), oldest first: by reference when they are one stretch of the ring, else joined. */
  save(w: StateWriter, from: number): void {
    w.uint(this.count - from);
    const parts = this.parts(from, this.count);
    // The writer aligns each array to 8 bytes: two stretches of singles would leave a gap the reader does not expect.
    if (parts.length === 1) w.array(parts[0]!);
    else {
      const joined = new Float32Array(parts[0]!.length + parts[1]!.length);
      joined.set(parts[0]!);
      joined.set(parts[1]!, parts[0]!.length);
      w.array(joined);
    }
  }

  /** Appends the rows save() wrote; throws naming `what` when they are not finite. */
  read(r: StateReader, what: string): void {
    const n = r.uint(`the rows of ${what}`, this.capacity);
    const rows = r.f32s(n * this.width, `the rows of ${what}`);
    for (let i = 0; i < rows.length; i++) if (!Number.isFinite(rows[i]!)) throw new Error(`${what} holds a non-finite row value`);
    for (let k = 0; k < n; k++) this.push(rows.subarray(k * this.width, (k + 1) * this.width));
  }

  /** Rows [from, to) counted from the oldest, as views of the ring: one or two stretches. */
  private parts(from: number, to: number): Float32Array[] {
    const w = this.width;
    const first = (this.start + from) % this.capacity;
    const n = to - from;
    const tail = Math.min(n, this.capacity - first);
    const out = [this.buf.subarray(first * w, (first + tail) * w)];
    if (tail < n) out.push(this.buf.subarray(0, (n - tail) * w));
    return out;
  }

  /** Refill from a version-1 JSON state; keeps the newest rows when the state holds more than the capacity. */
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
