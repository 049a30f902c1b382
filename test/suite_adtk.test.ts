// Agreement with ADTK 0.6.2 on a fixed series with planted anomalies
// (test/fixtures/adtk_suite.json, written by scripts/fixtures/adtk_suite.py,
// where ADTK's detectors are applied causally). Flags must agree exactly: both
// sides compute the same order statistics and ratios, and the only numeric
// differences (numpy's two-sided lerp for quantiles, pandas' rolling std) are
// a few ulps, which cannot flip a flag unless a value sits within ulps of a
// bound (none does here). Bounds are compared to 1e-9 relative.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Options } from '../udf/handlers/detectors/types.ts';
import type { DetectorFactory } from '../udf/handlers/detectors/factory.ts';
import { iqrFactory } from '../udf/handlers/detectors/iqr.ts';
import { quantileFactory } from '../udf/handlers/detectors/quantile.ts';
import { persistFactory } from '../udf/handlers/detectors/persist.ts';
import { levelshiftFactory } from '../udf/handlers/detectors/levelshift.ts';
import { volatilityshiftFactory } from '../udf/handlers/detectors/volatilityshift.ts';
import { MIN_HISTORY } from '../udf/handlers/detectors/abs_iqr_rule.ts';
import { sample } from './suite_support.ts';

interface AdtkCase {
  detector: string;
  options: Options;
  lag: number;
  lower?: (number | null)[];
  upper?: (number | null)[];
  flags: (0 | 1 | null)[];
}

interface AdtkFixture {
  startMs: number;
  stepMs: number;
  values: number[];
  cases: AdtkCase[];
}

const fixture = JSON.parse(readFileSync(new URL('./fixtures/adtk_suite.json', import.meta.url), 'utf8')) as AdtkFixture;
const FACTORIES: Record<string, DetectorFactory> = {
  iqr: iqrFactory,
  quantile: quantileFactory,
  persist: persistFactory,
  levelshift: levelshiftFactory,
  volatilityshift: volatilityshiftFactory,
};

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

for (const c of fixture.cases) {
  test(`${c.detector} ${JSON.stringify(c.options)} flags agree with causal ADTK`, () => {
    const factory = FACTORIES[c.detector]!;
    const d = factory.create(c.options, ['value']);
    const verdicts = fixture.values.map((x, i) => d.step(sample(fixture.startMs + i * fixture.stepMs, x)));
    let compared = 0;
    let agree = 0;
    let adtkAnomalies = 0;
    const disagreements: number[] = [];
    for (let t = 0; t < c.flags.length; t++) {
      const ref = c.flags[t];
      const v = verdicts[t + c.lag];
      if (ref === null || ref === undefined || !v) continue;
      compared++;
      adtkAnomalies += ref;
      if (v.anomaly === (ref === 1)) agree++;
      else disagreements.push(t);
      if (c.lower && c.upper) {
        const band = v.bands![0]!;
        assert.ok(close(band.lower, c.lower[t]!) && close(band.upper, c.upper[t]!), `band at ${t}: ${JSON.stringify(band)} vs [${c.lower[t]}, ${c.upper[t]}]`);
      }
    }
    // Only our warm-up may be skipped: the window, plus MIN_HISTORY statistics for the history rule.
    const window = c.options.window as number;
    const warmup = c.lower ? window : (c.detector === 'persist' ? window : 2 * window - 1) + MIN_HISTORY;
    assert.equal(compared, fixture.values.length - warmup, 'points compared');
    assert.ok(adtkAnomalies > 0, 'the fixture plants anomalies this case sees');
    assert.deepEqual(disagreements, [], `${agree}/${compared} agree`);
  });
}
