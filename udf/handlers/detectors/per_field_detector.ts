// defineDetector() for a detector that keeps one state per field (the suite:
// quantile, iqr, zscore, persist, seasonal, levelshift, volatilityshift): it
// states its options, how a field's state is made and loaded, and its
// Detector; creation and restore (with the state checks of suite_state.ts)
// are the same for all of them.
import type { Detector, Options } from './types.ts';
import type { DetectorFactory } from './factory.ts';
import { defineDetector } from './define_detector.ts';
import { loadState, type ShapeConfig } from './suite_state.ts';

export interface PerFieldSpec<C, F, S> {
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

export function perFieldDetector<C, F, S>(spec: PerFieldSpec<C, F, S>): DetectorFactory {
  return defineDetector<C>({
    name: spec.name,
    options: spec.options,
    config: (options, fields) => spec.readConfig(options, fields),
    create: (cfg, fields) => spec.detector(cfg, fields.map(() => spec.newField(cfg))),
    restore: (cfg, state, fields) => {
      const saved = loadState<S>(state, spec.name, spec.shape(cfg), fields.length);
      return spec.detector(cfg, saved.map((s) => spec.loadField(cfg, s)));
    },
  });
}
