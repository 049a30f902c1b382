// Printer data generator: pure generation (determinism, labels vs data, line
// protocol) and the real CLI against files and small HTTP servers on 127.0.0.1.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { test } from 'node:test';
import {
  ANOMALY_KINDS,
  FIELD_NAMES,
  createPrinterSeries,
  formatDuration,
  generatePrinterData,
  parseDuration,
  toLineProtocol,
} from '../scripts/printer/index.ts';
import type { FieldName, Labels, PrinterPoint } from '../scripts/printer/index.ts';
import { runScriptAsync } from './helpers/run_script.ts';

const CLI = 'scripts/printer_data.ts';
const START = '2024-03-01T00:00:00Z';
const START_MS = Date.parse(START);

// ---------- helpers ----------

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], timeoutMs = 30_000): Promise<Run> {
  return runScriptAsync(CLI, args, { timeoutMs });
}

interface Received {
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

type Responder = (req: Received, index: number, res: ServerResponse) => void;

async function startServer(respond: Responder): Promise<{ server: Server; base: string; requests: Received[] }> {
  const requests: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const body = (req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
      const received = { url: req.url ?? '', headers: req.headers, body };
      requests.push(received);
      respond(received, requests.length - 1, res);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { server, base: `http://127.0.0.1:${port}`, requests };
}

function stopServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((ok) => server.close(() => ok()));
}

async function closedPort(): Promise<number> {
  const { server, base } = await startServer(() => {});
  await stopServer(server);
  return Number(new URL(base).port);
}

const lines = (text: string): string[] => text.split('\n').filter((l) => l.length > 0);

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

// ---------- pure generation ----------

test('same seed and start give identical points and labels; another seed differs', () => {
  const options = { startMs: START_MS, seed: 11, durationMs: 2 * 3_600_000, printers: 2, anomaliesPerHour: 3 };
  const a = generatePrinterData(options);
  const b = generatePrinterData(options);
  const c = generatePrinterData({ ...options, seed: 12 });
  const text = (points: Iterable<PrinterPoint>): string => Array.from(points, (p) => toLineProtocol(p)).join('\n');
  const ta = text(a.points);
  assert.equal(a.count, 2 * 7200);
  assert.equal(lines(ta).length, a.count);
  assert.equal(ta, text(b.points));
  assert.equal(ta, text(a.points), 'points are re-iterable with the same values');
  assert.deepEqual(a.labels, b.labels);
  assert.notEqual(ta, text(c.points));
  assert.notDeepEqual(a.labels.events, c.labels.events);
});

test('random access gives the values of a sequential pass, and printers differ', () => {
  const data = generatePrinterData({ startMs: START_MS, seed: 5, durationMs: 3_600_000, anomaliesPerHour: 4 });
  const all = [...data.points];
  for (const i of [0, 1, 2, 1234, 5000, all.length - 1]) {
    const p = all[i]!;
    assert.deepEqual(data.series.pointAt(p.step, i % 3), p);
  }
  assert.deepEqual(all.slice(0, 3).map((p) => p.printer), ['printer-01', 'printer-02', 'printer-03']);
  assert.equal(all[3]!.timeNs - all[0]!.timeNs, 1_000_000_000n);
  assert.equal(all[0]!.timeNs, BigInt(START_MS) * 1_000_000n);
  const means = [0, 1, 2].map((p) => all.filter((_, i) => i % 3 === p).reduce((s, x) => s + x.fields.temperature, 0) / 3600);
  assert.ok(Math.abs(means[0]! - means[1]!) > 0.05 || Math.abs(means[1]! - means[2]!) > 0.05, `per-printer means ${means}`);
});

test('baseline is smooth and realistic: daily cycle, plausible ranges, small noise', () => {
  const series = createPrinterSeries({ startMs: START_MS, seed: 3, durationMs: 86_400_000, printers: 1, anomaliesPerHour: 0 });
  const values: Record<FieldName, number[]> = { temperature: [], humidity: [], power: [] };
  for (let step = 0; step < series.stepCount; step += 10) {
    const p = series.pointAt(step, 0);
    for (const f of FIELD_NAMES) values[f].push(p.fields[f]);
  }
  const range = (f: FieldName): [number, number] => [Math.min(...values[f]), Math.max(...values[f])];
  const [tMin, tMax] = range('temperature');
  const [hMin, hMax] = range('humidity');
  const [pMin, pMax] = range('power');
  assert.ok(tMin > 20 && tMax < 45 && tMax - tMin > 3, `temperature ${tMin}..${tMax}`);
  assert.ok(hMin > 15 && hMax < 75 && hMax - hMin > 8, `humidity ${hMin}..${hMax}`);
  assert.ok(pMin > 50 && pMax < 260 && pMax - pMin > 40, `power ${pMin}..${pMax}`);
  // Temperature and humidity move against each other over the day.
  const hourly = (f: FieldName): number[] => Array.from({ length: 24 }, (_, h) => values[f].slice(h * 360, (h + 1) * 360).reduce((s, v) => s + v, 0) / 360);
  const t = hourly('temperature');
  const h = hourly('humidity');
  const mt = t.reduce((s, v) => s + v) / 24;
  const mh = h.reduce((s, v) => s + v) / 24;
  const cov = t.reduce((s, v, i) => s + (v - mt) * (h[i]! - mh), 0);
  assert.ok(cov < 0, 'temperature and humidity are anti-correlated over the day');
  // Point-to-point changes are noise-sized (no steps in the normal pattern).
  for (const f of FIELD_NAMES) {
    const sigma = series.sigma(0, f);
    let maxJump = 0;
    for (let step = 1; step < 20_000; step++) {
      maxJump = Math.max(maxJump, Math.abs(series.pointAt(step, 0).fields[f] - series.pointAt(step - 1, 0).fields[f]));
    }
    assert.ok(maxJump < 8 * sigma, `${f}: largest jump ${maxJump} vs sigma ${sigma}`);
  }
});

test('labels match the injected anomalies, kind by kind', () => {
  const options = { startMs: START_MS, seed: 21, durationMs: 8 * 3_600_000, anomaliesPerHour: 2 };
  const { series, labels } = generatePrinterData(options);
  // Same seed without anomalies: same baseline and noise, so the difference is exactly what was injected.
  const clean = createPrinterSeries({ ...options, anomaliesPerHour: 0 });
  const injected = (p: number, f: FieldName, step: number): number => series.pointAt(step, p).fields[f] - clean.pointAt(step, p).fields[f];
  const events = series.eventsUpTo(series.stepCount - 1);
  assert.equal(labels.events.length, events.length);
  assert.equal(events.length, 3 * 16);
  assert.deepEqual(new Set(events.map((e) => e.kind)), new Set(ANOMALY_KINDS));
  // All values once, [printer][field][step], to keep the neighbourhood checks cheap.
  const table = [0, 1, 2].map((p) => {
    const columns = { temperature: new Float64Array(series.stepCount), humidity: new Float64Array(series.stepCount), power: new Float64Array(series.stepCount) };
    for (let step = 0; step < series.stepCount; step++) {
      const point = series.pointAt(step, p);
      for (const f of FIELD_NAMES) columns[f][step] = point.fields[f];
    }
    return columns;
  });
  const value = (p: number, f: FieldName, step: number): number => table[p]![f][step]!;

  for (const e of events) {
    const sigma = series.sigma(e.printerIndex, e.field);
    const before = Array.from({ length: 120 }, (_, k) => value(e.printerIndex, e.field, e.startStep - 121 + k));
    const ref = median(before);
    const inside = Array.from({ length: e.endStep - e.startStep + 1 }, (_, k) => value(e.printerIndex, e.field, e.startStep + k));
    const label = `${e.kind} ${e.field} printer ${e.printerIndex} at step ${e.startStep}`;
    switch (e.kind) {
      case 'spike':
        assert.ok(inside.length >= 1 && inside.length <= 3, label);
        for (const v of inside) assert.ok(Math.abs(v - ref) > 6 * sigma, `${label}: ${v} vs median ${ref}`);
        break;
      case 'level_shift': {
        assert.ok(inside.length >= 120, label);
        const shift = median(inside) - ref;
        assert.ok(Math.abs(shift) > 3 * sigma, `${label}: shift ${shift / sigma} sigma`);
        for (let step = e.startStep; step <= e.endStep; step++) {
          assert.ok(Math.abs(injected(e.printerIndex, e.field, step) / sigma - e.magnitude) < 0.05, `${label}: constant offset`);
        }
        assert.ok(Math.abs(e.magnitude) >= 6);
        break;
      }
      case 'variance_change': {
        // First differences cancel the smooth baseline: their spread is sqrt(2) * noise sigma.
        const diffs = inside.slice(1).map((v, k) => v - inside[k]!);
        const sd = Math.sqrt(diffs.reduce((s, d) => s + d * d, 0) / diffs.length) / Math.SQRT2;
        assert.ok(sd > 4 * sigma, `${label}: noise x${sd / sigma}`);
        break;
      }
      case 'stuck': {
        const last = value(e.printerIndex, e.field, e.startStep - 1);
        assert.ok(inside.length >= 120, label);
        for (const v of inside) assert.equal(v, last, label);
        assert.notEqual(value(e.printerIndex, e.field, e.endStep + 1), last, `${label}: sensor recovers after the window`);
        break;
      }
      case 'drift': {
        const offsets = inside.map((_, k) => injected(e.printerIndex, e.field, e.startStep + k) / sigma);
        const peak = Math.max(...offsets.map(Math.abs));
        assert.ok(peak >= 8 && Math.abs(peak - Math.abs(e.magnitude)) < 0.05, `${label}: peak ${peak} sigma`);
        assert.ok(Math.abs(offsets[0]!) < 0.5 && Math.abs(offsets.at(-1)!) < 2, `${label}: rises from and returns to normal`);
        const top = offsets.findIndex((o) => Math.abs(o) === peak);
        for (let k = 1; k <= top; k++) assert.ok(Math.abs(offsets[k]!) >= Math.abs(offsets[k - 1]!) - 0.01, `${label}: monotone rise`);
        break;
      }
    }
    if (e.kind === 'spike') assert.ok(Math.abs(e.magnitude) >= 8 && Math.abs(e.magnitude) <= 12);
    if (e.kind === 'variance_change') assert.ok(e.magnitude >= 5);
    // The label says the same thing as the plan.
    const l = labels.events.find((x) => x.startNs === series.timeNsAt(e.startStep).toString() && x.printer === series.printerNames[e.printerIndex]);
    assert.ok(l, label);
    assert.equal(l.field, e.field);
    assert.equal(l.kind, e.kind);
    assert.equal(l.endNs, series.timeNsAt(e.endStep).toString());
    assert.equal(Date.parse(l.start) * 1e6, Number(l.startNs));
  }

  // Outside the labelled windows the data is exactly the clean series, on every field.
  for (let step = 0; step < series.stepCount; step += 3) {
    for (let p = 0; p < 3; p++) {
      const e = series.eventAt(p, step);
      for (const f of FIELD_NAMES) {
        if (e && e.field === f) continue;
        assert.equal(value(p, f, step), clean.pointAt(step, p).fields[f], `printer ${p} ${f} step ${step}`);
      }
    }
  }

  // And the normal data has no outliers: every normal point is within 5.5 sigma of its neighbours' median.
  for (let p = 0; p < 3; p++) {
    const mine = events.filter((e) => e.printerIndex === p);
    const near = (step: number): boolean => mine.some((e) => step >= e.startStep - 40 && step <= e.endStep + 40);
    for (const f of FIELD_NAMES) {
      const sigma = series.sigma(p, f);
      for (let step = 30; step < series.stepCount - 30; step += 7) {
        if (near(step)) continue;
        const v = value(p, f, step);
        const deviation = Math.abs(v - median(Array.from(table[p]![f].subarray(step - 30, step + 31))));
        assert.ok(deviation < 5.5 * sigma, `unlabelled outlier printer ${p} ${f} step ${step}`);
      }
    }
  }
});

test('events of a printer are separated, after the warm-up, inside the series', () => {
  const series = createPrinterSeries({ startMs: START_MS, seed: 9, durationMs: 24 * 3_600_000, anomaliesPerHour: 1 });
  const events = series.eventsUpTo(series.stepCount - 1);
  assert.equal(events.length, 72);
  for (let p = 0; p < 3; p++) {
    const mine = events.filter((e) => e.printerIndex === p).sort((a, b) => a.startStep - b.startStep);
    assert.ok(mine[0]!.startStep >= 600, 'no anomaly in the 10 min warm-up');
    assert.ok(mine.at(-1)!.endStep < series.stepCount);
    for (let i = 1; i < mine.length; i++) assert.ok(mine[i]!.startStep - mine[i - 1]!.endStep > 5 * 60, 'at least 5 min apart at 1/h');
  }
  for (const kind of ANOMALY_KINDS) {
    const n = events.filter((e) => e.kind === kind).length;
    assert.ok(n >= 12, `${kind}: ${n} events`);
  }
  assert.throws(
    () => createPrinterSeries({ startMs: START_MS, durationMs: 600_000, anomaliesPerHour: 1000 }).eventsUpTo(10),
    /too many anomalies/,
  );
});

test('unbounded (live) series plans hour by hour and clips labels to what was written', () => {
  const series = createPrinterSeries({ startMs: START_MS, seed: 4, anomaliesPerHour: 2, printers: 2 });
  assert.equal(series.stepCount, Infinity);
  const lastStep = 600 + 3 * 3600 - 1;
  const events = series.eventsUpTo(lastStep);
  assert.equal(events.length, 2 * 2 * 3);
  const labels = series.labels(1800);
  for (const l of labels.events) assert.ok(BigInt(l.endNs) <= series.timeNsAt(1800));
  assert.equal(labels.end, new Date(START_MS + 1800 * 1000).toISOString());
  assert.deepEqual(series.pointAt(5000, 1), series.pointAt(5000, 1));
});

// ---------- line protocol ----------

test('line protocol: fields, escaping and timestamps at each precision', () => {
  const point: PrinterPoint = {
    timeNs: 1_709_251_200_123_456_789n,
    timeMs: 1_709_251_200_123,
    step: 0,
    printer: 'lab 2,bay=3',
    fields: { temperature: 31.25, humidity: 40, power: -0.5 },
  };
  assert.equal(toLineProtocol(point), 'printer,printer=lab\\ 2\\,bay\\=3 temperature=31.25,humidity=40,power=-0.5 1709251200123456789');
  assert.equal(toLineProtocol(point, 'us'), 'printer,printer=lab\\ 2\\,bay\\=3 temperature=31.25,humidity=40,power=-0.5 1709251200123456');
  assert.equal(toLineProtocol(point, 'ms').split(' ').at(-1), '1709251200123');
  assert.equal(toLineProtocol(point, 's').split(' ').at(-1), '1709251200');
  assert.equal(toLineProtocol(point, 'ns', 'my meas,x=1').split(',printer=')[0], 'my\\ meas\\,x=1');
  assert.throws(() => toLineProtocol({ ...point, fields: { ...point.fields, power: NaN } }), /non-finite/);
  const generated = generatePrinterData({ startMs: START_MS, durationMs: 10_000, printers: 2 });
  for (const p of generated.points) {
    assert.match(toLineProtocol(p), /^printer,printer=printer-0[12] temperature=-?\d+(\.\d+)?,humidity=\d+(\.\d+)?,power=\d+(\.\d+)? \d{19}$/);
  }
});

test('durations parse and format', () => {
  assert.equal(parseDuration('1s'), 1000);
  assert.equal(parseDuration('1h30m'), 5_400_000);
  assert.equal(parseDuration('250ms'), 250);
  assert.equal(parseDuration('24h'), 86_400_000);
  assert.throws(() => parseDuration('10'), /unit/);
  assert.throws(() => parseDuration('5x'), /invalid duration/);
  assert.equal(formatDuration(1000), '1s');
  assert.equal(formatDuration(90_000), '90s');
  assert.equal(formatDuration(3_600_000), '1h');
  assert.equal(formatDuration(1500), '1500ms');
});

// ---------- the CLI, real processes ----------

test('CLI: file target writes one line per printer per step, and the labels file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'printer-data-'));
  try {
    const out = join(dir, 'data.lp');
    const labelsPath = join(dir, 'labels.json');
    const args = ['--out', out, '--labels', labelsPath, '--start', START, '--duration', '20m', '--printers', '4', '--seed', '3', '--anomalies', '6'];
    const run = await runCli(args);
    assert.equal(run.code, 0, run.stderr);
    const written = lines(readFileSync(out, 'utf8'));
    assert.equal(written.length, 4 * 1200);
    assert.match(written[0]!, /^printer,printer=printer-01 temperature=[\d.]+,humidity=[\d.]+,power=[\d.]+ 1709251200000000000$/);
    assert.match(written.at(-1)!, /^printer,printer=printer-04 .* 1709252399000000000$/);
    assert.match(run.stderr, /wrote 4,800 points .* points\/s/);
    const labels = JSON.parse(readFileSync(labelsPath, 'utf8')) as Labels;
    assert.equal(labels.seed, 3);
    assert.equal(labels.step, '1s');
    assert.equal(labels.start, '2024-03-01T00:00:00.000Z');
    assert.equal(labels.end, '2024-03-01T00:19:59.000Z');
    assert.equal(labels.events.length, 4 * 2);
    // Same options through the API give the same labels and lines.
    const api = generatePrinterData({ startMs: START_MS, durationMs: 1_200_000, printers: 4, seed: 3, anomaliesPerHour: 6 });
    assert.deepEqual(labels, api.labels);
    assert.deepEqual(written, Array.from(api.points, (p) => toLineProtocol(p)));
    const e = labels.events[0]!;
    assert.deepEqual(Object.keys(e).slice(0, 7), ['printer', 'field', 'kind', 'start', 'end', 'startNs', 'endNs']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('CLI: refused connection gives a one-line error naming the URL and exit code 1', async () => {
  const port = await closedPort();
  for (const target of ['kapacitor', 'influx']) {
    const url = `http://127.0.0.1:${port}`;
    const run = await runCli(['--target', target, '--url', url, '--duration', '1m', '--quiet']);
    assert.equal(run.code, 1, `${target}: ${run.stderr}`);
    const errors = lines(run.stderr);
    assert.equal(errors.length, 1, run.stderr);
    assert.match(errors[0]!, new RegExp(`^printer_data: error: cannot connect to http://127\\.0\\.0\\.1:${port}/.*connection refused`));
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  }
  const bad = await runCli(['--target', 'kapacitor', '--url', 'localhost:9092', '--duration', '1m']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /invalid --url "localhost:9092"/);
});

test('CLI: usage errors print the message and the help on stderr', async () => {
  const run = await runCli(['--printers', 'many']);
  assert.equal(run.code, 1);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /--printers <n>' argument 'many' is invalid/);
  assert.match(run.stderr, /Usage: printer_data/);
  const combo = await runCli(['--target', 'file']);
  assert.equal(combo.code, 1);
  assert.match(combo.stderr, /--target file needs --out/);
});

test('CLI: Kapacitor write endpoint receives every point in batches', async () => {
  const { server, base, requests } = await startServer((_req, _i, res) => res.writeHead(204).end());
  try {
    const run = await runCli(['--target', 'kapacitor', '--url', base, '--start', START, '--duration', '30m', '--batch-size', '1000', '--seed', '8']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(requests.length, Math.ceil(5400 / 1000));
    for (const r of requests) {
      const url = new URL(r.url, base);
      assert.equal(url.pathname, '/kapacitor/v1/write');
      assert.equal(url.searchParams.get('db'), 'printer');
      assert.equal(url.searchParams.get('rp'), 'autogen');
      assert.equal(url.searchParams.get('precision'), 'n');
      assert.ok(lines(r.body).length <= 1000);
    }
    const received = requests.flatMap((r) => lines(r.body));
    const expected = Array.from(generatePrinterData({ startMs: START_MS, durationMs: 1_800_000, seed: 8 }).points, (p) => toLineProtocol(p));
    assert.deepEqual(received, expected);
  } finally {
    await stopServer(server);
  }
});

test('CLI: a 503 is retried with backoff and the batch is then written once', async () => {
  const { server, base, requests } = await startServer((_req, i, res) => {
    if (i === 0) res.writeHead(503, { 'content-type': 'text/plain' }).end('busy');
    else res.writeHead(204).end();
  });
  try {
    const run = await runCli(['--target', 'kapacitor', '--url', base, '--duration', '2m', '--retry-delay', '20ms']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /retrying: .*503.* \(attempt 1 of 5 failed, next in \d+ ms\)/);
    assert.equal(requests.length, 2);
    assert.equal(requests[0]!.body, requests[1]!.body);
    assert.equal(lines(requests[1]!.body).length, 360);
  } finally {
    await stopServer(server);
  }
});

test('CLI: a dropped connection and a request timeout are retried, for both HTTP targets', async () => {
  for (const [target, failure] of [['influx', 'reset'], ['kapacitor', 'hang'], ['influx', 'hang'], ['kapacitor', 'reset']] as const) {
    const { server, base, requests } = await startServer((_req, i, res) => {
      if (i > 0) res.writeHead(204).end();
      else if (failure === 'reset') res.socket?.destroy();
      // 'hang': never answer the first request
    });
    try {
      const started = Date.now();
      const run = await runCli(['--target', target, '--url', base, '--duration', '1m', '--timeout', '300ms', '--retry-delay', '10ms']);
      assert.equal(run.code, 0, `${target}/${failure}: ${run.stderr}`);
      assert.match(run.stderr, failure === 'reset' ? /retrying: connection to .* (reset|closed) by the server/ : /retrying: no answer from .* within 300 ms/);
      assert.equal(requests.length, 2);
      assert.equal(lines(requests[1]!.body).length, 180);
      assert.ok(Date.now() - started < 10_000, 'a hung request does not keep the process alive');
    } finally {
      await stopServer(server);
    }
  }
});

test('CLI: persistent 5xx gives up after the configured attempts; 401 fails at once', async () => {
  const failing = await startServer((_req, _i, res) => res.writeHead(500).end('internal'));
  try {
    const run = await runCli(['--target', 'kapacitor', '--url', failing.base, '--duration', '1m', '--retries', '3', '--retry-delay', '10ms']);
    assert.equal(run.code, 1);
    assert.equal(failing.requests.length, 3);
    assert.match(run.stderr, /error: .*answered 500.*gave up after 3 attempts/);
  } finally {
    await stopServer(failing.server);
  }
  const auth = await startServer((_req, _i, res) => res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"authorization failed"}'));
  try {
    const run = await runCli(['--target', 'kapacitor', '--url', auth.base, '--duration', '1m', '--username', 'u', '--password', 'p']);
    assert.equal(run.code, 1);
    assert.equal(auth.requests.length, 1, 'no retry on bad credentials');
    assert.equal(auth.requests[0]!.headers.authorization, `Basic ${Buffer.from('u:p').toString('base64')}`);
    assert.match(run.stderr, /printer_data: error: authentication failed at http:\/\/127\.0\.0\.1:\d+\/kapacitor\/v1\/write.*\(401 Unauthorized\)/);
  } finally {
    await stopServer(auth.server);
  }
});

test('CLI: InfluxDB 1.8 /api/v2/write gets bucket db/rp and a username:password token', async () => {
  const { server, base, requests } = await startServer((req, _i, res) => {
    if (new URL(req.url, 'http://x').searchParams.get('bucket') === 'missing/autogen') {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"database not found: \\"missing\\""}');
    } else res.writeHead(204).end();
  });
  try {
    const run = await runCli(['--target', 'influx', '--url', base, '--username', 'admin', '--password', 'secret', '--start', START, '--duration', '10m', '--batch-size', '700']);
    assert.equal(run.code, 0, run.stderr);
    const url = new URL(requests[0]!.url, base);
    assert.equal(url.pathname, '/api/v2/write');
    assert.equal(url.searchParams.get('bucket'), 'printer/autogen');
    assert.equal(url.searchParams.get('precision'), 'ns');
    assert.equal(requests[0]!.headers.authorization, 'Token admin:secret');
    assert.equal(requests.length, Math.ceil(1800 / 700));
    const received = requests.flatMap((r) => lines(r.body));
    assert.equal(received.length, 1800);
    assert.equal(received[0], toLineProtocol(createPrinterSeries({ startMs: START_MS, durationMs: 600_000 }).pointAt(0, 0)));

    const missing = await runCli(['--target', 'influx', '--url', base, '--db', 'missing', '--duration', '1m']);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /answered 404.*database not found.*CREATE DATABASE missing/);
  } finally {
    await stopServer(server);
  }
});

test('CLI: live mode writes one point per printer per step in real time', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'printer-live-'));
  try {
    const out = join(dir, 'live.lp');
    const before = Date.now();
    const run = await runCli(['--mode', 'live', '--out', out, '--labels', join(dir, 'l.json'), '--step', '250ms', '--duration', '1s', '--printers', '2']);
    const after = Date.now();
    assert.equal(run.code, 0, run.stderr);
    const written = lines(readFileSync(out, 'utf8'));
    assert.equal(written.length, 2 * 4);
    const times = written.map((l) => Number(BigInt(l.split(' ').at(-1)!) / 1_000_000n));
    for (const t of times) assert.ok(t >= before && t <= after, `timestamp ${t} within the run`);
    assert.equal(times[2]! - times[0]!, 250);
    assert.ok(after - before >= 750, 'paced by the clock');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
