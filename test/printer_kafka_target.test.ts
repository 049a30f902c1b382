// The data generator's Kafka target without a broker: message keys, --brokers parsing, the one-line errors kafkajs
// failures become, and the real CLI against a closed port. (test/e2e/kafka_pipeline.test.ts writes to a real broker.)
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { kafkaError, parseBrokers, seriesKeyOf } from '../scripts/printer/target_kafka.ts';
import { TargetError } from '../udf/errors.ts';
import { runScriptAsync } from './helpers/run_script.ts';

const WHERE = 'Kafka at 127.0.0.1:9092, topic printer';

function runCli(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return runScriptAsync('scripts/printer_data.ts', args, { timeoutMs: 30_000 });
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  await new Promise((ok) => server.close(ok));
  return port;
}

/** What kafkajs throws with retries off: a wrapper whose `cause` is the original error. */
function wrapped(inner: Record<string, unknown>): Error {
  return Object.assign(new Error(String(inner.message)), { name: 'KafkaJSNumberOfRetriesExceeded', cause: Object.assign(new Error(String(inner.message)), inner) });
}

test('message key: the series key of the line (measurement and tags), escapes kept', () => {
  assert.equal(seriesKeyOf('printer,printer=printer-01 temperature=31.2 1700000000000000000'), 'printer,printer=printer-01');
  assert.equal(seriesKeyOf('cpu,host=a\\ b,cpu=cpu-total usage_user=1 1'), 'cpu,host=a\\ b,cpu=cpu-total');
  assert.equal(seriesKeyOf('my\\ measure value=1'), 'my\\ measure');
  assert.equal(seriesKeyOf('odd\\\\ x=1'), 'odd\\\\');
  assert.equal(seriesKeyOf('nospace'), 'nospace');
});

test('--brokers: host:port lists; anything else is a usage error naming the entry', () => {
  assert.deepEqual(parseBrokers('localhost:9092'), ['localhost:9092']);
  assert.deepEqual(parseBrokers(' kafka-1:9092, 10.0.0.2:19092 ,[::1]:9092'), ['kafka-1:9092', '10.0.0.2:19092', '[::1]:9092']);
  for (const bad of ['localhost', 'http://localhost:9092', 'host:0', 'host:70000', 'a b:9092']) {
    assert.throws(() => parseBrokers(bad), (err: unknown) => err instanceof TargetError && err.reason === 'url' && /invalid --brokers/.test(err.message), bad);
  }
  assert.throws(() => parseBrokers(' , '), /invalid --brokers ""/);
});

test('kafkajs failures become one-line TargetErrors: refused and unknown hosts fail at once, timeouts and retriable broker errors retry', () => {
  const refused = kafkaError(wrapped({ name: 'KafkaJSConnectionError', message: 'Connection error: connect ECONNREFUSED 127.0.0.1:9092', code: 'ECONNREFUSED', retriable: true }), WHERE, 10_000);
  assert.equal(refused.message, `cannot connect to ${WHERE}: connection refused (is the broker running and --brokers right?)`);
  assert.deepEqual([refused.reason, refused.retryable], ['connection', false]);

  const unknown = kafkaError(wrapped({ name: 'KafkaJSConnectionError', message: 'getaddrinfo ENOTFOUND kafka', code: 'ENOTFOUND' }), WHERE, 10_000);
  assert.deepEqual([unknown.message, unknown.retryable], [`cannot connect to ${WHERE}: host not found`, false]);

  const timeout = kafkaError(wrapped({ name: 'KafkaJSRequestTimeoutError', message: 'Request Produce(key: 0, version: 7) timed out' }), WHERE, 5000);
  assert.deepEqual([timeout.message, timeout.reason, timeout.retryable], [`no answer from ${WHERE} within 5000 ms (request timed out)`, 'timeout', true]);

  const leader = kafkaError(wrapped({ name: 'KafkaJSProtocolError', type: 'NOT_LEADER_OR_FOLLOWER', message: 'For requests intended only for the leader', retriable: true }), WHERE, 10_000);
  assert.deepEqual([leader.reason, leader.retryable], ['broker', true]);
  assert.match(leader.message, /refused the write: NOT_LEADER_OR_FOLLOWER: /);

  const large = kafkaError(wrapped({ name: 'KafkaJSProtocolError', type: 'MESSAGE_TOO_LARGE', message: 'The request included a message larger than the max message size', retriable: false }), WHERE, 10_000);
  assert.deepEqual([large.reason, large.retryable], ['broker', false]);

  const denied = kafkaError(wrapped({ name: 'KafkaJSProtocolError', type: 'TOPIC_AUTHORIZATION_FAILED', message: 'Not authorized to access topics', retriable: false }), WHERE, 10_000);
  assert.deepEqual([denied.reason, denied.retryable], ['auth', false]);
  for (const err of [refused, unknown, timeout, leader, large, denied]) assert.doesNotMatch(err.message, /\n/);
});

test('CLI: --target kafka against a closed port gives a one-line error naming brokers and topic, exit code 1', async () => {
  const port = await closedPort();
  const run = await runCli(['--target', 'kafka', '--brokers', `127.0.0.1:${port}`, '--topic', 'telemetry', '--duration', '1m', '--quiet', '--retries', '1']);
  assert.equal(run.code, 1, run.stderr);
  const lines = run.stderr.split('\n').filter(Boolean);
  assert.deepEqual(lines, [
    `printer_data: error: cannot connect to Kafka at 127.0.0.1:${port}, topic telemetry: connection refused (is the broker running and --brokers right?)`,
  ]);
});

test('CLI: Kafka options are checked against the target', async () => {
  const cases: [string[], RegExp][] = [
    [['--target', 'kafka', '--url', 'http://localhost:9092'], /--url is not used with --target kafka \(give --brokers\)/],
    [['--target', 'influx', '--topic', 'printer'], /--brokers and --topic are only used with --target kafka \(got --target influx\)/],
    [['--target', 'kafka', '--brokers', 'localhost', '--duration', '1m'], /^printer_data: error: invalid --brokers entry "localhost": expected host:port/m],
  ];
  for (const [args, expected] of cases) {
    const run = await runCli(args);
    assert.equal(run.code, 1, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, expected);
  }
});
