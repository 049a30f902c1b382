// Encodes a Response{point} frame by hand. Points are nearly all of a UDF's
// output, and the generated encoder spends most of its time on UTF-8 encoding
// the same field names and tags again and on fork/ldelim bookkeeping for every
// map entry; this one copies cached bytes and computes each map entry's length
// up front. Output decodes to the same message as the generated encoder's
// (test/point_encoder.test.ts); fields holding proto3 defaults are left out.
import { Buffer } from 'node:buffer';
import type Long from 'long';
import type { agent } from './proto/udf.js';
import type { AddedFields } from './handler.ts';
import { FrameBuffer, varint32Size } from './frame_buffer.ts';

/** A point's field maps as the generated types and AddedFields both have them. */
interface MapFields {
  fieldsDouble?: Record<string, number> | null;
  fieldsInt?: Record<string, number | Long> | null;
  fieldsString?: Record<string, string> | null;
  fieldsBool?: Record<string, boolean> | null;
  byName?: boolean | null;
}

const RESPONSE_POINT_TAG = (17 << 3) | 2;
const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_BYTES = 2;
const tag = (field: number, wire: number): number => (field << 3) | wire;

/** Room for the frame length, the Response tag and the point length, all varints. */
const HEADER_ROOM = 5 + 2 + 5;

/**
 * Encoded pieces points repeat: a string field with its tag and length, a
 * tag's whole map entry, a double field's entry up to its value. Bounded: past
 * `limit` pieces the cache starts over, so ever-new tag values or field names
 * cost memory only up to the bound.
 */
export class PieceCache {
  private readonly maps: Map<string, Buffer>[] = [];
  private size = 0;
  private readonly limit: number;

  constructor(limit = 20_000) {
    this.limit = limit;
  }

  /** The piece for `key` in table `table`, if cached. */
  find(table: number, key: string): Buffer | undefined {
    return this.maps[table]?.get(key);
  }

  /** Forgets the pieces of tables `from` and above. */
  clearFrom(from: number): void {
    for (let t = from; t < this.maps.length; t++) {
      const m = this.maps[t];
      if (m) {
        this.size -= m.size;
        m.clear();
      }
    }
  }

  store(table: number, key: string, b: Buffer): Buffer {
    if (this.size >= this.limit) {
      for (const m of this.maps) m?.clear();
      this.size = 0;
    }
    let map = this.maps[table];
    if (map === undefined) map = this.maps[table] = new Map();
    map.set(key, b);
    this.size++;
    return b;
  }
}

/** Pieces of a message, concatenated: numbers are varints, strings length-prefixed UTF-8. */
function piece(...parts: (number | string)[]): Buffer {
  const out = new FrameBuffer(64);
  for (const p of parts) {
    if (typeof p === 'number') {
      out.ensure(5);
      out.varint32(p);
    } else {
      const b = Buffer.from(p, 'utf8');
      out.ensure(5 + b.length);
      out.varint32(b.length);
      out.bytes(b);
    }
  }
  return Buffer.from(out.take());
}

const byteLength = (s: string): number => Buffer.byteLength(s, 'utf8');
const stringEntryLength = (k: string, v: string): number =>
  2 + varint32Size(byteLength(k)) + byteLength(k) + varint32Size(byteLength(v)) + byteLength(v);

// Tables of the piece cache. Tags are cached per key and value: tables TAGS + n hold key n's values.
const FIELD = 0; // + field number 2..6: the string field with its tag
const DOUBLE_KEY = 8; // entry of fieldsDouble up to the value
const INT_KEY = 9; // entry of fieldsInt from the key tag to the value tag
const STRING_KEY = 10; // entry of fieldsString from the key tag to the value tag
const BOOL_TRUE = 11;
const BOOL_FALSE = 12;
const STRING_VALUE = 13; // a fieldsString value's UTF-8 bytes
const TAGS = 14;
/** Tag keys numbered before the numbering starts over. */
const MAX_TAG_KEYS = 1000;

export class PointEncoder {
  private readonly cache: PieceCache;
  /** Tag keys, numbered so each has a table of its values. */
  private readonly tagKeys = new Map<string, number>();

  constructor(cache = new PieceCache()) {
    this.cache = cache;
  }

  /** Appends one length-delimited Response{point} frame to `out`. */
  encodeFrame(point: agent.IPoint, out: FrameBuffer): void {
    out.ensure(HEADER_ROOM);
    const start = out.pos;
    out.pos += HEADER_ROOM;
    this.body(point, out);
    this.header(out, start);
  }

  /**
   * Appends a Response{point} frame made of an encoded point's bytes followed by
   * `added`'s map entries: protobuf maps keep the last entry of a key, so an
   * added field replaces one the point already had.
   */
  encodeExtendedFrame(encoded: Uint8Array, added: AddedFields | null, out: FrameBuffer): void {
    out.ensure(HEADER_ROOM);
    const start = out.pos;
    out.pos += HEADER_ROOM;
    out.bytes(encoded);
    if (added) this.maps(added, out);
    this.header(out, start);
  }

  /** Writes the minimal frame header in the room left before a body that ends at out.pos. */
  private header(out: FrameBuffer, start: number): void {
    const bodyLength = out.pos - start - HEADER_ROOM;
    // Now that the point's length is known, write the minimal header just before the body.
    const responseLength = 2 + varint32Size(bodyLength) + bodyLength;
    const headerLength = varint32Size(responseLength) + 2 + varint32Size(bodyLength);
    const end = out.pos;
    out.pos = start + HEADER_ROOM - headerLength;
    out.varint32(responseLength);
    out.varint32(RESPONSE_POINT_TAG);
    out.varint32(bodyLength);
    if (headerLength < HEADER_ROOM) out.buf.copyWithin(start, start + HEADER_ROOM - headerLength, end);
    out.pos = end - (HEADER_ROOM - headerLength);
  }

