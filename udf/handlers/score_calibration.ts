// Score calibration, `.calibration('tail' | 'none')` (default 'tail'): makes
// anomaly_score comparable across series by judging a detector's distance
// against the recent tail of that same group's distances (an online
// peaks-over-threshold estimate, in the spirit of NAB's anomaly likelihood).
//
// Why: a detector's own score maps its distance d (in units of its cut-off)
// to d/(1+d), or is iforest's s; the same number means very different things
// on a quiet series and on a jumpy one (MAD's d reaches 1e6 where the window's
// scale collapses), so no one threshold serves both. With 'none' the detector's
// own score is emitted unchanged (iforest's s as is). With 'tail' the
// detector's own score is still emitted, as the field `<detector>_score`.
//
// How: per detector and group, two numbers learnt from the distances so far:
//   u  the (1 − τ) quantile of recent distances (τ = 2%), tracked
//      multiplicatively: ×e^{η(1−τ)} after a distance above u, ×e^{−ητ}
//      otherwise (η = 0.05; a stochastic-approximation quantile whose fixed
//      point has a fraction τ of the distances above it);
//   m  the mean excess d − u of the distances above u, exponentially weighted
//      (weight 0.2 per exceedance, a memory of about 5 of them).
// Tail probability: exponential (GPD with shape 0) above u, linear below it,
//   p(d) = τ·exp(−(d − u)/m)   for d > u,    p(d) = 1 − (1 − τ)·d/u   for d ≤ u,
// rarity c = −ln p (nats), capped at −ln f where f is the recent frequency of
// infinite distances (a detector whose scale collapsed reports ∞, which has
// no magnitude: nothing is rarer than ∞, and ∞ is as rare as it is frequent;
// f is exponentially weighted over ~1000 points). Then h = c/(1 + c) in [0, 1].
// The detector's verdict and the 0.5 boundary are kept:
//   anomaly_score = 0.5 + 0.5·h  (at least the next double above 0.5) when flagged,
//                   0.5·h        when not.
// So `anomaly` is unchanged, score > 0.5 exactly when anomalous (consensus
// still works on scores), and for a given state (u, m, f) the score is
// non-decreasing in the distance: c is increasing in d, the cap and the two
// halves preserve order, and the flag is a cut-off on the distance. At the
// cut-off itself (not flagged) the score is at most 0.5, just above it more.
// Across groups one score means "this rare for its own series"; a persistent
// change raises m and u, so its later points are less rare than its first.
//
// Each distance is judged against the state before it, then learnt. The first
// 100 finite distances of a group (two expected exceedances at τ = 2%) seed u
// (the order statistic with 2% of them above it) and m (their mean excess);
// until then the detector's own score passes through unchanged. State: four
// numbers, plus a 100-slot single-precision buffer during the warm-up. Cost per
// point: a few flops.
//
// The parameters were chosen on principle, then checked on the NAB subset
// (tools/nab/quality.ts): the scores move by a few points for τ in [1%, 5%],
// η in [0.03, 0.1], excess weight in [0.1, 0.3], warm-up in [50, 150].
import type { Detector, Options, Sample, Verdict } from './detectors/types.ts';
import type { DetectorFactory } from './detectors/factory.ts';
import { choiceOption } from './detectors/option_checks.ts';
import { OBJECT_BYTES, ownedArrayBytes } from './detectors/state_bytes.ts';
import type { StateReader } from './state/state_reader.ts';
import type { StateWriter } from './state/state_writer.ts';

export type Calibration = 'none' | 'tail';

export const CALIBRATIONS: readonly Calibration[] = ['none', 'tail'];
export const DEFAULT_CALIBRATION: Calibration = 'tail';

export interface TailParams {
  /** τ: the fraction of a group's distances treated as its tail. */
  tailFraction: number;
  /** η: log-step of the quantile tracker (u moves by a factor e in ~1/η exceedances or ~1/(ητ) ordinary points). */
  quantileRate: number;
  /** Weight of the newest exceedance in the mean excess. */
  excessRate: number;
  /** Distances that seed the tail estimate. */
  warmup: number;
  /** Weight of each point in the frequency of infinite distances. */
  infiniteRate: number;
}

export const TAIL_PARAMS: Readonly<TailParams> = {
  tailFraction: 0.02,
  quantileRate: 0.05,
  excessRate: 0.2, // a memory of ~5 exceedances
  warmup: 100, // two expected exceedances at τ = 2%
  infiniteRate: 0.001, // a memory of ~1000 points
};

