// InfluxDB line protocol: parse history files, format backtest output.
// measurement[,tag=value...] field=value[,field=value...] [timestamp]
import { InputError } from '../../udf/errors.ts';
import { collectNames, newRow, type History, type HistoryRow } from './history.ts';
import { escapeKey, escapeMeasurement, escapeStringValue } from './line_protocol_escape.ts';

export type Precision = 'ns' | 'us' | 'ms' | 's';

const PRECISION_NS: Record<Precision, bigint> = { ns: 1n, us: 1_000n, ms: 1_000_000n, s: 1_000_000_000n };
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const INT = /^[+-]?\d+[iu]$/;
const TRUE = new Set(['t', 'T', 'true', 'True', 'TRUE']);
const FALSE = new Set(['f', 'F', 'false', 'False', 'FALSE']);

export function parseLineProtocol(text: string, file: string, precision: Precision = 'ns'): History {
  const rows: HistoryRow[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    rows.push(parseLine(trimmed, file, i + 1, precision));
  }
  if (rows.length === 0) throw new InputError(file, null, 'file is empty (no points)');
  return { source: file, rows, ...collectNames(rows) };
}

/** Reads up to an unescaped stop character; returns the unescaped text and the stop index. */
function readEscaped(s: string, from: number, stops: string): [string, number] {
  let out = '';
  let i = from;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '\\' && i + 1 < s.length && (stops.includes(s[i + 1]!) || s[i + 1] === '\\')) {
      out += s[i + 1];
      i += 2;
      continue;
    }
    if (stops.includes(c)) break;
    out += c;
    i++;
  }
  return [out, i];
}

export function parseLine(s: string, file: string, lineNo: number, precision: Precision = 'ns'): HistoryRow {
  const fail = (msg: string): never => {
    throw new InputError(file, lineNo, msg);
  };
  let [name, i] = readEscaped(s, 0, ', ');
  if (name === '') fail('missing measurement name');
  const tags: Record<string, string> = {};
  while (s[i] === ',') {
    let key: string;
    let value: string;
    [key, i] = readEscaped(s, i + 1, ',= ');
    if (s[i] !== '=' || key === '') fail(`malformed tag near column ${i + 1}`);
    [value, i] = readEscaped(s, i + 1, ', ');
    if (value === '') fail(`empty value for tag '${key}'`);
    tags[key] = value;
  }
  while (s[i] === ' ') i++;
  const row = newRow(0n, name, lineNo);
  row.tags = tags;
  let fieldCount = 0;
  for (;;) {
    let key: string;
    [key, i] = readEscaped(s, i, ',= ');
    if (s[i] !== '=' || key === '') fail(`malformed field near column ${i + 1}`);
    i++;
    if (s[i] === '"') {
      let value = '';
      i++;
      while (i < s.length && s[i] !== '"') {
        if (s[i] === '\\' && (s[i + 1] === '"' || s[i + 1] === '\\')) i++;
        value += s[i];
        i++;
      }
      if (s[i] !== '"') fail(`unterminated string value for field '${key}'`);
      i++;
      row.fieldsString[key] = value;
    } else {
      let j = i;
      while (j < s.length && s[j] !== ',' && s[j] !== ' ') j++;
      const raw = s.slice(i, j);
      i = j;
      if (INT.test(raw)) row.fieldsInt[key] = Number(raw.slice(0, -1));
      else if (TRUE.has(raw)) row.fieldsBool[key] = true;
      else if (FALSE.has(raw)) row.fieldsBool[key] = false;
      else if (FLOAT.test(raw)) row.fieldsDouble[key] = Number(raw);
      else fail(`unparsable value '${raw}' for field '${key}'`);
    }
    fieldCount++;
    if (s[i] === ',') {
      i++;
      continue;
    }
    break;
  }
  if (fieldCount === 0) fail('no fields');
  while (s[i] === ' ') i++;
  const ts = s.slice(i).trim();
  if (ts === '') fail('missing timestamp (history needs the time of every point)');
  if (!/^-?\d+$/.test(ts)) fail(`unparsable timestamp '${ts}'`);
  row.timeNs = BigInt(ts) * PRECISION_NS[precision];
  return row;
}


export interface LineFields {
  double?: Record<string, number>;
  int?: Record<string, number>;
  string?: Record<string, string>;
  bool?: Record<string, boolean>;
}

/**
 * One line of line protocol with nanosecond time, or null when no field is
 * writable (non-finite doubles are left out: line protocol cannot carry them).
 * Tags are sorted, as InfluxDB prefers.
 */
export function formatLine(name: string, tags: Record<string, string>, fields: LineFields, timeNs: bigint): string | null {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(fields.double ?? {})) if (Number.isFinite(v)) parts.push(`${escapeKey(k)}=${v}`);
  for (const [k, v] of Object.entries(fields.int ?? {})) parts.push(`${escapeKey(k)}=${Math.trunc(v)}i`);
  for (const [k, v] of Object.entries(fields.string ?? {})) parts.push(`${escapeKey(k)}="${escapeStringValue(v)}"`);
  for (const [k, v] of Object.entries(fields.bool ?? {})) parts.push(`${escapeKey(k)}=${v}`);
  if (parts.length === 0) return null;
  const tagText = Object.keys(tags)
    .sort()
    .filter((k) => tags[k] !== '')
    .map((k) => `,${escapeKey(k)}=${escapeKey(tags[k]!)}`)
    .join('');
  return `${escapeMeasurement(name)}${tagText} ${parts.join(',')} ${timeNs}`;
}
