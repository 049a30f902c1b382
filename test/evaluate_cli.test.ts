// `evaluate` as a user runs it: a real process, real files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nabDataDir, nabResultsDir, nabWindowsFile } from '../tools/nab/paths.ts';
import { runScript } from './helpers/run_script.ts';

// The subcommand on its own commander program, as udf/main.ts registers it.
function evaluateCli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  return runScript('test/helpers/subcommand.ts', ['evaluate', ...args]);
}

test('evaluate --json on NAB results reports the three normalised profile scores', () => {
  const nab = nabDataDir();
  const r = evaluateCli(['--detections', nabResultsDir(nab, 'windowedGaussian'), '--labels', nabWindowsFile(nab), '--json']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { labels: string; series: number; windows: number; nab: { profile: string; normalized: number }[] };
  assert.equal(out.labels, 'nab');
  assert.equal(out.series, 24);
  assert.equal(out.windows, 39);
  const got = out.nab.map((p) => Math.round(p.normalized * 100) / 100);
  assert.deepEqual(got, [28.16, 22.38, 31.59]);
});

test("evaluate scores a backtest CSV with a printer column against the generator's labels", (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'ads-eval-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const t0 = Date.UTC(2024, 0, 1);
  const lines = ['timestamp,printer,temperature,anomaly_score,anomaly'];
  for (let i = 0; i < 400; i++) {
    const ts = new Date(t0 + i * 60_000).toISOString();
    // printer-01: caught 5 rows into its event (rows 200..219); printer-02: one false alarm, its event missed.
    const p1 = i === 205 ? 0.9 : 0.1;
    const p2 = i === 300 ? 0.8 : 0.2;
    lines.push(`${ts},printer-01,21.5,${p1},${p1 > 0.5}`);
    lines.push(`${ts},printer-02,22.5,${p2},${p2 > 0.5}`);
  }
  writeFileSync(join(dir, 'scores.csv'), lines.join('\n') + '\n');
  const at = (i: number): string => new Date(t0 + i * 60_000).toISOString();
  writeFileSync(
    join(dir, 'labels.json'),
    JSON.stringify({
      events: [
        { printer: 'printer-01', field: 'temperature', kind: 'spike', start: at(200), end: at(219) },
        { printer: 'printer-02', field: 'temperature', kind: 'drift', start: at(100), end: at(150) },
        { printer: 'printer-02', field: 'humidity', kind: 'drift', start: at(350), end: at(360) },
      ],
    }),
  );
  const json = evaluateCli(['--detections', join(dir, 'scores.csv'), '--labels', join(dir, 'labels.json'), '--label-field', 'temperature', '--json']);
  assert.equal(json.code, 0, json.stderr);
  const out = JSON.parse(json.stdout) as {
    labels: string;
    series: number;
    windows: number;
    events: { rule: string; detectedWindows: number; falsePositiveEvents: number; precision: number; recall: number; delay: { meanRows: number; meanMs: number } }[];
  };
  assert.equal(out.labels, 'generator');
  assert.equal(out.series, 2);
  assert.equal(out.windows, 2);
  const own = out.events.find((e) => e.rule === 'anomaly column')!;
  assert.equal(own.detectedWindows, 1);
  assert.equal(own.falsePositiveEvents, 1);
  assert.equal(own.precision, 0.5);
  assert.equal(own.recall, 0.5);
  assert.equal(own.delay.meanRows, 5);
  assert.equal(own.delay.meanMs, 300_000);

  const table = evaluateCli(['--detections', join(dir, 'scores.csv'), '--labels', join(dir, 'labels.json'), '--label-field', 'temperature']);
  assert.equal(table.code, 0, table.stderr);
  assert.match(table.stdout, /\| standard\s+\|/);
  assert.match(table.stdout, /\| anomaly column\s+\| 1\/2\s+\| 1\s+\| 0\.500\s+\| 0\.500\s+\| 0\.500\s+\| 5\.0 /);
});

test('evaluate reports bad input with the file and line, exit code 1 and no stack trace', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'ads-eval-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const labels = join(dir, 'labels.json');
  writeFileSync(labels, JSON.stringify({ 'x.csv': [['2024-01-01 00:01:00', '2024-01-01 00:02:00']] }));
  const bad = join(dir, 'x.csv');
  writeFileSync(bad, 'timestamp,anomaly_score\n2024-01-01 00:00:00,0.1\n2024-01-01 00:01:00,high\n');

  const r = evaluateCli(['--detections', bad, '--labels', labels]);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr.trim(), `ads evaluate: ${bad}:3: unparsable anomaly_score 'high'`);

  const missing = evaluateCli(['--detections', bad, '--labels', join(dir, 'nope.json')]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /^ads evaluate: .*nope\.json: cannot read labels/);
  assert.doesNotMatch(missing.stderr, /\n\s+at /);

  writeFileSync(bad, 'time,anomaly_score\n2024-01-01 00:00:00,0.1\n');
  const noColumn = evaluateCli(['--detections', bad, '--labels', labels]);
  assert.equal(noColumn.code, 1);
  assert.equal(noColumn.stderr.trim(), `ads evaluate: ${bad}:1: no 'timestamp' column (columns: time, anomaly_score)`);
});
