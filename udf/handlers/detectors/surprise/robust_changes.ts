// Two features of a field in units of its own noise, each built so that the
// other kinds of incident barely move it. A field's tails hold the extremes
// of everything that happened to it, and a feature that every kind of
// incident moves (the change against the previous value jumps at a spike, at
// a level shift and throughout a burst of noise) is judged against the
// largest of them all: a spike no larger than last hour's burst is no rare
// event for it. In the printer demo, where each field has an incident an hour
// of one of five kinds, these two (and the means' wider noise unit) found 20
// more of its 324 events over six seeds, with 62 false alarms instead of 69.
//   isolation  the window's value ISOLATION_HALF + 1 points back against the
//              medians of the ISOLATION_HALF values on each side of it: the
//              smaller of the two distances when both have the same sign,
//              else 0. A spike (up to a few points) stands apart from both
//              sides; a level shift's first point is level with the values
//              after it; a burst of noise widens both sides (the unit below).
//   step       the median of the window's newest STEP_HALF values against the
//              median of the STEP_HALF before them: a level shift moves it by
//              its size, a spike moves no median, a burst widens the unit.
// Each is divided by the largest of its sides' own spread (1.4826 × MAD, the
// standard deviation of normal noise), the field's noise (noiseSigma()) and
// its rounding resolution: chance quiet on one side does not make an
// ordinary value look far, and a field stuck on one value is not divided by
// nothing. Both look at values the window already holds (isolation judges a
// value once the ISOLATION_HALF after it are known), so nothing looks ahead.
import type { SortedWindow } from '../sorted_window.ts';

/** Values on each side of the value the isolation feature judges. */
export const ISOLATION_HALF = 8;
/** Values in each of the two halves the step feature compares. */
export const STEP_HALF = 16;
/** Standard deviation of normal noise per median absolute deviation. */
const MAD_TO_SD = 1.4826;

// Scratch, shared by every field: one step at a time.
const DIFFS = new Float64Array(64);

/** Points between two measurements of the noise (noiseSigma()): it moves slowly, and measuring it is the costly part. */
const NOISE_EVERY = 8;
/** Values whose first differences measure the noise: the newest 48 of a full window at each measurement. */
const NOISE_VALUES = 48;

/**
 * The field's noise as a standard deviation, from first differences of a full window of 64: their median absolute
 * value over 0.6745·√2, which a trend, a cycle or a few outliers barely move. Differences of exactly 0 are left
 * out, so a field stuck on one value keeps the noise its moving values showed (0 when the window never moved).
 * It is measured every NOISE_EVERY points, on the newest NOISE_VALUES values of the window then; until the next
 * measurement those values are still in the window (NOISE_EVERY − 1 fewer than 64 − NOISE_VALUES came since), so
 * the same noise follows from the window at any point in between: `measurementDue(w)` says when it changes, and
 * a restored field measures it again with the same result.
 */
export function noiseSigma(w: SortedWindow): number {
  const since = w.head % NOISE_EVERY; // values pushed since the measurement
  const last = w.size - 1 - since;
  let m = 0;
  for (let i = last - NOISE_VALUES + 2; i <= last; i++) {
    const d = Math.abs(w.at(i) - w.at(i - 1));
    if (d > 0) DIFFS[m++] = d;
  }
  if (m === 0) return 0;
  return (MAD_TO_SD / Math.SQRT2) * medianBySelection(DIFFS, m);
}

/** Whether the noise of full window w differs from the one measured at the point before (noiseSigma()). */
export function measurementDue(w: SortedWindow): boolean {
  return w.head % NOISE_EVERY === 0;
}

/** Median of a[0..m), which it reorders (quickselect: linear on average, where sorting 63 values per point is not). */
function medianBySelection(a: Float64Array, m: number): number {
  const h = m >> 1;
  select(a, m, h);
  if (m & 1) return a[h]!;
  let lower = a[0]!;
  for (let i = 1; i < h; i++) if (a[i]! > lower) lower = a[i]!;
  return (lower + a[h]!) / 2;
}

