// The NAB scorer against NAB's own published numbers on the 24-file subset,
// plus the properties the numbers rest on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCorpus } from '../tools/evaluate/corpus.ts';
import { nabDataDir, nabResultsDir, nabWindowsFile } from '../tools/nab/paths.ts';
import { nabScores } from '../tools/evaluate/nab_score.ts';
import { scaledSigmoid, weighSeries } from '../tools/evaluate/nab_sweep.ts';
import { probationLength, windowsToRows } from '../tools/evaluate/windows.ts';
import type { ScoredSeries } from '../tools/evaluate/types.ts';

const NAB = nabDataDir();
const LABELS = nabWindowsFile(NAB);

// NAB's scorer, threshold optimised on these 24 files (shared/data/nab/README.md).
const REFERENCE: Record<string, [number, number, number]> = {
  numenta: [64.85, 59.12, 69.85],
  windowedGaussian: [28.16, 22.38, 31.59],
};

for (const [detector, expected] of Object.entries(REFERENCE)) {
  test(`reproduces NAB's scores for ${detector} within 0.1`, () => {
    const corpus = loadCorpus(nabResultsDir(NAB, detector), LABELS);
    assert.equal(corpus.series.length, 24);
    assert.deepEqual(corpus.warnings, []);
    const scores = nabScores(corpus.series);
    assert.deepEqual(scores.map((s) => s.profile), ['standard', 'reward_low_FP_rate', 'reward_low_FN_rate']);
    scores.forEach((s, i) => {
      assert.ok(Math.abs(s.normalized! - expected[i]!) < 0.1, `${detector} ${s.profile}: ${s.normalized} vs ${expected[i]}`);
      assert.equal(s.windows, 39);
      // The per-file scores at the chosen threshold add up to the corpus score.
      const sum = s.perSeries.reduce((a, b) => a + b.raw, 0);
      assert.ok(Math.abs(sum - s.raw) < 1e-9, `${s.profile}: per-series sum ${sum} vs ${s.raw}`);
    });
    assert.equal(scores[0]!.nullScore, -39);
    assert.equal(scores[2]!.nullScore, -78);
    assert.equal(scores[0]!.perfectScore, 39);
  });
}

test('scaled sigmoid: 1 just inside the left edge, 0 at the right edge, -1 from 3 on', () => {
  assert.ok(Math.abs(scaledSigmoid(-1) - 0.98661) < 1e-5);
  assert.equal(scaledSigmoid(0), 0);
  assert.ok(Math.abs(scaledSigmoid(1) + 0.98661) < 1e-5);
  assert.equal(scaledSigmoid(3), -1);
  assert.ok(scaledSigmoid(2.99) > -1);
});

test('probationary period is 15% of the rows, at most 750', () => {
  assert.equal(probationLength(4032, 0.15), 604);
  assert.equal(probationLength(22695, 0.15), 750);
  assert.equal(probationLength(10, 0.15), 1);
});

test('window edges between rows cover the rows inside; overlaps merge; empty windows drop', () => {
  const times = [0, 10, 20, 30, 40, 50];
  assert.deepEqual(windowsToRows(times, [{ startMs: 10, endMs: 30 }]), [{ left: 1, right: 3 }]);
  assert.deepEqual(windowsToRows(times, [{ startMs: 5, endMs: 34 }]), [{ left: 1, right: 3 }]);
  assert.deepEqual(
    windowsToRows(times, [
      { startMs: 30, endMs: 45 },
      { startMs: 0, endMs: 35 },
    ]),
    [{ left: 0, right: 4 }],
  );
  assert.deepEqual(windowsToRows(times, [{ startMs: 11, endMs: 19 }]), []);
});

test('row weights: earliest in-window detection is worth A_TP, FPs cost less right after a window', () => {
  const times = Array.from({ length: 80 }, (_, i) => i);
  const w = weighSeries('s', times, [{ startMs: 10, endMs: 19 }], 0);
  assert.ok(Math.abs(w.unit[10]! - 1) < 1e-12, 'left edge');
  // NAB's right edge sits at −1/width, not 0: still a small reward.
  assert.ok(Math.abs(w.unit[19]! - scaledSigmoid(-1 / 10) / scaledSigmoid(-1)) < 1e-12, 'right edge');
  assert.ok(w.unit[19]! > 0 && w.unit[19]! < 0.25);
  assert.ok(w.unit[11]! < w.unit[10]!);
  assert.equal(w.unit[5], -1, 'before any window');
  assert.ok(w.unit[20]! > -0.6 && w.unit[20]! < 0, 'just after the window');
  assert.equal(w.unit[79], -1, 'three window widths past the last window');
  assert.ok(w.unit[39]! > -1 && w.unit[39]! < -0.99);
  assert.equal(w.windowOf[15], 0);
  assert.equal(w.windowOf[25], -1);
});

function series(n: number, windows: [number, number][], score: (i: number) => number): ScoredSeries {
  return {
    name: 'synthetic',
    timesMs: Float64Array.from({ length: n }, (_, i) => i * 1000),
    scores: Float64Array.from({ length: n }, (_, i) => score(i)),
    windows: windows.map(([a, b]) => ({ startMs: a * 1000, endMs: b * 1000 })),
  };
}

test('the null detector scores 0 and the perfect detector 100 in every profile', () => {
  const nothing = series(1000, [[300, 350], [700, 760]], () => 0);
  const perfect = series(1000, [[300, 350], [700, 760]], (i) => (i === 300 || i === 700 ? 1 : 0));
  for (const s of nabScores([nothing])) {
    assert.equal(s.normalized, 0);
    assert.equal(s.threshold, null);
  }
  for (const s of nabScores([perfect])) {
    assert.ok(Math.abs(s.normalized! - 100) < 1e-9, `${s.profile}: ${s.normalized}`);
    assert.equal(s.threshold, 1);
    assert.equal(s.windowsDetected, 2);
  }
});

test('the sweep picks the threshold that trades missed windows against false positives', () => {
  // Rows 0..999, one window 500..549. A late detection at 540 (score 0.6) and
  // two far false positives (0.9): including them costs 2·A_FP, the late TP earns less.
  const s = series(1000, [[500, 549]], (i) => (i === 540 ? 0.6 : i === 200 || i === 900 ? 0.9 : 0.1));
  const [standard] = nabScores([s], { profiles: ['standard'] });
  assert.equal(standard!.threshold, 0.6);
  assert.equal(standard!.counts.fp, 2);
  assert.equal(standard!.windowsDetected, 1);
  const tp = scaledSigmoid(-(549 - 540 + 1) / 50) / scaledSigmoid(-1);
  assert.ok(Math.abs(standard!.raw - (tp - 2 * 0.11)) < 1e-12);
});

test('rows in the probationary period are neither detections nor false positives', () => {
  const s = series(1000, [[500, 549]], (i) => (i < 150 ? 1 : 0));
  const [standard] = nabScores([s], { profiles: ['standard'] });
  assert.equal(standard!.threshold, null);
  assert.equal(standard!.raw, -1);
  assert.equal(standard!.counts.fp, 0);
});
