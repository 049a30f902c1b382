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
// Memory: a group's windows of all fields (per season bucket) are one block
// of a slab the task node's groups share (window_slab.ts): about 9 bytes per
// value kept and nothing per group beside its detector object, and that block
// is what a snapshot holds of them, byte for byte. No object per window: one
// window object is pointed at each field's window in turn.
import { SortedWindow } from './sorted_window.ts';
import { WindowSlab } from './window_slab.ts';
import { distanceToScore, type Band, type Detector, type Options, type Sample, type Verdict } from './types.ts';
import { defineDetector } from './define_detector.ts';
import { doubleOption, intOption } from './option_checks.ts';
import { normalQuantile } from './normal_quantile.ts';
import { seasonBucket, seasonBucketCount } from './seasonality.ts';
import { seasonalityOption, type Seasonality } from './suite_options.ts';
import { loadSortedWindow } from './suite_state.ts';
import type { StateReader } from '../state/state_reader.ts';
import type { StateWriter } from '../state/state_writer.ts';
import { arrayBytes, MAX_WINDOW, OBJECT_BYTES, windowBlockDataBytes } from './state_bytes.ts';

const CONSISTENCY = 1.4826;
const FLAT_RELATIVE_SCALE = 0.01;
const FLAT_ABSOLUTE_SCALE = 1e-9;

interface MadConfig {
  k: number;
  window: number;
  seasonality: Seasonality;
  /** Where the groups of a task node keep their windows (the configuration is shared by its groups). */
  slab: WindowSlab;
}

/** Version-1 (JSON) state: per field, the window's values oldest first; with seasonality, per field and bucket (null: bucket unused). */
type MadState = { windows: number[][] } | { seasonality: Seasonality; buckets: (number[] | null)[][] };

function config(options: Options, fields: readonly string[]): MadConfig {
  const window = intOption(options, 'window', 100, 3, MAX_WINDOW);
  return { k: doubleOption(options, 'k', 3.5, 0, Infinity, true), window, seasonality: seasonalityOption(options), slab: new WindowSlab(fields.length, window) };
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

/** The one window object MAD reads and writes every window through (one step at a time). */
const CURSOR = new SortedWindow(1);
const NO_BLOCK = -1;

class MadDetector implements Detector {
  private readonly cfg: MadConfig;
  /** Without seasonality: the block of the fields' windows (NO_BLOCK until the first point). */
  private block = NO_BLOCK;
  /** With seasonality: per bucket, the block of the fields' windows (NO_BLOCK until the bucket is used). */
  private readonly buckets: number[] | null;

  constructor(cfg: MadConfig) {
    this.cfg = cfg;
    this.buckets = cfg.seasonality === 'none' ? null : new Array<number>(seasonBucketCount(cfg.seasonality)).fill(NO_BLOCK);
  }

  step(sample: Sample): Verdict | null {
    const block = this.blockAt(sample.timeMs);
    const { slab, k } = this.cfg;
    const n = slab.windows;
    const bands: (Band | null)[] = new Array(n).fill(null);
    let best = -1;
    let judged = false;
    for (let i = 0; i < n; i++) {
      const x = sample.values[i]!;
      if (Number.isNaN(x)) continue;
      const w = slab.bind(CURSOR, block, i);
      if (w.full) {
        const median = w.median();
        const reach = k * robustScale(w, median);
        bands[i] = { lower: median - reach, upper: median + reach };
        best = Math.max(best, Math.abs(x - median) / reach);
        judged = true;
      }
      w.push(x);
    }
    if (!judged) return null;
    return { score: distanceToScore(best), anomaly: best > 1, bands };
  }

  /** The block of the bucket `timeMs` falls in, taken when first used. */
  private blockAt(timeMs: number): number {
    if (this.buckets === null) {
      if (this.block === NO_BLOCK) this.block = this.cfg.slab.take(this);
      return this.block;
    }
    const b = seasonBucket(timeMs, this.cfg.seasonality);
    if (this.buckets[b] === NO_BLOCK) this.buckets[b] = this.cfg.slab.take(this);
    return this.buckets[b]!;
  }

  save(w: StateWriter): void {
    for (const block of this.buckets ?? [this.block]) {
      w.bool(block !== NO_BLOCK);
      if (block !== NO_BLOCK) this.cfg.slab.save(block, w);
    }
  }

  static read(cfg: MadConfig, r: StateReader): MadDetector {
    const d = new MadDetector(cfg);
    const count = seasonBucketCount(cfg.seasonality);
    for (let b = 0; b < count; b++) {
      const what = count === 1 ? 'the mad windows' : `the mad windows of season bucket ${b}`;
      if (!r.bool(what)) continue;
      const block = cfg.slab.read(d, r, what, CURSOR);
      if (d.buckets === null) d.block = block;
      else d.buckets[b] = block;
    }
    return d;
  }

  /** A detector from its version-1 JSON state. */
  static fromLegacy(cfg: MadConfig, fieldCount: number, state: MadState): MadDetector {
    const perField = state && 'buckets' in state ? state.buckets : state && 'windows' in state ? state.windows.map((w) => [w]) : null;
    const saved = state && 'buckets' in state ? state.seasonality : 'none';
    if (!Array.isArray(perField) || perField.length !== fieldCount) throw new Error('mad state does not match the configured fields');
    if (saved !== cfg.seasonality) throw new Error(`mad state was saved with seasonality '${saved}', options say '${cfg.seasonality}'`);
    const d = new MadDetector(cfg);
    const count = seasonBucketCount(cfg.seasonality);
    const blocks = new Array<number>(count).fill(NO_BLOCK);
    for (let f = 0; f < fieldCount; f++) {
      const saved = perField[f];
      if (!Array.isArray(saved) || saved.length !== count) throw new Error(`seasonality state has ${Array.isArray(saved) ? saved.length : 'no'} buckets, expected ${count} for '${cfg.seasonality}'`);
      for (let b = 0; b < count; b++) {
        if (saved[b] === null) continue;
        // A bucket any field used is made for all; version 1 made them per field, and an unused one is empty either way.
        if (blocks[b] === NO_BLOCK) blocks[b] = cfg.slab.take(d);
        const legacy = loadSortedWindow(cfg.window, saved[b]);
        const w = cfg.slab.bind(CURSOR, blocks[b]!, f);
        for (let i = 0; i < legacy.size; i++) w.push(legacy.at(i));
      }
    }
    if (d.buckets === null) d.block = blocks[0]!;
    else blocks.forEach((block, b) => (d.buckets![b] = block));
    return d;
  }
}

export const madFactory = defineDetector<MadConfig>({
  name: 'mad',
  options: ['k', 'window', 'seasonality'],
  config,
  // A detector object and its finalization record, and per bucket used one block of the slab.
  stateBytes: (cfg, fieldCount) =>
    2 * OBJECT_BYTES + (cfg.seasonality === 'none' ? 0 : arrayBytes(seasonBucketCount(cfg.seasonality))) + seasonBucketCount(cfg.seasonality) * windowBlockDataBytes(fieldCount, cfg.window),
  create: (cfg) => new MadDetector(cfg),
  restore: (cfg, from) => MadDetector.read(cfg, from),
  restoreLegacy: (cfg, state, fields) => MadDetector.fromLegacy(cfg, fields.length, state as MadState),
});
