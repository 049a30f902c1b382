// Reduces the points of a time range to at most one column per pixel: the series' min and max (in the order they
// occur, so spikes survive) and the widest band. Hours of 1 s data become a path of a few thousand vertices.
import type { Trace } from './trace.ts';

export interface Column {
  /** Pixel offset from the left of the plot. */
  x: number;
  /** One or two values: the column's extremes in time order. */
  values: number[];
  /** Lowest lower and highest upper bound in the column; NaN when no point of it has a band. */
  lower: number;
  upper: number;
}

/** Index of the first point at or after `timeMs`. */
export function lowerBound(times: readonly number[], timeMs: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! < timeMs) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function toColumns(trace: Trace, fromMs: number, toMs: number, widthPx: number): Column[] {
  const out: Column[] = [];
  const span = Math.max(1, toMs - fromMs);
  const end = lowerBound(trace.timesMs, toMs + 1);
  let current: (Column & { minAt: number; maxAt: number; min: number; max: number }) | null = null;
  const close = (): void => {
    if (!current) return;
    const { min, max, minAt, maxAt } = current;
    current.values = min === max ? [min] : minAt < maxAt ? [min, max] : [max, min];
    out.push({ x: current.x, values: current.values, lower: current.lower, upper: current.upper });
    current = null;
  };
  for (let i = lowerBound(trace.timesMs, fromMs); i < end; i++) {
    const x = Math.min(widthPx, Math.round(((trace.timesMs[i]! - fromMs) / span) * widthPx));
    const v = trace.values[i]!;
    const lo = trace.lower[i]!;
    const hi = trace.upper[i]!;
    if (!current || current.x !== x) {
      close();
      current = { x, values: [], lower: lo, upper: hi, min: v, max: v, minAt: i, maxAt: i };
      continue;
    }
    if (v < current.min) {
      current.min = v;
      current.minAt = i;
    }
    if (v > current.max) {
      current.max = v;
      current.maxAt = i;
    }
    if (!Number.isNaN(lo)) current.lower = Number.isNaN(current.lower) ? lo : Math.min(current.lower, lo);
    if (!Number.isNaN(hi)) current.upper = Number.isNaN(current.upper) ? hi : Math.max(current.upper, hi);
  }
  close();
  return out;
}
