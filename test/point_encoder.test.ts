// The hand-written point encoder against the generated protobufjs code: every
// frame it writes must decode to the message the generated encoder was given.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Long from 'long';
import protobuf from 'protobufjs/minimal.js';
import { agent as pb } from '../udf/agent/proto/udf.js';
import { FrameBuffer } from '../udf/agent/frame_buffer.ts';
import { PieceCache, PointEncoder } from '../udf/agent/point_encoder.ts';
import { randomPoint } from './helpers/random_point.ts';

const TO_OBJECT = { longs: String, defaults: true } as const;

function decodeFrames(bytes: Uint8Array): pb.Response[] {
  const reader = protobuf.Reader.create(bytes);
  const out: pb.Response[] = [];
  while (reader.pos < reader.len) out.push(pb.Response.decodeDelimited(reader));
  return out;
}

test('random points decode to what the generated encoder encodes', () => {
  const encoder = new PointEncoder();
  const out = new FrameBuffer(16); // small, so the buffer grows while writing
  const expected: pb.IResponse[] = [];
  for (let seed = 1; seed <= 400; seed++) {
    const point = randomPoint(seed);
    encoder.encodeFrame(point, out);
    expected.push({ point });
  }
  const frames = decodeFrames(out.take());
  assert.equal(frames.length, expected.length);
  for (let i = 0; i < frames.length; i++) {
    const reference = pb.Response.decode(pb.Response.encode(expected[i]!).finish());
    assert.deepEqual(pb.Response.toObject(frames[i]!, TO_OBJECT), pb.Response.toObject(reference, TO_OBJECT), `point ${i + 1}`);
  }
});

test('lengths at varint boundaries, 64-bit times and negative integers', () => {
  const encoder = new PointEncoder(new PieceCache(2)); // a tiny cache that keeps starting over
  for (const size of [0, 1, 100, 110, 111, 112, 113, 120, 16_360, 16_370, 16_380, 16_400, 3_000_000]) {
    const point: pb.IPoint = {
      time: Long.fromString('9007199254740993001'),
      name: 'm',
      fieldsString: { s: 'x'.repeat(size) },
      fieldsInt: { neg: Long.fromNumber(-5), big: Long.fromString('-9223372036854775808'), plain: 42 as unknown as Long },
    };
    const out = new FrameBuffer();
    encoder.encodeFrame(point, out);
    const bytes = out.take();
    const [frame] = decodeFrames(bytes);
    assert.equal(frame!.point!.fieldsString!['s']!.length, size);
    assert.equal(String(frame!.point!.time), '9007199254740993001');
    assert.equal(String(frame!.point!.fieldsInt!['neg']), '-5');
    assert.equal(String(frame!.point!.fieldsInt!['big']), '-9223372036854775808');
    assert.equal(String(frame!.point!.fieldsInt!['plain']), '42');
    // Minimal encoding: the same size as the generated encoder's output.
    assert.equal(bytes.length, pb.Response.encodeDelimited({ point }).finish().length, `string of ${size}`);
  }
});

test('take() hands over the bytes and starts a new buffer', () => {
  const encoder = new PointEncoder();
  const out = new FrameBuffer();
  encoder.encodeFrame({ name: 'a', fieldsDouble: { v: 1 } }, out);
  const first = out.take();
  encoder.encodeFrame({ name: 'b', fieldsDouble: { v: 2 } }, out);
  const second = out.take();
  assert.equal(decodeFrames(first)[0]!.point!.name, 'a', 'the first bytes are not overwritten');
  assert.equal(decodeFrames(second)[0]!.point!.name, 'b');
  assert.equal(out.take().length, 0);
});

test('an encoded point with added fields decodes to the point with those fields set, replacing its own', () => {
  const encoder = new PointEncoder();
  const out = new FrameBuffer(16);
  const expected: pb.IResponse[] = [];
  for (let seed = 1; seed <= 100; seed++) {
    const point = randomPoint(seed);
    const key = Object.keys(point.fieldsDouble ?? {})[0];
    const added = {
      fieldsDouble: { anomaly_score: seed / 100, ...(key !== undefined ? { [key]: -1 } : {}) },
      fieldsInt: { anomaly_votes: Long.fromNumber(seed % 3) },
      fieldsString: { anomaly_detectors: seed % 2 ? 'mad' : '' },
      fieldsBool: { anomaly: seed % 2 === 1 },
    };
    encoder.encodeExtendedFrame(pb.Point.encode(point).finish(), seed % 10 === 0 ? null : added, out);
    const withAdded = seed % 10 === 0 ? point : {
      ...point,
      fieldsDouble: { ...point.fieldsDouble, ...added.fieldsDouble },
      fieldsInt: { ...point.fieldsInt, ...added.fieldsInt },
      fieldsString: { ...point.fieldsString, ...added.fieldsString },
      fieldsBool: { ...point.fieldsBool, ...added.fieldsBool },
    };
    expected.push({ point: withAdded });
  }
  const frames = decodeFrames(out.take());
  assert.equal(frames.length, expected.length);
  for (let i = 0; i < frames.length; i++) {
    const reference = pb.Response.decode(pb.Response.encode(expected[i]!).finish());
    assert.deepEqual(pb.Response.toObject(frames[i]!, TO_OBJECT), pb.Response.toObject(reference, TO_OBJECT), `point ${i + 1}`);
  }
});

test('more tag keys than the encoder numbers: tags stay right after the numbering starts over', () => {
  const encoder = new PointEncoder();
  const out = new FrameBuffer();
  const points: pb.IPoint[] = [];
  for (let i = 0; i < 2500; i++) points.push({ name: 'm', tags: { [`k${i % 1300}`]: 'same', host: `h${i % 7}` } });
  for (const p of points) encoder.encodeFrame(p, out);
  const frames = decodeFrames(out.take());
  frames.forEach((f, i) => assert.deepEqual({ ...f.point!.tags }, points[i]!.tags, `point ${i}`));
});
