// `npm run nab -- --quick` (the CI-sized corpus run) produces the quality table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScript } from './helpers/run_script.ts';

test('nab_quality --quick backtests the subset through the handler and tables the NAB scores', (t) => {
  const out = mkdtempSync(join(tmpdir(), 'ads-nab-'));
  t.after(() => rmSync(out, { recursive: true, force: true }));
  const r = runScript('tools/nab/quality.ts', ['--quick', '--config', 'mad-default', '--out', out, '--json'], { timeoutMs: 120_000 });
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { files: number; rows: { id: string; evaluation: { series: number; nab: { profile: string; normalized: number }[] } | null }[] };
  assert.equal(report.files, 6);
  assert.deepEqual(report.rows.map((row) => row.id), ['mad-default', 'numenta', 'windowedGaussian']);
  for (const row of report.rows) {
    assert.equal(row.evaluation!.series, 6, row.id);
    for (const p of row.evaluation!.nab) assert.ok(Number.isFinite(p.normalized) && p.normalized <= 100, `${row.id} ${p.profile}: ${p.normalized}`);
  }
  // The backtest outputs mirror NAB's data layout.
  assert.deepEqual(readdirSync(join(out, 'mad-default')).sort(), ['artificialNoAnomaly', 'artificialWithAnomaly', 'realAdExchange', 'realKnownCause']);

  const table = runScript('tools/nab/quality.ts', ['--quick', '--config', 'mad-default', '--out', out, '--no-reference'], { timeoutMs: 120_000 });
  assert.equal(table.code, 0, table.stderr);
  assert.match(table.stdout, /^NAB subset: 6 files \(--quick\)/);
  assert.match(table.stdout, /\| mad-default\s+\| default\s+\| \.detector\('mad'\)\s+\| -?\d+\.\d\d\s+\|/);

  const bad = runScript('tools/nab/quality.ts', ['--config', 'nope']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /^nab: unknown configuration nope; known: default, mad-default,/);
});
