import { test } from 'node:test';
import assert from 'node:assert/strict';
import { levelshiftFactory } from '../udf/handlers/detectors/levelshift.ts';
import { volatilityshiftFactory } from '../udf/handlers/detectors/volatilityshift.ts';
import { flaggedAt, gaussian, runSeries } from './suite_support.ts';

const zigzag = (n: number, base: number): number[] => Array.from({ length: n }, (_, i) => base + (i % 2));

test('levelshift: flags the shift window - 1 points late, once the right window has moved', () => {
  const s = 80; // first point of the new level
  const series = [...zigzag(s, 10), ...zigzag(60, 20)];
  const v = runSeries(levelshiftFactory, { window: 5 }, series);
  // ADTK (centred windows) flags s-2..s+2: there a majority of the 5-point right window is new
  // and of the left window old. Streaming, the same statistic is known window - 1 = 4 points later.
  assert.deepEqual(flaggedAt(v), [s + 2, s + 3, s + 4, s + 5, s + 6]);
  // Medians differ by 9 or 10 (zigzag parity) against a cut-off of 1; one window before and
  // after, by exactly the cut-off (score 0.5, not anomalous).
  assert.deepEqual(v.slice(s + 1, s + 8).map((r) => r!.score), [0.5, 0.9, 10 / 11, 0.9, 10 / 11, 0.9, 0.5]);
  assert.equal(v[s + 4]!.bands, undefined);
});

test('levelshift: warm-up is two windows, then 20 differences; side picks the direction', () => {
  const v = runSeries(levelshiftFactory, { window: 5 }, zigzag(40, 10));
  assert.equal(v[28], null);
  assert.notEqual(v[29], null); // differences from index 9 on; the 21st is judged
  const upDown = [...zigzag(60, 10), ...zigzag(30, 20), ...zigzag(30, 10)];
  const up = flaggedAt(runSeries(levelshiftFactory, { window: 5, side: 'positive' }, upDown));
  const down = flaggedAt(runSeries(levelshiftFactory, { window: 5, side: 'negative' }, upDown));
  assert.ok(up.length > 0 && up.every((i) => i > 60 && i < 70), `up ${up}`);
  assert.ok(down.length > 0 && down.every((i) => i > 90 && i < 100), `down ${down}`);
});

test('volatilityshift: the ratio of two adjacent windows\u2019 std, with side', () => {
  const noise = gaussian(5);
  const calm = 200;
  const loudEnd = 260;
  const series = Array.from({ length: 360 }, (_, i) => 10 + noise() * (i >= calm && i < loudEnd ? 6 : 1));
  const opts = { window: 10, c: 6 };
  const both = flaggedAt(runSeries(volatilityshiftFactory, opts, series));
  const up = flaggedAt(runSeries(volatilityshiftFactory, { ...opts, side: 'positive' }, series));
  assert.ok(up.length > 0 && up.every((i) => i >= calm && i < calm + 20), `up ${up}`);
  // ADTK's ratio is relative to the left window, so a drop scores |v| < 1 and stays under a
  // cut-off of Q3 + 6·IQR: only a small c lets side 'negative' see the volatility fall.
  assert.deepEqual(flaggedAt(runSeries(volatilityshiftFactory, { ...opts, side: 'negative' }, series)), []);
  assert.deepEqual(both, up);
  const down = flaggedAt(runSeries(volatilityshiftFactory, { window: 10, c: 1, side: 'negative' }, series));
  assert.ok(down.filter((i) => i >= loudEnd && i < loudEnd + 20).length >= 3, `down ${down}`);
});

test('volatilityshift: a flat left window under a moving right one is maximally anomalous', () => {
  const noise = gaussian(9);
  const series = [...Array.from({ length: 60 }, () => noise()), ...Array(19).fill(0), 5];
  const v = runSeries(volatilityshiftFactory, { window: 10 }, series);
  const last = v[v.length - 1]!;
  assert.equal(last.anomaly, true);
  assert.equal(last.score, 1);
});
