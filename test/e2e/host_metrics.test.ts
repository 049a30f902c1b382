// End-to-end: the host-metrics preset. The real Telegraf (scripts/build-telegraf.sh) gathers this machine's cpu, mem,
// disk, net and system metrics every second with telegraf/host_metrics.conf and writes them to a real influxd and to
// kapacitord (scripts/build-servers.sh), where the task defined from tick/host_metrics.tick with
// tick/host_metrics_vars.json scores them per host; every panel query of grafana/dashboards/host_metrics.json then
// runs against the scored points. Everything listens on 127.0.0.1 and is stopped by the test.
// ADS_E2E_KEEP=1 keeps the temporary directory (configs, logs, InfluxDB data) for inspection.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDashboardQueries, resolveQuery, type PanelQuery } from './grafana_queries.ts';
import { InfluxClient, startInfluxd } from './influxdb.ts';
import { KapacitorCli, parseTaskShow, startKapacitord } from './kapacitor.ts';
import { freePort, locateServers, REPO_ROOT, waitUntil, type ServerProcess } from './servers.ts';
import { locateTelegraf, startTelegraf } from './telegraf.ts';

const DB = 'telegraf';
const DASHBOARD = 'host_metrics.json';
/** How long the detectors may take to warm up at one point per second (MAD's default window is 100 points). */
const WARMUP_TIMEOUT_MS = 10 * 60_000;

/**
 * Per measurement: the input field, its scored field, the tags of a series, and how many points of each series the
 * task cannot score (net: two derivatives in a row, each of which starts at its second point).
 */
const SCORED = [
  { measurement: 'cpu', field: 'usage_user', scored: 'usage_user', where: `"cpu" = 'cpu-total'`, groupBy: '"host", "cpu"', lost: 0 },
  { measurement: 'mem', field: 'used_percent', scored: 'used_percent', where: '', groupBy: '"host"', lost: 0 },
  { measurement: 'disk', field: 'used_percent', scored: 'used_percent', where: '', groupBy: '"host", "path"', lost: 0 },
  { measurement: 'net', field: 'bytes_recv', scored: 'bytes_recv_rate', where: '', groupBy: '"host", "interface"', lost: 2 },
  { measurement: 'system', field: 'load1', scored: 'load1', where: '', groupBy: '"host"', lost: 0 },
] as const;

const dir = mkdtempSync(join(tmpdir(), 'kapacitor-ads-hosts-'));
const servers: ServerProcess[] = [];
let influx: InfluxClient;
let kapacitor: KapacitorCli;
let telegraf: ServerProcess;
let fromMs = 0;
let panels: PanelQuery[] = [];

/** series key -> count of `field` in `measurement`. */
async function counts(measurement: string, field: string, where: string, groupBy: string): Promise<Map<string, number>> {
  const series = await influx.query(`SELECT count("${field}") FROM "${measurement}" ${where ? `WHERE ${where} ` : ''}GROUP BY ${groupBy}`, DB);
  return new Map(series.map((s) => [JSON.stringify(s.tags), s.values[0]![1] as number]));
}

/** The dashboard's queries, as Grafana would send them for the test's time range and every host. */
async function resolvedPanels(): Promise<{ panel: PanelQuery; query: string }[]> {
  const hosts = await influx.query('SHOW TAG VALUES FROM "cpu_anomalies" WITH KEY = "host"', DB);
  const values = hosts[0]?.values.map((row) => String(row[1])) ?? [];
  if (values.length === 0) return [];
  const context = { fromMs, toMs: Date.now() + 60_000, interval: '10s', variables: { host: values } };
  return panels.map((panel) => ({ panel, query: resolveQuery(panel.query, context) }));
}

/** Panel queries that return no rows. */
async function emptyPanels(): Promise<string[]> {
  const resolved = await resolvedPanels();
  if (resolved.length === 0) return ['(no host in cpu_anomalies yet)'];
  const empty: string[] = [];
  for (const { panel, query } of resolved) {
    const series = await influx.query(query, DB);
    if (!series.some((s) => s.values.length > 0)) empty.push(`${panel.source}: ${query}`);
  }
  return empty;
}

