// The project's one way to InfluxDB: @influxdata/influxdb-client, the
// client the design names. The generator writes through its write API
// (/api/v2/write: 2.x, and 1.8+ with bucket db/rp); the backtest reads history
// with an InfluxQL query (/query) and writes scores back (/write) through the
// same client's transport, so timeouts, TLS and connection handling are one
// implementation.
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { HttpError, InfluxDB, setLogger } from '@influxdata/influxdb-client';
import { collectNames, newRow, type History, type HistoryRow } from './history.ts';
import { formatTimestampNs, parseTimestampNs } from './timestamps.ts';
import { errorMessage } from '../../udf/errors.ts';

export interface InfluxConnection {
  /** e.g. http://127.0.0.1:8086 */
  url: string;
  username?: string;
  password?: string;
}

export interface InfluxClientOptions {
  url: string;
  /** 2.x token, or "username:password" for 1.8's /api/v2 endpoints. */
  token?: string;
  timeoutMs: number;
}

/** A client and the connections it holds; close() lets the process exit. */
export interface InfluxClient {
  influx: InfluxDB;
  close(): void;
}

/** The client logs every failed request to the console; our errors are reported once, by the caller. */
let clientLoggerSilenced = false;

export function openInflux(options: InfluxClientOptions): InfluxClient {
  if (!clientLoggerSilenced) {
    setLogger({ error() {}, warn() {} });
    clientLoggerSilenced = true;
  }
  const url = options.url.replace(/\/+$/, '');
  // Our own agent: the client does not destroy a timed-out request's socket, so
  // close() destroys them here, or a hung server would keep the process alive.
  const agent = url.startsWith('https:') ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
  const influx = new InfluxDB({ url, token: options.token, timeout: options.timeoutMs, transportOptions: { agent } });
  return { influx, close: () => agent.destroy() };
}

/** The backtest waits as long as a large query takes (the client's default is 10 s). */
const BACKTEST_TIMEOUT_MS = 3_600_000;

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

/** A 1.x endpoint's path and query string, relative to the client's URL. */
function endpoint(path: string, params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, v);
  return `/${path}?${q.toString()}`;
}

/** Runs one request of a backtest; HTTP errors become `<what> failed (HTTP n): <reason>`, others `<what>: cannot reach`. */
async function call<T>(conn: InfluxConnection, what: string, run: (influx: InfluxDB) => Promise<T>): Promise<T> {
  const client = openInflux({ url: conn.url, timeoutMs: BACKTEST_TIMEOUT_MS });
  try {
    return await run(client.influx);
  } catch (err) {
    if (err instanceof HttpError) throw new Error(`${what} failed (HTTP ${err.statusCode}): ${errorText(err.body ?? err.message)}`, { cause: err });
    throw new Error(`${what}: cannot reach ${new URL(conn.url).origin}: ${errorMessage(err)}`, { cause: err });
  } finally {
    client.close();
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
  const path = endpoint('query', { db, rp, q: query, epoch: 'ns', chunked: 'true', chunk_size: '10000' });
  const body = await call(conn, 'InfluxDB query', async (influx) => {
    const utf8 = new TextDecoder();
    let text = '';
    for await (const chunk of influx.transport.iterate(path, '', { method: 'GET', headers: headers(conn) })) text += utf8.decode(chunk, { stream: true });
    return text + utf8.decode();
  });
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
  const path = endpoint('write', { db, rp, precision: 'ns' });
  await call(conn, 'InfluxDB write', async (influx) => {
    for (let i = 0; i < lines.length; i += batchSize) {
      const batch = lines.slice(i, i + batchSize).join('\n') + '\n';
      await influx.transport.request(path, batch, { method: 'POST', headers: { ...headers(conn), 'content-type': 'text/plain; charset=utf-8' } });
      onBatch?.(Math.min(i + batchSize, lines.length));
    }
  });
}
