// End-to-end: the demo task on real servers. influxd 1.8.10 and kapacitord (1.5.9 or 1.8.2, from KAPACITOR_VERSION;
// built by scripts/build-servers.sh) run on 127.0.0.1 in a temporary directory with the project's kapacitor/kapacitor.conf;
// scripts/printer_data.ts backfills printer data with labelled anomalies into InfluxDB, whose subscription streams it
// to Kapacitor, whose tasks score it with the real UDF and write the result back to InfluxDB.
// ADS_E2E_KEEP=1 keeps the temporary directory (configs, server logs, alert logs, InfluxDB data) for inspection.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlertReceiver } from './alert_receiver.ts';
import { anomalyFields, scoreDetections, type LabelledEvent, type ScoredPoint } from '../../scripts/demo/detection_score.ts';
import { demoInitRequest } from '../../scripts/demo/kapacitor_requests.ts';
import { decodeOutput } from '../../scripts/demo/scored_point.ts';
import { streamThroughUdf } from '../../scripts/demo/stream_through_udf.ts';
import { generatePrinterData } from '../../scripts/printer/index.ts';
import { readDashboardQueries, resolveQuery } from './grafana_queries.ts';
import { InfluxClient, startInfluxd } from './influxdb.ts';
import { KapacitorCli, parseTaskShow, startKapacitord } from './kapacitor.ts';
import { freePort, locateServers, REPO_ROOT, waitUntil, type ServerProcess } from './servers.ts';
import { runScriptAsync } from '../helpers/run_script.ts';

const DB = 'printer';
const FIELDS = ['temperature', 'humidity', 'power'] as const;
const PRINTERS = 3;
const DURATION = '2h';
const SEED = 7;
/** Events per printer per hour: 18 events over 2 h cover all five anomaly kinds. */
const ANOMALIES_PER_HOUR = 3;
/** Detection lag allowed after an event's last point, and margin around events for the false-positive count. */
const TOLERANCE_MS = 30_000;

interface Labels {
  start: string;
  end: string;
  step: string;
  printers: string[];
  events: LabelledEvent[];
}

const dir = mkdtempSync(join(tmpdir(), 'kapacitor-ads-e2e-'));
const receiver = new AlertReceiver();
const servers: ServerProcess[] = [];
let influx: InfluxClient;
let kapacitor: KapacitorCli;
let labels: Labels;
let expectedPoints = 0;
let alertLog = '';

function stepMs(step: string): number {
  const match = /^(\d+)(ms|s|m)$/.exec(step);
  if (!match) throw new Error(`unexpected step ${step} in labels`);
  return Number(match[1]) * { ms: 1, s: 1000, m: 60_000 }[match[2] as 'ms' | 's' | 'm'];
}

/** Waits until `measurement` holds `expected` values of `field`, i.e. Kapacitor has scored and flushed everything. */
async function waitForCount(measurement: string, field: string, expected: number, timeoutMs: number): Promise<void> {
  let last = 0;
  await waitUntil(`${expected} points in ${measurement}`, timeoutMs, async () => {
    last = await influx.count(DB, measurement, field);
    return last >= expected ? true : undefined;
  }).catch((err: unknown) => {
    throw new Error(`${(err as Error).message}; counted ${last}\n--- kapacitord log ---\n${servers[1]?.logTail(30)}`);
  });
}

