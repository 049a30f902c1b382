// Tail probabilities of a stream of feature values from a few numbers: per
// feature, the k largest and the k smallest values of the current epoch and of
// the previous one, and how many values each epoch holds. Nothing else is
// needed: inside the k-th most extreme value of the memory, the probability is
// at least k/(n + 1), never surprising at the levels that raise alarms; beyond
// it, an exponential tail is fitted to the k most extreme values (through the
// k-th at k/(n + 1), their mean excess over it as the scale), so a value far
// outside everything seen gets a probability far below 1/n instead of
// stopping at 1/n, and one just past the k-th gets about its empirical rank.
//
// Memory is one to two epochs of values (`epoch` points each): when the
// current epoch fills, it becomes the previous one and a new one starts, so
// old extremes are forgotten after two epochs and an extreme never
// desensitises a series for ever.
//
// Extremes are declustered (the runs method of extreme-value statistics):
// extremes come in runs — a feature averaged over s points moves little from
// one point to the next, and one incident (a spike's rise and fall, a burst
// of noise) gives a feature several extreme values close together — and k
// values of one run would fit a tail to one event. Per feature a run length
// r is given; once the memory holds k·r values, a value that would join the
// extremes within r points of the previous one that did belongs to the same
// excursion, and only the excursion's most extreme value is kept. Ranks then
// count excursions, which is also what one alarm per incident is about.
//
// Values are stored in single precision; callers round a value with
// Math.fround before judging and learning it, so ties compare exactly. The
// caller also gives the resolution below which differences are rounding
// noise (the largest of a fraction of the field's magnitude, the step of
// the grid its values lie on, and a tenth of the feature's noise: detector.ts
// resolution()): the fitted tail is never narrower, so k equal extremes do
// not make the next larger value infinitely rare because of the last bits of
// a computed mean, nor a count one above the k largest (all tied) rare
// because their spread is below one count, nor the next peak of a smooth
// cycle rare because its earlier peaks lay within a hair of each other.

/** The longest epoch (the `memory` option's limit): a saved count above it is no count. */
export const MAX_EPOCH = 100_000_000;

/** Most extreme values kept per side and epoch (the exponential tail is fitted to them). */
export const TAIL_K = 10;

// Layout per feature in `values`: [current top k][current bottom k][previous top k][previous bottom k].
const CUR_TOP = 0;
const CUR_BOT = TAIL_K;
const PREV_TOP = 2 * TAIL_K;
const PREV_BOT = 3 * TAIL_K;
const STRIDE = 4 * TAIL_K;
// Layout per feature in `counts`: values in the current epoch, in the previous epoch; per side, the
// current-epoch count up to which its latest excursion is open (−1: none), and that excursion's extreme.
const CUR_N = 0;
const PREV_N = 1;
const TOP_UNTIL = 2;
const BOT_UNTIL = 3;
const TOP_EXTREME = 4;
const BOT_EXTREME = 5;
const COUNTS = 6;

/** The state of a set of sketches, as typed arrays (what snapshots store). */
export interface TailSketchState {
  values: Float32Array;
  counts: Float64Array;
  /** Room for the cache of k-th extremes (tailSketchSizes().kth), derived and never stored; own array if absent. */
  kth?: Float32Array;
}

/** Lengths of the arrays of `features` sketches. */
export function tailSketchSizes(features: number): { values: number; counts: number; kth: number } {
  return { values: features * STRIDE, counts: features * COUNTS, kth: 2 * features };
}

// Scratch for the merged extremes of both epochs, shared by every sketch: one judgement at a time.
const NEAR = new Float64Array(TAIL_K);

export class TailSketches {
  readonly features: number;
  readonly epoch: number;
  /** Per feature, the points within which its extremes are one excursion (1: every value on its own). */
  private readonly runs: readonly number[];
  /** Sorted extremes: top lists descending, bottom lists ascending; only the first min(n, k) entries are meaningful. */
  private readonly values: Float32Array;
  private readonly counts: Float64Array;
  private readonly near = NEAR;
  /**
   * Per feature and side (2f: upper, 2f + 1: lower), the k-th most extreme of the memory as y = sign·x, or NaN
   * when the extremes changed since it was read: most values lie inside it, and are judged without a merge.
   * Derived from the extremes, so not part of the state: a restored sketch starts with NaN.
   */
  private readonly kth: Float32Array;