/** Reorders a[0..m) so that a[k] is its k-th smallest, with nothing larger before it and nothing smaller after. */
function select(a: Float64Array, m: number, k: number): void {
  let lo = 0;
  let hi = m - 1;
  while (hi > lo) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/*
 * Isolation and step read the window's newest values in sorted runs, kept up to date as values arrive instead of
 * sorted at every point: `after` the newest ISOLATION_HALF, `before` the ISOLATION_HALF before the one ahead of
 * those (the value judged for isolation), `newer` the newest STEP_HALF and `older` the STEP_HALF before them, one
 * after the other in one array. All four are a function of the window, so they are derived, never saved: a
 * restored field builds them again from its window. They are kept in single precision (as the tails are): a
 * difference below a millionth of the field's magnitude is rounding noise to the detector anyway.
 */
// A field's runs are a Float32Array of RUNS_LENGTH (in the detector's shared buffer, no object of their own: a
// field's memory is counted in bytes).

/** Builds the runs `runs` from window w (a full window: more than 2·STEP_HALF values). */
export function buildRuns(runs: Float32Array, w: SortedWindow): void {
  const n = w.size;
  for (let i = 0; i < ISOLATION_HALF; i++) runs[AFTER + i] = w.at(n - ISOLATION_HALF + i);
  for (let i = 0; i < ISOLATION_HALF; i++) runs[BEFORE + i] = w.at(n - 2 * ISOLATION_HALF - 1 + i);
  for (let i = 0; i < STEP_HALF; i++) runs[NEWER + i] = w.at(n - STEP_HALF + i);
  for (let i = 0; i < STEP_HALF; i++) runs[OLDER + i] = w.at(n - 2 * STEP_HALF + i);
  runs.subarray(AFTER, AFTER + ISOLATION_HALF).sort();
  runs.subarray(BEFORE, BEFORE + ISOLATION_HALF).sort();
  runs.subarray(NEWER, NEWER + STEP_HALF).sort();
  runs.subarray(OLDER, OLDER + STEP_HALF).sort();
}

/** Moves the runs on by x, about to join window w (which still holds the values before it). */
export function advanceRuns(runs: Float32Array, w: SortedWindow, x: number): void {
  const n = w.size;
  replaceSorted(runs, AFTER, ISOLATION_HALF, w.at(n - ISOLATION_HALF), x);
  replaceSorted(runs, BEFORE, ISOLATION_HALF, w.at(n - 2 * ISOLATION_HALF - 1), w.at(n - ISOLATION_HALF - 1));
  replaceSorted(runs, OLDER, STEP_HALF, w.at(n - 2 * STEP_HALF), w.at(n - STEP_HALF));
  replaceSorted(runs, NEWER, STEP_HALF, w.at(n - STEP_HALF), x);
}

/** Median of the newest STEP_HALF values of the window. */
export function newerMedian(runs: Float32Array): number {
  return sortedMedian(runs, NEWER, STEP_HALF);
}

/**
 * The isolation of the value ISOLATION_HALF + 1 points back in window w, in units of the larger of its sides'
 * spreads, `sigma` and `floor`.
 */
export function isolation(runs: Float32Array, w: SortedWindow, sigma: number, floor: number): number {
  const centre = w.at(w.size - ISOLATION_HALF - 1);
  const mb = sortedMedian(runs, BEFORE, ISOLATION_HALF);
  const ma = sortedMedian(runs, AFTER, ISOLATION_HALF);
  const db = centre - mb;
  const da = centre - ma;
  const d = db > 0 && da > 0 ? Math.min(db, da) : db < 0 && da < 0 ? Math.max(db, da) : 0;
  if (d === 0) return 0;
  const spread = Math.max(sortedMad(runs, BEFORE, ISOLATION_HALF, mb), sortedMad(runs, AFTER, ISOLATION_HALF, ma));
  return d / Math.max(MAD_TO_SD * spread, sigma, floor, Number.MIN_VALUE);
}

/** The median of the newest STEP_HALF values less that of the STEP_HALF before, in units as isolation(). */
export function step(runs: Float32Array, sigma: number, floor: number): number {
  const mo = sortedMedian(runs, OLDER, STEP_HALF);
  const mn = sortedMedian(runs, NEWER, STEP_HALF);
  const d = mn - mo;
  if (d === 0) return 0;
  const spread = (sortedMad(runs, OLDER, STEP_HALF, mo) + sortedMad(runs, NEWER, STEP_HALF, mn)) / 2;
  return d / Math.max(MAD_TO_SD * spread, sigma, floor, Number.MIN_VALUE);
}

// Where each run starts in the array.
const AFTER = 0;
const BEFORE = ISOLATION_HALF;
const NEWER = 2 * ISOLATION_HALF;
const OLDER = 2 * ISOLATION_HALF + STEP_HALF;
/** Singles of a field's sorted runs. */
export const RUNS_LENGTH = 2 * ISOLATION_HALF + 2 * STEP_HALF;

/** Replaces one occurrence of `out` in the sorted run a[at, at + m) by `into`, keeping it sorted. */
function replaceSorted(a: Float32Array, at: number, m: number, out: number, into: number): void {
  const o = Math.fround(out);
  const x = Math.fround(into);
  const last = at + m - 1;
  let i = at;
  while (i < last && a[i] !== o) i++;
  // Shift towards where x belongs, over the hole at i.
  if (x > a[i]!) {
    while (i < last && a[i + 1]! < x) {
      a[i] = a[i + 1]!;
      i++;
    }
  } else {
    while (i > at && a[i - 1]! > x) {
      a[i] = a[i - 1]!;
      i--;
    }
  }
  a[i] = x;
}

/** Median of the sorted run a[at, at + m). */
function sortedMedian(a: Float32Array, at: number, m: number): number {
  const h = at + (m >> 1);
  return m & 1 ? a[h]! : (a[h - 1]! + a[h]!) / 2;
}

/**
 * Median absolute deviation of the sorted run a[at, at + m) from its median: the deviations below and above the
 * median are two sorted runs, merged from the median outwards up to the middle one (no second sort).
 */
function sortedMad(a: Float32Array, at: number, m: number, median: number): number {
  let lo = at + (m >> 1) - 1; // the nearest value at or below the median
  let hi = at + (m >> 1);
  const end = at + m;
  if (m & 1) hi++; // the median value itself, deviation 0, is the first merged
  let taken = m & 1;
  let previous = 0;
  const want = m >> 1; // deviations to pass before the middle one(s)
  while (true) {
    const next = lo >= at && (hi >= end || median - a[lo]! <= a[hi]! - median) ? median - a[lo--]! : a[hi++]! - median;
    if (taken === want) return m & 1 ? next : (previous + next) / 2;
    previous = next;
    taken++;
  }
}
