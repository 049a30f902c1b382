import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phaseBucket, seasonalFactory, type SeasonalDetector } from '../udf/handlers/detectors/seasonal.ts';
import type { Detector } from '../udf/handlers/detectors/types.ts';
import { restored, stateBytes } from './helpers/detector_state.ts';
import { iqrFactory } from '../udf/handlers/detectors/iqr.ts';
import { feed, flaggedAt, gaussian, MINUTE, runSeries, sample, T0 } from './suite_support.ts';

const NS_PER_MS = 1e6;
const HOUR = 60 * MINUTE;

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
  // Period 1d with the default 24 buckets: hourly points of an hour-of-day pattern.
  const hourly = Array.from({ length: 24 * 6 }, (_, i) => 100 * (i % 24) + (i % 3));
  hourly[24 * 5 + 7] += 50;
  const d = seasonalFactory.create({ period: 86_400e9 }, ['v']);
  const flagged = hourly.map((x, i) => d.step({ timeMs: T0 + i * 3_600_000, values: Float64Array.of(x) })).flatMap((r, i) => (r?.anomaly ? [i] : []));
  assert.deepEqual(flagged, [24 * 5 + 7]);
});

/** A sine of `period` points (amplitude 10) with N(0, 0.3) noise. */
function sine(n: number, period: number, seed: number): number[] {
  const noise = gaussian(seed);
  return Array.from({ length: n }, (_, i) => 10 * Math.sin((2 * Math.PI * i) / period) + 0.3 * noise());
}

/** The seasonal detector behind the Detector interface, for its inspection methods. */
function seasonalOf(d: Detector): SeasonalDetector {
  return d as SeasonalDetector;
}

test('seasonal without .period(): detects the period from the first `detect` points, then flags a dip iqr misses', () => {
  const period = 24;
  const series = sine(period * 60, period, 21);
  const dip = period * 50 + 5; // near the top of the wave: ~9.7 − 6 is well inside its range
  series[dip] = series[dip]! - 6;
  const d = seasonalFactory.create({}, ['value']);
  const v = series.map((x, i) => d.step(sample(T0 + i * MINUTE, x)));
  assert.ok(v.slice(0, 1000).every((r) => r === null), 'no verdict while detecting (default detect = 1000)');
  assert.notEqual(v[1000], null, 'the replayed detection points filled the profile: judged at once');
  assert.deepEqual(flaggedAt(v), [dip]);
  assert.deepEqual(seasonalOf(d).season(0), { periodMs: period * MINUTE, buckets: period, anchorMs: T0 - MINUTE / 2 });
  assert.equal(seasonalOf(d).pendingPoints(0), null);
  assert.ok(!runSeries(iqrFactory, { window: period }, series)[dip]!.anomaly);
});

test('seasonal without .period(): no significant period means no verdicts, visible in the state', () => {
  const noise = gaussian(4);
  const series = Array.from({ length: 400 }, () => noise());
  const d = seasonalFactory.create({ detect: 300 }, ['value']);
  const v = series.map((x, i) => d.step(sample(T0 + i * MINUTE, x)));
  assert.ok(v.every((r) => r === null));
  assert.equal(seasonalOf(d).season(0), null);
  assert.equal(seasonalOf(d).pendingPoints(0), null);
  const mid = seasonalFactory.create({ detect: 300 }, ['value']);
  series.slice(0, 5).forEach((x, i) => mid.step(sample(T0 + i * MINUTE, x)));
  assert.equal(seasonalOf(mid).pendingPoints(0), 5);
});

test('seasonal without .period(): jittered hourly points snap to 1d and stay in their hour bucket', () => {
  const noise = gaussian(9);
  const n = 24 * 60;
  const jitter = (i: number): number => (((i * 7919) % 7) - 3) * MINUTE; // −3 .. +3 minutes
  // An hour-of-day staircase: a point judged in its neighbour's bucket would be 100 off.
  const series = Array.from({ length: n }, (_, i) => 100 * (i % 24) + noise());
  const dip = 24 * 50 + 6;
  series[dip] = series[dip]! - 50;
  const d = seasonalFactory.create({}, ['value']);
  const v = series.map((x, i) => d.step(sample(T0 + i * HOUR + jitter(i), x)));
  assert.equal(seasonalOf(d).season(0)!.periodMs, 24 * HOUR);
  assert.equal(seasonalOf(d).season(0)!.buckets, 24);
  assert.deepEqual(flaggedAt(v), [dip]);
});

