// Who grows the forests of retrainings (handed to the detector in its
// DetectorEnv). A detector starts a training and collects its forest a fixed
// number of points later, so where the training runs (here, inline, or in a
// worker thread: udf/training/) changes only when the work is done, never
// which forest scores which point.
import { trainForest } from './forest.ts';
import type { Forest, TrainOptions } from './forest.ts';

export interface TrainingJob {
  /** Rows × nFeatures values, row-major; the trainer may keep or transfer it. */
  data: Float64Array;
  rows: number;
  nFeatures: number;
  options: TrainOptions;
}

export interface PendingForest {
  /** The trained forest; blocks until it is there. */
  collect(): Forest;
  /** Optional: waits up to `waitMs` for the forest; true once collect() will not wait (a restore polls instead of blocking). */
  poll?(waitMs: number): boolean;
}

export interface ForestTrainer {
  start(job: TrainingJob): PendingForest;
  /** Get ready for trainings soon (a worker thread starts up while the detector warms up). */
  prepare?(): void;
}

/** The forest a job describes; every trainer's result is this. */
export function trainJob(job: TrainingJob): Forest {
  return trainForest(job.data, job.rows, job.nFeatures, job.options);
}

/** Trains when the forest is collected, on the caller's thread. */
export const inlineTrainer: ForestTrainer = {
  start(job: TrainingJob): PendingForest {
    let forest: Forest | null = null;
    return {
      collect(): Forest {
        forest ??= trainJob(job);
        return forest;
      },
    };
  },
};

/** A forest that is already there (restored from a snapshot). */
export function readyForest(forest: Forest): PendingForest {
  return { collect: () => forest };
}
