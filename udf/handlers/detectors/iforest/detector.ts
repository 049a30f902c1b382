// The iforest detector for one group: features -> sliding training window ->
// forest. No verdict until `warmup` vectors are learnt; then the first forest
// (trained on the spot), and every `retrain` vectors a retraining on the last
// (up to `window`) vectors, whose forest takes over `retrainDelay` vectors
// after it started. The first retraining comes up to retrain/2 vectors early,
// by a phase hashed from the group's key, so that the groups of a task, which
// usually start together, do not all retrain at the same point. The delay is counted in points, not time, so the output
// does not depend on where or how fast the training runs (the process trains
// in a worker thread: udf/training/), and snapshots stay exact: a training in
// flight is waited for and its forest saved with the points it still waits.
import type { Detector, Sample, Verdict } from '../types.ts';
import type { IforestConfig } from './config.ts';
import { createFeaturizer } from './features.ts';
import type { Featurizer, FeaturizerState } from './features.ts';
import { meanPathLength } from './forest.ts';
import { blockedPathSums } from './blocked_layout.ts';
import type { Forest } from './forest.ts';
import { scoreFromPathLength } from './path_length.ts';
import { mixSeed } from './prng.ts';
import { RowWindow } from './row_window.ts';
import type { RowWindowState } from './row_window.ts';
import { forestFromJson, forestToJson } from './serialize.ts';
import type { ForestJson } from './serialize.ts';
import { readyForest } from './trainer.ts';
import type { ForestTrainer, PendingForest } from './trainer.ts';

/** Version 2 added `pending`; version 1 states (no retraining in flight) are still read. */
export const IFOREST_STATE_VERSION = 2;

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
  /** Vectors the first retraining comes early (absent in older states: 0). */
  phase?: number;
  forest: ForestJson | null;
  /** A retraining's forest waiting to take over after `dueIn` more vectors. */
  pending?: { dueIn: number; forest: ForestJson } | null;
}

export class IforestDetector implements Detector {
  private readonly cfg: IforestConfig;
  private readonly featurizer: Featurizer;
  private readonly window: RowWindow;
  private readonly vector: Float64Array;
  private forest: Forest | null;
  private sinceTrain = 0;
  private trainings = 0;
  private pending: { dueIn: number; forest: PendingForest } | null = null;
  /** False for a pretrained forest without `retrain`: then the window is not kept at all. */
  private readonly learns: boolean;

  /** Vectors the first retraining comes early (0 .. retrain/2), so groups spread their retrainings. */
  private readonly phase: number;
  /** Grows the forests of retrainings (inline or on the training thread). */
  private readonly trainer: ForestTrainer;

  /**
   * `forest` is a pretrained forest (model option) or null to learn one after the warm-up; `trainer`
   * grows the forests; `phase` (for a new group) comes from the group's key, a restored state carries its own.
   */
  constructor(cfg: IforestConfig, fieldCount: number, forest: Forest | null, trainer: ForestTrainer, from?: IforestState, phase = 0) {
    this.cfg = cfg;
    this.trainer = trainer;
    if (from && (typeof from !== 'object' || from.kind !== 'iforest' || (from.version !== IFOREST_STATE_VERSION && from.version !== 1))) {
      throw new Error(`iforest: state version ${String(from?.version)} is not supported (expected ${IFOREST_STATE_VERSION})`);
    }
    this.phase = from?.phase ?? phase;
    this.featurizer = createFeaturizer(cfg.features, fieldCount, cfg.shingle, from?.features);
    const n = this.featurizer.nFeatures;
    this.vector = new Float64Array(n);
    this.forest = forest;
    this.learns = forest === null || cfg.retrain !== undefined;
    if (this.learns) trainer.prepare?.();
    if (forest && forest.nFeatures !== n) throw new Error(`iforest: the model has ${forest.nFeatures} features, the task makes ${n}`);
    if (from) {
      if (from.nFeatures !== n) throw new Error(`iforest: state has ${from.nFeatures} features, the task makes ${n}`);
      this.window = RowWindow.restore(from.window, this.learns ? cfg.window : 1, n);
      this.sinceTrain = from.sinceTrain;
      this.trainings = from.trainings;
      // A pretrained forest never retrained is not in the state: it comes from the model file again.
      if (from.forest !== null) this.forest = forestFromJson(from.forest);
      if (from.pending) this.pending = { dueIn: from.pending.dueIn, forest: readyForest(forestFromJson(from.pending.forest)) };
    } else {
      this.window = new RowWindow(this.learns ? cfg.window : 1, n);
    }
  }

