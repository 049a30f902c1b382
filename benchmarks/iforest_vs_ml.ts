// The project's isolation forest against the npm package ml-isolation-forest
// (0.1.0) on the scikit-learn fixture: training time, scoring rate and rank
// agreement with scikit-learn; then checks of what ml-isolation-forest does.
//
//   node --import tsx benchmarks/iforest_vs_ml.ts          (a few seconds)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { anomalyScore, trainForest } from '../udf/handlers/detectors/iforest/forest.ts';
import type { Forest } from '../udf/handlers/detectors/iforest/forest.ts';
import { averagePathLength } from '../udf/handlers/detectors/iforest/path_length.ts';
import { createRng } from '../udf/handlers/detectors/iforest/prng.ts';
import { spearman } from '../test/helpers/rank_correlation.ts';

interface MlTree {
  left?: MlTree;
  right?: MlTree;
  trainingSet?: number[][];
}
interface MlForest {
  forest: MlTree[];
  train(rows: number[][]): void;
  predict(rows: number[][]): number[];
}
const require = createRequire(import.meta.url);
const { IsolationForest: MlIsolationForest } = require('ml-isolation-forest') as { IsolationForest: new (o?: { nEstimators?: number }) => MlForest };
const mlVersion = (require('ml-isolation-forest/package.json') as { version: string }).version;

interface Fixture {
  data: number[][];
  outliers: number[];
  scores: number[];
  meanScores: number[];
  sklearn: string;
}
const fixture = JSON.parse(readFileSync(new URL('../test/fixtures/iforest_sklearn.json', import.meta.url), 'utf8')) as Fixture;
const rows = fixture.data.length;
const flat = new Float64Array(fixture.data.flat());

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** Median wall time of fn over `runs` runs after `warm` unmeasured ones. */
function timeMs(fn: (i: number) => void, runs: number, warm = 3): number {
  for (let i = 0; i < warm; i++) fn(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i);
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Calibration, not just ranking: how far the scores themselves are from scikit-learn's expectation. */
function meanAbsDiff(scores: readonly number[]): number {
  return scores.reduce((acc, x, i) => acc + Math.abs(x - fixture.meanScores[i]!), 0) / scores.length;
}

function topOverlap(scores: readonly number[]): number {
  const planted = new Set(fixture.outliers);
  return scores
    .map((s, i) => [s, i] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, 20)
    .filter(([, i]) => planted.has(i)).length;
}

// --- the project's forest -------------------------------------------------
const ourTrainMs = timeMs((i) => trainForest(flat, rows, 3, { trees: 100, sampleSize: 256, seed: i }), 30);
const ours: Forest = trainForest(flat, rows, 3, { trees: 100, sampleSize: 256, seed: 0 });
const ourScores = Array.from({ length: rows }, (_, i) => anomalyScore(ours, flat, i * 3));
let sink = 0;
const scoreReps = 200;
const ourScoreMs = timeMs(() => {
  for (let r = 0; r < scoreReps; r++) for (let i = 0; i < rows; i++) sink += anomalyScore(ours, flat, i * 3);
}, 5, 1);
const ourRate = (scoreReps * rows) / (ourScoreMs / 1000);
const ourRhos = [0, 1, 2, 3, 4].map((seed) => {
  const f = trainForest(flat, rows, 3, { trees: 100, sampleSize: 256, seed });
  return spearman(Array.from({ length: rows }, (_, i) => anomalyScore(f, flat, i * 3)), fixture.scores);
});

// The detector's training job: a 2048-point window (default), 3 raw features or 9 shingle features.
const gauss = ((rng) => () => Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next()))(createRng(1));
const window3 = new Float64Array(2048 * 3).map(gauss);
const window9 = new Float64Array(2048 * 9).map(gauss);
const detectorTrain3 = timeMs((i) => trainForest(window3, 2048, 3, { trees: 100, sampleSize: 256, seed: i }), 30);
const detectorTrain9 = timeMs((i) => trainForest(window9, 2048, 9, { trees: 100, sampleSize: 256, seed: i }), 30);

// --- ml-isolation-forest ---------------------------------------------------
let ml = new MlIsolationForest({ nEstimators: 100 });
const mlTrainMs = timeMs(() => {
  ml = new MlIsolationForest({ nEstimators: 100 });
  ml.train(fixture.data);
}, 5, 1);
const mlScores = ml.predict(fixture.data);
const mlScoreMs = timeMs(() => {
  sink += ml.predict(fixture.data).length;
}, 5, 1);
const mlRate = rows / (mlScoreMs / 1000);
const mlRhos = [0, 1, 2, 3, 4].map(() => {
  const f = new MlIsolationForest({ nEstimators: 100 });
  f.train(fixture.data);
  return spearman(f.predict(fixture.data), fixture.scores);
});
const mlAgain = new MlIsolationForest({ nEstimators: 100 });
mlAgain.train(fixture.data);
const mlRepeatable = mlAgain.predict(fixture.data).every((s, i) => s === mlScores[i]);

