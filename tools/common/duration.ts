// Duration literals as Kapacitor, InfluxDB and Grafana write them: 500ms,
// 1s, 90s, 15m, 1h30m, 24h, 2d, 1w (also ns, us/µs, and decimals: 1.5h).
// One grammar for every command line and test that reads a duration.

const UNIT_NS: Readonly<Record<string, bigint>> = {
  ns: 1n,
  us: 1_000n,
  u: 1_000n,
  'µs': 1_000n,
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
  d: 86_400_000_000_000n,
  w: 604_800_000_000_000n,
};

/** The duration in nanoseconds, or null when the text is not a duration literal (a bare number has no unit). */
export function durationNs(text: string): bigint | null {
  const re = /(\d+)(?:\.(\d+))?(ns|us|u|µs|ms|s|m|h|d|w)/y;
  const s = text.trim();
  if (s === '') return null;
  let total = 0n;
  let i = 0;
  while (i < s.length) {
    re.lastIndex = i;
    const m = re.exec(s);
    if (!m) return null;
    const unit = UNIT_NS[m[3]!]!;
    total += BigInt(m[1]!) * unit;
    // A fraction is exact to the nanosecond for any unit up to a week.
    if (m[2] !== undefined) total += BigInt(Math.round(Number(`0.${m[2]}`) * Number(unit)));
    i = re.lastIndex;
  }
  return total;
}

/** Parse `1h30m` style durations into milliseconds; throws with the input named when invalid. */
export function parseDuration(text: string): number {
  if (/^\d+$/.test(text.trim())) {
    throw new Error(`duration "${text}" needs a unit (ms, s, m, h, d), e.g. 1s or 24h`);
  }
  const ns = durationNs(text);
  if (ns === null) throw new Error(`invalid duration "${text}" (expected e.g. 500ms, 1s, 15m, 1h30m, 24h)`);
  return Math.round(Number(ns) / 1e6);
}

/** Shortest exact form: 1000 -> "1s", 90000 -> "90s", 3600000 -> "1h", 1500 -> "1500ms". */
export function formatDuration(ms: number): string {
  for (const [unit, size] of [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1000]] as const) {
    if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}
