// The stats line: the real process logs one JSON line at info level per interval, with the counters README
// documents; the counters themselves, summed over conversations as socket mode has them, in process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Long from 'long';
import { UdfProcess, opt } from './helpers/udf_process.ts';
import { point, noise } from './helpers/conversation.ts';
import { UdfStats, percentile, type StatsRecord } from '../udf/stats.ts';
import type { Handler, HandlerStats } from '../udf/agent/handler.ts';
import { createPassthroughHandler } from '../udf/handlers/passthrough.ts';

const FIELDS: Record<keyof StatsRecord, 'number' | 'number|null'> = {
  intervalS: 'number',
  pointsIn: 'number',
  pointsOut: 'number',
  pointsPerSec: 'number',
  groups: 'number',
  groupsEvicted: 'number',
  anomalies: 'number',
  rssBytes: 'number',
  snapshotBytes: 'number|null',
  snapshotMs: 'number|null',
  keepalives: 'number',
  keepaliveP99Ms: 'number|null',
};

/** The stats lines in a process's stderr, parsed; fails on a stats line that is not JSON or lacks a field. */
function statsLines(stderr: string): (StatsRecord & { level: number; msg: string })[] {
  const lines = stderr.split('\n').filter((l) => l.includes('"msg":"stats"'));
  return lines.map((line) => {
    const r = JSON.parse(line) as StatsRecord & { level: number; msg: string };
    for (const [name, type] of Object.entries(FIELDS)) {
      const v = (r as unknown as Record<string, unknown>)[name];
      assert.ok(typeof v === 'number' || (type === 'number|null' && v === null), `${name} is ${JSON.stringify(v)} in ${line}`);
    }
    return r;
  });
}

test('the UDF logs a stats line at info level every --stats-interval, and it parses', async () => {
  const u = new UdfProcess(['--stats-interval', '200ms'], { ADS_LOG_LEVEL: 'info' });
  u.send({ init: { options: [opt('field', 'temperature'), opt('detector', 'mad'), opt('window', 20, 'int'), opt('maxGroups', 2, 'int')] } });
  const N = 200;
  // Two printers, p1 with a spike; then a third printer, over the group cap, evicts the least recent one.
  for (let i = 0; i < N; i++) u.send(point(i, i === 150 ? 40 : noise(i), { group: `printer=p${(i % 2) + 1}` }));
  u.send(point(N, noise(N), { group: 'printer=p3' }));
  u.send({ keepalive: { time: Long.fromNumber(Date.now()).mul(1_000_000) } });
  u.send({ snapshot: {} });
  const [snapshot] = await u.waitForCount('snapshot', 1);
  await u.waitForCount('keepalive', 1);
  const deadline = Date.now() + 10_000;
  while (!statsLines(u.stderr).some((r) => r.pointsIn === N + 1 && r.snapshotBytes !== null) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  u.end();
  assert.equal(await u.exited, 0);

  const lines = statsLines(u.stderr);
  const last = lines.at(-1)!;
  assert.ok(last, `no stats line in:\n${u.stderr}`);
  assert.equal(last.level, 30, 'info level');
  assert.equal(last.pointsIn, N + 1);
  assert.equal(last.pointsOut, N + 1);
  assert.equal(last.groups, 2);
  assert.equal(last.groupsEvicted, 1);
  assert.ok(last.anomalies >= 1, `the spike: ${last.anomalies} anomalies`);
  assert.equal(last.snapshotBytes, snapshot!.snapshot!.snapshot!.length);
  assert.ok(last.snapshotMs! >= 0);
  assert.ok(last.rssBytes > 10 * 1024 * 1024 && last.rssBytes < 2 * 1024 ** 3, `rss ${last.rssBytes}`);
  // The interval that saw the keepalive times its reply; later ones saw none.
  const withKeepalive = lines.find((r) => r.keepalives > 0)!;
  assert.equal(withKeepalive.keepalives, 1);
  assert.ok(withKeepalive.keepaliveP99Ms! >= 0 && withKeepalive.keepaliveP99Ms! < 10_000, `p99 ${withKeepalive.keepaliveP99Ms}`);
  assert.ok(lines.some((r) => r.pointsPerSec > 0));
  for (const r of lines) assert.ok(r.intervalS > 0.1 && r.intervalS < 5, `interval ${r.intervalS} s`);
  assert.equal(u.stdoutBytes > 0, true);
  u.finishOutput();
});

test('--stats-interval 0 logs no stats line', async () => {
  const u = new UdfProcess(['--stats-interval', '0'], { ADS_LOG_LEVEL: 'info' });
  u.send({ init: { options: [opt('field', 'temperature'), opt('detector', 'mad')] } });
  for (let i = 0; i < 20; i++) u.send(point(i, noise(i)));
  await u.waitForCount('point', 20);
  await new Promise((r) => setTimeout(r, 1_200));
  u.end();
  assert.equal(await u.exited, 0);
  assert.match(u.stderr, /"msg":"initialised"/, 'info lines are logged');
  assert.deepEqual(statsLines(u.stderr), []);
});

test('an invalid --stats-interval is a usage error naming the flag', async () => {
  const u = new UdfProcess(['--stats-interval', '5 minutes']);
  assert.equal(await u.exited, 1);
  assert.match(u.stderr, /--stats-interval <duration>' argument '5 minutes' is invalid/);
});

function handlerWith(stats: HandlerStats): Handler {
  return { ...createPassthroughHandler(), stats: () => stats };
}

test('stats sum the live conversations and keep what ended ones evicted and flagged', () => {
  let now = 0;
  const s = new UdfStats(() => now);
  const a = { groups: 3, groupsEvicted: 1, anomalies: 4 };
  const detachA = s.attach(handlerWith(a));
  s.attach(handlerWith({ groups: 2, groupsEvicted: 0, anomalies: 1 }));
  s.attach(createPassthroughHandler()); // no stats of its own
  s.pointsIn(500);
  s.pointsOut(480);
  for (const ms of [1, 2, 3, 100]) s.keepaliveReplied(ms);
  now = 2_000;
  const first = s.take(1234);
  assert.deepEqual(first, {
    intervalS: 2, pointsIn: 500, pointsOut: 480, pointsPerSec: 250, groups: 5, groupsEvicted: 1, anomalies: 5,
    rssBytes: 1234, snapshotBytes: null, snapshotMs: null, keepalives: 4, keepaliveP99Ms: 100,
  });
  a.anomalies = 6;
  detachA();
  detachA(); // once only
  s.snapshotTaken(2048, 1.5);
  now = 3_000;
  const second = s.take(1234);
  assert.deepEqual(
    [second.pointsPerSec, second.groups, second.groupsEvicted, second.anomalies, second.snapshotBytes, second.snapshotMs, second.keepalives, second.keepaliveP99Ms],
    [0, 2, 1, 7, 2048, 1.5, 0, null],
  );
});

test('percentile is the nearest rank', () => {
  const xs = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 .. 1
  assert.equal(percentile(xs, 0.99), 99);
  assert.equal(percentile(xs, 0.5), 50);
  assert.equal(percentile([7], 0.99), 7);
  assert.equal(percentile([1, 2], 0.99), 2);
});
