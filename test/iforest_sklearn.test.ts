// Our forest against scikit-learn's IsolationForest on the committed fixture
// (scripts/fixtures/iforest_sklearn.py). Two forests differ by their random
// draws, so the check is rank agreement: sklearn against itself with other
// random_states gives Spearman 0.955–0.98 on this data. The mean over many
// forests removes most of that noise and checks the semantics (c(n), psi,
// height limit, constant features) tightly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { anomalyScore, trainForest } from '../udf/handlers/detectors/iforest/forest.ts';
import { spearman } from './helpers/rank_correlation.ts';

interface Fixture {
  columns: number;
  data: number[][];
  outliers: number[];
  scores: number[];
  meanOf: number;
  meanScores: number[];
}

const fixture = JSON.parse(readFileSync(new URL('./fixtures/iforest_sklearn.json', import.meta.url), 'utf8')) as Fixture;

function ourScores(seed: number): number[] {
  const rows = fixture.data.length;
  const cols = fixture.columns;
  const flat = new Float64Array(fixture.data.flat());
  const forest = trainForest(flat, rows, cols, { trees: 100, sampleSize: 256, seed });
  return Array.from({ length: rows }, (_, i) => anomalyScore(forest, flat, i * cols));
}

test('spearman helper: identical, reversed and tied rankings', () => {
  assert.equal(spearman([1, 2, 3, 4], [10, 20, 30, 40]), 1);
  assert.equal(spearman([1, 2, 3, 4], [4, 3, 2, 1]), -1);
  assert.ok(Math.abs(spearman([1, 1, 2], [1, 2, 3]) - Math.sqrt(3) / 2) < 1e-12);
});

test('fixture is what the script writes', () => {
  assert.equal(fixture.data.length, 1000);
  assert.equal(fixture.scores.length, 1000);
  assert.equal(fixture.outliers.length, 20);
});

test('scores rank like scikit-learn: Spearman >= 0.95 for the median of 11 seeds, >= 0.94 for every one', () => {
  // Two single forests of 100 random trees differ by chance: over 30 seeds ours range 0.945-0.972
  // against scikit-learn's one forest, so the median is the stable statistic to hold at 0.95.
  const rhos = Array.from({ length: 11 }, (_, seed) => spearman(ourScores(seed), fixture.scores)).sort((a, b) => a - b);
  assert.ok(rhos[5]! >= 0.95, `median Spearman ${rhos[5]!.toFixed(4)}`);
  assert.ok(rhos[0]! >= 0.94, `lowest Spearman ${rhos[0]!.toFixed(4)}`);
});

test("mean over forests matches scikit-learn's mean over forests (Spearman >= 0.99, mean |Δs| < 0.005)", () => {
  const n = fixture.data.length;
  const seeds = 10;
  const mean = new Array<number>(n).fill(0);
  for (let seed = 0; seed < seeds; seed++) ourScores(100 + seed).forEach((s, i) => (mean[i]! += s / seeds));
  const rho = spearman(mean, fixture.meanScores);
  assert.ok(rho >= 0.99, `Spearman of means ${rho.toFixed(4)}`);
  const mad = mean.reduce((acc, s, i) => acc + Math.abs(s - fixture.meanScores[i]!), 0) / n;
  assert.ok(mad < 0.005, `mean |our s − sklearn s| = ${mad.toFixed(4)}`);
});

test('our top 20 are mostly the planted outliers, as sklearn finds them', () => {
  const planted = new Set(fixture.outliers);
  const topOverlap = (scores: number[]): number =>
    scores
      .map((s, i) => [s, i] as const)
      .sort((a, b) => b[0] - a[0])
      .slice(0, 20)
      .filter(([, i]) => planted.has(i)).length;
  const sk = topOverlap(fixture.scores);
  const ours = topOverlap(ourScores(0));
  assert.ok(ours >= 16, `our top 20 holds ${ours} planted outliers (sklearn: ${sk})`);
  assert.ok(ours >= sk - 2, `ours ${ours} vs sklearn ${sk}`);
});
