// MAD detector: per field, the median and median absolute deviation of the
// last `window` values; x is anomalous when |x − median| > k·σ with
// σ = 1.4826·MAD (the consistency constant that makes σ the standard
// deviation for normal data).
//
// Defaults: k = 3.5, window = 100. Warm-up: no verdict for a field until its
// window is full. Each value is judged against the window before it, then
// added. Cost per value: O(log window) comparisons plus one memmove.
//
// MAD = 0 (more than half the window equals the median, e.g. a flat line
// with rare blips): σ comes from the first non-zero absolute deviation
// instead. With the deviations |x − median| of the n window values sorted,
// e(0) ≤ … ≤ e(n−1), and j the number that are 0, e(j) is their quantile at
// the (Hazen) position q = (j + ½)/n, so σ = e(j)/Φ⁻¹((1 + q)/2) is the
// normal-consistent scale it implies. This is MAD's own rule moved up to the
// lowest non-zero quantile: q = ½ (the median deviation of an odd window)
// gives σ = MAD/Φ⁻¹(¾) = 1.4826·MAD, the constant above. So a blip as large as the ones
// already in the window is not flagged (one blip of size e in 100 values gives
// σ = e/2.81, a repeat of it is at 0.8 of the cut-off at k = 3.5), and the
// cost stays O(log window): j and e(j) are two binary searches.
// A window that is entirely flat has no scale at all: σ = 1% of |median|, so
// changes below 3.5% of the level are not flagged; at a median of exactly 0,
// σ = 1e-9, so any departure from an all-zero line is (activity on an idle
// counter is the event). Never a division by zero.
//
// Seasonality (detectkit's): `.seasonality('hour')` or `'dow'` keeps one window
// per UTC hour of day or day of week, so a point is judged against the same
// hour (weekday) of the past; the warm-up is then per bucket.
//
// anomaly_score = d/(1+d) with d = |x − median|/(k·σ): 0.5 exactly at the band.
import { SortedWindow } from './sorted_window.ts';
import { distanceToScore, type Band, type Detector, type Options, type Sample, type Verdict } from './types.ts';
import { defineDetector } from './define_detector.ts';
import { doubleOption, intOption } from './option_checks.ts';
import { normalQuantile } from './normal_quantile.ts';
import { BucketedWindows } from './seasonality.ts';
import { seasonalityOption, type Seasonality } from './suite_options.ts';
import { loadSortedWindow } from './suite_state.ts';

const CONSISTENCY = 1.4826;
const FLAT_RELATIVE_SCALE = 0.01;
const FLAT_ABSOLUTE_SCALE = 1e-9;

interface MadConfig {
  k: number;
  window: number;
  seasonality: Seasonality;
}

/** Per field, the window's values oldest first; with seasonality, per field and bucket (null: bucket unused). */
type MadState = { windows: number[][] } | { seasonality: Seasonality; buckets: (number[] | null)[][] };

function config(options: Options): MadConfig {
  return {
    k: doubleOption(options, 'k', 3.5, 0, Infinity, true),
    window: intOption(options, 'window', 100, 3, 1_000_000),
    seasonality: seasonalityOption(options),
  };
}

/** Robust scale σ of a window around its median, with the documented fallbacks for MAD = 0. */
export function robustScale(w: SortedWindow, median: number): number {
  const mad = w.mad(median);
  if (mad > 0) return CONSISTENCY * mad;
  const n = w.size;
  // MAD = 0 implies the median is a value of the window held by more than half of it: rank(lo..hi−1).
  const lo = firstRank(w, (x) => x >= median);
  const hi = firstRank(w, (x) => x > median);
  const zeros = hi - lo;
  if (zeros < n) {
    const below = lo > 0 ? median - w.rank(lo - 1) : Infinity;
    const above = hi < n ? w.rank(hi) - median : Infinity;
    const q = (zeros + 0.5) / n;
    return Math.min(below, above) / normalQuantile((1 + q) / 2);
  }
  return Math.max(FLAT_RELATIVE_SCALE * Math.abs(median), FLAT_ABSOLUTE_SCALE);
}

/** First rank i (0 = smallest) whose value satisfies `pred`, a predicate monotone over the sorted values; size if none. */
function firstRank(w: SortedWindow, pred: (x: number) => boolean): number {
  let lo = 0;
  let hi = w.size;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(w.rank(mid))) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

class MadDetector implements Detector {
  private readonly k: number;
  private readonly seasonality: Seasonality;
  /** Per field, one window per season bucket (a single bucket without seasonality). */
  private readonly windows: BucketedWindows<SortedWindow>[];

  constructor(cfg: MadConfig, fieldCount: number, state?: MadState) {
    this.k = cfg.k;
    this.seasonality = cfg.seasonality;
    const make = (): SortedWindow => new SortedWindow(cfg.window);
    const fill = (values: unknown): SortedWindow => loadSortedWindow(cfg.window, values);
    if (!state) {
      this.windows = Array.from({ length: fieldCount }, () => new BucketedWindows(cfg.seasonality, make));
      return;
    }
    const perField = 'buckets' in state ? state.buckets : 'windows' in state ? state.windows.map((w) => [w]) : null;
    const saved = 'buckets' in state ? state.seasonality : 'none';
    if (!Array.isArray(perField) || perField.length !== fieldCount) throw new Error('mad state does not match the configured fields');
    if (saved !== cfg.seasonality) throw new Error(`mad state was saved with seasonality '${saved}', options say '${cfg.seasonality}'`);
    this.windows = perField.map((buckets) => BucketedWindows.restore(cfg.seasonality, buckets, fill, make));
  }

  step(sample: Sample): Verdict | null {
    const bands: (Band | null)[] = new Array(this.windows.length).fill(null);
    let best = -1;
    let judged = false;
    for (let i = 0; i < this.windows.length; i++) {
      const x = sample.values[i]!;
      if (Number.isNaN(x)) continue;
      const w = this.windows[i]!.at(sample.timeMs);
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
    const buckets = this.windows.map((bw) => bw.state((w) => w.values()));
    if (this.seasonality === 'none') return { windows: buckets.map((b) => b[0] ?? []) };
    return { seasonality: this.seasonality, buckets };
  }
}

export const madFactory = defineDetector<MadConfig>({
  name: 'mad',
  options: ['k', 'window', 'seasonality'],
  config,
  create: (cfg, fields) => new MadDetector(cfg, fields.length),
  restore: (cfg, state, fields) => new MadDetector(cfg, fields.length, state as MadState),
});
