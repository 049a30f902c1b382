// Memory per group of every detector, in process: the growth of the live heap
// plus array buffers after GC once G groups are past their warm-up, over G;
// the bytes a snapshot holds per group; and the upper bound Init's memory
// budget counts per group (state_bytes.ts), which must not be below either.
// Run with --expose-gc (npm run bench does). benchmarks/state_scale.ts
// measures the same through the real process (its RSS).
import Long from 'long';
import { createAdsHandler } from '../udf/handlers/ads.ts';
import { buildConfig } from '../udf/handlers/ads_config.ts';
import { option } from './lib/udf_run.ts';
import type { agent as pb } from '../udf/agent/proto/udf.js';
import type { SnapshotBytes, Steps } from '../udf/agent/handler.ts';

interface MemoryCase {
  name: string;
  fields: string[];
  options: pb.IOption[];
  pointsPerGroup: number;
  /** Groups for this case (default BENCH_GROUPS). */
  groups?: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

/** Heap and array buffers after GC; array-buffer backing stores are freed a moment after a GC, so wait for them. */
async function live(): Promise<{ heap: number; buffers: number }> {
  for (let i = 0; i < 3; i++) {
    gc!();
    await new Promise((r) => setTimeout(r, 50));
  }
  const m = process.memoryUsage();
  return { heap: m.heapUsed, buffers: m.arrayBuffers };
}

function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
  }
}

interface Measured {
  heapPerGroup: number;
  buffersPerGroup: number;
  snapshotPerGroup: number;
  boundPerGroup: number;
}

async function measure(c: MemoryCase, groups: number): Promise<Measured> {
  const options = [...c.fields.map((f) => option('field', f)), ...c.options, option('maxGroups', groups, 'int')];
  const handler = createAdsHandler({ memoryBudget: 64 * 1024 ** 3 });
  const init = handler.init({ options });
  if (!init.success) throw new Error(init.error ?? 'init failed');
  const before = await live();
  const t0 = Long.fromString('1700000000000000000');
  for (let i = 0; i < c.pointsPerGroup; i++) {
    for (let g = 0; g < groups; g++) {
      const fieldsDouble: Record<string, number> = {};
      c.fields.forEach((f, k) => (fieldsDouble[f] = 50 + 10 * Math.sin(i / 50 + g + k) + ((i * 7919 + k * 104729 + g * 31) % 1000) / 250));
      handler.points([{ time: t0.add(i * 1e9), name: 'm', group: `host=h${g}`, tags: { host: `h${g}` }, fieldsDouble }]);
    }
  }
  const after = await live();
  const pieces: SnapshotBytes = finish(handler.snapshot());
  const snapshotBytes = pieces.reduce((a, p) => a + p.length, 0);
  handler.stop();
  return {
    heapPerGroup: (after.heap - before.heap) / groups,
    buffersPerGroup: (after.buffers - before.buffers) / groups,
    snapshotPerGroup: snapshotBytes / groups,
    boundPerGroup: buildConfig(options, undefined, 64 * 1024 ** 3).groupBytes,
  };
}

const one = ['value'];
const three = ['a', 'b', 'c'];
const det = (name: string) => option('detector', name);
// Past each detector's warm-up and the score calibration's (100 verdicts): the steady state a long-running task is in.
const CASES: MemoryCase[] = [
  { name: 'surprise (the default)', fields: one, options: [], pointsPerGroup: 300 },
  { name: 'surprise (the default)', fields: three, options: [], pointsPerGroup: 300 },
  { name: 'mad, window 100', fields: one, options: [det('mad')], pointsPerGroup: 300 },
  { name: 'mad, window 100', fields: three, options: [det('mad')], pointsPerGroup: 300 },
  { name: 'mad, window 100, uncalibrated', fields: one, options: [det('mad'), option('calibration', 'none')], pointsPerGroup: 300 },
  { name: 'mad, window 100, during the calibration warm-up', fields: one, options: [det('mad')], pointsPerGroup: 150 },
  { name: 'threshold', fields: three, options: [det('threshold'), option('upper', 90.0)], pointsPerGroup: 300 },
  { name: 'iqr, window 100', fields: three, options: [det('iqr')], pointsPerGroup: 300 },
  { name: 'quantile, window 100', fields: three, options: [det('quantile')], pointsPerGroup: 300 },
  { name: 'zscore, window 100', fields: three, options: [det('zscore')], pointsPerGroup: 300 },
  { name: 'persist', fields: three, options: [det('persist')], pointsPerGroup: 300 },
  { name: 'levelshift', fields: three, options: [det('levelshift')], pointsPerGroup: 300 },
  { name: 'volatilityshift', fields: three, options: [det('volatilityshift')], pointsPerGroup: 300 },
  { name: 'seasonal, period 1h (24 phases)', fields: three, options: [det('seasonal'), option('period', 3_600e9, 'duration')], pointsPerGroup: 3600 },
  // A full training window (2048) and retrainings: the rows, the forest in use and one waiting to take over.
  { name: 'iforest, defaults', fields: three, options: [det('iforest')], pointsPerGroup: 4000, groups: 200 },
];

const defaultGroups = Number(process.env.BENCH_GROUPS ?? 10_000);
const only = process.argv.slice(2);
const lines = [
  '| detector | fields | groups | live bytes per group (heap + buffers) | per (group, field) | snapshot bytes per group | bound per group (memory budget) |',
  '|---|---|---|---|---|---|---|',
];
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
for (const c of CASES) {
  if (only.length > 0 && !only.some((o) => c.name.startsWith(o))) continue;
  const groups = c.groups ?? (c.pointsPerGroup > 1000 ? defaultGroups / 10 : defaultGroups);
  const m = await measure(c, groups);
  const liveBytes = m.heapPerGroup + m.buffersPerGroup;
  lines.push(`| ${c.name} | ${c.fields.length} | ${fmt(groups)} | ${fmt(liveBytes)} (${fmt(m.heapPerGroup)} + ${fmt(m.buffersPerGroup)}) | ${fmt(liveBytes / c.fields.length)} | ${fmt(m.snapshotPerGroup)} | ${fmt(m.boundPerGroup)} |`);
}
process.stdout.write(lines.join('\n') + '\n');
