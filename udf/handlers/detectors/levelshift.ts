// levelshift — the median of the last `window` values against the median of
// the `window` values before them (ADTK LevelShiftAD).
//
// Options (defaults): window (10, integer >= 1; ADTK has no default),
// c (6.0, > 0; ADTK's default), side ('both'), history (200, integer >= 10).
// v = median(right window) − median(left window); anomaly iff |v| > Q3 + c·IQR
// of the |v| history (last `history` values) and v's sign is `side`.
// Delay: ADTK centres the two windows on the point t where the new level
// starts (its right window looks `window` − 1 points into the future). The
// streaming detector can only compute that statistic when the right window is
// complete, so it flags the point `window` − 1 points after t: the verdict of
// point t + window − 1 is ADTK's verdict of point t. No band (the statistic
// is about windows, not about the point). Distance: |v| over the cut-off.
// Warm-up: 2·`window` values, then min(history, 20) differences.

import type { Detector, DetectorFactory, Options, Sample, Verdict } from './types.ts';
import { SortedWindow } from './sorted_window.ts';
import { AbsIqrRule } from './abs_iqr_rule.ts';
import { FieldVerdicts } from './field_verdict.ts';
import { intOption, positiveOption, requireFields, sideOption, type Side } from './suite_options.ts';
import { loadSortedWindow, loadState, saveState } from './suite_state.ts';

const NAME = 'levelshift';

interface LevelShiftConfig {
  window: number;
  c: number;
  side: Side;
  history: number;
}

interface LevelShiftFieldState {
  left: number[];
  right: number[];
  history: number[];
}

interface LevelShiftField {
  left: SortedWindow;
  right: SortedWindow;
  rule: AbsIqrRule;
}

function readConfig(options: Options, fields: readonly string[]): LevelShiftConfig {
  requireFields(fields);
  return {
    window: intOption(options, 'window', 10, 1),
    c: positiveOption(options, 'c', 6),
    side: sideOption(options),
    history: intOption(options, 'history', 200, 10),
  };
}

class LevelShiftDetector implements Detector {
  private readonly cfg: LevelShiftConfig;
  private readonly fields: LevelShiftField[];

  constructor(cfg: LevelShiftConfig, fields: LevelShiftField[]) {
    this.cfg = cfg;
    this.fields = fields;
  }

  step(sample: Sample): Verdict | null {
    const out = new FieldVerdicts(this.fields.length, false);
    for (let i = 0; i < this.fields.length; i++) {
      const x = sample.values[i]!;
      if (!Number.isFinite(x)) continue;
      const f = this.fields[i]!;
      const moved = f.right.push(x);
      if (moved !== undefined) f.left.push(moved);
      if (!f.left.full) continue;
      const v = f.right.median() - f.left.median();
      if (f.rule.ready) out.add(i, f.rule.distance(v, f.rule.cutoff()));
      f.rule.learn(v);
    }
    return out.verdict();
  }

  state(): unknown {
    const fields: LevelShiftFieldState[] = this.fields.map((f) => ({ left: f.left.values(), right: f.right.values(), history: f.rule.state() }));
    return saveState(NAME, { window: this.cfg.window, history: this.cfg.history }, fields);
  }
}

function newField(cfg: LevelShiftConfig): LevelShiftField {
  return { left: new SortedWindow(cfg.window), right: new SortedWindow(cfg.window), rule: new AbsIqrRule(cfg.c, cfg.side, cfg.history) };
}

export const levelshiftFactory: DetectorFactory = {
  name: NAME,
  options: ['window', 'c', 'side', 'history'],
  validate(options, fields) {
    readConfig(options, fields);
  },
  create(options, fields) {
    const cfg = readConfig(options, fields);
    return new LevelShiftDetector(cfg, fields.map(() => newField(cfg)));
  },
  restore(state, options, fields) {
    const cfg = readConfig(options, fields);
    const saved = loadState<LevelShiftFieldState>(state, NAME, { window: cfg.window, history: cfg.history }, fields.length);
    return new LevelShiftDetector(
      cfg,
      saved.map((s) => {
        const f = newField(cfg);
        f.left = loadSortedWindow(cfg.window, s.left);
        f.right = loadSortedWindow(cfg.window, s.right);
        f.rule.restore(s.history);
        return f;
      }),
    );
  },
};
