// The iforest detector for one group: features -> sliding training window ->
// forest. No verdict until `warmup` vectors are learnt; then the first forest
// (trained on the spot), and every `retrain` vectors a retraining on the last
// (up to `window`) vectors, whose forest takes over `retrainDelay` vectors
// after it started. The first retraining comes up to retrain/2 vectors early,
// by a phase hashed from the group's key, so that the groups of a task, which
// usually start together, do not all retrain at the same point. The delay is counted in points, not time, so the output
// does not depend on where or how fast the training runs (the process trains
// in a worker thread: udf/training/).
//
// What is kept of a forest. A forest is a deterministic function of its
// training rows and its seed, and its rows are a few dozen kilobytes where
// its trees are hundreds. So when a forest's rows are at most twice the
// window (retrain + retrainDelay <= window, as with the defaults), the
// detector keeps the last window + retrain + retrainDelay rows, the forests
// only in their scoring layout, and a snapshot stores the rows each forest
// was trained on and its seed: a restore grows the same forests again
// (settle()). With a longer retraining cycle the rows would be too many: the
// trees are kept and saved instead. A pretrained model's forest is never
// saved: it comes from the model file.
import type { Detector, Sample, Verdict } from '../types.ts';
import type { IforestConfig } from './config.ts';
import { createFeaturizer, readFeaturizer, saveFeaturizer } from './features.ts';
import type { Featurizer, FeaturizerState } from './features.ts';
import { meanPathLength } from './forest.ts';
import { blockedPathSums } from './blocked_layout.ts';
import type { Forest } from './forest.ts';
import { scoreFromPathLength } from './path_length.ts';
import { mixSeed } from './prng.ts';
import { RowWindow } from './row_window.ts';
import type { RowWindowState } from './row_window.ts';
import { forestFromJson, readTrees, saveTrees } from './serialize.ts';
import type { ForestJson } from './serialize.ts';
import { readyForest } from './trainer.ts';
import type { ForestTrainer, PendingForest, TrainingJob } from './trainer.ts';
import type { StateReader } from '../../state/state_reader.ts';
import { arrayBytes, OBJECT_BYTES, ownedArrayBytes } from '../state_bytes.ts';
import { heightLimit } from './path_length.ts';
import { featureCount } from './features.ts';
import { BLOCKED_LEVELS, BLOCKED_MAX_FEATURES } from './blocked_layout.ts';
import { MAX_HEAP_LEVELS } from './heap_layout.ts';
import type { StateWriter } from '../../state/state_writer.ts';

/** Version 2 added `pending`; version 1 states (no retraining in flight) are still read. */
export const IFOREST_STATE_VERSION = 2;

/** The detector's state in a version-1 (JSON) snapshot. */
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

/** Where a trained forest came from: the `rows` rows before row `end` (counted over the group's life), grown with training `training`'s seed. */
interface Origin {
  end: number;
  rows: number;
  training: number;
}

/**
 * A forest in use or waiting to take over, and what a snapshot keeps of it: the rows it can be
 * grown from again, its trees, or nothing (the pretrained model's).
 */
interface HeldForest {
  forest: PendingForest;
  origin: Origin | 'trees' | 'model';
}

/** Longest wait for the training thread in one step of a restore. */
const SETTLE_WAIT_MS = 5;

// What a snapshot says of a forest.
const NO_FOREST = 0;
const MODEL_FOREST = 1;
const FROM_ROWS = 2;
const TREES = 3;

/** Inspection for tests and tools: rows in the training window, trainings so far, the current forest's subsample size. */
export interface IforestProgress {
  rows: number;
  trainings: number;
  psi: number | null;
  trees: number | null;
}

/** Whether forests are kept as their training rows (true) or as their trees: see the top of this file. */
function keepsRows(cfg: IforestConfig): boolean {
  return cfg.retrain !== undefined && cfg.retrain + cfg.retrainDelay <= cfg.window;
}

