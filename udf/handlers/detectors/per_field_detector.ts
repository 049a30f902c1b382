// defineDetector() for a detector that keeps one state per field (the suite:
// quantile, iqr, zscore, persist, seasonal, levelshift, volatilityshift): it
// states its options, how a field's state is made, written and read back
// (and read from a version-1 snapshot), and its Detector; creation and
// restore (with the state checks of suite_state.ts) are the same for all of
// them.
import type { Detector, Options } from './types.ts';
import type { DetectorFactory } from './factory.ts';
import { defineDetector } from './define_detector.ts';
import { loadState, type ShapeConfig } from './suite_state.ts';
import type { StateReader } from '../state/state_reader.ts';
import type { StateWriter } from '../state/state_writer.ts';
import { arrayBytes, OBJECT_BYTES } from './state_bytes.ts';

export interface PerFieldSpec<C, F, S> {
  name: string;
  options: readonly string[];
  /** Parses and checks the options; throws naming the bad one. */
  readConfig(options: Options, fields: readonly string[]): C;
  /** A field's state for a new group. */
  newField(cfg: C): F;
  /** An upper bound of a field's state in memory (state_bytes.ts). */
  fieldBytes(cfg: C): number;
  /** A field's state from what the detector's save() wrote for it (saveFields()); `what` names it in errors. */
  readField(cfg: C, from: StateReader, what: string): F;
  /** Version 1: the configuration a saved state must have been taken under. */
  shape(cfg: C): ShapeConfig;
  /** Version 1: a field's state from its JSON. */
  loadField(cfg: C, saved: S): F;
  detector(cfg: C, fields: F[]): Detector;
}

/** What a per-field detector's save() writes: each field's state in order. */
export function saveFields<F>(w: StateWriter, fields: readonly F[], writeField: (f: F, w: StateWriter) => void): void {
  for (const f of fields) writeField(f, w);
}

export function perFieldDetector<C, F, S>(spec: PerFieldSpec<C, F, S>): DetectorFactory {
  return defineDetector<C>({
    name: spec.name,
    options: spec.options,
    config: (options, fields) => spec.readConfig(options, fields),
    stateBytes: (cfg, fieldCount) => OBJECT_BYTES + arrayBytes(fieldCount) + fieldCount * spec.fieldBytes(cfg),
    create: (cfg, fields) => spec.detector(cfg, fields.map(() => spec.newField(cfg))),
    restore: (cfg, from, fields) => spec.detector(cfg, fields.map((name) => spec.readField(cfg, from, `the ${spec.name} state of field '${name}'`))),
    restoreLegacy: (cfg, state, fields) => {
      const saved = loadState<S>(state, spec.name, spec.shape(cfg), fields.length);
      return spec.detector(cfg, saved.map((s) => spec.loadField(cfg, s)));
    },
  });
}
