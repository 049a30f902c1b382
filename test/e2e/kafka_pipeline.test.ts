// End-to-end: Kafka in, anomalies out to Kafka, and the scale-out topology. Real parts only, on 127.0.0.1: an Apache
// Kafka broker in KRaft mode (scripts/fetch-kafka.sh), Telegraf's kafka_consumer (scripts/build-telegraf.sh,
// telegraf/kafka_consumer.conf), kapacitord and influxd (scripts/build-servers.sh) running tick/ads_kafka.tick.
//
// scripts/printer_data.ts backfills labelled printer data onto a topic of 4 partitions, one point per message keyed
// by series, with malformed messages before and among the points. The topic is read by two consumer groups at once:
//   single:   one Telegraf -> one Kapacitor                     -> InfluxDB kafka_single,   topic anomalies
//   scaleout: two Telegrafs, each -> its own Kapacitor          -> InfluxDB kafka_scale_N, topic anomalies_scaleout
// (each Kapacitor of the pair writes its own database only so the test can tell which one scored a series).
// Last, one Telegraf of the pair leaves and a second hour is produced: its series move to the other Kapacitor.
// ADS_E2E_KEEP=1 keeps the temporary directory (configs, server logs, InfluxDB and Kafka data) for inspection.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kafka } from 'kafkajs';
import { anomalyFields, scoreDetections, type LabelledEvent, type ScoredPoint } from '../../scripts/demo/detection_score.ts';
import { InfluxClient, startInfluxd } from './influxdb.ts';
import { createTopic, locateKafka, readTopic, startKafka, topicSize, waitForGroup } from './kafka.ts';
import { KapacitorCli, parseTaskShow, startKapacitord } from './kapacitor.ts';
import { freePort, locateServers, sleep, waitUntil, type ServerProcess } from './servers.ts';
import { locateTelegraf, pluginErrors, startTelegraf } from './telegraf.ts';
import { runScriptAsync } from '../helpers/run_script.ts';

const TOPIC = 'printer';
const PARTITIONS = 4;
const PRINTERS = 6;
const START = '2026-01-05T00:00:00Z';
/** Each run of the generator writes one hour at 1 s. */
const HOUR_STEPS = 3600;
const SEED = 11;
/** Events per printer per hour: 18 events over the 6 printers. */
const ANOMALIES_PER_HOUR = 3;
const FIELDS = ['temperature', 'humidity', 'power'] as const;
/** Detection lag allowed after an event's last point (as in ads_demo.test.ts). */
const TOLERANCE_MS = 30_000;
const MIN_RECALL = 0.8;
/** Messages no parser can read: each must be logged by Telegraf and skipped. All go to partition 0. */
const MALFORMED: (string | Buffer)[] = [
  'this is not line protocol',
  '{"printer":"printer-01","temperature":"hot"}',
  'printer,printer=printer-01 1767571200000000000',
  Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x0a]),
];

interface Pipeline {
  name: string;
  group: string;
  db: string;
  topic: string;
  kapacitor: KapacitorCli;
  kapacitord: ServerProcess;
  telegraf: ServerProcess;
}

interface AlertMessage {
  id: string;
  message: string;
  level: string;
  data: { series: { name: string; tags: Record<string, string>; columns: string[]; values: unknown[][] }[] };
}

const dir = mkdtempSync(join(tmpdir(), 'kapacitor-ads-kafka-'));
const servers: ServerProcess[] = [];
const pipelines: Pipeline[] = [];
let influx: InfluxClient;
let kafka: Kafka;
let brokerAddress = '';
let events: LabelledEvent[] = [];
let printers: string[] = [];
let expectedPoints = 0;

const single = (): Pipeline => pipelines[0]!;
const pair = (): Pipeline[] => pipelines.slice(1);

