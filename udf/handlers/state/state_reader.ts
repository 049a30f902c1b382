// Reads what a StateWriter wrote, from the pieces a snapshot arrived in (the
// bytes of one value may straddle two pieces). Every read is bounded: past the
// end of the snapshot, or of the record being read (within()), it throws a
// SnapshotError that says which value it was reading. Pieces already read are
// let go of, so a large restore does not hold the whole snapshot and the state
// rebuilt from it at once.
import { SnapshotError } from '../../errors.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const EMPTY = new Uint8Array(0);

export class StateReader {
  private readonly pieces: Uint8Array[];
  private index = 0;
  private piece: Uint8Array;
  private view: DataView;
  /** Offset in the current piece. */
  private off = 0;
  /** Absolute position and the end of what may be read. */
  private pos = 0;
  private end: number;
  private readonly scratch = new Uint8Array(8);
  private readonly scratchView = new DataView(this.scratch.buffer);

  /** Reads the bytes of `pieces` from `start`; the reader may empty entries of the array it is given. */
  constructor(pieces: Uint8Array[], start = 0) {
    this.pieces = pieces;
    let total = 0;
    for (const p of pieces) total += p.length;
    this.end = total;
    this.index = -1;
    this.piece = EMPTY;
    this.view = new DataView(EMPTY.buffer);
    if (pieces.length > 0) this.next();
    this.skip(start, 'the snapshot header');
  }

  get position(): number {
    return this.pos;
  }

  get remaining(): number {
    return this.end - this.pos;
  }

  u8(what: string): number {
    this.need(1, what);
    if (this.off === this.piece.length) this.next();
    this.pos++;
    return this.piece[this.off++]!;
  }

  bool(what: string): boolean {
    const v = this.u8(what);
    if (v > 1) throw new SnapshotError(`${what} is ${v}, not a yes or no`);
    return v === 1;
  }

  u32(what: string): number {
    return this.fixed(4, what).getUint32(this.fixedAt, true);
  }

  f64(what: string): number {
    return this.fixed(8, what).getFloat64(this.fixedAt, true);
  }

  /** An unsigned varint up to 2^53; `max` bounds it (a count that must fit what the options allow). */
  uint(what: string, max = Number.MAX_SAFE_INTEGER): number {
    let v = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      const b = this.u8(what);
      v += (b & 0x7f) * scale;
      if (b < 0x80) {
        if (v > max) throw new SnapshotError(`${what} is ${v}, more than the ${max} the options allow`);
        return v;
      }
      scale *= 128;
    }
    throw new SnapshotError(`${what} is not a valid number`);
  }

  str(what: string, maxBytes = 1 << 20): string {
    const n = this.uint(`the length of ${what}`, maxBytes);
    const bytes = new Uint8Array(n);
    this.copy(bytes, what);
    try {
      return utf8.decode(bytes);
    } catch {
      throw new SnapshotError(`${what} is not valid UTF-8 text`);
    }
  }

  /** Fills a typed array with the next bytes (aligned to 8, as written). */
  into(a: ArrayBufferView, what: string): void {
    this.align(what);
    this.copy(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), what);
  }

  f64s(n: number, what: string): Float64Array {
    const a = new Float64Array(n);
    this.into(a, what);
    return a;
  }

  f32s(n: number, what: string): Float32Array {
    const a = new Float32Array(n);
    this.into(a, what);
    return a;
  }

  /** Runs `read` on the next `length` bytes, which it must read exactly (one group's detector state). */
  within<T>(length: number, what: string, read: () => T): T {
    this.need(length, what);
    const outer = this.end;
    const end = this.pos + length;
    this.end = end;
    try {
      const value = read();
      if (this.pos !== end) throw new SnapshotError(`${what} holds ${end - this.pos} bytes more than it reads`);
      return value;
    } finally {
      this.end = outer;
    }
  }

  /** Throws unless everything was read. */
  finish(what: string): void {
    if (this.pos !== this.end) throw new SnapshotError(`${what} holds ${this.end - this.pos} bytes after its end`);
  }

  private fixedAt = 0;

  /** A view holding the next n bytes at fixedAt (the current piece, or scratch when they straddle two). */
  private fixed(n: number, what: string): DataView {
    this.need(n, what);
    if (this.off === this.piece.length) this.next();
    if (this.off + n <= this.piece.length) {
      this.fixedAt = this.off;
      this.off += n;
      this.pos += n;
      return this.view;
    }
    this.copy(this.scratch.subarray(0, n), what);
    this.fixedAt = 0;
    return this.scratchView;
  }

  private align(what: string): void {
    const pad = -this.pos & 7;
    if (pad > 0) this.skip(pad, what);
  }

  private skip(n: number, what: string): void {
    this.need(n, what);
    while (n > 0) {
      if (this.off === this.piece.length) this.next();
      const k = Math.min(n, this.piece.length - this.off);
      this.off += k;
      this.pos += k;
      n -= k;
    }
  }

  private copy(out: Uint8Array, what: string): void {
    this.need(out.length, what);
    let at = 0;
    while (at < out.length) {
      if (this.off === this.piece.length) this.next();
      const k = Math.min(out.length - at, this.piece.length - this.off);
      out.set(this.piece.subarray(this.off, this.off + k), at);
      this.off += k;
      this.pos += k;
      at += k;
    }
  }

  private need(n: number, what: string): void {
    if (n > this.end - this.pos) throw new SnapshotError(`the snapshot ends inside ${what}`);
  }

  /** Moves to the next piece that holds bytes, letting go of those read (need() made sure there is one). */
  private next(): void {
    do {
      if (this.index >= 0) this.pieces[this.index] = EMPTY;
      this.index++;
      this.piece = this.pieces[this.index] ?? EMPTY;
    } while (this.piece.length === 0 && this.index < this.pieces.length);
    this.view = new DataView(this.piece.buffer, this.piece.byteOffset, this.piece.byteLength);
    this.off = 0;
  }
}