/** The smallest double above 0.5: a flagged point scores above 0.5 even when its rarity rounds to 0. */
const ABOVE_HALF = 0.5 + 2 ** -53;
/** Smallest positive scale kept for u and m, so a run of zero distances cannot make them 0. */
const TINY = 1e-12;

/** The `calibration` option, checked. */
export function calibrationOption(options: Options): Calibration {
  return choiceOption<Calibration>(options, 'calibration', DEFAULT_CALIBRATION, CALIBRATIONS);
}

/** The detector's distance behind a raw score: the inverse of d/(1+d) (for iforest, the odds of s). */
export function scoreToDistance(score: number): number {
  if (!(score > 0)) return 0;
  if (score >= 1) return Infinity;
  return score / (1 - score);
}

/** A calibrator's state (also its version-1 JSON form). */
export interface TailState {
  /** Distances learnt so far (counts up to the warm-up, then stays there). */
  n: number;
  /** Tracked (1 − τ) quantile of the distances. */
  u: number;
  /** Mean excess over u. */
  m: number;
  /** Warm-up distances (empty once seeded). */
  warm: number[];
  /** Exponentially weighted frequency of infinite distances. */
  inf: number;
}

/** The parameters with the quantile tracker's two factors, computed once and shared by every group. */
interface TailRates {
  params: Readonly<TailParams>;
  up: number;
  down: number;
}

const RATES = new WeakMap<Readonly<TailParams>, TailRates>();

function ratesOf(params: Readonly<TailParams>): TailRates {
  let r = RATES.get(params);
  if (!r) {
    r = { params, up: Math.exp(params.quantileRate * (1 - params.tailFraction)), down: Math.exp(-params.quantileRate * params.tailFraction) };
    RATES.set(params, r);
  }
  return r;
}

export class TailCalibrator {
  private readonly rates: TailRates;
  private n = 0;
  private u = 0;
  private m = 0;
  /** Warm-up distances (single precision: only their order and tail matter), first n filled; null once seeded. */
  private warm: Float32Array | null;
  private inf = 0;

  constructor(from?: TailState, params: Readonly<TailParams> = TAIL_PARAMS) {
    this.rates = ratesOf(params); // shared and frozen by convention: no copy per group
    if (!from) {
      this.warm = new Float32Array(params.warmup);
      return;
    }
    const ok =
      typeof from === 'object' &&
      Number.isInteger(from.n) &&
      [from.n, from.u, from.m, from.inf].every((x) => typeof x === 'number' && x >= 0) &&
      Array.isArray(from.warm) &&
      from.warm.length === (from.n < params.warmup ? from.n : 0) &&
      from.warm.every((x) => typeof x === 'number');
    if (!ok) throw new Error('calibration state is malformed');
    this.n = from.n;
    this.u = from.u;
    this.m = from.m;
    this.inf = from.inf;
    this.warm = from.n < params.warmup ? new Float32Array(params.warmup) : null;
    this.warm?.set(from.warm);
  }

  get ready(): boolean {
    return this.n >= this.rates.params.warmup;
  }

  /** Rarity h in [0, 1] of a distance against the current state (once ready); non-decreasing in d. */
  rarity(d: number): number {
    const { u, m } = this;
    const tau = this.rates.params.tailFraction;
    let c: number;
    if (d > u) c = -Math.log(tau) + (d - u) / m;
    else c = -Math.log1p(-(1 - tau) * (d / u));
    // An infinite distance (a detector whose scale collapsed) carries no magnitude: nothing is
    // rarer than it, and it is as rare as its recent frequency says.
    if (this.inf > 0) c = Math.min(c, -Math.log(this.inf));
    if (!(c < Infinity)) return 1;
    return c / (1 + c);
  }

  /** Learns one distance, after it was judged. */
  learn(d: number): void {
    if (Number.isNaN(d)) return;
    const infinite = d === Infinity;
    const p = this.rates.params;
    this.inf += p.infiniteRate * ((infinite ? 1 : 0) - this.inf);
    if (infinite) return;
    if (this.warm) {
      this.warm[this.n] = d;
      this.n++;
      if (this.n === p.warmup) this.seed();
      return;
    }
    if (d > this.u) {
      this.m = Math.max(this.m + p.excessRate * (d - this.u - this.m), TINY);
      this.u = Math.max(this.u * this.rates.up, TINY);
    } else {
      this.u = Math.max(this.u * this.rates.down, TINY);
    }
  }

