// Tail calibration of anomaly scores: hand-computed states, monotonicity, the
// verdict contract (flag unchanged, score > 0.5 exactly when anomalous), and
// snapshot equivalence through the detector wrapper and the handler config.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agent as pb } from '../udf/agent/proto/udf.js';
import { buildConfig } from '../udf/handlers/ads_config.ts';
import { restored, stateBytes } from './helpers/detector_state.ts';
import { madFactory } from '../udf/handlers/detectors/mad.ts';
import { distanceToScore, type Verdict } from '../udf/handlers/detectors/types.ts';
import { TAIL_PARAMS, TailCalibrator, calibrateVerdict, scoreToDistance, withCalibration } from '../udf/handlers/score_calibration.ts';
import { gaussian } from './suite_support.ts';

const close = (actual: number, expected: number, tol = 1e-12): void => assert.ok(Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(expected)), `${actual} is not ${expected}`);
const h = (c: number): number => c / (1 + c);

/** A calibrator seeded with the distances 1..100 (in a scrambled order). */
function seeded(): TailCalibrator {
  const c = new TailCalibrator();
  for (let i = 0; i < 100; i++) c.learn(((i * 37) % 100) + 1);
  return c;
}

test('scoreToDistance inverts d/(1+d)', () => {
  for (const d of [0, 0.25, 1, 7.5, 1e6]) close(scoreToDistance(distanceToScore(d)), d, 1e-9);
  assert.equal(scoreToDistance(1), Infinity);
  assert.equal(scoreToDistance(0), 0);
});

test('seeding: u is the value with 2% of the warm-up above it, m their mean excess', () => {
  const c = new TailCalibrator();
  for (let i = 0; i < 99; i++) c.learn(((i * 37) % 100) + 1);
  assert.equal(c.ready, false);
  c.learn(((99 * 37) % 100) + 1);
  assert.equal(c.ready, true);
  // Sorted 1..100, k = floor(0.02·100) = 2 above u = 98, excesses 1 and 2.
  assert.deepEqual(c.state(), { n: 100, u: 98, m: 1.5, warm: [], inf: 0 });
});

test('rarity: exponential tail above u, linear tail probability below it', () => {
  const c = seeded();
  close(c.rarity(98), h(-Math.log(0.02)));
  close(c.rarity(101), h(-Math.log(0.02) + 3 / 1.5));
  close(c.rarity(49), h(-Math.log(1 - 0.98 * 0.5)));
  assert.equal(c.rarity(0), 0);
});

test('learning: the quantile moves multiplicatively, the mean excess only on exceedances', () => {
  const c = seeded();
  c.learn(200);
  let s = c.state();
  close(s.u, 98 * Math.exp(0.05 * 0.98));
  close(s.m, 1.5 + 0.2 * (200 - 98 - 1.5));
  c.learn(1);
  const after = c.state();
  close(after.u, s.u * Math.exp(-0.05 * 0.02));
  assert.equal(after.m, s.m);
  s = after;
  c.learn(NaN);
  assert.deepEqual(c.state(), s, 'NaN is not learnt');
});

test('infinite distances are not learnt into u, m; their frequency caps every rarity', () => {
  const c = seeded();
  assert.equal(c.rarity(Infinity), 1);
  c.learn(Infinity);
  const s = c.state();
  assert.equal(s.u, 98);
  assert.equal(s.m, 1.5);
  close(s.inf, 0.001);
  const cap = h(-Math.log(0.001));
  close(c.rarity(Infinity), cap);
  close(c.rarity(1e6), cap, 1e-12);
  close(c.rarity(101), h(-Math.log(0.02) + 2), 1e-12);
  c.learn(50);
  close(c.state().inf, 0.001 * 0.999);
});

test('for any state the score is non-decreasing in the distance and above 0.5 exactly when flagged', () => {
  const rnd = gaussian(7);
  const c = new TailCalibrator();
  const grid = [0, ...Array.from({ length: 80 }, (_, i) => Math.exp((i - 40) / 4)), Infinity];
  for (let t = 0; t < 3000; t++) {
    const d = t % 500 === 499 ? Infinity : Math.exp(rnd() + (t > 1500 ? 2 : 0));
    if (c.ready && t % 50 === 0) {
      let prev = -1;
      for (const x of grid) {
        const r = c.rarity(x);
        assert.ok(r >= prev && r >= 0 && r <= 1, `rarity not monotone at d = ${x} (step ${t})`);
        prev = r;
        for (const anomaly of [false, true]) {
          const probe = new TailCalibrator(c.state());
          const v = calibrateVerdict({ score: distanceToScore(x), anomaly }, probe);
          assert.equal(v.anomaly, anomaly);
          assert.equal(v.score > 0.5, anomaly);
        }
      }
    }
    c.learn(d);
  }
});

