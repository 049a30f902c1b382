// MAD detector: hand-computed medians, MADs and the MAD = 0 fallback.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { restored } from './helpers/detector_state.ts';
import { madFactory, robustScale } from '../udf/handlers/detectors/mad.ts';
import { normalQuantile } from '../udf/handlers/detectors/normal_quantile.ts';
import { SortedWindow } from '../udf/handlers/detectors/sorted_window.ts';
import { distanceToScore, type Verdict } from '../udf/handlers/detectors/types.ts';

const close = (actual: number, expected: number, tol = 1e-9): void => assert.ok(Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(expected)), `${actual} is not ${expected}`);

function windowOf(values: number[]): SortedWindow {
  const w = new SortedWindow(values.length);
  for (const v of values) w.push(v);
  return w;
}

/** Feeds `values` to a one-field MAD detector and returns every verdict. */
function run(values: number[], options: Record<string, number> = {}): (Verdict | null)[] {
  const d = madFactory.create(options, ['value']);
  return values.map((x, i) => d.step({ timeMs: i * 1000, values: Float64Array.of(x) }));
}

test('normalQuantile: the consistency constants of MAD and of the fallback quantiles', () => {
  // Reference values from scipy.stats.norm.ppf; Acklam's approximation is within 1.2e-9 relative.
  close(1 / normalQuantile(0.75), 1.482602218505602, 1.2e-9); // MAD's 1.4826
  close(normalQuantile(0.95), 1.6448536269514722, 1.2e-9);
  close(normalQuantile(0.9975), 2.807033768343811, 1.2e-9);
  close(normalQuantile(0.025), -1.9599639845400545, 1.2e-9);
  assert.equal(normalQuantile(0.5), 0);
  assert.equal(normalQuantile(1), Infinity);
  assert.ok(Number.isNaN(normalQuantile(1.5)));
});

test('normal case: median 3, MAD 1, σ = 1.4826, band 3 ± 3.5σ; judged against the window before the point', () => {
  // Window [1, 2, 3, 4, 100]: deviations from 3 are 2, 1, 0, 1, 97 → MAD = 1.
  const w = windowOf([1, 2, 3, 4, 100]);
  assert.equal(w.median(), 3);
  assert.equal(w.mad(3), 1);
  close(robustScale(w, 3), 1.4826);
  const reach = 3.5 * 1.4826;
  const v = run([1, 2, 3, 4, 100, 9, 3], { window: 5 });
  assert.deepEqual(v.slice(0, 5), [null, null, null, null, null], 'no verdict until the window is full');
  const nine = v[5]!;
  close(nine.bands![0]!.lower, 3 - reach);
  close(nine.bands![0]!.upper, 3 + reach);
  close(nine.score, distanceToScore(6 / reach));
  assert.equal(nine.anomaly, true, '|9 − 3| = 6 > 5.189');
  // 9 is now in the window [2, 3, 4, 100, 9]: median 4, deviations 2, 1, 0, 96, 5 → MAD 2.
  const three = v[6]!;
  close(three.bands![0]!.lower, 4 - 3.5 * 1.4826 * 2);
  assert.equal(three.anomaly, false);
  close(three.score, distanceToScore(1 / (3.5 * 1.4826 * 2)));
});

test('exactly at the band the score is 0.5 and the point is not anomalous (strict >)', () => {
  // Window [0, 1, 2, 3, 4] (median 2, MAD 1): with k = 2/1.4826 the band is 2 ± 2.
  const v = run([0, 1, 2, 3, 4, 4], { window: 5, k: 2 / 1.4826 });
  close(v[5]!.score, 0.5);
  assert.equal(v[5]!.anomaly, false);
});

test('MAD = 0 with more than half equal: σ from the first non-zero deviation at its Hazen quantile', () => {
  // [7, 7, 7, 7, 10]: deviations 0, 0, 0, 0, 3 → j = 4 zeros, q = 4.5/5 = 0.9, σ = 3/Φ⁻¹(0.95).
  const w = windowOf([7, 7, 10, 7, 7]);
  assert.equal(w.mad(7), 0);
  const sigma = 3 / 1.6448536269514722;
  close(robustScale(w, 7), sigma, 1e-8);
  // 13 is at 6/(3.5σ) = 0.94 of the cut-off, 14 at 1.10.
  const v = run([7, 7, 10, 7, 7, 13], { window: 5 });
  assert.equal(v[5]!.anomaly, false);
  close(v[5]!.score, distanceToScore(6 / (3.5 * sigma)), 1e-8);
  assert.equal(run([7, 7, 10, 7, 7, 14], { window: 5 })[5]!.anomaly, true);
});