  private seed(): void {
    const sorted = this.warm!.slice().sort();
    const k = Math.max(1, Math.floor(this.rates.params.tailFraction * sorted.length));
    const u = sorted[sorted.length - 1 - k]!;
    let excess = 0;
    for (let i = sorted.length - k; i < sorted.length; i++) excess += sorted[i]! - u;
    this.u = Math.max(u, TINY);
    this.m = Math.max(excess / k, TINY);
    this.warm = null;
  }

  state(): TailState {
    return { n: this.n, u: this.u, m: this.m, warm: this.warm ? Array.from(this.warm.subarray(0, this.n)) : [], inf: this.inf };
  }

  save(w: StateWriter): void {
    w.uint(this.n);
    w.f64(this.u);
    w.f64(this.m);
    w.f64(this.inf);
    if (this.warm) w.array(this.warm.subarray(0, this.n));
  }

}

/** A calibrator's state as save() wrote it (checked when a calibrator is made from it). */
export function readTailState(r: StateReader, params: Readonly<TailParams> = TAIL_PARAMS): TailState {
  const what = 'the score calibration';
  const n = r.uint(`the distances learnt by ${what}`, params.warmup);
  const u = r.f64(what);
  const m = r.f64(what);
  const inf = r.f64(what);
  const warm = n < params.warmup ? Array.from(r.f32s(n, `the warm-up of ${what}`)) : [];
  return { n, u, m, inf, warm };
}

/** A verdict with its score calibrated against the calibrator's state, which then learns the distance. */
export function calibrateVerdict(v: Verdict, calibrator: TailCalibrator): Verdict {
  const d = scoreToDistance(v.score);
  // The detector's own score stays in the output as `<detector>_score` (iforest's s as is).
  // The verdict is the detector's fresh answer for this sample, so it is updated in place.
  if (v.extras) v.extras.score = v.score;
  else v.extras = { score: v.score };
  if (calibrator.ready) {
    const h = calibrator.rarity(d);
    v.score = v.anomaly ? Math.max(0.5 + 0.5 * h, ABOVE_HALF) : 0.5 * h;
  }
  calibrator.learn(d);
  return v;
}

/** A calibrated detector's version-1 JSON state. */
interface CalibratedState {
  calibration: 'tail';
  detector: unknown;
  tail: TailState;
}

/** A detector and its calibrator, one object per group (groups are many: each object costs). */
class CalibratedDetector extends TailCalibrator implements Detector {
  private readonly inner: Detector;

  constructor(inner: Detector, from?: TailState) {
    super(from);
    this.inner = inner;
  }

  step(sample: Sample): Verdict | null {
    const v = this.inner.step(sample);
    return v ? calibrateVerdict(v, this) : null;
  }

  stepMany(samples: readonly Sample[]): (Verdict | null)[] {
    if (!this.inner.stepMany) return samples.map((s) => this.step(s));
    // The calibrator learns the verdicts in order, as step() by step() would.
    return this.inner.stepMany(samples).map((v) => (v ? calibrateVerdict(v, this) : null));
  }

  override save(w: StateWriter): void {
    super.save(w);
    this.inner.save(w);
  }

  settle(): boolean {
    return this.inner.settle?.() ?? true;
  }
}

/** The factory itself for 'none'; for 'tail', one that wraps each detector with its own calibrator. */
export function withCalibration(factory: DetectorFactory, calibration: Calibration): DetectorFactory {
  if (calibration === 'none' || factory.selfCalibrated) return factory;
  return {
    name: factory.name,
    options: factory.options,
    validate: factory.validate,
    // Two objects, and the warm-up's distances until the calibration is seeded.
    stateBytes: (options, fields, env) => factory.stateBytes(options, fields, env) + OBJECT_BYTES + ownedArrayBytes(4 * TAIL_PARAMS.warmup),
    create: (options, fields, group, env) => new CalibratedDetector(factory.create(options, fields, group, env)),
    restore: (from, options, fields, env) => {
      const tail = readTailState(from);
      return new CalibratedDetector(factory.restore(from, options, fields, env), tail);
    },
    restoreLegacy: (state, options, fields, env) => {
      const s = state as Partial<CalibratedState> | null;
      // A detector state from before calibration existed: keep it, and calibrate from scratch.
      if (!s || typeof s !== 'object' || s.calibration !== 'tail') return new CalibratedDetector(factory.restoreLegacy(state, options, fields, env));
      if (typeof s.tail !== 'object' || s.tail === null) throw new Error('calibration state is malformed');
      return new CalibratedDetector(factory.restoreLegacy(s.detector, options, fields, env), s.tail);
    },
  };
}
