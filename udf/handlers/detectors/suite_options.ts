// Option readers shared by the suite detectors: defaults applied, values
// checked, and an Error naming the option and the expected value otherwise.

import type { Options } from './types.ts';

export type Side = 'both' | 'positive' | 'negative';
export type Seasonality = 'none' | 'hour' | 'dow';

const SIDES: readonly Side[] = ['both', 'positive', 'negative'];
const SEASONALITIES: readonly Seasonality[] = ['none', 'hour', 'dow'];

function show(v: unknown): string {
  return typeof v === 'string' ? `'${v}'` : String(v);
}

/** An integer option >= min (default when unset). */
export function intOption(options: Options, name: string, fallback: number, min: number): number {
  const v = options[name] ?? fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
    throw new Error(`${name} must be an integer >= ${min}, got ${show(v)}`);
  }
  return v;
}

/** A finite number option strictly greater than `above` (default when unset). */
export function positiveOption(options: Options, name: string, fallback: number, above = 0): number {
  const v = options[name] ?? fallback;
  if (typeof v !== 'number' || !Number.isFinite(v) || !(v > above)) {
    throw new Error(`${name} must be a number > ${above}, got ${show(v)}`);
  }
  return v;
}

/** A number option in [0, 1] (default when unset). */
export function fractionOption(options: Options, name: string, fallback: number): number {
  const v = options[name] ?? fallback;
  if (typeof v !== 'number' || !(v >= 0 && v <= 1)) {
    throw new Error(`${name} must be a number in [0, 1], got ${show(v)}`);
  }
  return v;
}

export function sideOption(options: Options): Side {
  const v = options.side ?? 'both';
  if (typeof v !== 'string' || !(SIDES as readonly string[]).includes(v)) {
    throw new Error(`side must be one of 'both', 'positive', 'negative', got ${show(v)}`);
  }
  return v as Side;
}

export function seasonalityOption(options: Options): Seasonality {
  const v = options.seasonality ?? 'none';
  if (typeof v !== 'string' || !(SEASONALITIES as readonly string[]).includes(v)) {
    throw new Error(`seasonality must be one of 'none', 'hour', 'dow', got ${show(v)}`);
  }
  return v as Seasonality;
}

/** At least one field: the detectors hold per-field state. */
export function requireFields(fields: readonly string[]): void {
  if (fields.length === 0) throw new Error('field must be given at least once');
}
