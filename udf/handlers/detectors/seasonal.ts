// seasonal — residual from a per-phase profile (ADTK SeasonalAD, streaming).
//
// Options (defaults): period (DURATION; Kapacitor passes nanoseconds; when
// not given, detected per group and field, see below), buckets (integer >= 1:
// phases per period; 24 for a given period, one per step for a detected
// one), window (100, integer >= 1: values kept per phase), c (3.0, > 0;
// ADTK's default), side ('both'), history (200, integer >= 10), detect (1000,
// integer in [20, 10000]: points used to detect the period).
// Phase of a point: floor((((time − anchor) mod period) / period) · buckets),
// time in UTC ms since the epoch. A given period has anchor 0, so period 1d
// with 24 buckets is the UTC hour of day.
// Profile: the median of the last `window` values that fell in the phase
// (ADTK uses the per-phase mean over the whole training series, by position
// rather than by time). Residual r = x − profile; anomaly iff |r| > Q3 + c·IQR
// of the |r| history (last `history` values) and r's sign is `side`.
// Band: profile ± (Q3 + c·IQR). Distance: |r| over that cut-off.
// Warm-up: a phase is judged once it holds min(window, 3) values, and only
// after min(history, 20) residuals are known.
//
// Detected period (no `.period()`; ADTK SeasonalAD detects its freq when none
// is given): each field collects its first `detect` finite values with their
// times, without verdicts, then runs period_detection.ts on them (detrended
// autocorrelation; the season must repeat 3 times, so at most detect/3
// points). Period = lag × typical step (snapped to 1h/1d/7d when within
// ±lag/8 steps); buckets default to one per step; anchor = first collected
// time − half a step, so evenly spaced points fall mid-bucket and a little
// jitter does not move them across a bucket edge. The collected points are
// then replayed through the profile and the IQR rule, as if they had arrived
// with the period known (their verdicts are dropped), so no data is wasted:
// judging starts with the next point when the replay filled the profile.
// No significant period: ADTK raises "Could not find significant
// seasonality"; a stream cannot, so that field is never judged (the
// detector abstains, returning null when no other field is judged) and its
// state says `season: null` with nothing pending. Restart the task or give
// `.period()` to try again.

import type { Detector, Options, Sample, Verdict } from './types.ts';
import { perFieldDetector, saveFields } from './per_field_detector.ts';
import { SortedWindow } from './sorted_window.ts';
import { AbsIqrRule } from './abs_iqr_rule.ts';
import { FieldVerdicts } from './field_verdict.ts';
import { intOption, positiveOption, requireFields, sideOption, type Side } from './suite_options.ts';
import { loadSortedWindow, type ShapeConfig } from './suite_state.ts';
import type { StateReader } from '../state/state_reader.ts';
import type { StateWriter } from '../state/state_writer.ts';
import { arrayBytes, MAX_WINDOW, OBJECT_BYTES, sortedWindowBytes } from './state_bytes.ts';
import { DEFAULT_DETECT_POINTS, detectPeriod, MIN_DETECT_POINTS } from './period_detection.ts';

const NAME = 'seasonal';
const NS_PER_MS = 1e6;
const MIN_PROFILE = 3;
const DEFAULT_BUCKETS = 24;
/** Largest `detect`: detection costs O(detect²) once per group and field. */
const MAX_DETECT_POINTS = 10_000;
/** Most phase buckets per period: each keeps a profile window, and a group's fields a list of them. */
export const MAX_BUCKETS = 100_000;

interface SeasonalConfig {
  /** null: detected per field. */
  periodMs: number | null;
  /** null: one bucket per step of the detected period. */
  buckets: number | null;
  detect: number;
  window: number;
  c: number;
  side: Side;
  history: number;
}

/** The season a field's phases are cut from. */
export interface Season {
  periodMs: number;
  buckets: number;
  anchorMs: number;
}

/** Points collected for period detection, in arrival order. */
export interface PendingPoints {
  times: number[];
  values: number[];
}

/** A field's state in a version-1 (JSON) snapshot. */
export interface SeasonalFieldState {
  profiles: (number[] | null)[];
  history: number[];
  /** Detected-period mode only: null while detecting or when no period was found. */
  season?: Season | null;
  /** Detected-period mode only: non-null while detecting. */
  pending?: PendingPoints | null;
}

interface SeasonalField {
  season: Season | null;
  pending: PendingPoints | null;
  profiles: (SortedWindow | null)[];
  rule: AbsIqrRule;
}

function readConfig(options: Options, fields: readonly string[]): SeasonalConfig {
  requireFields(fields);
  const period = options.period;
  if (period !== undefined && (typeof period !== 'number' || !Number.isFinite(period) || !(period > 0))) {
    throw new Error(`period must be a duration > 0, got ${String(period)}`);
  }
  const buckets = intOption(options, 'buckets', DEFAULT_BUCKETS, 1, MAX_BUCKETS);
  return {
    periodMs: period === undefined ? null : period / NS_PER_MS,
    buckets: period === undefined && options.buckets === undefined ? null : buckets,
    detect: intOption(options, 'detect', DEFAULT_DETECT_POINTS, MIN_DETECT_POINTS, MAX_DETECT_POINTS),
    window: intOption(options, 'window', 100, 1, MAX_WINDOW),
    c: positiveOption(options, 'c', 3),
    side: sideOption(options),
    history: intOption(options, 'history', 200, 10, MAX_WINDOW),
  };
}

