// Threshold detector: static bounds, strict comparisons (x > upper or
// x < lower is anomalous; a value equal to a bound is not). No state.
//
// anomaly_score = d/(1+d), 0.5 exactly at a bound. With both bounds,
// d = |x − mid|/half-width. With one bound, d = 1 + (x − upper)/s above
// (or 1 + (lower − x)/s below) with s = |bound| (1 when the bound is 0),
// clamped at 0, so the score still rises monotonically towards the bound.
import { distanceToScore, type Band, type Detector, type Options, type Sample, type Verdict } from './types.ts';
import { defineDetector } from './define_detector.ts';
import { OBJECT_BYTES } from './state_bytes.ts';

interface ThresholdConfig {
  lower: number; // -Infinity when not set
  upper: number; // +Infinity when not set
}

function config(options: Options): ThresholdConfig {
  const lower = options.lower;
  const upper = options.upper;
  for (const [name, v] of [['lower', lower], ['upper', upper]] as const) {
    if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v))) throw new Error(`${name} must be a finite double, got ${String(v)}`);
  }
  if (lower === undefined && upper === undefined) throw new Error("threshold needs .lower(x) or .upper(x) (or both), e.g. .upper(90.0)");
  const cfg = { lower: (lower as number | undefined) ?? -Infinity, upper: (upper as number | undefined) ?? Infinity };
  if (!(cfg.lower < cfg.upper)) throw new Error(`lower (${cfg.lower}) must be below upper (${cfg.upper})`);
  return cfg;
}

/** Distance in units of the band, 1 at a bound. */
export function thresholdDistance(x: number, lower: number, upper: number): number {
  if (Number.isFinite(lower) && Number.isFinite(upper)) {
    const mid = (lower + upper) / 2;
    return Math.abs(x - mid) / ((upper - lower) / 2);
  }
  if (Number.isFinite(upper)) return Math.max(0, 1 + (x - upper) / (Math.abs(upper) || 1));
  return Math.max(0, 1 + (lower - x) / (Math.abs(lower) || 1));
}

class ThresholdDetector implements Detector {
  private readonly cfg: ThresholdConfig;
  private readonly band: Band;

  constructor(cfg: ThresholdConfig) {
    this.cfg = cfg;
    this.band = { lower: cfg.lower, upper: cfg.upper };
  }

  step(sample: Sample): Verdict | null {
    const { lower, upper } = this.cfg;
    let best = -1;
    let anomaly = false;
    const bands: (Band | null)[] = [];
    for (let i = 0; i < sample.values.length; i++) {
      const x = sample.values[i]!;
      if (Number.isNaN(x)) {
        bands.push(null);
        continue;
      }
      bands.push(this.band);
      if (x > upper || x < lower) anomaly = true;
      best = Math.max(best, thresholdDistance(x, lower, upper));
    }
    if (best < 0) return null;
    return { score: distanceToScore(best), anomaly, bands };
  }

  save(): void {
    // no state: the bounds are options
  }
}

export const thresholdFactory = defineDetector<ThresholdConfig>({
  name: 'threshold',
  options: ['lower', 'upper'],
  config,
  stateBytes: () => 2 * OBJECT_BYTES,
  create: (cfg) => new ThresholdDetector(cfg),
  restore: (cfg) => new ThresholdDetector(cfg),
  restoreLegacy: (cfg) => new ThresholdDetector(cfg),
});
