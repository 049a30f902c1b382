// Reading and writing pretrained iforest models under model/: the I/O the
// iforest detector is handed (as a ModelSource) instead of doing itself. A
// task's `.model('printer_iforest.json')` resolves against the model directory
// (the repository's model/, or $ADS_MODEL_DIR), and may not escape it.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { modelFromJson, modelToJson } from './detectors/iforest/model.ts';
import type { IforestModel } from './detectors/iforest/model.ts';
import type { ModelSource } from './detectors/factory.ts';
import { errorMessage } from '../errors.ts';
import { PROJECT_ROOT } from '../project_root.ts';

/** The model directory: $ADS_MODEL_DIR when set, else model/ of the repository (or of the installed package). */
export function modelDir(): string {
  const fromEnv = process.env.ADS_MODEL_DIR;
  if (fromEnv !== undefined && fromEnv !== '') return resolve(fromEnv);
  return resolve(PROJECT_ROOT, 'model');
}

/** Resolve a `.model()` path inside the model directory; refuses absolute paths and `..` escapes. */
export function resolveModelPath(name: string, dir: string = modelDir()): string {
  if (isAbsolute(name)) throw new Error(`model path '${name}' must be relative to the model directory ${dir}`);
  const full = resolve(dir, name);
  const rel = relative(dir, full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new Error(`model path '${name}' leaves the model directory ${dir}`);
  }
  return full;
}

export function readModelFile(name: string, dir: string = modelDir()): IforestModel {
  const path = resolveModelPath(name, dir);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`cannot read ${path}: ${errorMessage(err)}`, { cause: err });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`${path} is not JSON: ${errorMessage(err)}`, { cause: err });
  }
  try {
    return modelFromJson(json);
  } catch (err) {
    throw new Error(`${path}: ${errorMessage(err)}`, { cause: err });
  }
}

/** Write a model as JSON (creating directories); returns the absolute path written. */
export function writeModelFile(name: string, model: IforestModel, dir: string = modelDir()): string {
  const path = resolveModelPath(name, dir);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(modelToJson(model), null, 1) + '\n');
  return path;
}

/** The models of one model directory, each file read once (a task's groups share its model). */
export class ModelFiles implements ModelSource {
  private readonly dir: string;
  private readonly cache = new Map<string, IforestModel>();

  constructor(dir: string = modelDir()) {
    this.dir = dir;
  }

  load(name: string): IforestModel {
    const path = resolveModelPath(name, this.dir);
    let model = this.cache.get(path);
    if (!model) {
      model = readModelFile(name, this.dir);
      this.cache.set(path, model);
    }
    return model;
  }
}
