// A scoring layout for forests up to height 10 (blocked_layout.ts serves the
// common ones): every tree padded to a complete binary tree of
// exactly `levels` levels, stored in heap order (children of slot i are 2i+1
// and 2i+2). Scoring then takes the same number of steps on every tree, with
// no test for "is this a leaf" and so no branch the CPU can mispredict, and
// four trees are walked side by side so their memory reads overlap.
//
// Thresholds take 4 bytes: training makes them single-precision values
// (forest.ts), so the layout is exact; a forest with a threshold that is not
// (one saved before thresholds were) keeps the pre-order walk.
//
// A leaf above the last level is padded with internal slots whose threshold is
// +Infinity (every finite x goes left), so it is reached at its leftmost
// descendant on the last level. Leaves store a code for (depth, size) and
// `pathTable[code]` = depth + c(size) is precomputed: two bytes a leaf.
import { pathTable, singlePrecisionThresholds, walkPadded } from './padded_trees.ts';
import type { PreorderTrees } from './padded_trees.ts';

/** Height limits above this keep the pre-order walk: 2^levels slots a tree would cost too much memory. */
export const MAX_HEAP_LEVELS = 10;

export interface HeapLayout {
  trees: number;
  levels: number;
  /** Per tree 2^levels − 1 internal slots: the split feature (0 in padding). */
  feature: Uint8Array;
  /** Per tree 2^levels − 1 internal slots: the threshold (+Infinity in padding). */
  threshold: Float32Array;
  /** Per tree 2^levels leaves: depth · (psi + 1) + size, an index into pathTable. */
  leaf: Uint16Array;
  /** depth + c(size) for every code. */
  pathTable: Float64Array;
}

/**
 * The heap layout of a forest, or null when its height limit is above MAX_HEAP_LEVELS
 * or a threshold is not a single-precision value.
 * Throws on a tree that splits at its height limit (a corrupt forest).
 */
export function buildHeapLayout(forest: PreorderTrees): HeapLayout | null {
  const levels = forest.heightLimit;
  if (levels > MAX_HEAP_LEVELS || !singlePrecisionThresholds(forest)) return null;
  const trees = forest.roots.length;
  const inner = (1 << levels) - 1;
  const width = inner + 1;
  const out: HeapLayout = {
    trees,
    levels,
    feature: new Uint8Array(trees * inner),
    threshold: new Float32Array(trees * inner).fill(Infinity),
    leaf: new Uint16Array(trees * width),
    pathTable: pathTable(levels, forest.psi, forest.cTable),
  };
  walkPadded(forest, levels, {
    split(t, slot, f, threshold) {
      out.feature[t * inner + slot] = f;
      out.threshold[t * inner + slot] = threshold;
    },
    leaf(t, last, code) {
      out.leaf[t * width - inner + last] = code;
    },
  });
  return out;
}

/** Sum over trees of depth + c(leaf size) for x's features at x[offset ..]. */
export function heapPathSum(layout: HeapLayout, x: ArrayLike<number>, offset: number): number {
  const { trees, levels, feature, threshold, leaf, pathTable } = layout;
  const inner = (1 << levels) - 1;
  const width = inner + 1;
  let sum = 0;
  let t = 0;
  for (; t + 4 <= trees; t += 4) {
    const b0 = t * inner;
    const b1 = b0 + inner;
    const b2 = b1 + inner;
    const b3 = b2 + inner;
    let i0 = 0;
    let i1 = 0;
    let i2 = 0;
    let i3 = 0;
    for (let d = 0; d < levels; d++) {
      // +(a > b) is 0 or 1 without a branch: x > threshold goes right.
      i0 = 2 * i0 + 1 + +(x[offset + feature[b0 + i0]!]! > threshold[b0 + i0]!);
      i1 = 2 * i1 + 1 + +(x[offset + feature[b1 + i1]!]! > threshold[b1 + i1]!);
      i2 = 2 * i2 + 1 + +(x[offset + feature[b2 + i2]!]! > threshold[b2 + i2]!);
      i3 = 2 * i3 + 1 + +(x[offset + feature[b3 + i3]!]! > threshold[b3 + i3]!);
    }
    const l = t * width - inner;
    sum +=
      pathTable[leaf[l + i0]!]! + pathTable[leaf[l + width + i1]!]! + pathTable[leaf[l + 2 * width + i2]!]! + pathTable[leaf[l + 3 * width + i3]!]!;
  }
  for (; t < trees; t++) {
    const b = t * inner;
    let i = 0;
    for (let d = 0; d < levels; d++) i = 2 * i + 1 + +(x[offset + feature[b + i]!]! > threshold[b + i]!);
    sum += pathTable[leaf[t * width - inner + i]!]!;
  }
  return sum;
}
