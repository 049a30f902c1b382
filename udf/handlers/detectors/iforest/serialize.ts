// Forest <-> JSON (model files, version-1 snapshots): typed arrays as base64
// of their little-endian bytes, so a default forest (~40k nodes) costs about
// 13 bytes a node before base64; and forest <-> snapshot bytes (trees kept
// when they cannot be grown again from their training rows). Either way the
// trees are checked index by index, so a corrupt file cannot make scoring
// loop or read out of bounds.
import { Buffer } from 'node:buffer';
import { MAX_FEATURES, withScoringTables } from './forest.ts';
import type { Forest, ForestTrees } from './forest.ts';
import { heightLimit } from './path_length.ts';
import type { StateReader } from '../../state/state_reader.ts';
import type { StateWriter } from '../../state/state_writer.ts';

export const FOREST_FORMAT = 'ads-iforest-forest';
export const FOREST_VERSION = 1;

export interface ForestJson {
  format: typeof FOREST_FORMAT;
  version: number;
  nFeatures: number;
  psi: number;
  heightLimit: number;
  trees: number;
  nodes: number;
  /** base64 of Int32Array(trees) */
  roots: string;
  /** base64 of Int8Array(nodes) */
  feature: string;
  /** base64 of Float64Array(nodes) */
  value: string;
  /** base64 of Int32Array(nodes) */
  right: string;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function toBase64(a: Int8Array | Int32Array | Float64Array): string {
  if (!LITTLE_ENDIAN) throw new Error('iforest: serialisation assumes a little-endian machine');
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

function bytesOf(b64: unknown, name: string, width: number, count: number): Uint8Array {
  if (typeof b64 !== 'string') throw new Error(`iforest forest: '${name}' is not a base64 string`);
  const bytes = Buffer.from(b64, 'base64');
  if (bytes.length !== width * count) throw new Error(`iforest forest: '${name}' has ${bytes.length} bytes, expected ${width * count}`);
  // Copy into a fresh, aligned buffer (Buffer's pool offset may not be aligned for Float64).
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  return out;
}

export function forestToJson(forest: Forest): ForestJson {
  return {
    format: FOREST_FORMAT,
    version: FOREST_VERSION,
    nFeatures: forest.nFeatures,
    psi: forest.psi,
    heightLimit: forest.heightLimit,
    trees: forest.roots.length,
    nodes: forest.feature.length,
    roots: toBase64(forest.roots),
    feature: toBase64(forest.feature),
    value: toBase64(forest.value),
    right: toBase64(forest.right),
  };
}

function positiveInt(o: Record<string, unknown>, key: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw new Error(`iforest forest: '${key}' must be a positive integer`);
  return v;
}

/** Rebuild a forest from its JSON, checking every index. */
export function forestFromJson(json: unknown): Forest {
  if (typeof json !== 'object' || json === null) throw new Error('iforest forest: not an object');
  const o = json as Record<string, unknown>;
  if (o.format !== FOREST_FORMAT) throw new Error(`iforest forest: format '${String(o.format)}' is not '${FOREST_FORMAT}'`);
  if (o.version !== FOREST_VERSION) throw new Error(`iforest forest: version ${String(o.version)} is not supported (expected ${FOREST_VERSION})`);
  const nFeatures = positiveInt(o, 'nFeatures');
  const psi = positiveInt(o, 'psi');
  const trees = positiveInt(o, 'trees');
  const nodes = positiveInt(o, 'nodes');
  if (o.heightLimit !== heightLimit(psi)) throw new Error(`iforest forest: heightLimit ${String(o.heightLimit)} does not match psi ${psi}`);
  return checkedForest({
    nFeatures,
    psi,
    heightLimit: heightLimit(psi),
    roots: new Int32Array(bytesOf(o.roots, 'roots', 4, trees).buffer),
    feature: new Int8Array(bytesOf(o.feature, 'feature', 1, nodes).buffer),
    value: new Float64Array(bytesOf(o.value, 'value', 8, nodes).buffer),
    right: new Int32Array(bytesOf(o.right, 'right', 4, nodes).buffer),
  });
}

/** Writes a forest's trees (pre-order arrays) into a snapshot. */
export function saveTrees(forest: ForestTrees, w: StateWriter): void {
  w.uint(forest.psi);
  w.uint(forest.roots.length);
  w.uint(forest.feature.length);
  w.array(forest.roots);
  w.array(forest.feature);
  w.array(forest.value);
  w.array(forest.right);
}

/** A forest from what saveTrees() wrote, checked. */
export function readTrees(r: StateReader, nFeatures: number, what: string): Forest {
  const psi = r.uint(`the subsample size of ${what}`, 1 << 20);
  const trees = r.uint(`the tree count of ${what}`, 10_000);
  const nodes = r.uint(`the node count of ${what}`, trees * (2 * psi - 1));
  const roots = new Int32Array(trees);
  const feature = new Int8Array(nodes);
  const value = new Float64Array(nodes);
  const right = new Int32Array(nodes);
  for (const a of [roots, feature, value, right]) r.into(a, what);
  return checkedForest({ nFeatures, psi, heightLimit: heightLimit(psi), roots, feature, value, right });
}

/** The forest of these trees with its scoring tables, once every index is checked. */
function checkedForest(trees: ForestTrees): Forest {
  const { nFeatures, psi, roots, feature, value, right } = trees;
  const nodes = feature.length;
  if (nFeatures < 1 || nFeatures > MAX_FEATURES) throw new Error(`iforest forest: nFeatures ${nFeatures} not in 1..${MAX_FEATURES}`);
  if (psi < 1 || roots.length < 1 || nodes < 1) throw new Error('iforest forest: no trees');
  for (let t = 0; t < roots.length; t++) {
    const r = roots[t]!;
    if (r < 0 || r >= nodes) throw new Error(`iforest forest: root of tree ${t} out of range`);
  }
  for (let i = 0; i < nodes; i++) {
    const f = feature[i]!;
    if (f >= nFeatures) throw new Error(`iforest forest: node ${i} splits on feature ${f} of ${nFeatures}`);
    if (f >= 0) {
      // Pre-order: both children come after their parent, which rules out cycles.
      const r = right[i]!;
      if (i + 1 >= nodes || r <= i + 1 || r >= nodes) throw new Error(`iforest forest: node ${i} has children out of range`);
      if (Number.isNaN(value[i]!)) throw new Error(`iforest forest: node ${i} has a NaN threshold`);
    } else {
      const size = value[i]!;
      if (!Number.isInteger(size) || size < 0 || size > psi) throw new Error(`iforest forest: leaf ${i} size ${size} not in 0..${psi}`);
    }
  }
  return withScoringTables(trees);
}
