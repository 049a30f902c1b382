// Process tests: what needs the real UDF process — its command-line flags, its
// exit on end of input and on errors, nothing but frames on stdout, and a
// snapshot carried from one process into another.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agent as pb } from '../udf/agent/proto/udf.js';
import protobuf from 'protobufjs/minimal.js';
import { encodeFrame } from '../udf/agent/framing.ts';
import { UdfProcess, encodeRequests, opt } from './helpers/udf_process.ts';
import { point, noise } from './helpers/conversation.ts';

async function initialised(args: string[] = [], options: pb.IOption[] = [opt('field', 'temperature'), opt('detector', 'mad'), opt('window', 20, 'int')]): Promise<UdfProcess> {
  const u = new UdfProcess(args);
  u.send({ init: { options } });
  const [init] = await u.waitForCount('init', 1);
  assert.equal(init!.init!.success, true, init!.init!.error ?? '');
  return u;
}

test('--batch declares the batch edge', async () => {
  const u = new UdfProcess(['--batch']);
  u.send({ info: {} });
  const [r] = await u.waitForCount('info', 1);
  assert.equal(r!.info!.wants, pb.EdgeType.BATCH);
  assert.equal(r!.info!.provides, pb.EdgeType.BATCH);
  u.end();
  assert.equal(await u.exited, 0);
});

test('a snapshot restored into a fresh process continues exactly where the first left off', async () => {
  const N = 120;
  const k = 70;
  const series = Array.from({ length: N }, (_, i) => (i % 37 === 36 ? 40 : noise(i)));
  const options = [opt('field', 'temperature'), opt('window', 25, 'int'), opt('detector', 'mad'), opt('detector', 'threshold'), opt('upper', 30.0), opt('minConsensus', 1, 'int')];

  const whole = await initialised([], options);
  series.forEach((v, i) => whole.send(point(i, v)));
  const reference = (await whole.waitForCount('point', N)).map((r) => (r.point as pb.Point).toJSON());
  whole.end();

  const first = await initialised([], options);
  series.slice(0, k).forEach((v, i) => first.send(point(i, v)));
  await first.waitForCount('point', k);
  first.send({ snapshot: {} });
  const [snap] = await first.waitForCount('snapshot', 1);
  first.end();
  assert.equal(await first.exited, 0);

  const second = await initialised([], options);
  second.send({ restore: { snapshot: snap!.snapshot!.snapshot } });
  const [restored] = await second.waitForCount('restore', 1);
  assert.equal(restored!.restore!.success, true, restored!.restore!.error ?? '');
  series.slice(k).forEach((v, i) => second.send(point(k + i, v)));
  const rest = (await second.waitForCount('point', N - k)).map((r) => (r.point as pb.Point).toJSON());
  assert.deepEqual(rest, reference.slice(k));
  assert.ok(rest.some((p) => p.fieldsBool?.anomaly === true), 'the continued part contains flagged points');
  second.end();
  assert.equal(await second.exited, 0);
  await whole.exited;
});

test('end of input: the process exits 0 within one second', async () => {
  const u = await initialised();
  u.send(point(0, 1));
  await u.waitForCount('point', 1);
  const start = Date.now();
  u.end();
  assert.equal(await u.exited, 0);
  assert.ok(Date.now() - start < 1000, `exited after ${Date.now() - start} ms`);
  u.finishOutput();
});

test('a frame above --max-frame-size gives an ErrorResponse and a non-zero exit', async () => {
  const u = new UdfProcess(['--max-frame-size', '1024']);
  u.sendRaw(encodeFrame(new Uint8Array(2000)));
  const [e] = await u.waitForCount('error', 1);
  assert.match(e!.error!.error!, /2000 bytes exceeds the maximum frame size of 1024 bytes/);
  assert.notEqual(await u.exited, 0);
  u.finishOutput();
});

test('input ending inside a frame is an error, not a silent exit 0', async () => {
  const u = await initialised();
  const bytes = encodeRequests([point(0, 1)]);
  u.sendRaw(bytes.subarray(0, bytes.length - 3));
  u.end();
  assert.notEqual(await u.exited, 0);
  assert.match(u.stderr, /truncated frame/);
});

test('bytes that are not a protobuf Request give an ErrorResponse, never garbage on stdout', async () => {
  const u = new UdfProcess();
  u.sendRaw(encodeFrame(Uint8Array.of(0xff, 0xff, 0xff, 0xff)));
  await u.waitForCount('error', 1);
  assert.notEqual(await u.exited, 0);
  u.finishOutput();
});


test('a point whose tag value is not valid UTF-8 gets an ErrorResponse and is never passed on in a frame Kapacitor would reject', async () => {
  const u = await initialised();
  const point = protobuf.Writer.create();
  point.uint32((2 << 3) | 2).string('printer');
  point.uint32((7 << 3) | 2).fork().uint32(10).string('printer').uint32(18).bytes(Uint8Array.of(0x70, 0xe2, 0x28, 0xa1)).ldelim();
  point.uint32((8 << 3) | 2).fork().uint32(10).string('temperature').uint32(17).double(20).ldelim();
  const request = protobuf.Writer.create();
  request.uint32((17 << 3) | 2).bytes(point.finish());
  u.sendRaw(encodeFrame(request.finish()));
  const [e] = await u.waitForCount('error', 1);
  assert.match(e!.error!.error!, /not valid UTF-8/);
  assert.equal(u.responses.filter((r) => r.point).length, 0);
  assert.equal(await u.exited, 1);
  u.finishOutput();
});
