// InfluxDB 1.x over its HTTP API: read history with an InfluxQL query,
// write scored points back as line protocol.
import { collectNames, newRow, type History, type HistoryRow } from './history.ts';
import { formatTimestampNs, parseTimestampNs } from './timestamps.ts';

export interface InfluxConnection {
  /** e.g. http://127.0.0.1:8086 */
  url: string;
  username?: string;
  password?: string;
}

export interface RangeQuery {
  measurement: string;
  rp?: string;
  start?: string;
  end?: string;
  /** Extra InfluxQL condition, ANDed with the time range. */
  where?: string;
}

const quoteIdent = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** An RFC 3339 literal for anything parseTimestampNs reads; other text (e.g. `now() - 7d`) as is. */
function timeExpr(value: string): string {
  const ns = parseTimestampNs(value);
  return ns === null ? value : `'${formatTimestampNs(ns)}'`;
}

/** SELECT * over a time range, grouped by every tag so each series keeps its tags. */
export function buildRangeQuery(q: RangeQuery): string {
  const from = q.rp ? `${quoteIdent(q.rp)}.${quoteIdent(q.measurement)}` : quoteIdent(q.measurement);
  const conds: string[] = [];
  if (q.start) conds.push(`time >= ${timeExpr(q.start)}`);
  if (q.end) conds.push(`time < ${timeExpr(q.end)}`);
  if (q.where) conds.push(`(${q.where})`);
  return `SELECT * FROM ${from}${conds.length > 0 ? ` WHERE ${conds.join(' AND ')}` : ''} GROUP BY *`;
}

function headers(conn: InfluxConnection): Record<string, string> {
  if (!conn.username) return {};
  return { authorization: `Basic ${Buffer.from(`${conn.username}:${conn.password ?? ''}`).toString('base64')}` };
}

function endpoint(conn: InfluxConnection, path: string, params: Record<string, string | undefined>): string {
  const u = new URL(path, conn.url.endsWith('/') ? conn.url : conn.url + '/');
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') u.searchParams.set(k, v);
  return u.toString();
}

async function request(url: string, init: RequestInit, what: string): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (err) {
    const cause = (err as { cause?: { message?: string } }).cause?.message;
    throw new Error(`${what}: cannot reach ${new URL(url).origin}: ${cause ?? (err as Error).message}`);
  }
}

interface QuerySeries {
  name: string;
  tags?: Record<string, string>;
  columns: string[];
  values: unknown[][];
}

/**
 * Runs an InfluxQL query (chunked, times in epoch ns) and returns its points
 * as history. Numbers become double fields, strings string fields, booleans
 * bool fields; nulls are absent fields. Use GROUP BY * to get tags as tags.
 */
export async function queryHistory(conn: InfluxConnection, db: string | undefined, query: string, rp?: string): Promise<History> {
  const url = endpoint(conn, 'query', { db, rp, q: query, epoch: 'ns', chunked: 'true', chunk_size: '10000' });
  const res = await request(url, { headers: headers(conn) }, 'InfluxDB query');
  const body = await res.text();
  if (!res.ok) throw new Error(`InfluxDB query failed (HTTP ${res.status}): ${errorText(body)}`);
  const rows: HistoryRow[] = [];
  for (const chunk of body.split('\n')) {
    if (chunk.trim() === '') continue;
    // Epoch-ns times exceed 2^53: quote the first element of each value row before JSON.parse.
    const json = JSON.parse(chunk.replace(/\[(-?\d{16,})(?=[,\]])/g, '["$1"')) as {
      error?: string;
      results?: { error?: string; series?: QuerySeries[] }[];
    };
    if (json.error) throw new Error(`InfluxDB query failed: ${json.error}`);
    for (const result of json.results ?? []) {
      if (result.error) throw new Error(`InfluxDB query failed: ${result.error}`);
      for (const s of result.series ?? []) rows.push(...seriesRows(s));
    }
  }
  if (rows.length === 0) throw new Error(`InfluxDB query returned no points: ${query}`);
  return { source: conn.url, rows, ...collectNames(rows) };
}

function seriesRows(s: QuerySeries): HistoryRow[] {
  const ti = s.columns.indexOf('time');
  if (ti < 0) throw new Error(`InfluxDB query result for '${s.name}' has no time column`);
  return s.values.map((values) => {
    const row = newRow(BigInt(String(values[ti])), s.name, 0);
    row.tags = { ...(s.tags ?? {}) };
    for (const k of Object.keys(row.tags)) if (row.tags[k] === '') delete row.tags[k];
    s.columns.forEach((c, i) => {
      if (i === ti) return;
      const v = values[i];
      if (typeof v === 'number') row.fieldsDouble[c] = v;
      else if (typeof v === 'string') row.fieldsString[c] = v;
      else if (typeof v === 'boolean') row.fieldsBool[c] = v;
    });
    return row;
  });
}

function errorText(body: string): string {
  try {
    const j = JSON.parse(body) as { error?: string };
    if (j.error) return j.error;
  } catch {
    // not JSON
  }
  return body.trim().slice(0, 500);
}

/** Writes line protocol (ns precision) in batches; InfluxDB overwrites points with the same series and time. */
export async function writeLines(
  conn: InfluxConnection,
  db: string,
  rp: string | undefined,
  lines: readonly string[],
  onBatch?: (written: number) => void,
  batchSize: number = 5000,
): Promise<void> {
  const url = endpoint(conn, 'write', { db, rp, precision: 'ns' });
  for (let i = 0; i < lines.length; i += batchSize) {
    const batch = lines.slice(i, i + batchSize).join('\n') + '\n';
    const res = await request(url, { method: 'POST', headers: { ...headers(conn), 'content-type': 'text/plain; charset=utf-8' }, body: batch }, 'InfluxDB write');
    if (res.status !== 204 && !res.ok) throw new Error(`InfluxDB write failed (HTTP ${res.status}): ${errorText(await res.text())}`);
    await res.arrayBuffer().catch(() => undefined);
    onBatch?.(Math.min(i + batchSize, lines.length));
  }
}
