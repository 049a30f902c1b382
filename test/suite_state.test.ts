// Every suite detector: save() -> restore() continues exactly as the
// original (identical verdicts and identical final state), and options are
// validated with messages that name the option.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Options, Sample } from '../udf/handlers/detectors/types.ts';
import type { DetectorFactory } from '../udf/handlers/detectors/factory.ts';
import { iqrFactory } from '../udf/handlers/detectors/iqr.ts';
import { quantileFactory } from '../udf/handlers/detectors/quantile.ts';
import { zscoreFactory } from '../udf/handlers/detectors/zscore.ts';
import { persistFactory } from '../udf/handlers/detectors/persist.ts';
import { levelshiftFactory } from '../udf/handlers/detectors/levelshift.ts';
import { volatilityshiftFactory } from '../udf/handlers/detectors/volatilityshift.ts';
import { seasonalFactory } from '../udf/handlers/detectors/seasonal.ts';
import { OPTION_SPECS } from '../udf/handlers/options.ts';
import { restored, stateBytes } from './helpers/detector_state.ts';
import { feed, gaussian, MINUTE, sample, T0 } from './suite_support.ts';

const CASES: [DetectorFactory, Options][] = [
  [iqrFactory, { window: 20 }],
  [quantileFactory, { window: 20, low: 0.05, high: 0.95 }],
  [zscoreFactory, { window: 20 }],
  [zscoreFactory, { window: 5, seasonality: 'hour' }],
  [persistFactory, { window: 3, history: 30 }],
  [levelshiftFactory, { window: 5, history: 30 }],
  [volatilityshiftFactory, { window: 7, history: 30 }],
  [seasonalFactory, { period: 60 * MINUTE * 1e6, buckets: 12, window: 4, history: 30 }],
];

/** Two fields with level shifts, spikes, volatility changes and missing values; 10-minute steps. */
function samples(n: number): Sample[] {
  const a = gaussian(1);
  const b = gaussian(2);
  return Array.from({ length: n }, (_, i) => {
    let x = 20 + a() * (i > 250 && i < 300 ? 5 : 1) + (i > 150 ? 8 : 0);
    const y = i % 17 === 3 ? NaN : 1e6 + 50 * Math.sin(i / 9) + b() * 3 + (i === 200 ? 400 : 0);
    if (i % 23 === 5) x = NaN;
    return sample(T0 + i * 10 * MINUTE, x, y);
  });
}

for (const [factory, options] of CASES) {
  test(`${factory.name} ${JSON.stringify(options)}: state round-trips exactly through its snapshot bytes`, () => {
    const all = samples(400);
    const fields = ['x', 'y'];
    for (const split of [7, 60, 233]) {
      const original = factory.create(options, fields);
      feed(original, all.slice(0, split));
      const back = restored(factory, original, options, fields);
      const a = feed(original, all.slice(split));
      const b = feed(back, all.slice(split));
      assert.deepEqual(b, a, `verdicts after a restore at ${split}`);
      assert.deepEqual(stateBytes(back), stateBytes(original));
      assert.ok(a.some((v) => v?.anomaly), 'the series exercises anomalies');
    }
  });
}

test('a version-1 state saved under a different window or for another detector is refused', () => {
  const legacy = { detector: 'iqr', config: { window: 10 }, fields: [[1, 2, 3]] };
  assert.throws(() => iqrFactory.restoreLegacy(legacy, { window: 20 }, ['x']), /iqr state was saved with window=10, options say 20/);
  assert.throws(() => zscoreFactory.restoreLegacy(legacy, { window: 10 }, ['x']), /not a zscore detector state/);
  assert.throws(() => iqrFactory.restoreLegacy(legacy, { window: 10 }, ['x', 'y']), /1 fields, options name 2/);
});

test('saved state that does not fit the options is refused in words', () => {
  const d = iqrFactory.create({ window: 10 }, ['x']);
  for (let i = 0; i < 10; i++) d.step({ timeMs: i, values: Float64Array.of(i) });
  assert.throws(() => restored(iqrFactory, d, { window: 5 }, ['x']), /the size of the iqr state of field 'x' is 10, more than the 5 the options allow/);
  assert.throws(() => restored(iqrFactory, d, { window: 10 }, ['x', 'y']), /the snapshot ends inside the head of the iqr state of field 'y'/);
  const bytes = stateBytes(d);
  bytes[bytes.length - 1] = 0; // the sort order no longer matches the values
  assert.throws(() => restored(iqrFactory, bytes, { window: 10 }, ['x']), /a sort order that does not match its values/);
});

test('validate names the option and what it expects', () => {
  const f = ['x'];
  const cases: [DetectorFactory, Options, string][] = [
    [iqrFactory, { window: 1 }, 'window must be an integer in [3, 1000000], got 1'],
    [iqrFactory, { c: -1 }, 'c must be a number > 0, got -1'],
    [quantileFactory, { low: 0.9, high: 0.1 }, 'low must be below high, got low=0.9 high=0.1'],
    [quantileFactory, { high: 1.5 }, 'high must be a number in [0, 1], got 1.5'],
    [zscoreFactory, { k: 0 }, 'k must be a number > 0, got 0'],
    [zscoreFactory, { seasonality: 'month' }, "seasonality must be one of 'none', 'hour', 'dow', got 'month'"],
    [persistFactory, { side: 'up' }, "side must be one of 'both', 'positive', 'negative', got 'up'"],
    [persistFactory, { history: 5 }, 'history must be an integer in [10, 1000000], got 5'],
    [levelshiftFactory, { window: 2.5 }, 'window must be an integer in [1, 1000000], got 2.5'],
    [volatilityshiftFactory, { window: 1 }, 'window must be an integer in [2, 1000000], got 1'],
    [seasonalFactory, { period: 0 }, 'period must be a duration > 0, got 0'],
    [seasonalFactory, { buckets: 0 }, 'buckets must be an integer in [1, 100000], got 0'],
  ];
  for (const [factory, options, message] of cases) {
    assert.throws(() => factory.validate(options, f), { message }, `${factory.name} ${JSON.stringify(options)}`);
  }
  for (const [factory] of CASES) {
    assert.doesNotThrow(() => factory.validate({}, f), `${factory.name} defaults are valid`);
    assert.throws(() => factory.validate({}, []), /field/);
    for (const name of factory.options) assert.ok(name in OPTION_SPECS, `${name} is declared in options.ts`);
  }
});