test('MAD = 0: the nearest differing value on either side sets the first non-zero deviation', () => {
  // [5, 7, 7, 7, 8]: deviations 2, 0, 0, 0, 1 → j = 3, e = 1, q = 3.5/5 = 0.7, σ = 1/Φ⁻¹(0.85).
  close(robustScale(windowOf([5, 7, 7, 7, 8]), 7), 1 / 1.0364333894937898, 1e-8);
  // Even window [3, 3, 3, 9]: median 3, MAD (0 + 0)/2 = 0, j = 3, q = 3.5/4, σ = 6/Φ⁻¹(0.9375).
  close(robustScale(windowOf([3, 9, 3, 3]), 3), 6 / 1.5341205443525463, 1e-8);
});

test('MAD = 0 with one blip in 100: a repeat of the blip is not flagged, a blip 1.25 times larger is', () => {
  const window = Array.from({ length: 100 }, (_, i) => (i === 40 ? 12 : 10));
  const sigma = 2 / normalQuantile((1 + 99.5 / 100) / 2); // 2/2.807
  close(robustScale(windowOf(window), 10), sigma, 1e-9);
  assert.equal(run([...window, 12])[100]!.anomaly, false);
  assert.equal(run([...window, 12.5])[100]!.anomaly, true);
});

test('an entirely flat window: σ = 1% of |median|, or 1e-9 at 0; never a division by zero', () => {
  close(robustScale(windowOf([20, 20, 20, 20, 20]), 20), 0.2);
  close(robustScale(windowOf([-20, -20, -20]), -20), 0.2);
  assert.equal(robustScale(windowOf([0, 0, 0]), 0), 1e-9);
  const flat = [20, 20, 20, 20, 20];
  assert.equal(run([...flat, 20], { window: 5 })[5]!.score, 0, 'the flat value itself');
  assert.equal(run([...flat, 20.5], { window: 5 })[5]!.anomaly, false, 'a change of 2.5% of the level (band ±0.7)');
  assert.equal(run([...flat, 21], { window: 5 })[5]!.anomaly, true, 'a change of 5%');
  const zero = run([0, 0, 0, 0, 0, 1e-8], { window: 5 })[5]!;
  assert.equal(zero.anomaly, true);
  assert.ok(Number.isFinite(zero.score) && zero.score < 1);
});

test('NaN is neither judged nor learnt; snapshot state restores an identical detector', () => {
  const values = [1, 5, 2, 8, 3, NaN, 9, 4, 30, 6, 7, 7, 7, 7, 7, 7, 7, 7, 20];
  const d = madFactory.create({ window: 5 }, ['value']);
  const before = values.slice(0, 9).map((x, i) => d.step({ timeMs: i, values: Float64Array.of(x) }));
  assert.equal(before[5], null);
  const back = restored(madFactory, d, { window: 5 }, ['value']);
  for (let i = 9; i < values.length; i++) {
    const s = { timeMs: i, values: Float64Array.of(values[i]!) };
    assert.deepEqual(back.step(s), d.step(s));
  }
});

test("seasonality('hour'): each UTC hour has its own window, judged against the same hour only", () => {
  const H = 3_600_000;
  const opts = { window: 5, seasonality: 'hour' } as const;
  const d = madFactory.create(opts, ['v']);
  const plain = madFactory.create({ window: 5 }, ['v']);
  // Hour 0 runs near 10, hour 1 near 100: five points of each, alternating.
  const at = (hour: number, i: number): number => hour * H + i * 60_000;
  for (let i = 0; i < 5; i++) {
    for (const [hour, level] of [[0, 10], [1, 100]] as const) {
      const s = { timeMs: at(hour, i), values: Float64Array.of(level + (i % 3) - 1) };
      d.step(s);
      plain.step(s);
    }
  }
  const hour1 = { timeMs: at(1, 30), values: Float64Array.of(100) };
  const hour0 = { timeMs: at(0, 30), values: Float64Array.of(100) };
  assert.equal(d.step(hour1)!.anomaly, false, '100 is normal for hour 1');
  assert.equal(d.step(hour0)!.anomaly, true, '100 is anomalous for hour 0');
  // Without seasonality the mixed window has a wide spread, so the same 100 at hour 0 passes.
  assert.equal(plain.step(hour0)!.anomaly, false);

  const back = restored(madFactory, d, opts, ['v']);
  assert.throws(() => restored(madFactory, d, { window: 5 }, ['v']), /bytes after its end/, 'state of 24 hourly windows does not read as one window');
  const next = { timeMs: at(0, 31), values: Float64Array.of(10.5) };
  assert.deepEqual(back.step(next), d.step(next));
});