async function startPipeline(
  bins: ReturnType<typeof locateServers>,
  telegrafBin: string,
  broker: string,
  spec: { name: string; group: string; db: string; topic: string },
): Promise<Pipeline> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const kapacitord = await startKapacitord({
    bin: bins.kapacitord,
    version: bins.kapacitorVersion,
    dir: join(dir, spec.name),
    httpPort: port,
    influxUrl: influx.url,
    // As docker/compose.yml does it: the [[kafka]] cluster of kapacitor.conf pointed at this broker. The data comes
    // from Telegraf, so no InfluxDB subscription.
    env: { KAPACITOR_KAFKA_0_BROKERS_0: broker, KAPACITOR_INFLUXDB_0_DISABLE_SUBSCRIPTIONS: 'true' },
  });
  servers.push(kapacitord);
  const kapacitor = new KapacitorCli(bins.kapacitor, url);
  const vars = join(dir, `${spec.name}_vars.json`);
  writeFileSync(vars, JSON.stringify({ outputDb: { type: 'string', value: spec.db }, topic: { type: 'string', value: spec.topic } }));
  await influx.query(`CREATE DATABASE "${spec.db}"`);
  await kapacitor.run('define', 'ads_kafka', '-tick', 'tick/ads_kafka.tick');
  await kapacitor.run('define', 'ads_kafka', '-vars', vars);
  await kapacitor.run('enable', 'ads_kafka');
  const telegraf = await startTelegraf({
    bin: telegrafBin,
    dir,
    name: `telegraf-${spec.name}`,
    config: 'kafka_consumer.conf',
    env: { KAFKA_BROKER: broker, KAFKA_TOPIC: TOPIC, KAFKA_CONSUMER_GROUP: spec.group, KAPACITOR_URL: url },
  });
  servers.push(telegraf);
  return { ...spec, kapacitor, kapacitord, telegraf };
}

async function fromAdsProcessed(p: Pipeline): Promise<number> {
  const show = parseTaskShow(await p.kapacitor.run('show', 'ads_kafka'));
  const edge = [...show.edges].find(([e]) => e.startsWith('from') && e.includes('-> ads'));
  return edge?.[1] ?? 0;
}

/** Scored points per printer in a pipeline's database. */
async function pointsPerPrinter(db: string): Promise<Map<string, number>> {
  const series = await influx.query('SELECT count("temperature") FROM "printer_anomalies" GROUP BY "printer"', db);
  return new Map(series.map((s) => [s.tags.printer!, s.values[0]![1] as number]));
}

/** `printer@timeMs` of every point a pipeline's database holds with anomaly = true. */
async function anomalousPoints(db: string): Promise<string[]> {
  const series = await influx.query('SELECT "temperature" FROM "printer_anomalies" WHERE "anomaly" = true GROUP BY "printer"', db);
  return series.flatMap((s) => s.values.map((row) => `${s.tags.printer}@${row[0]}`)).sort();
}

function parseAlert(value: string): AlertMessage {
  return JSON.parse(value) as AlertMessage;
}

/** `printer@timeMs` of an anomalies-topic message. */
function alertPointKey(alert: AlertMessage): string {
  const s = alert.data.series[0]!;
  return `${s.tags.printer}@${Date.parse(String(s.values[0]![0]))}`;
}

/** Runs scripts/printer_data.ts: one hour of the printers from `start` onto the topic. */
async function generate(start: string, extra: string[] = []): Promise<void> {
  const run = await runScriptAsync('scripts/printer_data.ts', [
      '--target', 'kafka', '--brokers', brokerAddress, '--topic', TOPIC,
      '--start', start, '--duration', '1h', '--printers', String(PRINTERS), '--seed', String(SEED),
      '--anomalies', String(ANOMALIES_PER_HOUR), '--batch-size', '2000', ...extra,
    ], { timeoutMs: 180_000 });
  if (run.code !== 0) throw new Error(`scripts/printer_data.ts exited with ${run.code}:\n${run.stdout}\n${run.stderr}`);
  assert.match(run.stderr, /wrote 21,600 points .* to Kafka at 127\.0\.0\.1:\d+, topic printer/);
}

