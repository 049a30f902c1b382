// InfluxDB line protocol for printer points.
import type { Precision, PrinterPoint } from './types.ts';
import { FIELD_NAMES } from './types.ts';

import { escapeKey, escapeMeasurement } from '../../tools/io/line_protocol_escape.ts';

export { escapeKey, escapeMeasurement };

const NS_PER: Record<Precision, bigint> = { ns: 1n, us: 1_000n, ms: 1_000_000n, s: 1_000_000_000n };

export function formatTimestamp(timeNs: bigint, precision: Precision): string {
  return (timeNs / NS_PER[precision]).toString();
}

/** Float field value: always a float in line protocol (an integer-looking number without `i` is a float). */
function formatFloat(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`cannot write non-finite field value ${value}`);
  return String(value);
}

// Escaped series keys, cached: a backfill formats millions of points of a few series.
const seriesKeys = new Map<string, string>();

function seriesKey(measurement: string, printer: string): string {
  const id = `${measurement}\u0000${printer}`;
  let key = seriesKeys.get(id);
  if (key === undefined) {
    key = `${escapeMeasurement(measurement)},printer=${escapeKey(printer)}`;
    if (seriesKeys.size > 10_000) seriesKeys.clear();
    seriesKeys.set(id, key);
  }
  return key;
}

/** `printer,printer=printer-01 temperature=31.2,humidity=42.1,power=160.5 1700000000000000000` */
export function toLineProtocol(point: PrinterPoint, precision: Precision = 'ns', measurement = 'printer'): string {
  const f = point.fields;
  // Field names are fixed identifiers without characters that need escaping.
  return (
    `${seriesKey(measurement, point.printer)} ${FIELD_NAMES[0]}=${formatFloat(f.temperature)},${FIELD_NAMES[1]}=${formatFloat(f.humidity)},` +
    `${FIELD_NAMES[2]}=${formatFloat(f.power)} ${formatTimestamp(point.timeNs, precision)}`
  );
}
