// Event-level quality over anomaly windows, the view an operator has:
//  - a window is detected (TP) when at least one detection falls inside it;
//    a window with none is a miss (FN);
//  - a false-positive event is a maximal run of consecutive detected rows
//    outside every window (an alert that stays on for ten rows is one false
//    alarm, as a window is one anomaly);
//  - precision = TP / (TP + FP events), recall = TP / windows, F1 their
//    harmonic mean;
//  - delay of a detected window = first detection − window start, in rows and
//    in time.
// Rows in NAB's probationary period are ignored, and so are windows entirely
// inside it, so these numbers and the NAB score judge the same rows.
import { NAB_PROBATION_FRACTION } from './nab_profiles.ts';
import type { ScoredSeries } from './types.ts';
import { probationLength, windowsToRows } from './windows.ts';

export interface DelayStats {
  meanRows: number;
  medianRows: number;
  meanMs: number;
  medianMs: number;
}

export interface EventMetrics {
  windows: number;
  detectedWindows: number;
  falsePositiveEvents: number;
  /** null when undefined (no detection at all, or no window). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** Over detected windows; null when none was detected. */
  delay: DelayStats | null;
}

/** Row i of series s is a detection. */
export type DetectionRule = (series: ScoredSeries, row: number) => boolean;

export const atThreshold =
  (threshold: number): DetectionRule =>
  (s, i) =>
    s.scores[i]! >= threshold;

/** The detector's own `anomaly` verdicts (rows without one are not detections). */
export const byFlags: DetectionRule = (s, i) => s.flags !== undefined && s.flags[i] === 1;

export function eventMetrics(
  series: readonly ScoredSeries[],
  detect: DetectionRule,
  probationFraction: number = NAB_PROBATION_FRACTION,
): EventMetrics {
  let windows = 0;
  let detected = 0;
  let fpEvents = 0;
  const delayRows: number[] = [];
  const delayMs: number[] = [];
  for (const s of series) {
    const n = s.timesMs.length;
    const start = Math.ceil(probationLength(n, probationFraction));
    const located = windowsToRows(s.timesMs, s.windows);
    let next = 0;
    let inRun = false;
    for (const w of located) if (w.right >= start) windows++;
    for (let i = start; i < n; i++) {
      while (next < located.length && located[next]!.right < i) next++;
      const w = located[next];
      const inside = w !== undefined && i >= w.left;
      if (inside) {
        inRun = false;
        // Scan the window once, from its first scored row, and move past it.
        const from = Math.max(w.left, start);
        let first = -1;
        for (let j = from; j <= w.right; j++) {
          if (detect(s, j)) {
            first = j;
            break;
          }
        }
        if (first >= 0) {
          detected++;
          delayRows.push(first - w.left);
          delayMs.push(s.timesMs[first]! - s.timesMs[w.left]!);
        }
        i = w.right;
        continue;
      }
      const hit = detect(s, i);
      if (hit && !inRun) fpEvents++;
      inRun = hit;
    }
  }
  const precision = detected + fpEvents > 0 ? detected / (detected + fpEvents) : null;
  const recall = windows > 0 ? detected / windows : null;
  const f1 = precision === null || recall === null ? null : precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    windows,
    detectedWindows: detected,
    falsePositiveEvents: fpEvents,
    precision,
    recall,
    f1,
    delay: delayRows.length > 0 ? { meanRows: mean(delayRows), medianRows: median(delayRows), meanMs: mean(delayMs), medianMs: median(delayMs) } : null,
  };
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
