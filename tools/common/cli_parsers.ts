// Commander argument parsers shared by the scripts' command lines: each
// returns the parsed value or throws commander's InvalidArgumentError, so a
// bad flag is a one-line usage error.
import { InvalidArgumentError } from 'commander';
import { parseDuration } from './duration.ts';
import { errorMessage } from '../../udf/errors.ts';

export function integer(min: number, max: number): (value: string) => number {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`expected an integer from ${min} to ${max}.`);
    }
    return n;
  };
}

export function positive(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number > 0.');
  return n;
}

export function nonNegative(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a number >= 0.');
  return n;
}

/** A duration such as 30s, 2h or 1d, in milliseconds (0 allowed). */
export function durationOrZero(value: string): number {
  try {
    return parseDuration(value);
  } catch (err) {
    throw new InvalidArgumentError(`${errorMessage(err)}.`);
  }
}

/** A duration greater than zero, in milliseconds. */
export function duration(value: string): number {
  const ms = durationOrZero(value);
  if (ms <= 0) throw new InvalidArgumentError('must be positive.');
  return ms;
}

export function isoTime(value: string): number {
  const ms = Date.parse(value);
  if (!Number.isFinite(ms)) throw new InvalidArgumentError('expected an ISO 8601 time, e.g. 2026-01-01T00:00:00Z.');
  return ms;
}

export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
