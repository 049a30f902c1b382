// What the handler holds of a detector: its factory, and the environment
// (trainer, model source) its detectors are made with. Types only; every
// factory is made by defineDetector() (define_detector.ts).
import type { Detector, Options } from './types.ts';
import type { StateReader } from '../state/state_reader.ts';
import type { ForestTrainer } from './iforest/trainer.ts';
import type { IforestModel } from './iforest/model.ts';

/** Pretrained models by their `.model()` name (udf/handlers/model_files.ts reads them from model/). */
export interface ModelSource {
  load(name: string): IforestModel;
}

/**
 * What detectors use from outside themselves, handed in by whoever builds the
 * handler (the UDF's command line, the backtest, a test), never module state.
 */
export interface DetectorEnv {
  /** Grows iforest forests: inline, or on the training thread. */
  trainer: ForestTrainer;
  models: ModelSource;
}

/**
 * A detector as the handler sees it; `env` defaults to inline training and the model files
 * of model/ (standaloneEnv()).
 */
export interface DetectorFactory {
  /** The `.detector('name')` value. */
  name: string;
  /** Option names this detector reads (for validation messages and docs). */
  options: readonly string[];
  /** Its score is already comparable across series (the tail calibration leaves it alone). */
  selfCalibrated?: boolean;
  /** Throws an Error naming the option when the configuration is invalid. */
  validate(options: Options, fields: readonly string[], env?: DetectorEnv): void;
  /** An upper bound of one group's state in memory, in bytes (state_bytes.ts), for the memory budget. */
  stateBytes(options: Options, fields: readonly string[], env?: DetectorEnv): number;
  /** `group`: the group's key, for detectors that spread periodic work across groups. */
  create(options: Options, fields: readonly string[], group?: string, env?: DetectorEnv): Detector;
  /** A detector from what Detector.save() wrote; throws a sentence when it does not fit the options. */
  restore(from: StateReader, options: Options, fields: readonly string[], env?: DetectorEnv): Detector;
  /** A detector from its state in a version-1 (JSON) snapshot. */
  restoreLegacy(state: unknown, options: Options, fields: readonly string[], env?: DetectorEnv): Detector;
}
