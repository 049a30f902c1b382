// Writes the ground-truth labels JSON atomically (live mode rewrites it while readers may look).
import { renameSync, writeFileSync } from 'node:fs';
import type { Labels } from './types.ts';

export function writeLabelsFile(path: string, labels: Labels): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify(labels, null, 2) + '\n');
  renameSync(tmp, path);
}