/** An upper bound of one forest's memory: its scoring layout, and its trees where they are kept or walked. */
function forestBytes(cfg: IforestConfig, nFeatures: number, withTrees: boolean): number {
  const psi = Math.min(cfg.sampleSize, cfg.window);
  const levels = heightLimit(psi);
  const t = cfg.trees;
  let bytes = OBJECT_BYTES + ownedArrayBytes(8 * (psi + 1)) + ownedArrayBytes(4 * t);
  let layout = true;
  if (levels <= BLOCKED_LEVELS && nFeatures <= BLOCKED_MAX_FEATURES) {
    bytes += ownedArrayBytes(t * 17 * 64) + ownedArrayBytes(t * 256 * 2) + ownedArrayBytes(8 * (BLOCKED_LEVELS + 1) * (psi + 1));
  } else if (levels <= MAX_HEAP_LEVELS) {
    const inner = 2 ** levels - 1;
    bytes += ownedArrayBytes(t * inner) + ownedArrayBytes(4 * t * inner) + ownedArrayBytes(2 * t * (inner + 1)) + ownedArrayBytes(8 * (levels + 1) * (psi + 1));
  } else layout = false;
  const nodes = t * (2 * psi - 1);
  return bytes + (withTrees || !layout ? 3 * ownedArrayBytes(0) + 13 * nodes : 3 * ownedArrayBytes(0));
}

/** An upper bound of one group's memory: features, the rows held, the forest in use and one waiting to take over. */
export function iforestStateBytes(cfg: IforestConfig, fieldCount: number, pretrained: boolean): number {
  const n = featureCount(cfg.features, fieldCount, cfg.shingle);
  const learns = !pretrained || cfg.retrain !== undefined;
  const rows = !learns ? 1 : keepsRows(cfg) ? cfg.window + cfg.retrain! + cfg.retrainDelay : cfg.window;
  const features = cfg.features === 'raw' ? OBJECT_BYTES : OBJECT_BYTES + arrayBytes(fieldCount) + (fieldCount + 1) * ownedArrayBytes(8 * Math.max(cfg.shingle - 1, 1));
  const forests = learns ? 2 * forestBytes(cfg, n, !keepsRows(cfg)) : 0;
  return 3 * OBJECT_BYTES + features + ownedArrayBytes(8 * n) + OBJECT_BYTES + ownedArrayBytes(4 * n * rows) + forests;
}

export class IforestDetector implements Detector {
  private readonly cfg: IforestConfig;
  private readonly featurizer: Featurizer;
  /** The training window, plus (keepsRows) the rows the forests in use were trained on. */
  private readonly rows: RowWindow;
  private readonly vector: Float64Array;
  private forest: HeldForest | null;
  private sinceTrain = 0;
  private trainings = 0;
  /** Rows learnt over the group's life: the row numbers forests' origins count in. */
  private learned = 0;
  private pending: { dueIn: number; held: HeldForest } | null = null;
  /** False for a pretrained forest without `retrain`: then the window is not kept at all. */
  private readonly learns: boolean;
  /** Forests are kept as their training rows (true) or as their trees. */
  private readonly keepsRows: boolean;
  /** Vectors the first retraining comes early (0 .. retrain/2), so groups spread their retrainings. */
  private readonly phase: number;
  /** Grows the forests of retrainings (inline or on the training thread). */
  private readonly trainer: ForestTrainer;

  /**
   * `model` is a pretrained forest (model option) or null to learn one after the warm-up; `trainer`
   * grows the forests; `phase` (for a new group) comes from the group's key.
   */
  constructor(cfg: IforestConfig, fieldCount: number, model: Forest | null, trainer: ForestTrainer, phase = 0, features?: FeaturizerState) {
    this.cfg = cfg;
    this.trainer = trainer;
    this.phase = phase;
    this.featurizer = createFeaturizer(cfg.features, fieldCount, cfg.shingle, features);
    const n = this.featurizer.nFeatures;
    this.vector = new Float64Array(n);
    if (model && model.nFeatures !== n) throw new Error(`iforest: the model has ${model.nFeatures} features, the task makes ${n}`);
    this.forest = model ? { forest: readyForest(model), origin: 'model' } : null;
    this.learns = model === null || cfg.retrain !== undefined;
    this.keepsRows = keepsRows(cfg);
    if (this.learns) trainer.prepare?.();
    this.rows = new RowWindow(!this.learns ? 1 : this.keepsRows ? cfg.window + cfg.retrain! + cfg.retrainDelay : cfg.window, n);
  }

