// The features the surprise detector judges for one field, at four time
// scales (1, 4, 16 and 64 points), each a different way a series can change:
//   level      x, and the mean of the last 4, 16, 64 values: the series moves
//              outside the levels it has visited (a spike, a shift, a drift);
//   change     x − the previous value, and x − the median of the previous 4,
//              16, 64 values: a jump relative to where the series just was;
//              the 64-point change in units of the previous 64 values'
//              standard deviation, so a burst of noise, whose changes are
//              large in the field's units, does not widen the tail that the
//              next jump out of quiet noise is judged against;
//   spread     the standard deviation of the last 4, 16, 64 values: the
//              series gets noisier, or goes flat (stuck);
//   seasonal   x − the mean of the same slot one period ago (default a week,
//              in 336 slots, so 30 minutes each), and the mean of that
//              residual over the last 4, 16, 64 values: the series departs
//              from its weekly (hence also daily) rhythm;
//   robust     the isolation of the value 9 points back from its 8
//              neighbours on each side, and the step between the medians of
//              the newest two 16 values, in units of the field's noise
//              (robust_changes.ts): a spike and a level shift, judged by
//              features that the other kinds of incident hardly move.
// A feature is NaN until its inputs exist (a full window, a filled slot).
// Each step computes the features of x against the values before it, then
// learns x.
import { SortedWindow } from '../sorted_window.ts';
import { advanceRuns, buildRuns, isolation, measurementDue, newerMedian, noiseSigma, RUNS_LENGTH, step } from './robust_changes.ts';
import type { StateReader } from '../../state/state_reader.ts';
import type { StateWriter } from '../../state/state_writer.ts';

export const SCALES = [4, 16, 64] as const;
/** Features per field: 4 levels, 4 changes, 3 spreads, 4 seasonal residuals, isolation and step. */
export const FEATURE_COUNT = 17;
/** Features of the saved states of layouts 1 to 3 (before isolation and step): the first of them, in order. */
export const FEATURE_COUNT_BEFORE_ROBUST = 15;
/** Values of the field's own window: the longest scale. */
export const FEATURE_WINDOW = 64;
/** Per feature, the points its value averages over: consecutive values are alike over that many. */
const FEATURE_AVERAGING: readonly number[] = [1, 4, 16, 64, 1, 1, 1, 1, 4, 16, 64, 1, 4, 16, 64, 1, 16];

/**
 * Per feature, the points over which its extremes belong to one excursion: `excursion` (by default the longest
 * scale: a change stays in the 64-point features for 64 points, so what one incident does to any feature within
 * that span, a spike's rise and fall or the points of a burst of noise, is one excursion and counts once in the
 * tail), and never less than the points the feature averages over.
 */
export function featureRuns(excursion: number): readonly number[] {
  return FEATURE_AVERAGING.map((s) => Math.max(s, excursion));
}
/**
 * Per feature, the share of a step of the field's own grid (the spacing its values lie on, `grid()`) by which the
 * feature moves when one value moves one step: 1 for the value and its change against the previous one, 1/s for
 * a mean of s values, 1/2 for a change against the median of an even count (the mean of the middle two); 0 where
 * there is no such grid (the standardised change, the spreads, the residuals against slot means).
 */
