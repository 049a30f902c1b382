import { test } from 'node:test';
import assert from 'node:assert/strict';
import { zscoreFactory } from '../udf/handlers/detectors/zscore.ts';
import { RollingMoments } from '../udf/handlers/detectors/rolling_moments.ts';
import { BucketedWindows, seasonBucket } from '../udf/handlers/detectors/seasonality.ts';
import { flaggedAt, gaussian, runSeries, sample } from './suite_support.ts';

test('zscore: band mean ± k·std (ddof 1) of the preceding window, |z| > k', () => {
  // [0,0,2,2,1]: mean 1, squared deviations 4 -> variance 1, std 1; k = 2 -> [-1, 3].
  const hist = [0, 0, 2, 2, 1];
  const at = (x: number) => runSeries(zscoreFactory, { window: 5, k: 2 }, [...hist, x])[5]!;
  assert.deepEqual(at(3).bands, [{ lower: -1, upper: 3 }]);
  assert.equal(at(3).score, 0.5);
  assert.equal(at(3).anomaly, false);
  assert.equal(at(4).anomaly, true);
  assert.equal(at(4).score, 0.6); // |z| / k = 1.5
  assert.equal(at(-2).anomaly, true);
  assert.equal(at(1).score, 0);
  assert.deepEqual(runSeries(zscoreFactory, { window: 5 }, hist).every((v) => v === null), true);
});

test('zscore: flags planted spikes in noise and nothing else', () => {
  const noise = gaussian(7);
  const series = Array.from({ length: 400 }, () => 50 + noise());
  series[150] = 50 + 8;
  series[300] = 50 - 9;
  assert.deepEqual(flaggedAt(runSeries(zscoreFactory, { window: 100, k: 4 }, series)), [150, 300]);
});

test('RollingMoments stays accurate on a large offset over many windows', () => {
  const noise = gaussian(3);
  const w = new RollingMoments(50);
  const all: number[] = [];
  for (let i = 0; i < 20_000; i++) {
    const x = 1e9 + noise() * (i < 10_000 ? 1000 : 0.001); // variance drops by 1e12
    all.push(x);
    w.push(x);
  }
  const last = all.slice(-50);
  const mean = last.reduce((a, b) => a + b, 0) / 50;
  const std = Math.sqrt(last.reduce((a, b) => a + (b - mean) ** 2, 0) / 49);
  assert.ok(Math.abs(w.getMean() - mean) < 1e-6);
  assert.ok(Math.abs(w.std() / std - 1) < 1e-3, `std ${w.std()} vs ${std}`);
});

test('seasonBucket: UTC hour of day and day of week (0 = Sunday)', () => {
  const monday10 = Date.UTC(2024, 0, 1, 10, 30);
  assert.equal(seasonBucket(monday10, 'hour'), 10);
  assert.equal(seasonBucket(monday10, 'dow'), 1);
  assert.equal(seasonBucket(monday10, 'none'), 0);
  for (const t of [0, -1, -86_400_001, Date.UTC(1969, 6, 20, 20, 17), Date.UTC(2031, 11, 31, 23, 59)]) {
    assert.equal(seasonBucket(t, 'dow'), new Date(t).getUTCDay());
    assert.equal(seasonBucket(t, 'hour'), new Date(t).getUTCHours());
  }
  const bw = new BucketedWindows('hour', () => ({ n: 0 }));
  bw.at(monday10).n++;
  bw.at(monday10 + 86_400_000).n++; // same hour, next day
  bw.at(monday10 + 3_600_000).n++;
  assert.deepEqual([monday10, monday10 + 3_600_000, monday10 + 7_200_000].map((t) => bw.at(t).n), [2, 1, 0]);
});

test("zscore with seasonality('hour') learns a daily spike that plain zscore flags every day", () => {
  const noise = gaussian(11);
  const HOUR = 3_600_000;
  const series = Array.from({ length: 24 * 11 }, (_, i) => (i % 24 === 12 ? 100 : 0) + noise());
  const dropped = 24 * 10 + 12; // day 10 at noon: the usual 100 is missing
  series[dropped] = 0;
  const seasonal = runSeries(zscoreFactory, { window: 8, k: 5, seasonality: 'hour' }, series, HOUR);
  assert.deepEqual(flaggedAt(seasonal), [dropped]);
  assert.equal(seasonal[24 * 8 - 1], null, 'each hour bucket warms up over 8 days');
  assert.notEqual(seasonal[24 * 8], null);
  // One window over 8 days: each noon is ~4.8 std above the rest; the missing one looks normal.
  const plain = flaggedAt(runSeries(zscoreFactory, { window: 8 * 24, k: 4 }, series, HOUR));
  assert.deepEqual(plain, [8 * 24 + 12, 9 * 24 + 12]);
});

test("zscore with seasonality('dow') keeps one window per weekday", () => {
  const DAY = 86_400_000;
  const d = zscoreFactory.create({ window: 3, seasonality: 'dow' }, ['v']);
  const start = Date.UTC(2024, 0, 1); // Monday
  for (let week = 0; week < 3; week++) {
    for (let day = 0; day < 7; day++) d.step(sample(start + (week * 7 + day) * DAY, day * 10 + week));
  }
  const monday = d.step(sample(start + 21 * DAY, 1))!;
  assert.deepEqual(monday.bands![0]!.lower < 1 && monday.bands![0]!.upper > 1, true);
  const sunday = d.step(sample(start + 27 * DAY, 1))!; // Sunday's window is [60, 61, 62]
  assert.equal(sunday.anomaly, true);
});
