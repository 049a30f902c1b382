// Kapacitor's UDF framing: each message is a uvarint byte length followed by
// that many bytes of protobuf. The decoder keeps one growing buffer and an
// offset, and yields every whole frame present after each chunk.
//
// The maximum frame size guards against garbage (a corrupt length prefix
// would otherwise make the process wait for, or allocate, gigabytes). One
// kind of frame may legitimately be larger: a RestoreRequest carries a
// snapshot the UDF itself wrote, and the UDF's state can be far larger than
// any message Kapacitor sends. Frames whose first body byte says they are of
// that kind (LargeFrames.firstByte) may therefore be as long as
// LargeFrames.limit; they are collected in owned pieces (no contiguous
// buffer, no doubling, nothing copied twice) and handed over whole. One that
// is longer still is read past without being kept and reported, so the
// conversation can refuse it with a reason and go on.
import { FrameError } from '../errors.ts';

export const DEFAULT_MAX_FRAME_SIZE = 16 * 1024 * 1024;

/** Called with a view of one frame's body; the view is only valid during the call. */
export type FrameCallback = (body: Uint8Array) => void;

/** A frame above the maximum frame size: its body in owned pieces, or null when it was over the limit and skipped. */
export interface LargeFrame {
  length: number;
  pieces: Uint8Array[] | null;
}

export type LargeFrameCallback = (frame: LargeFrame) => void;

/** The frames that may exceed the maximum frame size: those whose body starts with `firstByte`, up to `limit` bytes. */
export interface LargeFrames {
  firstByte: number;
  limit: number;
}

const EMPTY = new Uint8Array(0);
// Longest valid uvarint for a 64-bit value.
const MAX_VARINT_BYTES = 10;
/** Size of the pieces a large frame is collected in. */
export const LARGE_FRAME_PIECE = 4 * 1024 * 1024;

interface LargeInProgress {
  length: number;
  remaining: number;
  /** null: the frame is skipped. */
  pieces: Uint8Array[] | null;
  piece: Uint8Array;
  filled: number;
}

export class FrameDecoder {
  private buffer: Uint8Array = EMPTY;
  private offset = 0; // start of unparsed bytes
  private end = 0; // end of valid bytes
  private owned = false; // whether `buffer` is ours to overwrite (not a caller's chunk)
  private large: LargeInProgress | null = null;
  readonly maxFrameSize: number;
  private readonly largeFrames: LargeFrames | null;

  constructor(maxFrameSize: number = DEFAULT_MAX_FRAME_SIZE, largeFrames: LargeFrames | null = null) {
    this.maxFrameSize = maxFrameSize;
    this.largeFrames = largeFrames && largeFrames.limit > maxFrameSize ? largeFrames : null;
  }

  /** Bytes received but not yet part of a whole frame. */
  get pending(): number {
    return this.end - this.offset + (this.large ? this.large.length - this.large.remaining : 0);
  }

  /**
   * Appends a chunk and calls onFrame for every complete frame (onLarge for one above the maximum
   * frame size that LargeFrames allows). Throws FrameError on a bad or oversized length.
   */
  push(chunk: Uint8Array, onFrame: FrameCallback, onLarge?: LargeFrameCallback): void {
    let from = 0;
    if (this.large) {
      from = this.feedLarge(chunk, 0, chunk.length, onLarge);
      if (from === chunk.length) return;
    }
    this.append(from === 0 ? chunk : chunk.subarray(from));
    while (this.offset < this.end) {
      const header = readUvarint(this.buffer, this.offset, this.end);
      if (header === null) break; // length prefix not complete yet
      const [length, headerSize] = header;
      const start = this.offset + headerSize;
      if (length > this.maxFrameSize) {
        const large = this.largeFrames;
        if (large === null) throw tooLarge(length, this.maxFrameSize);
        if (start >= this.end) break; // its first byte says what it is: wait for it
        if (this.buffer[start] !== large.firstByte) throw tooLarge(length, this.maxFrameSize);
        const keep = length <= large.limit;
        this.large = { length, remaining: length, pieces: keep ? [] : null, piece: keep ? new Uint8Array(Math.min(LARGE_FRAME_PIECE, length)) : EMPTY, filled: 0 };
        this.offset = this.feedLarge(this.buffer, start, this.end, onLarge);
        if (this.large) break; // the rest of the frame comes with later chunks
        continue;
      }
      if (this.end - start < length) break; // body not complete yet
      this.offset = start + length;
      onFrame(this.buffer.subarray(start, start + length));
    }
    if (this.offset === this.end) {
      this.offset = 0;
      this.end = 0;
      this.buffer = this.owned ? this.buffer : EMPTY;
    } else if (!this.owned) {
      // Keep the partial frame in our own memory: the caller may reuse its chunk.
      this.buffer = this.buffer.slice(this.offset, this.end);
      this.end -= this.offset;
      this.offset = 0;
      this.owned = true;
    }
  }

