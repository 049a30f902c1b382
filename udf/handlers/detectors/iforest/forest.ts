// The isolation forest itself: training and scoring over compact typed arrays.
// Semantics follow scikit-learn's IsolationForest: each tree on its own
// subsample of psi = min(sampleSize, n) rows drawn without replacement, height
// limit ceil(log2 psi), a random feature among those not constant in the node,
// a threshold uniform in [min, max) with x <= threshold going left, and path
// length = depth + c(leaf size). Like scikit-learn's trees, thresholds are
// single-precision values (float32.ts): a feature whose values in a node lie
// within one single-precision step of each other counts as constant there.
import { createRngState, nextUniform } from './prng.ts';
import { float32Down, float32Up } from './float32.ts';
import { averagePathTable, heightLimit, scoreFromPathLength } from './path_length.ts';
import { buildHeapLayout, heapPathSum } from './heap_layout.ts';
import type { HeapLayout } from './heap_layout.ts';
import { blockedPathSum, buildBlockedLayout } from './blocked_layout.ts';
import type { BlockedLayout } from './blocked_layout.ts';

/**
 * All trees of a forest in flat arrays, nodes in pre-order: the left child of
 * an internal node i is i + 1, its right child is right[i]. Leaves have
 * feature −1 and hold their training size in value[] (internal nodes hold the
 * threshold there).
 */
export interface ForestTrees {
  nFeatures: number;
  /** Rows each tree was grown on: min(sampleSize, training rows). */
  psi: number;
  heightLimit: number;
  /** roots[t] is the node index of tree t's root. */
  roots: Int32Array;
  feature: Int8Array;
  value: Float64Array;
  right: Int32Array;
}

/** The trees plus what is derived from them for scoring (not serialised). */
export interface Forest extends ForestTrees {
  /** c(0..psi). */
  cTable: Float64Array;
  /** The scoring layout for height <= 8 and <= 4 features (blocked_layout.ts), else null. */
  blocks: BlockedLayout | null;
  /** The scoring layout of other forests up to height 10 (heap_layout.ts), else null: the pre-order walk. */
  heap: HeapLayout | null;
}

