// Threshold detector and multi-detector consensus on hand-computed cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { thresholdFactory, thresholdDistance } from '../udf/handlers/detectors/threshold.ts';
import { combine } from '../udf/handlers/consensus.ts';
import type { Verdict } from '../udf/handlers/detectors/types.ts';

const sample = (...values: number[]) => ({ timeMs: 0, values: Float64Array.from(values) });

test('threshold: strict comparisons, a value on a bound is normal', () => {
  const d = thresholdFactory.create({ lower: 10, upper: 20 }, ['v']);
  assert.equal(d.step(sample(20))!.anomaly, false);
  assert.equal(d.step(sample(10))!.anomaly, false);
  assert.equal(d.step(sample(20.000001))!.anomaly, true);
  assert.equal(d.step(sample(9.999999))!.anomaly, true);
  assert.deepEqual(d.step(sample(15))!.bands, [{ lower: 10, upper: 20 }]);
});

test('threshold: score 0.5 on a bound, d = |x − mid| / half-width with both bounds', () => {
  const d = thresholdFactory.create({ lower: 10, upper: 20 }, ['v']);
  assert.equal(d.step(sample(20))!.score, 0.5);
  assert.equal(d.step(sample(15))!.score, 0);
  // x = 25: d = 10/5 = 2 -> 2/3
  assert.equal(d.step(sample(25))!.score, 2 / 3);
  assert.equal(thresholdDistance(12.5, 10, 20), 0.5);
});

test('threshold: one bound, d = 1 + (x − upper)/|upper| clamped at 0', () => {
  assert.equal(thresholdDistance(150, -Infinity, 100), 1.5);
  assert.equal(thresholdDistance(100, -Infinity, 100), 1);
  assert.equal(thresholdDistance(-500, -Infinity, 100), 0);
  assert.equal(thresholdDistance(-3, 0, Infinity), 4); // lower 0: scale 1
  const d = thresholdFactory.create({ upper: 100 }, ['a', 'b']);
  const v = d.step(sample(50, 150))!;
  assert.equal(v.anomaly, true);
  assert.equal(v.score, 1.5 / 2.5); // the larger field distance wins
  assert.equal(d.step(sample(NaN, NaN)), null, 'no usable field: no verdict');
});

test('threshold: bad bounds are refused naming the option', () => {
  assert.throws(() => thresholdFactory.validate({}, ['v']), /needs \.lower\(x\) or \.upper\(x\)/);
  assert.throws(() => thresholdFactory.validate({ lower: 5, upper: 5 }, ['v']), /lower \(5\) must be below upper \(5\)/);
});

const v = (score: number, anomaly: boolean, extra?: Partial<Verdict>): Verdict => ({ score, anomaly, ...extra });
/** One field with value 0. */
const ONE = Float64Array.of(0);

test('consensus: anomaly when at least minConsensus detectors vote; score is the minConsensus-th highest', () => {
  const names = ['mad', 'iqr', 'zscore'];
  const verdicts = [v(0.7, true), v(0.2, false), v(0.9, true)];
  const one = combine(names, verdicts, 1, ONE)!;
  assert.deepEqual([one.anomaly, one.score, one.votes, one.voters], [true, 0.9, 2, ['mad', 'zscore']]);
  const two = combine(names, verdicts, 2, ONE)!;
  assert.deepEqual([two.anomaly, two.score, two.votes], [true, 0.7, 2]);
  const three = combine(names, verdicts, 3, ONE)!;
  assert.deepEqual([three.anomaly, three.score, three.votes], [false, 0.2, 2]);
});

test('consensus: detectors still warming up do not vote; none ready gives no judgement', () => {
  const names = ['mad', 'iforest'];
  assert.equal(combine(names, [null, null], 1, ONE), null);
  const j = combine(names, [null, v(0.8, true)], 2, ONE)!;
  assert.equal(j.anomaly, false, 'one vote is not two');
  assert.equal(j.score, 0, 'fewer ready detectors than minConsensus: score 0');
  assert.equal(combine(['mad'], [null], 1, ONE), null);
});

test('consensus: bands from the first detector that has one per field; extras prefixed by detector', () => {
  const j = combine(
    ['iforest', 'mad', 'iqr'],
    [v(0.6, false, { extras: { path_length: 7 } }), v(0.4, false, { bands: [null, { lower: 1, upper: 2 }] }), v(0.3, false, { bands: [{ lower: 3, upper: 4 }, { lower: 5, upper: 6 }] })],
    1,
    Float64Array.of(0, 0),
  )!;
  assert.deepEqual(j.bands, [{ lower: 3, upper: 4 }, { lower: 1, upper: 2 }]);
  assert.deepEqual(j.extras, { iforest_path_length: 7 });
  const single = combine(['iforest'], [v(0.6, true, { extras: { path_length: 7, score: 0.6 } })], 1, ONE)!;
  assert.deepEqual(single.extras, { iforest_path_length: 7, iforest_score: 0.6 });
  assert.deepEqual(single.voters, ['iforest']);
});

test('consensus: an anomaly names its fields: those a detector names, else those outside its band, else all judged', () => {
  const values = Float64Array.of(10, 5, NaN);
  const named = combine(['surprise'], [v(0.7, true, { fields: [false, true, false] })], 1, values)!;
  assert.deepEqual(named.fields, [1]);
  const banded = combine(['mad'], [v(0.7, true, { bands: [{ lower: 0, upper: 8 }, { lower: 0, upper: 8 }, null] })], 1, values)!;
  assert.deepEqual(banded.fields, [0]);
  const unbanded = combine(['iforest'], [v(0.7, true)], 1, values)!;
  assert.deepEqual(unbanded.fields, [0, 1], 'the NaN field was not judged');
  const both = combine(['mad', 'surprise'], [v(0.7, true, { bands: [{ lower: 0, upper: 8 }, null, null] }), v(0.6, true, { fields: [false, true, false] })], 2, values)!;
  assert.deepEqual(both.fields, [0, 1]);
  assert.deepEqual(combine(['mad'], [v(0.2, false)], 1, values)!.fields, [], 'a normal point names none');
});