/**
 * Waits until each group of pipelines has written `total` scored points to InfluxDB (influxDBOut flushes every
 * 10 s), and then every anomalous point of theirs is on their anomalies topic (Kapacitor's Kafka writer batches for
 * up to 1 s).
 */
async function waitScored(groups: Pipeline[][], total: number): Promise<void> {
  for (const group of groups) {
    let counted = 0;
    await waitUntil(`${total} scored points from ${group.map((p) => p.name).join(' + ')}`, 300_000, async () => {
      counted = 0;
      for (const p of group) counted += await influx.count(p.db, 'printer_anomalies', 'temperature');
      return counted >= total ? true : undefined;
    }).catch((err: unknown) => {
      const logs = group.map((p) => `--- ${p.name} kapacitord ---\n${p.kapacitord.logTail(15)}\n--- ${p.name} telegraf ---\n${p.telegraf.logTail(15)}`);
      throw new Error(`${(err as Error).message}; counted ${counted}\n${logs.join('\n')}`);
    });
    let flagged = 0;
    for (const p of group) flagged += (await anomalousPoints(p.db)).length;
    const topic = group[0]!.topic;
    await waitUntil(`${flagged} messages on ${topic}`, 60_000, async () => ((await topicSize(kafka, topic)) >= flagged ? true : undefined));
  }
}

before(async () => {
  const started = Date.now();
  const bins = locateServers();
  const kafkaInstall = locateKafka();
  const telegrafBin = locateTelegraf();

  const influxPort = await freePort();
  servers.push(await startInfluxd({ bin: bins.influxd, dir: join(dir, 'influxdb'), httpPort: influxPort, rpcPort: await freePort() }));
  influx = new InfluxClient(`http://127.0.0.1:${influxPort}`);

  const broker = await startKafka({ install: kafkaInstall, dir: join(dir, 'kafka'), port: await freePort(), controllerPort: await freePort() });
  servers.push(broker.server);
  kafka = broker.client;
  brokerAddress = broker.address;
  await createTopic(kafka, TOPIC, PARTITIONS);
  await createTopic(kafka, 'anomalies', 2);
  await createTopic(kafka, 'anomalies_scaleout', 2);

  const specs = [
    { name: 'single', group: 'single', db: 'kafka_single', topic: 'anomalies' },
    { name: 'scale1', group: 'scaleout', db: 'kafka_scale_1', topic: 'anomalies_scaleout' },
    { name: 'scale2', group: 'scaleout', db: 'kafka_scale_2', topic: 'anomalies_scaleout' },
  ];
  for (const spec of specs) pipelines.push(await startPipeline(bins, telegrafBin, broker.address, spec));

  // Data is produced only once both groups have their final assignment, so no series changes hands mid-stream.
  const singleParts = await waitForGroup(kafka, 'single', TOPIC, 1, 60_000);
  assert.deepEqual(singleParts.flat().sort(), [0, 1, 2, 3]);
  const pairParts = await waitForGroup(kafka, 'scaleout', TOPIC, 2, 60_000);
  assert.deepEqual(pairParts.flat().sort(), [0, 1, 2, 3]);
  assert.ok(pairParts.every((parts) => parts.length === 2), `scaleout assignment ${JSON.stringify(pairParts)}`);

  const producer = kafka.producer();
  await producer.connect();
  await producer.send({ topic: TOPIC, messages: MALFORMED.slice(0, 2).map((value) => ({ partition: 0, value })) });
  const labelsFile = join(dir, 'labels.json');
  const generator = generate(START, ['--labels', labelsFile]);
  // The rest of the malformed messages while the generator writes.
  await sleep(300);
  await producer.send({ topic: TOPIC, messages: MALFORMED.slice(2).map((value) => ({ partition: 0, value })) });
  await producer.disconnect();
  await generator;
  const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as { printers: string[]; events: LabelledEvent[] };
  printers = labels.printers;
  events = labels.events;
  expectedPoints = PRINTERS * HOUR_STEPS;
  assert.equal(await topicSize(kafka, TOPIC), expectedPoints + MALFORMED.length);
  const produced = Date.now();
  await waitScored([[single()], pair()], expectedPoints);
  console.log(`# kafka e2e: ${expectedPoints} points, ${events.length} events; produced ${produced - started} ms after start, all scored ${Date.now() - produced} ms later`);
}, { timeout: 40 * 60_000 });

