import { test } from 'node:test';
import assert from 'node:assert/strict';
import { iqrFactory } from '../udf/handlers/detectors/iqr.ts';
import { quantileFactory } from '../udf/handlers/detectors/quantile.ts';
import type { Options, Verdict } from '../udf/handlers/detectors/types.ts';
import type { DetectorFactory } from '../udf/handlers/detectors/factory.ts';
import { runSeries, sample, T0 } from './suite_support.ts';

/** The verdict for `x` after a window filled with `history`. */
function probe(factory: DetectorFactory, options: Options, history: number[], x: number): Verdict {
  const v = runSeries(factory, options, [...history, x]);
  assert.ok(v.slice(0, history.length).every((r) => r === null), 'warm-up returns null');
  return v[history.length]!;
}

test('iqr: fences at Q1 - c*IQR and Q3 + c*IQR of the preceding window', () => {
  // [1,2,3,4]: Q1 = 1.75, Q3 = 3.25 (linear), IQR = 1.5; c = 1 -> [0.25, 4.75], median 2.5.
  const opts = { window: 4, c: 1 };
  const onFence = probe(iqrFactory, opts, [1, 2, 3, 4], 4.75);
  assert.deepEqual(onFence.bands, [{ lower: 0.25, upper: 4.75 }]);
  assert.equal(onFence.score, 0.5);
  assert.equal(onFence.anomaly, false);
  const above = probe(iqrFactory, opts, [1, 2, 3, 4], 7);
  assert.equal(above.anomaly, true);
  assert.equal(above.score, 2 / 3); // (7 - 2.5) / (4.75 - 2.5) = 2
  const below = probe(iqrFactory, opts, [1, 2, 3, 4], 0.24);
  assert.equal(below.anomaly, true);
  assert.equal(probe(iqrFactory, opts, [1, 2, 3, 4], 2.5).score, 0);
  // Default c = 3: 7 is inside [1.75 - 4.5, 3.25 + 4.5].
  assert.equal(probe(iqrFactory, { window: 4 }, [1, 2, 3, 4], 7).anomaly, false);
});

test('iqr: a constant window flags any other value with score 1', () => {
  const v = probe(iqrFactory, { window: 3 }, [5, 5, 5], 5.001);
  assert.equal(v.anomaly, true);
  assert.equal(v.score, 1);
  assert.equal(probe(iqrFactory, { window: 3 }, [5, 5, 5], 5).anomaly, false);
});

test('iqr: NaN is neither judged nor learnt; several fields take the worst', () => {
  const d = iqrFactory.create({ window: 4, c: 1 }, ['a', 'b']);
  const rows = [
    [1, 10],
    [2, NaN],
    [3, 20],
    [4, 30],
    [NaN, 40],
  ];
  rows.forEach((r, i) => assert.equal(d.step(sample(T0 + i, r[0]!, r[1]!)), null));
  // a's window is [1,2,3,4] (NaN skipped), b's is [10,20,30,40].
  const v = d.step(sample(T0 + 9, 2, 200))!;
  assert.equal(v.anomaly, true);
  assert.deepEqual(v.bands![0], { lower: 0.25, upper: 4.75 });
  assert.deepEqual(v.bands![1], { lower: 2.5, upper: 47.5 });
  const bOnly = d.step(sample(T0 + 10, NaN, 30))!;
  assert.equal(bOnly.bands![0], null);
  assert.equal(d.step(sample(T0 + 11, NaN, NaN)), null);
});

test('quantile: bounds at the rolling low/high quantiles, distance in half inter-quantile ranges', () => {
  // [0,10,20,30,40] with low 0.25, high 0.75 -> [10, 30], midpoint 20, half-range 10.
  const opts = { window: 5, low: 0.25, high: 0.75 };
  const hist = [40, 0, 30, 10, 20];
  const onBound = probe(quantileFactory, opts, hist, 30);
  assert.deepEqual(onBound.bands, [{ lower: 10, upper: 30 }]);
  assert.equal(onBound.score, 0.5);
  assert.equal(onBound.anomaly, false);
  const out = probe(quantileFactory, opts, hist, 35);
  assert.equal(out.anomaly, true);
  assert.equal(out.score, 0.6); // d = 1.5
  assert.equal(probe(quantileFactory, opts, hist, 5).score, 0.6);
  assert.equal(probe(quantileFactory, opts, hist, 20).score, 0);
  // Interpolated quantile: 0.1 of 5 values sits at rank 0.4 -> 4.
  assert.equal(probe(quantileFactory, { window: 5, low: 0.1, high: 0.9 }, hist, 20).bands![0]!.lower, 4);
});

test('quantile: the window slides (old values are forgotten)', () => {
  const series = [...Array.from({ length: 10 }, (_, i) => i), ...Array.from({ length: 10 }, (_, i) => 100 + i)];
  const v = runSeries(quantileFactory, { window: 10, low: 0, high: 1 }, [...series, 50]);
  assert.equal(v[10]!.anomaly, true); // 100 vs [0..9]
  assert.equal(v[20]!.anomaly, true); // 50 vs [100..109]
  assert.deepEqual(v[20]!.bands, [{ lower: 100, upper: 109 }]);
});
