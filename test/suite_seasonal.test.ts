import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phaseBucket, seasonalFactory } from '../udf/handlers/detectors/seasonal.ts';
import { iqrFactory } from '../udf/handlers/detectors/iqr.ts';
import { flaggedAt, gaussian, MINUTE, runSeries, T0 } from './suite_support.ts';

const NS_PER_MS = 1e6;

test('phaseBucket: period and buckets slice UTC time (1d / 24 = hour of day)', () => {
  const day = 86_400_000;
  const t = Date.UTC(2024, 4, 17, 13, 45);
  assert.equal(phaseBucket(t, day, 24), 13);
  assert.equal(phaseBucket(t, 3_600_000, 60), 45); // 1h / 60 = minute of hour
  assert.equal(phaseBucket(t, day, 1), 0);
  assert.equal(phaseBucket(-1, day, 24), 23);
});

test('seasonal: a spike inside the seasonal range is flagged against its phase profile', () => {
  // One point a minute, period 24 minutes, one bucket per minute: a sine of amplitude 10.
  const noise = gaussian(21);
  const period = 24;
  const series = Array.from({ length: period * 12 }, (_, i) => 10 * Math.sin((2 * Math.PI * i) / period) + 0.3 * noise());
  const spike = period * 8 + 5; // phase 5 is near the top (~9.7): 9.7 - 6 is well inside the wave
  series[spike] = series[spike]! - 6;
  const opts = { period: period * MINUTE * NS_PER_MS, buckets: period, window: 10 };
  const v = runSeries(seasonalFactory, opts, series);
  assert.deepEqual(flaggedAt(v), [spike]);
  const band = v[spike]!.bands![0]!;
  assert.ok(band.lower > series[spike]! && band.lower < 10, `band ${JSON.stringify(band)}`);
  // A rolling IQR over one period does not see it: the value is within the wave's range.
  assert.ok(!runSeries(iqrFactory, { window: period }, series)[spike]!.anomaly);
});

test('seasonal: warm-up is 3 values per phase, then 20 residuals; side and defaults', () => {
  const series = Array.from({ length: 24 * 6 }, (_, i) => (i % 24) + (i % 2) * 0.5);
  const opts = { period: 24 * MINUTE * NS_PER_MS, buckets: 24 };
  const v = runSeries(seasonalFactory, opts, series);
  assert.ok(v.slice(0, 72 + 20).every((r) => r === null));
  assert.notEqual(v[72 + 20], null);
  const up = [...series];
  up[24 * 5 + 3] = 30;
  assert.deepEqual(flaggedAt(runSeries(seasonalFactory, { ...opts, side: 'negative' }, up)), []);
  assert.deepEqual(flaggedAt(runSeries(seasonalFactory, { ...opts, side: 'positive' }, up)), [24 * 5 + 3]);
  // Default period 1d with 24 hourly buckets: hourly points of an hour-of-day pattern.
  const hourly = Array.from({ length: 24 * 6 }, (_, i) => 100 * (i % 24) + (i % 3));
  hourly[24 * 5 + 7] += 50;
  const d = seasonalFactory.create({}, ['v']);
  const flagged = hourly.map((x, i) => d.step({ timeMs: T0 + i * 3_600_000, values: Float64Array.of(x) })).flatMap((r, i) => (r?.anomaly ? [i] : []));
  assert.deepEqual(flagged, [24 * 5 + 7]);
});