before(async () => {
  fromMs = Date.now() - 60_000;
  panels = readDashboardQueries(join(REPO_ROOT, 'grafana', 'dashboards')).filter((q) => q.dashboard === DASHBOARD);
  assert.ok(panels.length >= 8, `expected the preset dashboard's queries, found ${panels.length}`);
  const bins = locateServers();
  const telegrafBin = locateTelegraf();

  const influxPort = await freePort();
  servers.push(await startInfluxd({ bin: bins.influxd, dir: join(dir, 'influxdb'), httpPort: influxPort, rpcPort: await freePort() }));
  influx = new InfluxClient(`http://127.0.0.1:${influxPort}`);
  const kapacitorPort = await freePort();
  const kapacitorUrl = `http://127.0.0.1:${kapacitorPort}`;
  servers.push(
    await startKapacitord({
      bin: bins.kapacitord,
      version: bins.kapacitorVersion,
      dir: join(dir, 'kapacitor'),
      httpPort: kapacitorPort,
      influxUrl: influx.url,
      // Telegraf writes to Kapacitor itself (telegraf/host_metrics.conf): no subscription.
      env: { KAPACITOR_INFLUXDB_0_DISABLE_SUBSCRIPTIONS: 'true' },
    }),
  );
  kapacitor = new KapacitorCli(bins.kapacitor, kapacitorUrl);

  // README's commands, with the alert log moved into the test's directory.
  const vars = JSON.parse(readFileSync(join(REPO_ROOT, 'tick', 'host_metrics_vars.json'), 'utf8')) as Record<string, { type: string; value: unknown }>;
  vars.alertLog = { type: 'string', value: join(dir, 'kapacitor', 'host_alerts.log') };
  const varsFile = join(dir, 'host_metrics_vars.json');
  writeFileSync(varsFile, JSON.stringify(vars));
  await kapacitor.run('define-template', 'host_metrics', '-tick', 'tick/host_metrics.tick');
  await kapacitor.run('define', 'host_metrics', '-template', 'host_metrics', '-vars', varsFile, '-dbrp', `${DB}.autogen`);
  await kapacitor.run('enable', 'host_metrics');

  telegraf = await startTelegraf({
    bin: telegrafBin,
    dir,
    name: 'telegraf-hosts',
    config: 'host_metrics.conf',
    env: { TELEGRAF_INTERVAL: '1s', TELEGRAF_FLUSH_INTERVAL: '1s', INFLUXDB_URL: influx.url, KAPACITOR_URL: kapacitorUrl },
  });
  servers.push(telegraf);

  // Until the detectors have warmed up on every measurement, some panels (scores, bands) have nothing to show.
  const started = Date.now();
  let empty: string[] = [];
  await waitUntil('rows in every panel of the preset dashboard', WARMUP_TIMEOUT_MS, async () => {
    empty = await emptyPanels();
    return empty.length === 0 ? true : undefined;
  }).catch((err: unknown) => {
    throw new Error(`${(err as Error).message}; still empty:\n${empty.join('\n')}\n--- telegraf ---\n${telegraf.logTail(20)}\n--- kapacitord ---\n${servers[1]!.logTail(20)}`);
  });
  console.log(`# hosts e2e: every panel has rows ${Date.now() - started} ms after Telegraf started`);

  // Telegraf flushes what it gathered when it stops; then Kapacitor's influxDBOut (every 10 s) catches up.
  await telegraf.stop();
  let behind: string[] = [];
  await waitUntil('every gathered point scored and written', 60_000, async () => {
    behind = [];
    for (const m of SCORED) {
      const raw = await counts(m.measurement, m.field, m.where, m.groupBy);
      const scored = await counts(`${m.measurement}_anomalies`, m.scored, '', m.groupBy);
      for (const [key, n] of raw) if (scored.get(key) !== n - m.lost) behind.push(`${m.measurement} ${key}: ${scored.get(key) ?? 0} of ${n - m.lost}`);
    }
    return behind.length === 0 ? true : undefined;
  }).catch((err: unknown) => {
    throw new Error(`${(err as Error).message}:\n${behind.join('\n')}`);
  });
}, { timeout: 20 * 60_000 });

after(async () => {
  for (const server of [...servers].reverse()) await server.stop();
  if (process.env.ADS_E2E_KEEP) console.log(`# hosts e2e: kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
});

test('preset: the task from the template runs without errors and scores every point Telegraf gathered, per host', async () => {
  const show = parseTaskShow(await kapacitor.run('show', 'host_metrics'));
  assert.equal(show.error, '', show.raw);
  assert.equal(show.executing, true, show.raw);
  assert.match(show.raw, /^Template:\s*host_metrics$/m);
  for (const [node, attrs] of show.nodes) assert.equal(attrs.errors, '0', `node ${node} reports errors:\n${show.raw}`);
  const adsNodes = [...show.nodes.keys()].filter((n) => n.startsWith('ads'));
  assert.equal(adsNodes.length, SCORED.length, `one @ads() per measurement:\n${show.raw}`);
  for (const m of SCORED) {
    const scored = await counts(`${m.measurement}_anomalies`, 'anomaly_score', '', m.groupBy);
    assert.ok(scored.size > 0 && [...scored.values()].every((n) => n > 0), `${m.measurement}_anomalies: verdicts per series ${JSON.stringify([...scored])}`);
    const hosts = await influx.query(`SHOW TAG VALUES FROM "${m.measurement}_anomalies" WITH KEY = "host"`, DB);
    assert.ok((hosts[0]?.values.length ?? 0) >= 1, `${m.measurement}_anomalies has a host tag`);
  }
  // The machine-wide CPU only, as the vars file says; not one series per core.
  const cpus = await influx.query('SHOW TAG VALUES FROM "cpu_anomalies" WITH KEY = "cpu"', DB);
  assert.deepEqual(cpus[0]!.values.map((row) => row[1]), ['cpu-total']);
});

test('preset: every panel query of the host-metrics dashboard returns rows', async () => {
  const resolved = await resolvedPanels();
  assert.equal(resolved.length, panels.length);
  assert.deepEqual(await emptyPanels(), [], 'queries without rows');
});
