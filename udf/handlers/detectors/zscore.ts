// zscore — rolling mean and standard deviation, |z| > k (detectkit's z-score),
// optionally per season bucket (detectkit's seasonality).
//
// Options (defaults): window (100, integer >= 3), k (3.0, > 0),
// seasonality ('none'; 'hour' = one window per UTC hour of day, 'dow' = one
// per UTC day of week, so a point is compared with the same hour/weekday).
// z = (x − mean) / std over the preceding `window` values of the field (of its
// bucket), std with ddof = 1. Anomaly iff |z| > k. Band: mean ± k·std.
// Distance: |z| / k. A constant window (std 0) makes any other value
// infinitely far. Warm-up: until the (bucket's) window holds `window` values.

import type { Detector, Options, Sample, Verdict } from './types.ts';
import { perFieldDetector, saveFields } from './per_field_detector.ts';
import { RollingMoments, type RollingMomentsState } from './rolling_moments.ts';
import { BucketedWindows } from './seasonality.ts';
import { bandDistance } from './band_distance.ts';
import { FieldVerdicts } from './field_verdict.ts';
import { intOption, positiveOption, requireFields, seasonalityOption, type Seasonality } from './suite_options.ts';
import type { StateWriter } from '../state/state_writer.ts';
import { arrayBytes, MAX_WINDOW, OBJECT_BYTES, rollingMomentsBytes } from './state_bytes.ts';
import { seasonBucketCount } from './seasonality.ts';

const NAME = 'zscore';

interface ZscoreConfig {
  window: number;
  k: number;
  seasonality: Seasonality;
}

function readConfig(options: Options, fields: readonly string[]): ZscoreConfig {
  requireFields(fields);
  return {
    window: intOption(options, 'window', 100, 3, MAX_WINDOW),
    k: positiveOption(options, 'k', 3),
    seasonality: seasonalityOption(options),
  };
}

class ZscoreDetector implements Detector {
  private readonly cfg: ZscoreConfig;
  private readonly fields: BucketedWindows<RollingMoments>[];

  constructor(cfg: ZscoreConfig, fields: BucketedWindows<RollingMoments>[]) {
    this.cfg = cfg;
    this.fields = fields;
  }

  step(sample: Sample): Verdict | null {
    const out = new FieldVerdicts(this.fields.length, true);
    const k = this.cfg.k;
    for (let i = 0; i < this.fields.length; i++) {
      const x = sample.values[i]!;
      if (!Number.isFinite(x)) continue;
      const w = this.fields[i]!.at(sample.timeMs);
      if (w.full) {
        const mean = w.getMean();
        const spread = k * w.std();
        const lower = mean - spread;
        const upper = mean + spread;
        out.add(i, bandDistance(x, mean, lower, upper), { lower, upper });
      }
      w.push(x);
    }
    return out.verdict();
  }

  save(w: StateWriter): void {
    saveFields(w, this.fields, (f, out) => f.save(out, (window, o) => window.save(o)));
  }
}

export const zscoreFactory = perFieldDetector({
  name: NAME,
  options: ['window', 'k', 'seasonality'],
  readConfig,
  newField: (cfg) => new BucketedWindows(cfg.seasonality, () => new RollingMoments(cfg.window)),
  fieldBytes: (cfg) => OBJECT_BYTES + arrayBytes(seasonBucketCount(cfg.seasonality)) + seasonBucketCount(cfg.seasonality) * rollingMomentsBytes(cfg.window),
  readField: (cfg, r, what) =>
    BucketedWindows.read(cfg.seasonality, r, (from, bucket) => RollingMoments.read(cfg.window, from, bucket), () => new RollingMoments(cfg.window), what),
  shape: (cfg) => ({ window: cfg.window, seasonality: cfg.seasonality }),
  loadField: (cfg, saved: unknown) =>
    BucketedWindows.restore<RollingMoments, RollingMomentsState>(cfg.seasonality, saved, (b) => RollingMoments.restore(cfg.window, b), () => new RollingMoments(cfg.window)),
  detector: (cfg, fields) => new ZscoreDetector(cfg, fields),
});