/** Phase bucket of a time: which of `buckets` equal slices of the period it falls in. */
export function phaseBucket(timeMs: number, periodMs: number, buckets: number): number {
  const inPeriod = ((timeMs % periodMs) + periodMs) % periodMs;
  return Math.min(buckets - 1, Math.floor((inPeriod / periodMs) * buckets));
}

export class SeasonalDetector implements Detector {
  private readonly cfg: SeasonalConfig;
  private readonly fields: SeasonalField[];
  private readonly minProfile: number;

  constructor(cfg: SeasonalConfig, fields: SeasonalField[]) {
    this.cfg = cfg;
    this.fields = fields;
    this.minProfile = Math.min(cfg.window, MIN_PROFILE);
  }

  step(sample: Sample): Verdict | null {
    const out = new FieldVerdicts(this.fields.length, true);
    for (let i = 0; i < this.fields.length; i++) {
      const x = sample.values[i]!;
      if (!Number.isFinite(x)) continue;
      const f = this.fields[i]!;
      if (f.pending !== null) {
        this.collect(f, sample.timeMs, x);
        continue;
      }
      if (f.season === null) continue; // no significant period: this field abstains
      this.judgeAndLearn(f, f.season, sample.timeMs, x, out, i);
    }
    return out.verdict();
  }

  /** Judges x against its phase's profile into `out` (field i; not in warm-up, nor on replay: out null), then learns it. */
  private judgeAndLearn(f: SeasonalField, season: Season, timeMs: number, x: number, out: FieldVerdicts | null, i: number): void {
    const b = phaseBucket(timeMs - season.anchorMs, season.periodMs, season.buckets);
    let profile = f.profiles[b]!;
    if (profile === null) {
      profile = new SortedWindow(this.cfg.window);
      f.profiles[b] = profile;
    }
    if (profile.size >= this.minProfile) {
      const m = profile.median();
      const r = x - m;
      if (out !== null && f.rule.ready) {
        const cut = f.rule.cutoff();
        out.add(i, f.rule.distance(r, cut), { lower: m - cut, upper: m + cut });
      }
      f.rule.learn(r);
    }
    profile.push(x);
  }

  /** Collects a point for detection; the last one detects the period and replays them all. */
  private collect(f: SeasonalField, timeMs: number, x: number): void {
    const pending = f.pending!;
    pending.times.push(timeMs);
    pending.values.push(x);
    if (pending.values.length < this.cfg.detect) return;
    f.pending = null;
    const found = detectPeriod(pending.times, pending.values);
    if (found === null) return;
    const season: Season = {
      periodMs: found.periodMs,
      buckets: this.cfg.buckets ?? Math.max(1, Math.round(found.periodMs / found.stepMs)),
      anchorMs: pending.times[0]! - found.stepMs / 2,
    };
    f.season = season;
    f.profiles = newProfiles(season.buckets);
    for (let k = 0; k < pending.values.length; k++) this.judgeAndLearn(f, season, pending.times[k]!, pending.values[k]!, null, 0);
  }

  /** The season field i's phases are cut from (null: still detecting, or none found). */
  season(i: number): Season | null {
    return this.fields[i]!.season;
  }

  /** Points field i has collected for period detection (null: detection is over). */
  pendingPoints(i: number): number | null {
    return this.fields[i]!.pending?.values.length ?? null;
  }

  save(w: StateWriter): void {
    const detecting = this.cfg.periodMs === null;
    saveFields(w, this.fields, (f, out) => {
      if (detecting) {
        out.bool(f.season !== null);
        if (f.season !== null) {
          out.f64(f.season.periodMs);
          out.uint(f.season.buckets);
          out.f64(f.season.anchorMs);
        }
        out.bool(f.pending !== null);
        if (f.pending !== null) {
          out.uint(f.pending.values.length);
          out.array(Float64Array.from(f.pending.times));
          out.array(Float64Array.from(f.pending.values));
        }
      }
      for (const p of f.profiles) {
        out.bool(p !== null);
        if (p !== null) p.save(out);
      }
      f.rule.save(out);
    });
  }
}

/**
 * An upper bound of a field's memory: a profile per phase (a detected period has at most about
 * detect/3 phases, counted as detect/2), the rule's history, the points collected for detection.
 */
function fieldBytes(cfg: SeasonalConfig): number {
  const buckets = cfg.buckets ?? Math.ceil(cfg.detect / 2);
  const pending = cfg.periodMs === null ? 2 * arrayBytes(cfg.detect) : 0;
  return 2 * OBJECT_BYTES + arrayBytes(buckets) + buckets * sortedWindowBytes(cfg.window) + sortedWindowBytes(cfg.history) + pending;
}

