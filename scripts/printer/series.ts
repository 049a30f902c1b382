// The printer series as a pure, random-access function of (seed, step,
// printer): no I/O, no clock. Backfill iterates it; live mode asks for the
// step that is due now; tests can look at any point directly.
import { MIN_SLOT_STEPS, planSpan } from './anomaly_plan.ts';
import { anomalousValue } from './anomaly_apply.ts';
import { formatDuration } from '../../tools/common/duration.ts';
import { gaussianAt } from './hash_random.ts';
import { baselineAt, clampToField, createPrinterProfile, dutyAt } from './profiles.ts';
import type { PrinterProfile } from './profiles.ts';
import { ANOMALY_KINDS, FIELD_NAMES } from './types.ts';
import type { AnomalyEvent, AnomalyKind, FieldName, LabelEvent, Labels, PrinterFields, PrinterPoint } from './types.ts';

export const MEASUREMENT = 'printer';
const HOUR_MS = 3_600_000;

export interface SeriesOptions {
  /** Time of the first point, ms since the epoch. */
  startMs: number;
  /** Default 42. Same seed, start and options give the same points and labels. */
  seed?: number;
  /** Default 1000 (1 s). Whole milliseconds. */
  stepMs?: number;
  /** Default Infinity (unbounded, for live mode). The series has floor(durationMs / stepMs) steps. */
  durationMs?: number;
  /** Default 3: printer-01 .. printer-03. */
  printers?: number;
  /** Injected events per printer per hour of data (fractions allowed). Default 1; 0 disables. */
  anomaliesPerHour?: number;
  /** Kinds to inject, cycled in a shuffled order. Default all. */
  kinds?: readonly AnomalyKind[];
  /** No anomalies in the first part of the series so detectors can warm up. Default 10 min (at most a quarter of a bounded series). */
  warmupMs?: number;
}

export type ResolvedSeriesOptions = Required<SeriesOptions>;

export interface PrinterSeries {
  readonly options: ResolvedSeriesOptions;
  readonly printerNames: readonly string[];
  /** Number of steps; Infinity when unbounded. Each step has one point per printer. */
  readonly stepCount: number;
  timeMsAt(step: number): number;
  timeNsAt(step: number): bigint;
  pointAt(step: number, printerIndex: number): PrinterPoint;
  /** One point per printer, in printer order. */
  pointsAt(step: number): PrinterPoint[];
  /** The event affecting a printer at a step, if any. */
  eventAt(printerIndex: number, step: number): AnomalyEvent | undefined;
  /** Events that start at or before lastStep, all printers, sorted by start then printer. */
  eventsUpTo(lastStep: number): AnomalyEvent[];
  sigma(printerIndex: number, field: FieldName): number;
  /** Ground truth for steps 0..lastStep (default: the whole bounded series); events are clipped to lastStep. */
  labels(lastStep?: number): Labels;
}

export function printerName(index: number): string {
  return `printer-${String(index + 1).padStart(2, '0')}`;
}

function resolve(options: SeriesOptions): ResolvedSeriesOptions {
  const resolved: ResolvedSeriesOptions = {
    startMs: options.startMs,
    seed: options.seed ?? 42,
    stepMs: options.stepMs ?? 1000,
    durationMs: options.durationMs ?? Infinity,
    printers: options.printers ?? 3,
    anomaliesPerHour: options.anomaliesPerHour ?? 1,
    kinds: options.kinds ?? ANOMALY_KINDS,
    warmupMs: options.warmupMs ?? 10 * 60_000,
  };
  const { startMs, seed, stepMs, durationMs, printers, anomaliesPerHour, warmupMs } = resolved;
  if (!Number.isSafeInteger(startMs)) throw new Error(`startMs must be an integer number of ms, got ${startMs}`);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`seed must be a non-negative integer, got ${seed}`);
  if (!Number.isSafeInteger(stepMs) || stepMs < 1) throw new Error(`step must be a whole number of ms >= 1, got ${stepMs}`);
  if (!(durationMs >= stepMs)) throw new Error(`duration (${durationMs} ms) must be at least one step (${stepMs} ms)`);
  if (!Number.isInteger(printers) || printers < 1 || printers > 99) throw new Error(`printers must be 1..99, got ${printers}`);
  if (!(anomaliesPerHour >= 0) || !Number.isFinite(anomaliesPerHour)) {
    throw new Error(`anomalies per hour must be a finite number >= 0, got ${anomaliesPerHour}`);
  }
  if (!(warmupMs >= 0)) throw new Error(`warmup must be >= 0, got ${warmupMs}`);
  for (const kind of resolved.kinds) {
    if (!ANOMALY_KINDS.includes(kind)) throw new Error(`unknown anomaly kind "${kind}" (known: ${ANOMALY_KINDS.join(', ')})`);
  }
  return resolved;
}

const round3 = (v: number): number => Math.round(v * 1000) / 1000;

