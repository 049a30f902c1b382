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
import { arrayBytes, OBJECT_BYTES } from './detectors/state_bytes.ts';
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
  /** An upper bound of one group's memory (detectors, calibration, the group's own entry). */
  groupBytes: number;
  /** Whether maxGroups is the default (lowered to fit the memory budget when a group is large). */
  maxGroupsDefault: boolean;
  /** Groups unseen for this long, in point time, are evicted. */
  idleTimeoutMs: number;
  /** detectorOptions[i]: what detectors[i] is created with (shared options overridden by its scoped ones). */
  detectorOptions: readonly Options[];
}

/** What `@ads()` runs when a TICKscript names no `.detector()`. */
export const DEFAULT_DETECTOR = 'surprise';
export const DEFAULT_MAX_GROUPS = 10_000;
/** Most groups of one task node: a JavaScript Map holds at most 2^24 (16.7 million) entries. */
export const MAX_GROUPS = 10_000_000;
export const DEFAULT_IDLE_TIMEOUT_MS = 24 * 3600 * 1000;
/** Memory the groups of one task node may take at most, by the bounds of state_bytes.ts (--memory-budget). */
export const DEFAULT_MEMORY_BUDGET = 1024 ** 3;
/** A group's own entry: its key (counted at 256 bytes), its map slot, its object and list of detectors. */
const GROUP_ENTRY_BYTES = 256 + 64 + OBJECT_BYTES;

/** Bytes as a reader would say them: 1.5 GiB, 431 KiB, 920 B. */
export function formatBytes(n: number): string {
  const units: [number, string][] = [
    [1024 ** 3, 'GiB'],
    [1024 ** 2, 'MiB'],
    [1024, 'KiB'],
  ];
  for (const [size, unit] of units) if (n >= size) return `${(n / size).toFixed(n >= 100 * size ? 0 : 1)} ${unit}`;
  return `${Math.round(n)} B`;
}

/**
 * Throws an Error naming the offending option; `env` is what the detectors are validated with.
 * `memoryBudget` bounds maxGroups × the state a group can take: a configuration beyond it is
 * refused; without `.maxGroups()` the default is lowered to fit.
 */
export function buildConfig(options: readonly pb.IOption[], env: DetectorEnv = standaloneEnv(), memoryBudget = DEFAULT_MEMORY_BUDGET): AdsConfig {
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
  const idleNs = single.idleTimeout ?? DEFAULT_IDLE_TIMEOUT_MS * 1e6;
  if (typeof idleNs !== 'number' || !(idleNs > 0)) throw new Error(`idleTimeout must be a positive duration, e.g. 24h, got ${String(idleNs)}`);
  const calibrated = detectors.map((d) => withCalibration(d, calibration));
  const perDetector = calibrated.map((d, i) => d.stateBytes(detectorOptions[i]!, fields, env));
  const groupBytes = GROUP_ENTRY_BYTES + arrayBytes(calibrated.length) + perDetector.reduce((a, b) => a + b, 0);
  const parts = calibrated.map((d, i) => `${d.name} ${formatBytes(perDetector[i]!)}`).join(', ');
  const fieldsSaid = `${fields.length} field${fields.length === 1 ? '' : 's'}`;
  const budget = `the memory budget of ${formatBytes(memoryBudget)} (--memory-budget)`;
  if (groupBytes > memoryBudget) {
    throw new Error(`one group's state can take ${formatBytes(groupBytes)} with these options (${fieldsSaid}: ${parts}), more than ${budget}; shrink the windows or raise --memory-budget`);
  }
  const fitting = Math.floor(memoryBudget / groupBytes);
  const given = single.maxGroups !== undefined;
  let maxGroups = intOption(single, 'maxGroups', Math.min(DEFAULT_MAX_GROUPS, fitting), 1, MAX_GROUPS);
  if (given && maxGroups > fitting) {
    throw new Error(
      `.maxGroups(${maxGroups}) with groups of up to ${formatBytes(groupBytes)} each (${fieldsSaid}: ${parts}) can take ${formatBytes(maxGroups * groupBytes)}, more than ${budget}; lower maxGroups to ${fitting} or less, shrink the windows, or raise --memory-budget`,
    );
  }
  maxGroups = Math.max(1, maxGroups);
  return { fields, detectors: calibrated, minConsensus, emit, output, maxGroups, groupBytes, maxGroupsDefault: !given, idleTimeoutMs: idleNs / 1e6, detectorOptions };
}
