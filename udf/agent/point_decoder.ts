// Decodes a Point message by hand. Points are nearly all of a UDF's input,
// and their strings (measurement, group, tag keys and values, field names)
// repeat from point to point: they are looked up by their bytes in a small
// cache instead of being UTF-8 decoded and allocated again, which also hands
// later Map lookups (groups, encoder caches) the same string objects.
// Decodes to what the generated decoder gives (test/point_decoder.test.ts);
// absent maps are one shared frozen empty object, as with the generated code.
// Points are passed on as their own bytes, so what Kapacitor's decoder would
// refuse is refused here: a string that is not valid UTF-8 (checked when it
// enters the cache, so a repeated string costs nothing) and field number 0.
import Long from 'long';
import type { agent } from './proto/udf.js';
import { ProtocolError } from '../errors.ts';

const EMPTY: Record<string, never> = Object.freeze({}) as Record<string, never>;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ProtocolError('a point holds a string (measurement, group, tag, field name or value) that is not valid UTF-8; Kapacitor could not read it passed on');
  }
}

/**
 * Direct-mapped cache of short strings by their bytes: bounded, no eviction bookkeeping, and no
 * allocation on a miss beyond the string itself (the bytes go into a fixed arena), so a stream of
 * ever-new strings (100,000 groups' keys) costs no garbage but the strings.
 */
class StringCache {
  private static readonly SLOTS = 4096;
  private static readonly MAX_BYTES = 64;
  /** Slot i's bytes at [i * MAX_BYTES, i * MAX_BYTES + lengths[i]). */
  private readonly arena = new Uint8Array(StringCache.SLOTS * StringCache.MAX_BYTES);
  /** Byte length of each slot's string; −1: empty. */
  private readonly lengths = new Int16Array(StringCache.SLOTS).fill(-1);
  private readonly strings: string[] = new Array<string>(StringCache.SLOTS).fill('');

  get(buf: Uint8Array, start: number, end: number): string {
    const n = end - start;
    if (n === 0) return '';
    if (n > StringCache.MAX_BYTES) return decodeUtf8(buf.subarray(start, end));
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
    const slot = (h >>> 0) & (StringCache.SLOTS - 1);
    const at = slot * StringCache.MAX_BYTES;
    const arena = this.arena;
    if (this.lengths[slot] === n) {
      let same = true;
      for (let i = 0; i < n; i++) {
        if (arena[at + i] !== buf[start + i]) {
          same = false;
          break;
        }
      }
      if (same) return this.strings[slot]!;
    }
    const s = decodeUtf8(buf.subarray(start, end));
    for (let i = 0; i < n; i++) arena[at + i] = buf[start + i]!;
    this.lengths[slot] = n;
    this.strings[slot] = s;
    return s;
  }
}

export class PointDecoder {
  private readonly strings = new StringCache();
  private buf: Uint8Array = new Uint8Array(0);
  private pos = 0;
  private end = 0;

  // The last map entry read by entry().
  private key = '';
  private str = '';
  private num = 0;
  private int: Long = Long.ZERO;
  private bool = false;

  /** The Point encoded in buf[start, end); throws on malformed input. */
  decode(buf: Uint8Array, start = 0, end = buf.length): agent.IPoint {
    this.buf = buf;
    this.pos = start;
    this.end = end;
    let time = Long.ZERO;
    let name = '';
    let database = '';
    let retentionPolicy = '';
    let group = '';
    const dimensions: string[] = [];
    let tags: Record<string, string> = EMPTY;
    let fieldsDouble: Record<string, number> = EMPTY;
    let fieldsInt: Record<string, Long> = EMPTY;
    let fieldsString: Record<string, string> = EMPTY;
    let byName = false;
    let fieldsBool: Record<string, boolean> = EMPTY;
    while (this.pos < this.end) {
      const tag = this.varint32();
      const field = tag >>> 3;
      const wire = tag & 7;
      if (wire === 2 && field >= 2 && field <= 12 && field !== 11) {
        const len = this.varint32();
        const to = this.pos + len;
        if (to > this.end) throw new RangeError('point: length beyond the end of the message');
        switch (field) {
          case 2:
            name = this.strings.get(buf, this.pos, to);
            break;
          case 3:
            database = this.strings.get(buf, this.pos, to);
            break;
          case 4:
            retentionPolicy = this.strings.get(buf, this.pos, to);
            break;
          case 5:
            group = this.strings.get(buf, this.pos, to);
            break;
          case 6:
            dimensions.push(this.strings.get(buf, this.pos, to));
            break;
          case 7:
            this.entry(field, to);
            if (tags === EMPTY) tags = {};
            tags[this.key] = this.str;
            break;
          case 8:
            this.entry(field, to);
            if (fieldsDouble === EMPTY) fieldsDouble = {};
            fieldsDouble[this.key] = this.num;
            break;
          case 9:
            this.entry(field, to);
            if (fieldsInt === EMPTY) fieldsInt = {};
            fieldsInt[this.key] = this.int;
            break;
          case 10:
            this.entry(field, to);
            if (fieldsString === EMPTY) fieldsString = {};
            fieldsString[this.key] = this.str;
            break;
          case 12:
            this.entry(field, to);
            if (fieldsBool === EMPTY) fieldsBool = {};
            fieldsBool[this.key] = this.bool;
            break;
        }
        this.pos = to;
      } else if (field === 1 && wire === 0) {
        time = this.long();
      } else if (field === 11 && wire === 0) {
        byName = this.varint32() !== 0;
      } else {
        if (field === 0) throw new ProtocolError('a point holds a field numbered 0, which protobuf does not allow; Kapacitor could not read it passed on');
        this.skip(wire);
      }
    }
    if (this.pos !== this.end) throw new RangeError('point: field runs past the end of the message');
    return { time, name, database, retentionPolicy, group, dimensions, tags, fieldsDouble, fieldsInt, fieldsString, byName, fieldsBool };
  }

