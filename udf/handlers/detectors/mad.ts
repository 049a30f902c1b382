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
//
// Memory: a group's windows of all fields (per season bucket) share one
// buffer (windowBlock()): about 9 bytes per value kept, and that block is what a
// snapshot holds of them, byte for byte.
import { readWindowBlock, saveWindowBlock, windowBlock, type SortedWindow } from './sorted_window.ts';
import { distanceToScore, type Band, type Detector, type Options, type Sample, type Verdict } from './types.ts';
import { defineDetector } from './define_detector.ts';
import { doubleOption, intOption } from './option_checks.ts';
import { normalQuantile } from './normal_quantile.ts';
import { seasonBucket, seasonBucketCount } from './seasonality.ts';
import { seasonalityOption, type Seasonality } from './suite_options.ts';
import { loadSortedWindow } from './suite_state.ts';
import type { StateReader } from '../state/state_reader.ts';
import type { StateWriter } from '../state/state_writer.ts';
import { arrayBytes, MAX_WINDOW, OBJECT_BYTES, windowBlockBytes } from './state_bytes.ts';

const CONSISTENCY = 1.4826;
const FLAT_RELATIVE_SCALE = 0.01;
const FLAT_ABSOLUTE_SCALE = 1e-9;

interface MadConfig {
  k: number;
  window: number;
  seasonality: Seasonality;
}

/** Version-1 (JSON) state: per field, the window's values oldest first; with seasonality, per field and bucket (null: bucket unused). */
type MadState = { windows: number[][] } | { seasonality: Seasonality; buckets: (number[] | null)[][] };

function config(options: Options): MadConfig {
  return {
    k: doubleOption(options, 'k', 3.5, 0, Infinity, true),
    window: intOption(options, 'window', 100, 3, MAX_WINDOW),
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
  private readonly window: number;
  private readonly seasonality: Seasonality;
  private readonly fieldCount: number;
  /** Per season bucket (one without seasonality), the windows of every field in one buffer; null until the bucket is used. */
  private readonly buckets: (SortedWindow[] | null)[];

  constructor(cfg: MadConfig, fieldCount: number, buckets?: (SortedWindow[] | null)[]) {
    this.k = cfg.k;
    this.window = cfg.window;
    this.seasonality = cfg.seasonality;
    this.fieldCount = fieldCount;
    this.buckets = buckets ?? new Array<SortedWindow[] | null>(seasonBucketCount(cfg.seasonality)).fill(null);
  }

  step(sample: Sample): Verdict | null {
    const windows = this.windowsAt(sample.timeMs);
    const bands: (Band | null)[] = new Array(windows.length).fill(null);
    let best = -1;
    let judged = false;
    for (let i = 0; i < windows.length; i++) {
      const x = sample.values[i]!;
      if (Number.isNaN(x)) continue;
      const w = windows[i]!;
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

  /** The fields' windows of the bucket `timeMs` falls in, made when first used. */
  private windowsAt(timeMs: number): SortedWindow[] {
    const b = this.buckets.length === 1 ? 0 : seasonBucket(timeMs, this.seasonality);
    return (this.buckets[b] ??= windowBlock(this.fieldCount, this.window));
  }

  save(w: StateWriter): void {
    for (const windows of this.buckets) {
      w.bool(windows !== null);
      if (windows !== null) saveWindowBlock(windows, w);
    }
  }

  static read(cfg: MadConfig, fieldCount: number, r: StateReader): MadDetector {
    const buckets = new Array<SortedWindow[] | null>(seasonBucketCount(cfg.seasonality)).fill(null);
    for (let b = 0; b < buckets.length; b++) {
      const what = buckets.length === 1 ? 'the mad windows' : `the mad windows of season bucket ${b}`;
      if (r.bool(what)) buckets[b] = readWindowBlock(r, fieldCount, cfg.window, what);
    }
    return new MadDetector(cfg, fieldCount, buckets);
  }

  /** A detector from its version-1 JSON state. */
  static fromLegacy(cfg: MadConfig, fieldCount: number, state: MadState): MadDetector {
    const perField = state && 'buckets' in state ? state.buckets : state && 'windows' in state ? state.windows.map((w) => [w]) : null;
    const saved = state && 'buckets' in state ? state.seasonality : 'none';
    if (!Array.isArray(perField) || perField.length !== fieldCount) throw new Error('mad state does not match the configured fields');
    if (saved !== cfg.seasonality) throw new Error(`mad state was saved with seasonality '${saved}', options say '${cfg.seasonality}'`);
    const count = seasonBucketCount(cfg.seasonality);
    const buckets = new Array<SortedWindow[] | null>(count).fill(null);
    for (let f = 0; f < fieldCount; f++) {
      const saved = perField[f];
      if (!Array.isArray(saved) || saved.length !== count) throw new Error(`seasonality state has ${Array.isArray(saved) ? saved.length : 'no'} buckets, expected ${count} for '${cfg.seasonality}'`);
      for (let b = 0; b < count; b++) {
        if (saved[b] === null) continue;
        // A bucket any field used is made for all; version 1 made them per field, and an unused one is empty either way.
        const windows = (buckets[b] ??= windowBlock(fieldCount, cfg.window));
        const legacy = loadSortedWindow(cfg.window, saved[b]);
        for (let i = 0; i < legacy.size; i++) windows[f]!.push(legacy.at(i));
      }
    }
    return new MadDetector(cfg, fieldCount, buckets);
  }
}

export const madFactory = defineDetector<MadConfig>({
  name: 'mad',
  options: ['k', 'window', 'seasonality'],
  config,
  stateBytes: (cfg, fieldCount) => OBJECT_BYTES + arrayBytes(seasonBucketCount(cfg.seasonality)) + seasonBucketCount(cfg.seasonality) * windowBlockBytes(fieldCount, cfg.window),
  create: (cfg, fields) => new MadDetector(cfg, fields.length),
  restore: (cfg, from, fields) => MadDetector.read(cfg, fields.length, from),
  restoreLegacy: (cfg, state, fields) => MadDetector.fromLegacy(cfg, fields.length, state as MadState),
});
