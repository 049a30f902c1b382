// iqr — Tukey fences on a rolling window (ADTK InterQuartileRangeAD, fitted
// causally on the `window` points before each point).
//
// Options (defaults): window (100, integer >= 3), c (3.0, > 0).
// Normal range: [Q1 − c·IQR, Q3 + c·IQR] of the preceding `window` values of
// the field; anomaly iff the value is outside it (strictly, as ADTK).
// Band: that range. Distance: from the window median, in units of the
// median-to-fence span on the value's side (1 on a fence), so the score grows
// inside the band too. Warm-up: the first `window` values of each field.

import type { Detector, Options, Sample, Verdict } from './types.ts';
import { perFieldDetector, saveFields } from './per_field_detector.ts';
import { SortedWindow } from './sorted_window.ts';
import { bandDistance } from './band_distance.ts';
import { FieldVerdicts } from './field_verdict.ts';
import { intOption, positiveOption, requireFields } from './suite_options.ts';
import { loadSortedWindow } from './suite_state.ts';
import { MAX_WINDOW, sortedWindowBytes } from './state_bytes.ts';
import type { StateWriter } from '../state/state_writer.ts';

const NAME = 'iqr';

interface IqrConfig {
  window: number;
  c: number;
}

function readConfig(options: Options, fields: readonly string[]): IqrConfig {
  requireFields(fields);
  return { window: intOption(options, 'window', 100, 3, MAX_WINDOW), c: positiveOption(options, 'c', 3) };
}

class IqrDetector implements Detector {
  private readonly cfg: IqrConfig;
  private readonly windows: SortedWindow[];

  constructor(cfg: IqrConfig, windows: SortedWindow[]) {
    this.cfg = cfg;
    this.windows = windows;
  }

  step(sample: Sample): Verdict | null {
    const out = new FieldVerdicts(this.windows.length, true);
    const c = this.cfg.c;
    for (let i = 0; i < this.windows.length; i++) {
      const x = sample.values[i]!;
      if (!Number.isFinite(x)) continue;
      const w = this.windows[i]!;
      if (w.full) {
        const q1 = w.quantile(0.25);
        const q3 = w.quantile(0.75);
        const lower = q1 - c * (q3 - q1);
        const upper = q3 + c * (q3 - q1);
        out.add(i, bandDistance(x, w.median(), lower, upper), { lower, upper });
      }
      w.push(x);
    }
    return out.verdict();
  }

  save(w: StateWriter): void {
    saveFields(w, this.windows, (window, out) => window.save(out));
  }
}

export const iqrFactory = perFieldDetector({
  name: NAME,
  options: ['window', 'c'],
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
  detector: (cfg, windows) => new IqrDetector(cfg, windows),
});
