// Period detection for the seasonal detector (udf/handlers/detectors/period_detection.ts).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPeriod, lagCorrelation, medianStep, periodOfLag, regularGrid, seasonLag, typicalStep } from '../udf/handlers/detectors/period_detection.ts';
import { gaussian, MINUTE, T0 } from './suite_support.ts';

const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function times(n: number, stepMs: number): number[] {
  return Array.from({ length: n }, (_, i) => T0 + i * stepMs);
}

function noisySine(n: number, period: number, seed: number, sd = 0.3): number[] {
  const g = gaussian(seed);
  return Array.from({ length: n }, (_, i) => Math.sin((2 * Math.PI * i) / period + seed) + sd * g());
}

test('lagCorrelation: Pearson correlation of the series with itself k points later', () => {
  const y = [1, 2, 3, 1, 2, 3, 1, 2, 3];
  const r = lagCorrelation(y, 4);
  assert.equal(r[0], 1);
  assert.ok(Math.abs(r[3]! - 1) < 1e-12, 'exactly periodic at lag 3');
  // Lag 1 by hand: segments [1,2,3,1,2,3,1,2] and [2,3,1,2,3,1,2,3], means 15/8 and 17/8;
  // Σ(a−ā)(b−b̄) = Σab − 8·ā·b̄ = 30 − 31.875 = −1.875; Σ(a−ā)² = 33 − 28.125 = 4.875 = Σ(b−b̄)² (41 − 36.125).
  assert.ok(Math.abs(r[1]! - -1.875 / 4.875) < 1e-12, `r1 = ${r[1]}`);
  assert.deepEqual([...lagCorrelation([5, 5, 5, 5], 2)], [1, 0, 0], 'no variance: 0');
});

test('a noisy sine of 24, 50 and 288 points is detected within ±1 lag; period = lag × step', () => {
  for (const [period, n] of [
    [24, 1000],
    [50, 1000],
    [288, 2000],
  ] as const) {
    for (const seed of [1, 2, 3]) {
      const found = detectPeriod(times(n, MINUTE), noisySine(n, period, seed));
      assert.ok(found !== null, `period ${period} seed ${seed}: found`);
      assert.ok(Math.abs(found.lag - period) <= 1, `period ${period} seed ${seed}: lag ${found.lag}`);
      assert.equal(found.stepMs, MINUTE);
      assert.equal(found.periodMs, found.lag * MINUTE, 'minutes are not snapped to an hour');
      assert.ok(found.acf > 0.5, `acf ${found.acf}`);
    }
  }
});

test('pure noise, a random walk, a trend and a constant have no period', () => {
  for (let seed = 1; seed <= 10; seed++) {
    const g = gaussian(seed);
    assert.equal(seasonLag(Array.from({ length: 1000 }, () => g())), null, `white noise ${seed}`);
    let x = 0;
    assert.equal(seasonLag(Array.from({ length: 1000 }, () => (x += g()))), null, `random walk ${seed}`);
  }
  const g = gaussian(99);
  assert.equal(seasonLag(Array.from({ length: 500 }, (_, i) => 0.1 * i + g())), null, 'trend');
  assert.equal(detectPeriod(times(100, MINUTE), new Array<number>(100).fill(7)), null, 'constant');
  assert.equal(seasonLag([1, 2, 1, 2, 1]), null, 'too few points');
});

test('a square wave is detected; 288 five-minute steps snap to exactly one day', () => {
  const g = gaussian(5);
  const square = (period: number, n: number): number[] => Array.from({ length: n }, (_, i) => (i % period < period / 2 ? 10 : 0) + g());
  assert.equal(seasonLag(square(24, 1000))!.lag, 24);
  const daily = detectPeriod(times(1000, 5 * MINUTE), square(288, 1000));
  assert.ok(daily !== null && Math.abs(daily.lag - 288) <= 1, `lag ${daily?.lag}`);
  assert.equal(daily.periodMs, DAY);
});

test('a daily pattern with two humps is a day, not the half day between them', () => {
  const g = gaussian(8);
  const y = Array.from({ length: 24 * 30 }, (_, h) => 0.5 * Math.sin((2 * Math.PI * h) / 24) + Math.sin((2 * Math.PI * h) / 12) + 0.2 * g());
  const found = detectPeriod(times(y.length, HOUR), y);
  assert.ok(found !== null);
  assert.equal(found.lag, 24);
  assert.equal(found.periodMs, DAY);
});

test('periodOfLag snaps to 1h, 1d or 7d within ±lag/8 steps, and only then', () => {
  assert.equal(periodOfLag(23, HOUR), DAY);
  assert.equal(periodOfLag(27, HOUR), DAY);
  assert.equal(periodOfLag(29, HOUR), 29 * HOUR);
  assert.equal(periodOfLag(20, HOUR), 20 * HOUR);
  assert.equal(periodOfLag(11, 5 * MINUTE), HOUR);
  assert.equal(periodOfLag(7, DAY), 7 * DAY);
  assert.equal(periodOfLag(50, MINUTE), 50 * MINUTE);
});

test('medianStep and typicalStep leave gaps out; typicalStep averages one-sided jitter', () => {
  assert.equal(medianStep([0, 60, 120, 1000, 1060, 1121]), 60);
  assert.equal(medianStep([0, 10, 30]), 15);
  assert.ok(Number.isNaN(medianStep([5])));
  const jittered = [0, 62, 124, 186, 241, 303, 365, 427, 482]; // steps 62, 62, 62, 55, 62, 62, 62, 55
  assert.equal(medianStep(jittered), 62);
  assert.equal(typicalStep(jittered), 482 / 8);
  assert.equal(typicalStep([0, 60, 120, 1000, 1060, 1120]), 60, 'the 880 gap is left out');
  assert.equal(detectPeriod([1, 1, 1, 1], [1, 2, 1, 2]), null, 'time does not advance');
});

test('regularGrid puts values on the step grid, interpolating missing ones and keeping the latest slots', () => {
  assert.deepEqual([...regularGrid([0, 10, 40, 52], [1, 2, 8, 9], 10, 100)], [1, 2, 4, 6, 8, 9]);
  assert.deepEqual([...regularGrid([0, 10, 40, 50], [1, 2, 8, 9], 10, 3)], [8, 8, 9], 'trimmed: the oldest slot takes the first known value');
  assert.deepEqual([...regularGrid([0, 40, 50], [1, 8, 9], 10, 2)], [8, 9]);
});

test('missing points do not shorten the season: every 29th point of a 24-point sine dropped', () => {
  const n = 1100;
  const t = times(n, MINUTE);
  const y = noisySine(n, 24, 4);
  const keep = (_: number, i: number): boolean => i % 29 !== 3;
  const found = detectPeriod(t.filter(keep), y.filter(keep));
  assert.ok(found !== null);
  assert.equal(found.lag, 24);
  assert.equal(found.periodMs, 24 * MINUTE);
});
