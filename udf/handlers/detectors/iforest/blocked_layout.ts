// The scoring layout for the common forest (height limit <= 8, at most four
// features; the defaults: psi 256, up to four fields): like heap_layout.ts,
// every tree padded to exactly 8 levels and walked four trees at a time, but
// cut into 64-byte blocks of four levels. Block 0 of a tree holds levels 0-3;
// below each of its 16 exits a block holds the next four levels. A block is 15
// single-precision thresholds plus one word packing the 15 split features in
// 2 bits each, so a point reads 2 cache lines per tree (plus its leaf) instead
// of ~10. With ten or more groups' forests competing for the CPU's caches,
// that is what scoring time depends on (measured in benchmarks/iforest_layouts.ts).
import { pathTable, singlePrecisionThresholds, walkPadded } from './padded_trees.ts';
import type { PreorderTrees } from './padded_trees.ts';

export const BLOCKED_LEVELS = 8;
export const BLOCKED_MAX_FEATURES = 4;

/** 32-bit words per block and blocks per tree. */
const BLOCK = 16;
const BLOCKS_PER_TREE = 17;
const TREE_WORDS = BLOCK * BLOCKS_PER_TREE;
const LEAVES = 1 << BLOCKED_LEVELS;

export interface BlockedLayout {
  trees: number;
  /** Per tree 17 blocks of 16 words: thresholds in words 0-14 (+Infinity in padding) ... */
  threshold: Float32Array;
  /** ... and, through this view of the same memory, word 15: feature of slot i in bits 2i, 2i+1. */
  featureBits: Uint32Array;
  /** Per tree 256 leaves, block by block: depth · (psi + 1) + size, an index into pathTable. */
  leaf: Uint16Array;
  /** depth + c(size) for every code. */
  pathTable: Float64Array;
}

/** Where slot `slot` of an 8-level heap-ordered tree lives: its word within the tree (block · 16 + index in block). */
function wordOf(slot: number): number {
  const depth = 31 - Math.clz32(slot + 1);
  if (depth < 4) return slot;
  const rel = depth - 4;
  // The slot's ancestor at depth 4 (heap slots 15..30) names the block.
  const ancestor = ((slot + 1) >> rel) - 1;
  return (ancestor - 14) * BLOCK + (1 << rel) - 1 + (slot + 1 - ((ancestor + 1) << rel));
}

/** The blocked layout of a forest, or null when it does not fit one (height > 8, > 4 features, double thresholds). */
export function buildBlockedLayout(forest: PreorderTrees): BlockedLayout | null {
  if (forest.heightLimit > BLOCKED_LEVELS || forest.nFeatures > BLOCKED_MAX_FEATURES || !singlePrecisionThresholds(forest)) return null;
  const trees = forest.roots.length;
  const words = new ArrayBuffer(trees * TREE_WORDS * 4);
  const out: BlockedLayout = {
    trees,
    threshold: new Float32Array(words),
    featureBits: new Uint32Array(words),
    leaf: new Uint16Array(trees * LEAVES),
    pathTable: pathTable(BLOCKED_LEVELS, forest.psi, forest.cTable),
  };
  // Padding thresholds are +Infinity; word 15 of each block holds features, all 0 to start with.
  out.threshold.fill(Infinity);
  for (let w = 15; w < out.featureBits.length; w += BLOCK) out.featureBits[w] = 0;
  walkPadded(forest, BLOCKED_LEVELS, {
    split(t, slot, f, threshold) {
      const word = t * TREE_WORDS + wordOf(slot);
      const within = word & (BLOCK - 1);
      const bitsAt = word - within + 15;
      out.threshold[word] = threshold;
      out.featureBits[bitsAt] = (out.featureBits[bitsAt]! | (f << (2 * within))) >>> 0;
    },
    // Leaves (heap slots 255..510) are stored in the order of their blocks: 16 per level-4 subtree.
    leaf(t, last, code) {
      out.leaf[t * LEAVES + last - (LEAVES - 1)] = code;
    },
  });
  return out;
}

const ONE_OFFSET = new Int32Array(1);
const ONE_SUM = new Float64Array(1);

/** Sum over trees of depth + c(leaf size) for x's features at x[offset ..]. */
export function blockedPathSum(layout: BlockedLayout, x: ArrayLike<number>, offset: number): number {
  ONE_OFFSET[0] = offset;
  blockedPathSums(layout, x, ONE_OFFSET, 1, ONE_SUM);
  return ONE_SUM[0]!;
}