  step(sample: Sample): Verdict | null {
    if (!this.featurize(sample)) return null;
    const forest = this.forest ? this.use(this.forest) : null;
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
      judges[i] = this.forest ? this.use(this.forest) : null;
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

  /**
   * Grows the forest in use that a restore left as rows (one waiting to take over is grown by the
   * trainer meanwhile, and collected when due). Waits for the training thread a few milliseconds
   * at a time, so the agent answers keepalives in between: false until the forest is there.
   */
  settle(): boolean {
    const held = this.forest;
    if (held === null) return true;
    if (held.forest.poll && !held.forest.poll(SETTLE_WAIT_MS)) return false;
    this.use(held);
    return true;
  }

  /** Inspection: rows in the training window, trainings so far, the current forest's subsample size. */
  progress(): IforestProgress {
    const forest = this.forest ? this.use(this.forest) : null;
    return { rows: Math.min(this.rows.size, this.cfg.window), trainings: this.trainings, psi: forest?.psi ?? null, trees: forest?.roots.length ?? null };
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

  /** The forest itself (collected, and kept in its scoring layout only when it can be grown from its rows again). */
  private use(held: HeldForest): Forest {
    const forest = held.forest.collect();
    if (typeof held.origin !== 'object' || (!forest.blocks && !forest.heap) || forest.feature.length === 0) return forest;
    const slim: Forest = { ...forest, feature: new Int8Array(0), value: new Float64Array(0), right: new Int32Array(0) };
    held.forest = readyForest(slim);
    return slim;
  }

  /** Learns this.vector: the training window, the hand-over of a retrained forest, trainings due. */
  private learn(): void {
    if (!this.learns) return;
    this.rows.push(this.vector);
    this.learned++;
    this.sinceTrain++;
    const pending = this.pending;
    if (pending !== null && --pending.dueIn <= 0) {
      this.use(pending.held);
      this.forest = pending.held;
      this.pending = null;
    }
    const size = Math.min(this.rows.size, this.cfg.window);
    if (this.forest === null) {
      if (size >= this.cfg.warmup) this.train();
    } else if (this.cfg.retrain !== undefined && this.sinceTrain >= this.cfg.retrain && size >= this.cfg.warmup) {
      this.train();
    }
  }

  /** The first forest is trained on the spot; retrainings take over after retrainDelay vectors. */
  private train(): void {
    const origin: Origin = { end: this.learned, rows: Math.min(this.rows.size, this.cfg.window), training: this.trainings };
    const held: HeldForest = { forest: this.trainer.start(this.job(origin)), origin: this.keepsRows ? origin : 'trees' };
    this.trainings++;
    this.sinceTrain = this.forest === null ? this.phase : 0;
    // The first forest is needed now; a worker trainer still does the work (its code is warm).
    if (this.forest === null || this.cfg.retrainDelay === 0) {
      this.use(held);
      this.forest = held;
    } else {
      this.pending = { dueIn: this.cfg.retrainDelay, held };
    }
  }

  /** The training job of a forest of this origin, from the rows held. */
  private job(origin: Origin): TrainingJob {
    const newest = this.learned - this.rows.size; // row number of the oldest row held
    return {
      data: this.rows.between(origin.end - origin.rows - newest, origin.end - newest),
      rows: origin.rows,
      nFeatures: this.rows.width,
      options: { trees: this.cfg.trees, sampleSize: this.cfg.sampleSize, seed: mixSeed(this.cfg.seed, origin.training) },
    };
  }

  save(w: StateWriter): void {
    saveFeaturizer(this.featurizer, w);
    w.uint(this.learned);
    w.uint(this.sinceTrain);
    w.uint(this.trainings);
    w.uint(this.phase);
    this.saveForest(w, this.forest);
    w.bool(this.pending !== null);
    if (this.pending) {
      w.uint(this.pending.dueIn);
      this.saveForest(w, this.pending.held);
    }
    // The rows still needed: the training window, and those of forests grown from rows.
    let oldest = this.learned - Math.min(this.rows.size, this.cfg.window);
    for (const held of [this.forest, this.pending?.held ?? null]) if (held && typeof held.origin === 'object') oldest = Math.min(oldest, held.origin.end - held.origin.rows);
    this.rows.save(w, oldest - (this.learned - this.rows.size));
  }

  private saveForest(w: StateWriter, held: HeldForest | null): void {
    if (held === null) w.u8(NO_FOREST);
    else if (held.origin === 'model') w.u8(MODEL_FOREST);
    else if (typeof held.origin === 'object') {
      w.u8(FROM_ROWS);
      w.uint(held.origin.end);
      w.uint(held.origin.rows);
      w.uint(held.origin.training);
    } else {
      w.u8(TREES);
      saveTrees(held.forest.collect(), w);
    }
  }

  /** A detector from what save() wrote; its forests grown from rows are trained when settle() runs (or first needed). */
  static read(cfg: IforestConfig, fieldCount: number, model: Forest | null, trainer: ForestTrainer, r: StateReader): IforestDetector {
    const features = readFeaturizer(r, cfg.features, fieldCount, cfg.shingle);
    const learned = r.uint('the rows learnt by the iforest');
    const sinceTrain = r.uint('the points since the last iforest training');
    const trainings = r.uint('the iforest training count');
    const phase = r.uint('the iforest retraining phase', cfg.retrain === undefined ? 0 : Math.ceil(cfg.retrain / 2));
    const d = new IforestDetector(cfg, fieldCount, model, trainer, phase, features);
    d.learned = learned;
    d.sinceTrain = sinceTrain;
    d.trainings = trainings;
    const current = d.readForest(r, 'the current iforest forest');
    const pending = r.bool('the iforest retraining') ? { dueIn: r.uint('the iforest retraining', cfg.retrainDelay), found: d.readForest(r, 'the retrained iforest forest') } : null;
    d.rows.read(r, 'the iforest training window');
    if (d.rows.size > learned) throw new Error('the iforest state holds more rows than it learnt');
    d.forest = current === null ? null : d.held(current, model);
    if (pending) {
      if (pending.found === null || pending.found === 'model' || pending.dueIn < 1) throw new Error('the iforest state holds an impossible retraining');
      d.pending = { dueIn: pending.dueIn, held: d.held(pending.found, model) };
    }
    return d;
  }

  /** What a snapshot holds of a forest: the origin to grow it from, its trees, the model's, or none. */
  private readForest(r: StateReader, what: string): Origin | Forest | 'model' | null {
    const kind = r.u8(what);
    if (kind === NO_FOREST) return null;
    if (kind === MODEL_FOREST) return 'model';
    if (kind === FROM_ROWS) {
      const origin = { end: r.uint(what), rows: r.uint(what, this.cfg.window), training: r.uint(what) };
      if (!this.keepsRows || origin.end > this.learned || origin.rows < 1 || origin.training >= this.trainings) throw new Error(`${what} comes from rows it cannot have been trained on`);
      return origin;
    }
    if (kind === TREES) return readTrees(r, this.rows.width, what);
    throw new Error(`${what} is of an unknown kind (${kind})`);
  }

  private held(found: Origin | Forest | 'model', model: Forest | null): HeldForest {
    if (found === 'model') {
      if (model === null) throw new Error('the iforest state uses a pretrained forest, but the task names no model');
      return { forest: readyForest(model), origin: 'model' };
    }
    if ('psi' in found) return { forest: readyForest(found), origin: 'trees' };
    if (found.end - found.rows < this.learned - this.rows.size) throw new Error('the iforest state lacks the rows a forest was trained on');
    return { forest: this.trainer.start(this.job(found)), origin: found };
  }

  /** A detector from its version-1 JSON state. */
  static fromLegacy(cfg: IforestConfig, fieldCount: number, model: Forest | null, trainer: ForestTrainer, from: IforestState): IforestDetector {
    if (!from || typeof from !== 'object' || from.kind !== 'iforest' || (from.version !== IFOREST_STATE_VERSION && from.version !== 1)) {
      throw new Error(`iforest: state version ${String(from?.version)} is not supported (expected ${IFOREST_STATE_VERSION})`);
    }
    const d = new IforestDetector(cfg, fieldCount, model, trainer, from.phase ?? 0, from.features);
    const n = d.featurizer.nFeatures;
    if (from.nFeatures !== n) throw new Error(`iforest: state has ${from.nFeatures} features, the task makes ${n}`);
    const window = RowWindow.restore(from.window, d.learns ? cfg.window : 1, n);
    for (const row of rowsOf(window)) d.rows.push(row);
    d.learned = window.size;
    d.sinceTrain = from.sinceTrain;
    d.trainings = from.trainings;
    // Version 1 kept trees; they are kept as trees (a retraining replaces them in due course).
    const trees = (json: ForestJson): HeldForest => ({ forest: readyForest(forestFromJson(json)), origin: 'trees' });
    if (from.forest !== null) d.forest = trees(from.forest);
    if (from.pending) d.pending = { dueIn: from.pending.dueIn, held: trees(from.pending.forest) };
    return d;
  }
}

function* rowsOf(w: RowWindow): Generator<Float64Array> {
  const all = w.chronological();
  for (let i = 0; i < w.size; i++) yield all.subarray(i * w.width, (i + 1) * w.width);
}
