// Everything `evaluate` reports for one detector on one labelled corpus.
import { NAB_PROBATION_FRACTION } from './nab_profiles.ts';
import { nabScores, type NabProfileScore } from './nab_score.ts';
import { atThreshold, byFlags, eventMetrics, type EventMetrics } from './event_metrics.ts';
import { fmt, fmtDuration, markdownTable } from './markdown.ts';
import type { ScoredSeries } from './types.ts';

export interface EventReport extends EventMetrics {
  /** What counted as a detection. */
  rule: string;
  threshold: number | null;
}

export interface Evaluation {
  series: number;
  windows: number;
  probationFraction: number;
  nab: NabProfileScore[];
  /**
   * The NAB scores of the verdict itself: each row scored 1 when its `anomaly` column is true, else 0, so the
   * swept threshold can only take the verdict as it is (what an alert on `anomaly` gets). Absent without flags.
   */
  verdict?: NabProfileScore[];
  events: EventReport[];
}

export interface EvaluationOptions {
  probationFraction?: number;
  /** Also report event metrics at this fixed threshold. */
  threshold?: number;
}

export function evaluate(series: readonly ScoredSeries[], options: EvaluationOptions = {}): Evaluation {
  const probationFraction = options.probationFraction ?? NAB_PROBATION_FRACTION;
  const nab = nabScores(series, { probationFraction });
  const events: EventReport[] = [];
  if (series.some((s) => s.flags !== undefined)) {
    events.push({ rule: 'anomaly column', threshold: null, ...eventMetrics(series, byFlags, probationFraction) });
  }
  const standard = nab.find((p) => p.profile === 'standard');
  if (standard) {
    const t = standard.threshold ?? Infinity;
    events.push({ rule: 'NAB standard threshold', threshold: standard.threshold, ...eventMetrics(series, atThreshold(t), probationFraction) });
  }
  if (options.threshold !== undefined) {
    events.push({ rule: 'fixed threshold', threshold: options.threshold, ...eventMetrics(series, atThreshold(options.threshold), probationFraction) });
  }
  const flagged = series.every((s) => s.flags !== undefined);
  const verdict = flagged ? nabScores(series.map((s) => ({ ...s, scores: Float64Array.from(s.flags!) })), { probationFraction }) : undefined;
  return { series: series.length, windows: nab[0]?.windows ?? 0, probationFraction, nab, ...(verdict ? { verdict } : {}), events };
}

/** Up to 12 significant digits: enough to tell 0.999999999999 from 1. */
const fmtThreshold = (t: number): string => String(Number(t.toPrecision(12)));

export function formatEvaluation(e: Evaluation): string {
  const nabRows = e.nab.map((p) => [
    p.profile,
    fmt(p.normalized),
    p.threshold === null ? 'none' : fmtThreshold(p.threshold),
    fmt(p.raw, 3),
    `${p.windowsDetected}/${p.windows}`,
    String(p.counts.fp),
  ]);
  const eventRows = e.events.map((r) => [
    r.threshold === null ? r.rule : `${r.rule} (score >= ${fmtThreshold(r.threshold)})`,
    `${r.detectedWindows}/${r.windows}`,
    String(r.falsePositiveEvents),
    fmt(r.precision, 3),
    fmt(r.recall, 3),
    fmt(r.f1, 3),
    fmt(r.delay?.meanRows, 1),
    fmt(r.delay?.medianRows, 1),
    fmtDuration(r.delay?.meanMs),
  ]);
  const verdictRows = (e.verdict ?? []).map((p) => [p.profile, fmt(p.normalized), fmt(p.raw, 3), `${p.windowsDetected}/${p.windows}`, String(p.counts.fp)]);
  return [
    `${e.series} series, ${e.windows} labelled windows, probationary fraction ${e.probationFraction}`,
    '',
    'NAB score (normalised: null detector 0, perfect 100; threshold optimised corpus-wide per profile)',
    '',
    markdownTable(['profile', 'score', 'threshold', 'raw', 'windows detected', 'FP rows'], nabRows),
    '',
    ...(verdictRows.length > 0
      ? ['NAB score of the verdict itself (each row 1 when its anomaly column is true, else 0)', '', markdownTable(['profile', 'score', 'raw', 'windows detected', 'FP rows'], verdictRows), '']
      : []),
    'Event metrics (window detected if any detection inside it; a run of detections outside windows is one FP event)',
    '',
    markdownTable(['detections', 'windows detected', 'FP events', 'precision', 'recall', 'F1', 'delay mean (rows)', 'delay median (rows)', 'delay mean (time)'], eventRows),
    '',
  ].join('\n');
}
