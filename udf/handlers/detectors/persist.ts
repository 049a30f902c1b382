// persist — a value far from the recent level (ADTK PersistAD).
//
// Options (defaults): window (1, integer >= 1; ADTK's default), c (3.0, > 0),
// side ('both' | 'positive' | 'negative'), history (200, integer >= 10).
// v = x − median of the preceding `window` values of the field (ADTK's
// DoubleRollingAggregate(window=(window, 1), center=True), which is causal).
// Anomaly iff |v| > Q3 + c·IQR of the |v| history (the last `history` values;
// ADTK fits it on the whole series) and v's sign is `side`.
// Band: median ± (Q3 + c·IQR), symmetric whatever `side`. Distance: |v| over
// that cut-off (0 for the unwatched sign). Warm-up: `window` values, then
// min(history, 20) differences.

import type { Detector, Options, Sample, Verdict } from './types.ts';
import { perFieldDetector, saveFields } from './per_field_detector.ts';
import { SortedWindow } from './sorted_window.ts';
import { AbsIqrRule } from './abs_iqr_rule.ts';
import { FieldVerdicts } from './field_verdict.ts';
import { intOption, positiveOption, requireFields, sideOption, type Side } from './suite_options.ts';
import { loadSortedWindow } from './suite_state.ts';
import type { StateWriter } from '../state/state_writer.ts';
import { MAX_WINDOW, OBJECT_BYTES, sortedWindowBytes } from './state_bytes.ts';

const NAME = 'persist';

interface PersistConfig {
  window: number;
  c: number;
  side: Side;
  history: number;
}

/** A field's state in a version-1 (JSON) snapshot. */
interface PersistFieldState {
  window: number[];
  history: number[];
}

function readConfig(options: Options, fields: readonly string[]): PersistConfig {
  requireFields(fields);
  return {
    window: intOption(options, 'window', 1, 1, MAX_WINDOW),
    c: positiveOption(options, 'c', 3),
    side: sideOption(options),
    history: intOption(options, 'history', 200, 10, MAX_WINDOW),
  };
}

interface PersistField {
  window: SortedWindow;
  rule: AbsIqrRule;
}

class PersistDetector implements Detector {
  private readonly fields: PersistField[];

  constructor(fields: PersistField[]) {
    this.fields = fields;
  }

  step(sample: Sample): Verdict | null {
    const out = new FieldVerdicts(this.fields.length, true);
    for (let i = 0; i < this.fields.length; i++) {
      const x = sample.values[i]!;
      if (!Number.isFinite(x)) continue;
      const f = this.fields[i]!;
      if (f.window.full) {
        const m = f.window.median();
        const v = x - m;
        if (f.rule.ready) {
          const cut = f.rule.cutoff();
          out.add(i, f.rule.distance(v, cut), { lower: m - cut, upper: m + cut });
        }
        f.rule.learn(v);
      }
      f.window.push(x);
    }
    return out.verdict();
  }

  save(w: StateWriter): void {
    saveFields(w, this.fields, (f, out) => {
      f.window.save(out);
      f.rule.save(out);
    });
  }
}

function newField(cfg: PersistConfig): PersistField {
  return { window: new SortedWindow(cfg.window), rule: new AbsIqrRule(cfg.c, cfg.side, cfg.history) };
}

export const persistFactory = perFieldDetector({
  name: NAME,
  options: ['window', 'c', 'side', 'history'],
  readConfig,
  newField,
  fieldBytes: (cfg) => 2 * OBJECT_BYTES + sortedWindowBytes(cfg.window) + sortedWindowBytes(cfg.history),
  readField: (cfg, r, what) => {
    const f = newField(cfg);
    f.window.load(r, `the window of ${what}`);
    f.rule.load(r, what);
    return f;
  },
  shape: (cfg) => ({ window: cfg.window, history: cfg.history }),
  loadField: (cfg, saved: PersistFieldState) => {
    const f = newField(cfg);
    f.window = loadSortedWindow(cfg.window, saved.window);
    f.rule.restore(saved.history);
    return f;
  },
  detector: (_cfg, fields) => new PersistDetector(fields),
});
