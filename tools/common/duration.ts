// Duration strings as Kapacitor and InfluxDB write them: 500ms, 1s, 90s, 15m, 1h30m, 24h, 2d.

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parse `1h30m` style durations into milliseconds; throws with the input named when invalid. */
export function parseDuration(text: string): number {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) {
    throw new Error(`duration "${text}" needs a unit (ms, s, m, h, d), e.g. 1s or 24h`);
  }
  const pattern = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
  let total = 0;
  let consumed = 0;
  for (const match of trimmed.matchAll(pattern)) {
    total += Number(match[1]) * UNIT_MS[match[2]!]!;
    consumed += match[0].length;
  }
  if (trimmed.length === 0 || consumed !== trimmed.length) {
    throw new Error(`invalid duration "${text}" (expected e.g. 500ms, 1s, 15m, 1h30m, 24h)`);
  }
  return Math.round(total);
}

/** Shortest exact form: 1000 -> "1s", 90000 -> "90s", 3600000 -> "1h", 1500 -> "1500ms". */
export function formatDuration(ms: number): string {
  for (const [unit, size] of [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1000]] as const) {
    if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}