  /** At end of input: throws when bytes of an incomplete frame remain. */
  finish(): void {
    if (this.large) throw new FrameError(`input ended inside a frame (${this.large.length - this.large.remaining} of its ${this.large.length} bytes arrived)`);
    if (this.pending > 0) throw new FrameError(`input ended inside a frame (${this.pending} bytes of a truncated frame)`);
  }

  /** Takes bytes src[from, to) into the large frame in progress; returns where its bytes end in src. */
  private feedLarge(src: Uint8Array, from: number, to: number, onLarge: LargeFrameCallback | undefined): number {
    const f = this.large!;
    const take = Math.min(f.remaining, to - from);
    if (f.pieces !== null) {
      let at = from;
      while (at < from + take) {
        const n = Math.min(f.piece.length - f.filled, from + take - at);
        f.piece.set(src.subarray(at, at + n), f.filled);
        f.filled += n;
        at += n;
        if (f.filled === f.piece.length) {
          f.pieces.push(f.piece);
          const left = f.remaining - (at - from);
          f.piece = left > 0 ? new Uint8Array(Math.min(LARGE_FRAME_PIECE, left)) : EMPTY;
          f.filled = 0;
        }
      }
    }
    f.remaining -= take;
    if (f.remaining === 0) {
      this.large = null;
      onLarge?.({ length: f.length, pieces: f.pieces });
    }
    return from + take;
  }

  private append(chunk: Uint8Array): void {
    const pending = this.end - this.offset;
    if (pending === 0) {
      // Nothing buffered: parse the chunk in place; a leftover is copied on the next append.
      this.buffer = chunk;
      this.offset = 0;
      this.end = chunk.length;
      this.owned = false;
      return;
    }
    const needed = pending + chunk.length;
    if (this.owned && this.buffer.length - this.end >= chunk.length) {
      this.buffer.set(chunk, this.end);
      this.end += chunk.length;
      return;
    }
    if (this.owned && this.buffer.length >= needed) {
      this.buffer.copyWithin(0, this.offset, this.end); // compact in place
    } else {
      let size = Math.max(this.buffer.length * 2, 64 * 1024);
      while (size < needed) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(this.buffer.subarray(this.offset, this.end), 0);
      this.buffer = grown;
      this.owned = true;
    }
    this.offset = 0;
    this.end = pending;
    this.buffer.set(chunk, this.end);
    this.end += chunk.length;
  }
}

function tooLarge(length: number, max: number): FrameError {
  return new FrameError(`frame of ${length} bytes exceeds the maximum frame size of ${max} bytes`);
}

/** Reads a uvarint at `pos`; null when more bytes are needed. Returns [value, bytes used]. */
export function readUvarint(buf: Uint8Array, pos: number, end: number): [number, number] | null {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < MAX_VARINT_BYTES; i++) {
    if (pos + i >= end) return null;
    const byte = buf[pos + i]!;
    value += (byte & 0x7f) * scale; // multiplication, not shifts: lengths may exceed 2^31
    if ((byte & 0x80) === 0) return [value, i + 1];
    scale *= 128;
  }
  throw new FrameError('malformed length prefix (uvarint longer than 10 bytes)');
}

/** Bytes a uvarint of a non-negative integer (up to 2^53) takes. */
export function uvarintSize(n: number): number {
  let size = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    size++;
  }
  return size;
}

/** Writes the uvarint of n at out[pos]; returns the position after it. */
export function writeUvarint(out: Uint8Array, pos: number, n: number): number {
  while (n >= 0x80) {
    out[pos++] = (n % 128) | 0x80;
    n = Math.floor(n / 128);
  }
  out[pos++] = n;
  return pos;
}

/** Encodes one frame: uvarint length + body. */
export function encodeFrame(body: Uint8Array): Uint8Array {
  const out = new Uint8Array(uvarintSize(body.length) + body.length);
  out.set(body, writeUvarint(out, 0, body.length));
  return out;
}