/**
 * blockedPathSum for `count` points at once, the k-th at xs[offsets[k] ..], into sums[k]. Tree by
 * tree (four at a time) over all the points: a tree's blocks are read from memory once for all of
 * them, not once per point. Each point's sum adds the trees in the same order as one by one.
 */
export function blockedPathSums(layout: BlockedLayout, xs: ArrayLike<number>, offsets: ArrayLike<number>, count: number, sums: Float64Array): void {
  const { trees, threshold: thr, featureBits: bits, leaf, pathTable } = layout;
  sums.fill(0, 0, count);
  let t = 0;
  for (; t + 4 <= trees; t += 4) {
    const root0 = t * TREE_WORDS;
    const root1 = root0 + TREE_WORDS;
    const root2 = root1 + TREE_WORDS;
    const root3 = root2 + TREE_WORDS;
    const g0 = bits[root0 + 15]!;
    const g1 = bits[root1 + 15]!;
    const g2 = bits[root2 + 15]!;
    const g3 = bits[root3 + 15]!;
    const l = t * LEAVES - 15;
    for (let k = 0; k < count; k++) {
      const o = offsets[k]!;
      let i0 = 0;
      let i1 = 0;
      let i2 = 0;
      let i3 = 0;
      for (let d = 0; d < 4; d++) {
        // +(a > b) is 0 or 1 without a branch: x > threshold goes right.
        i0 = 2 * i0 + 1 + +(xs[o + ((g0 >>> (2 * i0)) & 3)]! > thr[root0 + i0]!);
        i1 = 2 * i1 + 1 + +(xs[o + ((g1 >>> (2 * i1)) & 3)]! > thr[root1 + i1]!);
        i2 = 2 * i2 + 1 + +(xs[o + ((g2 >>> (2 * i2)) & 3)]! > thr[root2 + i2]!);
        i3 = 2 * i3 + 1 + +(xs[o + ((g3 >>> (2 * i3)) & 3)]! > thr[root3 + i3]!);
      }
      // Exit 15 + e of block 0 leads to block 1 + e, whose leaves are the tree's 16e .. 16e + 15.
      const e0 = i0 - 15;
      const e1 = i1 - 15;
      const e2 = i2 - 15;
      const e3 = i3 - 15;
      const b0 = root0 + BLOCK * (1 + e0);
      const b1 = root1 + BLOCK * (1 + e1);
      const b2 = root2 + BLOCK * (1 + e2);
      const b3 = root3 + BLOCK * (1 + e3);
      const f0 = bits[b0 + 15]!;
      const f1 = bits[b1 + 15]!;
      const f2 = bits[b2 + 15]!;
      const f3 = bits[b3 + 15]!;
      i0 = i1 = i2 = i3 = 0;
      for (let d = 0; d < 4; d++) {
        i0 = 2 * i0 + 1 + +(xs[o + ((f0 >>> (2 * i0)) & 3)]! > thr[b0 + i0]!);
        i1 = 2 * i1 + 1 + +(xs[o + ((f1 >>> (2 * i1)) & 3)]! > thr[b1 + i1]!);
        i2 = 2 * i2 + 1 + +(xs[o + ((f2 >>> (2 * i2)) & 3)]! > thr[b2 + i2]!);
        i3 = 2 * i3 + 1 + +(xs[o + ((f3 >>> (2 * i3)) & 3)]! > thr[b3 + i3]!);
      }
      sums[k] =
        sums[k]! +
        (pathTable[leaf[l + 16 * e0 + i0]!]! +
          pathTable[leaf[l + LEAVES + 16 * e1 + i1]!]! +
          pathTable[leaf[l + 2 * LEAVES + 16 * e2 + i2]!]! +
          pathTable[leaf[l + 3 * LEAVES + 16 * e3 + i3]!]!);
    }
  }
  for (; t < trees; t++) {
    const root = t * TREE_WORDS;
    const g = bits[root + 15]!;
    for (let k = 0; k < count; k++) {
      const o = offsets[k]!;
      let i = 0;
      for (let d = 0; d < 4; d++) i = 2 * i + 1 + +(xs[o + ((g >>> (2 * i)) & 3)]! > thr[root + i]!);
      const e = i - 15;
      const b = root + BLOCK * (1 + e);
      const f = bits[b + 15]!;
      i = 0;
      for (let d = 0; d < 4; d++) i = 2 * i + 1 + +(xs[o + ((f >>> (2 * i)) & 3)]! > thr[b + i]!);
      sums[k] = sums[k]! + pathTable[leaf[t * LEAVES - 15 + 16 * e + i]!]!;
    }
  }
}
