// `backtest` as a user runs it: a real process running the real `ads` handler
// over real files; bad input is one clear line and exit code 1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScript } from './helpers/run_script.ts';

// The subcommand on its own commander program, as udf/main.ts registers it.
function backtestCli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  return runScript('test/helpers/subcommand.ts', ['backtest', ...args]);
}

function tmp(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'ads-btcli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** NAB-style history: a noisy daily-ish wave with one spike at row 250. */
function nabStyle(rows: number): string {
  const lines = ['timestamp,value'];
  const t0 = Date.UTC(2014, 6, 1);
  for (let i = 0; i < rows; i++) {
    const ts = new Date(t0 + i * 300_000).toISOString().replace('T', ' ').slice(0, 19);
    const v = i === 250 ? 500 : 50 + 10 * Math.sin(i / 20) + ((i * 7919) % 13) / 13;
    lines.push(`${ts},${v}`);
  }
  return lines.join('\n') + '\n';
}

test('backtest runs MAD over a NAB-style CSV through the ads handler', (t) => {
  const dir = tmp(t);
  writeFileSync(join(dir, 'series.csv'), nabStyle(400));
  const r = backtestCli(['--input', join(dir, 'series.csv'), '--output', join(dir, 'out.csv'), '--field', 'value', '--detector', 'mad', '--k', '3.5', '--window', '50', '--include', 'bands']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /ads backtest: 400 rows, \d+ scored, \d+ anomalies \(field value; /);
  const rows = readFileSync(join(dir, 'out.csv'), 'utf8').trim().split('\n');
  assert.equal(rows.length, 401);
  const header = rows[0]!.split(',');
  assert.deepEqual(header.slice(0, 4), ['timestamp', 'value', 'anomaly_score', 'anomaly']);
  assert.ok(header.includes('value_lower') && header.includes('value_upper'), header.join(','));
  const col = (name: string): number => header.indexOf(name);
  const spike = rows[251]!.split(',');
  assert.equal(spike[0], '2014-07-01 20:50:00');
  assert.equal(spike[col('anomaly')], 'true');
  assert.ok(Number(spike[col('anomaly_score')]) > 0.5);
  // Warm-up rows (window not yet full) are unscored: 0 / false, and say so.
  assert.deepEqual(rows[1]!.split(',').slice(2, 4), ['0', 'false']);
  assert.equal(rows[1]!.split(',')[col('anomaly_warmup')], 'true');
  assert.equal(spike[col('anomaly_warmup')], 'false');
  for (const row of rows.slice(1)) {
    const s = Number(row.split(',')[col('anomaly_score')]);
    assert.ok(s >= 0 && s <= 1, row);
  }
});

test('bad input: one line naming the file and line, exit code 1, no stack trace', (t) => {
  const dir = tmp(t);
  const f = join(dir, 'bad.csv');
  const expectFailure = (args: string[], message: string | RegExp): void => {
    const r = backtestCli([...args, '--output', join(dir, 'out.csv')]);
    assert.equal(r.code, 1, `${args.join(' ')}: ${r.stderr}`);
    if (typeof message === 'string') assert.equal(r.stderr, `ads backtest: ${message}\n`);
    else assert.match(r.stderr, message);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  };

  writeFileSync(f, 'timestamp,value\n2014-07-01 00:00:00,1\n2014-07-01 00:05:00,1,2\n');
  expectFailure(['--input', f], `${f}:3: expected 2 fields (timestamp,value), got 3`);
  writeFileSync(f, 'timestamp,value\n2014-07-01 00:00:00,1\n2014-07-01 00:05:00,n/a\n');
  expectFailure(['--input', f], `${f}:3: unparsable value 'n/a' in column 'value' (want a number; name text columns with --tag-column)`);
  writeFileSync(f, 'timestamp,value\n2014-13-01 00:00:00,1\n');
  expectFailure(['--input', f], `${f}:2: unparsable timestamp '2014-13-01 00:00:00' in column 'timestamp'`);
  writeFileSync(f, 'timestamp,value\n2014-07-01 00:00:00,1\n');
  expectFailure(['--input', f, '--field', 'temperature'], `${f}:1: unknown column 'temperature' (value columns: value)`);
  writeFileSync(f, '');
  expectFailure(['--input', f], `${f}: file is empty`);
  expectFailure(['--input', join(dir, 'missing.csv')], `${join(dir, 'missing.csv')}: cannot read: ENOENT`);
  writeFileSync(f, 'timestamp,value\n2014-07-01 00:00:00,1\n');
  expectFailure(['--input', f, '--k', 'large'], `--k: expected a number, got 'large'`);
  expectFailure(['--input', f, '--detector', 'nope'], /^ads backtest: invalid detector options: .*nope/);
  const lp = join(dir, 'bad.lp');
  writeFileSync(lp, 'printer temperature=1 1000\nprinter temperature= 2000\n');
  expectFailure(['--input', lp], `${lp}:2: unparsable value '' for field 'temperature'`);
});