before(async () => {
  const started = Date.now();
  const bin = locateServers();
  const [influxPort, rpcPort, kapacitorPort] = [await freePort(), await freePort(), await freePort()];
  const postUrl = await receiver.start();

  servers.push(await startInfluxd({ bin: bin.influxd, dir: join(dir, 'influxdb'), httpPort: influxPort, rpcPort }));
  influx = new InfluxClient(`http://127.0.0.1:${influxPort}`);
  // The database exists before Kapacitor starts, so Kapacitor subscribes to it at start-up.
  await influx.query(`CREATE DATABASE "${DB}"`);

  const kapacitorUrl = `http://127.0.0.1:${kapacitorPort}`;
  servers.push(
    await startKapacitord({
      bin: bin.kapacitord,
      version: bin.kapacitorVersion,
      dir: join(dir, 'kapacitor'),
      httpPort: kapacitorPort,
      influxUrl: influx.url,
    }),
  );
  kapacitor = new KapacitorCli(bin.kapacitor, kapacitorUrl);
  await waitUntil('the Kapacitor subscription on printer.autogen', 30_000, async () => {
    const subs = await influx.query('SHOW SUBSCRIPTIONS');
    const printer = subs.find((s) => s.name === DB);
    const linked = printer?.values.some((row) => row[0] === 'autogen' && String(row[3]).includes(`:${kapacitorPort}`));
    return linked ? true : undefined;
  });

  // Exactly README's commands, then the alert destinations pointed at this test through the task's vars.
  alertLog = join(dir, 'kapacitor', 'ads_alerts.log');
  const demoVars = join(dir, 'ads_demo_vars.json');
  writeFileSync(
    demoVars,
    JSON.stringify({ postUrl: { type: 'string', value: postUrl }, alertLog: { type: 'string', value: alertLog } }),
  );
  await kapacitor.run('define', 'ads_demo', '-tick', 'tick/ads_demo.tick');
  await kapacitor.run('define', 'ads_demo', '-vars', demoVars);
  await kapacitor.run('enable', 'ads_demo');

  await kapacitor.run('define', 'ads_batch', '-tick', 'tick/ads_batch.tick');
  await kapacitor.run('enable', 'ads_batch');

  const templateVars = JSON.parse(readFileSync(join(REPO_ROOT, 'tick', 'ads_template_vars.json'), 'utf8')) as Record<
    string,
    { type: string; value: unknown }
  >;
  templateVars.postUrl = { type: 'string', value: receiver.url('/template-alerts') };
  templateVars.alertLog = { type: 'string', value: join(dir, 'kapacitor', 'ads_template_alerts.log') };
  const templateVarsFile = join(dir, 'ads_template_vars.json');
  writeFileSync(templateVarsFile, JSON.stringify(templateVars));
  await kapacitor.run('define-template', 'ads_template', '-tick', 'tick/ads_template.tick');
  await kapacitor.run(
    'define', 'printer_temperature_ads', '-template', 'ads_template', '-vars', templateVarsFile, '-dbrp', `${DB}.autogen`,
  );
  await kapacitor.run('enable', 'printer_temperature_ads');

  const labelsFile = join(dir, 'labels.json');
  const generator = await runScriptAsync('scripts/printer_data.ts', [
      '--mode', 'backfill', '--duration', DURATION, '--step', '1s', '--printers', String(PRINTERS),
      '--seed', String(SEED), '--anomalies', String(ANOMALIES_PER_HOUR), '--target', 'influx', '--url', influx.url, '--db', DB, '--rp', 'autogen',
      '--labels', labelsFile,
    ], { timeoutMs: 180_000 });
  if (generator.code !== 0) throw new Error(`scripts/printer_data.ts exited with ${generator.code}:\n${generator.stdout}\n${generator.stderr}`);
  const generated = Date.now();
  labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as Labels;
  const spanMs = Date.parse(labels.end) - Date.parse(labels.start);
  expectedPoints = labels.printers.length * (Math.round(spanMs / stepMs(labels.step)) + 1);
  assert.equal(labels.printers.length, PRINTERS, generator.stderr);
  assert.ok(labels.events.length > 0, 'the generator injected no anomalies');

  // Kapacitor scores the stream as InfluxDB forwards it; influxDBOut flushes every 10 s.
  await waitForCount('printer_anomalies', 'temperature', expectedPoints, 180_000);
  await waitForCount('printer_temperature_anomalies', 'temperature', expectedPoints, 60_000);
  console.log(
    `# e2e: kapacitord ${bin.kapacitorVersion}, ${expectedPoints} points, ${labels.events.length} injected events; generator ${generated - started} ms ` +
      `after start, scored ${Date.now() - generated} ms later`,
  );
}, { timeout: 40 * 60_000 });