export const FEATURE_GRID_SHARE: readonly number[] = [1, 1 / 4, 1 / 16, 1 / 64, 1, 1 / 2, 1 / 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
/**
 * Per feature, its standard deviation when the field is noise of standard deviation 1: a change against the
 * previous value √2, against the median of s values √(1 + π/(2s)), a spread of s values 1/√(2s), a residual
 * against a slot's mean 1 and its s-point mean 1/√s, as white noise gives them; the value 1, its own noise. A mean
 * averages white noise down by √s, but a series' noise is seldom white over 64 points (a slow wander, a heater's
 * cycle), and a wandering mean sets a new record each time it wanders past its earlier ones: with 1/√s the next
 * low of a slowly wandering mean, a third of the noise past its ten lowest, was a false alarm in the demo, and
 * with 1 a tenth of its false alarms were still such records. The means' share is 4, chosen on the demo (over its
 * six seeds, with the memory at 5,120: shares 3, 4, 5 found 292, 294, 294 of 324 events with 70, 60, 59 false
 * alarms; NAB 74.91, 75.12, 75.08): a mean has to leave its records by more than the noise of the value before the
 * record is rare. The standardised 64-point change, the isolation and the step are
 * already in units of the noise, so their share is of 1, not of the spread (`noiseUnit()`); isolation and step
 * take 3, for the reason the means take more than 1: their tails hold little but noise until a few incidents of their
 * kind were seen, and a daily edge a little larger than the few before it was a false alarm on NAB with 1 (its
 * 24 files scored 1.0 lower, the demo had 9 more false alarms).
 */
export const FEATURE_NOISE_SHARE: readonly number[] = [
  1, 4, 4, 4,
  Math.SQRT2, Math.sqrt(1 + Math.PI / 8), Math.sqrt(1 + Math.PI / 32), 1,
  1 / Math.sqrt(8), 1 / Math.sqrt(32), 1 / Math.sqrt(128),
  1, 1 / 2, 1 / 4, 1 / 8,
  3, 3,
];
/** Differences below this fraction of a field's magnitude are rounding noise. */
export const RELATIVE_RESOLUTION = 1e-6;
/** Index of the 64-point change in units of the window's spread. */
export const STANDARDISED_CHANGE_FEATURE = 7;
/** Index of the isolation feature; the step feature follows it (robust_changes.ts). */
export const ISOLATION_FEATURE = 15;
/** Per feature, whether it is in units of noise already (its noise unit is its share of 1, not of the spread). */
const IN_NOISE_UNITS: readonly boolean[] = Array.from({ length: FEATURE_COUNT }, (_, f) => f === STANDARDISED_CHANGE_FEATURE || f >= ISOLATION_FEATURE);
/** Index of the raw value among the features (its tails give the field's band). */
export const LEVEL_FEATURE = 0;
/** Slots of the seasonal reference: 336 = a week of half hours. */
export const SEASON_SLOTS = 336;

const WINDOW = FEATURE_WINDOW;

/** Where a field's features keep their arrays (the detector packs all fields of a group into one buffer). */
export interface FieldStorage {
  window: SortedWindow;
  /** FEATURE_WINDOW residuals. */
  residuals: Float64Array;
  /** SEASON_SLOTS slot means, filled with NaN. */
  slots: Float32Array;
  /** RUNS_LENGTH singles for the sorted runs of the newest values (derived, not saved). */
  runs: Float32Array;
}

// Scratch for the medians of the newest values, shared by every field: one step at a time.
const RECENT = new Float64Array(16);

/** A field's feature state as plain numbers and typed arrays (a version-1 JSON state, once its nulls are NaN again). */
export interface FieldFeatureState {
  /** The last values, oldest first (at most 64). */
  recent: number[];
  /** The last seasonal residuals, oldest first (NaN where none), at most 64. */
  residuals: number[];
  /** Mean of each slot when it was last filled (NaN: never). */
  slots: Float32Array;
  /** Absolute index of the slot being filled, its running sum and count (slot −1: none yet). */
  slot: number;
  slotSum: number;
  slotCount: number;
}

export class FieldFeatures {
  private readonly slotMs: number;
  private readonly window: SortedWindow;
  private readonly residuals: Float64Array;
  private residualHead = 0; // next write position
  private residualCount = 0;
  /** Consecutive defined residuals ending at the newest. */
  private residualRun = 0;
  private readonly slots: Float32Array;
  private slot = -1;
  private slotSum = 0;
  private slotCount = 0;
  private readonly scratch = RECENT;
  /** Standard deviation of the 64 values before the latest point (NaN while fewer were seen); derived, not state. */
  private spreadBefore = NaN;
  /** The window's noise (robust_changes.ts noiseSigma()), NaN until measured; derived from the window, not state. */
  private noise = NaN;
  /** The newest values in sorted runs (robust_changes.ts), built once the window is full; derived, not state. */
  private readonly runs: Float32Array;
  private runsBuilt = false;

  /** periodMs: the seasonal reference's lag (0: no seasonal features); `state`: a version-1 state to start from. */
  constructor(periodMs: number, state?: FieldFeatureState, storage?: FieldStorage) {
    this.slotMs = periodMs > 0 ? periodMs / SEASON_SLOTS : 0;
    this.window = storage?.window ?? new SortedWindow(WINDOW);
    this.runs = storage?.runs ?? new Float32Array(RUNS_LENGTH);
    this.residuals = storage?.residuals ?? new Float64Array(WINDOW);
    this.slots = storage?.slots ?? new Float32Array(SEASON_SLOTS).fill(NaN);
    if (state) this.load(state);
  }

  save(w: StateWriter): void {
    this.window.save(w);
    w.uint(this.residualHead);
    w.uint(this.residualCount);
    w.uint(this.residualRun);
    w.array(this.residuals);
    w.array(this.slots);
    w.f64(this.slot);
    w.f64(this.slotSum);
    w.uint(this.slotCount);
  }

  /**
   * Reads what save() wrote into this (new) field's storage; throws naming `what` when it does not hold together.
   * `head`: the state's first number, when the caller already read it.
   */
  read(r: StateReader, what: string, head?: number): void {
    this.window.load(r, `the recent values of ${what}`, head);
    this.residualHead = r.uint(what, WINDOW - 1);
    this.residualCount = r.uint(what, WINDOW);
    this.residualRun = r.uint(what, this.residualCount);
    r.into(this.residuals, `the seasonal residuals of ${what}`);
    r.into(this.slots, `the seasonal slots of ${what}`);
    this.slot = r.f64(what);
    this.slotSum = r.f64(what);
    this.slotCount = r.uint(what);
    if (this.residualCount < WINDOW && this.residualHead !== this.residualCount) throw new Error(`${what} holds seasonal residuals out of place`);
    if (this.residuals.some((v) => v === Infinity || v === -Infinity) || this.slots.some((v) => v === Infinity || v === -Infinity)) {
      throw new Error(`${what} holds an infinite seasonal residual or slot`);
    }
    if (!Number.isInteger(this.slot) || !Number.isFinite(this.slotSum)) throw new Error(`${what} holds an impossible current slot`);
  }

  /**
   * Writes the features of x (at time t) into out[0..17), then learns x.
   * Returns the field's magnitude (the larger of |x| and the recent median's),
   * the unit in which its rounding noise is judged.
   */
  step(timeMs: number, x: number, out: Float64Array): number {
    const w = this.window;
    const n = w.size;
    out[0] = x;
    // Level and spread: mean and standard deviation of the last s values including x
    // (two passes: a spread tiny against a large level keeps its digits).
    let sum = x;
    let s = 1;
    for (let k = 0; k < SCALES.length; k++) {
      const scale = SCALES[k]!;
      for (; s < scale && s <= n; s++) sum += w.at(n - s);
      if (s < scale) {
        out[1 + k] = NaN;
        out[8 + k] = NaN;
        continue;
      }
      const mean = sum / scale;
      let sq = (x - mean) * (x - mean);
      for (let i = 1; i < scale; i++) {
        const d = w.at(n - i) - mean;
        sq += d * d;
      }
      out[1 + k] = mean;
      out[8 + k] = Math.sqrt(sq / scale);
    }
    // Change: against the previous value and the medians of the previous 4, 16, 64.
    if (n >= WINDOW && !this.runsBuilt) {
      buildRuns(this.runs, w);
      this.runsBuilt = true;
    }
    out[4] = n > 0 ? x - w.at(n - 1) : NaN;
    out[5] = n >= 4 ? x - this.medianOfLastFour() : NaN;
    out[6] = n >= 16 ? x - (this.runsBuilt ? newerMedian(this.runs) : this.recentMedian(16)) : NaN;
    const median = n > 0 ? w.median() : NaN;
    const magnitude = n > 0 ? Math.max(Math.abs(x), Math.abs(median)) : Math.abs(x);
    // The level loop summed x and the 63 values before it: the window's own sum needs one more value, not a pass.
    this.spreadBefore = n >= WINDOW ? this.windowSpread((sum - x + w.at(n - WINDOW)) / WINDOW) : NaN;
    out[STANDARDISED_CHANGE_FEATURE] = n >= WINDOW ? standardised(x - median, this.spreadBefore, RELATIVE_RESOLUTION * magnitude) : NaN;
    this.seasonal(timeMs, x, out);
    if (n >= WINDOW) {
      // The noise of the window, so a side of chance quiet does not set the unit. (Nonzero differences on a grid
      // are at least one step of it, so the noise is never below the field's grid unless the window never moved.)
      if (Number.isNaN(this.noise) || measurementDue(w)) this.noise = noiseSigma(w);
      const floor = RELATIVE_RESOLUTION * magnitude;
      out[ISOLATION_FEATURE] = isolation(this.runs, w, this.noise, floor);
      out[ISOLATION_FEATURE + 1] = step(this.runs, this.noise, floor);
      advanceRuns(this.runs, w, x);
    } else {
      out[ISOLATION_FEATURE] = NaN;
      out[ISOLATION_FEATURE + 1] = NaN;
    }
    w.push(x);
    return magnitude;
  }

  /**
   * The step of the grid the field's values lie on, as far as the window shows it: the smallest nonzero gap
   * between its values (0 while they are all equal). Counts, integers and values rounded to a few digits have one;
   * for values with all their digits it is far below their noise, so it changes nothing there.
   */
  grid(): number {
    return this.window.smallestGap();
  }

  /**
   * Feature f's noise unit at the latest point: its share (FEATURE_NOISE_SHARE) of the spread of the 64 values
   * before that point (0 while fewer than 64 were seen).
   */
  noiseUnit(f: number): number {
    const spread = this.spreadBefore;
    if (!(spread > 0)) return 0;
    return FEATURE_NOISE_SHARE[f]! * (IN_NOISE_UNITS[f] ? 1 : spread);
  }

  state(): FieldFeatureState {
    const residuals: number[] = [];
    for (let i = 0; i < this.residualCount; i++) residuals.push(this.residualAt(this.residualCount - 1 - i));
    return { recent: this.window.values(), residuals, slots: this.slots, slot: this.slot, slotSum: this.slotSum, slotCount: this.slotCount };
  }

  /** Residual against the slot one period ago, and its means over the last 4, 16, 64 (out[11..15)). */
  private seasonal(timeMs: number, x: number, out: Float64Array): void {
    if (this.slotMs === 0) {
      out.fill(NaN, 11, 15);
      return;
    }
    const abs = Math.floor(timeMs / this.slotMs);
    if (abs !== this.slot) {
      // The slot being filled is complete: it becomes next period's reference.
      if (this.slot >= 0 && this.slotCount > 0) this.slots[mod(this.slot, SEASON_SLOTS)] = this.slotSum / this.slotCount;
      this.slot = abs;
      this.slotSum = 0;
      this.slotCount = 0;
    }
    const ref = this.slots[mod(abs, SEASON_SLOTS)]!;
    const r = Number.isNaN(ref) ? NaN : x - ref;
    this.slotSum += x;
    this.slotCount++;
    this.pushResidual(r);
    out[11] = r;
    let k = 12;
    for (const scale of SCALES) {
      if (this.residualRun < scale) {
        out[k++] = NaN;
        continue;
      }
      let sum = 0;
      for (let i = 0; i < scale; i++) sum += this.residualAt(i);
      out[k++] = sum / scale;
    }
  }

  private pushResidual(r: number): void {
    this.residuals[this.residualHead] = r;
    this.residualHead = (this.residualHead + 1) % WINDOW;
    if (this.residualCount < WINDOW) this.residualCount++;
    this.residualRun = Number.isNaN(r) ? 0 : Math.min(this.residualRun + 1, WINDOW);
  }

  /** The i-th newest residual (0 = newest). */
  private residualAt(i: number): number {
    return this.residuals[mod(this.residualHead - 1 - i, WINDOW)]!;
  }

  /** Standard deviation of the full window's values (the 64 before the point being judged), whose mean is given. */
  private windowSpread(mean: number): number {
    const w = this.window;
    const n = w.size;
    let sq = 0;
    for (let i = 1; i <= n; i++) {
      const d = w.at(n - i) - mean;
      sq += d * d;
    }
    return Math.sqrt(sq / n);
  }

  /** Median of the newest 4 values of the window: the mean of the two that are neither the smallest nor the largest. */
  private medianOfLastFour(): number {
    const w = this.window;
    const n = w.size;
    const a = w.at(n - 4);
    const b = w.at(n - 3);
    const c = w.at(n - 2);
    const d = w.at(n - 1);
    const low = a < b ? a : b;
    const high = a < b ? b : a;
    const low2 = c < d ? c : d;
    const high2 = c < d ? d : c;
    // The middle two are the larger of the two lows and the smaller of the two highs.
    return ((low > low2 ? low : low2) + (high < high2 ? high : high2)) / 2;
  }

  /** Median of the newest s values of the window (s ≤ 16). */
  private recentMedian(s: number): number {
    const w = this.window;
    const n = w.size;
    const a = this.scratch.subarray(0, s);
    for (let i = 0; i < s; i++) a[i] = w.at(n - s + i);
    a.sort();
    const h = s >> 1;
    return s & 1 ? a[h]! : (a[h - 1]! + a[h]!) / 2;
  }

  private load(state: FieldFeatureState): void {
    const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
    if (!Array.isArray(state.recent) || state.recent.length > WINDOW || !state.recent.every(finite)) throw new Error('surprise state: recent values are malformed');
    if (!Array.isArray(state.residuals) || state.residuals.length > WINDOW || !state.residuals.every((v) => typeof v === 'number' && !(v === Infinity || v === -Infinity))) {
      throw new Error('surprise state: seasonal residuals are malformed');
    }
    if (!(state.slots instanceof Float32Array) || state.slots.length !== SEASON_SLOTS) throw new Error('surprise state: seasonal slots are malformed');
    if (!Number.isInteger(state.slot) || !finite(state.slotSum) || !Number.isInteger(state.slotCount) || state.slotCount < 0) throw new Error('surprise state: the current slot is malformed');
    for (const v of state.recent) this.window.push(v);
    for (const r of state.residuals) this.pushResidual(r);
    this.slots.set(state.slots);
    this.slot = state.slot;
    this.slotSum = state.slotSum;
    this.slotCount = state.slotCount;
  }
}

/** d in units of spread, never dividing by less than the field's rounding resolution (0 when d is 0). */
function standardised(d: number, spread: number, resolution: number): number {
  if (d === 0) return 0;
  return d / Math.max(spread, resolution, Number.MIN_VALUE);
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}
