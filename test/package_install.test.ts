// The package as users install it: `npm pack`, then `npm install -g --prefix` of the tarball into a temporary
// directory, then the installed bin run as a process-mode UDF from a working directory outside the project, with
// no TypeScript tooling anywhere it can resolve: Info, Init, points (iforest, retrained on the built training
// thread), end of input, exit 0 — and the same bytes out as the UDF run from its sources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Long from 'long';
import { agent as pb } from '../udf/agent/proto/udf.js';
import { decodeResponses, encodeRequests, opt } from './helpers/udf_process.ts';
import { point } from './helpers/conversation.ts';
import { installTarball, packProject } from './helpers/installed_package.ts';
import { runUdfSync } from '../tools/client/udf_process.ts';
import { PROJECT_ROOT } from '../udf/project_root.ts';

const dir = mkdtempSync(join(tmpdir(), 'kapacitor-ads-install-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));
const tarball = packProject(join(dir, 'pack'));
const pkg = installTarball(tarball, join(dir, 'prefix'));
const work = mkdtempSync(join(dir, 'work-'));

/** Requests before the pause: Info, Init and the first points (whose detector starts the training thread). */
const FIRST_PART = 2 + 1_000;

function conversation(): pb.IRequest[] {
  const requests: pb.IRequest[] = [
    { info: {} },
    { init: { options: [opt('field', 'a'), opt('field', 'b'), opt('detector', 'iforest'), opt('window', 300, 'int'), opt('retrain', 100, 'int'), opt('trees', 10, 'int'), opt('include', 'all')], taskID: 't', nodeID: 'n' } },
  ];
  // Long enough for the training thread to start and take over (about a second).
  for (let i = 0; i < 40_000; i++) {
    const g = i % 2;
    const k = Math.floor(i / 2);
    const fieldsDouble = { a: Math.sin(k / 7 + g) * 4 + (k % 199 === 100 ? 30 : 0), b: ((k * 13 + g) % 17) / 4 };
    requests.push(point(k, 0, { group: `printer=h${g}`, tags: { printer: `h${g}` }, fieldsDouble }));
    if (i % 5000 === 4999) requests.push({ keepalive: { time: Long.fromNumber(i) } });
  }
  return requests;
}

/**
 * Runs the installed bin from `work` on the requests, most of them after a pause, as a stream arrives, so the
 * training thread has started whatever the machine's load; its stdout and stderr once it has exited.
 */
async function converse(requests: pb.IRequest[]): Promise<{ code: number | null; stdout: Buffer; stderr: string }> {
  const child = spawn(pkg.bin('kapacitor-ads'), [], { cwd: work, env: { ...process.env, ADS_LOG_LEVEL: 'info', NODE_OPTIONS: '' } });
  const out: Buffer[] = [];
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => out.push(c));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
  child.stdin.write(encodeRequests(requests.slice(0, FIRST_PART)));
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  child.stdin.end(encodeRequests(requests.slice(FIRST_PART)));
  return { code: await exited, stdout: Buffer.concat(out), stderr };
}

test('the tarball ships the built package and its bins; installing it brings no TypeScript tooling', () => {
  const manifest = JSON.parse(readFileSync(join(pkg.root, 'package.json'), 'utf8')) as { bin: Record<string, string>; dependencies: Record<string, string> };
  assert.deepEqual(Object.keys(manifest.bin).sort(), ['kapacitor-ads', 'kapacitor-ads-printer-data', 'kapacitor-ads-twilio']);
  for (const [name, file] of Object.entries(manifest.bin)) {
    assert.equal(realpathSync(pkg.bin(name as 'kapacitor-ads')), join(realpathSync(pkg.root), file), `${name} links to ${file}`);
  }
  // What the bundles import at run time; everything else they use is bundled (its licences beside it).
  assert.deepEqual(Object.keys(manifest.dependencies), ['@influxdata/influxdb-client']);
  assert.match(readFileSync(join(pkg.root, 'dist/THIRD_PARTY_LICENSES.txt'), 'utf8'), /^pino \d+\.\d+\.\d+ \(MIT\)$/m);
  for (const dev of ['tsx', 'typescript', 'esbuild', 'ml-isolation-forest']) {
    assert.equal(manifest.dependencies[dev], undefined, `${dev} is a dependency`);
    assert.throws(() => createRequire(join(pkg.root, 'package.json')).resolve(dev), `${dev} resolves from the installed package`);
  }
  assert.ok(!existsSync(join(pkg.root, 'udf')) && !existsSync(join(pkg.root, 'test')), 'TypeScript sources in the package');
  for (const shipped of ['dist/udf/main.js', 'dist/udf/training/train_worker.js', 'model/printer_iforest.json', 'tick/ads_demo.tick', 'kapacitor/kapacitor.conf', 'grafana/dashboards/printer_anomalies.json']) {
    assert.ok(existsSync(join(pkg.root, shipped)), `${shipped} is not in the package`);
  }
});

test('the installed bin is a process-mode UDF from any directory: Info, Init, points, end of input, exit 0', async () => {
  const requests = conversation();
  const r = await converse(requests);
  const stderr = r.stderr;
  assert.equal(r.code, 0, stderr);
  // stdout is frames and nothing else: it decodes to the end, with no byte left over.
  const responses = decodeResponses(r.stdout);
  assert.equal(responses[0]!.message, 'info');
  assert.ok(Object.keys(responses[0]!.info!.options ?? {}).includes('include'));
  assert.equal(responses[1]!.init!.success, true, responses[1]!.init!.error ?? '');
  const points = responses.filter((x) => x.point).map((x) => x.point!);
  assert.equal(points.length, 40_000);
  assert.ok(points.every((p) => typeof p.fieldsBool?.anomaly_warmup === 'boolean'));
  assert.ok(points.some((p) => p.fieldsBool?.anomaly === true), 'no point flagged');
  assert.equal(responses.filter((x) => x.keepalive).length, 8);
  assert.match(stderr, /forests now come from the training thread/, 'the built training thread trained');
  assert.doesNotMatch(stderr, /training inline from now on/);

  // The same conversation through the sources (node --import tsx udf/main.ts): the same bytes.
  const fromSources = runUdfSync(encodeRequests(requests), { logLevel: 'warn' });
  assert.equal(fromSources.status, 0, fromSources.stderr.toString());
  assert.ok(r.stdout.equals(fromSources.stdout), 'the installed package and the sources answer differently');
});

test("the installed package's other bins run: the generator writes line protocol, the Twilio command refuses a missing configuration", () => {
  const gen = spawnSync(pkg.bin('kapacitor-ads-printer-data'), ['--duration', '1m', '--printers', '1', '--out', join(work, 'data.lp')], { cwd: work, encoding: 'utf8', timeout: 60_000 });
  assert.equal(gen.status, 0, gen.stderr);
  const lines = readFileSync(join(work, 'data.lp'), 'utf8').trim().split('\n');
  assert.ok(lines.length >= 60 && lines.every((l) => l.startsWith('printer,printer=printer-01 ')), lines[0]);
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TWILIO_')));
  const alert = spawnSync(pkg.bin('kapacitor-ads-twilio'), ['--channel', 'sms'], { cwd: work, input: '{}', encoding: 'utf8', env, timeout: 30_000 });
  assert.equal(alert.status, 2, alert.stderr);
  assert.match(alert.stderr, /^alert_twilio: .*TWILIO_/m);
});

test('the model directory of the installed package is its own model/', () => {
  const input = encodeRequests([{ init: { options: [opt('field', 'temperature'), opt('field', 'humidity'), opt('field', 'power'), opt('detector', 'iforest'), opt('model', 'printer_iforest.json')] } }]);
  const r = spawnSync(pkg.bin('kapacitor-ads'), [], { cwd: work, input, timeout: 30_000 });
  assert.equal(r.status, 0, r.stderr.toString());
  const [init] = decodeResponses(r.stdout);
  assert.equal(init!.init!.success, true, init!.init!.error ?? '');
  assert.notEqual(realpathSync(pkg.root), realpathSync(PROJECT_ROOT));
});
