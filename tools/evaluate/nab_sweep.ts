// NAB's scoring function and its threshold sweep, written from NAB's published
// description (Lavin & Ahmad 2015, and the scorer of NAB v1.1):
//  - rows are weighted once per series by where they sit relative to the windows;
//  - a threshold turns scores into detections (score >= threshold); in a window
//    only the earliest detection counts (the highest weight), a window without
//    one costs -A_FN, every detection outside windows adds its (negative) weight;
//  - the sweep visits every distinct score as a threshold, from the highest down,
//    updating the total incrementally, so all thresholds cost one sort.
import type { CostMatrix } from './nab_profiles.ts';
import type { RowWindow, ScoredSeries } from './types.ts';
import { probationLength, windowsToRows } from './windows.ts';

/** 2·sigmoid(−5y) − 1, clamped to −1 from y = 3 on (NAB's scaled sigmoid). */
export function scaledSigmoid(y: number): number {
  if (y >= 3) return -1;
  return 2 / (1 + Math.exp(5 * y)) - 1;
}

const MAX_TP = scaledSigmoid(-1);

/** A series' rows with their profile-independent NAB weights. */
export interface WeightedSeries {
  name: string;
  rows: number;
  /** Rows with index < probation are not scored. */
  probation: number;
  windows: RowWindow[];
  /** Window index per row, or -1 outside every window. */
  windowOf: Int32Array;
  /**
   * Unit weight per row: inside a window the true-positive value of a first
   * detection there (1 at the left edge, near 0 at the right edge); outside,
   * the false-positive value (near 0 just after a window, -1 far from it or
   * before the first window). Multiply by A_TP or A_FP respectively.
   */
  unit: Float64Array;
}

/**
 * Weights every row as NAB does. Inside window [l, r] of width w = r − l + 1,
 * row i gets scaledSigmoid(−(r − i + 1)/w)/scaledSigmoid(−1). Outside, a row
 * after a window ending at r with width w gets scaledSigmoid(|r − i|/(w − 1));
 * rows before the first window get −1. The previous window is the last one
 * that ended, so rows after the last window are weighted against it.
 */
export function weighSeries(name: string, timesMs: ArrayLike<number>, windows: ScoredSeries['windows'], probationFraction: number): WeightedSeries {
  const rows = timesMs.length;
  const located = windowsToRows(timesMs, windows);
  const windowOf = new Int32Array(rows).fill(-1);
  const unit = new Float64Array(rows);
  let next = 0;
  let prev: RowWindow | null = null;
  for (let i = 0; i < rows; i++) {
    const cur = located[next];
    if (cur && i >= cur.left && i <= cur.right) {
      const width = cur.right - cur.left + 1;
      unit[i] = scaledSigmoid(-(cur.right - i + 1) / width) / MAX_TP;
      windowOf[i] = next;
      if (i === cur.right) {
        prev = cur;
        next++;
      }
    } else if (prev === null) {
      unit[i] = -1;
    } else {
      const width = prev.right - prev.left + 1;
      // A one-row window divides by zero: NAB would fail, we weigh such rows as far away.
      unit[i] = width > 1 ? scaledSigmoid(Math.abs(i - prev.right) / (width - 1)) : -1;
    }
  }
  return { name, rows, probation: probationLength(rows, probationFraction), windows: located, windowOf, unit };
}

/** Windows that have at least one scored row: a detector can find only these. */
export function eligibleWindows(series: WeightedSeries): number {
  let count = 0;
  for (const w of series.windows) if (w.right >= series.probation) count++;
  return count;
}

/** Row-level counts at a threshold, as NAB reports them (probationary rows excluded). */
export interface RowCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface SweepBest {
  /** Detections are rows with score >= threshold; Infinity means none (the null detector). */
  threshold: number;
  score: number;
  counts: RowCounts;
  windowsDetected: number;
}

/** The scored rows of a corpus, flattened for the sweep. */
export interface FlatRows {
  score: Float64Array;
  unit: Float64Array;
  /** Corpus-wide window id, or -1. */
  window: Int32Array;
  order: Uint32Array;
  windowCount: number;
  inWindowRows: number;
}

