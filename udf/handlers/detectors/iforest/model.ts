// A pretrained model file (model/*.json): a forest plus what is needed to feed
// it the same features it was trained on. Pure: model_file.ts does the I/O.
import type { FeatureMode } from './config.ts';
import { featureCount } from './features.ts';
import type { Forest } from './forest.ts';
import { forestFromJson, forestToJson } from './serialize.ts';
import type { ForestJson } from './serialize.ts';

export const MODEL_FORMAT = 'ads-iforest-model';
export const MODEL_VERSION = 1;

export interface IforestModel {
  /** Field names, in the order the forest's raw features use them. */
  fields: string[];
  features: FeatureMode;
  shingle: number;
  /** Suggested cut-off, used when the task sets no `.cutoff()`. */
  cutoff?: number;
  /** Free text: what data and options produced it. */
  description?: string;
  forest: Forest;
}

export interface IforestModelJson {
  format: typeof MODEL_FORMAT;
  version: number;
  fields: string[];
  features: FeatureMode;
  shingle: number;
  cutoff?: number;
  description?: string;
  forest: ForestJson;
}

export function modelToJson(model: IforestModel): IforestModelJson {
  // Metadata first, so the head of a model file says what it is.
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    ...(model.description !== undefined ? { description: model.description } : {}),
    fields: [...model.fields],
    features: model.features,
    shingle: model.shingle,
    ...(model.cutoff !== undefined ? { cutoff: model.cutoff } : {}),
    forest: forestToJson(model.forest),
  };
}

export function modelFromJson(json: unknown): IforestModel {
  if (typeof json !== 'object' || json === null) throw new Error('iforest model: not a JSON object');
  const o = json as Record<string, unknown>;
  if (o.format !== MODEL_FORMAT) throw new Error(`iforest model: format '${String(o.format)}' is not '${MODEL_FORMAT}'`);
  if (o.version !== MODEL_VERSION) throw new Error(`iforest model: version ${String(o.version)} is not supported (expected ${MODEL_VERSION})`);
  const fields = o.fields;
  if (!Array.isArray(fields) || fields.length === 0 || !fields.every((f) => typeof f === 'string')) {
    throw new Error("iforest model: 'fields' must be a non-empty list of field names");
  }
  const features = o.features;
  if (features !== 'raw' && features !== 'shingle') throw new Error("iforest model: 'features' must be 'raw' or 'shingle'");
  const shingle = o.shingle;
  if (typeof shingle !== 'number' || !Number.isInteger(shingle) || shingle < 1) throw new Error("iforest model: 'shingle' must be an integer >= 1");
  const cutoff = o.cutoff;
  if (cutoff !== undefined && (typeof cutoff !== 'number' || !(cutoff > 0 && cutoff < 1))) {
    throw new Error("iforest model: 'cutoff' must be in (0, 1)");
  }
  const forest = forestFromJson(o.forest);
  const expected = featureCount(features, fields.length, shingle);
  if (forest.nFeatures !== expected) {
    throw new Error(`iforest model: forest has ${forest.nFeatures} features, but ${fields.length} field(s) with '${features}' make ${expected}`);
  }
  const model: IforestModel = { fields: fields as string[], features, shingle, forest };
  if (cutoff !== undefined) model.cutoff = cutoff;
  if (typeof o.description === 'string') model.description = o.description;
  return model;
}

/** Throws naming the option when a task's fields/features do not match a model. */
export function checkModelFits(model: IforestModel, fields: readonly string[], options: { features?: unknown; shingle?: unknown }): void {
  if (model.fields.length !== fields.length || model.fields.some((f, i) => f !== fields[i])) {
    throw new Error(`iforest: option 'model' was trained on fields [${model.fields.join(', ')}], the task scores [${fields.join(', ')}] (same names, same order)`);
  }
  if (options.features !== undefined && options.features !== model.features) {
    throw new Error(`iforest: option 'features' is '${String(options.features)}' but the model uses '${model.features}'`);
  }
  if (model.features === 'shingle' && options.shingle !== undefined && options.shingle !== model.shingle) {
    throw new Error(`iforest: option 'shingle' is ${String(options.shingle)} but the model uses ${model.shingle}`);
  }
}
