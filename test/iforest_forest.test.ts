// The isolation forest core on hand-computed cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anomalyScore, meanPathLength, trainForest, withScoringTables } from '../udf/handlers/detectors/iforest/forest.ts';
import type { Forest } from '../udf/handlers/detectors/iforest/forest.ts';
import { averagePathLength, averagePathTable, heightLimit, scoreFromPathLength } from '../udf/handlers/detectors/iforest/path_length.ts';
import { createRng } from '../udf/handlers/detectors/iforest/prng.ts';
import { forestFromJson, forestToJson } from '../udf/handlers/detectors/iforest/serialize.ts';

function gaussianRows(seed: number, rows: number, cols: number): Float64Array {
  const rng = createRng(seed);
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < out.length; i++) {
    const u = 1 - rng.next();
    out[i] = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
  }
  return out;
}

test('c(n) matches the closed form computed by hand', () => {
  assert.equal(averagePathLength(0), 0);
  assert.equal(averagePathLength(1), 0);
  assert.equal(averagePathLength(2), 1);
  // 2(ln 2 + 0.5772156649) − 4/3
  assert.ok(Math.abs(averagePathLength(3) - 1.207392357586557) < 1e-12);
  assert.ok(Math.abs(averagePathLength(10) - 3.7488804844724397) < 1e-12);
  assert.ok(Math.abs(averagePathLength(256) - 10.244770920116851) < 1e-12);
  const table = averagePathTable(4);
  assert.deepEqual(Array.from(table), [0, 0, 1, averagePathLength(3), averagePathLength(4)]);
});

test('height limit is ceil(log2 psi)', () => {
  assert.equal(heightLimit(1), 0);
  assert.equal(heightLimit(2), 1);
  assert.equal(heightLimit(3), 2);
  assert.equal(heightLimit(256), 8);
  assert.equal(heightLimit(257), 9);
  assert.equal(heightLimit(1000), 10);
});

test('score is 2^(−E[h]/c(psi)): 0.5 at E[h] = c(psi), 1 at 0', () => {
  assert.equal(scoreFromPathLength(averagePathLength(256), 256), 0.5);
  assert.equal(scoreFromPathLength(0, 256), 1);
  assert.equal(scoreFromPathLength(2 * averagePathLength(256), 256), 0.25);
});

test('path length is depth + c(leaf size) on a hand-built tree', () => {
  // Root splits feature 0 at 0.5; left leaf holds 3 training points, right leaf 1.
  const forest: Forest = withScoringTables({
    nFeatures: 1,
    psi: 4,
    heightLimit: 2,
    roots: new Int32Array([0]),
    feature: new Int8Array([0, -1, -1]),
    value: new Float64Array([0.5, 3, 1]),
    right: new Int32Array([2, -1, -1]),
  });
  assert.ok(Math.abs(meanPathLength(forest, [0.2]) - (1 + 1.207392357586557)) < 1e-12);
  assert.equal(meanPathLength(forest, [0.5]), 1 + averagePathLength(3)); // x <= threshold goes left
  assert.equal(meanPathLength(forest, [0.9]), 1);
  assert.equal(anomalyScore(forest, [0.9]), 2 ** (-1 / averagePathLength(4)));
});

test('trees respect the height limit and psi = min(sampleSize, rows)', () => {
  const data = gaussianRows(3, 300, 2);
  const forest = trainForest(data, 300, 2, { trees: 20, sampleSize: 64, seed: 5 });
  assert.equal(forest.psi, 64);
  assert.equal(forest.heightLimit, 6);
  let maxDepth = 0;
  for (let t = 0; t < forest.roots.length; t++) {
    let leafTotal = 0;
    const walk = (node: number, depth: number): void => {
      if (forest.feature[node]! < 0) {
        maxDepth = Math.max(maxDepth, depth);
        leafTotal += forest.value[node]!;
        return;
      }
      walk(node + 1, depth + 1);
      walk(forest.right[node]!, depth + 1);
    };
    walk(forest.roots[t]!, 0);
    assert.equal(leafTotal, 64, 'leaf sizes of a tree add up to psi');
  }
  assert.equal(maxDepth, 6);
  const small = trainForest(data, 40, 2, { trees: 3, sampleSize: 256, seed: 5 });
  assert.equal(small.psi, 40);
  assert.equal(small.heightLimit, 6);
});

