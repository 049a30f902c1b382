// The surprise detector's tail sketch: exact ranks beyond the k-th extreme, an exponential tail beyond the
// most extreme, epochs that forget, and no infinite rarity from rounding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TAIL_K, TailSketches } from '../udf/handlers/detectors/surprise/tail_sketch.ts';

function learnAll(t: TailSketches, values: number[]): void {
  for (const v of values) t.learn(0, Math.fround(v));
}

test('tail sketch: inside the k-th extreme the probability is the floor k + 1 over n + 1; short memories count ranks', () => {
  const t = new TailSketches([1], 1_000_000);
  const values = Array.from({ length: 1000 }, (_, i) => i); // 0..999
  learnAll(t, values);
  const n = values.length;
  assert.equal(t.tailProbability(0, 500, 0), (TAIL_K + 1) / (n + 1));
  assert.equal(t.tailProbability(0, 990, 0), (TAIL_K + 1) / (n + 1)); // the k-th itself
  // Fewer than 2k values: plain ranks, (values at or beyond x + 1)/(n + 1).
  const short = new TailSketches([1], 1_000_000);
  learnAll(short, [1, 2, 3, 4, 5]);
  assert.equal(short.tailProbability(0, 5, 0), 2 / 6);
  assert.equal(short.tailProbability(0, 9, 0), 1 / 6);
});

test('tail sketch: beyond the k-th extreme, the predictive tail of an exponential fitted to the k extremes', () => {
  const t = new TailSketches([1], 1_000_000);
  learnAll(t, Array.from({ length: 1000 }, (_, i) => i));
  const n = 1000;
  // Top k = 999..990: u = 990, mean excess m = (9 + 8 + ... + 0)/10 = 4.5; Lomax tail (1 + (x − u)/(k·m))^−k.
  const lomax = (excess: number): number => (TAIL_K / (n + 1)) * (1 + excess / (TAIL_K * 4.5)) ** -TAIL_K;
  const at = (x: number): number => lomax(x - 990);
  for (const x of [995, 1000, 1010, 1100]) assert.ok(Math.abs(t.tailProbability(0, x, 0) / at(x) - 1) < 1e-12, `x=${x}`);
  // Monotone: further out is rarer.
  assert.ok(t.tailProbability(0, 1100, 0) < t.tailProbability(0, 1010, 0));
  // Heavier than the fitted exponential far out, lighter than nothing: still rare.
  assert.ok(t.tailProbability(0, 1100, 0) > (TAIL_K / (n + 1)) * Math.exp(-110 / 4.5));
  assert.ok(t.tailProbability(0, 1100, 0) < 1e-7);
  // The lower side mirrors it.
  assert.ok(Math.abs(t.tailProbability(0, -10, 0) / lomax(9 + 10) - 1) < 1e-12);
});

test('tail sketch: the value where the tail probability reaches p inverts it', () => {
  const t = new TailSketches([1], 1_000_000);
  learnAll(t, Array.from({ length: 1000 }, (_, i) => i * 0.5));
  const p = 1e-6;
  const upper = t.quantileAt(0, p, 1, 0);
  const lower = t.quantileAt(0, p, -1, 0);
  assert.ok(upper > 499.5 && lower < 0);
  assert.ok(Math.abs(t.tailProbability(0, upper, 0) / p - 1) < 1e-9);
  assert.ok(Math.abs(t.tailProbability(0, lower, 0) / p - 1) < 1e-9);
  assert.ok(Number.isNaN(new TailSketches([1], 100).quantileAt(0, p, 1, 0)), 'no memory, no band');
});

test('tail sketch: the memory is one to two epochs; an old extreme is forgotten', () => {
  const epoch = 200;
  const t = new TailSketches([1], epoch);
  learnAll(t, [1000]); // an extreme in the first epoch
  learnAll(t, Array.from({ length: epoch - 1 }, (_, i) => i % 10));
  assert.equal(t.count(0), epoch);
  // Still remembered during the second epoch: 1000 is the one value beyond the others' range, rare but seen.
  learnAll(t, Array.from({ length: epoch - 1 }, (_, i) => i % 10));
  assert.ok(t.tailProbability(0, 1000, 0) > 1e-8, `${t.tailProbability(0, 1000, 0)}`);
  // The third epoch starts: the first one, with its extreme, is gone.
  learnAll(t, [5, 5]);
  assert.ok(t.count(0) <= 2 * epoch);
  assert.ok(t.tailProbability(0, 1000, 0) < 1e-20, 'an extreme the memory no longer holds is rare again');
});

test('tail sketch: equal extremes do not make a rounding-sized step infinitely rare', () => {
  const t = new TailSketches([1], 1_000_000);
  learnAll(t, Array.from({ length: 500 }, () => 0.1));
  const x = 0.1 * (1 + 1e-7);
  // Without a resolution, k equal extremes give a zero-width tail.
  assert.ok(t.tailProbability(0, Math.fround(x), 0) < 1e-100);
  // With a resolution of 1e-6 of the magnitude, the step is ordinary.
  assert.ok(t.tailProbability(0, Math.fround(x), 1e-6 * 0.1) > 1e-3);
  // And the constant itself is never surprising.
  assert.equal(t.tailProbability(0, Math.fround(0.1), 1e-7), (TAIL_K + 1) / 501);
});

test('tail sketch: its state restores an identical sketch, and malformed state is refused', () => {
  const a = new TailSketches([1, 4, 16], 300);
  for (let i = 0; i < 700; i++) for (let f = 0; f < 3; f++) a.learn(f, Math.fround(Math.sin(i * (f + 1)) * 10));
  const s = a.state();
  const b = new TailSketches([1, 4, 16], 300, { values: Float32Array.from(s.values), counts: Float64Array.from(s.counts) });
  for (const x of [-20, -9.9, 0, 9.95, 15]) for (let f = 0; f < 3; f++) assert.equal(b.tailProbability(f, x, 1e-6), a.tailProbability(f, x, 1e-6));
  assert.throws(() => new TailSketches([1, 4], 300, s), /feature count/);
  const bad = Float64Array.from(s.counts);
  bad[0] = 1e9;
  assert.throws(() => new TailSketches([1, 4, 16], 300, { values: s.values, counts: bad }), /invalid count/);
});

test('tail sketch: extremes of a feature within its run of each other count as one excursion', () => {
  const run = 64;
  const plain = new TailSketches([1], 1_000_000);
  const declustered = new TailSketches([run], 1_000_000);
  const values = Array.from({ length: 5000 }, (_, i) => Math.sin(i) % 1); // noise-like, in [-1, 1]
  // One burst of 30 consecutive large values, after the first k·run values.
  for (let i = 3000; i < 3030; i++) values[i] = 10 + (i % 7);
  for (const v of values) {
    plain.learn(0, Math.fround(v));
    declustered.learn(0, Math.fround(v));
  }
  // Plainly, the burst fills all k places: 12 is about as rare as its rank among them.
  assert.ok(plain.tailProbability(0, 12, 0) > 3 / 5001);
  // Declustered, the burst is one excursion (its 16), the other places hold the noise's extremes: a second
  // burst like it is rare again.
  const p = declustered.tailProbability(0, 12, 0);
  assert.ok(p < plain.tailProbability(0, 12, 0) / 50, `${p}`);
  assert.ok(p < 1e-4, `${p}`);
});