  private body(p: agent.IPoint, out: FrameBuffer): void {
    const cache = this.cache;
    if (p.time != null) {
      out.ensure(11);
      out.varint32(tag(1, WIRE_VARINT));
      out.long(p.time as Long | number);
    }
    this.stringField(out, 2, p.name);
    this.stringField(out, 3, p.database);
    this.stringField(out, 4, p.retentionPolicy);
    this.stringField(out, 5, p.group);
    if (p.dimensions) for (const d of p.dimensions) this.stringField(out, 6, d, true);
    if (p.tags) {
      const m = p.tags;
      for (const k in m) {
        const v = m[k]!;
        let table = this.tagKeys.get(k);
        if (table === undefined) {
          if (this.tagKeys.size >= MAX_TAG_KEYS) {
            // Start the numbering over, and forget the values cached under the old numbers with it.
            this.tagKeys.clear();
            cache.clearFrom(TAGS);
          }
          table = TAGS + this.tagKeys.size;
          this.tagKeys.set(k, table);
        }
        out.bytes(cache.find(table, v) ?? cache.store(table, v, piece(tag(7, WIRE_BYTES), stringEntryLength(k, v), tag(1, WIRE_BYTES), k, tag(2, WIRE_BYTES), v)));
      }
    }
    this.maps(p, out);
  }

  /** The four field maps (and byName, which sits between them in field order). */
  private maps(p: MapFields, out: FrameBuffer): void {
    const cache = this.cache;
    if (p.fieldsDouble) {
      const m = p.fieldsDouble;
      for (const k in m) {
        out.bytes(cache.find(DOUBLE_KEY, k) ?? cache.store(DOUBLE_KEY, k, piece(tag(8, WIRE_BYTES), 2 + varint32Size(byteLength(k)) + byteLength(k) + 8, tag(1, WIRE_BYTES), k, tag(2, WIRE_FIXED64))));
        out.ensure(8);
        out.double(m[k]!);
      }
    }
    if (p.fieldsInt) {
      const m = p.fieldsInt;
      for (const k in m) {
        const key = cache.find(INT_KEY, k) ?? cache.store(INT_KEY, k, piece(tag(1, WIRE_BYTES), k, tag(2, WIRE_VARINT)));
        const value = m[k] as Long | number;
        out.ensure(12);
        out.varint32(tag(9, WIRE_BYTES));
        out.varint32(key.length + int64Size(value));
        out.bytes(key);
        out.ensure(10);
        out.long(value);
      }
    }
    if (p.fieldsString) {
      const m = p.fieldsString;
      for (const k in m) {
        const key = cache.find(STRING_KEY, k) ?? cache.store(STRING_KEY, k, piece(tag(1, WIRE_BYTES), k, tag(2, WIRE_BYTES)));
        // Short values (detector lists, states) repeat; long ones (messages) are encoded each time.
        const v = m[k]!;
        const value = v.length <= 64 ? (cache.find(STRING_VALUE, v) ?? cache.store(STRING_VALUE, v, Buffer.from(v, 'utf8'))) : Buffer.from(v, 'utf8');
        const entryLength = key.length + varint32Size(value.length) + value.length;
        out.ensure(12);
        out.varint32(tag(10, WIRE_BYTES));
        out.varint32(entryLength);
        out.bytes(key);
        out.ensure(5);
        out.varint32(value.length);
        out.bytes(value);
      }
    }
    if (p.byName) {
      out.ensure(2);
      out.varint32(tag(11, WIRE_VARINT));
      out.varint32(1);
    }
    if (p.fieldsBool) {
      const m = p.fieldsBool;
      for (const k in m) {
        const on = m[k] === true;
        const table = on ? BOOL_TRUE : BOOL_FALSE;
        out.bytes(cache.find(table, k) ?? cache.store(table, k, piece(tag(12, WIRE_BYTES), 2 + varint32Size(byteLength(k)) + byteLength(k) + 1, tag(1, WIRE_BYTES), k, tag(2, WIRE_VARINT), on ? 1 : 0)));
      }
    }
  }

  /** A string field; empty strings are the proto3 default and are left out unless `always` (repeated fields). */
  private stringField(out: FrameBuffer, field: number, s: string | null | undefined, always = false): void {
    if (s == null || (s === '' && !always)) return;
    out.bytes(this.cache.find(FIELD + field, s) ?? this.cache.store(FIELD + field, s, piece(tag(field, WIRE_BYTES), s)));
  }
}

/** Bytes the varint of an int64 takes (negative values take 10). */
function int64Size(v: Long | number): number {
  let lo: number;
  let hi: number;
  if (typeof v === 'number') {
    lo = (v % 4294967296 | 0) >>> 0;
    hi = Math.floor(v / 4294967296) >>> 0;
  } else {
    lo = v.low >>> 0;
    hi = v.high >>> 0;
  }
  let n = 1;
  while (hi !== 0 || lo > 127) {
    lo = ((lo >>> 7) | (hi << 25)) >>> 0;
    hi >>>= 7;
    n++;
  }
  return n;
}
