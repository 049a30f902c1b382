// backtest against InfluxDB 1.x over HTTP: history from an InfluxQL range
// query, scores written back under another measurement, idempotently.
// First against a minimal fake of the HTTP API (always), then against a real
// influxd when one is installed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseLineProtocol } from '../tools/io/line_protocol.ts';
import { runScriptAsync } from './helpers/run_script.ts';

// The subcommand on its own commander program, as udf/main.ts registers it.
async function backtestCli(args: string[]): Promise<{ code: number; stderr: string }> {
  const r = await runScriptAsync('test/helpers/subcommand.ts', ['backtest', ...args]);
  return { code: r.code ?? -1, stderr: r.stderr };
}

const T0 = 1704067200000000000n; // 2024-01-01T00:00:00Z
const ROWS = 120;

/** Value of printer p at row i: steady around 20 with a spike at row 100 on printer-01. */
const temperature = (p: number, i: number): number => (p === 1 && i === 100 ? 80 : 20 + p + ((i * 37) % 11) / 10);

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let s = '';
    req.on('data', (c: Buffer) => (s += c.toString()));
    req.on('end', () => resolve(s));
  });
}

test('range query in (exact ns times, tags kept), scores written back; a re-run overwrites', async (t) => {
  const queries: URLSearchParams[] = [];
  const stored = new Map<string, string>();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url!, 'http://x');
    if (url.pathname === '/query') {
      queries.push(url.searchParams);
      // Chunked JSON: one object per line, epoch-ns integers beyond 2^53.
      const chunks = [1, 2].map((p) => {
        const values = Array.from({ length: ROWS }, (_, i) => `[${T0 + BigInt(i) * 60_000_000_000n + 123n},${temperature(p, i)}]`);
        return `{"results":[{"statement_id":0,"series":[{"name":"printer","tags":{"printer":"printer-0${p}"},"columns":["time","temperature"],"values":[${values.join(',')}]}],"partial":${p === 1}}]}`;
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(chunks.join('\n') + '\n');
      return;
    }
    if (url.pathname === '/write' && req.method === 'POST') {
      assert.equal(url.searchParams.get('db'), 'printer');
      assert.equal(url.searchParams.get('precision'), 'ns');
      // Same series and time overwrite, as in InfluxDB.
      for (const row of parseLineProtocol(await body(req), 'write').rows) {
        stored.set(`${row.name},printer=${row.tags.printer} ${row.timeNs}`, JSON.stringify([row.fieldsDouble, row.fieldsBool, row.fieldsInt, row.fieldsString]));
      }
      res.writeHead(204).end();
      return;
    }
    res.writeHead(404).end('{"error":"not found"}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  t.after(() => server.close());
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const args = [
    '--influx-url', url, '--db', 'printer', '--measurement', 'printer', '--start', '2024-01-01T00:00:00Z', '--end', '2024-01-02T00:00:00Z',
    '--field', 'temperature', '--detector', 'mad', '--window', '30', '--write-measurement', 'printer_anomalies',
  ];
  const first = await backtestCli(args);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stderr, /240 rows, 180 scored, \d+ anomalies .*; 240 points written to printer\.printer_anomalies/);
  assert.equal(queries[0]!.get('q'), `SELECT * FROM "printer" WHERE time >= '2024-01-01T00:00:00Z' AND time < '2024-01-02T00:00:00Z' GROUP BY *`);
  assert.equal(queries[0]!.get('epoch'), 'ns');
  assert.equal(stored.size, 240);
  const spikeKey = `printer_anomalies,printer=printer-01 ${T0 + 100n * 60_000_000_000n + 123n}`;
  const [doubles, bools] = JSON.parse(stored.get(spikeKey)!) as [Record<string, number>, Record<string, boolean>];
  assert.equal(doubles.temperature, 80);
  assert.equal(bools.anomaly, true);
  const snapshot = JSON.stringify([...stored.entries()].sort());

  const second = await backtestCli(args);
  assert.equal(second.code, 0, second.stderr);
  assert.equal(stored.size, 240);
  assert.equal(JSON.stringify([...stored.entries()].sort()), snapshot);
});

test('an unreachable InfluxDB or a failed query is one clear line, exit code 1', async (t) => {
  const server = createServer((req, res) => {
    res.writeHead(400, { 'content-type': 'application/json' });
    res.end('{"error":"error parsing query: found EOF"}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  t.after(() => server.close());
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const bad = await backtestCli(['--influx-url', url, '--db', 'printer', '--query', 'SELECT', '--output', '-']);
  assert.equal(bad.code, 1);
  assert.equal(bad.stderr, 'ads backtest: InfluxDB query failed (HTTP 400): error parsing query: found EOF\n');
  const closed = await freePort();
  const down = await backtestCli(['--influx-url', `http://127.0.0.1:${closed}`, '--db', 'printer', '--measurement', 'printer', '--output', '-']);
  assert.equal(down.code, 1);
  assert.match(down.stderr, /^ads backtest: InfluxDB query: cannot reach http:\/\/127\.0\.0\.1:\d+: .*ECONNREFUSED/);
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createNetServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** INFLUXD, else the influxd that scripts/build-servers.sh caches, else a system one. */
function findInfluxd(): string | null {
  const cache = process.env.KAPACITOR_ADS_SERVERS_DIR ?? join(homedir(), '.cache/kapacitor-ads/servers');
  const candidates = [process.env.INFLUXD, join(cache, 'influxdb-v1.8.10/influxd'), '/usr/bin/influxd'];
  return candidates.find((p): p is string => p !== undefined && existsSync(p)) ?? null;
}
const INFLUXD = findInfluxd();

test('against a real influxd: backtest a measurement into another, twice, same point count', { skip: INFLUXD === null && 'no influxd (run scripts/build-servers.sh, or set INFLUXD)' }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'ads-influxd-'));
  const [http, rpc] = [await freePort(), await freePort()];
  writeFileSync(
    join(dir, 'influxdb.conf'),
    [
      `reporting-disabled = true`,
      `bind-address = "127.0.0.1:${rpc}"`,
      `[meta]`,
      `  dir = "${dir}/meta"`,
      `[data]`,
      `  dir = "${dir}/data"`,
      `  wal-dir = "${dir}/wal"`,
      `  query-log-enabled = false`,
      `[http]`,
      `  bind-address = "127.0.0.1:${http}"`,
      `  log-enabled = false`,
      `[monitor]`,
      `  store-enabled = false`,
    ].join('\n'),
  );
  const influxd = spawn(INFLUXD!, ['-config', join(dir, 'influxdb.conf')], { stdio: 'ignore' });
  t.after(async () => {
    const exited = new Promise((r) => influxd.once('exit', r));
    influxd.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (influxd.exitCode === null && influxd.signalCode === null) influxd.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });
  const url = `http://127.0.0.1:${http}`;
  for (let i = 0; ; i++) {
    const ok = await fetch(`${url}/ping`).then((r) => r.status === 204, () => false);
    if (ok) break;
    if (i > 100) throw new Error('influxd did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  const q = async (query: string): Promise<unknown> => (await fetch(`${url}/query?db=printer&q=${encodeURIComponent(query)}`, { method: 'POST' })).json();
  await q('CREATE DATABASE printer');
  const lines: string[] = [];
  for (const p of [1, 2]) for (let i = 0; i < ROWS; i++) lines.push(`printer,printer=printer-0${p} temperature=${temperature(p, i)} ${T0 + BigInt(i) * 60_000_000_000n}`);
  const w = await fetch(`${url}/write?db=printer&precision=ns`, { method: 'POST', body: lines.join('\n') });
  assert.equal(w.status, 204);

  const args = [
    '--influx-url', url, '--db', 'printer', '--measurement', 'printer', '--start', '2024-01-01T00:00:00Z', '--end', '2024-01-02T00:00:00Z',
    '--field', 'temperature', '--detector', 'mad', '--window', '30', '--write-measurement', 'printer_anomalies',
  ];
  type Counts = { results: { series: { tags: unknown; values: unknown[][] }[] }[] };
  const count = async (): Promise<unknown> => {
    const all = (await q('SELECT count("temperature"), count("anomaly_score"), count("anomaly_warmup") FROM "printer_anomalies" GROUP BY "printer"')) as Counts;
    const warm = (await q('SELECT count("anomaly_score") FROM "printer_anomalies" WHERE "anomaly_warmup" = false GROUP BY "printer"')) as Counts;
    return all.results[0]!.series.map((s, i) => [s.tags, s.values[0]![1], s.values[0]![2], s.values[0]![3], warm.results[0]!.series[i]!.values[0]![1]]);
  };
  // Every point is written back with its verdict fields; the first `window` of each group are warm-up.
  const expected = [
    [{ printer: 'printer-01' }, ROWS, ROWS, ROWS, ROWS - 30],
    [{ printer: 'printer-02' }, ROWS, ROWS, ROWS, ROWS - 30],
  ];
  const first = await backtestCli(args);
  assert.equal(first.code, 0, first.stderr);
  assert.deepEqual(await count(), expected);
  const second = await backtestCli(args);
  assert.equal(second.code, 0, second.stderr);
  assert.deepEqual(await count(), expected);
  const spike = (await q(`SELECT "anomaly", "temperature" FROM "printer_anomalies" WHERE "printer" = 'printer-01' AND "anomaly" = true`)) as {
    results: { series?: { values: unknown[][] }[] }[];
  };
  const hits = spike.results[0]!.series?.[0]?.values ?? [];
  assert.ok(hits.some((v) => v[2] === 80), JSON.stringify(hits));
});
