// Option readers shared by every detector and the handler: defaults applied,
// values checked, and otherwise an Error naming the option and what it expects.
import type { Options } from './types.ts';

function show(v: unknown): string {
  return typeof v === 'string' ? `'${v}'` : String(v);
}

/** An integer option in [min, max] (default when unset); the message omits an unbounded max. */
export function intOption(options: Options, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const v = options[name] ?? fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `in [${min}, ${max}]`;
    throw new Error(`${name} must be an integer ${range}, got ${show(v)}`);
  }
  return v;
}

/** A finite number option in [min, max] ((min, max] when exclusiveMin). */
export function doubleOption(options: Options, name: string, fallback: number, min: number, max = Infinity, exclusiveMin = false): number {
  const v = options[name] ?? fallback;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || (exclusiveMin && v === min) || v > max) {
    const range = `${exclusiveMin ? '(' : '['}${min}, ${max === Infinity ? '∞)' : `${max}]`}`;
    throw new Error(`${name} must be a finite number in ${range}, got ${show(v)}`);
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

export function choiceOption<T extends string>(options: Options, name: string, fallback: T, choices: readonly T[]): T {
  const v = options[name] ?? fallback;
  if (typeof v !== 'string' || !(choices as readonly string[]).includes(v)) {
    throw new Error(`${name} must be one of ${choices.map((c) => `'${c}'`).join(', ')}, got ${show(v)}`);
  }
  return v as T;
}