test('during the warm-up the detector score passes through unchanged, and is kept as the `score` extra', () => {
  const c = new TailCalibrator();
  const v: Verdict = { score: 0.8, anomaly: true, extras: { x: 1 } };
  assert.deepEqual(calibrateVerdict(v, c), { score: 0.8, anomaly: true, extras: { x: 1, score: 0.8 } });
  assert.equal(c.state().n, 1);
});

/** A noisy series with level shifts and spikes, for the wrapped MAD detector. */
function series(n: number): number[] {
  const rnd = gaussian(11);
  return Array.from({ length: n }, (_, i) => 10 + rnd() + (i > 260 ? 5 : 0) + (i % 97 === 0 ? 12 : 0));
}

test('the wrapped detector keeps the flags and bands, and restores exactly from its snapshot state', () => {
  const wrapped = withCalibration(madFactory, 'tail');
  const values = series(420);
  const plain = madFactory.create({}, ['value']);
  const d = wrapped.create({}, ['value']);
  let changed = 0;
  for (let i = 0; i < values.length; i++) {
    const s = { timeMs: i * 1000, values: Float64Array.of(values[i]!) };
    const raw = plain.step(s);
    const v = d.step(s);
    assert.equal(v === null, raw === null);
    if (v && raw) {
      assert.equal(v.anomaly, raw.anomaly);
      assert.deepEqual(v.bands, raw.bands);
      assert.equal(v.score > 0.5, raw.anomaly);
      // MAD judges from point 100; the calibrator passes 100 scores through, then calibrates.
      if (i < 200) assert.equal(v.score, raw.score);
      else if (v.score !== raw.score) changed++;
    }
  }
  assert.ok(changed > 200, `only ${changed} calibrated scores differ from the raw ones`);
  // Snapshots mid warm-up (150) and after it (300) continue exactly.
  for (const at of [150, 300]) {
    const first = wrapped.create({}, ['value']);
    for (let i = 0; i < at; i++) first.step({ timeMs: i * 1000, values: Float64Array.of(values[i]!) });
    const second = restored(wrapped, first, {}, ['value']);
    for (let i = at; i < values.length; i++) {
      const s = { timeMs: i * 1000, values: Float64Array.of(values[i]!) };
      assert.deepEqual(second.step(s), first.step(s), `point ${i} after a snapshot at ${at}`);
    }
  }
});

test('a version-1 detector state from before calibration restores, with the calibration starting afresh', () => {
  const values = series(150);
  const plain = madFactory.create({}, ['value']);
  for (let i = 0; i < 120; i++) plain.step({ timeMs: i, values: Float64Array.of(values[i]!) });
  // MAD's version-1 JSON state: per field, the window's values oldest first.
  const legacy = { windows: [values.slice(20, 120)] };
  const d = withCalibration(madFactory, 'tail').restoreLegacy(legacy, {}, ['value']);
  for (let i = 120; i < 150; i++) {
    const s = { timeMs: i, values: Float64Array.of(values[i]!) };
    const own = plain.step(s)!;
    assert.deepEqual(d.step(s), { ...own, extras: { score: own.score } });
  }
  assert.equal(stateBytes(d)[0], 30, 'the calibration (whose state starts with the distances it learnt) has learnt 30');
});

const opt = (name: string, value: string): pb.IOption => ({ name, values: [{ type: pb.ValueType.STRING, stringValue: value }] });

test("handler config: calibration is 'tail' by default, 'none' keeps the detectors' own scores, anything else is refused", () => {
  const values = series(260);
  const scores = (options: pb.IOption[]): number[] => {
    const cfg = buildConfig([opt('field', 'value'), opt('detector', 'mad'), ...options]);
    const d = cfg.detectors[0]!.create(cfg.detectorOptions[0]!, cfg.fields);
    return values.map((x, i) => d.step({ timeMs: i, values: Float64Array.of(x) })?.score ?? NaN);
  };
  const raw = madFactory.create({}, ['value']);
  const expected = values.map((x, i) => raw.step({ timeMs: i, values: Float64Array.of(x) })?.score ?? NaN);
  assert.deepEqual(scores([opt('calibration', 'none')]), expected);
  const calibrated = scores([]);
  assert.deepEqual(calibrated.slice(0, 200), expected.slice(0, 200));
  assert.notDeepEqual(calibrated.slice(200), expected.slice(200));
  assert.deepEqual(scores([opt('calibration', 'tail')]), calibrated);
  assert.throws(() => buildConfig([opt('field', 'value'), opt('calibration', 'likelihood')]), /calibration must be one of 'none', 'tail'/);
});

test('the parameters are the documented ones', () => {
  assert.deepEqual({ ...TAIL_PARAMS }, { tailFraction: 0.02, quantileRate: 0.05, excessRate: 0.2, warmup: 100, infiniteRate: 0.001 });
});
