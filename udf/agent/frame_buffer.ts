// One growing output buffer and an offset, with the few protobuf wire
// primitives the hand-written point encoder needs. `take()` hands the bytes
// written so far to the transport and starts a fresh buffer, because a
// stream may hold on to what it was given until it is flushed.
import { Buffer } from 'node:buffer';
import type Long from 'long';

const INITIAL_CAPACITY = 64 * 1024;

export class FrameBuffer {
  buf: Buffer;
  pos = 0;
  private capacity: number;

  constructor(capacity = INITIAL_CAPACITY) {
    this.capacity = capacity;
    this.buf = Buffer.allocUnsafe(capacity);
  }

  /** Make room for `n` more bytes. */
  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
    this.capacity = size;
  }

  /** The bytes written since the last take; the buffer starts over. */
  take(): Buffer {
    const out = this.buf.subarray(0, this.pos);
    this.buf = Buffer.allocUnsafe(this.capacity);
    this.pos = 0;
    return out;
  }

  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    const buf = this.buf;
    let p = this.pos;
    // Field names and tags are short: a loop beats the native copy's call overhead there.
    if (b.length < 32) for (let i = 0; i < b.length; i++) buf[p++] = b[i]!;
    else {
      buf.set(b, p);
      p += b.length;
    }
    this.pos = p;
  }

  /** Unsigned varint of a value in 0 .. 2^32 − 1 (the caller has ensured 5 bytes). */
  varint32(v: number): void {
    const buf = this.buf;
    let p = this.pos;
    while (v > 127) {
      buf[p++] = (v & 127) | 128;
      v >>>= 7;
    }
    buf[p++] = v;
    this.pos = p;
  }

  /** Varint of a 64-bit integer given as two's-complement 32-bit halves (the caller has ensured 10 bytes). */
  varint64(lo: number, hi: number): void {
    const buf = this.buf;
    let p = this.pos;
    lo >>>= 0;
    hi >>>= 0;
    while (hi !== 0 || lo > 127) {
      buf[p++] = (lo & 127) | 128;
      lo = ((lo >>> 7) | (hi << 25)) >>> 0;
      hi >>>= 7;
    }
    buf[p++] = lo;
    this.pos = p;
  }

  long(v: Long | number): void {
    if (typeof v === 'number') {
      // Plain numbers are integers within 2^53 here; split them into the two halves.
      const lo = v % 4294967296 | 0;
      const hi = Math.floor(v / 4294967296) | 0;
      this.varint64(lo, hi);
    } else this.varint64(v.low, v.high);
  }

  /** A double, little-endian (the caller has ensured 8 bytes). */
  double(v: number): void {
    this.buf.writeDoubleLE(v, this.pos);
    this.pos += 8;
  }
}

/** Bytes a varint of a value in 0 .. 2^32 − 1 takes. */
export function varint32Size(v: number): number {
  return v < 128 ? 1 : v < 16384 ? 2 : v < 2097152 ? 3 : v < 268435456 ? 4 : 5;
}