  /**
   * Sketches restored from `state` (checked), or new ones: in `storage` when given (arrays of
   * tailSketchSizes(), zeroed), else in arrays of their own.
   */
  constructor(runs: readonly number[], epoch: number, state?: TailSketchState, storage?: TailSketchState) {
    const features = runs.length;
    this.features = features;
    this.epoch = epoch;
    this.runs = runs;
    this.kth = ((state ?? storage)?.kth ?? new Float32Array(2 * features)).fill(NaN);
    if (state) {
      if (state.values.length !== features * STRIDE || state.counts.length !== features * COUNTS) throw new Error('tail sketch state does not match the feature count');
      for (let f = 0; f < features; f++) {
        const c = state.counts.subarray(f * COUNTS, (f + 1) * COUNTS);
        const valid = [c[CUR_N]!, c[PREV_N]!].every((n) => Number.isInteger(n) && n >= 0 && n <= MAX_EPOCH) && Number.isInteger(c[TOP_UNTIL]) && Number.isInteger(c[BOT_UNTIL]);
        if (!valid) throw new Error('tail sketch state holds an invalid count');
        // Saved with a longer epoch (another `memory`, or an older default): the epochs it counted are cut to this
        // one, and a current epoch that is already full turns over at the next value, so nothing saved is refused.
        c[CUR_N] = Math.min(c[CUR_N]!, epoch - 1);
        c[PREV_N] = Math.min(c[PREV_N]!, epoch);
      }
      for (const v of state.values) if (Number.isNaN(v)) throw new Error('tail sketch state holds NaN');
      this.values = state.values;
      this.counts = state.counts;
    } else {
      this.values = storage?.values ?? new Float32Array(features * STRIDE);
      this.counts = storage?.counts ?? new Float64Array(features * COUNTS);
      for (let f = 0; f < features; f++) this.forget(f);
    }
  }

  /** Values learnt by feature f within its memory. */
  count(f: number): number {
    return this.counts[f * COUNTS + CUR_N]! + this.counts[f * COUNTS + PREV_N]!;
  }

  /**
   * Two-sided tail probability of x for feature f against what it learnt:
   * the smaller of the upper and lower tail probabilities (each in (0, 1]).
   */
  tailProbability(f: number, x: number, resolution: number): number {
    return Math.min(this.oneSided(f, x, 1, resolution), this.oneSided(f, x, -1, resolution));
  }

  /** Forgets what feature f learnt (or starts it empty): it warms up again. */
  forget(f: number): void {
    this.values.fill(0, f * STRIDE, (f + 1) * STRIDE);
    const c = f * COUNTS;
    this.counts.fill(0, c, c + COUNTS);
    this.counts[c + TOP_UNTIL] = this.counts[c + BOT_UNTIL] = -1;
    this.kth[2 * f] = this.kth[2 * f + 1] = NaN;
  }

  /** Learns x for feature f (after it was judged). */
  learn(f: number, x: number): void {
    const base = f * STRIDE;
    const c = f * COUNTS;
    const n = this.counts[c + CUR_N]!;
    const run = this.runs[f]!;
    if (this.learnSide(base + CUR_TOP, c + TOP_UNTIL, c + TOP_EXTREME, n, run, x, 1)) this.kth[2 * f] = NaN;
    if (this.learnSide(base + CUR_BOT, c + BOT_UNTIL, c + BOT_EXTREME, n, run, x, -1)) this.kth[2 * f + 1] = NaN;
    if (n + 1 >= this.epoch) {
      // The current epoch becomes the previous one; its excursions end with it.
      this.values.copyWithin(base + PREV_TOP, base + CUR_TOP, base + PREV_TOP);
      this.counts[c + PREV_N] = n + 1;
      this.counts[c + CUR_N] = 0;
      this.counts[c + TOP_UNTIL] = this.counts[c + BOT_UNTIL] = -1;
      this.kth[2 * f] = this.kth[2 * f + 1] = NaN;
    } else {
      this.counts[c + CUR_N] = n + 1;
    }
  }

  /** One side of learn(): x, the epoch's n-th value, joins the extremes at `at`, one per excursion; true when they changed. */
  private learnSide(at: number, until: number, extreme: number, n: number, run: number, x: number, sign: 1 | -1): boolean {
    const v = this.values;
    const counts = this.counts;
    if (n < TAIL_K) {
      insert(v, at, n, x, sign);
      return true;
    }
    const y = sign * x;
    if (!(y > sign * v[at + TAIL_K - 1]!)) return false;
    // Until k·run values are known, the k-th extreme is no rare level and joining it is no excursion.
    if (run > 1 && n >= TAIL_K * run && n <= counts[until]!) {
      counts[until] = n + run;
      const previous = counts[extreme]!;
      if (!(y > sign * previous)) return false;
      replace(v, at, previous, x, sign);
      counts[extreme] = x;
      return true;
    }
    insert(v, at, TAIL_K, x, sign);
    counts[until] = n + run;
    counts[extreme] = x;
    return true;
  }