/** A field's state from what SeasonalDetector.save() wrote for it. */
function readField(cfg: SeasonalConfig, r: StateReader, what: string): SeasonalField {
  const f = newField(cfg);
  if (cfg.periodMs === null) {
    if (r.bool(what)) {
      const periodMs = r.f64(`the detected period of ${what}`);
      const buckets = r.uint(`the phase buckets of ${what}`, cfg.buckets ?? cfg.detect);
      const anchorMs = r.f64(`the phase anchor of ${what}`);
      if (!(periodMs > 0 && Number.isFinite(periodMs) && buckets >= 1 && Number.isFinite(anchorMs)) || (cfg.buckets !== null && buckets !== cfg.buckets)) {
        throw new Error(`${what} holds an impossible detected season`);
      }
      f.season = { periodMs, buckets, anchorMs };
      f.profiles = newProfiles(buckets);
    }
    f.pending = null;
    if (r.bool(what)) {
      const n = r.uint(`the points collected by ${what}`, cfg.detect - 1);
      if (f.season !== null) throw new Error(`${what} both has a season and is still detecting one`);
      const times = r.f64s(n, `the collected times of ${what}`);
      const values = r.f64s(n, `the collected values of ${what}`);
      if (!times.every(Number.isFinite) || !values.every(Number.isFinite)) throw new Error(`${what} holds non-finite collected points`);
      f.pending = { times: Array.from(times), values: Array.from(values) };
    }
  }
  for (let b = 0; b < f.profiles.length; b++) {
    if (!r.bool(what)) continue;
    const profile = new SortedWindow(cfg.window);
    profile.load(r, `the phase ${b} profile of ${what}`);
    f.profiles[b] = profile;
  }
  f.rule.load(r, what);
  return f;
}

/** The options a state depends on; a given period keeps the layout it always had. */
function shapeOf(cfg: SeasonalConfig): ShapeConfig {
  if (cfg.periodMs !== null) return { periodMs: cfg.periodMs, buckets: cfg.buckets!, window: cfg.window, history: cfg.history };
  return { periodMs: 'detect', detect: cfg.detect, buckets: cfg.buckets ?? 'auto', window: cfg.window, history: cfg.history };
}

function newProfiles(buckets: number): (SortedWindow | null)[] {
  return new Array<SortedWindow | null>(buckets).fill(null);
}

function newField(cfg: SeasonalConfig): SeasonalField {
  const rule = new AbsIqrRule(cfg.c, cfg.side, cfg.history);
  if (cfg.periodMs !== null) return { season: { periodMs: cfg.periodMs, buckets: cfg.buckets!, anchorMs: 0 }, pending: null, profiles: newProfiles(cfg.buckets!), rule };
  return { season: null, pending: { times: [], values: [] }, profiles: [], rule };
}

function finiteArray(v: unknown, what: string): number[] {
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'number' && Number.isFinite(x))) throw new Error(`seasonal state: ${what} is not a list of finite numbers`);
  return v as number[];
}

/** The season and pending points of a detected-period field state, checked. */
function loadDetection(cfg: SeasonalConfig, s: SeasonalFieldState): Pick<SeasonalField, 'season' | 'pending'> {
  if (s.season === undefined || s.pending === undefined) throw new Error('seasonal state has no detection state (saved with a given period?)');
  let season: Season | null = null;
  let pending: PendingPoints | null = null;
  if (s.season !== null) {
    const { periodMs, buckets, anchorMs } = s.season;
    const ok = typeof periodMs === 'number' && periodMs > 0 && Number.isFinite(periodMs) && Number.isInteger(buckets) && buckets >= 1 && typeof anchorMs === 'number' && Number.isFinite(anchorMs);
    if (!ok || (cfg.buckets !== null && buckets !== cfg.buckets)) throw new Error('seasonal state holds an invalid detected season');
    season = { periodMs, buckets, anchorMs };
  }
  if (s.pending !== null) {
    const times = finiteArray(s.pending.times, 'pending times');
    const values = finiteArray(s.pending.values, 'pending values');
    if (times.length !== values.length || values.length >= cfg.detect || season !== null) throw new Error('seasonal state holds invalid pending detection points');
    pending = { times: [...times], values: [...values] };
  }
  return { season, pending };
}

export const seasonalFactory = perFieldDetector({
  name: NAME,
  options: ['period', 'buckets', 'window', 'c', 'side', 'history', 'detect'],
  readConfig,
  newField,
  fieldBytes,
  readField,
  shape: shapeOf,
  loadField: (cfg, s: SeasonalFieldState) => {
    const f = newField(cfg);
    if (cfg.periodMs === null) Object.assign(f, loadDetection(cfg, s));
    const buckets = f.season === null ? 0 : f.season.buckets;
    if (!Array.isArray(s.profiles) || s.profiles.length !== buckets) throw new Error(`seasonal state does not have ${buckets} phase buckets`);
    f.profiles = s.profiles.map((p) => (p === null ? null : loadSortedWindow(cfg.window, p)));
    f.rule.restore(s.history);
    return f;
  },
  detector: (cfg, fields) => new SeasonalDetector(cfg, fields),
});