  step(sample: Sample): Verdict | null {
    if (!this.featurize(sample)) return null;
    const forest = this.forest;
    const verdict = forest ? this.verdict(forest, meanPathLength(forest, this.vector)) : null;
    this.learn();
    return verdict;
  }

  /**
   * step() over consecutive samples: featurised and learnt one by one as step() does, noting the
   * forest that judges each; then each run of samples judged by the same forest is scored tree by
   * tree (blocked_layout.ts), which reads each tree from memory once for the run.
   */
  stepMany(samples: readonly Sample[]): (Verdict | null)[] {
    const n = samples.length;
    const width = this.vector.length;
    const vectors = new Float64Array(n * width);
    const judges: (Forest | null)[] = new Array(n).fill(null);
    for (let i = 0; i < n; i++) {
      if (!this.featurize(samples[i]!)) continue;
      vectors.set(this.vector, i * width);
      judges[i] = this.forest;
      this.learn();
    }
    const out: (Verdict | null)[] = new Array(n).fill(null);
    const offsets = new Int32Array(n);
    const sums = new Float64Array(n);
    let i = 0;
    while (i < n) {
      const forest = judges[i];
      if (!forest) {
        i++;
        continue;
      }
      // The run: samples from i on judged by this forest (unjudged ones in between are skipped).
      let count = 0;
      let j = i;
      for (; j < n && (judges[j] === forest || judges[j] === null); j++) if (judges[j] === forest) offsets[count++] = j * width;
      if (forest.blocks) {
        blockedPathSums(forest.blocks, vectors, offsets, count, sums);
        for (let k = 0; k < count; k++) out[offsets[k]! / width] = this.verdict(forest, sums[k]! / forest.roots.length);
      } else {
        for (let k = 0; k < count; k++) out[offsets[k]! / width] = this.verdict(forest, meanPathLength(forest, vectors, offsets[k]!));
      }
      i = j;
    }
    return out;
  }

  /** The sample's feature vector into this.vector; false when it is not judged (non-finite, warming shingle). */
  private featurize(sample: Sample): boolean {
    const values = sample.values;
    for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i]!)) return false;
    return this.featurizer.push(values, this.vector);
  }

  private verdict(forest: Forest, pathLength: number): Verdict {
    const score = scoreFromPathLength(pathLength, forest.psi, forest.cTable[forest.psi]!);
    return { score, anomaly: score > this.cfg.cutoff, extras: { path_length: pathLength } };
  }

  /** Learns this.vector: the training window, the hand-over of a retrained forest, trainings due. */
  private learn(): void {
    if (!this.learns) return;
    this.window.push(this.vector);
    this.sinceTrain++;
    const pending = this.pending;
    if (pending !== null && --pending.dueIn <= 0) {
      this.forest = pending.forest.collect();
      this.pending = null;
    }
    if (this.forest === null) {
      if (this.window.size >= this.cfg.warmup) this.train();
    } else if (this.cfg.retrain !== undefined && this.sinceTrain >= this.cfg.retrain && this.window.size >= this.cfg.warmup) {
      this.train();
    }
  }

  /** The first forest is trained on the spot; retrainings take over after retrainDelay vectors. */
  private train(): void {
    const job = {
      data: this.window.chronological(),
      rows: this.window.size,
      nFeatures: this.window.width,
      options: { trees: this.cfg.trees, sampleSize: this.cfg.sampleSize, seed: mixSeed(this.cfg.seed, this.trainings) },
    };
    this.trainings++;
    this.sinceTrain = this.forest === null ? this.phase : 0;
    const pending = this.trainer.start(job);
    // The first forest is needed now; a worker trainer still does the work (its code is warm).
    if (this.forest === null || this.cfg.retrainDelay === 0) this.forest = pending.collect();
    else this.pending = { dueIn: this.cfg.retrainDelay, forest: pending };
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
      phase: this.phase,
      forest: this.forest === null || this.trainings === 0 ? null : forestToJson(this.forest),
      pending: this.pending === null ? null : { dueIn: this.pending.dueIn, forest: forestToJson(this.pending.forest.collect()) },
    };
  }
}
