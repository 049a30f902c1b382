// State at scale, through the real UDF process as Kapacitor drives it: N
// groups (host=h0 .. h<N−1>, three fields) fed round-robin, step by step;
// then Kapacitor's SnapshotRequest with a keepalive right behind it and
// keepalives every 20 ms until the snapshot is in; then a RestoreRequest of
// that snapshot into a fresh process, with keepalives every 20 ms. Printed per
// scenario: resident memory per group (growth of the process's RSS from after
// Init to after the feed, over N), peak RSS during the snapshot and the
// restore, snapshot size and time (request written to response read),
// keepalive delays (the one right behind the SnapshotRequest, the worst
// during the snapshot and during the restore), restore time, and throughput
// over the steps after the warm-up.
//   node --import tsx benchmarks/state_scale.ts [scenario ...]   (names below; default: all)
import { readFileSync } from 'node:fs';
import { GroupStream } from '../tools/client/group_stream.ts';
import { UdfClient } from '../tools/client/udf_client.ts';
import { literalOption as option } from '../tools/client/init_request.ts';
import type { agent as pb } from '../udf/agent/proto/udf.js';

interface Scenario {
  name: string;
  groups: number;
  fields: string[];
  options: pb.IOption[];
  /** Steps fed (points per group), and the first step of the throughput figure (past the warm-up). */
  steps: number;
  steadyFrom: number;
  /** Skip the snapshot and restore (the throughput-only baseline). */
  throughputOnly?: boolean;
}

const three = ['a', 'b', 'c'];
const one = ['a'];
const withFields = (fields: string[], ...rest: pb.IOption[]): pb.IOption[] => [...fields.map((f) => option('field', f)), ...rest];
const mad = (groups: number): Scenario => ({ name: `mad-${groups}`, groups, fields: three, options: withFields(three, option('detector', 'mad'), option('maxGroups', groups, 'int')), steps: 300, steadyFrom: 200 });
const iforest = (groups: number): Scenario => ({ name: `iforest-${groups}`, groups, fields: three, options: withFields(three, option('detector', 'iforest'), option('maxGroups', groups, 'int')), steps: 3000, steadyFrom: 2100 });
const SCENARIOS: Scenario[] = [
  { ...mad(10), name: 'mad-10', steps: 100_000, steadyFrom: 500, throughputOnly: true },
  mad(1_000),
  mad(10_000),
  mad(100_000),
  iforest(100),
  iforest(1_000),
  // The default task: the default detector, one field.
  { name: 'surprise-10000', groups: 10_000, fields: one, options: withFields(one, option('maxGroups', 10_000, 'int')), steps: 300, steadyFrom: 200 },
];

const value = (i: number, f: number, g: number): number => 50 + 10 * Math.sin(i / 50 + f + g) + ((i * 7919 + f * 104729 + g * 31) % 1000) / 250;

function rssBytes(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : NaN;
}

function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Ping {
  sentAt: number;
  ms: number;
}

/** Runs `work` while sampling the process's RSS every 10 ms and sending a keepalive every 20 ms: its result, the peak RSS, the keepalives. */
async function watched<T>(client: UdfClient, work: Promise<T>): Promise<{ value: T; peakRss: number; pings: Ping[] }> {
  const pid = client.pid!;
  let peakRss = rssBytes(pid);
  const pings: Promise<Ping>[] = [];
  let done = false;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssBytes(pid))), 10);
  const pinger = setInterval(() => {
    if (done) return;
    const sentAt = performance.now();
    pings.push(client.keepalive().then((ms) => ({ sentAt, ms })));
  }, 20);
  try {
    const value = await work;
    done = true;
    return { value, peakRss, pings: await Promise.all(pings) };
  } finally {
    clearInterval(sampler);
    clearInterval(pinger);
  }
}

const worst = (pings: Ping[]): number => Math.max(0, ...pings.map((p) => p.ms));

interface Result {
  scenario: Scenario;
  load: string;
  pointsPerSecond: number;
  feedKeepaliveP99Ms: number;
  residentPerGroup: number;
  rssAfterFeed: number;
  snapshotBytes?: number;
  snapshotMs?: number;
  snapshotPeakRss?: number;
  keepaliveBehindSnapshotMs?: number;
  keepaliveBeforeSnapshot?: boolean;
  keepaliveMaxDuringSnapshotMs?: number;
  restoreMs?: number;
  /** From the RestoreRequest handed to the pipe to its answer: the restore's own work. */
  restoreWorkMs?: number;
  restorePeakRss?: number;
  rssAfterRestore?: number;
  keepaliveMaxDuringRestoreMs?: number;
  /** Worst keepalive sent once the RestoreRequest was in the pipe (not queued behind it). */
  keepaliveMaxDuringRestoreWorkMs?: number;
}