test('a feature constant in a node is never split; all-constant data gives single-leaf trees', () => {
  const rows = 100;
  const data = new Float64Array(rows * 2);
  for (let i = 0; i < rows; i++) {
    data[i * 2] = 7; // constant column
    data[i * 2 + 1] = i % 10;
  }
  const forest = trainForest(data, rows, 2, { trees: 30, sampleSize: 64, seed: 1 });
  for (let i = 0; i < forest.feature.length; i++) assert.notEqual(forest.feature[i], 0);
  assert.ok(forest.feature.some((f) => f === 1));

  const flat = new Float64Array(50 * 3).fill(2.5);
  const f2 = trainForest(flat, 50, 3, { trees: 10, sampleSize: 32, seed: 1 });
  assert.equal(f2.feature.length, 10, 'one node per tree');
  assert.deepEqual(Array.from(f2.value), new Array(10).fill(32));
  // E[h] = c(psi) for every point, so s = 0.5 exactly.
  assert.equal(anomalyScore(f2, [2.5, 2.5, 2.5]), 0.5);
  assert.equal(anomalyScore(f2, [100, -100, 0]), 0.5);
});

test('duplicated rows end in a leaf that holds them all (no split of equal values)', () => {
  // Two distinct rows, 10 copies each: every tree is one split and two leaves of 10.
  const data = new Float64Array(40);
  for (let i = 0; i < 20; i++) {
    data[i * 2] = i < 10 ? 0 : 1;
    data[i * 2 + 1] = i < 10 ? 5 : 6;
  }
  const forest = trainForest(data, 20, 2, { trees: 5, sampleSize: 20, seed: 9 });
  assert.equal(forest.feature.length, 15);
  assert.equal(meanPathLength(forest, [0, 5]), 1 + averagePathLength(10));
});

test('a single planted outlier scores highest', () => {
  const rows = 400;
  const data = gaussianRows(11, rows, 3);
  data.set([6, -6, 6], 123 * 3);
  const forest = trainForest(data, rows, 3, { trees: 100, sampleSize: 256, seed: 2 });
  const scores = Array.from({ length: rows }, (_, i) => anomalyScore(forest, data, i * 3));
  const best = scores.indexOf(Math.max(...scores));
  assert.equal(best, 123);
  assert.ok(scores[123]! > 0.7, `outlier score ${scores[123]}`);
  const sorted = [...scores].sort((a, b) => a - b);
  assert.ok(sorted[rows / 2]! < 0.5, `median score ${sorted[rows / 2]}`);
});

test('same seed and data give the same forest; another seed another one', () => {
  const data = gaussianRows(4, 300, 3);
  const a = trainForest(data, 300, 3, { trees: 50, sampleSize: 128, seed: 42 });
  const b = trainForest(data, 300, 3, { trees: 50, sampleSize: 128, seed: 42 });
  const c = trainForest(data, 300, 3, { trees: 50, sampleSize: 128, seed: 43 });
  assert.deepEqual(a, b);
  assert.notDeepEqual(a.value, c.value);
});

test('serialisation round-trips exactly and refuses corrupt forests', () => {
  const data = gaussianRows(8, 500, 3);
  const forest = trainForest(data, 500, 3, { trees: 100, sampleSize: 256, seed: 1 });
  const text = JSON.stringify(forestToJson(forest));
  const back = forestFromJson(JSON.parse(text));
  assert.deepEqual(back, forest);
  for (let i = 0; i < 500; i += 7) assert.equal(anomalyScore(back, data, i * 3), anomalyScore(forest, data, i * 3));

  const json = forestToJson(forest);
  assert.throws(() => forestFromJson({ ...json, version: 99 }), /version 99/);
  assert.throws(() => forestFromJson({ ...json, nodes: json.nodes + 1 }), /bytes/);
  const right = new Int32Array(forest.right);
  right[forest.roots[0]!] = forest.roots[0]!; // a cycle
  const badRight = Buffer.from(right.buffer).toString('base64');
  assert.throws(() => forestFromJson({ ...json, right: badRight }), /children out of range/);
});