after(async () => {
  // Telegrafs first (they write to Kapacitor), then each Kapacitor (it stops its UDF), Kafka and InfluxDB last.
  const order = [...servers].sort((a, b) => rank(a) - rank(b));
  for (const server of order) await server.stop();
  if (process.env.ADS_E2E_KEEP) console.log(`# kafka e2e: kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
});

function rank(server: ServerProcess): number {
  return ['telegraf', 'kapacitord', 'kafka', 'influxd'].findIndex((name) => server.name.startsWith(name));
}

test('Kafka path: every point produced is scored once, with no task errors', async () => {
  const p = single();
  const show = parseTaskShow(await p.kapacitor.run('show', 'ads_kafka'));
  assert.equal(show.error, '', show.raw);
  assert.equal(show.executing, true, show.raw);
  for (const [node, attrs] of show.nodes) assert.equal(attrs.errors, '0', `node ${node} reports errors:\n${show.raw}`);
  assert.equal(await fromAdsProcessed(p), expectedPoints, 'points streamed into the UDF');
  const perPrinter = await pointsPerPrinter(p.db);
  assert.deepEqual([...perPrinter.keys()].sort(), printers);
  for (const [printer, count] of perPrinter) assert.equal(count, expectedPoints / PRINTERS, `${printer}: scored points`);
  const keys = await influx.query('SHOW FIELD KEYS FROM "printer_anomalies"', p.db);
  const fields = new Set(keys[0]!.values.map((row) => String(row[0])));
  for (const name of [...FIELDS, 'anomaly', 'anomaly_score', 'anomaly_detectors']) assert.ok(fields.has(name), `field ${name}`);
});

test(`Kafka path: the anomalies topic gets every anomalous point, naming it, for at least ${MIN_RECALL * 100}% of the events`, async () => {
  const p = single();
  const messages = await readTopic(kafka, p.topic);
  assert.ok(messages.length > 0, 'no message on the anomalies topic');
  const alerts = messages.map((m) => ({ key: m.key, alert: parseAlert(m.value) }));
  for (const { key, alert } of alerts) {
    const series = alert.data.series;
    assert.equal(series.length, 1, JSON.stringify(alert));
    const s = series[0]!;
    const value = (name: string): unknown => s.values[0]![s.columns.indexOf(name)];
    assert.equal(s.name, 'printer', 'measurement');
    assert.match(s.tags.printer ?? '', /^printer-\d{2}$/, 'tags');
    assert.equal(key, `printer,printer=${s.tags.printer}`, 'message key = series key');
    assert.equal(alert.id, key);
    assert.equal(alert.level, 'CRITICAL');
    for (const f of FIELDS) assert.equal(typeof value(f), 'number', `field value ${f} in ${JSON.stringify(alert)}`);
    const score = value('anomaly_score');
    assert.ok(typeof score === 'number' && score > 0.5 && score <= 1, `score ${score}`);
    assert.ok(typeof value('anomaly_detectors') === 'string' && (value('anomaly_detectors') as string).length > 0, 'detectors');
    assert.match(alert.message, new RegExp(`^printer,printer=${s.tags.printer} anomalous: score=\\S+ detectors=\\S+;.* temperature=`));
  }
  // Exactly the points InfluxDB holds as anomalous, each once.
  const published = alerts.map(({ alert }) => alertPointKey(alert)).sort();
  assert.deepEqual(published, await anomalousPoints(p.db));

  // Recall over the labelled events, judged on the published messages alone.
  const flagged: ScoredPoint[] = alerts.map(({ alert }) => {
    const s = alert.data.series[0]!;
    const value = (name: string): unknown => s.values[0]![s.columns.indexOf(name)];
    return { printer: s.tags.printer!, timeMs: Date.parse(String(value('time'))), anomaly: true, fields: anomalyFields(value('anomaly_fields')) };
  });
  const summary = scoreDetections(events, flagged, TOLERANCE_MS);
  const kinds = [...summary.byKind].map(([kind, [hit, total]]) => `${kind} ${hit}/${total}`).join(', ');
  console.log(`# kafka e2e: ${messages.length} anomaly messages; recall ${(summary.recall * 100).toFixed(1)}% (${kinds})`);
  assert.ok(summary.recall >= MIN_RECALL, `recall ${summary.recall.toFixed(3)} < ${MIN_RECALL} (${kinds})`);
});

test('the generator keys every message by its series, so each series lies in one partition', async () => {
  const partitions = new Map<string, Set<number>>();
  let points = 0;
  for (const m of await readTopic(kafka, TOPIC)) {
    if (!m.value.startsWith('printer,printer=printer-') || !m.value.includes('temperature=')) continue; // a malformed one
    points++;
    const key = m.value.slice(0, m.value.indexOf(' '));
    assert.equal(m.key, key);
    partitions.set(key, (partitions.get(key) ?? new Set()).add(m.partition));
  }
  assert.equal(points, expectedPoints);
  assert.equal(partitions.size, PRINTERS);
  for (const [key, parts] of partitions) assert.equal(parts.size, 1, `${key} in partitions ${[...parts]}`);
});

test('a malformed message on the topic is logged by Telegraf and skipped; the pipeline goes on', async () => {
  const parseErrors = (p: Pipeline): string[] => pluginErrors(p.telegraf, 'inputs.kafka_consumer').filter((l) => /parse error|metric parse/i.test(l));
  assert.equal(parseErrors(single()).length, MALFORMED.length, pluginErrors(single().telegraf, 'inputs.kafka_consumer').join('\n'));
  // Partition 0 belongs to one Telegraf of the pair.
  assert.deepEqual(pair().map((p) => parseErrors(p).length).sort(), [0, MALFORMED.length]);
  for (const p of pipelines) assert.ok(p.telegraf.running, `${p.telegraf.name} stopped`);
  // The points after them were all scored (the first test counts them): the consumer did not stop at a bad message.
  assert.equal(await influx.count(single().db, 'printer_anomalies', 'temperature'), expectedPoints);
});

test('scale-out: every series is scored by exactly one Kapacitor of the pair, and together they score what one does', async () => {
  const [a, b] = await Promise.all(pair().map((p) => pointsPerPrinter(p.db)));
  const owners = new Map<string, string[]>();
  for (const [name, counts] of [['scale1', a!], ['scale2', b!]] as const) {
    for (const printer of counts.keys()) owners.set(printer, [...(owners.get(printer) ?? []), name]);
  }
  for (const [printer, names] of owners) assert.equal(names.length, 1, `${printer} scored by ${names.join(' and ')}`);
  assert.deepEqual([...owners.keys()].sort(), [...(await pointsPerPrinter(single().db)).keys()].sort(), 'union of series = single run');
  assert.ok(a!.size > 0 && b!.size > 0, `both Kapacitors score series (scale1: ${[...a!.keys()]}, scale2: ${[...b!.keys()]})`);
  for (const counts of [a!, b!]) for (const [printer, n] of counts) assert.equal(n, expectedPoints / PRINTERS, `${printer}: scored points`);
  const processed = await Promise.all(pair().map(fromAdsProcessed));
  assert.equal(processed[0]! + processed[1]!, expectedPoints, `points into the UDFs: ${processed.join(' + ')}`);
  for (const p of pair()) {
    const show = parseTaskShow(await p.kapacitor.run('show', 'ads_kafka'));
    assert.equal(show.error, '', show.raw);
    for (const [node, attrs] of show.nodes) assert.equal(attrs.errors, '0', `${p.name} node ${node}:\n${show.raw}`);
  }
  // State is per series: a series scored by either Kapacitor of the pair is flagged where the single one flags it.
  const pairFlagged = [...(await anomalousPoints(pair()[0]!.db)), ...(await anomalousPoints(pair()[1]!.db))].sort();
  assert.deepEqual(pairFlagged, await anomalousPoints(single().db));
  const published = (await readTopic(kafka, 'anomalies_scaleout')).map((m) => alertPointKey(parseAlert(m.value))).sort();
  assert.deepEqual(published, pairFlagged);
  console.log(`# kafka e2e: scale-out series scale1 [${[...a!.keys()].sort()}], scale2 [${[...b!.keys()].sort()}]`);
});

test('rebalance: when a Telegraf of the pair leaves, its series move to the other Kapacitor and start there from fresh state', async () => {
  const owned = await Promise.all(pair().map((p) => pointsPerPrinter(p.db)));
  // The member with more series leaves, so more of them move.
  const leaving = owned[0]!.size >= owned[1]!.size ? 0 : 1;
  const [stays, leaves] = [pair()[1 - leaving]!, pair()[leaving]!];
  const moved = [...owned[leaving]!.keys()].sort();
  const stayed = [...owned[1 - leaving]!.keys()].sort();
  const processedBefore = await fromAdsProcessed(stays);
  await leaves.telegraf.stop();
  const parts = await waitForGroup(kafka, 'scaleout', TOPIC, 1, 60_000);
  assert.deepEqual(parts.flat().sort(), [0, 1, 2, 3]);

  // The second hour, read by the single pipeline (state kept throughout) and by the remaining member of the pair.
  const secondHour = new Date(Date.parse(START) + HOUR_STEPS * 1000).toISOString();
  await generate(secondHour);
  await waitScored([[single()], pair()], 2 * expectedPoints);
  assert.equal(await fromAdsProcessed(stays), processedBefore + expectedPoints, 'points into the remaining UDF');

  const hour = async (db: string): Promise<Map<string, unknown[][]>> => {
    const series = await influx.query(`SELECT "temperature", "anomaly_score", "anomaly_warmup" FROM "printer_anomalies" WHERE time >= '${secondHour}' GROUP BY "printer"`, db);
    return new Map(series.map((s) => [s.tags.printer!, s.values]));
  };
  const [reference, remaining, left] = await Promise.all([hour(single().db), hour(stays.db), hour(leaves.db)]);
  assert.equal(left.size, 0, `${leaves.name} scored after it left`);
  assert.deepEqual([...remaining.keys()].sort(), printers, 'every series now on the remaining Kapacitor');
  // Delivered messages were committed before the member left: nothing is scored twice.
  for (const [printer, rows] of remaining) assert.equal(rows.length, HOUR_STEPS, `${printer}: second-hour points`);
  // A series that stayed continues its state: scored exactly as by the Kapacitor that saw it from the start.
  for (const printer of stayed) assert.deepEqual(remaining.get(printer), reference.get(printer), `${printer} stayed`);
  // A series that moved starts from fresh state on its new owner (its old owner's state stays with that Kapacitor).
  const unscored: number[] = [];
  for (const printer of moved) {
    assert.notDeepEqual(remaining.get(printer), reference.get(printer), `${printer} moved but is scored as if its state came along`);
    const rows = remaining.get(printer)!;
    const first = rows.findIndex((row) => row[3] === false);
    unscored.push(first < 0 ? rows.length : first);
    assert.equal(reference.get(printer)!.filter((row) => row[3] !== false).length, 0, `${printer}: reference had warmed up`);
  }
  console.log(
    `# kafka e2e: rebalance moved [${moved}] from ${leaves.name} to ${stays.name}; points before their first verdict there: ${unscored.join(', ')}`,
  );
});
