// The iforest detector's options (TICKscript names), their defaults and limits.
// Defaults were chosen by measurement; see model/README.md and the report in
// benchmarks/iforest_vs_ml.ts.
import type { Options } from '../types.ts';
import { MAX_FEATURES } from './forest.ts';
import { featureCount } from './features.ts';

export type FeatureMode = 'raw' | 'shingle';

export interface IforestConfig {
  trees: number;
  sampleSize: number;
  /** Training window: the last `window` feature vectors of the group. */
  window: number;
  seed: number;
  /** Anomaly when s > cutoff. */
  cutoff: number;
  /** Points between retrains; undefined = never (only with a pretrained model). */
  retrain: number | undefined;
  /** Pretrained model file relative to model/, or undefined to learn online. */
  model: string | undefined;
  features: FeatureMode;
  shingle: number;
}

export const IFOREST_DEFAULTS = {
  trees: 100,
  sampleSize: 256,
  window: 512,
  seed: 1,
  cutoff: 0.6,
  features: 'raw' as FeatureMode,
  shingle: 4,
} as const;

export const IFOREST_OPTION_NAMES = [
  'trees',
  'sampleSize',
  'window',
  'seed',
  'cutoff',
  'retrain',
  'model',
  'features',
  'shingle',
] as const;

const LIMITS = {
  trees: [1, 10_000],
  sampleSize: [2, 1 << 20],
  window: [2, 1 << 20],
  retrain: [1, 1 << 30],
  shingle: [2, 64],
} as const;

function intOption(options: Options, name: keyof typeof LIMITS, fallback: number | undefined): number | undefined {
  const v = options[name];
  if (v === undefined) return fallback;
  const [lo, hi] = LIMITS[name];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi) {
    throw new Error(`iforest: option '${name}' must be an integer in ${lo}..${hi}, got ${String(v)}`);
  }
  return v;
}

/** Parse and check the options; throws an Error naming the offending option. */
export function parseIforestConfig(options: Options, fields: readonly string[]): IforestConfig {
  if (fields.length === 0) throw new Error("iforest: at least one .field() is needed");
  const trees = intOption(options, 'trees', IFOREST_DEFAULTS.trees)!;
  const sampleSize = intOption(options, 'sampleSize', IFOREST_DEFAULTS.sampleSize)!;
  const window = intOption(options, 'window', IFOREST_DEFAULTS.window)!;
  const shingle = intOption(options, 'shingle', IFOREST_DEFAULTS.shingle)!;

  const seedRaw = options.seed ?? IFOREST_DEFAULTS.seed;
  if (typeof seedRaw !== 'number' || !Number.isSafeInteger(seedRaw) || seedRaw < 0) {
    throw new Error(`iforest: option 'seed' must be a non-negative integer, got ${String(seedRaw)}`);
  }
  const cutoff = options.cutoff ?? IFOREST_DEFAULTS.cutoff;
  if (typeof cutoff !== 'number' || !(cutoff > 0 && cutoff < 1)) {
    throw new Error(`iforest: option 'cutoff' must be a double in (0, 1), got ${String(cutoff)}`);
  }
  const features = options.features ?? IFOREST_DEFAULTS.features;
  if (features !== 'raw' && features !== 'shingle') {
    throw new Error(`iforest: option 'features' must be 'raw' or 'shingle', got ${String(features)}`);
  }
  const model = options.model;
  if (model !== undefined && (typeof model !== 'string' || model.trim() === '')) {
    throw new Error("iforest: option 'model' must be a non-empty path relative to model/");
  }
  // Learning online retrains every `window` points by default; a pretrained model stays fixed unless asked.
  const retrain = intOption(options, 'retrain', model === undefined ? window : undefined);
  const n = featureCount(features, fields.length, shingle);
  if (n > MAX_FEATURES) {
    throw new Error(`iforest: ${fields.length} field(s) with features '${features}' make ${n} features, more than ${MAX_FEATURES}`);
  }
  return { trees, sampleSize, window, seed: seedRaw, cutoff, retrain, model, features, shingle };
}
