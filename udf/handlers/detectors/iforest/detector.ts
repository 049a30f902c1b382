// The iforest detector for one group: features -> sliding training window ->
// forest. No verdict until `warmup` vectors are learnt; then the first forest,
// and a new one every `retrain` vectors on the last (up to `window`) vectors.
// Training is synchronous: a default forest (100 trees, psi 256, 3 or 9
// features) takes ~2.5-3 ms (benchmarks/iforest_vs_ml.ts), far below anything
// that could delay a keepalive reply noticeably.
import type { Detector, Sample, Verdict } from '../types.ts';
import type { IforestConfig } from './config.ts';
import { createFeaturizer } from './features.ts';
import type { Featurizer, FeaturizerState } from './features.ts';
import { meanPathLength, trainForest } from './forest.ts';
import type { Forest } from './forest.ts';
import { scoreFromPathLength } from './path_length.ts';
import { mixSeed } from './prng.ts';
import { RowWindow } from './row_window.ts';
import type { RowWindowState } from './row_window.ts';
import { forestFromJson, forestToJson } from './serialize.ts';
import type { ForestJson } from './serialize.ts';

export const IFOREST_STATE_VERSION = 1;

export interface IforestState {
  kind: 'iforest';
  version: number;
  nFeatures: number;
  features: FeaturizerState;
  window: RowWindowState;
  /** Feature vectors learnt since the last (re)training. */
  sinceTrain: number;
  /** Trainings done so far; with the seed it seeds the next one. */
  trainings: number;
  forest: ForestJson | null;
}

export class IforestDetector implements Detector {
  private readonly cfg: IforestConfig;
  private readonly featurizer: Featurizer;
  private readonly window: RowWindow;
  private readonly vector: Float64Array;
  private forest: Forest | null;
  private sinceTrain = 0;
  private trainings = 0;
  /** False for a pretrained forest without `retrain`: then the window is not kept at all. */
  private readonly learns: boolean;

  /** `forest` is a pretrained forest (model option) or null to learn one after the warm-up. */
  constructor(cfg: IforestConfig, fieldCount: number, forest: Forest | null, from?: IforestState) {
    this.cfg = cfg;
    if (from && (typeof from !== 'object' || from.kind !== 'iforest' || from.version !== IFOREST_STATE_VERSION)) {
      throw new Error(`iforest: state version ${String(from?.version)} is not supported (expected ${IFOREST_STATE_VERSION})`);
    }
    this.featurizer = createFeaturizer(cfg.features, fieldCount, cfg.shingle, from?.features);
    const n = this.featurizer.nFeatures;
    this.vector = new Float64Array(n);
    this.forest = forest;
    this.learns = forest === null || cfg.retrain !== undefined;
    if (forest && forest.nFeatures !== n) throw new Error(`iforest: the model has ${forest.nFeatures} features, the task makes ${n}`);
    if (from) {
      if (from.nFeatures !== n) throw new Error(`iforest: state has ${from.nFeatures} features, the task makes ${n}`);
      this.window = RowWindow.restore(from.window, this.learns ? cfg.window : 1, n);
      this.sinceTrain = from.sinceTrain;
      this.trainings = from.trainings;
      // A pretrained forest never retrained is not in the state: it comes from the model file again.
      if (from.forest !== null) this.forest = forestFromJson(from.forest);
    } else {
      this.window = new RowWindow(this.learns ? cfg.window : 1, n);
    }
  }

  step(sample: Sample): Verdict | null {
    const values = sample.values;
    for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i]!)) return null;
    if (!this.featurizer.push(values, this.vector)) return null;
    let verdict: Verdict | null = null;
    const forest = this.forest;
    if (forest) {
      const pathLength = meanPathLength(forest, this.vector);
      const score = scoreFromPathLength(pathLength, forest.psi);
      verdict = { score, anomaly: score > this.cfg.cutoff, extras: { path_length: pathLength } };
    }
    if (!this.learns) return verdict;
    this.window.push(this.vector);
    this.sinceTrain++;
    if (this.window.size >= this.cfg.warmup && (forest === null || (this.cfg.retrain !== undefined && this.sinceTrain >= this.cfg.retrain))) {
      this.train();
    }
    return verdict;
  }

  private train(): void {
    const rows = this.window.size;
    this.forest = trainForest(this.window.chronological(), rows, this.window.width, {
      trees: this.cfg.trees,
      sampleSize: this.cfg.sampleSize,
      seed: mixSeed(this.cfg.seed, this.trainings),
    });
    this.trainings++;
    this.sinceTrain = 0;
  }

  /** The current forest (null during the warm-up), for inspection and model export. */
  currentForest(): Forest | null {
    return this.forest;
  }

  state(): IforestState {
    return {
      kind: 'iforest',
      version: IFOREST_STATE_VERSION,
      nFeatures: this.featurizer.nFeatures,
      features: this.featurizer.state(),
      window: this.window.state(),
      sinceTrain: this.sinceTrain,
      trainings: this.trainings,
      forest: this.forest === null || this.trainings === 0 ? null : forestToJson(this.forest),
    };
  }
}
