// Scores flagged points against the generator's ground-truth events (pure, no I/O). Shared by `npm run demo` and
// the end-to-end test, so both judge detection by the same rule.
import { nsToMs } from '../../tools/io/timestamps.ts';

export interface LabelledEvent {
  printer: string;
  field: string;
  kind: string;
  startNs: string;
  endNs: string;
}

/** One scored point as written to printer_anomalies. */
export interface ScoredPoint {
  printer: string;
  timeMs: number;
  anomaly: boolean;
  /**
   * The fields an anomalous point is about (the UDF's `anomaly_fields`); undefined when the output does not say,
   * in which case the anomaly is attributed to every field.
   */
  fields?: readonly string[];
}

/** Whether `p` flags `field`: anomalous, and about that field when it says which. */
export function flagsField(p: ScoredPoint, field: string): boolean {
  return p.anomaly && (p.fields === undefined || p.fields.includes(field));
}

/** The `fields` of a point from its `anomaly_fields` value (comma-separated names); undefined when absent. */
export function anomalyFields(value: unknown): string[] | undefined {
  if (typeof value !== 'string') return undefined;
  return value === '' ? [] : value.split(',');
}

export interface EventResult {
  event: LabelledEvent;
  detected: boolean;
  /** Milliseconds from the event's start to its first flagged point (undefined when missed). */
  delayMs?: number;
}

export interface DelaySummary {
  meanMs: number;
  medianMs: number;
  maxMs: number;
}

export interface DetectionSummary {
  events: EventResult[];
  recall: number;
  /** kind -> [detected, total] */
  byKind: Map<string, [number, number]>;
  /** Scored points outside every (tolerance-widened) event of their printer. */
  normalPoints: number;
  /** Anomalous points among the normal points. */
  falsePositives: number;
  falsePositiveRate: number;
  /** All anomalous points. */
  flaggedPoints: number;
  /** Share of anomalous points that lie within (tolerance-widened) events; null when nothing was flagged. */
  pointPrecision: number | null;
  /** False alarms as an operator sees them: maximal runs of consecutive false-positive points of one printer. */
  falseAlarms: number;
  /** detected events / (detected events + false alarms); null when there is neither. */
  alarmPrecision: number | null;
  /** Over detected events; null when none was detected. */
  delay: DelaySummary | null;
}

interface Window {
  event: LabelledEvent;
  startMs: number;
  endMs: number;
}


/** Points grouped by printer, each group in time order. */
function byPrinter(points: readonly ScoredPoint[]): Map<string, ScoredPoint[]> {
  const groups = new Map<string, ScoredPoint[]>();
  for (const p of points) {
    const list = groups.get(p.printer);
    if (list) list.push(p);
    else groups.set(p.printer, [p]);
  }
  for (const list of groups.values()) list.sort((a, b) => a.timeMs - b.timeMs);
  return groups;
}

/** Index of the first point at or after `timeMs` (points in time order). */
function firstAtOrAfter(points: readonly ScoredPoint[], timeMs: number): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid]!.timeMs < timeMs) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * An event counts as detected when a point of its printer inside [start, end + toleranceMs] flags the event's field
 * (anomalous and about that field: with several fields scored at once the `anomaly` flag alone would credit a long
 * event with any unrelated hit of the same printer). Points inside
 * [start - toleranceMs, end + toleranceMs] of any event of their printer are neither normal nor false positives.
 */
export function scoreDetections(events: LabelledEvent[], points: ScoredPoint[], toleranceMs: number): DetectionSummary {
  const groups = byPrinter(points);
  const windows: Window[] = events.map((event) => ({ event, startMs: nsToMs(event.startNs), endMs: nsToMs(event.endNs) }));

  const results: EventResult[] = windows.map(({ event, startMs, endMs }) => {
    const list = groups.get(event.printer) ?? [];
    for (let i = firstAtOrAfter(list, startMs); i < list.length && list[i]!.timeMs <= endMs + toleranceMs; i++) {
      if (flagsField(list[i]!, event.field)) return { event, detected: true, delayMs: list[i]!.timeMs - startMs };
    }
    return { event, detected: false };
  });

  let normalPoints = 0;
  let falsePositives = 0;
  let flaggedPoints = 0;
  let falseAlarms = 0;
  for (const [printer, list] of groups) {
    const near = windows.filter((w) => w.event.printer === printer).sort((a, b) => a.startMs - b.startMs);
    let inRun = false;
    for (const p of list) {
      if (p.anomaly) flaggedPoints++;
      const nearEvent = near.some((w) => p.timeMs >= w.startMs - toleranceMs && p.timeMs <= w.endMs + toleranceMs);
      if (nearEvent) {
        inRun = false;
        continue;
      }
      normalPoints++;
      if (p.anomaly) {
        falsePositives++;
        if (!inRun) falseAlarms++;
      }
      inRun = p.anomaly;
    }
  }

  const byKind = new Map<string, [number, number]>();
  for (const r of results) {
    const entry = byKind.get(r.event.kind) ?? [0, 0];
    entry[0] += r.detected ? 1 : 0;
    entry[1] += 1;
    byKind.set(r.event.kind, entry);
  }
  const detected = results.filter((r) => r.detected).length;
  const delays = results.flatMap((r) => (r.delayMs === undefined ? [] : [r.delayMs]));
  return {
    events: results,
    recall: results.length === 0 ? 0 : detected / results.length,
    byKind,
    normalPoints,
    falsePositives,
    falsePositiveRate: normalPoints === 0 ? 0 : falsePositives / normalPoints,
    flaggedPoints,
    pointPrecision: flaggedPoints === 0 ? null : (flaggedPoints - falsePositives) / flaggedPoints,
    falseAlarms,
    alarmPrecision: detected + falseAlarms === 0 ? null : detected / (detected + falseAlarms),
    delay: summariseDelays(delays),
  };
}

export function summariseDelays(delaysMs: readonly number[]): DelaySummary | null {
  if (delaysMs.length === 0) return null;
  const sorted = [...delaysMs].sort((a, b) => a - b);
  const m = sorted.length >> 1;
  return {
    meanMs: sorted.reduce((a, b) => a + b, 0) / sorted.length,
    medianMs: sorted.length % 2 === 1 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2,
    maxMs: sorted[sorted.length - 1]!,
  };
}