// Rows reaching the leaves of its first tree: the whole training set, not a subsample of 256.
const leafRows = (t: MlTree): number => (t.left && t.right ? leafRows(t.left) + leafRows(t.right) : (t.trainingSet?.length ?? 0));
const mlRowsPerTree = leafRows(ml.forest[0]!);

// n identical rows make every path deterministic: ml-isolation-forest keeps splitting the constant
// column (all rows go right, `>=`) until depth ceil(log2 n) + 1, one past its limit, so a row's path
// is limit + 1 + c'(n), normalised by c'(n), where c' is its average path length.
function identicalRowsScore(n: number): number {
  const f = new MlIsolationForest({ nEstimators: 3 });
  f.train(Array.from({ length: n }, () => [1, 1]));
  return f.predict([[1, 1]])[0]!;
}
const cNotDoubled = (n: number): number => (n <= 1 ? 0 : n === 2 ? 1 : 2 * Math.log(n - 1) + 0.57721 - (2 * (n - 1)) / n);
const n = 16;
const limit = Math.ceil(Math.log2(n));
const observed = identicalRowsScore(n);
const predictedTheirs = 2 ** (-(limit + 1 + cNotDoubled(n)) / cNotDoubled(n));
const predictedAtLimitWithOurC = 2 ** (-(limit + averagePathLength(n)) / averagePathLength(n));
// Our forest on the same rows: every feature constant, so each tree is one leaf and s = 0.5 exactly.
const oursIdentical = anomalyScore(trainForest(new Float64Array(2 * n).fill(1), n, 2, { trees: 3, sampleSize: 256, seed: 1 }), [1, 1]);

// --- report ------------------------------------------------------------------
const f3 = (x: number): string => x.toFixed(3);
const table = [
  ['', 'this project', `ml-isolation-forest ${mlVersion}`],
  ['train 100 trees on 1000×3 (ms, median)', ourTrainMs.toFixed(2), mlTrainMs.toFixed(1)],
  ['score (points/s)', Math.round(ourRate).toLocaleString('en-US'), Math.round(mlRate).toLocaleString('en-US')],
  [`Spearman vs sklearn ${fixture.sklearn} (5 forests)`, `${f3(Math.min(...ourRhos))}–${f3(Math.max(...ourRhos))}`, `${f3(Math.min(...mlRhos))}–${f3(Math.max(...mlRhos))}`],
  ['Spearman vs sklearn mean of 30 forests', f3(spearman(ourScores, fixture.meanScores)), f3(spearman(mlScores, fixture.meanScores))],
  ['mean |s − sklearn mean-of-30 s|', f3(meanAbsDiff(ourScores)), f3(meanAbsDiff(mlScores))],
  ['planted outliers in top 20 (sklearn: ' + topOverlap(fixture.scores) + ')', String(topOverlap(ourScores)), String(topOverlap(mlScores))],
  ['rows per tree', `psi = ${ours.psi} (subsample)`, `${mlRowsPerTree} (whole set)`],
  ['seedable / same forest twice', 'yes / yes', `no / ${mlRepeatable ? 'yes' : 'no'}`],
  [`${n} identical rows: score of that row`, `${f3(oursIdentical)} (constant column not split)`, `${f3(observed)} (splits it to depth ${limit + 1})`],
];
const width = table[0]!.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
const line = (r: string[]): string => '| ' + r.map((cell, c) => cell.padEnd(width[c]!)).join(' | ') + ' |';
const out = [
  `isolation forest benchmark — ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`,
  `fixture: test/fixtures/iforest_sklearn.json (${rows} rows, 3 features, ${fixture.outliers.length} planted outliers); 100 trees, sampleSize 256`,
  '',
  line(table[0]!),
  line(width.map((w) => '-'.repeat(w))),
  ...table.slice(1).map(line),
  '',
  `detector training (100 trees, psi 256, 2048-row window): 3 features ${detectorTrain3.toFixed(2)} ms, 9 features (shingle, 3 fields) ${detectorTrain9.toFixed(2)} ms`,
  `ml-isolation-forest c(n): ${n} identical rows score ${observed.toFixed(6)}; with its c'(n) = 2 ln(n−1) + 0.57721 − 2(n−1)/n ` +
    `and depth limit+1 = ${limit + 1} that is ${predictedTheirs.toFixed(6)}; with c(n) = 2(ln(n−1) + γ) − 2(n−1)/n at the limit it would be ${predictedAtLimitWithOurC.toFixed(6)}`,
];
process.stdout.write(out.join('\n') + '\n');
if (sink === 42) process.stdout.write('\n');
