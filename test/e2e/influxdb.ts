// A throwaway influxd (1.8) in a temporary directory, and a minimal InfluxQL client over its HTTP API.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ServerProcess } from './servers.ts';

export interface InfluxdOptions {
  bin: string;
  dir: string;
  httpPort: number;
  rpcPort: number;
}

/**
 * Starts influxd listening on 127.0.0.1 only. The subscriber sends to Kapacitor with one writer so points reach the
 * stream task in the order they were written (several concurrent writers could reorder batches).
 */
export async function startInfluxd(options: InfluxdOptions): Promise<ServerProcess> {
  const { dir } = options;
  for (const sub of ['meta', 'data', 'wal']) mkdirSync(join(dir, sub), { recursive: true });
  const config = `reporting-disabled = true
bind-address = "127.0.0.1:${options.rpcPort}"

[meta]
  dir = "${join(dir, 'meta')}"

[data]
  dir = "${join(dir, 'data')}"
  wal-dir = "${join(dir, 'wal')}"
  query-log-enabled = false

[http]
  enabled = true
  bind-address = "127.0.0.1:${options.httpPort}"
  log-enabled = false
  flux-enabled = false

[subscriber]
  enabled = true
  write-concurrency = 1
  write-buffer-size = 10000

[monitor]
  store-enabled = false

[continuous_queries]
  enabled = false

[logging]
  level = "warn"
`;
  const configFile = join(dir, 'influxdb.conf');
  writeFileSync(configFile, config);
  const server = new ServerProcess('influxd', options.bin, ['run', '-config', configFile], {
    cwd: dir,
    logFile: join(dir, 'influxd.log'),
  });
  await server.waitHealthy(`http://127.0.0.1:${options.httpPort}/ping`, 30_000);
  return server;
}

/** One series of an InfluxQL result; times are epoch milliseconds (query made with epoch=ms). */
export interface Series {
  name: string;
  tags: Record<string, string>;
  columns: string[];
  values: unknown[][];
}

interface QueryResponse {
  results?: { statement_id: number; series?: Series[]; error?: string }[];
  error?: string;
}

export class InfluxClient {
  readonly url: string;

  constructor(url: string) {
    this.url = url;
  }

  /** Runs one InfluxQL statement and returns its series; throws on any error. */
  async query(q: string, db?: string): Promise<Series[]> {
    const params = new URLSearchParams({ q, epoch: 'ms' });
    if (db) params.set('db', db);
    const response = await fetch(`${this.url}/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: params.toString(),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await response.json()) as QueryResponse;
    const result = body.results?.[0];
    const error = body.error ?? result?.error;
    if (!response.ok || error) throw new Error(`InfluxQL ${JSON.stringify(q)} failed: ${error ?? response.status}`);
    return (result?.series ?? []).map((s) => ({ ...s, tags: s.tags ?? {} }));
  }

  /** Total number of values of `field` in `measurement` (0 when the measurement does not exist yet). */
  async count(db: string, measurement: string, field: string): Promise<number> {
    const series = await this.query(`SELECT count("${field}") FROM "${measurement}"`, db);
    const value = series[0]?.values[0]?.[1];
    return typeof value === 'number' ? value : 0;
  }
}