async function run(s: Scenario): Promise<Result> {
  const load = loadAverage();
  const stream = new GroupStream({ groups: s.groups, fields: s.fields, t0Ns: 1_700_000_000_000_000_000n, stepNs: 1_000_000_000n, value });
  const a = new UdfClient({ maxFrameSize: 1 << 30, onPointFrame: () => {} });
  await a.init({ options: s.options });
  await a.sync();
  const rss0 = rssBytes(a.pid!);
  const keepalives: Promise<number>[] = [];
  let lastKeepalive = performance.now();
  let steadyStart = performance.now();
  for (let i = 0; i < s.steps; i++) {
    if (i === s.steadyFrom) {
      await a.sync();
      steadyStart = performance.now();
    }
    // Steps of a few groups are batched so each write is a sizeable chunk.
    const batch = Math.max(1, Math.floor(5000 / s.groups));
    const to = Math.min(s.steps, i + batch, i < s.steadyFrom ? s.steadyFrom : s.steps);
    await a.sendFrames(to - i === 1 ? stream.step(i) : stream.encode(i, to));
    i = to - 1;
    if (performance.now() - lastKeepalive > 100) {
      keepalives.push(a.keepalive());
      lastKeepalive = performance.now();
    }
  }
  await a.sync();
  const steadyPoints = (s.steps - s.steadyFrom) * s.groups;
  const pointsPerSecond = steadyPoints / ((performance.now() - steadyStart) / 1000);
  const feedKeepalives = (await Promise.all(keepalives)).sort((x, y) => x - y);
  await sleep(1000);
  const rssAfterFeed = rssBytes(a.pid!);
  const result: Result = {
    scenario: s,
    load,
    pointsPerSecond,
    feedKeepaliveP99Ms: feedKeepalives[Math.floor(0.99 * (feedKeepalives.length - 1))] ?? NaN,
    residentPerGroup: (rssAfterFeed - rss0) / s.groups,
    rssAfterFeed,
  };
  if (s.throughputOnly) {
    await a.close();
    return result;
  }

  // The snapshot, with a keepalive written right behind its request.
  let snapshotAt = 0;
  let behindAt = 0;
  const started = performance.now();
  const snapshotting = a.snapshot().then((b) => ((snapshotAt = performance.now()), b));
  const behind = a.keepalive().then((ms) => ((behindAt = performance.now()), ms));
  const snap = await watched(a, snapshotting);
  const snapshot = snap.value;
  result.snapshotBytes = snapshot.length;
  result.snapshotMs = snapshotAt - started;
  result.snapshotPeakRss = snap.peakRss;
  result.keepaliveBehindSnapshotMs = await behind;
  result.keepaliveBeforeSnapshot = behindAt < snapshotAt;
  result.keepaliveMaxDuringSnapshotMs = Math.max(result.keepaliveBehindSnapshotMs, worst(snap.pings));
  await a.close();

  // A fresh process restores it.
  const b = new UdfClient({ maxFrameSize: 1 << 30, onPointFrame: () => {} });
  await b.init({ options: s.options });
  await b.sync();
  const restoreStart = performance.now();
  let writtenAt = restoreStart;
  const restore = await watched(b, b.restore(snapshot, () => (writtenAt = performance.now())));
  if (!restore.value.success) throw new Error(`${s.name}: restore refused: ${restore.value.error}`);
  result.restoreMs = performance.now() - restoreStart;
  result.restoreWorkMs = performance.now() - writtenAt;
  result.restorePeakRss = restore.peakRss;
  result.keepaliveMaxDuringRestoreMs = worst(restore.pings);
  result.keepaliveMaxDuringRestoreWorkMs = worst(restore.pings.filter((p) => p.sentAt >= writtenAt));
  await sleep(500);
  result.rssAfterRestore = rssBytes(b.pid!);
  await b.close();
  return result;
}

const fmt = (n: number | undefined, digits = 0): string => (n === undefined || Number.isNaN(n) ? '' : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));
const mb = (n: number | undefined): string => (n === undefined ? '' : fmt(n / 1e6, 1));

const only = process.argv.slice(2);
const results: Result[] = [];
for (const s of SCENARIOS) {
  if (only.length > 0 && !only.includes(s.name)) continue;
  const r = await run(s);
  results.push(r);
  process.stderr.write(`${s.name}: ${JSON.stringify({ ...r, scenario: undefined })}\n`);
}

const lines = [
  '| scenario | groups × fields | points/s (steady) | feed keepalive p99 ms | resident per group (B) | RSS after feed MB | snapshot MB | snapshot per group (B) | snapshot ms | peak RSS in snapshot MB | keepalive behind the SnapshotRequest ms | worst keepalive in snapshot ms | restore ms (of which its work) | peak RSS in restore MB | worst keepalive in restore ms (sent during its work) | load (1/5/15 min) |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
];
for (const r of results) {
  const s = r.scenario;
  lines.push(
    `| ${s.name} | ${fmt(s.groups)} × ${s.fields.length} | ${fmt(r.pointsPerSecond)} | ${fmt(r.feedKeepaliveP99Ms, 1)} | ${fmt(r.residentPerGroup)} | ${mb(r.rssAfterFeed)} | ${mb(r.snapshotBytes)} | ${r.snapshotBytes === undefined ? '' : fmt(r.snapshotBytes / s.groups)} | ${fmt(r.snapshotMs)} | ${mb(r.snapshotPeakRss)} | ${r.keepaliveBehindSnapshotMs === undefined ? '' : `${fmt(r.keepaliveBehindSnapshotMs, 1)}${r.keepaliveBeforeSnapshot ? ' (before it)' : ' (after it)'}`} | ${fmt(r.keepaliveMaxDuringSnapshotMs, 1)} | ${r.restoreMs === undefined ? '' : `${fmt(r.restoreMs)} (${fmt(r.restoreWorkMs)})`} | ${mb(r.restorePeakRss)} | ${r.keepaliveMaxDuringRestoreMs === undefined ? '' : `${fmt(r.keepaliveMaxDuringRestoreMs, 1)} (${fmt(r.keepaliveMaxDuringRestoreWorkMs, 1)})`} | ${r.load} |`,
  );
}
process.stdout.write(lines.join('\n') + '\n');
