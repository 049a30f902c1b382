// Timestamps as they appear in history files: ISO 8601 / RFC 3339, NAB's
// 'YYYY-MM-DD HH:MM:SS' (UTC when no zone is given), or a number since the
// epoch. Parsed to integer nanoseconds so line protocol round-trips exactly.

export type EpochUnit = 'auto' | 's' | 'ms' | 'us' | 'ns';

export const EPOCH_UNITS: readonly EpochUnit[] = ['auto', 's', 'ms', 'us', 'ns'];

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;
const NUMBER = /^([+-]?)(\d+)(?:\.(\d+))?$/;
const UNIT_NS: Record<Exclude<EpochUnit, 'auto'>, bigint> = { s: 1_000_000_000n, ms: 1_000_000n, us: 1_000n, ns: 1n };

/** Nanoseconds since the epoch, or null when the text is not a timestamp. */
export function parseTimestampNs(text: string, unit: EpochUnit = 'auto'): bigint | null {
  const t = text.trim();
  const num = NUMBER.exec(t);
  if (num) return parseEpoch(num[1] === '-', num[2]!, num[3] ?? '', unit);
  const m = DATE_TIME.exec(t);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(ms);
  // Date.UTC rolls 2014-02-30 over to March: reject what does not round-trip.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const fraction = BigInt((m[7] ?? '').padEnd(9, '0') || '0');
  return BigInt(ms) * 1_000_000n + fraction - zoneOffsetNs(m[8]);
}

function zoneOffsetNs(zone: string | undefined): bigint {
  if (!zone || zone === 'Z' || zone === 'z') return 0n;
  const sign = zone[0] === '-' ? -1n : 1n;
  const digits = zone.slice(1).replace(':', '');
  const minutes = BigInt(Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
  return sign * minutes * 60_000_000_000n;
}

function parseEpoch(negative: boolean, whole: string, fraction: string, unit: EpochUnit): bigint {
  let u = unit;
  if (u === 'auto') {
    // By magnitude: seconds up to year 5138, then ms, us, ns.
    const digits = whole.replace(/^0+/, '').length;
    u = digits <= 11 ? 's' : digits <= 14 ? 'ms' : digits <= 17 ? 'us' : 'ns';
  }
  const scale = UNIT_NS[u];
  const scaleDigits = scale.toString().length - 1;
  const frac = BigInt((fraction.slice(0, scaleDigits) || '').padEnd(scaleDigits, '0') || '0');
  const ns = BigInt(whole) * scale + frac;
  return negative ? -ns : ns;
}

/** RFC 3339 in UTC with as many fractional digits as needed (none for whole seconds). */
export function formatTimestampNs(ns: bigint): string {
  const ms = ns / 1_000_000n - (ns % 1_000_000n < 0n ? 1n : 0n);
  const iso = new Date(Number(ms)).toISOString(); // YYYY-MM-DDTHH:MM:SS.mmmZ
  const subSecond = ((ns % 1_000_000_000n) + 1_000_000_000n) % 1_000_000_000n;
  const digits = subSecond.toString().padStart(9, '0').replace(/0+$/, '');
  return iso.slice(0, 19) + (digits ? `.${digits}` : '') + 'Z';
}

/** Nanoseconds (a bigint or its decimal text) as milliseconds, exact to the nanosecond where a double allows. */
export function nsToMs(ns: bigint | string): number {
  const n = typeof ns === 'bigint' ? ns : BigInt(ns);
  // Split first: a time in ns is above 2^53, so Number(ns) alone would round it.
  return Number(n / 1_000_000n) + Number(n % 1_000_000n) / 1e6;
}
