import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FrameDecoder, encodeFrame, readUvarint } from '../udf/agent/framing.ts';
import { FrameError } from '../udf/errors.ts';

function frames(sizes: number[]): { bodies: Uint8Array[]; wire: Uint8Array } {
  const bodies = sizes.map((n, k) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + k) & 0xff));
  const parts = bodies.map(encodeFrame);
  const wire = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let o = 0;
  for (const p of parts) {
    wire.set(p, o);
    o += p.length;
  }
  return { bodies, wire };
}

function decodeChunks(chunks: Uint8Array[], max?: number): Uint8Array[] {
  const d = new FrameDecoder(max);
  const out: Uint8Array[] = [];
  for (const c of chunks) d.push(c, (body) => out.push(body.slice()));
  d.finish();
  return out;
}

// Sizes that exercise 1-, 2- and 3-byte length prefixes and an empty body.
const SIZES = [0, 1, 127, 128, 300, 16384, 5];

test('every frame is decoded when the input is split in two at every byte offset', () => {
  const { bodies, wire } = frames(SIZES);
  for (let cut = 0; cut <= wire.length; cut++) {
    const got = decodeChunks([wire.slice(0, cut), wire.slice(cut)]);
    assert.deepEqual(got, bodies, `split at ${cut}`);
  }
});

test('frames split into single bytes decode the same', () => {
  const { bodies, wire } = frames([3, 200, 0, 129]);
  const chunks = Array.from(wire, (b) => Uint8Array.of(b));
  assert.deepEqual(decodeChunks(chunks), bodies);
});

test('many frames in one chunk all come out, in order', () => {
  const { bodies, wire } = frames(Array.from({ length: 500 }, (_, i) => i % 150));
  assert.deepEqual(decodeChunks([wire]), bodies);
});

test('chunks of every size from 1 to 64 bytes reassemble the stream', () => {
  const { bodies, wire } = frames([10, 1000, 2, 140, 70]);
  for (let size = 1; size <= 64; size++) {
    const chunks: Uint8Array[] = [];
    for (let o = 0; o < wire.length; o += size) chunks.push(wire.slice(o, o + size));
    assert.deepEqual(decodeChunks(chunks), bodies, `chunk size ${size}`);
  }
});

test('a frame above the maximum size is refused as soon as its length is known', () => {
  const d = new FrameDecoder(100);
  const header = encodeFrame(new Uint8Array(101)).subarray(0, 1);
  assert.throws(() => d.push(header, () => assert.fail('no frame expected')), (err: unknown) => {
    assert.ok(err instanceof FrameError);
    assert.match((err as Error).message, /101 bytes exceeds the maximum frame size of 100 bytes/);
    return true;
  });
  // A frame of exactly the maximum is accepted.
  assert.equal(decodeChunks([encodeFrame(new Uint8Array(100))], 100).length, 1);
});

test('bytes left at end of input are a truncated frame', () => {
  const { wire } = frames([50, 50]);
  for (const cut of [1, 20, wire.length - 1]) {
    const d = new FrameDecoder();
    d.push(wire.slice(0, cut), () => {});
    assert.throws(() => d.finish(), /truncated frame/);
  }
  const d = new FrameDecoder();
  d.push(wire, () => {});
  assert.doesNotThrow(() => d.finish());
});

test('a length prefix longer than ten bytes is malformed', () => {
  const d = new FrameDecoder();
  assert.throws(() => d.push(new Uint8Array(11).fill(0x80), () => {}), /malformed length prefix/);
});

test('uvarint reads multi-byte values and reports incompleteness', () => {
  assert.deepEqual(readUvarint(Uint8Array.of(0xac, 0x02), 0, 2), [300, 2]);
  assert.equal(readUvarint(Uint8Array.of(0xac), 0, 1), null);
  // 2^35: beyond 32-bit shifts, still exact.
  const big = Uint8Array.of(0x80, 0x80, 0x80, 0x80, 0x80, 0x01);
  assert.deepEqual(readUvarint(big, 0, big.length), [2 ** 35, 6]);
});

test('the decoder does not keep a reference to a fully consumed chunk it may not own', () => {
  const { bodies, wire } = frames([10, 20]);
  const chunk = wire.slice();
  const d = new FrameDecoder();
  const out: Uint8Array[] = [];
  // Leave the second frame incomplete, then overwrite the caller's chunk: the decoder must have copied the leftover.
  const cut = wire.length - 5;
  d.push(chunk.subarray(0, cut), (b) => out.push(b.slice()));
  chunk.fill(0);
  d.push(wire.slice(cut), (b) => out.push(b.slice()));
  assert.deepEqual(out, bodies);
});
