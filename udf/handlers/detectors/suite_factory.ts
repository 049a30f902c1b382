// The DetectorFactory of a suite detector (quantile, iqr, zscore, persist,
// seasonal) from what is its own: its options, how a field's state is made and
// loaded, and its Detector. Validation, creation and restore (with the state
// checks of suite_state.ts) are the same for all of them.
import type { Detector, DetectorFactory, Options } from './types.ts';
import { loadState, type ShapeConfig } from './suite_state.ts';

export interface SuiteSpec<C, F, S> {
  name: string;
  options: readonly string[];
  /** Parses and checks the options; throws naming the bad one. */
  readConfig(options: Options, fields: readonly string[]): C;
  /** A field's state for a new group. */
  newField(cfg: C): F;
  /** The configuration a saved state must have been taken under. */
  shape(cfg: C): ShapeConfig;
  /** A field's state from its saved form. */
  loadField(cfg: C, saved: S): F;
  detector(cfg: C, fields: F[]): Detector;
}

export function suiteFactory<C, F, S>(spec: SuiteSpec<C, F, S>): DetectorFactory {
  return {
    name: spec.name,
    options: spec.options,
    validate(options, fields) {
      spec.readConfig(options, fields);
    },
    create(options, fields) {
      const cfg = spec.readConfig(options, fields);
      return spec.detector(cfg, fields.map(() => spec.newField(cfg)));
    },
    restore(state, options, fields) {
      const cfg = spec.readConfig(options, fields);
      const saved = loadState<S>(state, spec.name, spec.shape(cfg), fields.length);
      return spec.detector(cfg, saved.map((s) => spec.loadField(cfg, s)));
    },
  };
}
