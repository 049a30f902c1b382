// Writes detector and handler state in the snapshot's binary form: numbers
// little-endian, counts and lengths as unsigned varints, strings as UTF-8
// with their byte length, typed arrays as their bytes, each aligned to 8
// bytes from the start of the snapshot so a reader could view them in place.
// Small values go into scratch chunks; a typed array of BY_REFERENCE bytes or
// more becomes a piece of its own, by reference: the snapshot is then a list
// of pieces, the bulk of which are the live state itself, not a copy. The
// agent writes them out before the handler runs again (Handler.snapshot).

/** Typed arrays at least this large are kept by reference instead of copied. */
export const BY_REFERENCE = 1024;
const CHUNK = 256 * 1024;
const utf8 = new TextEncoder();

if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('snapshots store typed arrays as little-endian bytes: this machine is big-endian');

/** Where reserved bytes are, to be filled in later. */
export interface Reserved {
  chunk: Uint8Array;
  at: number;
}

export class StateWriter {
  private readonly pieces: Uint8Array[] = [];
  private chunk: Uint8Array;
  private view: DataView;
  private at = 0;
  /** Start of the bytes of `chunk` not yet cut into a piece. */
  private from = 0;
  /** Bytes in `pieces`. */
  private done = 0;

  constructor() {
    this.chunk = new Uint8Array(CHUNK);
    this.view = new DataView(this.chunk.buffer);
  }

  /** Bytes written so far. */
  get length(): number {
    return this.done + this.at - this.from;
  }

  u8(v: number): void {
    this.room(1);
    this.chunk[this.at++] = v;
  }

  bool(v: boolean): void {
    this.u8(v ? 1 : 0);
  }

  u32(v: number): void {
    this.room(4);
    this.view.setUint32(this.at, v, true);
    this.at += 4;
  }

  /** An unsigned integer up to 2^53 as a varint. */
  uint(v: number): void {
    if (!(Number.isInteger(v) && v >= 0 && v <= Number.MAX_SAFE_INTEGER)) throw new RangeError(`state: ${v} is not an unsigned integer`);
    this.room(8);
    while (v >= 0x80) {
      this.chunk[this.at++] = (v % 128) | 0x80;
      v = Math.floor(v / 128);
    }
    this.chunk[this.at++] = v;
  }

  f64(v: number): void {
    this.room(8);
    this.view.setFloat64(this.at, v, true);
    this.at += 8;
  }

  str(s: string): void {
    const bytes = utf8.encode(s);
    this.uint(bytes.length);
    this.room(bytes.length);
    this.chunk.set(bytes, this.at);
    this.at += bytes.length;
  }

  /** A typed array's bytes, aligned to 8; by reference when large, so it must not change until the snapshot is written. */
  array(a: ArrayBufferView): void {
    this.align();
    const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    if (bytes.length >= BY_REFERENCE) {
      this.cut();
      this.pieces.push(bytes);
      this.done += bytes.length;
      return;
    }
    this.room(bytes.length);
    this.chunk.set(bytes, this.at);
    this.at += bytes.length;
  }

  /** Reserves n bytes to be filled in later (fill()). */
  reserve(n: number): Reserved {
    this.room(n);
    const r = { chunk: this.chunk, at: this.at };
    this.at += n;
    return r;
  }

  fillU32(r: Reserved, v: number): void {
    new DataView(r.chunk.buffer, r.chunk.byteOffset).setUint32(r.at, v, true);
  }

  /** The snapshot so far as its pieces; the writer is done. */
  finish(): Uint8Array[] {
    this.cut();
    return this.pieces;
  }

  private align(): void {
    const pad = -this.length & 7;
    if (pad === 0) return;
    this.room(pad); // fresh chunks are zeroed, so the padding is zeros
    this.at += pad;
  }

  private room(n: number): void {
    if (this.at + n <= this.chunk.length) return;
    this.cut();
    this.chunk = new Uint8Array(Math.max(CHUNK, n));
    this.view = new DataView(this.chunk.buffer);
    this.at = 0;
    this.from = 0;
  }

  private cut(): void {
    if (this.at === this.from) return;
    this.pieces.push(this.chunk.subarray(this.from, this.at));
    this.done += this.at - this.from;
    this.from = this.at;
  }
}
