// DetectorFactory for `.detector('iforest')`: an isolation forest over the
// task's fields, learnt online on a sliding window or loaded from model/.
import type { Detector, DetectorFactory, Options } from './types.ts';
import { IFOREST_DEFAULTS, IFOREST_OPTION_NAMES, parseIforestConfig } from './iforest/config.ts';
import type { IforestConfig } from './iforest/config.ts';
import { IforestDetector } from './iforest/detector.ts';
import type { IforestState } from './iforest/detector.ts';
import { checkModelFits } from './iforest/model.ts';
import { hashString } from './iforest/prng.ts';
import type { IforestModel } from './iforest/model.ts';
import { readModelFile, resolveModelPath } from '../model_file.ts';

// A model file is read once per process and path, not once per group.
const modelCache = new Map<string, IforestModel>();

function loadModel(name: string): IforestModel {
  try {
    const path = resolveModelPath(name);
    let model = modelCache.get(path);
    if (!model) {
      model = readModelFile(name);
      modelCache.set(path, model);
    }
    return model;
  } catch (err) {
    throw new Error(`iforest: option 'model': ${(err as Error).message}`);
  }
}

/** The configuration and pretrained model (if any) a task's options describe. */
function configure(options: Options, fields: readonly string[]): { cfg: IforestConfig; model: IforestModel | null } {
  const cfg = parseIforestConfig(options, fields);
  if (cfg.model === undefined) return { cfg, model: null };
  const model = loadModel(cfg.model);
  checkModelFits(model, fields, options);
  return {
    cfg: {
      ...cfg,
      features: model.features,
      shingle: model.shingle,
      cutoff: options.cutoff === undefined ? (model.cutoff ?? IFOREST_DEFAULTS.cutoff) : cfg.cutoff,
    },
    model,
  };
}

/**
 * Points the first retraining of a group comes early, from a hash of its key: groups that start
 * together (all hosts of a task) then retrain at different points instead of all at once. A task
 * without groupBy has one group, keyed '': nothing to spread, so no phase.
 */
function retrainPhase(cfg: IforestConfig, group: string | undefined): number {
  if (cfg.retrain === undefined || !group) return 0;
  return hashString(group) % Math.ceil(cfg.retrain / 2);
}

export const iforestFactory: DetectorFactory = {
  name: 'iforest',
  options: IFOREST_OPTION_NAMES,
  validate(options: Options, fields: readonly string[]): void {
    configure(options, fields);
  },
  create(options: Options, fields: readonly string[], group?: string): Detector {
    const { cfg, model } = configure(options, fields);
    return new IforestDetector(cfg, fields.length, model ? model.forest : null, undefined, retrainPhase(cfg, group));
  },
  restore(state: unknown, options: Options, fields: readonly string[]): Detector {
    const { cfg, model } = configure(options, fields);
    return new IforestDetector(cfg, fields.length, model ? model.forest : null, state as IforestState);
  },
};
