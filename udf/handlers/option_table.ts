// The full option table the UDF declares: the shared options of options.ts,
// plus each of them scoped to one detector — the detector's name followed by
// the option's, e.g. `.zscoreSeasonality('hour')` or `.madWindow(200)` — so
// detectors combined in one node can be tuned apart. A scoped option
// overrides the shared one for its detector only.
import { OPTION_SPECS, type OptionSpec } from './options.ts';
import { DETECTORS } from './detectors/registry.ts';
import type { Options } from './detectors/types.ts';

export function scopedName(detector: string, option: string): string {
  return detector + option[0]!.toUpperCase() + option.slice(1);
}

function scopedSpecs(): Record<string, OptionSpec> {
  const out: Record<string, OptionSpec> = {};
  for (const factory of DETECTORS.values()) {
    for (const option of factory.options) {
      const spec = OPTION_SPECS[option];
      if (!spec || spec.repeatable) continue;
      out[scopedName(factory.name, option)] = { type: spec.type, doc: `${spec.doc}; for ${factory.name} only` };
    }
  }
  return out;
}

export const ALL_OPTION_SPECS: Readonly<Record<string, OptionSpec>> = { ...OPTION_SPECS, ...scopedSpecs() };

/** The options one detector sees: the shared ones, overridden by those scoped to it. */
export function optionsForDetector(detector: string, detectorOptions: readonly string[], single: Options): Options {
  const out: Record<string, number | string | boolean | undefined> = { ...single };
  for (const option of detectorOptions) {
    const scoped = single[scopedName(detector, option)];
    if (scoped !== undefined) out[option] = scoped;
  }
  return out;
}
