// What the scoring layouts (heap_layout.ts, blocked_layout.ts) share: a walk
// over each pre-order tree as if padded to a complete tree of `levels` levels,
// and the table of depth + c(size) their leaves index.
import type { ForestTrees } from './forest.ts';

/** The pre-order trees a layout is built from, with c(0..psi). */
export type PreorderTrees = ForestTrees & { cTable: Float64Array };

export interface PaddedVisitor {
  /** An internal node at heap slot `slot` (children 2·slot + 1 and 2·slot + 2). */
  split(tree: number, slot: number, feature: number, threshold: number): void;
  /** A leaf, at the leftmost last-level slot below it (levels − 1 ≤ log2(slot + 1) < levels + 1), with its code. */
  leaf(tree: number, lastSlot: number, code: number): void;
}

/** Whether every threshold is a single-precision value (what the layouts store). */
export function singlePrecisionThresholds(forest: PreorderTrees): boolean {
  const { feature, value } = forest;
  for (let i = 0; i < feature.length; i++) if (feature[i]! >= 0 && Math.fround(value[i]!) !== value[i]!) return false;
  return true;
}

/** depth + c(size) at index depth · (psi + 1) + size: a leaf's code. */
export function pathTable(levels: number, psi: number, cTable: Float64Array): Float64Array {
  const table = new Float64Array((levels + 1) * (psi + 1));
  for (let depth = 0; depth <= levels; depth++) {
    for (let size = 0; size <= psi; size++) table[depth * (psi + 1) + size] = depth + cTable[size]!;
  }
  return table;
}

/** Visits every node of every tree (levels >= the height limit); throws on a tree that splits at its height limit (a corrupt forest). */
export function walkPadded(forest: PreorderTrees, levels: number, visit: PaddedVisitor): void {
  const { psi, heightLimit, roots, feature, value, right } = forest;
  // Explicit stack of (pre-order node, heap slot, depth).
  const stack = new Int32Array(3 * (levels + 2));
  for (let t = 0; t < roots.length; t++) {
    let top = 0;
    stack[top++] = roots[t]!;
    stack[top++] = 0;
    stack[top++] = 0;
    while (top > 0) {
      const depth = stack[--top]!;
      const slot = stack[--top]!;
      const node = stack[--top]!;
      const f = feature[node]!;
      if (f >= 0) {
        if (depth >= heightLimit) throw new Error(`iforest forest: tree ${t} splits below its height limit ${heightLimit}`);
        visit.split(t, slot, f, value[node]!);
        stack[top++] = right[node]!;
        stack[top++] = 2 * slot + 2;
        stack[top++] = depth + 1;
        stack[top++] = node + 1;
        stack[top++] = 2 * slot + 1;
        stack[top++] = depth + 1;
        continue;
      }
      let last = slot;
      for (let d = depth; d < levels; d++) last = 2 * last + 1;
      visit.leaf(t, last, depth * (psi + 1) + value[node]!);
    }
  }
}
