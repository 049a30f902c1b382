// The reusable entry point: a bounded series as an iterable of points plus its labels.
import { createPrinterSeries } from './series.ts';
import type { PrinterSeries, SeriesOptions } from './series.ts';
import type { Labels, PrinterPoint } from './types.ts';

export interface GenerateOptions extends Omit<SeriesOptions, 'durationMs'> {
  /** Default 24 h. */
  durationMs?: number;
}

export interface PrinterData {
  /** Time-ordered; at each step one point per printer. Re-iterable, computed lazily. */
  points: Iterable<PrinterPoint>;
  /** Number of points `points` yields (steps x printers). */
  count: number;
  labels: Labels;
  series: PrinterSeries;
}

export function generatePrinterData(options: GenerateOptions): PrinterData {
  const series = createPrinterSeries({ ...options, durationMs: options.durationMs ?? 24 * 3_600_000 });
  const steps = series.stepCount;
  const printers = series.printerNames.length;
  const points: Iterable<PrinterPoint> = {
    *[Symbol.iterator]() {
      for (let step = 0; step < steps; step++) {
        for (let p = 0; p < printers; p++) yield series.pointAt(step, p);
      }
    },
  };
  return { points, count: steps * printers, labels: series.labels(), series };
}
