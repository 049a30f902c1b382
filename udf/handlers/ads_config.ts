// The checked configuration of one `@ads()` node, built from its options.
import { parseOptions } from './parse_options.ts';
import { optionsForDetector } from './option_table.ts';
import { DETECTORS } from './detectors/registry.ts';
import type { Options } from './detectors/types.ts';
import type { DetectorEnv, DetectorFactory } from './detectors/factory.ts';
import { standaloneEnv } from './detectors/define_detector.ts';
import { errorMessage } from '../errors.ts';
import { choiceOption, intOption } from './detectors/option_checks.ts';
import { calibrationOption, withCalibration } from './score_calibration.ts';
import type { agent as pb } from '../agent/proto/udf.js';
import { parseOutputSelection, type OutputSelection } from './verdict_fields.ts';

export type EmitMode = 'all' | 'anomalies';

export interface AdsConfig {
  fields: readonly string[];
  detectors: readonly DetectorFactory[];
  minConsensus: number;
  emit: EmitMode;
  /** Field groups added beyond the verdict (`.include()`). */
  output: OutputSelection;
  maxGroups: number;
  /** Groups unseen for this long, in point time, are evicted. */
  idleTimeoutMs: number;
  /** detectorOptions[i]: what detectors[i] is created with (shared options overridden by its scoped ones). */
  detectorOptions: readonly Options[];
}

/** What `@ads()` runs when a TICKscript names no `.detector()`. */
export const DEFAULT_DETECTOR = 'surprise';
export const DEFAULT_MAX_GROUPS = 10_000;
export const DEFAULT_IDLE_TIMEOUT_MS = 24 * 3600 * 1000;

/** Throws an Error naming the offending option; `env` is what the detectors are validated with. */
export function buildConfig(options: readonly pb.IOption[], env: DetectorEnv = standaloneEnv()): AdsConfig {
  const { single, lists } = parseOptions(options);
  const fields = (lists.field ?? []) as string[];
  if (fields.length === 0) throw new Error("at least one .field('name') is required");
  for (const f of fields) if (f === '') throw new Error('field names must not be empty');
  const dupField = fields.find((f, i) => fields.indexOf(f) !== i);
  if (dupField) throw new Error(`field '${dupField}' is listed more than once`);

  const names = ((lists.detector ?? [DEFAULT_DETECTOR]) as string[]).map((n) => n.toLowerCase());
  const detectors = names.map((name, i) => {
    if (names.indexOf(name) !== i) throw new Error(`detector '${name}' is listed more than once`);
    const factory = DETECTORS.get(name);
    if (!factory) throw new Error(`detector must be one of ${[...DETECTORS.keys()].map((n) => `'${n}'`).join(', ')}, got '${name}'`);
    return factory;
  });
  const detectorOptions = detectors.map((d) => optionsForDetector(d.name, d.options, single));
  detectors.forEach((d, i) => {
    try {
      d.validate(detectorOptions[i]!, fields, env);
    } catch (err) {
      throw new Error(`${d.name}: ${errorMessage(err)}`, { cause: err });
    }
  });
  // `.calibration('tail')` (the default) wraps each detector so its score is judged against the group's own recent tail.
  const calibration = calibrationOption(single);
  const minConsensus = intOption(single, 'minConsensus', 1, 1, detectors.length);
  const emit = choiceOption<EmitMode>(single, 'emit', 'all', ['all', 'anomalies']);
  const output = parseOutputSelection(lists.include ?? []);
  const maxGroups = intOption(single, 'maxGroups', DEFAULT_MAX_GROUPS, 1);
  const idleNs = single.idleTimeout ?? DEFAULT_IDLE_TIMEOUT_MS * 1e6;
  if (typeof idleNs !== 'number' || !(idleNs > 0)) throw new Error(`idleTimeout must be a positive duration, e.g. 24h, got ${String(idleNs)}`);
  return { fields, detectors: detectors.map((d) => withCalibration(d, calibration)), minConsensus, emit, output, maxGroups, idleTimeoutMs: idleNs / 1e6, detectorOptions };
}
