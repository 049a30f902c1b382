// The `surprise` detector, the default when a TICKscript names none.
//
// Each point is judged by how rare it is for its own series. Per field, 15
// features at four time scales (field_features.ts: level, change, spread and
// weekly residual, over 1, 4, 16 and 64 points) are each compared with the
// values that feature took before, through the tails of their distribution
// (tail_sketch.ts: the declustered extremes of the last one to two `memory`
// epochs, a predictive Lomax tail beyond the k-th). The smallest tail
// probability over features, sides and fields, multiplied by how many were
// tested (a Bonferroni bound: one chance in 10^alarm per point however many
// features look), gives the point's surprise in decades,
//   S = −log10(min(1, p_min · 2 · 15 · fields)).
// A point alarms when S exceeds `alarm` (default 3: rarer than 1 in 1,000),
// and one incident raises one alarm (incident.ts). The score is
// S / (S + threshold), above 0.5 exactly when the point alarms, so it is
// comparable across series and detectors without calibration.
//
// Nothing is tuned per series: scale, noise and rhythm come from the series'
// own tails. The constants are the alarm level (a false-alarm rate, in whole
// decades), the scales (powers of four up to 64), k = 10 extremes per tail,
// the hold-off (100 points, above the longest scale: a change stays in the
// 64-point features for 64 points), the memory (8,192 points per epoch) and
// the week-long seasonal reference (a weekly rhythm contains the daily one).
import type { Band, Detector, Options, Sample, Verdict } from '../types.ts';
import { defineDetector } from '../define_detector.ts';
import { doubleOption, intOption } from '../option_checks.ts';
import { FEATURE_COUNT, FEATURE_RUNS, FieldFeatures, LEVEL_FEATURE, SEASON_SLOTS, type FieldFeatureState } from './field_features.ts';
import { TailSketches } from './tail_sketch.ts';
import { Incident, type IncidentState } from './incident.ts';

/** Values a feature learns before it is judged. */
const FEATURE_WARMUP = 50;
/** Differences below this fraction of a field's magnitude are rounding noise. */
const RELATIVE_RESOLUTION = 1e-6;
const WEEK_MS = 7 * 86_400_000;
const NS_PER_MS = 1e6;

interface SurpriseConfig {
  alarm: number;
  holdoff: number;
  memory: number;
  periodMs: number;
}

function config(options: Options): SurpriseConfig {
  const periodNs = options.period ?? WEEK_MS * NS_PER_MS;
  if (typeof periodNs !== 'number' || !(periodNs === 0 || (periodNs >= 3_600_000 * NS_PER_MS && periodNs <= 366 * 86_400_000 * NS_PER_MS))) {
    throw new Error(`period must be 0s (no seasonal reference) or a duration from 1h to 366d, got ${String(periodNs)} ns`);
  }
  return {
    alarm: doubleOption(options, 'alarm', 3, 0, 300, true),
    holdoff: intOption(options, 'holdoff', 100, 0, 1_000_000),
    memory: intOption(options, 'memory', 8192, 100, 100_000_000),
    periodMs: periodNs / NS_PER_MS,
  };
}

interface SavedField {
  features: Omit<FieldFeatureState, 'slots'> & { slots: (number | null)[] };
  tails: { values: number[]; counts: number[] };
}

interface SurpriseState {
  detector: 'surprise';
  version: 1;
  config: { memory: number; periodMs: number };
  fields: SavedField[];
  incident: IncidentState;
}

class SurpriseDetector implements Detector {
  private readonly cfg: SurpriseConfig;
  private readonly features: FieldFeatures[];
  private readonly tails: TailSketches[];
  private readonly incident: Incident;
  private readonly tests: number;
  private readonly scratch = new Float64Array(FEATURE_COUNT);
  /** Per field, its smallest tail probability at the current point. */
  private readonly fieldP: Float64Array;

  constructor(cfg: SurpriseConfig, fieldCount: number, state?: SurpriseState) {
    this.cfg = cfg;
    this.tests = 2 * FEATURE_COUNT * fieldCount;
    this.fieldP = new Float64Array(fieldCount);
    if (!state) {
      this.features = Array.from({ length: fieldCount }, () => new FieldFeatures(cfg.periodMs));
      this.tails = Array.from({ length: fieldCount }, () => new TailSketches(FEATURE_RUNS, cfg.memory));
      this.incident = new Incident(cfg.alarm, cfg.holdoff);
      return;
    }
    if (!state || typeof state !== 'object' || state.detector !== 'surprise' || state.version !== 1 || !Array.isArray(state.fields)) throw new Error('not a surprise detector state');
    if (state.config?.memory !== cfg.memory || state.config?.periodMs !== cfg.periodMs) throw new Error('surprise state was saved with other memory or period options');
    if (state.fields.length !== fieldCount) throw new Error(`surprise state has ${state.fields.length} fields, options name ${fieldCount}`);
    this.features = state.fields.map((f) => new FieldFeatures(cfg.periodMs, loadFeatures(f.features)));
    this.tails = state.fields.map((f) => new TailSketches(FEATURE_RUNS, cfg.memory, { values: Float32Array.from(f.tails.values), counts: Float64Array.from(f.tails.counts) }));
    this.incident = new Incident(cfg.alarm, cfg.holdoff, state.incident);
  }

