// `.detector('iforest')`: an isolation forest over the task's fields, learnt
// online on a sliding window or loaded from a pretrained model. Forests are
// grown by the trainer and models read by the model source of the DetectorEnv.
import type { Options } from './types.ts';
import type { DetectorEnv } from './factory.ts';
import { defineDetector } from './define_detector.ts';
import { IFOREST_DEFAULTS, IFOREST_OPTION_NAMES, parseIforestConfig } from './iforest/config.ts';
import type { IforestConfig } from './iforest/config.ts';
import { IforestDetector, iforestStateBytes } from './iforest/detector.ts';
import type { IforestState } from './iforest/detector.ts';
import { checkModelFits } from './iforest/model.ts';
import { hashString } from './iforest/prng.ts';
import type { IforestModel } from './iforest/model.ts';
import { errorMessage, OptionError } from '../../errors.ts';

interface Configured {
  cfg: IforestConfig;
  model: IforestModel | null;
}

function loadModel(name: string, env: DetectorEnv): IforestModel {
  try {
    return env.models.load(name);
  } catch (err) {
    throw new OptionError(`iforest: option 'model': ${errorMessage(err)}`, { cause: err });
  }
}

/** The configuration and pretrained model (if any) a task's options describe. */
function configure(options: Options, fields: readonly string[], env: DetectorEnv): Configured {
  const cfg = parseIforestConfig(options, fields);
  if (cfg.model === undefined) return { cfg, model: null };
  const model = loadModel(cfg.model, env);
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
function retrainPhase(cfg: IforestConfig, group: string): number {
  if (cfg.retrain === undefined || !group) return 0;
  return hashString(group) % Math.ceil(cfg.retrain / 2);
}

export const iforestFactory = defineDetector<Configured>({
  name: 'iforest',
  options: IFOREST_OPTION_NAMES,
  config: configure,
  stateBytes: ({ cfg, model }, fieldCount) => iforestStateBytes(cfg, fieldCount, model !== null),
  create: ({ cfg, model }, fields, group, env) => new IforestDetector(cfg, fields.length, model ? model.forest : null, env.trainer, retrainPhase(cfg, group)),
  restore: ({ cfg, model }, from, fields, env) => IforestDetector.read(cfg, fields.length, model ? model.forest : null, env.trainer, from),
  restoreLegacy: ({ cfg, model }, state, fields, env) => IforestDetector.fromLegacy(cfg, fields.length, model ? model.forest : null, env.trainer, state as IforestState),
});
