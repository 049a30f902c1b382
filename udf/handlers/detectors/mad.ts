// MAD detector: per field, the median and median absolute deviation of the
// last `window` values; x is anomalous when |x − median| > k·σ with
// σ = 1.4826·MAD (the consistency constant that makes σ the standard
// deviation for normal data).
//
// Defaults: k = 3.5, window = 100. Warm-up: no verdict for a field until its
// window is full. Each value is judged against the window before it, then
// added. Cost per value: O(log window) comparisons plus one memmove.
//
// MAD = 0 (more than half the window equal, e.g. a flat line): σ falls back
// to 1.2533·(mean absolute deviation from the median), the normal-consistent
// scale of the few values that differ; when the window is entirely flat, to
// 1% of |median| (or 1e-9 at zero). So a flat line never divides by zero, and
// only a change larger than k·σ of that fallback is flagged.
//
// anomaly_score = d/(1+d) with d = |x − median|/(k·σ): 0.5 exactly at the band.
import { SortedWindow } from './sorted_window.ts';
import { distanceToScore, type Band, type Detector, type DetectorFactory, type Options, type Sample, type Verdict } from './types.ts';
import { doubleOption, intOption } from './option_checks.ts';

const CONSISTENCY = 1.4826;
const MEAN_AD_CONSISTENCY = 1.2533; // sqrt(pi/2)
const FLAT_RELATIVE_SCALE = 0.01;
const FLAT_ABSOLUTE_SCALE = 1e-9;

interface MadConfig {
  k: number;
  window: number;
}

interface MadState {
  windows: number[][];
}

function config(options: Options): MadConfig {
  return {
    k: doubleOption(options, 'k', 3.5, 0, Infinity, true),
    window: intOption(options, 'window', 100, 3, 1_000_000),
  };
}

/** Robust scale of a window, with the documented fallbacks for MAD = 0. */
export function robustScale(w: SortedWindow, median: number): number {
  const mad = w.mad(median);
  if (mad > 0) return CONSISTENCY * mad;
  let sum = 0;
  for (let i = 0; i < w.size; i++) sum += Math.abs(w.rank(i) - median);
  if (sum > 0) return (MEAN_AD_CONSISTENCY * sum) / w.size;
  return Math.max(FLAT_RELATIVE_SCALE * Math.abs(median), FLAT_ABSOLUTE_SCALE);
}

class MadDetector implements Detector {
  private readonly k: number;
  private readonly windows: SortedWindow[];

  constructor(cfg: MadConfig, fieldCount: number, state?: MadState) {
    this.k = cfg.k;
    this.windows = Array.from({ length: fieldCount }, () => new SortedWindow(cfg.window));
    if (state) {
      if (!Array.isArray(state.windows) || state.windows.length !== fieldCount) throw new Error('mad state does not match the configured fields');
      state.windows.forEach((values, i) => values.forEach((v) => this.windows[i]!.push(v)));
    }
  }

  step(sample: Sample): Verdict | null {
    const bands: (Band | null)[] = new Array(this.windows.length).fill(null);
    let best = -1;
    let judged = false;
    for (let i = 0; i < this.windows.length; i++) {
      const x = sample.values[i]!;
      if (Number.isNaN(x)) continue;
      const w = this.windows[i]!;
      if (w.full) {
        const median = w.median();
        const reach = this.k * robustScale(w, median);
        bands[i] = { lower: median - reach, upper: median + reach };
        best = Math.max(best, Math.abs(x - median) / reach);
        judged = true;
      }
      w.push(x);
    }
    if (!judged) return null;
    return { score: distanceToScore(best), anomaly: best > 1, bands };
  }

  state(): MadState {
    return { windows: this.windows.map((w) => w.values()) };
  }
}

export const madFactory: DetectorFactory = {
  name: 'mad',
  options: ['k', 'window'],
  validate: (options) => void config(options),
  create: (options, fields) => new MadDetector(config(options), fields.length),
  restore: (state, options, fields) => new MadDetector(config(options), fields.length, state as MadState),
};