  step(sample: Sample): Verdict | null {
    const out = this.scratch;
    const fieldP = this.fieldP;
    let pMin = 1;
    let judged = false;
    for (let i = 0; i < this.features.length; i++) {
      fieldP[i] = 1;
      const x = sample.values[i]!;
      if (Number.isNaN(x)) continue;
      const magnitude = this.features[i]!.step(sample.timeMs, x, out);
      const resolution = RELATIVE_RESOLUTION * magnitude;
      const tails = this.tails[i]!;
      for (let f = 0; f < FEATURE_COUNT; f++) {
        const raw = out[f]!;
        if (Number.isNaN(raw)) continue;
        const v = Math.fround(raw);
        if (tails.count(f) >= FEATURE_WARMUP) {
          judged = true;
          const p = tails.tailProbability(f, v, resolution);
          if (p < fieldP[i]!) fieldP[i] = p;
        }
        tails.learn(f, v);
      }
      if (fieldP[i]! < pMin) pMin = fieldP[i]!;
    }
    if (!judged) return null;
    const surprise = decades(pMin, this.tests);
    const threshold = this.incident.step(surprise);
    const anomaly = surprise > threshold;
    const verdict: Verdict = {
      score: surprise > 0 ? surprise / (surprise + threshold) : 0,
      anomaly,
      bands: this.bands(sample),
      extras: { decades: surprise },
    };
    // The fields that alarm on their own (at least the one that set the point's surprise).
    if (anomaly) verdict.fields = Array.from(fieldP, (p) => decades(p, this.tests) > threshold);
    return verdict;
  }

  /** Per field, the values beyond which the value alone would alarm (from the tails of the raw value). */
  private bands(sample: Sample): (Band | null)[] {
    const p = 10 ** -this.cfg.alarm / this.tests;
    return this.tails.map((t, i) => {
      const x = sample.values[i]!;
      const resolution = RELATIVE_RESOLUTION * Math.abs(x);
      const lower = t.quantileAt(LEVEL_FEATURE, p, -1, resolution);
      const upper = t.quantileAt(LEVEL_FEATURE, p, 1, resolution);
      return Number.isFinite(lower) && Number.isFinite(upper) ? { lower, upper } : null;
    });
  }

  state(): SurpriseState {
    return {
      detector: 'surprise',
      version: 1,
      config: { memory: this.cfg.memory, periodMs: this.cfg.periodMs },
      fields: this.features.map((f, i) => {
        const s = f.state();
        const t = this.tails[i]!.state();
        return {
          features: { ...s, slots: Array.from(s.slots, (v) => (Number.isNaN(v) ? null : v)), residuals: s.residuals.map((v) => (Number.isNaN(v) ? null : v)) as number[] },
          tails: { values: Array.from(t.values), counts: Array.from(t.counts) },
        };
      }),
      incident: this.incident.state(),
    };
  }
}

/** Surprise in decades of a smallest tail probability p among `tests` tests (Bonferroni). */
function decades(p: number, tests: number): number {
  return -Math.log10(Math.min(1, p * tests));
}

function loadFeatures(saved: SavedField['features']): FieldFeatureState {
  if (!saved || typeof saved !== 'object' || !Array.isArray(saved.slots) || saved.slots.length !== SEASON_SLOTS || !Array.isArray(saved.residuals)) {
    throw new Error('surprise state: field state is malformed');
  }
  return {
    ...saved,
    residuals: saved.residuals.map((v) => (v === null ? NaN : v)),
    slots: Float32Array.from(saved.slots, (v) => (v === null ? NaN : v)),
  };
}

export const surpriseFactory = defineDetector<SurpriseConfig>({
  name: 'surprise',
  options: ['alarm', 'holdoff', 'memory', 'period'],
  selfCalibrated: true,
  config,
  create: (cfg, fields) => new SurpriseDetector(cfg, fields.length),
  restore: (cfg, state, fields) => new SurpriseDetector(cfg, fields.length, state as SurpriseState),
});
