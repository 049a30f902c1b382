// Kapacitor's UDF framing: each message is a uvarint byte length followed by
// that many bytes of protobuf. The decoder keeps one growing buffer and an
// offset, and yields every whole frame present after each chunk.
import { FrameError } from '../errors.ts';

export const DEFAULT_MAX_FRAME_SIZE = 16 * 1024 * 1024;

/** Called with a view of one frame's body; the view is only valid during the call. */
export type FrameCallback = (body: Uint8Array) => void;

const EMPTY = new Uint8Array(0);
// Longest valid uvarint for a 64-bit value.
const MAX_VARINT_BYTES = 10;

export class FrameDecoder {
  private buffer: Uint8Array = EMPTY;
  private offset = 0; // start of unparsed bytes
  private end = 0; // end of valid bytes
  private owned = false; // whether `buffer` is ours to overwrite (not a caller's chunk)
  readonly maxFrameSize: number;

  constructor(maxFrameSize: number = DEFAULT_MAX_FRAME_SIZE) {
    this.maxFrameSize = maxFrameSize;
  }

  /** Bytes received but not yet part of a whole frame. */
  get pending(): number {
    return this.end - this.offset;
  }

  /** Appends a chunk and calls onFrame for every complete frame. Throws FrameError on a bad or oversized length. */
  push(chunk: Uint8Array, onFrame: FrameCallback): void {
    this.append(chunk);
    while (this.offset < this.end) {
      const header = readUvarint(this.buffer, this.offset, this.end);
      if (header === null) break; // length prefix not complete yet
      const [length, headerSize] = header;
      if (length > this.maxFrameSize) {
        throw new FrameError(`frame of ${length} bytes exceeds the maximum frame size of ${this.maxFrameSize} bytes`);
      }
      const start = this.offset + headerSize;
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
    if (this.pending > 0) throw new FrameError(`input ended inside a frame (${this.pending} bytes of a truncated frame)`);
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

/** Encodes one frame: uvarint length + body. */
export function encodeFrame(body: Uint8Array): Uint8Array {
  const header: number[] = [];
  let n = body.length;
  while (n >= 0x80) {
    header.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  header.push(n);
  const out = new Uint8Array(header.length + body.length);
  out.set(header, 0);
  out.set(body, header.length);
  return out;
}
