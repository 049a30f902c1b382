// Detection-quality targets on the 24-file NAB subset (../shared/data/nab), standard profile, threshold
// swept corpus-wide unless named. The default (`@ads()` with no detector: surprise) stays at or above 70
// swept, its verdict alone (each row 1 when anomalous, else 0) above 50 standard and 40 reward_low_FP_rate,
// and its leave-one-category-out figure with the alarm level at its default (hold-off and excursion span
// chosen on the other categories) within 5 points of the in-sample one. The row that also chooses the alarm
// level is not held: it falls far below (README says by how much and why).
// MAD and iforest beat NAB's windowedGaussian (28.16), iforest clearly on average over five seeds (one
// forest's score moves by several points with its seed); the earlier recommended MAD + hourly z-score
// configuration stays above 60.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScript } from './helpers/run_script.ts';
import { IFOREST_SEEDS } from '../tools/nab/quality.ts';

const WINDOWED_GAUSSIAN = 28.16;

interface Report {
  files: number;
  rows: { id: string; evaluation: { nab: { profile: string; normalized: number }[]; verdict: { profile: string; normalized: number }[] } }[];
}

const score = (report: Report, id: string, profile = 'standard', verdict = false): number => {
  const row = report.rows.find((r) => r.id === id);
  assert.ok(row, `no row ${id}`);
  return (verdict ? row.evaluation.verdict : row.evaluation.nab).find((p) => p.profile === profile)!.normalized;
};

test('the default detector: at least 70 swept, its verdict above 50 / 40, leave-one-category-out within 5 points', (t) => {
  const out = mkdtempSync(join(tmpdir(), 'ads-nab-default-'));
  t.after(() => rmSync(out, { recursive: true, force: true }));
  const r = runScript('tools/nab/quality.ts', ['--config', 'default', '--loco', '--out', out, '--json', '--no-reference'], { timeoutMs: 300_000 });
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  assert.equal(report.files, 24);
  const inSample = score(report, 'default');
  assert.ok(inSample >= 70, `default, standard: ${inSample}`);
  assert.ok(score(report, 'default', 'standard', true) >= 50, `verdict, standard: ${score(report, 'default', 'standard', true)}`);
  assert.ok(score(report, 'default', 'reward_low_FP_rate', true) >= 40, `verdict, reward_low_FP_rate: ${score(report, 'default', 'reward_low_FP_rate', true)}`);
  const loco = score(report, 'default-loco-alarm3');
  assert.ok(Math.abs(inSample - loco) <= 5, `leave-one-category-out ${loco} against ${inSample}`);
});

test('default MAD and iforest beat windowedGaussian; the recommended configuration is above 60', (t) => {
  const out = mkdtempSync(join(tmpdir(), 'ads-nab-targets-'));
  t.after(() => rmSync(out, { recursive: true, force: true }));
  const iforestRows = ['iforest-default', ...IFOREST_SEEDS.slice(1).map((seed) => `iforest-seed-${seed}`)];
  const configs = ['mad-default', ...iforestRows, 'mad-zscore-hour'];
  const r = runScript('tools/nab/quality.ts', [...configs.flatMap((c) => ['--config', c]), '--out', out, '--json', '--no-reference'], { timeoutMs: 300_000 });
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  assert.equal(report.files, 24);
  const standard = (id: string): number => report.rows.find((row) => row.id === id)!.evaluation.nab.find((p) => p.profile === 'standard')!.normalized;
  assert.ok(standard('mad-default') > WINDOWED_GAUSSIAN, `mad: ${standard('mad-default')}`);
  const iforest = iforestRows.map(standard);
  const mean = iforest.reduce((a, b) => a + b, 0) / iforest.length;
  assert.ok(mean > WINDOWED_GAUSSIAN + 5, `iforest over seeds ${IFOREST_SEEDS.join(', ')}: ${iforest.map((v) => v.toFixed(2)).join(', ')}`);
  assert.ok(standard('mad-zscore-hour') > 60, `recommended: ${standard('mad-zscore-hour')}`);
});