test('seasonal without .period(): state round-trips exactly before, at and after detection', () => {
  // Field a: a 24-point season with dips; field b: noise (no period). Missing values in both.
  const na = gaussian(31);
  const nb = gaussian(32);
  const samples = Array.from({ length: 600 }, (_, i) => {
    let a = 10 * Math.sin((2 * Math.PI * i) / 24) + 0.3 * na();
    if (i % 97 === 50) a -= 8;
    if (i % 29 === 3) a = NaN;
    const b = i % 13 === 7 ? NaN : nb();
    return sample(T0 + i * MINUTE, a, b);
  });
  const opts = { detect: 200, window: 8, history: 50 };
  const fields = ['a', 'b'];
  for (const split of [0, 60, 205, 211, 450]) {
    const original = seasonalFactory.create(opts, fields);
    feed(original, samples.slice(0, split));
    const back = restored(seasonalFactory, original, opts, fields);
    const a = feed(original, samples.slice(split));
    const b = feed(back, samples.slice(split));
    assert.deepEqual(b, a, `verdicts after a restore at ${split}`);
    assert.deepEqual(stateBytes(back), stateBytes(original));
    assert.ok(a.some((r) => r?.anomaly), 'the series exercises anomalies');
  }
  // Field a has its 200 points at sample 206 (7 missing before it), field b at 216 (16 missing).
  const d = seasonalFactory.create(opts, fields);
  feed(d, samples.slice(0, 211));
  assert.equal(seasonalOf(d).season(0)!.periodMs, 24 * MINUTE);
  assert.equal(seasonalOf(d).pendingPoints(1), 211 - 16);
  feed(d, samples.slice(211));
  assert.equal(seasonalOf(d).season(1), null);
  assert.equal(seasonalOf(d).pendingPoints(1), null);
});

test('seasonal: detect is validated, and a state is refused across given and detected periods', () => {
  assert.throws(() => seasonalFactory.validate({ detect: 5 }, ['v']), { message: 'detect must be an integer in [20, 10000], got 5' });
  // Version-1 JSON states name the options that shaped them.
  const given = { detector: 'seasonal', config: { periodMs: 3_600_000, buckets: 24, window: 100, history: 200 }, fields: [{ profiles: new Array(24).fill(null), history: [] }] };
  assert.throws(() => seasonalFactory.restoreLegacy(given, {}, ['v']), /saved with periodMs=3600000, options say detect/);
  const detected = { detector: 'seasonal', config: { periodMs: 'detect', detect: 1000, buckets: 'auto', window: 100, history: 200 }, fields: [{ profiles: [], history: [], season: null, pending: { times: [T0], values: [1] } }] };
  assert.throws(() => seasonalFactory.restoreLegacy(detected, { period: 3_600e9 }, ['v']), /saved with periodMs=detect, options say 3600000/);
  assert.throws(() => seasonalFactory.restoreLegacy(detected, { detect: 500 }, ['v']), /saved with detect=1000, options say 500/);
  const broken = structuredClone(detected);
  broken.fields[0]!.pending!.values.push(2);
  assert.throws(() => seasonalFactory.restoreLegacy(broken, {}, ['v']), /invalid pending detection points/);
  // Saved state: collected points beyond what `detect` allows are refused.
  const mid = seasonalFactory.create({ detect: 30 }, ['v']);
  for (let i = 0; i < 25; i++) mid.step(sample(T0 + i * MINUTE, i));
  assert.throws(() => restored(seasonalFactory, mid, { detect: 20 }, ['v']), /the points collected by the seasonal state of field 'v' is 25, more than the 19 the options allow/);
});
