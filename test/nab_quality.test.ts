// `npm run nab -- --quick` (the CI-sized corpus run) produces the quality table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../tools/nab/paths.ts';

test('nab_quality --quick backtests the subset through the handler and tables the NAB scores', (t) => {
  const out = mkdtempSync(join(tmpdir(), 'ads-nab-'));
  t.after(() => rmSync(out, { recursive: true, force: true }));
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'tools/nab/quality.ts', '--quick', '--config', 'mad-default', '--out', out, '--json'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { files: number; rows: { id: string; evaluation: { series: number; nab: { profile: string; normalized: number }[] } | null }[] };
  assert.equal(report.files, 6);
  assert.deepEqual(report.rows.map((row) => row.id), ['mad-default', 'numenta', 'windowedGaussian']);
  for (const row of report.rows) {
    assert.equal(row.evaluation!.series, 6, row.id);
    for (const p of row.evaluation!.nab) assert.ok(Number.isFinite(p.normalized) && p.normalized <= 100, `${row.id} ${p.profile}: ${p.normalized}`);
  }
  // The backtest outputs mirror NAB's data layout.
  assert.deepEqual(readdirSync(join(out, 'mad-default')).sort(), ['artificialNoAnomaly', 'artificialWithAnomaly', 'realAdExchange', 'realKnownCause']);

  const table = spawnSync(process.execPath, ['--import', 'tsx', 'tools/nab/quality.ts', '--quick', '--config', 'mad-default', '--out', out, '--no-reference'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  assert.equal(table.status, 0, table.stderr);
  assert.match(table.stdout, /^NAB subset: 6 files \(--quick\)/);
  assert.match(table.stdout, /\| mad-default\s+\| default\s+\| \.detector\('mad'\)\s+\| -?\d+\.\d\d\s+\|/);

  const bad = spawnSync(process.execPath, ['--import', 'tsx', 'tools/nab/quality.ts', '--config', 'nope'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /^nab: unknown configuration nope; known: mad-default,/);
});