/** Derive the scoring tables of a forest from its trees. */
export function withScoringTables(trees: ForestTrees): Forest {
  const cTable = averagePathTable(trees.psi);
  const blocks = buildBlockedLayout({ ...trees, cTable });
  return { ...trees, cTable, blocks, heap: blocks ? null : buildHeapLayout({ ...trees, cTable }) };
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
  // The PRNG's state, advanced by nextUniform() (inlined by the JIT, unlike an Rng object's methods).
  const st = createRngState(options.seed);
  const order = new Int32Array(rows);
  // The tree's rows gathered column-major (cols[f * psi + k] is feature f of the k-th sampled
  // row); nodes partition `slots`, a permutation of 0..psi-1, instead of moving the values.
  const cols = new Float64Array(nFeatures * psi);
  const slots = new Int32Array(psi);
  const candidates = new Int32Array(nFeatures);
  // Explicit stack of pending nodes (lo, hi, depth, parent-if-right-child), popped left child
  // first so that nodes are laid out in pre-order. Iterative and in one function: per-node
  // overhead (not the row scans) dominated a recursive closure version.
  const stack = new Int32Array(4 * (2 * limit + 2));
  let used = 0;

  // Partial Fisher–Yates over row indices: psi distinct rows per tree, uniformly. Each tree
  // continues from the permutation the last one left, which is as good as starting over.
  for (let i = 0; i < rows; i++) order[i] = i;
  for (let t = 0; t < trees; t++) {
    for (let i = 0; i < psi; i++) {
      const j = i + Math.floor(nextUniform(st) * (rows - i));
      const r = order[j]!;
      order[j] = order[i]!;
      order[i] = r;
      for (let c = 0; c < nFeatures; c++) cols[c * psi + i] = data[r * nFeatures + c]!;
      slots[i] = i;
    }
    roots[t] = used;
    let top = 0;
    stack[0] = 0;
    stack[1] = psi;
    stack[2] = 0;
    stack[3] = -1;
    top = 4;
    while (top > 0) {
      top -= 4;
      const lo = stack[top]!;
      const hi = stack[top + 1]!;
      const depth = stack[top + 2]!;
      const parent = stack[top + 3]!;
      const node = used++;
      if (parent >= 0) right[parent] = node;
      const size = hi - lo;
      let f = -1;
      let min = 0;
      let max = 0;
      if (depth < limit && size > 1) {
        // Draw features until one is not constant in this node: uniform among the non-constant ones.
        for (let c = 0; c < nFeatures; c++) candidates[c] = c;
        let left = nFeatures;
        while (left > 0) {
          const j = Math.floor(nextUniform(st) * left);
          const cand = candidates[j]!;
          const base = cand * psi;
          min = cols[base + slots[lo]!]!;
          max = min;
          for (let i = lo + 1; i < hi; i++) {
            const x = cols[base + slots[i]!]!;
            if (x < min) min = x;
            else if (x > max) max = x;
          }
          // Some single-precision threshold t must have min <= t < max.
          if (max > min && (max - min > 1e-6 * Math.abs(min) || float32Up(min) < max)) {
            f = cand;
            break;
          }
          candidates[j] = candidates[left - 1]!;
          left--;
        }
      }
      if (f < 0) {
        // Height limit, a single row, or every feature constant: a leaf remembering its size.
        feature[node] = -1;
        value[node] = size;
        right[node] = -1;
        continue;
      }
      // Uniform in [min, max), rounded down to single precision but not below min: both sides non-empty.
      let threshold = float32Down(min + nextUniform(st) * (max - min));
      if (threshold >= max) threshold = float32Down(min); // rounding can reach max
      if (threshold < min) threshold = float32Up(min);
      // Partition slots [lo, hi) so that x <= threshold comes first. Branch-free Lomuto: always swap
      // slot i with slot mid, advance mid only when x <= threshold; [mid, i] stays "> threshold".
      const fb = f * psi;
      let mid = lo;
      for (let i = lo; i < hi; i++) {
        const r = slots[i]!;
        slots[i] = slots[mid]!;
        slots[mid] = r;
        mid += +(cols[fb + r]! <= threshold);
      }
      feature[node] = f;
      value[node] = threshold;
      // Push right then left: left is popped next (pre-order, left child = node + 1).
      stack[top] = mid;
      stack[top + 1] = hi;
      stack[top + 2] = depth + 1;
      stack[top + 3] = node;
      stack[top + 4] = lo;
      stack[top + 5] = mid;
      stack[top + 6] = depth + 1;
      stack[top + 7] = -1;
      top += 8;
    }
  }
  return withScoringTables({
    nFeatures,
    psi,
    heightLimit: limit,
    roots,
    feature: feature.slice(0, used),
    value: value.slice(0, used),
    right: right.slice(0, used),
  });
}

/** E[h(x)]: the mean over trees of depth + c(leaf size), x's features at x[offset ..]. */
export function meanPathLength(forest: Forest, x: ArrayLike<number>, offset = 0): number {
  if (forest.blocks !== null) return blockedPathSum(forest.blocks, x, offset) / forest.roots.length;
  if (forest.heap !== null) return heapPathSum(forest.heap, x, offset) / forest.roots.length;
  const { roots, feature, value, right, cTable } = forest;
  let sum = 0;
  for (let t = 0; t < roots.length; t++) {
    let node = roots[t]!;
    let depth = 0;
    let f = feature[node]!;
    while (f >= 0) {
      // Branch-free step (left child node + 1 unless x > threshold): the direction is a coin
      // flip to the CPU's predictor, and this form scores ~1.5x faster than an if/ternary.
      node = node + 1 + ((right[node]! - node - 1) & -+(x[offset + f]! > value[node]!));
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
