// Backfill: the whole bounded series, in time order, in batches. The next
// batch is built while the previous one is being written.
import { toLineProtocol } from './line_protocol.ts';
import type { Progress } from '../../tools/common/progress.ts';
import type { PrinterSeries } from './series.ts';
import type { Target } from './target.ts';
import type { Precision } from './types.ts';

export interface BackfillOptions {
  series: PrinterSeries;
  target: Target;
  batchSize: number;
  precision: Precision;
  progress?: Progress;
  /** Stop after the batch in flight (Ctrl-C). */
  signal?: AbortSignal;
}

export interface RunResult {
  points: number;
  elapsedMs: number;
  /** Last step written, -1 when nothing was. */
  lastStep: number;
  interrupted: boolean;
}

export async function runBackfill(options: BackfillOptions): Promise<RunResult> {
  const { series, target, batchSize, precision, progress, signal } = options;
  const started = performance.now();
  const printers = series.printerNames.length;
  const steps = series.stepCount;
  if (!Number.isFinite(steps)) throw new Error('backfill needs a bounded series (a duration)');
  let written = 0;
  let lastStep = -1;
  let pending: Promise<void> | undefined;
  let pendingInfo = { points: 0, lastStep: -1 };
  let batch: string[] = [];
  let batchLastStep = -1;

  const settle = async (): Promise<void> => {
    if (!pending) return;
    await pending;
    pending = undefined;
    written += pendingInfo.points;
    lastStep = pendingInfo.lastStep;
    progress?.update(written);
  };
  const send = async (): Promise<void> => {
    await settle();
    pendingInfo = { points: batch.length, lastStep: batchLastStep };
    pending = target.write(batch);
    // Handled by the next settle(); this only avoids an unhandled-rejection report meanwhile.
    pending.catch(() => undefined);
    batch = [];
  };

  for (let step = 0; step < steps && !signal?.aborted; step++) {
    // Whole steps per batch, never more than batchSize lines (unless one step alone is larger).
    if (batch.length > 0 && batch.length + printers > batchSize) await send();
    for (let p = 0; p < printers; p++) batch.push(toLineProtocol(series.pointAt(step, p), precision));
    batchLastStep = step;
  }
  if (batch.length > 0 && !signal?.aborted) await send();
  await settle();
  progress?.finish();
  return { points: written, elapsedMs: performance.now() - started, lastStep, interrupted: signal?.aborted === true };
}
