// Feature vectors fed to the forest, built from a group's field values.
//
// 'raw': one feature per field, the value itself (a multivariate forest over
// the `.field()`s).
//
// 'shingle' (for streams, in particular univariate ones, where a lone value
// gives the forest one dimension to split): per field, in this order,
//   1. x[t]                       the value
//   2. x[t] − x[t−1]              its change: spikes and steps
//   3. x[t] − level[t−1]          deviation from an EWMA level (alpha LEVEL_ALPHA): level shifts, drifts
//   4. x[t−1], …, x[t−L+1]        the previous L−1 values (shingle of length L with x[t], as in Random Cut
//                                 Forest): the local shape, so a normal value in an abnormal pattern isolates
// so L + 2 features per field. A vector is produced once max(L, 2) values have been seen.
// Measured on the NAB subset (model/README.md), the lags cost more than they bring on
// real series (every lag is another level-like feature that dilutes the splits on the
// change and the deviation), so the default length is 1: value, change, deviation.
import type { FeatureMode } from './config.ts';
import type { StateReader } from '../../state/state_reader.ts';
import type { StateWriter } from '../../state/state_writer.ts';

/** EWMA weight of the newest value in the rolling level (span ≈ 2/alpha − 1 = 19 points). */
export const LEVEL_ALPHA = 0.1;

export interface FeaturizerState {
  mode: FeatureMode;
  shingle: number;
  /** Samples pushed so far (capped at the shingle length, enough to know readiness). */
  seen: number;
  /** Per field, the last max(L−1, 1) values, newest first. */
  lags: number[][];
  /** Per field, the EWMA level after the last push. */
  level: number[];
}

export function featureCount(mode: FeatureMode, fields: number, shingle: number): number {
  return mode === 'raw' ? fields : fields * (shingle + 2);
}

export interface Featurizer {
  readonly nFeatures: number;
  /**
   * Learn `values` (finite, one per field) into the history and write the feature
   * vector of this sample into `out`. Returns false while history is too short.
   */
  push(values: ArrayLike<number>, out: Float64Array): boolean;
  state(): FeaturizerState;
}

/** Writes a featurizer's state (nothing for raw features): values seen, each field's lags and level. */
export function saveFeaturizer(f: Featurizer, w: StateWriter): void {
  const s = f.state();
  if (s.mode === 'raw') return;
  w.uint(s.seen);
  for (let i = 0; i < s.lags.length; i++) {
    w.array(Float64Array.from(s.lags[i]!));
    w.f64(s.level[i]!);
  }
}

/** The state saveFeaturizer() wrote, for createFeaturizer(). */
export function readFeaturizer(r: StateReader, mode: FeatureMode, fields: number, shingle: number): FeaturizerState {
  if (mode === 'raw') return { mode, shingle, seen: 0, lags: [], level: [] };
  const kept = Math.max(shingle - 1, 1);
  const seen = r.uint('the values seen by the iforest features', kept + 1);
  const lags: number[][] = [];
  const level: number[] = [];
  for (let i = 0; i < fields; i++) {
    lags.push(Array.from(r.f64s(kept, 'the iforest feature lags')));
    level.push(r.f64('the iforest feature level'));
  }
  if (![...lags.flat(), ...level].every(Number.isFinite)) throw new Error('the iforest feature state holds a non-finite value');
  return { mode, shingle, seen, lags, level };
}

export function createFeaturizer(mode: FeatureMode, fields: number, shingle: number, from?: FeaturizerState): Featurizer {
  const nFeatures = featureCount(mode, fields, shingle);
  if (mode === 'raw') {
    return {
      nFeatures,
      push(values, out) {
        for (let i = 0; i < fields; i++) out[i] = values[i]!;
        return true;
      },
      state: () => ({ mode, shingle, seen: 0, lags: [], level: [] }),
    };
  }
  if (!(Number.isInteger(shingle) && shingle >= 1)) throw new Error('iforest: shingle length must be at least 1');
  const lagCount = shingle - 1;
  // History of previous values, newest first: at least one, for the change.
  const kept = Math.max(lagCount, 1);
  const need = kept + 1;
  let seen = 0;
  const lags: Float64Array[] = [];
  const level = new Float64Array(fields);
  for (let i = 0; i < fields; i++) lags.push(new Float64Array(kept));
  if (from) {
    if (from.mode !== mode || from.shingle !== shingle || from.lags.length !== fields || from.level.length !== fields) {
      throw new Error('iforest: feature state does not match the configured features');
    }
    seen = from.seen;
    for (let i = 0; i < fields; i++) {
      if (from.lags[i]!.length !== kept) throw new Error('iforest: feature state has the wrong shingle length');
      lags[i]!.set(from.lags[i]!);
      level[i] = from.level[i]!;
    }
  }
  const per = shingle + 2;
  return {
    nFeatures,
    push(values, out) {
      const ready = seen + 1 >= need;
      for (let i = 0; i < fields; i++) {
        const x = values[i]!;
        const lag = lags[i]!;
        if (ready) {
          const o = i * per;
          out[o] = x;
          out[o + 1] = x - lag[0]!;
          out[o + 2] = x - level[i]!;
          for (let k = 0; k < lagCount; k++) out[o + 3 + k] = lag[k]!;
        }
        // Learn: shift the shingle, update the level (seeded with the first value).
        for (let k = kept - 1; k > 0; k--) lag[k] = lag[k - 1]!;
        lag[0] = x;
        level[i] = seen === 0 ? x : level[i]! + LEVEL_ALPHA * (x - level[i]!);
      }
      if (seen < need) seen++;
      return ready;
    },
    state: () => ({ mode, shingle, seen, lags: lags.map((l) => Array.from(l)), level: Array.from(level) }),
  };
}
