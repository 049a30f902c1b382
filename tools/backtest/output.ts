// Backtest results as CSV (one row per input row) or as line protocol (one
// line per emitted point, for a file or for InfluxDB).
import Long from 'long';
import type { Point } from '../../udf/agent/handler.ts';
import { csvField } from '../io/csv.ts';
import type { History } from '../io/history.ts';
import { formatLine } from '../io/line_protocol.ts';
import { formatTimestampNs } from '../io/timestamps.ts';

type Cell = number | string | boolean | Long | undefined;

function fieldOf(p: Point | HistoryRowLike | null | undefined, key: string): Cell {
  if (!p) return undefined;
  return p.fieldsDouble?.[key] ?? p.fieldsInt?.[key] ?? p.fieldsString?.[key] ?? p.fieldsBool?.[key] ?? undefined;
}

interface HistoryRowLike {
  fieldsDouble?: Record<string, number> | null;
  fieldsInt?: Record<string, number | Long> | null;
  fieldsString?: Record<string, string> | null;
  fieldsBool?: Record<string, boolean> | null;
}

function cellText(v: Cell): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'string') return csvField(v);
  return Long.fromValue(v).toString();
}

/** Output fields beyond the input's, in first-seen order (bands, votes, detector extras). */
export function extraColumns(history: History, outputs: readonly (Point | null)[]): string[] {
  const skip = new Set([...history.fields, ...history.tagKeys, 'anomaly_score', 'anomaly', 'timestamp']);
  const extra = new Set<string>();
  for (const p of outputs) {
    if (!p) continue;
    for (const map of [p.fieldsDouble, p.fieldsInt, p.fieldsString, p.fieldsBool]) {
      for (const k of Object.keys(map ?? {})) if (!skip.has(k)) extra.add(k);
    }
  }
  return [...extra];
}

/**
 * CSV lines: timestamp, tags, input fields, anomaly_score, anomaly, then the
 * other output fields. Rows the handler did not score (warm-up, unusable
 * values, `--emit anomalies`) get anomaly_score 0 and anomaly false.
 */
export function* csvLines(history: History, outputs: readonly (Point | null)[]): Generator<string> {
  const extra = extraColumns(history, outputs);
  yield ['timestamp', ...history.tagKeys, ...history.fields, 'anomaly_score', 'anomaly', ...extra].map(csvField).join(',');
  for (let i = 0; i < history.rows.length; i++) {
    const row = history.rows[i]!;
    const out = outputs[i];
    const cells = [csvField(row.timeText ?? formatTimestampNs(row.timeNs))];
    for (const k of history.tagKeys) cells.push(csvField(row.tags[k] ?? ''));
    for (const f of history.fields) cells.push(cellText(fieldOf(row, f)));
    const score = out?.fieldsDouble?.anomaly_score;
    cells.push(score !== undefined && Number.isFinite(score) ? String(score) : '0');
    cells.push(out?.fieldsBool?.anomaly === true ? 'true' : 'false');
    for (const k of extra) cells.push(cellText(fieldOf(out, k)));
    yield cells.join(',');
  }
}

/** Line protocol of every emitted point under `measurement`, same tags and times as the input. */
export function* lineProtocolLines(history: History, outputs: readonly (Point | null)[], measurement: string): Generator<string> {
  for (let i = 0; i < history.rows.length; i++) {
    const out = outputs[i];
    if (!out) continue;
    const ints: Record<string, number> = {};
    for (const [k, v] of Object.entries(out.fieldsInt ?? {})) ints[k] = typeof v === 'number' ? v : Long.fromValue(v).toNumber();
    const line = formatLine(
      measurement,
      out.tags ?? history.rows[i]!.tags,
      { double: out.fieldsDouble ?? {}, int: ints, string: out.fieldsString ?? {}, bool: out.fieldsBool ?? {} },
      history.rows[i]!.timeNs,
    );
    if (line !== null) yield line;
  }
}
