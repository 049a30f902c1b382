// Label files for `evaluate`: NAB's combined_windows.json (data file path →
// [[start, end], ...]) or the generator's own labels
// ({ "events": [{ printer, field, kind, start, end, startNs, endNs }] }).
import { readFileSync } from 'node:fs';
import type { LabelWindow } from './types.ts';
import { errorMessage, InputError } from '../../udf/errors.ts';
import { nsToMs, parseTimestampNs, type EpochUnit } from '../io/timestamps.ts';

export type LabelFormat = 'nab' | 'generator';

export interface LabelSet {
  format: LabelFormat;
  /** Series key → windows: the data file path for NAB, the printer for the generator. */
  series: Map<string, LabelWindow[]>;
}

export interface LabelOptions {
  /** Generator labels only: keep events of these fields (default all). */
  fields?: readonly string[];
}

export function readLabels(file: string, options: LabelOptions = {}): LabelSet {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new InputError(file, null, `cannot read labels: ${errorMessage(err)}`, { cause: err });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new InputError(file, null, `labels are not valid JSON: ${errorMessage(err)}`, { cause: err });
  }
  return parseLabels(json, file, options);
}

export function parseLabels(json: unknown, file: string, options: LabelOptions = {}): LabelSet {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new InputError(file, null, 'labels must be a JSON object (NAB windows or { "events": [...] })');
  }
  const obj = json as Record<string, unknown>;
  return Array.isArray(obj.events) ? parseGeneratorLabels(obj.events, file, options) : parseNabWindows(obj, file);
}

function timeMs(value: unknown, file: string, where: string, unit: EpochUnit = 'auto'): number {
  if (typeof value === 'string' || typeof value === 'number') {
    const ns = parseTimestampNs(String(value), unit);
    if (ns !== null) return nsToMs(ns);
  }
  throw new InputError(file, null, `${where}: not a timestamp: ${JSON.stringify(value)}`);
}

function parseNabWindows(obj: Record<string, unknown>, file: string): LabelSet {
  const series = new Map<string, LabelWindow[]>();
  for (const [key, value] of Object.entries(obj)) {
    if (!Array.isArray(value)) throw new InputError(file, null, `${key}: expected a list of [start, end] windows`);
    series.set(
      key,
      value.map((pair, i) => {
        if (!Array.isArray(pair) || pair.length !== 2) throw new InputError(file, null, `${key}[${i}]: expected [start, end]`);
        const w = { startMs: timeMs(pair[0], file, `${key}[${i}]`), endMs: timeMs(pair[1], file, `${key}[${i}]`) };
        if (w.endMs < w.startMs) throw new InputError(file, null, `${key}[${i}]: window ends before it starts`);
        return w;
      }),
    );
  }
  return { format: 'nab', series };
}

function parseGeneratorLabels(events: unknown[], file: string, options: LabelOptions): LabelSet {
  const series = new Map<string, LabelWindow[]>();
  events.forEach((e, i) => {
    if (e === null || typeof e !== 'object') throw new InputError(file, null, `events[${i}]: expected an object`);
    const ev = e as Record<string, unknown>;
    if (typeof ev.printer !== 'string') throw new InputError(file, null, `events[${i}]: missing "printer"`);
    if (options.fields && options.fields.length > 0 && !options.fields.includes(String(ev.field))) return;
    // startNs/endNs (epoch ns, string or number) when present; ISO start/end otherwise.
    const start = ev.startNs !== undefined ? timeMs(ev.startNs, file, `events[${i}].startNs`, 'ns') : timeMs(ev.start, file, `events[${i}].start`);
    const end = ev.endNs !== undefined ? timeMs(ev.endNs, file, `events[${i}].endNs`, 'ns') : timeMs(ev.end, file, `events[${i}].end`);
    if (end < start) throw new InputError(file, null, `events[${i}]: ends before it starts`);
    const list = series.get(ev.printer) ?? [];
    list.push({ startMs: start, endMs: end });
    series.set(ev.printer, list);
  });
  return { format: 'generator', series };
}
