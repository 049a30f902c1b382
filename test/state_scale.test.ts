// State at scale, through real UDF processes as Kapacitor drives them: the
// default task (default detector, default maxGroups of 10,000) fed 110 points
// per group writes a snapshot far above the maximum frame size, a keepalive
// sent right after its SnapshotRequest is answered first, and a fresh process
// restores it and continues byte for byte; and in process, maxGroups and the
// idle timeout keep working with 100,000 groups.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Long from 'long';
import { GroupStream } from '../tools/client/group_stream.ts';
import { UdfClient } from '../tools/client/udf_client.ts';
import { literalOption as opt } from '../tools/client/init_request.ts';
import { DEFAULT_MAX_FRAME_SIZE } from '../udf/agent/framing.ts';
import { agent as pb } from '../udf/agent/proto/udf.js';
import { createAdsHandler } from '../udf/handlers/ads.ts';
import { createLogger } from '../udf/log.ts';

const value = (i: number, _f: number, g: number): number => 50 + 10 * Math.sin(i / 7 + g) + ((i * 7919 + g * 31) % 100) / 50;

test('GroupStream frames decode to the points they describe, round-robin over the groups', () => {
  const stream = new GroupStream({ groups: 3, fields: ['a', 'b'], t0Ns: 1_700_000_000_000_000_000n, stepNs: 10_000_000_000n, value: (i, f, g) => i * 100 + g * 10 + f });
  const bytes = stream.encode(4, 6);
  const points: pb.IPoint[] = [];
  for (let at = 0; at < bytes.length; ) {
    const r = protobufDelimited(bytes, at);
    points.push(pb.Request.decode(r.body).point!);
    at = r.next;
  }
  assert.equal(points.length, 6);
  assert.deepEqual(points[4], pb.Point.fromObject({ time: Long.fromString('1700000050000000000'), name: 'bench', group: 'host=h1', dimensions: ['host'], tags: { host: 'h1' }, fieldsDouble: { a: 510, b: 511 } }));
});

function protobufDelimited(bytes: Uint8Array, at: number): { body: Uint8Array; next: number } {
  let len = 0;
  let shift = 0;
  let p = at;
  for (;;) {
    const b = bytes[p++]!;
    len += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) break;
  }
  return { body: bytes.subarray(p, p + len), next: p + len };
}

test('default options, default maxGroups: 10,000 groups × 110 points snapshot far above the maximum frame size; a keepalive right after the SnapshotRequest is answered first, and a fresh process restores it and continues byte for byte', async () => {
  const GROUPS = 10_000;
  const stream = new GroupStream({ groups: GROUPS, fields: ['value'], t0Ns: 1_700_000_000_000_000_000n, stepNs: 10_000_000_000n, value });
  const tail: Buffer[][] = [[], []];
  const recording = [false, false];
  const client = (k: number): UdfClient =>
    new UdfClient({ maxFrameSize: 1 << 30, onPointFrame: (body) => recording[k] && tail[k]!.push(Buffer.from(body)) });
  const first = client(0);
  await first.init({ options: [opt('field', 'value')] }); // the default detector and maxGroups
  for (let i = 0; i < 110; i++) await first.sendFrames(stream.step(i));
  await first.sync();
  assert.equal(first.dataResponses, 110 * GROUPS);

  let snapshotAt = 0;
  let keepaliveAt = 0;
  const snapshotting = first.snapshot().then((s) => ((snapshotAt = performance.now()), s));
  const keepaliveMs = await first.keepalive();
  keepaliveAt = performance.now();
  const snapshot = await snapshotting;
  assert.ok(snapshot.length > DEFAULT_MAX_FRAME_SIZE, `${snapshot.length} bytes`);
  assert.ok(keepaliveAt < snapshotAt, 'the keepalive was answered before the snapshot');
  assert.ok(keepaliveMs < 100, `the keepalive took ${keepaliveMs.toFixed(1)} ms`);

  const second = client(1);
  await second.init({ options: [opt('field', 'value')] });
  const restored = await second.restore(snapshot);
  assert.equal(restored.success, true, restored.error ?? '');
  recording[0] = recording[1] = true;
  for (const c of [first, second]) {
    for (let i = 110; i < 113; i++) await c.sendFrames(stream.step(i));
    await c.sync();
  }
  assert.equal(tail[0]!.length, 3 * GROUPS);
  assert.ok(tail[0]!.every((f, i) => f.equals(tail[1]![i]!)), 'the restored process writes the same bytes');
  await Promise.all([first.close(), second.close()]);
});

test('100,000 groups: maxGroups keeps the newest, the idle timeout drops groups unseen for longer', () => {
  const h = createAdsHandler({ logger: createLogger('silent') });
  const init = h.init({ options: [opt('field', 'v'), opt('detector', 'mad'), opt('window', 3, 'int'), opt('maxGroups', 100_000, 'int'), opt('idleTimeout', 3_600e9, 'duration')] });
  assert.equal(init.success, true, init.error ?? '');
  const t0 = 1_700_000_000_000;
  const at = (ms: number): Long => Long.fromNumber(ms).mul(1_000_000);
  const touch = (g: number, ms: number) => h.points([{ time: at(ms), name: 'm', group: `host=h${g}`, tags: { host: `h${g}` }, fieldsDouble: { v: g % 7 } }]);
  // A group scored three times is warm: its fourth point gets an informed verdict (not a warm-up one).
  const warm = (g: number, ms: number): boolean => {
    const outcome = touch(g, ms)[0];
    return typeof outcome === 'object' && outcome.fieldsBool?.['anomaly_warmup'] === false;
  };
  for (let round = 0; round < 3; round++) for (let g = 0; g < 100_000; g++) touch(g, t0 + round * 1000);
  assert.ok(warm(5, t0 + 3000) && warm(99_999, t0 + 3000), 'all 100,000 groups are kept');
  // 10,000 new groups: the least recently seen tenth makes room (h5 and h99999 were just seen).
  for (let g = 100_000; g < 110_000; g++) touch(g, t0 + 4000);
  assert.ok(!warm(6, t0 + 5000), 'an old group was dropped and starts afresh');
  assert.ok(warm(5, t0 + 5000) && warm(99_999, t0 + 5000), 'recently seen groups stay');
  // Two hours later in point time, one busy group: everything else is idle past the timeout.
  for (let k = 0; k < 110_000; k++) touch(1, t0 + 2 * 3_600_000 + k);
  assert.ok(!warm(5, t0 + 3 * 3_600_000), 'an idle group was dropped');
  assert.ok(warm(1, t0 + 3 * 3_600_000), 'the busy group stays');
});
