import { test } from 'node:test';
import assert from 'node:assert/strict';
import { persistFactory } from '../udf/handlers/detectors/persist.ts';
import { flaggedAt, runSeries } from './suite_support.ts';

// 10, 11, 10, 11, ...: every step moves by exactly 1, so the |diff| history is
// all ones: Q1 = Q3 = 1, IQR = 0, cut-off 1 whatever c.
const zigzag = (n: number): number[] => Array.from({ length: n }, (_, i) => 10 + (i % 2));

test('persist: warm-up is the window, then 20 differences', () => {
  const v = runSeries(persistFactory, {}, zigzag(30)); // window 1
  assert.ok(v.slice(0, 21).every((r) => r === null));
  assert.ok(v.slice(21).every((r) => r !== null && !r.anomaly));
  const w5 = runSeries(persistFactory, { window: 5 }, zigzag(30));
  assert.equal(w5[24], null);
  assert.notEqual(w5[25], null);
});

test('persist: |x - previous median| against Q3 + c·IQR of past |differences|', () => {
  const base = zigzag(30); // ends on 11
  const onCut = runSeries(persistFactory, {}, [...base, 12])[30]!;
  assert.equal(onCut.score, 0.5);
  assert.equal(onCut.anomaly, false);
  assert.deepEqual(onCut.bands, [{ lower: 10, upper: 12 }]);
  const jump = runSeries(persistFactory, {}, [...base, 13])[30]!;
  assert.equal(jump.anomaly, true);
  assert.equal(jump.score, 2 / 3); // |2| / 1
});

test('persist: side filters the sign of the difference', () => {
  const series = [...zigzag(30), 20, 20, 20, 20, 2];
  assert.deepEqual(flaggedAt(runSeries(persistFactory, { side: 'both' }, series)), [30, 34]);
  assert.deepEqual(flaggedAt(runSeries(persistFactory, { side: 'positive' }, series)), [30]);
  const negative = runSeries(persistFactory, { side: 'negative' }, series);
  assert.deepEqual(flaggedAt(negative), [34]);
  assert.equal(negative[30]!.score, 0);
});

test('persist: a longer window compares with the median of the preceding values', () => {
  // The median of 5 zigzag values ignores a single outlier, so the point after a spike is not flagged.
  const series = [...zigzag(40), 30, 10, 11];
  assert.deepEqual(flaggedAt(runSeries(persistFactory, { window: 5 }, series)), [40]);
  assert.deepEqual(flaggedAt(runSeries(persistFactory, { window: 1 }, series)), [40, 41]);
});
