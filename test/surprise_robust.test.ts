// The isolation and step features of the surprise detector (robust_changes.ts): each answers to its own kind of
// incident and hardly to the others, in units of the field's noise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FEATURE_COUNT, FieldFeatures, ISOLATION_FEATURE } from '../udf/handlers/detectors/surprise/field_features.ts';
import { ISOLATION_HALF } from '../udf/handlers/detectors/surprise/robust_changes.ts';
import { uniform } from './helpers/random_stream.ts';

const STEP_FEATURE = ISOLATION_FEATURE + 1;

function gaussian(seed: number): () => number {
  const rnd = uniform(seed);
  return () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
}

/** Per point, the isolation and step features of xs (no seasonal reference). */
function features(xs: readonly number[]): { isolation: number[]; step: number[] } {
  const f = new FieldFeatures(0);
  const out = new Float64Array(FEATURE_COUNT);
  const isolation: number[] = [];
  const step: number[] = [];
  xs.forEach((x, i) => {
    f.step(i * 1000, x, out);
    isolation.push(out[ISOLATION_FEATURE]!);
    step.push(out[STEP_FEATURE]!);
  });
  return { isolation, step };
}

const largest = (a: readonly number[], from: number, to: number): number => Math.max(...a.slice(from, to).map(Math.abs));

test('isolation: a spike of two points stands out by about its size in noise units; its judgement comes ISOLATION_HALF + 1 points later', () => {
  for (const seed of [1, 2, 3]) {
    const g = gaussian(seed);
    const xs = Array.from({ length: 1000 }, () => 20 + 0.5 * g());
    xs[600] = xs[600]! + 5; // 10 noise units
    xs[601] = xs[601]! + 5;
    const { isolation } = features(xs);
    const judged = 600 + ISOLATION_HALF + 1;
    assert.ok(isolation[judged]! > 6, `seed ${seed}: isolation ${isolation[judged]} at the spike`);
    assert.ok(largest(isolation, 100, 590) < 4, `seed ${seed}: noise alone stays below 4 noise units`);
    assert.ok(Number.isNaN(isolation[62]!) && Number.isFinite(isolation[64]!), 'judged once the window is full');
  }
});

test('isolation: neither a level shift nor a burst of noise stands out; step: a level shift does, a spike and a burst do not', () => {
  for (const seed of [4, 5, 6]) {
    const g = gaussian(seed);
    // Noise of sd 1; a level shift of 10 at 400; a burst of six times the noise from 700 to 800; a spike at 900.
    const xs = Array.from({ length: 1000 }, (_, i) => (i >= 400 ? 10 : 0) + (i >= 700 && i < 800 ? 6 : 1) * g());
    xs[900] = xs[900]! + 10;
    const { isolation, step } = features(xs);
    assert.ok(largest(isolation, 390, 430) < 3, `seed ${seed}: the level shift is no isolated value`);
    // The burst's values reach 18 noise units and more; in units of their own spread they stay far below that.
    assert.ok(largest(isolation, 700, 810) < 6, `seed ${seed}: nor is the burst`);
    assert.ok(largest(step, 405, 425) > 5.5, `seed ${seed}: the step of the shift is most of its size`);
    assert.ok(largest(step, 700, 820) < 2, `seed ${seed}: the burst moves no median far against its own spread`);
    assert.ok(largest(step, 890, 940) < 2.5, `seed ${seed}: a spike moves no median`);
    assert.ok(largest(isolation, 905, 915) > 7, `seed ${seed}: but it is isolated`);
  }
});

test('isolation and step: a field stuck on one value, and values on a coarse grid, give finite features, no division by zero', () => {
  const g = gaussian(8);
  const xs = Array.from({ length: 900 }, (_, i) => (i >= 300 && i < 600 ? 7 : Math.round(7 + 2 * g())));
  const { isolation, step } = features(xs);
  for (let i = 64; i < xs.length; i++) {
    assert.ok(Number.isFinite(isolation[i]!) && Number.isFinite(step[i]!), `point ${i}: ${isolation[i]}, ${step[i]}`);
  }
  assert.equal(largest(isolation, 400, 600), 0, 'stuck: nothing is isolated');
  assert.equal(largest(step, 400, 600), 0, 'stuck: no step');
  assert.ok(largest(isolation, 590, 640) < 5 && largest(step, 590, 640) < 5, 'the end of the stuck stretch is measured in the noise its moving values showed');
});
