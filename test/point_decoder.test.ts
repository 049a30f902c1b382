// The hand-written point decoder against the generated protobufjs code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Long from 'long';
import protobuf from 'protobufjs/minimal.js';
import { agent as pb } from '../udf/agent/proto/udf.js';
import { PointDecoder } from '../udf/agent/point_decoder.ts';
import { randomPoint } from './helpers/random_point.ts';

const TO_OBJECT = { longs: String, defaults: true } as const;
const asObject = (p: pb.IPoint): unknown => pb.Point.toObject(pb.Point.fromObject(p), TO_OBJECT);

test('random points decode as the generated decoder decodes them, strings cached or not', () => {
  const decoder = new PointDecoder();
  for (let round = 0; round < 2; round++) {
    for (let seed = 1; seed <= 300; seed++) {
      const bytes = pb.Point.encode(randomPoint(seed)).finish();
      assert.deepEqual(asObject(decoder.decode(bytes)), asObject(pb.Point.decode(bytes)), `seed ${seed}, round ${round}`);
    }
  }
});

test('a point inside a larger buffer, unknown fields skipped, negative and 64-bit integers', () => {
  const w = protobuf.Writer.create();
  w.uint32((1 << 3) | 0).int64(Long.fromString('-9223372036854775808'));
  w.uint32((2 << 3) | 2).string('cpu');
  w.uint32((40 << 3) | 0).int64(-7); // unknown varint
  w.uint32((41 << 3) | 1).fixed64(5); // unknown fixed64
  w.uint32((42 << 3) | 2).bytes(new Uint8Array([1, 2, 3])); // unknown bytes
  w.uint32((43 << 3) | 5).fixed32(9); // unknown fixed32
  w.uint32((9 << 3) | 2).fork().uint32(10).string('n').uint32(16).int64(-5).ldelim();
  w.uint32((8 << 3) | 2).fork().uint32(10).string('x').uint32(17).double(-0.125).ldelim();
  w.uint32((12 << 3) | 2).fork().uint32(10).string('b').uint32(16).bool(true).ldelim();
  w.uint32((11 << 3) | 0).bool(true);
  const body = w.finish();
  const framed = new Uint8Array(body.length + 6).fill(0xff);
  framed.set(body, 3);
  const p = new PointDecoder().decode(framed, 3, 3 + body.length);
  assert.equal(String(p.time), '-9223372036854775808');
  assert.equal(p.name, 'cpu');
  assert.equal(String(p.fieldsInt!['n']), '-5');
  assert.equal(p.fieldsDouble!['x'], -0.125);
  assert.equal(p.fieldsBool!['b'], true);
  assert.equal(p.byName, true);
  assert.deepEqual(asObject(p), asObject(pb.Point.decode(body)));
});

test('malformed points are refused, not misread: every truncation agrees with the generated decoder', () => {
  const decoder = new PointDecoder();
  const good = pb.Point.encode({ time: Long.fromNumber(1e18), name: 'm', group: 'g', fieldsDouble: { v: 1.5 }, tags: { host: 'a' } }).finish();
  let refused = 0;
  for (let cut = 1; cut < good.length; cut++) {
    const part = good.subarray(0, cut);
    let reference: unknown;
    try {
      reference = asObject(pb.Point.decode(part));
    } catch {
      reference = undefined; // a cut inside a field: the generated decoder refuses it too
    }
    if (reference === undefined) {
      assert.throws(() => decoder.decode(good, 0, cut), RangeError, `cut at ${cut}`);
      refused++;
    } else {
      assert.deepEqual(asObject(decoder.decode(good, 0, cut)), reference, `cut at ${cut}`); // a cut between fields
    }
  }
  assert.ok(refused > good.length / 2, `${refused} of ${good.length - 1} cuts refused`);
  assert.throws(() => decoder.decode(new Uint8Array([(2 << 3) | 2, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01])), RangeError);
  assert.throws(() => decoder.decode(new Uint8Array([(7 << 3) | 3])), /wire type 3/);
});

test('a string that is not valid UTF-8, or a field numbered 0, is refused: passed on, Kapacitor could not read it', () => {
  const decoder = new PointDecoder();
  const invalid = Uint8Array.of(0x68, 0xc3, 0x28); // 'h' then a broken two-byte sequence
  const w = protobuf.Writer.create();
  w.uint32((2 << 3) | 2).string('cpu');
  w.uint32((7 << 3) | 2).fork().uint32(10).string('host').uint32(18).bytes(invalid).ldelim();
  assert.throws(() => decoder.decode(w.finish()), /not valid UTF-8; Kapacitor could not read it passed on/);
  // Also when the same bytes come again (the cache keeps only valid strings), and as a long string.
  const again = protobuf.Writer.create();
  again.uint32((5 << 3) | 2).bytes(invalid);
  assert.throws(() => decoder.decode(again.finish()), /not valid UTF-8/);
  const long = protobuf.Writer.create();
  long.uint32((2 << 3) | 2).bytes(Uint8Array.from([...new Uint8Array(100).fill(0x61), 0xff]));
  assert.throws(() => decoder.decode(long.finish()), /not valid UTF-8/);
  assert.throws(() => decoder.decode(Uint8Array.of(0x00, 0x01)), /field numbered 0/);
  const entry = protobuf.Writer.create();
  entry.uint32((8 << 3) | 2).fork().uint32(10).string('x').uint32(0).uint32(5).ldelim();
  assert.throws(() => decoder.decode(entry.finish()), /map entry field numbered 0/);
  // Valid multi-byte text decodes as before.
  const ok = protobuf.Writer.create();
  ok.uint32((2 << 3) | 2).string('température 温');
  assert.equal(decoder.decode(ok.finish()).name, 'température 温');
});
