// Live: one point per printer per step at the wall-clock time it is due,
// until the series ends (--duration) or the signal aborts (Ctrl-C). A slow
// write does not drop points: the steps that fell due meanwhile go together.
import { setTimeout as sleep } from 'node:timers/promises';
import { toLineProtocol } from './line_protocol.ts';
import type { RunResult } from './backfill.ts';
import type { PrinterSeries } from './series.ts';
import type { Target } from './target.ts';
import type { Precision } from './types.ts';

export interface LiveOptions {
  series: PrinterSeries;
  target: Target;
  precision: Precision;
  batchSize: number;
  signal?: AbortSignal;
  /** Called after each successful write with the last step written (labels, status). */
  onWritten?: (lastStep: number, points: number) => void;
  now?: () => number;
}

export async function runLive(options: LiveOptions): Promise<RunResult> {
  const { series, target, precision, signal } = options;
  const now = options.now ?? Date.now;
  const started = performance.now();
  const printers = series.printerNames.length;
  const maxSteps = Math.max(1, Math.floor(options.batchSize / printers));
  let next = 0;
  let written = 0;
  while (next < series.stepCount && !signal?.aborted) {
    const wait = series.timeMsAt(next) - now();
    if (wait > 0) {
      try {
        await sleep(wait, undefined, { signal });
      } catch {
        break; // aborted while waiting
      }
    }
    const due = Math.floor((now() - series.timeMsAt(0)) / series.options.stepMs);
    const last = Math.min(series.stepCount - 1, Math.max(next, due), next + maxSteps - 1);
    const lines: string[] = [];
    for (let step = next; step <= last; step++) {
      for (let p = 0; p < printers; p++) lines.push(toLineProtocol(series.pointAt(step, p), precision));
    }
    await target.write(lines);
    written += lines.length;
    next = last + 1;
    options.onWritten?.(last, written);
  }
  return { points: written, elapsedMs: performance.now() - started, lastStep: next - 1, interrupted: signal?.aborted === true };
}
