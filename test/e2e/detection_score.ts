// Scores what the task flagged against the generator's ground-truth labels (pure, no I/O).

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
   * Fields whose value lies outside their detector band on an anomalous point; undefined when the point has no
   * bands, in which case the anomaly is attributed to every field.
   */
  fieldsOutOfBand?: readonly string[];
}

/** Whether `p` flags `field`: anomalous, and (when it has bands) with that field outside its band. */
export function flagsField(p: ScoredPoint, field: string): boolean {
  return p.anomaly && (p.fieldsOutOfBand === undefined || p.fieldsOutOfBand.includes(field));
}

export interface EventResult {
  event: LabelledEvent;
  detected: boolean;
  /** Milliseconds from the event's start to its first flagged point (undefined when missed). */
  delayMs?: number;
}

export interface DetectionSummary {
  events: EventResult[];
  recall: number;
  /** kind -> [detected, total] */
  byKind: Map<string, [number, number]>;
  /** Scored points outside every (tolerance-widened) event of their printer. */
  normalPoints: number;
  falsePositives: number;
  falsePositiveRate: number;
}

/**
 * An event counts as detected when a point of its printer inside [start, end + toleranceMs] flags the event's field
 * (anomalous with that field outside its band: with several fields scored at once the `anomaly` flag alone would
 * credit a long event with any unrelated hit of the same printer). Points inside
 * [start - toleranceMs, end + toleranceMs] of any event of their printer are neither normal nor false positives.
 */
export function scoreDetections(events: LabelledEvent[], points: ScoredPoint[], toleranceMs: number): DetectionSummary {
  const windows = events.map((event) => ({
    event,
    startMs: Number(BigInt(event.startNs) / 1_000_000n),
    endMs: Number(BigInt(event.endNs) / 1_000_000n),
  }));
  const results: EventResult[] = windows.map(({ event, startMs, endMs }) => {
    let first: number | undefined;
    for (const p of points) {
      if (p.printer === event.printer && p.timeMs >= startMs && p.timeMs <= endMs + toleranceMs && flagsField(p, event.field)) {
        if (first === undefined || p.timeMs < first) first = p.timeMs;
      }
    }
    return first === undefined ? { event, detected: false } : { event, detected: true, delayMs: first - startMs };
  });
  let normalPoints = 0;
  let falsePositives = 0;
  for (const p of points) {
    const nearEvent = windows.some(
      (w) => w.event.printer === p.printer && p.timeMs >= w.startMs - toleranceMs && p.timeMs <= w.endMs + toleranceMs,
    );
    if (nearEvent) continue;
    normalPoints += 1;
    if (p.anomaly) falsePositives += 1;
  }
  const byKind = new Map<string, [number, number]>();
  for (const r of results) {
    const entry = byKind.get(r.event.kind) ?? [0, 0];
    entry[0] += r.detected ? 1 : 0;
    entry[1] += 1;
    byKind.set(r.event.kind, entry);
  }
  const detected = results.filter((r) => r.detected).length;
  return {
    events: results,
    recall: results.length === 0 ? 0 : detected / results.length,
    byKind,
    normalPoints,
    falsePositives,
    falsePositiveRate: normalPoints === 0 ? 0 : falsePositives / normalPoints,
  };
}