export function createPrinterSeries(options: SeriesOptions): PrinterSeries {
  const opts = resolve(options);
  const { seed, startMs, stepMs, printers } = opts;
  const stepCount = Number.isFinite(opts.durationMs) ? Math.floor(opts.durationMs / stepMs) : Infinity;
  const names = Array.from({ length: printers }, (_, i) => printerName(i));
  const profiles: PrinterProfile[] = names.map((_, i) => createPrinterProfile(seed, i));
  const warmupSteps = Math.min(Math.round(opts.warmupMs / stepMs), Number.isFinite(stepCount) ? Math.floor(stepCount / 4) : Infinity);
  const hourSteps = Math.max(1, Math.round(HOUR_MS / stepMs));

  // Bounded: one plan over the whole span. Unbounded: one plan per hour block, cached.
  const bounded: AnomalyEvent[][] | undefined = Number.isFinite(stepCount)
    ? names.map((_, p) => {
        const hours = (stepCount * stepMs) / HOUR_MS;
        const fits = Math.floor((stepCount - warmupSteps) / MIN_SLOT_STEPS);
        // A short series still gets one event when any rate is asked for and one fits.
        const count = opts.anomaliesPerHour > 0 ? Math.max(Math.min(1, fits), Math.round(opts.anomaliesPerHour * hours)) : 0;
        return planSpan({ seed, printerIndex: p, spanKey: 0, firstStep: warmupSteps, endStep: stepCount, count, stepMs, kinds: opts.kinds });
      })
    : undefined;
  const blockCache = new Map<string, AnomalyEvent[]>();
  const blockEvents = (p: number, block: number): AnomalyEvent[] => {
    const key = `${p}:${block}`;
    let events = blockCache.get(key);
    if (!events) {
      const count = Math.floor(opts.anomaliesPerHour * (block + 1)) - Math.floor(opts.anomaliesPerHour * block);
      const firstStep = warmupSteps + block * hourSteps;
      events = planSpan({ seed, printerIndex: p, spanKey: block + 1, firstStep, endStep: firstStep + hourSteps, count, stepMs, kinds: opts.kinds });
      if (blockCache.size > 64 * printers) blockCache.clear();
      blockCache.set(key, events);
    }
    return events;
  };

  const eventAt = (p: number, step: number): AnomalyEvent | undefined => {
    let events: AnomalyEvent[];
    if (bounded) events = bounded[p]!;
    else {
      if (step < warmupSteps) return undefined;
      events = blockEvents(p, Math.floor((step - warmupSteps) / hourSteps));
    }
    // Binary search for the last event starting at or before step.
    let lo = 0;
    let hi = events.length - 1;
    let found: AnomalyEvent | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const e = events[mid]!;
      if (e.startStep <= step) {
        found = e;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found && step <= found.endStep ? found : undefined;
  };

  const fieldValue = (p: number, fieldIndex: number, step: number, event: AnomalyEvent | undefined, duty?: number): number => {
    const field = FIELD_NAMES[fieldIndex]!;
    const profile = profiles[p]!;
    const timeMs = startMs + step * stepMs;
    const smooth = baselineAt(profile, field, timeMs, duty ?? dutyAt(profile, timeMs));
    const noise = gaussianAt(seed, p, fieldIndex, step);
    const sigma = profile.fields[field].sigma;
    const raw =
      event && event.field === field
        ? anomalousValue(event, step, smooth, noise, sigma, () => fieldValue(p, fieldIndex, event.startStep - 1, undefined))
        : smooth + sigma * noise;
    return round3(clampToField(profile, field, raw));
  };

  const timeMsAt = (step: number): number => startMs + step * stepMs;
  const timeNsAt = (step: number): bigint => BigInt(timeMsAt(step)) * 1_000_000n;

  const pointAt = (step: number, p: number): PrinterPoint => {
    const event = eventAt(p, step);
    const duty = dutyAt(profiles[p]!, timeMsAt(step));
    const fields: PrinterFields = {
      temperature: fieldValue(p, 0, step, event, duty),
      humidity: fieldValue(p, 1, step, event, duty),
      power: fieldValue(p, 2, step, event, duty),
    };
    return { timeNs: timeNsAt(step), timeMs: timeMsAt(step), step, printer: names[p]!, fields };
  };

  const eventsUpTo = (lastStep: number): AnomalyEvent[] => {
    const all: AnomalyEvent[] = [];
    for (let p = 0; p < printers; p++) {
      if (bounded) all.push(...bounded[p]!.filter((e) => e.startStep <= lastStep));
      else if (lastStep >= warmupSteps) {
        const lastBlock = Math.floor((lastStep - warmupSteps) / hourSteps);
        for (let b = 0; b <= lastBlock; b++) all.push(...blockEvents(p, b).filter((e) => e.startStep <= lastStep));
      }
    }
    return all.sort((a, b) => a.startStep - b.startStep || a.printerIndex - b.printerIndex);
  };

  const toLabel = (e: AnomalyEvent, lastStep: number): LabelEvent => {
    const endStep = Math.min(e.endStep, lastStep);
    return {
      printer: names[e.printerIndex]!,
      field: e.field,
      kind: e.kind,
      start: new Date(timeMsAt(e.startStep)).toISOString(),
      end: new Date(timeMsAt(endStep)).toISOString(),
      startNs: timeNsAt(e.startStep).toString(),
      endNs: timeNsAt(endStep).toString(),
      magnitude: Math.round(e.magnitude * 100) / 100,
      sigma: round3(profiles[e.printerIndex]!.fields[e.field].sigma),
    };
  };

  const labels = (lastStep?: number): Labels => {
    const last = lastStep ?? stepCount - 1;
    if (!Number.isFinite(last)) throw new Error('labels() of an unbounded series needs the last step written');
    return {
      seed,
      start: new Date(timeMsAt(0)).toISOString(),
      end: new Date(timeMsAt(last)).toISOString(),
      step: formatDuration(stepMs),
      measurement: MEASUREMENT,
      printers: [...names],
      events: eventsUpTo(last).map((e) => toLabel(e, last)),
    };
  };

  return {
    options: opts,
    printerNames: names,
    stepCount,
    timeMsAt,
    timeNsAt,
    pointAt,
    pointsAt: (step) => names.map((_, p) => pointAt(step, p)),
    eventAt,
    eventsUpTo,
    sigma: (p, field) => profiles[p]!.fields[field].sigma,
    labels,
  };
}
