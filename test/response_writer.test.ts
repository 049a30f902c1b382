import { test } from 'node:test';
import assert from 'node:assert/strict';
import Long from 'long';
import { ResponseWriter } from '../udf/agent/response_writer.ts';
import { decodeResponses } from './helpers/udf_process.ts';

function recordingSink(answer = true): { writes: Uint8Array[]; write(b: Uint8Array): boolean } {
  const writes: Uint8Array[] = [];
  return { writes, write: (b) => (writes.push(b), answer) };
}

test('responses queued before a flush go out as one write, in order', () => {
  const sink = recordingSink();
  const w = new ResponseWriter(sink);
  for (let i = 0; i < 50; i++) w.send({ keepalive: { time: Long.fromNumber(i) } });
  w.send({ point: { name: 'cpu', fieldsDouble: { v: 1.5 } } });
  assert.equal(sink.writes.length, 0, 'nothing is written before flush');
  assert.equal(w.pending, 51);
  assert.equal(w.flush(), true);
  assert.equal(sink.writes.length, 1);
  const got = decodeResponses(sink.writes[0]!);
  assert.equal(got.length, 51);
  assert.deepEqual(got.slice(0, 50).map((r) => Number(r.keepalive!.time)), Array.from({ length: 50 }, (_, i) => i));
  assert.equal(got[50]!.point!.name, 'cpu');
  assert.equal(w.flush(), true, 'an empty flush writes nothing');
  assert.equal(sink.writes.length, 1);
});

test("flush returns the sink's backpressure answer", () => {
  const w = new ResponseWriter(recordingSink(false));
  w.send({ keepalive: { time: Long.fromNumber(1) } });
  assert.equal(w.flush(), false);
});

test('a response with no message is refused, so Kapacitor never receives one', () => {
  const sink = recordingSink();
  const w = new ResponseWriter(sink);
  assert.throws(() => w.send({}), /no message set/);
  assert.throws(() => w.send({ keepalive: { time: Long.fromNumber(1) }, info: {} }), /both/);
  w.flush();
  assert.equal(sink.writes.length, 0);
});

test('EndBatch without BeginBatch and nested BeginBatch are refused', () => {
  const w = new ResponseWriter(recordingSink());
  assert.throws(() => w.send({ end: { name: 'x' } }), /EndBatch sent without a BeginBatch/);
  w.send({ begin: { name: 'x' } });
  assert.throws(() => w.send({ begin: { name: 'y' } }), /already open/);
  w.send({ point: { name: 'x' } });
  w.send({ end: { name: 'x' } });
  assert.throws(() => w.send({ end: { name: 'x' } }), /without a BeginBatch/);
});
