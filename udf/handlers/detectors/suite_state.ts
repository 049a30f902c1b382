// The version-1 (JSON) snapshot layout of the suite detectors, still read:
// the detector name, the options that shape the state (window sizes,
// buckets, ...) and one entry per field. Restoring under different shaping
// options is refused with a message naming the option.

import { SortedWindow } from './sorted_window.ts';

export type ShapeConfig = Readonly<Record<string, number | string>>;

export interface SuiteState<F> {
  detector: string;
  config: ShapeConfig;
  fields: F[];
}

export function loadState<F>(state: unknown, detector: string, config: ShapeConfig, fieldCount: number): F[] {
  const s = state as Partial<SuiteState<F>> | null;
  if (!s || typeof s !== 'object' || s.detector !== detector || !Array.isArray(s.fields) || !s.config) {
    throw new Error(`not a ${detector} detector state`);
  }
  for (const [name, value] of Object.entries(config)) {
    if (s.config[name] !== value) {
      throw new Error(`${detector} state was saved with ${name}=${String(s.config[name])}, options say ${String(value)}`);
    }
  }
  if (s.fields.length !== fieldCount) {
    throw new Error(`${detector} state has ${s.fields.length} fields, options name ${fieldCount}`);
  }
  return s.fields;
}

/** Rebuilds a SortedWindow from its values in arrival order. */
export function loadSortedWindow(capacity: number, values: unknown): SortedWindow {
  if (!Array.isArray(values) || values.length > capacity) {
    throw new Error(`window state does not fit a window of ${capacity}`);
  }
  const w = new SortedWindow(capacity);
  for (const v of values) {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error('window state holds a non-finite value');
    w.push(v);
  }
  return w;
}
