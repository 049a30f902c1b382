// The demo's figures (summary.json) and their text form (stdout): throughput, flagged points, recall overall and
// per anomaly kind, false positives, precision and detection delay.
import { summariseDelays, type DelaySummary, type DetectionSummary } from './detection_score.ts';
import { ANOMALY_KINDS } from '../printer/index.ts';
import { formatSpan } from './chart/scale.ts';

export interface KindResult {
  detected: number;
  total: number;
  recall: number | null;
  medianDelayMs: number | null;
}

export interface DemoReport {
  run: {
    hours: number;
    printers: number;
    seed: number;
    start: string;
    step: string;
    detectors: string[];
    fields: string[];
    options: Record<string, string[]>;
    toleranceMs: number;
  };
  throughput: {
    points: number;
    seconds: number;
    pointsPerSecond: number;
    totalSeconds: number;
    bytesSent: number;
    keepalives: number;
    keepaliveMaxMs: number;
  };
  points: { scored: number; withVerdict: number; flagged: number };
  events: {
    total: number;
    detected: number;
    recall: number;
    byKind: Record<string, KindResult>;
    missed: { printer: string; field: string; kind: string; start: string; end: string }[];
  };
  falsePositives: { normalPoints: number; points: number; rate: number; falseAlarms: number; perSeriesDay: number };
  precision: { points: number | null; alarms: number | null };
  delay: DelaySummary | null;
  chart: { printer: string; field: string };
  files: Record<string, string>;
}

export function kindResults(summary: DetectionSummary): Record<string, KindResult> {
  const out: Record<string, KindResult> = {};
  const kinds = [...ANOMALY_KINDS, ...[...summary.byKind.keys()].filter((k) => !(ANOMALY_KINDS as readonly string[]).includes(k))];
  for (const kind of kinds) {
    const results = summary.events.filter((r) => r.event.kind === kind);
    if (results.length === 0) continue;
    const detected = results.filter((r) => r.detected).length;
    const delay = summariseDelays(results.flatMap((r) => (r.delayMs === undefined ? [] : [r.delayMs])));
    out[kind] = { detected, total: results.length, recall: detected / results.length, medianDelayMs: delay?.medianMs ?? null };
  }
  return out;
}

const pct = (x: number | null, digits = 1): string => (x === null ? 'n/a' : `${(x * 100).toFixed(digits)}%`);
const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

export function formatReport(r: DemoReport): string {
  const { run, throughput: t, events: e, falsePositives: fp } = r;
  const lines = [
    `ads demo: ${run.printers} printers x ${run.hours} h at ${run.step} from ${run.start} (seed ${run.seed}), ` +
      `detector ${run.detectors.join('+')} on ${run.fields.join(', ')}`,
    `  scored       ${int(t.points)} points through the UDF process in ${t.seconds.toFixed(2)} s = ${int(t.pointsPerSecond)} points/s ` +
      `(${mb(t.bytesSent)} of requests, ${t.keepalives} keepalives, slowest echo ${t.keepaliveMaxMs.toFixed(0)} ms; ${t.totalSeconds.toFixed(2)} s with start-up)`,
    `  flagged      ${int(r.points.flagged)} points (${pct(r.points.flagged / Math.max(1, r.points.scored), 2)}); ` +
      `${int(r.points.scored - r.points.withVerdict)} warm-up points without a verdict`,
    `  recall       ${e.detected} of ${e.total} injected events = ${pct(e.recall)} ` +
      `(an event counts when a flagged point of its printer is about its field, anomaly_fields, within [start, end + ${formatSpan(run.toleranceMs)}])`,
  ];
  for (const [kind, k] of Object.entries(e.byKind)) {
    const delay = k.medianDelayMs === null ? '' : `  median delay ${formatSpan(k.medianDelayMs)}`;
    lines.push(`    ${kind.padEnd(16)} ${`${k.detected}/${k.total}`.padStart(6)}  ${pct(k.recall).padStart(6)}${delay}`);
  }
  lines.push(
    `  false pos.   ${int(fp.points)} of ${int(fp.normalPoints)} points outside events = ${pct(fp.rate, 2)} false-positive rate; ` +
      `${int(fp.falseAlarms)} false alarms (runs of consecutive flagged points) = ${fp.perSeriesDay.toFixed(1)} per series-day`,
    `  precision    ${pct(r.precision.points)} of flagged points lie in events; ` +
      `${pct(r.precision.alarms)} of alarms are events (detected / (detected + false alarms))`,
    r.delay
      ? `  delay        median ${formatSpan(r.delay.medianMs)}, mean ${formatSpan(r.delay.meanMs)}, max ${formatSpan(r.delay.maxMs)} from event start to first flag`
      : '  delay        n/a (nothing detected)',
  );
  for (const m of e.missed.slice(0, 8)) lines.push(`  missed       ${m.kind} on ${m.printer} ${m.field}, ${m.start} .. ${m.end}`);
  if (e.missed.length > 8) lines.push(`  missed       ... and ${e.missed.length - 8} more (summary.json)`);
  lines.push(`  chart        ${r.chart.printer} ${r.chart.field}`);
  for (const [what, path] of Object.entries(r.files)) lines.push(`  ${what.padEnd(12)} ${path}`);
  return lines.join('\n') + '\n';
}