  /** Reads one entry of map field `field`, ending at `to`, into key and the value of its type. */
  private entry(field: number, to: number): void {
    this.key = '';
    this.str = '';
    this.num = 0;
    this.int = Long.ZERO;
    this.bool = false;
    while (this.pos < to) {
      const tag = this.varint32();
      const f = tag >>> 3;
      const wire = tag & 7;
      if (f === 1 && wire === 2) {
        const len = this.varint32();
        if (this.pos + len > to) throw new RangeError('point: map key beyond its entry');
        this.key = this.strings.get(this.buf, this.pos, this.pos + len);
        this.pos += len;
      } else if (f === 2 && wire === 2 && (field === 7 || field === 10)) {
        const len = this.varint32();
        if (this.pos + len > to) throw new RangeError('point: map value beyond its entry');
        this.str = this.strings.get(this.buf, this.pos, this.pos + len);
        this.pos += len;
      } else if (f === 2 && wire === 1 && field === 8) {
        if (this.pos + 8 > to) throw new RangeError('point: double beyond its entry');
        this.num = readDouble(this.buf, this.pos);
        this.pos += 8;
      } else if (f === 2 && wire === 0 && field === 9) {
        this.int = this.long();
      } else if (f === 2 && wire === 0 && field === 12) {
        this.bool = this.varint32() !== 0;
      } else {
        if (f === 0) throw new ProtocolError('a point holds a map entry field numbered 0, which protobuf does not allow; Kapacitor could not read it passed on');
        this.skip(wire);
      }
    }
    if (this.pos !== to) throw new RangeError('point: map entry runs past its length');
  }

  private varint32(): number {
    const buf = this.buf;
    let v = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (this.pos >= this.end) throw new RangeError('point: truncated varint');
      const b = buf[this.pos++]!;
      v |= (b & 127) << shift;
      if (b < 128) return v >>> 0;
    }
    // Longer varints (negative int32s as 10 bytes): keep the low 32 bits, skip the rest.
    for (let i = 0; i < 5; i++) {
      if (this.pos >= this.end) throw new RangeError('point: truncated varint');
      if (buf[this.pos++]! < 128) return v >>> 0;
    }
    throw new RangeError('point: varint longer than 10 bytes');
  }

  private long(): Long {
    const buf = this.buf;
    let lo = 0;
    let hi = 0;
    let b = 0;
    let i = 0;
    for (; i < 4; i++) {
      if (this.pos >= this.end) throw new RangeError('point: truncated varint');
      b = buf[this.pos++]!;
      lo |= (b & 127) << (7 * i);
      if (b < 128) return new Long(lo, 0);
    }
    // Byte 5 straddles the halves: 4 bits to lo, 3 to hi.
    if (this.pos >= this.end) throw new RangeError('point: truncated varint');
    b = buf[this.pos++]!;
    lo |= (b & 15) << 28;
    hi = (b & 127) >> 4;
    if (b < 128) return new Long(lo, hi);
    for (i = 0; i < 5; i++) {
      if (this.pos >= this.end) throw new RangeError('point: truncated varint');
      b = buf[this.pos++]!;
      hi |= (b & 127) << (7 * i + 3);
      if (b < 128) return new Long(lo, hi);
    }
    throw new RangeError('point: varint longer than 10 bytes');
  }

  private skip(wire: number): void {
    switch (wire) {
      case 0:
        this.long();
        return;
      case 1:
        this.pos += 8;
        break;
      case 2: {
        const len = this.varint32(); // read before pos is, or `pos +=` would lose the varint's bytes
        this.pos += len;
        break;
      }
      case 5:
        this.pos += 4;
        break;
      default:
        throw new RangeError(`point: wire type ${wire} cannot be skipped`);
    }
    if (this.pos > this.end) throw new RangeError('point: field runs past the end of the message');
  }
}

const scratch = new Float64Array(1);
const scratchBytes = new Uint8Array(scratch.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A little-endian double at buf[pos]. */
function readDouble(buf: Uint8Array, pos: number): number {
  if (LITTLE_ENDIAN) for (let i = 0; i < 8; i++) scratchBytes[i] = buf[pos + i]!;
  else for (let i = 0; i < 8; i++) scratchBytes[7 - i] = buf[pos + i]!;
  return scratch[0]!;
}
