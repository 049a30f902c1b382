// The agent while a handler works on a snapshot or a restore (work in steps):
// keepalives answered at once, every other request held and handed over in
// order afterwards, input paused when too much is held; and restore frames,
// which may be larger than the maximum frame size up to the restore limit,
// refused with a reason beyond it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import Long from 'long';
import { Agent, type AgentExit } from '../udf/agent/agent.ts';
import { serveStream } from '../udf/agent/serve_stream.ts';
import { PASS, type Handler, type PointOutcome, type RestoreResponse, type SnapshotBytes } from '../udf/agent/handler.ts';
import { encodeFrame } from '../udf/agent/framing.ts';
import { agent as pb } from '../udf/agent/proto/udf.js';
import { createLogger } from '../udf/log.ts';
import { decodeResponses, encodeRequests } from './helpers/udf_process.ts';
import { ResponseReader } from './helpers/response_reader.ts';
import { point } from './helpers/conversation.ts';

const logger = createLogger('silent');

/** Busy for `ms` on this thread, as a step of real work would be. */
function spin(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

interface Stub {
  restored: Uint8Array[];
  points: number;
}

/** A handler whose snapshot and restore take `steps` steps of `stepMs` each; the snapshot is `snapshotBytes` long. */
function slowHandler(stub: Stub, steps: number, stepMs: number, snapshotBytes = 10): () => Handler {
  return () => ({
    info: () => ({}),
    init: () => ({ success: true, error: '' }),
    *snapshot(): Generator<void, SnapshotBytes> {
      for (let i = 0; i < steps; i++) {
        spin(stepMs);
        yield;
      }
      return [new Uint8Array(snapshotBytes).fill(7)];
    },
    *restore(pieces: Uint8Array[]): Generator<void, RestoreResponse> {
      for (let i = 0; i < steps; i++) {
        spin(stepMs);
        yield;
      }
      stub.restored.push(Buffer.concat(pieces));
      return { success: true, error: '' };
    },
    beginBatch: () => {},
    points: (ps) => {
      stub.points += ps.length;
      return new Array<PointOutcome>(ps.length).fill(PASS);
    },
    endBatch: () => {},
    stop: () => {},
  });
}

class Pair extends ResponseReader {
  readonly input = new PassThrough();
  readonly output = new PassThrough();
  readonly exited: Promise<AgentExit>;
  /** Arrival time of each response, by index. */
  readonly arrivals: number[] = [];

  constructor(factory: () => Handler, options: { maxFrameSize?: number; maxRestoreSize?: number; maxHeldBytes?: number } = {}) {
    super();
    this.output.on('data', (chunk: Buffer) => {
      const before = this.responses.length;
      this.read(chunk);
      for (let i = before; i < this.responses.length; i++) this.arrivals.push(performance.now());
    });
    this.exited = serveStream(this.input, this.output, factory, { logger, ...options }).done;
  }

  send(...requests: pb.IRequest[]): void {
    this.input.write(encodeRequests(requests));
  }
}

test('a keepalive sent right after a SnapshotRequest is answered while the snapshot is built (within 100 ms); points sent meanwhile come after it, in order', async () => {
  const stub: Stub = { restored: [], points: 0 };
  const u = new Pair(slowHandler(stub, 100, 10)); // a snapshot of about one second
  u.send({ init: { options: [] } }, point(0, 1));
  await u.waitForCount('point', 1);
  const sent = performance.now();
  u.send({ snapshot: {} }, { keepalive: { time: Long.fromNumber(1) } }, point(1, 2), point(2, 3), { keepalive: { time: Long.fromNumber(2) } }, point(3, 4));
  await u.waitForCount('point', 4);
  const kinds = u.responses.map((r) => r.message);
  assert.deepEqual(kinds, ['init', 'point', 'keepalive', 'keepalive', 'snapshot', 'point', 'point', 'point']);
  const firstKeepalive = u.arrivals[kinds.indexOf('keepalive')]! - sent;
  const snapshotAt = u.arrivals[kinds.indexOf('snapshot')]! - sent;
  assert.ok(snapshotAt > 500, `the snapshot took ${snapshotAt.toFixed(0)} ms`);
  assert.ok(firstKeepalive < 100, `the keepalive was answered after ${firstKeepalive.toFixed(0)} ms`);
  assert.deepEqual(
    u.responses.filter((r) => r.point).map((r) => r.point!.fieldsDouble!.temperature),
    [1, 2, 3, 4],
  );
  u.input.end();
  assert.equal((await u.exited).code, 0);
});

test('end of input during a restore: the held requests are handled first, then the agent exits 0', async () => {
  const stub: Stub = { restored: [], points: 0 };
  const u = new Pair(slowHandler(stub, 30, 5));
  u.send({ init: { options: [] } }, { restore: { snapshot: Uint8Array.of(1, 2, 3) } }, point(0, 1), point(1, 2));
  u.input.end();
  assert.equal((await u.exited).code, 0);
  assert.deepEqual(u.responses.map((r) => r.message), ['init', 'restore', 'point', 'point']);
  assert.deepEqual([...stub.restored[0]!], [1, 2, 3]);
});

test('requests held behind a restore are bounded: input pauses, then every point comes out in order', async () => {
  const stub: Stub = { restored: [], points: 0 };
  const u = new Pair(slowHandler(stub, 60, 10), { maxHeldBytes: 64 * 1024 });
  u.send({ init: { options: [] } }, { restore: { snapshot: Uint8Array.of(9) } });
  const N = 20_000; // about 2 MB of points
  const bytes = encodeRequests(Array.from({ length: N }, (_, i) => point(i, i)));
  let pausedSeen = false;
  const watch = setInterval(() => (pausedSeen ||= u.input.isPaused()), 5);
  for (let at = 0; at < bytes.length; at += 16 * 1024) {
    if (!u.input.write(bytes.subarray(at, at + 16 * 1024))) await new Promise((r) => u.input.once('drain', r));
  }
  await u.waitForCount('point', N, 30_000);
  clearInterval(watch);
  assert.ok(pausedSeen, 'the agent paused its input while requests were held');
  const values = u.responses.filter((r) => r.point).map((r) => r.point!.fieldsDouble!.temperature);
  assert.deepEqual(values, Array.from({ length: N }, (_, i) => i));
  assert.equal(u.responses.findIndex((r) => r.restore), 1, 'the restore is answered before the points sent after it');
  u.input.end();
  assert.equal((await u.exited).code, 0);
});

/** A RestoreRequest frame whose body is exactly `frameBytes` long (Kapacitor's layout: one snapshot field). */
function restoreFrame(frameBytes: number): { frame: Uint8Array; payload: Uint8Array } {
  for (let n = frameBytes; n > 0; n--) {
    const payload = new Uint8Array(n).map((_, i) => (i * 31 + 7) & 255);
    const body = pb.Request.encode({ restore: { snapshot: payload } }).finish();
    if (body.length === frameBytes) return { frame: encodeFrame(body), payload };
  }
  throw new Error(`no restore frame of ${frameBytes} bytes`);
}

test('a RestoreRequest larger than the maximum frame size is read up to the restore limit; one byte more is refused in words and the conversation goes on', async () => {
  const stub: Stub = { restored: [], points: 0 };
  const u = new Pair(slowHandler(stub, 1, 0), { maxFrameSize: 1024, maxRestoreSize: 8192 });
  const atLimit = restoreFrame(8192);
  const over = restoreFrame(8193);
  u.send({ init: { options: [] } });
  u.input.write(atLimit.frame);
  u.input.write(over.frame);
  u.send({ keepalive: { time: Long.fromNumber(5) } }, point(0, 1));
  await u.waitForCount('point', 1);
  const restores = u.responses.filter((r) => r.restore).map((r) => r.restore!);
  assert.equal(restores.length, 2);
  assert.equal(restores[0]!.success, true);
  assert.deepEqual(stub.restored[0], Buffer.from(atLimit.payload), 'the handler got the snapshot bytes whole');
  assert.equal(restores[1]!.success, false);
  assert.match(restores[1]!.error!, /^the snapshot to restore is 8193 bytes, more than the 8192 bytes this UDF reads/);
  assert.equal(stub.restored.length, 1);
  assert.deepEqual(u.responses.map((r) => r.message).slice(-3), ['restore', 'keepalive', 'point']);
  // Any other frame above the maximum frame size is garbage: an ErrorResponse and exit 1.
  u.input.write(encodeFrame(new Uint8Array(1025)));
  await u.waitForCount('error', 1);
  assert.match(u.responses.at(-1)!.error!.error!, /frame of 1025 bytes exceeds the maximum frame size of 1024 bytes/);
  assert.equal((await u.exited).code, 1);
});

test('a large restore frame cut at every byte offset gives the same conversation', () => {
  const { frame, payload } = restoreFrame(3000);
  const input = Buffer.concat([encodeRequests([{ init: { options: [] } }]), frame, encodeRequests([point(0, 1)])]);
  const run = (chunks: Uint8Array[]): { out: Buffer; restored: Uint8Array[] } => {
    const stub: Stub = { restored: [], points: 0 };
    const written: Uint8Array[] = [];
    const agent = new Agent(slowHandler(stub, 0, 0), { write: (b) => (written.push(Uint8Array.prototype.slice.call(b)), true) }, { logger, maxFrameSize: 400, maxRestoreSize: 5000, sliceMs: Infinity }, () => {});
    for (const c of chunks) agent.receive(c);
    agent.endOfInput();
    return { out: Buffer.concat(written), restored: stub.restored };
  };
  const whole = run([input]);
  assert.deepEqual(decodeResponses(whole.out).map((r) => r.message), ['init', 'restore', 'point']);
  assert.deepEqual(whole.restored[0], Buffer.from(payload));
  for (let at = 1; at < input.length; at++) {
    const split = run([input.subarray(0, at), input.subarray(at)]);
    assert.ok(split.out.equals(whole.out), `cut at byte ${at}`);
    assert.deepEqual(split.restored[0], Buffer.from(payload), `cut at byte ${at}`);
  }
});

test('a snapshot larger than the copy limit is streamed in chunks and decodes as one SnapshotResponse; keepalives read meanwhile come whole, after it', async () => {
  const stub: Stub = { restored: [], points: 0 };
  const u = new Pair(slowHandler(stub, 3, 1, 3 * 1024 * 1024));
  u.send({ init: { options: [] } }, { snapshot: {} }, point(0, 1));
  // While the snapshot's 3 MiB go out (the reader side takes them 16 KiB at a time), keepalives arrive.
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setImmediate(r));
    u.send({ keepalive: { time: Long.fromNumber(100 + i) } });
  }
  await u.waitForCount('point', 1);
  await u.waitForCount('keepalive', 5);
  const snap = u.responses.find((r) => r.snapshot)!.snapshot!.snapshot!;
  assert.equal(snap.length, 3 * 1024 * 1024);
  assert.ok(snap.every((b) => b === 7));
  u.input.end();
  assert.equal((await u.exited).code, 0);
});
