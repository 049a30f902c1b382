// `npm run demo` as a user runs it: the real CLI generates labelled printer data, streams it through the real UDF
// process over the Kapacitor protocol and writes line protocol, labels, summary and chart into a temporary directory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseLine } from '../tools/io/line_protocol.ts';
import { runScript } from './helpers/run_script.ts';
import type { DemoReport } from '../scripts/demo/report.ts';
import { niceTicks, timeTicks } from '../scripts/demo/chart/scale.ts';
import { pickZooms } from '../scripts/demo/chart/render_svg.ts';

const HOURS = 1;
const PRINTERS = 2;
const POINTS = PRINTERS * HOURS * 3600;
/** The MAD demo finds every event of this configuration; a floor with room for detector tuning. */
const MIN_RECALL = 0.8;

function demo(args: string[]): { code: number | null; stdout: string; stderr: string } {
  return runScript('scripts/demo.ts', args, { timeoutMs: 90_000 });
}

function tmp(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'ads-demo-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('the demo scores every point, writes typed line protocol, labels, summary and chart', async (t) => {
  const out = tmp(t);
  const run = demo(['--hours', String(HOURS), '--printers', String(PRINTERS), '--seed', '42', '--out', out]);
  assert.equal(run.code, 0, run.stderr);
  for (const f of ['printer_anomalies.lp', 'labels.json', 'summary.json', 'chart.svg', 'chart.html']) {
    assert.ok(existsSync(join(out, f)), `${f} missing`);
  }

  // Line protocol: one line per point, measurement printer_anomalies, tag printer, fields typed as InfluxDB stores them.
  const lines = readFileSync(join(out, 'printer_anomalies.lp'), 'utf8').trimEnd().split('\n');
  assert.equal(lines.length, POINTS);
  const printers = new Set<string>();
  let verdicts = 0;
  let flagged = 0;
  for (const [i, line] of lines.entries()) {
    const row = parseLine(line, 'printer_anomalies.lp', i + 1);
    assert.equal(row.name, 'printer_anomalies');
    assert.deepEqual(Object.keys(row.tags), ['printer']);
    printers.add(row.tags.printer!);
    for (const f of ['temperature', 'humidity', 'power']) assert.equal(typeof row.fieldsDouble[f], 'number', `line ${i + 1}: ${f}`);
    // Every point carries the verdict fields; warm-up ones say so and are neither anomalous nor scored.
    assert.equal(typeof row.fieldsBool.anomaly_warmup, 'boolean', line);
    if (row.fieldsBool.anomaly_warmup) {
      assert.deepEqual([row.fieldsBool.anomaly, row.fieldsDouble.anomaly_score], [false, 0], line);
      continue;
    }
    verdicts++;
    if (row.fieldsBool.anomaly) flagged++;
    assert.ok(row.fieldsDouble.anomaly_score! >= 0 && row.fieldsDouble.anomaly_score! <= 1, line);
    assert.equal(typeof row.fieldsDouble.temperature_lower, 'number', line);
    assert.equal(typeof row.fieldsDouble.temperature_upper, 'number', line);
    assert.ok(Number.isInteger(row.fieldsInt.anomaly_votes), line);
    assert.equal(typeof row.fieldsString.anomaly_detectors, 'string', line);
    assert.equal(row.fieldsBool.anomaly, row.fieldsInt.anomaly_votes! > 0, line);
  }
  assert.match(
    lines.at(-1)!,
    /^printer_anomalies,printer=printer-0\d temperature=[\d.]+,.*,anomaly_votes=\d+i,anomaly_detectors="[a-z,]*",anomaly_fields="[a-z,]*",anomaly=(true|false),anomaly_warmup=false \d{19}$/,
  );
  assert.deepEqual([...printers].sort(), ['printer-01', 'printer-02']);
  assert.ok(verdicts > POINTS * 0.9, `only ${verdicts} points with a verdict`);

  const labels = JSON.parse(readFileSync(join(out, 'labels.json'), 'utf8')) as { start: string; events: unknown[]; printers: string[] };
  assert.equal(labels.start, '2026-01-01T00:00:00.000Z');
  assert.deepEqual(labels.printers, ['printer-01', 'printer-02']);
  assert.ok(labels.events.length >= 4, `${labels.events.length} events`);

  // Summary: the figures are consistent with the files and in range.
  const report = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as DemoReport;
  assert.equal(report.throughput.points, POINTS);
  assert.ok(report.throughput.pointsPerSecond > 0);
  assert.equal(report.points.flagged, flagged);
  assert.equal(report.points.withVerdict, verdicts);
  assert.equal(report.events.total, labels.events.length);
  for (const x of [report.events.recall, report.precision.points, report.precision.alarms, report.falsePositives.rate]) {
    assert.ok(typeof x === 'number' && x >= 0 && x <= 1, `figure ${x} not in [0, 1]`);
  }
  assert.ok(report.events.recall >= MIN_RECALL, `recall ${report.events.recall}`);
  assert.ok(report.falsePositives.rate < 0.05, `false-positive rate ${report.falsePositives.rate}`);
  const kinds = Object.values(report.events.byKind);
  assert.equal(kinds.reduce((n, k) => n + k.total, 0), report.events.total);
  assert.equal(kinds.reduce((n, k) => n + k.detected, 0), report.events.detected);

  // Stdout carries the same figures for people.
  assert.match(run.stdout, new RegExp(`scored\\s+${POINTS.toLocaleString('en-US')} points .* points/s`));
  assert.match(run.stdout, new RegExp(`recall\\s+${report.events.detected} of ${report.events.total} injected events = ${(report.events.recall * 100).toFixed(1)}%`));
  assert.match(run.stdout, /false-positive rate/);
  for (const kind of Object.keys(report.events.byKind)) assert.match(run.stdout, new RegExp(`^\\s+${kind}\\s+\\d+/\\d+`, 'm'));

  // Chart: band, series, flagged markers, event windows and time labels of the chosen series.
  const svg = readFileSync(join(out, 'chart.svg'), 'utf8');
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.match(svg, /<path class="band" d="M[\d.]+,[\d.]+L/);
  assert.match(svg, /<path class="series" d="M[\d.]+,[\d.]+L/);
  assert.match(svg, /<circle class="flag" cx="[\d.]+" cy="[\d.]+"/);
  assert.match(svg, /<rect class="event (hit|miss)"/);
  assert.match(svg, /<text class="xtick"[^>]*>00:\d\d<\/text>/);
  assert.ok(svg.includes(`${report.chart.printer} · ${report.chart.field}`));
  assert.ok(readFileSync(join(out, 'chart.html'), 'utf8').includes('<svg xmlns'));
});

test('the demo reports a detector the UDF refuses, with its message and exit code 1', (t) => {
  const out = tmp(t);
  const run = demo(['--hours', '0.25', '--printers', '1', '--detector', 'nosuch', '--out', out]);
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stderr, /the UDF refused its options: detector must be one of 'surprise', 'mad'/);
  assert.equal(run.stdout, '');
});

