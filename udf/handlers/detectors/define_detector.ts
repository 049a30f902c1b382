// The one way a detector is declared: its name and options, how its options
// become a checked configuration, and how a Detector is made from that
// configuration for a new group or from a saved state. Validation is reading
// the configuration; the handler never sees anything else.
import type { Detector, Options } from './types.ts';
import type { StateReader } from '../state/state_reader.ts';
import type { DetectorEnv, DetectorFactory } from './factory.ts';
import { inlineTrainer } from './iforest/trainer.ts';
import { ModelFiles } from '../model_files.ts';

export interface DetectorSpec<C> {
  name: string;
  /** Option names the detector reads; each can also be scoped to it (`.madWindow(200)`). */
  options: readonly string[];
  /** Its score is already comparable across series, so `.calibration('tail')` leaves it alone. */
  selfCalibrated?: boolean;
  /** Parses and checks the options; throws an Error naming the bad one. */
  config(options: Options, fields: readonly string[], env: DetectorEnv): C;
  /** An upper bound of one group's state in memory, in bytes (state_bytes.ts). */
  stateBytes(cfg: C, fieldCount: number): number;
  /** A detector for a new group; `group` is its key. */
  create(cfg: C, fields: readonly string[], group: string, env: DetectorEnv): Detector;
  /** A detector from what Detector.save() wrote; throws when the state does not fit the configuration. */
  restore(cfg: C, from: StateReader, fields: readonly string[], env: DetectorEnv): Detector;
  /** A detector from its version-1 JSON state (snapshot format version 1). */
  restoreLegacy(cfg: C, state: unknown, fields: readonly string[], env: DetectorEnv): Detector;
}

/** Inline training and the model files of model/: for a detector used on its own (tests, tools). */
export function standaloneEnv(): DetectorEnv {
  return { trainer: inlineTrainer, models: new ModelFiles() };
}

export function defineDetector<C>(spec: DetectorSpec<C>): DetectorFactory {
  // The handler creates every group's detector from the same options object: their configuration
  // is parsed once and shared, not an object per group.
  const parsed = new WeakMap<Options, { fields: readonly string[]; env: DetectorEnv; cfg: C }>();
  const configOf = (options: Options, fields: readonly string[], env: DetectorEnv): C => {
    const hit = parsed.get(options);
    if (hit && hit.fields === fields && hit.env === env) return hit.cfg;
    const cfg = spec.config(options, fields, env);
    parsed.set(options, { fields, env, cfg });
    return cfg;
  };
  return {
    name: spec.name,
    options: spec.options,
    selfCalibrated: spec.selfCalibrated,
    validate(options, fields, env = standaloneEnv()) {
      spec.config(options, fields, env);
    },
    stateBytes(options, fields, env = standaloneEnv()) {
      return spec.stateBytes(spec.config(options, fields, env), fields.length);
    },
    create(options, fields, group = '', env = standaloneEnv()) {
      return spec.create(configOf(options, fields, env), fields, group, env);
    },
    restore(from, options, fields, env = standaloneEnv()) {
      return spec.restore(configOf(options, fields, env), from, fields, env);
    },
    restoreLegacy(state, options, fields, env = standaloneEnv()) {
      return spec.restoreLegacy(configOf(options, fields, env), state, fields, env);
    },
  };
}
