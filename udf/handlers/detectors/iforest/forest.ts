// The isolation forest itself: training and scoring over compact typed arrays.
// Semantics follow scikit-learn's IsolationForest: each tree on its own
// subsample of psi = min(sampleSize, n) rows drawn without replacement, height
// limit ceil(log2 psi), a random feature among those not constant in the node,
// a threshold uniform in [min, max) with x <= threshold going left, and path
// length = depth + c(leaf size).
import { createRng } from './prng.ts';
import { averagePathTable, heightLimit, scoreFromPathLength } from './path_length.ts';

/**
 * All trees of a forest in flat arrays, nodes in pre-order: the left child of
 * an internal node i is i + 1, its right child is right[i]. Leaves have
 * feature −1 and hold their training size in value[] (internal nodes hold the
 * threshold there).
 */
export interface Forest {
  nFeatures: number;
  /** Rows each tree was grown on: min(sampleSize, training rows). */
  psi: number;
  heightLimit: number;
  /** roots[t] is the node index of tree t's root. */
  roots: Int32Array;
  feature: Int8Array;
  value: Float64Array;
  right: Int32Array;
  /** Derived, not serialised: c(0..psi). */
  cTable: Float64Array;
}

export interface TrainOptions {
  trees: number;
  sampleSize: number;
  seed: number;
}

/** Features are stored as Int8: at most this many columns. */
export const MAX_FEATURES = 127;

/**
 * Grow a forest on `rows` rows of `nFeatures` columns, row-major in `data`
 * (finite values only).
 * The result depends only on (data, options): same seed, same forest.
 */
export function trainForest(data: Float64Array, rows: number, nFeatures: number, options: TrainOptions): Forest {
  if (!(nFeatures >= 1 && nFeatures <= MAX_FEATURES)) throw new Error(`iforest: ${nFeatures} features (1..${MAX_FEATURES})`);
  if (!(rows >= 1)) throw new Error('iforest: no training rows');
  if (data.length < rows * nFeatures) throw new Error('iforest: training data shorter than rows × features');
  for (let i = 0; i < rows * nFeatures; i++) {
    if (!Number.isFinite(data[i]!)) throw new Error(`iforest: non-finite training value at row ${Math.floor(i / nFeatures)}`);
  }
  const psi = Math.min(options.sampleSize, rows);
  const limit = heightLimit(psi);
  const trees = options.trees;
  // A tree on psi rows whose internal nodes all have two non-empty children has at most 2·psi − 1 nodes.
  const capacity = trees * (2 * psi - 1);
  const feature = new Int8Array(capacity);
  const value = new Float64Array(capacity);
  const right = new Int32Array(capacity);
  const roots = new Int32Array(trees);
  const rng = createRng(options.seed);
  const order = new Int32Array(rows);
  const sample = new Int32Array(psi);
  const candidates = new Int32Array(nFeatures);
  let used = 0;

  // Recursive on purpose: depth is bounded by the height limit (≤ 31 for any Int32 psi).
  const grow = (lo: number, hi: number, depth: number): void => {
    const node = used++;
    const size = hi - lo;
    if (depth >= limit || size <= 1) return leaf(node, size);
    // Draw features until one is not constant in this node: uniform among the non-constant ones.
    for (let f = 0; f < nFeatures; f++) candidates[f] = f;
    let left = nFeatures;
    let f = -1;
    let min = 0;
    let max = 0;
    while (left > 0) {
      const j = rng.int(left);
      const cand = candidates[j]!;
      min = Infinity;
      max = -Infinity;
      for (let i = lo; i < hi; i++) {
        const x = data[sample[i]! * nFeatures + cand]!;
        if (x < min) min = x;
        if (x > max) max = x;
      }
      if (max > min) {
        f = cand;
        break;
      }
      candidates[j] = candidates[left - 1]!;
      left--;
    }
    if (f < 0) return leaf(node, size); // every feature constant: nothing left to isolate
    let threshold = min + rng.next() * (max - min);
    if (threshold >= max) threshold = min; // rounding can reach max; keep the right side non-empty
    // Partition sample[lo, hi): x <= threshold first.
    let mid = lo;
    for (let i = lo; i < hi; i++) {
      const r = sample[i]!;
      if (data[r * nFeatures + f]! <= threshold) {
        sample[i] = sample[mid]!;
        sample[mid] = r;
        mid++;
      }
    }
    feature[node] = f;
    value[node] = threshold;
    grow(lo, mid, depth + 1);
    right[node] = used;
    grow(mid, hi, depth + 1);
  };
  const leaf = (node: number, size: number): void => {
    feature[node] = -1;
    value[node] = size;
    right[node] = -1;
  };

  for (let t = 0; t < trees; t++) {
    // Partial Fisher–Yates over row indices: psi distinct rows, uniformly.
    for (let i = 0; i < rows; i++) order[i] = i;
    for (let i = 0; i < psi; i++) {
      const j = i + rng.int(rows - i);
      const tmp = order[i]!;
      order[i] = order[j]!;
      order[j] = tmp;
      sample[i] = order[i]!;
    }
    roots[t] = used;
    grow(0, psi, 0);
  }
  return {
    nFeatures,
    psi,
    heightLimit: limit,
    roots,
    feature: feature.slice(0, used),
    value: value.slice(0, used),
    right: right.slice(0, used),
    cTable: averagePathTable(psi),
  };
}

/** E[h(x)]: the mean over trees of depth + c(leaf size), x's features at x[offset ..]. */
export function meanPathLength(forest: Forest, x: ArrayLike<number>, offset = 0): number {
  const { roots, feature, value, right, cTable } = forest;
  let sum = 0;
  for (let t = 0; t < roots.length; t++) {
    let node = roots[t]!;
    let depth = 0;
    let f = feature[node]!;
    while (f >= 0) {
      node = x[offset + f]! <= value[node]! ? node + 1 : right[node]!;
      depth++;
      f = feature[node]!;
    }
    sum += depth + cTable[value[node]!]!;
  }
  return sum / roots.length;
}

/** Anomaly score s = 2^(−E[h]/c(psi)) in (0, 1]; above 0.5 means isolated faster than average. */
export function anomalyScore(forest: Forest, x: ArrayLike<number>, offset = 0): number {
  return scoreFromPathLength(meanPathLength(forest, x, offset), forest.psi);
}