test('the demo rejects unknown @ads() options before starting anything', () => {
  const run = demo(['--option', 'nosuch=1']);
  assert.notEqual(run.code, 0);
  assert.match(run.stderr, /unknown option 'nosuch'/);
});

test('chart axes: round value ticks and time ticks on round UTC boundaries', () => {
  assert.deepEqual(niceTicks(46.3, 53.5, 3), [48, 50, 52]);
  assert.deepEqual(niceTicks(0, 1, 5), [0, 0.2, 0.4, 0.6, 0.8, 1]);
  const t0 = Date.parse('2026-01-01T00:00:00Z');
  const { stepMs, ticks } = timeTicks(t0 + 90_000, t0 + 6 * 3_600_000, 14);
  assert.equal(stepMs, 30 * 60_000);
  assert.equal(ticks[0], t0 + 30 * 60_000);
  assert.equal(ticks.length, 12);
});

test('zoomed panels favour missed events, then one of each kind', () => {
  const e = (kind: string, detected: boolean) => ({ kind, startMs: 0, endMs: 0, detected });
  const events = [e('spike', true), e('spike', true), e('drift', true), e('stuck', false), e('spike', true), e('level_shift', true)];
  assert.deepEqual(pickZooms(events, 3), [0, 2, 3]);
  assert.deepEqual(pickZooms(events, 10), [0, 1, 2, 3, 4, 5]);
});
