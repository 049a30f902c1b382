// Shared validation helpers for detector options: every message names the
// option and says what is expected.
import type { Options } from './types.ts';

export function intOption(options: Options, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const v = options[name] ?? fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new Error(`${name} must be an integer in [${min}, ${max}], got ${String(v)}`);
  }
  return v;
}

export function doubleOption(options: Options, name: string, fallback: number, min: number, max = Infinity, exclusiveMin = false): number {
  const v = options[name] ?? fallback;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || (exclusiveMin && v === min) || v > max) {
    const range = `${exclusiveMin ? '(' : '['}${min}, ${max === Infinity ? '∞)' : `${max}]`}`;
    throw new Error(`${name} must be a finite number in ${range}, got ${String(v)}`);
  }
  return v;
}

export function choiceOption<T extends string>(options: Options, name: string, fallback: T, choices: readonly T[]): T {
  const v = options[name] ?? fallback;
  if (typeof v !== 'string' || !(choices as readonly string[]).includes(v)) {
    throw new Error(`${name} must be one of ${choices.map((c) => `'${c}'`).join(', ')}, got ${JSON.stringify(v)}`);
  }
  return v as T;
}
