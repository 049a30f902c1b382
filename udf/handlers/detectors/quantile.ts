// quantile — bounds at rolling quantiles (ADTK QuantileAD, fitted causally on
// the `window` points before each point).
//
// Options (defaults): window (100, integer >= 3), low (0.01), high (0.99),
// 0 <= low < high <= 1. Quantiles interpolate linearly (pandas' default).
// Normal range: [q_low, q_high] of the preceding `window` values; anomaly iff
// the value is strictly outside it. Band: that range.
// Distance scale: the inter-quantile range. d = |x − mid| / ((q_high − q_low)/2)
// with mid the range's midpoint, i.e. 1 on either bound; a zero-width range
// makes any other value infinitely far. Warm-up: the first `window` values.

import type { Detector, Options, Sample, Verdict } from './types.ts';
import { perFieldDetector, saveFields } from './per_field_detector.ts';
import { SortedWindow } from './sorted_window.ts';
import { bandDistance } from './band_distance.ts';
import { FieldVerdicts } from './field_verdict.ts';
import { fractionOption, intOption, requireFields } from './suite_options.ts';
import { loadSortedWindow } from './suite_state.ts';
import { MAX_WINDOW, sortedWindowBytes } from './state_bytes.ts';
import type { StateWriter } from '../state/state_writer.ts';

const NAME = 'quantile';

interface QuantileConfig {
  window: number;
  low: number;
  high: number;
}

function readConfig(options: Options, fields: readonly string[]): QuantileConfig {
  requireFields(fields);
  const window = intOption(options, 'window', 100, 3, MAX_WINDOW);
  const low = fractionOption(options, 'low', 0.01);
  const high = fractionOption(options, 'high', 0.99);
  if (!(low < high)) throw new Error(`low must be below high, got low=${low} high=${high}`);
  return { window, low, high };
}

class QuantileDetector implements Detector {
  private readonly cfg: QuantileConfig;
  private readonly windows: SortedWindow[];

  constructor(cfg: QuantileConfig, windows: SortedWindow[]) {
    this.cfg = cfg;
    this.windows = windows;
  }

  step(sample: Sample): Verdict | null {
    const out = new FieldVerdicts(this.windows.length, true);
    for (let i = 0; i < this.windows.length; i++) {
      const x = sample.values[i]!;
      if (!Number.isFinite(x)) continue;
      const w = this.windows[i]!;
      if (w.full) {
        const lower = w.quantile(this.cfg.low);
        const upper = w.quantile(this.cfg.high);
        out.add(i, bandDistance(x, lower + (upper - lower) / 2, lower, upper), { lower, upper });
      }
      w.push(x);
    }
    return out.verdict();
  }

  save(w: StateWriter): void {
    saveFields(w, this.windows, (window, out) => window.save(out));
  }
}

export const quantileFactory = perFieldDetector({
  name: NAME,
  options: ['window', 'low', 'high'],
  readConfig,
  newField: (cfg) => new SortedWindow(cfg.window),
  fieldBytes: (cfg) => sortedWindowBytes(cfg.window),
  readField: (cfg, r, what) => {
    const window = new SortedWindow(cfg.window);
    window.load(r, what);
    return window;
  },
  shape: (cfg) => ({ window: cfg.window }),
  loadField: (cfg, saved: unknown) => loadSortedWindow(cfg.window, saved),
  detector: (cfg, windows) => new QuantileDetector(cfg, windows),
});
