// volatilityshift — the standard deviation of the last `window` values
// against that of the `window` values before them (ADTK VolatilityShiftAD,
// agg='std').
//
// Options (defaults): window (10, integer >= 2), c (6.0, > 0; ADTK's default),
// side ('both'; 'positive' = volatility rose), history (200, integer >= 10).
// v = (std_right − std_left) / std_left (ddof = 1); anomaly iff |v| > Q3 + c·IQR
// of the |v| history (last `history` values) and v's sign is `side`.
// A flat left window (std 0) under a moving right one gives v = +Infinity
// (anomalous, not learnt); both flat gives 0. As in ADTK the ratio is
// relative to the left window, so a fall in volatility never gives |v| > 1:
// with the default c, side 'negative' practically never fires (use c ~ 1).
// Delay: as levelshift, `window` − 1 points after the point where ADTK (whose
// right window looks ahead) flags. No band. Distance: |v| over the cut-off.
// Warm-up: 2·`window` values, then min(history, 20) ratios.

import type { Detector, DetectorFactory, Options, Sample, Verdict } from './types.ts';
import { RollingMoments, type RollingMomentsState } from './rolling_moments.ts';
import { AbsIqrRule } from './abs_iqr_rule.ts';
import { FieldVerdicts } from './field_verdict.ts';
import { intOption, positiveOption, requireFields, sideOption, type Side } from './suite_options.ts';
import { loadState, saveState } from './suite_state.ts';

const NAME = 'volatilityshift';

interface VolatilityShiftConfig {
  window: number;
  c: number;
  side: Side;
  history: number;
}

interface VolatilityShiftFieldState {
  left: RollingMomentsState;
  right: RollingMomentsState;
  history: number[];
}

interface VolatilityShiftField {
  left: RollingMoments;
  right: RollingMoments;
  rule: AbsIqrRule;
}

function readConfig(options: Options, fields: readonly string[]): VolatilityShiftConfig {
  requireFields(fields);
  return {
    window: intOption(options, 'window', 10, 2),
    c: positiveOption(options, 'c', 6),
    side: sideOption(options),
    history: intOption(options, 'history', 200, 10),
  };
}

class VolatilityShiftDetector implements Detector {
  private readonly cfg: VolatilityShiftConfig;
  private readonly fields: VolatilityShiftField[];

  constructor(cfg: VolatilityShiftConfig, fields: VolatilityShiftField[]) {
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
      const sl = f.left.std();
      const sr = f.right.std();
      const v = sl > 0 ? (sr - sl) / sl : sr > 0 ? Infinity : 0;
      if (f.rule.ready) out.add(i, f.rule.distance(v, f.rule.cutoff()));
      f.rule.learn(v);
    }
    return out.verdict();
  }

  state(): unknown {
    const fields: VolatilityShiftFieldState[] = this.fields.map((f) => ({ left: f.left.state(), right: f.right.state(), history: f.rule.state() }));
    return saveState(NAME, { window: this.cfg.window, history: this.cfg.history }, fields);
  }
}

function newField(cfg: VolatilityShiftConfig): VolatilityShiftField {
  return { left: new RollingMoments(cfg.window), right: new RollingMoments(cfg.window), rule: new AbsIqrRule(cfg.c, cfg.side, cfg.history) };
}

export const volatilityshiftFactory: DetectorFactory = {
  name: NAME,
  options: ['window', 'c', 'side', 'history'],
  validate(options, fields) {
    readConfig(options, fields);
  },
  create(options, fields) {
    const cfg = readConfig(options, fields);
    return new VolatilityShiftDetector(cfg, fields.map(() => newField(cfg)));
  },
  restore(state, options, fields) {
    const cfg = readConfig(options, fields);
    const saved = loadState<VolatilityShiftFieldState>(state, NAME, { window: cfg.window, history: cfg.history }, fields.length);
    return new VolatilityShiftDetector(
      cfg,
      saved.map((s) => {
        const f = newField(cfg);
        f.left = RollingMoments.restore(cfg.window, s.left);
        f.right = RollingMoments.restore(cfg.window, s.right);
        f.rule.restore(s.history);
        return f;
      }),
    );
  },
};
