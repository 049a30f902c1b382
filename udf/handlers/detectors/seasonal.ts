// seasonal — residual from a per-phase profile (ADTK SeasonalAD, streaming).
//
// Options (defaults): period (1d, DURATION; Kapacitor passes nanoseconds),
// buckets (24, integer >= 1: phases per period), window (100, integer >= 1:
// values kept per phase), c (3.0, > 0; ADTK's default), side ('both'),
// history (200, integer >= 10).
// Phase of a point: floor(((time mod period) / period) · buckets), time in UTC
// since the epoch, so period 1d with 24 buckets is the UTC hour of day.
// Profile: the median of the last `window` values that fell in the phase
// (ADTK uses the per-phase mean over the whole training series, by position
// rather than by time). Residual r = x − profile; anomaly iff |r| > Q3 + c·IQR
// of the |r| history (last `history` values) and r's sign is `side`.
// Band: profile ± (Q3 + c·IQR). Distance: |r| over that cut-off.
// Warm-up: a phase is judged once it holds min(window, 3) values, and only
// after min(history, 20) residuals are known. The period is given, not detected.

import type { Detector, DetectorFactory, Options, Sample, Verdict } from './types.ts';
import { SortedWindow } from './sorted_window.ts';
import { AbsIqrRule } from './abs_iqr_rule.ts';
import { FieldVerdicts } from './field_verdict.ts';
import { intOption, positiveOption, requireFields, sideOption, type Side } from './suite_options.ts';
import { loadSortedWindow, loadState, saveState } from './suite_state.ts';

const NAME = 'seasonal';
const NS_PER_MS = 1e6;
const DAY_NS = 86_400e9;
const MIN_PROFILE = 3;

interface SeasonalConfig {
  periodMs: number;
  buckets: number;
  window: number;
  c: number;
  side: Side;
  history: number;
}

interface SeasonalFieldState {
  profiles: (number[] | null)[];
  history: number[];
}

interface SeasonalField {
  profiles: (SortedWindow | null)[];
  rule: AbsIqrRule;
}

function readConfig(options: Options, fields: readonly string[]): SeasonalConfig {
  requireFields(fields);
  const period = options.period ?? DAY_NS;
  if (typeof period !== 'number' || !Number.isFinite(period) || !(period > 0)) {
    throw new Error(`period must be a duration > 0, got ${String(period)}`);
  }
  return {
    periodMs: period / NS_PER_MS,
    buckets: intOption(options, 'buckets', 24, 1),
    window: intOption(options, 'window', 100, 1),
    c: positiveOption(options, 'c', 3),
    side: sideOption(options),
    history: intOption(options, 'history', 200, 10),
  };
}

/** Phase bucket of a time: which of `buckets` equal slices of the period it falls in. */
export function phaseBucket(timeMs: number, periodMs: number, buckets: number): number {
  const inPeriod = ((timeMs % periodMs) + periodMs) % periodMs;
  return Math.min(buckets - 1, Math.floor((inPeriod / periodMs) * buckets));
}

class SeasonalDetector implements Detector {
  private readonly cfg: SeasonalConfig;
  private readonly fields: SeasonalField[];
  private readonly minProfile: number;

  constructor(cfg: SeasonalConfig, fields: SeasonalField[]) {
    this.cfg = cfg;
    this.fields = fields;
    this.minProfile = Math.min(cfg.window, MIN_PROFILE);
  }

  step(sample: Sample): Verdict | null {
    const out = new FieldVerdicts(this.fields.length, true);
    const b = phaseBucket(sample.timeMs, this.cfg.periodMs, this.cfg.buckets);
    for (let i = 0; i < this.fields.length; i++) {
      const x = sample.values[i]!;
      if (!Number.isFinite(x)) continue;
      const f = this.fields[i]!;
      let profile = f.profiles[b]!;
      if (profile === null) {
        profile = new SortedWindow(this.cfg.window);
        f.profiles[b] = profile;
      }
      if (profile.size >= this.minProfile) {
        const m = profile.median();
        const r = x - m;
        if (f.rule.ready) {
          const cut = f.rule.cutoff();
          out.add(i, f.rule.distance(r, cut), { lower: m - cut, upper: m + cut });
        }
        f.rule.learn(r);
      }
      profile.push(x);
    }
    return out.verdict();
  }

  state(): unknown {
    const fields: SeasonalFieldState[] = this.fields.map((f) => ({
      profiles: f.profiles.map((p) => (p === null ? null : p.values())),
      history: f.rule.state(),
    }));
    return saveState(NAME, shapeOf(this.cfg), fields);
  }
}

function shapeOf(cfg: SeasonalConfig): Record<string, number> {
  return { periodMs: cfg.periodMs, buckets: cfg.buckets, window: cfg.window, history: cfg.history };
}

function newField(cfg: SeasonalConfig): SeasonalField {
  return { profiles: new Array<SortedWindow | null>(cfg.buckets).fill(null), rule: new AbsIqrRule(cfg.c, cfg.side, cfg.history) };
}

export const seasonalFactory: DetectorFactory = {
  name: NAME,
  options: ['period', 'buckets', 'window', 'c', 'side', 'history'],
  validate(options, fields) {
    readConfig(options, fields);
  },
  create(options, fields) {
    const cfg = readConfig(options, fields);
    return new SeasonalDetector(cfg, fields.map(() => newField(cfg)));
  },
  restore(state, options, fields) {
    const cfg = readConfig(options, fields);
    const saved = loadState<SeasonalFieldState>(state, NAME, shapeOf(cfg), fields.length);
    return new SeasonalDetector(
      cfg,
      saved.map((s) => {
        const f = newField(cfg);
        if (!Array.isArray(s.profiles) || s.profiles.length !== cfg.buckets) throw new Error(`seasonal state does not have ${cfg.buckets} phase buckets`);
        f.profiles = s.profiles.map((p) => (p === null ? null : loadSortedWindow(cfg.window, p)));
        f.rule.restore(s.history);
        return f;
      }),
    );
  },
};
