// The iforest detector's options (TICKscript names), their defaults and limits.
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
  /** Feature vectors learnt before the first training (<= window); the window then grows to `window`. */
  warmup: number;
  /** Points between retrains; undefined = never (only with a pretrained model). */
  retrain: number | undefined;
  /** Points from the start of a retraining to its forest taking over (<= retrain). */
  retrainDelay: number;
  /** Pretrained model file relative to model/, or undefined to learn online. */
  model: string | undefined;
  features: FeatureMode;
  shingle: number;
}

/**
 * Defaults, measured (model/README.md has the tables):
 * - window 2048: on 1 s printer data a 512-point window is shorter than the heater cycle and
 *   every turn of it looks new (38% of ordinary points above 0.6 with raw features, 17.7% with 2048).
 * - warmup min(sampleSize, window): the first forest as soon as one full subsample exists, then
 *   the window grows to `window` (on NAB a first forest after 256 rather than 512 points: 28-33 vs 18-20).
 * - retrain window / 2: each point is in about two successive training windows; costs one
 *   training (~3 ms) per 1024 points.
 * - cutoff 0.62: on 3 Gaussian fields 0.6 / 0.62 / 0.65 flag 0.90 / 0.38 / 0.13% of ordinary points.
 * - shingle 1: lags dilute the splits on change and deviation (worse on NAB and printer data).
 */
export const IFOREST_DEFAULTS = {
  trees: 100,
  sampleSize: 256,
  window: 2048,
  seed: 1,
  cutoff: 0.62,
  features: 'raw' as FeatureMode,
  shingle: 1,
} as const;

export const IFOREST_OPTION_NAMES = [
  'trees',
  'sampleSize',
  'window',
  'seed',
  'cutoff',
  'retrain',
  'retrainDelay',
  'warmup',
  'model',
  'features',
  'shingle',
] as const;

const LIMITS = {
  trees: [1, 10_000],
  sampleSize: [2, 1 << 20],
  window: [2, 1 << 20],
  retrain: [1, 1 << 30],
  retrainDelay: [0, 1 << 30],
  warmup: [1, 1 << 20],
  shingle: [1, 64],
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
  const retrain = intOption(options, 'retrain', model === undefined ? Math.max(1, Math.floor(window / 2)) : undefined);
  const retrainDelay = intOption(options, 'retrainDelay', retrain === undefined ? 0 : Math.floor(retrain / 2))!;
  if (retrain !== undefined && retrainDelay > retrain) {
    throw new Error(`iforest: option 'retrainDelay' (${retrainDelay}) must not exceed 'retrain' (${retrain})`);
  }
  const warmup = intOption(options, 'warmup', Math.min(sampleSize, window))!;
  if (warmup > window) throw new Error(`iforest: option 'warmup' (${warmup}) must not exceed 'window' (${window})`);
  const n = featureCount(features, fields.length, shingle);
  if (n > MAX_FEATURES) {
    throw new Error(`iforest: ${fields.length} field(s) with features '${features}' make ${n} features, more than ${MAX_FEATURES}`);
  }
  return { trees, sampleSize, window, seed: seedRaw, cutoff, retrain, retrainDelay, warmup, model, features, shingle };
}
