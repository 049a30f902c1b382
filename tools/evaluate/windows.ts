// Where labelled windows fall in a series, and which rows NAB leaves unscored.
import type { LabelWindow, RowWindow } from './types.ts';

/**
 * NAB's probationary period: the first min(floor(f·n), f·5000) rows are not
 * scored (750 rows at most with f = 0.15). Rows with index < the result are
 * probationary; the result may be fractional for unusual fractions, as in NAB.
 */
export function probationLength(rows: number, fraction: number): number {
  return Math.min(Math.floor(fraction * rows), fraction * 5000);
}

/** First index i with times[i] >= t (times ascending); times.length when none. */
export function lowerBound(times: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index i with times[i] > t (times ascending); times.length when none. */
export function upperBound(times: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Rows inside each window: the first row at or after its start to the last row
 * at or before its end. NAB requires window edges to be row timestamps, and
 * then this is exactly NAB's mapping; for edges between rows (the generator's
 * labels) it is the natural extension. Windows that cover no row are dropped;
 * overlapping windows are merged, because NAB's sweep assumes disjoint windows
 * in time order.
 */
export function windowsToRows(times: ArrayLike<number>, windows: readonly LabelWindow[]): RowWindow[] {
  const located: RowWindow[] = [];
  for (const w of windows) {
    const left = lowerBound(times, w.startMs);
    const right = upperBound(times, w.endMs) - 1;
    if (right >= left) located.push({ left, right });
  }
  located.sort((a, b) => a.left - b.left);
  const merged: RowWindow[] = [];
  for (const w of located) {
    const last = merged[merged.length - 1];
    if (last && w.left <= last.right) last.right = Math.max(last.right, w.right);
    else merged.push({ ...w });
  }
  return merged;
}