after(async () => {
  // Kapacitor first: it stops its UDF processes and may still write to InfluxDB.
  for (const server of [...servers].reverse()) await server.stop();
  await receiver.stop();
  if (process.env.ADS_E2E_KEEP) console.log(`# e2e: kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
});

test('ads_demo runs without errors and every point passes through the UDF', async () => {
  const show = parseTaskShow(await kapacitor.run('show', 'ads_demo'));
  assert.equal(show.error, '', show.raw);
  assert.equal(show.status, 'enabled');
  assert.equal(show.executing, true, show.raw);
  assert.ok(show.nodes.size >= 7, `expected the task's nodes in the DOT output:\n${show.raw}`);
  for (const [node, attrs] of show.nodes) assert.equal(attrs.errors, '0', `node ${node} reports errors:\n${show.raw}`);
  const udfEdge = [...show.edges].find(([edge]) => edge.startsWith('from') && edge.includes('-> ads'));
  assert.ok(udfEdge, `no from -> ads edge in:\n${show.raw}`);
  assert.equal(udfEdge[1], expectedPoints, 'points streamed into the UDF');
});

test('printer_anomalies holds every point, and no point lacks the verdict fields', async () => {
  assert.equal(await influx.count(DB, 'printer_anomalies', 'temperature'), expectedPoints);
  const keys = await influx.query('SHOW FIELD KEYS FROM "printer_anomalies"', DB);
  const fields = new Map(keys[0]!.values.map((row) => [String(row[0]), String(row[1])]));
  const expected: Record<string, string> = {
    temperature: 'float', humidity: 'float', power: 'float', anomaly: 'boolean', anomaly_score: 'float', anomaly_warmup: 'boolean',
    anomaly_detectors: 'string', anomaly_fields: 'string', anomaly_votes: 'integer', temperature_lower: 'float', temperature_upper: 'float',
  };
  for (const [name, type] of Object.entries(expected)) assert.equal(fields.get(name), type, `field ${name}`);
  const range = await influx.query('SELECT min("anomaly_score"), max("anomaly_score") FROM "printer_anomalies"', DB);
  const [, min, max] = range[0]!.values[0] as [number, number, number];
  assert.ok(min >= 0 && max <= 1 && max > min, `anomaly_score in [0, 1], got [${min}, ${max}]`);
  // One schema from the first point: every point has anomaly, anomaly_score and anomaly_warmup; the warm-up is
  // each printer's first points, neither anomalous nor scored, and once a printer's verdict is informed it stays so.
  for (const printer of labels.printers) {
    const where = `WHERE "printer" = '${printer}'`;
    const all = await influx.query(
      `SELECT count("temperature"), count("anomaly"), count("anomaly_score"), count("anomaly_warmup") FROM "printer_anomalies" ${where}`,
      DB,
    );
    const [, total, anomaly, score, warmupCount] = all[0]!.values[0] as number[];
    assert.deepEqual([anomaly, score, warmupCount], [total, total, total], `${printer}: points without a verdict field`);
    const warmup = `${where} AND "anomaly_warmup" = true`;
    const warm = await influx.query(`SELECT count("temperature"), max("anomaly_score") FROM "printer_anomalies" ${warmup}`, DB);
    const [, warmPoints, warmMax] = (warm[0]?.values[0] ?? [0, 0, 0]) as number[];
    const lastWarm = await influx.query(`SELECT last("temperature") FROM "printer_anomalies" ${warmup}`, DB);
    const lastWarmMs = lastWarm[0]!.values[0]![0] as number;
    const flaggedInWarmup = await influx.query(`SELECT count("temperature") FROM "printer_anomalies" ${where} AND "anomaly_warmup" = true AND "anomaly" = true`, DB);
    assert.equal(flaggedInWarmup.length, 0, `${printer}: anomalous points during the warm-up`);
    assert.ok(warmPoints! > 0 && warmMax === 0, `${printer}: ${warmPoints} warm-up points, highest score ${warmMax}`);
    const informed = await influx.query(
      `SELECT first("temperature") FROM "printer_anomalies" ${where} AND "anomaly_warmup" = false`,
      DB,
    );
    const firstInformedMs = informed[0]!.values[0]![0] as number;
    assert.ok(firstInformedMs > lastWarmMs, `${printer}: a warm-up point after the first informed one`);
    assert.ok(total! - warmPoints! >= (expectedPoints / PRINTERS) * 0.9, `${printer}: only ${total! - warmPoints!} informed points`);
  }
});

test('the stack flags exactly the points the UDF flags on the same data offline; recall and false alarms reported', async () => {
  const select = [...FIELDS, 'anomaly', 'anomaly_fields'].map((c) => `"${c}"`).join(', ');
  const series = await influx.query(`SELECT ${select} FROM "printer_anomalies" GROUP BY "printer"`, DB);
  const points: ScoredPoint[] = series.flatMap((s) =>
    s.values.map((row) => {
      const value = (name: string): unknown => row[s.columns.indexOf(name)];
      return { printer: s.tags.printer!, timeMs: row[0] as number, anomaly: value('anomaly') === true, fields: anomalyFields(value('anomaly_fields')) };
    }),
  );
  assert.equal(points.length, expectedPoints);

  // The same generated points, streamed through the UDF process in order as the demo does, with the task's
  // options (tick/ads_demo.tick names the fields and no detector): Kapacitor and InfluxDB must change nothing.
  const data = generatePrinterData({ startMs: Date.parse(labels.start), seed: SEED, durationMs: Date.parse(labels.end) - Date.parse(labels.start) + stepMs(labels.step), stepMs: stepMs(labels.step), printers: PRINTERS, anomaliesPerHour: ANOMALIES_PER_HOUR });
  assert.deepEqual(data.labels.events, labels.events, 'the offline data is the data the generator wrote');
  const offline: string[] = [];
  await streamThroughUdf(data.points, {
    init: demoInitRequest([]),
    onPoint: (p) => {
      const out = decodeOutput(p);
      if (out.scored.anomaly) offline.push(`${out.scored.printer}@${out.scored.timeMs} ${(out.scored.fields ?? []).join(',')}`);
    },
  });
  const stack = points.filter((p) => p.anomaly).map((p) => `${p.printer}@${p.timeMs} ${(p.fields ?? []).join(',')}`);
  assert.ok(offline.length > 0, 'the UDF flagged nothing offline');
  assert.deepEqual(stack.sort(), offline.sort(), 'anomalous points through kapacitord and InfluxDB against the UDF offline');

  const summary = scoreDetections(labels.events, points, TOLERANCE_MS);
  const kinds = [...summary.byKind].map(([kind, [hit, total]]) => `${kind} ${hit}/${total}`).join(', ');
  console.log(
    `# e2e: ${stack.length} anomalous points; recall ${(summary.recall * 100).toFixed(1)}% (${kinds}); ${summary.falseAlarms} false alarms, ` +
      `false-positive rate ${(summary.falsePositiveRate * 100).toFixed(2)}% (${summary.falsePositives} of ${summary.normalPoints} normal points)`,
  );
});

test("the alert's HTTP post reaches the receiver and the alert log is written", async () => {
  await waitUntil('an alert post', 15_000, async () => (receiver.alerts.length > 0 ? true : undefined));
  assert.deepEqual(receiver.invalid, []);
  const demo = receiver.alerts.filter((a) => a.path === '/alerts');
  assert.ok(demo.length > 0, 'ads_demo posted no alert');
  for (const { body } of demo) {
    assert.match(body.id, /^ads\/printer\/printer-\d+$/);
    assert.match(body.level, /^(OK|INFO|WARNING|CRITICAL)$/);
    assert.match(body.message, /printer=printer-\d+ anomalous for -?\d+ points .*temperature=/);
    assert.equal(body.data?.series?.[0]?.name, 'printer');
    assert.ok(body.data?.series?.[0]?.columns.includes('anomalous_points'));
  }
  const levels = new Map<string, number>();
  for (const { body } of demo) levels.set(body.level, (levels.get(body.level) ?? 0) + 1);
  console.log(`# e2e: ads_demo posted ${demo.length} alerts (${[...levels].map(([l, n]) => `${l} ${n}`).join(', ')})`);
  assert.ok(demo.some((a) => a.body.level === 'WARNING' || a.body.level === 'CRITICAL'));
  assert.ok(receiver.alerts.some((a) => a.path === '/template-alerts'), 'the template task posted no alert');
  assert.ok(existsSync(alertLog) && readFileSync(alertLog, 'utf8').includes('"id":"ads/printer/'), 'alert log');
});

test('every Grafana panel query returns rows', async () => {
  const tags = await influx.query('SHOW TAG VALUES FROM "printer_anomalies" WITH KEY = "printer"', DB);
  const context = {
    fromMs: Date.parse(labels.start) - 60_000,
    toMs: Date.parse(labels.end) + 60_000,
    interval: '10s',
    variables: { printer: tags[0]!.values.map((row) => String(row[1])) },
  };
  // The printer dashboard; the host-metrics one reads another database (test/e2e/host_metrics.test.ts).
  const queries = readDashboardQueries(join(REPO_ROOT, 'grafana', 'dashboards')).filter((q) => q.dashboard === 'printer_anomalies.json');
  assert.ok(queries.length > 0, 'no panel queries found in grafana/dashboards');
  const empty: string[] = [];
  for (const panel of queries) {
    const q = resolveQuery(panel.query, context);
    const series = await influx.query(q, DB);
    if (!series.some((s) => s.values.length > 0)) empty.push(`${panel.dashboard} ${panel.source}: ${q}`);
  }
  assert.deepEqual(empty, [], 'queries without rows');
});

test('the template task scores its field and the batch task scores the stored data', async () => {
  const template = parseTaskShow(await kapacitor.run('show', 'printer_temperature_ads'));
  assert.equal(template.error, '', template.raw);
  assert.equal(template.executing, true);
  assert.match(template.raw, /^Template:\s*ads_template$/m);
  const keys = await influx.query('SHOW FIELD KEYS FROM "printer_temperature_anomalies"', DB);
  const names = keys[0]!.values.map((row) => row[0]);
  assert.ok(names.includes('temperature_upper') && !names.includes('humidity_upper'), `fields: ${names.join(', ')}`);

  // The batch task queries the last 30 minutes once a minute after it was enabled.
  await waitUntil('rows in printer_anomalies_batch', 90_000, async () => {
    const count = await influx.count(DB, 'printer_anomalies_batch', 'anomaly_score');
    return count > 0 ? true : undefined;
  });
  const batch = parseTaskShow(await kapacitor.run('show', 'ads_batch'));
  assert.equal(batch.error, '', batch.raw);
  for (const [node, attrs] of batch.nodes) assert.equal(attrs.errors, '0', `ads_batch node ${node}:\n${batch.raw}`);
});
