// Turns Kapacitor's alert JSON (what `.exec()` writes to stdin: id, message,
// details, time, duration, level, data.series, ...) into the text to send.

import { AlertInputError, errorMessage } from '../udf/errors.ts';

/** Twilio rejects bodies longer than 1600 characters. */
export const MAX_BODY = 1600;

interface KapacitorAlert {
  id?: unknown;
  message?: unknown;
  level?: unknown;
}

/** The alert's message, or "<LEVEL> <id>" when the TICKscript set no message. Throws AlertInputError. */
export function alertBody(stdin: string): string {
  if (stdin.trim() === '') throw new AlertInputError('no alert JSON on stdin');
  let alert: KapacitorAlert;
  try {
    alert = JSON.parse(stdin) as KapacitorAlert;
  } catch (err) {
    throw new AlertInputError(`stdin is not JSON: ${errorMessage(err)}`, { cause: err });
  }
  if (alert === null || typeof alert !== 'object' || Array.isArray(alert)) throw new AlertInputError('stdin JSON is not an alert object');
  const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
  let body = text(alert.message);
  if (body === '') body = [text(alert.level), text(alert.id)].filter((s) => s !== '').join(' ');
  if (body === '') throw new AlertInputError('alert has no message, level or id');
  return body.length > MAX_BODY ? `${body.slice(0, MAX_BODY - 1)}\u2026` : body;
}