  /**
   * The value at which feature f's tail probability (upper for sign 1, lower
   * for −1) falls to p, or NaN while the memory is too short to say.
   */
  quantileAt(f: number, p: number, sign: 1 | -1, resolution: number): number {
    const n = this.count(f);
    if (this.merge(f, sign) < TAIL_K || n < 2 * TAIL_K) return NaN;
    const u = this.near[TAIL_K - 1]!;
    const base = TAIL_K / (n + 1);
    if (p >= base) return sign * u;
    return sign * (u + this.scale(resolution) * TAIL_K * (Math.pow(base / p, 1 / TAIL_K) - 1));
  }

  state(): TailSketchState {
    return { values: this.values, counts: this.counts }; // the k-th cache is derived: not state
  }

  /** Upper (sign 1) or lower (sign −1) tail probability, computed on y = sign·x. */
  private oneSided(f: number, x: number, sign: 1 | -1, resolution: number): number {
    const n = this.count(f);
    if (n === 0) return 1;
    const y = sign * x;
    const slot = sign === 1 ? 2 * f : 2 * f + 1;
    const kth = this.kth[slot]!;
    if (y <= kth && n >= 2 * TAIL_K) return (TAIL_K + 1) / (n + 1); // inside the k-th extreme (NaN never is)
    const kept = this.merge(f, sign);
    if (kept === TAIL_K) this.kth[slot] = this.near[TAIL_K - 1]!;
    let ge = 0;
    for (let i = 0; i < kept; i++) if (this.near[i]! >= y) ge++;
    if (kept < TAIL_K || n < 2 * TAIL_K) return (ge + 1) / (n + 1);
    if (ge >= TAIL_K) return (TAIL_K + 1) / (n + 1); // inside the k-th extreme: no finer rank is kept
    const u = this.near[TAIL_K - 1]!;
    // The predictive tail of an exponential whose scale is only known from k excesses (Lomax): heavier
    // than the fitted exponential, so ten extremes that happen to lie close together do not make the next
    // value beyond them astronomically rare.
    const excess = (y - u) / this.scale(resolution);
    return Math.max((TAIL_K / (n + 1)) * Math.pow(1 + excess / TAIL_K, -TAIL_K), Number.MIN_VALUE);
  }

  /** Scale of the fitted exponential tail: the mean excess of the k merged extremes over the k-th, at least `resolution`. */
  private scale(resolution: number): number {
    const u = this.near[TAIL_K - 1]!;
    let excess = 0;
    for (let i = 0; i < TAIL_K; i++) excess += this.near[i]! - u;
    return Math.max(excess / TAIL_K, resolution, Number.MIN_VALUE);
  }

  /**
   * Merges feature f's extremes of both epochs into `near`: the k most extreme
   * on the judged side as y = sign·x, largest first. Returns how many it holds.
   */
  private merge(f: number, sign: 1 | -1): number {
    const base = f * STRIDE;
    const c = f * COUNTS;
    const nCur = Math.min(this.counts[c + CUR_N]!, TAIL_K);
    const nPrev = Math.min(this.counts[c + PREV_N]!, TAIL_K);
    const top = sign === 1;
    const kept = mergeExtremes(this.values, base + (top ? CUR_TOP : CUR_BOT), nCur, base + (top ? PREV_TOP : PREV_BOT), nPrev, sign, this.near);
    for (let i = 0; i < kept; i++) this.near[i] = sign * this.near[i]!;
    return kept;
  }
}

/** Merges two sorted extreme lists (most extreme first for `sign`) into out; returns the count (at most k). */
function mergeExtremes(v: Float32Array, a: number, na: number, b: number, nb: number, sign: 1 | -1, out: Float64Array): number {
  let i = 0;
  let j = 0;
  let o = 0;
  while (o < TAIL_K && (i < na || j < nb)) {
    if (j >= nb || (i < na && sign * v[a + i]! >= sign * v[b + j]!)) out[o++] = v[a + i++]!;
    else out[o++] = v[b + j++]!;
  }
  return o;
}

/** Replaces the value `old` of a full sorted extreme list at `at` by the more extreme x. */
function replace(v: Float32Array, at: number, old: number, x: number, sign: 1 | -1): void {
  let i = 0;
  while (i < TAIL_K - 1 && v[at + i] !== old) i++;
  v.copyWithin(at + i, at + i + 1, at + TAIL_K);
  insert(v, at, TAIL_K - 1, x, sign);
}

/** Inserts x into the sorted extreme list at `at` holding `n` values (most extreme first for `sign`), keeping at most k. */
function insert(v: Float32Array, at: number, n: number, x: number, sign: 1 | -1): void {
  const y = sign * x;
  if (n === TAIL_K && !(y > sign * v[at + TAIL_K - 1]!)) return;
  let i = Math.min(n, TAIL_K - 1);
  while (i > 0 && y > sign * v[at + i - 1]!) {
    v[at + i] = v[at + i - 1]!;
    i--;
  }
  v[at + i] = x;
}
