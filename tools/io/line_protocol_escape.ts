// Line protocol escaping (InfluxDB 1.x/2.x rules): measurements escape
// commas and spaces; tag keys, tag values and field keys also escape equals
// signs; string field values escape double quotes and backslashes. Keys repeat
// on every line, so their escaped forms are cached.

const MAX_CACHED = 10_000;
const keys = new Map<string, string>();
const names = new Map<string, string>();

function cached(cache: Map<string, string>, text: string, escape: (s: string) => string): string {
  let out = cache.get(text);
  if (out === undefined) {
    out = escape(text);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(text, out);
  }
  return out;
}

export function escapeMeasurement(name: string): string {
  return cached(names, name, (s) => s.replace(/[, ]/g, '\\$&'));
}

export function escapeKey(text: string): string {
  return cached(keys, text, (s) => s.replace(/[,= ]/g, '\\$&'));
}

export function escapeStringValue(text: string): string {
  return text.replace(/[\\"]/g, '\\$&');
}