test('the blocked and heap scoring layouts give the same path lengths as the pre-order walk; tall trees keep the walk', () => {
  const check = (forest: Forest, nFeatures: number, label: string): void => {
    const walk: Forest = { ...forest, blocks: null, heap: null };
    const probes = gaussianRows(13, 400, nFeatures).map((v) => v * 3);
    for (let i = 0; i < 400; i++) {
      const x = Array.from(probes.subarray(i * nFeatures, (i + 1) * nFeatures));
      // Thresholds themselves: x equal to a threshold goes left in every layout.
      const root = forest.roots[i % forest.roots.length]!;
      if (i % 4 === 0) x[forest.feature[root]!] = forest.value[root]!;
      const a = meanPathLength(forest, x);
      const b = meanPathLength(walk, x);
      assert.ok(Math.abs(a - b) < 1e-12, `${label}, probe ${i}: layout ${a}, walk ${b}`);
    }
  };
  // Default shape: psi 256 (8 levels), 3 features, a tree count that is not a multiple of 4.
  const three = trainForest(gaussianRows(12, 3000, 3), 3000, 3, { trees: 37, sampleSize: 256, seed: 3 });
  assert.ok(three.blocks !== null && three.heap === null);
  check(three, 3, 'blocked, 8 levels');
  const shallow = trainForest(gaussianRows(14, 3000, 4), 3000, 4, { trees: 9, sampleSize: 20, seed: 3 });
  assert.ok(shallow.blocks !== null && shallow.heightLimit === 5);
  check(shallow, 4, 'blocked, 5 levels');
  const five = trainForest(gaussianRows(15, 3000, 5), 3000, 5, { trees: 11, sampleSize: 256, seed: 3 });
  assert.ok(five.blocks === null && five.heap !== null, '5 features: heap layout');
  check(five, 5, 'heap, 5 features');
  const ten = trainForest(gaussianRows(16, 3000, 2), 3000, 2, { trees: 6, sampleSize: 1000, seed: 3 });
  assert.ok(ten.blocks === null && ten.heap !== null && ten.heap.levels === 10, '10 levels: heap layout');
  check(ten, 2, 'heap, 10 levels');
  // A forest saved before thresholds were single precision keeps the walk.
  const double = withScoringTables({ ...three, value: three.value.map((v, i) => (three.feature[i]! >= 0 ? v + 1e-12 : v)) });
  assert.equal(double.blocks, null);
  assert.equal(double.heap, null);
  const tall = trainForest(gaussianRows(12, 3000, 3), 3000, 3, { trees: 5, sampleSize: 2048, seed: 3 });
  assert.equal(tall.heightLimit, 11);
  assert.equal(tall.blocks, null);
  assert.equal(tall.heap, null);
  assert.ok(meanPathLength(tall, [0, 0, 0]) > meanPathLength(tall, [9, -9, 9]));
});

test('a tree that splits at its height limit is refused when loaded', () => {
  // psi 2 allows one level; this tree splits twice.
  const trees = {
    nFeatures: 1,
    psi: 2,
    heightLimit: 1,
    roots: new Int32Array([0]),
    feature: new Int8Array([0, 0, -1, -1, -1]),
    value: new Float64Array([0.5, 0.25, 1, 0, 1]),
    right: new Int32Array([4, 3, -1, -1, -1]),
  };
  assert.throws(() => withScoringTables(trees), /splits below its height limit 1/);
  const json = forestToJson({ ...trees, cTable: averagePathTable(2), blocks: null, heap: null });
  assert.throws(() => forestFromJson(json), /splits below its height limit/);
});

test('thresholds are single-precision values that split their node', () => {
  // Near 1e8 single-precision values are 8 apart: 1e8 + 1 .. 1e8 + 3 have none between them and
  // cannot be split apart; 1e8 + 64 can be split from them.
  const data = new Float64Array([1e8 + 1, 0, 1e8 + 2, 0, 1e8 + 3, 0, 1e8 + 64, 1, 1e8 + 64, 1]);
  const forest = trainForest(data, 5, 2, { trees: 20, sampleSize: 5, seed: 4 });
  for (let i = 0; i < forest.feature.length; i++) {
    if (forest.feature[i]! < 0) continue;
    assert.equal(Math.fround(forest.value[i]!), forest.value[i]);
  }
  // The first three rows are never split apart: every point among them has the same path in every tree.
  assert.equal(meanPathLength(forest, [1e8 + 1, 0]), meanPathLength(forest, [1e8 + 3, 0]));
  assert.ok(meanPathLength(forest, [1e8 + 1, 0]) !== meanPathLength(forest, [1e8 + 64, 1]));
  assert.ok(forest.blocks !== null);
});

test('training refuses non-finite values', () => {
  const data = new Float64Array([1, 2, NaN, 4]);
  assert.throws(() => trainForest(data, 2, 2, { trees: 1, sampleSize: 2, seed: 1 }), /non-finite training value at row 1/);
});
