// Memory per group: heap growth of the ads handler after filling G groups'
// windows, divided by G × fields. Run with --expose-gc (npm run bench does).
import Long from 'long';
import { createAdsHandler } from '../udf/handlers/ads.ts';
import { option } from './lib/udf_run.ts';
import type { agent as pb } from '../udf/agent/proto/udf.js';

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

/** Heap plus array buffers after GC; array-buffer backing stores are freed a moment after a GC, so wait for them. */
async function heap(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    gc!();
    await new Promise((r) => setTimeout(r, 50));
  }
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers; // typed-array windows live outside the JS heap
}

export async function measure(c: MemoryCase, groups: number): Promise<number> {
  const handler = createAdsHandler();
  const init = handler.init({ options: [...c.fields.map((f) => option('field', f)), ...c.options] });
  if (!init.success) throw new Error(init.error ?? 'init failed');
  const before = await heap();
  const t0 = Long.fromString('1700000000000000000');
  for (let i = 0; i < c.pointsPerGroup; i++) {
    for (let g = 0; g < groups; g++) {
      const fieldsDouble: Record<string, number> = {};
      c.fields.forEach((f, k) => (fieldsDouble[f] = 50 + Math.sin(i / 10 + g + k) + ((i * 31 + g) % 17) / 10));
      handler.points([{ time: t0.add(i * 1e9), name: 'm', group: `g${g}`, tags: { g: `g${g}` }, fieldsDouble }]);
    }
  }
  const after = await heap();
  handler.stop();
  return (after - before) / groups;
}

// 300 points per group: past the window (100) and the score calibration's warm-up (100 verdicts), the
// steady state a long-running task is in; the 150-point row shows the calibration warm-up's extra buffer.
const CASES: MemoryCase[] = [
  // The default detector, past its features' warm-up and a first tail epoch (8,192 points) would be longer
  // than this run needs: its state has a fixed size from the first point on (typed arrays).
  { name: 'surprise (default)', fields: ['value'], options: [], pointsPerGroup: 300 },
  { name: 'surprise (default), 3 fields', fields: ['a', 'b', 'c'], options: [], pointsPerGroup: 300 },
  { name: 'mad, window 100 (during calibration warm-up)', fields: ['value'], options: [option('detector', 'mad'), option('window', 100, 'int')], pointsPerGroup: 150 },
  { name: 'mad, window 100', fields: ['value'], options: [option('detector', 'mad'), option('window', 100, 'int')], pointsPerGroup: 300 },
  { name: 'mad, window 100, 3 fields', fields: ['a', 'b', 'c'], options: [option('detector', 'mad'), option('window', 100, 'int')], pointsPerGroup: 300 },
  { name: 'iqr, window 100', fields: ['value'], options: [option('detector', 'iqr')], pointsPerGroup: 300 },
  { name: 'zscore, window 100', fields: ['value'], options: [option('detector', 'zscore')], pointsPerGroup: 300 },
  { name: 'mad, window 100, uncalibrated', fields: ['value'], options: [option('detector', 'mad'), option('calibration', 'none')], pointsPerGroup: 300 },
  // A full training window (2048) and a few retrainings: the window, the trees and their scoring layout.
  { name: 'iforest, 3 fields, defaults', fields: ['a', 'b', 'c'], options: [option('detector', 'iforest')], pointsPerGroup: 4000, groups: 100 },
];

const defaultGroups = Number(process.env.BENCH_GROUPS ?? 10_000);
const lines = ['| memory case | groups | bytes per group | bytes per (group, field) |', '|---|---|---|---|'];
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
for (const c of CASES) {
  const groups = c.groups ?? defaultGroups;
  const perGroup = await measure(c, groups);
  lines.push(`| ${c.name} | ${groups} | ${fmt(perGroup)} | ${fmt(perGroup / c.fields.length)} |`);
}
process.stdout.write(lines.join('\n') + '\n');