/** Scored rows of the whole corpus, sorted by score descending (NaN scores never detect and are left out). */
export function flattenCorpus(series: readonly WeightedSeries[], scores: readonly ArrayLike<number>[]): FlatRows {
  let n = 0;
  let windowCount = 0;
  let inWindowRows = 0;
  for (const s of series) {
    const start = Math.ceil(s.probation);
    n += Math.max(0, s.rows - start);
    windowCount += s.windows.length;
  }
  const flat: FlatRows = {
    score: new Float64Array(n),
    unit: new Float64Array(n),
    window: new Int32Array(n),
    order: new Uint32Array(0),
    windowCount,
    inWindowRows: 0,
  };
  let k = 0;
  let windowBase = 0;
  const kept: number[] = [];
  series.forEach((s, si) => {
    const sc = scores[si]!;
    if (sc.length !== s.rows) throw new Error(`series ${s.name}: ${sc.length} scores for ${s.rows} rows`);
    for (let i = Math.ceil(s.probation); i < s.rows; i++, k++) {
      flat.score[k] = sc[i]!;
      flat.unit[k] = s.unit[i]!;
      const w = s.windowOf[i]!;
      flat.window[k] = w < 0 ? -1 : windowBase + w;
      if (w >= 0) inWindowRows++;
      if (!Number.isNaN(sc[i]!)) kept.push(k);
    }
    windowBase += s.windows.length;
  });
  flat.inWindowRows = inWindowRows;
  const order = Uint32Array.from(kept);
  order.sort((a, b) => flat.score[b]! - flat.score[a]!);
  flat.order = order;
  return flat;
}

/**
 * NAB's corpus-wide threshold optimisation for one profile: the threshold
 * (one of the distinct scores, or none) that maximises the summed score.
 * On ties the higher threshold wins, as in NAB (its sweep starts above 1).
 */
export function sweepBest(flat: FlatRows, eligible: number, cost: CostMatrix): SweepBest {
  const windowBest = new Float64Array(flat.windowCount).fill(-cost.fnWeight);
  const hit = new Uint8Array(flat.windowCount);
  let total = -cost.fnWeight * eligible;
  let tp = 0;
  let fp = 0;
  let detected = 0;
  const scoredRows = flat.score.length;
  let best: SweepBest = {
    threshold: Infinity,
    score: total,
    counts: { tp: 0, fp: 0, fn: flat.inWindowRows, tn: scoredRows - flat.inWindowRows },
    windowsDetected: 0,
  };
  const order = flat.order;
  let i = 0;
  while (i < order.length) {
    const threshold = flat.score[order[i]!]!;
    // Every row with this exact score becomes a detection at once.
    while (i < order.length && flat.score[order[i]!] === threshold) {
      const k = order[i]!;
      const w = flat.window[k]!;
      if (w < 0) {
        total += cost.fpWeight * flat.unit[k]!;
        fp++;
      } else {
        tp++;
        const value = cost.tpWeight * flat.unit[k]!;
        if (hit[w] === 0) {
          hit[w] = 1;
          detected++;
        }
        if (value > windowBest[w]!) {
          total += value - windowBest[w]!;
          windowBest[w] = value;
        }
      }
      i++;
    }
    if (total > best.score) {
      best = {
        threshold,
        score: total,
        counts: { tp, fp, fn: flat.inWindowRows - tp, tn: scoredRows - flat.inWindowRows - fp },
        windowsDetected: detected,
      };
    }
  }
  return best;
}

/** One series' NAB score with detections = rows with score >= threshold. */
export function scoreSeriesAt(series: WeightedSeries, scores: ArrayLike<number>, cost: CostMatrix, threshold: number): number {
  let fpTotal = 0;
  const windowBest = new Float64Array(series.windows.length).fill(-cost.fnWeight);
  for (let i = Math.ceil(series.probation); i < series.rows; i++) {
    if (!(scores[i]! >= threshold)) continue;
    const w = series.windowOf[i]!;
    if (w < 0) fpTotal += cost.fpWeight * series.unit[i]!;
    else windowBest[w] = Math.max(windowBest[w]!, cost.tpWeight * series.unit[i]!);
  }
  let total = fpTotal;
  series.windows.forEach((w, j) => {
    if (w.right >= series.probation) total += windowBest[j]!;
  });
  return total;
}
