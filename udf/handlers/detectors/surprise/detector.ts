// The `surprise` detector, the default when a TICKscript names none.
//
// Each point is judged by how rare it is for its own series. Per field, 17
// features (field_features.ts: level, change, spread and weekly residual, over
// 1, 4, 16 and 64 points, and a value's isolation and the step between two
// medians in units of the field's noise) are each compared with the
// values that feature took before, through the tails of their distribution
// (tail_sketch.ts: the extremes of the last one to two `memory` epochs,
// declustered so that what one incident does within `excursion` points counts
// once, and a predictive Lomax tail beyond the k-th). The smallest tail
// probability over a field's features and sides, multiplied by how many the
// group tests (a Bonferroni bound: one chance in 10^alarm per point however
// many features and fields look), gives the field's surprise in decades,
//   S = −log10(min(1, p_min · 2 · 17 · fields)).
// A field alarms when its S exceeds `alarm` (default 3: rarer than 1 in
// 1,000), and one incident raises one alarm (incident.ts). Each field has its
// own incident, so one whose incident is open does not hide an incident of
// another field; the point alarms when any field does. Its score is the
// largest over fields of S / (S + threshold), above 0.5 exactly when the
// point alarms, so it is comparable across series and detectors without
// calibration.
//
// Nothing is tuned per series: scale, noise and rhythm come from the series'
// own tails, and the resolution of each judgement from the series too
// (resolution() below): a tail is never fitted narrower than one step of the
// grid the values lie on (counts, integers, values rounded to a few digits),
// nor so narrow that a new record by a fraction of the noise is rare (the
// k extremes' summed excess is at least one standard deviation of the
// feature's noise, measured by the spread of the previous 64 values; each
// feature's share of it follows from what the feature computes).
// The constants are the alarm level (a false-alarm rate, in whole decades),
// the scales (powers of four up to 64), k = 10 extremes per tail, the
// hold-off (100 points, above the longest scale: a change stays in the
// 64-point features for 64 points), the excursion span (the longest scale,
// for the same reason), the memory (5,120 points per epoch, chosen on the
// demo: DEFAULT_MEMORY), the week-long
// seasonal reference (a weekly rhythm contains the daily one), isolation's 8
// neighbours a side (a spike's few points stay a minority of either side)
// and the step's halves of 16 (two medians of 16 noisy values differ by
// less than half the noise, so a step of a few noise units stands out).
//
// Memory: the arrays of all fields of a group (recent values and their sort
// order, residuals, the weekly slots, the tail extremes and counts, sorted
// runs of the newest values) share one buffer, about 6.3 KB per field.
import type { Band, Detector, Options, Sample, Verdict } from '../types.ts';
import { defineDetector } from '../define_detector.ts';
import { doubleOption, intOption } from '../option_checks.ts';
import { FEATURE_COUNT, FEATURE_COUNT_BEFORE_ROBUST, FEATURE_GRID_SHARE, ISOLATION_FEATURE, FEATURE_WINDOW, featureRuns, FieldFeatures, LEVEL_FEATURE, RELATIVE_RESOLUTION, SEASON_SLOTS, STANDARDISED_CHANGE_FEATURE, type FieldFeatureState, type FieldStorage } from './field_features.ts';
import { RUNS_LENGTH } from './robust_changes.ts';
import { MAX_EPOCH, TAIL_K, TailSketches, tailSketchSizes, type TailSketchState } from './tail_sketch.ts';
import { Incident, type IncidentState } from './incident.ts';
import { SortedWindow } from '../sorted_window.ts';
import { ARRAY_BUFFER_BYTES, arrayBytes, OBJECT_BYTES, VIEW_BYTES } from '../state_bytes.ts';
import type { StateReader } from '../../state/state_reader.ts';
import type { StateWriter } from '../../state/state_writer.ts';

/** The alarm level when the options name none, in decades: rarer than 1 in 1,000. */
export const DEFAULT_ALARM = 3;
/**
 * Points per epoch of the tails when the options name none (they hold one to two epochs). Chosen on the demo,
 * whose fields have an incident an hour: a shorter memory forgets earlier incidents sooner, so fewer of them hide
 * the next (six seeds: 8,192 found 279 of 324 events, 6,144 287, 5,120 294, 4,096 290, with 55, 56, 60, 65 false
 * alarms), and NAB's 24 files held their score down to 5,120 (75.66, 75.49, 75.12) but not at 4,096 (72.43).
 */
export const DEFAULT_MEMORY = 5120;
/** Values a feature learns before it is judged. */
const FEATURE_WARMUP = 50;
const WEEK_MS = 7 * 86_400_000;
const NS_PER_MS = 1e6;
// Scratch for one field's features, shared by every detector: one step at a time.
const FEATURES = new Float64Array(FEATURE_COUNT);
// Per field, its smallest tail probability at the current point; shared like FEATURES, grown to the most fields seen.
let FIELD_P = new Float64Array(4);
// Per field, the resolution its value was judged with at the current point (for its bands; NaN: not judged);
// shared and grown like FIELD_P.
let LEVEL_RESOLUTION = new Float64Array(4);

interface SurpriseConfig {
  alarm: number;
  holdoff: number;
  memory: number;
  /** Per feature, the points within which its extremes are one excursion (from the `excursion` option). */
  runs: readonly number[];
  periodMs: number;
}

function config(options: Options): SurpriseConfig {
  const periodNs = options.period ?? WEEK_MS * NS_PER_MS;
  if (typeof periodNs !== 'number' || !(periodNs === 0 || (periodNs >= 3_600_000 * NS_PER_MS && periodNs <= 366 * 86_400_000 * NS_PER_MS))) {
    throw new Error(`period must be 0s (no seasonal reference) or a duration from 1h to 366d, got ${String(periodNs)} ns`);
  }
  return {
    alarm: doubleOption(options, 'alarm', DEFAULT_ALARM, 0, 300, true),
    holdoff: intOption(options, 'holdoff', 100, 0, 1_000_000),
    runs: featureRuns(intOption(options, 'excursion', FEATURE_WINDOW, 1, 100_000)),
    memory: intOption(options, 'memory', DEFAULT_MEMORY, 100, MAX_EPOCH),
    periodMs: periodNs / NS_PER_MS,
  };
}

/** The arrays of one field's features and tails, in the group's shared buffer. */
interface FieldArrays {
  features: FieldStorage;
  tails: TailSketchState;
}

const TAIL_SIZES = tailSketchSizes(FEATURE_COUNT);
// Per field: window values with head and count, residuals, tail counts (doubles); slots, tail extremes, their
// k-th-extreme cache, sorted runs of the newest values (singles); window slot numbers (bytes).
const FIELD_DOUBLES = FEATURE_WINDOW + 2 + FEATURE_WINDOW + TAIL_SIZES.counts;
const FIELD_SINGLES = SEASON_SLOTS + TAIL_SIZES.values + TAIL_SIZES.kth + RUNS_LENGTH;

/** Bytes of the buffer a group's `fieldCount` fields share. */
export function surpriseBufferBytes(fieldCount: number): number {
  return fieldCount * (8 * FIELD_DOUBLES + 4 * FIELD_SINGLES) + ((fieldCount * FEATURE_WINDOW + 7) & ~7);
}

/**
 * An upper bound of a group's memory: the shared buffer, its views, the objects of each field (features, tails,
 * window, incident), the detector and its three arrays of them.
 */
function surpriseStateBytes(fieldCount: number): number {
  const views = 4 + 6 * fieldCount;
  return ARRAY_BUFFER_BYTES + surpriseBufferBytes(fieldCount) + views * VIEW_BYTES + (5 * fieldCount + 1) * OBJECT_BYTES + 3 * arrayBytes(fieldCount);
}

/** One buffer for the arrays of a group's fields; seasonal slots start as NaN (never filled). */
function allocateFields(fieldCount: number): FieldArrays[] {
  const buffer = new ArrayBuffer(surpriseBufferBytes(fieldCount));
  const doubles = new Float64Array(buffer, 0, fieldCount * FIELD_DOUBLES);
  const singles = new Float32Array(buffer, doubles.byteLength, fieldCount * FIELD_SINGLES);
  const windowSlots = new Uint8Array(buffer, doubles.byteLength + singles.byteLength, fieldCount * FEATURE_WINDOW);
  // Regions: all windows (shared views, a window per field), then per field residuals and tail counts.
  const windowData = doubles.subarray(0, fieldCount * (FEATURE_WINDOW + 2));
  let d = windowData.length;
  let f32 = 0;
  return Array.from({ length: fieldCount }, (_, i) => {
    const residuals = doubles.subarray(d, (d += FEATURE_WINDOW));
    const counts = doubles.subarray(d, (d += TAIL_SIZES.counts));
    const slots = singles.subarray(f32, (f32 += SEASON_SLOTS)).fill(NaN);
    const values = singles.subarray(f32, (f32 += TAIL_SIZES.values));
    const kth = singles.subarray(f32, (f32 += TAIL_SIZES.kth));
    const runs = singles.subarray(f32, (f32 += RUNS_LENGTH));
    const window = new SortedWindow(FEATURE_WINDOW, { data: windowData, slots: windowSlots }, i);
    return { features: { window, residuals, slots, runs }, tails: { values, counts, kth } };
  });
}

/** A field's state in a version-1 (JSON) snapshot. */
interface SavedField {
  features: Omit<FieldFeatureState, 'slots'> & { slots: (number | null)[] };
  tails: { values: number[]; counts: number[] };
}

/** The detector's state in a version-1 (JSON) snapshot. */
interface SurpriseState {
  detector: 'surprise';
  version: 1;
  config: { memory: number; periodMs: number };
  fields: SavedField[];
  incident: IncidentState;
}

class SurpriseDetector implements Detector {
  private readonly cfg: SurpriseConfig;
  private readonly features: FieldFeatures[];
  private readonly tails: TailSketches[];
  /** Per field, its incident. */
  private readonly incidents: Incident[];
  private readonly tests: number;
  private readonly scratch = FEATURES;

  constructor(cfg: SurpriseConfig, features: FieldFeatures[], tails: TailSketches[], incidents: Incident[]) {
    this.cfg = cfg;
    this.tests = 2 * FEATURE_COUNT * features.length;
    this.features = features;
    this.tails = tails;
    this.incidents = incidents;
  }

  static create(cfg: SurpriseConfig, fieldCount: number): SurpriseDetector {
    const arrays = allocateFields(fieldCount);
    return new SurpriseDetector(
      cfg,
      arrays.map((a) => new FieldFeatures(cfg.periodMs, undefined, a.features)),
      arrays.map((a) => new TailSketches(cfg.runs, cfg.memory, undefined, a.tails)),
      arrays.map(() => new Incident(cfg.alarm, cfg.holdoff)),
    );
  }

  /** A detector from what save() wrote, in this layout or the first one. */
  static read(cfg: SurpriseConfig, fields: readonly string[], r: StateReader): SurpriseDetector {
    const arrays = allocateFields(fields.length);
    // The first layout starts with the first field's window head (below FEATURE_WINDOW); later ones with a mark.
    const first = r.uint('the surprise state');
    const layout = first >= FEATURE_WINDOW ? first - FEATURE_WINDOW : 1;
    if (layout > STATE_LAYOUT) throw new Error(`the surprise state is of layout ${layout}, written by a newer kapacitor-ads; this UDF reads layouts 1 to ${STATE_LAYOUT}`);
    if (layout < 2 && first >= FEATURE_WINDOW) throw new Error(`the surprise state starts with ${first}, which is no window head and no layout mark`);
    const features = arrays.map((a, i) => {
      const f = new FieldFeatures(cfg.periodMs, undefined, a.features);
      const what = `the surprise state of field '${fields[i]}'`;
      f.read(r, what, i === 0 && layout === 1 ? first : undefined);
      // Layouts 1 to 3 hold the tails of the features before isolation and step: those come first, in order.
      const saved = layout < 4 ? FEATURE_COUNT_BEFORE_ROBUST : FEATURE_COUNT;
      r.into(a.tails.values.subarray(0, saved * TAIL_VALUES_PER_FEATURE), `the tail extremes of ${what}`);
      r.into(a.tails.counts.subarray(0, saved * TAIL_COUNTS_PER_FEATURE), `the tail counts of ${what}`);
      return f;
    });
    const tails = arrays.map((a) => new TailSketches(cfg.runs, cfg.memory, a.tails));
    if (layout === 1) forgetFeatures(tails, CHANGED_IN_LAYOUT_2);
    if (layout < 4) forgetFeatures(tails, NEW_IN_LAYOUT_4);
    // Layouts 1 and 2 kept one incident for the group: every field carries it on.
    const shared = layout < 3 ? readIncident(r, 'the incident') : undefined;
    const incidents = fields.map((name) => new Incident(cfg.alarm, cfg.holdoff, shared ?? readIncident(r, `the incident of field '${name}'`)));
    return new SurpriseDetector(cfg, features, tails, incidents);
  }

  /** A detector from its version-1 JSON state. */
  static fromLegacy(cfg: SurpriseConfig, fieldCount: number, state: SurpriseState): SurpriseDetector {
    if (!state || typeof state !== 'object' || state.detector !== 'surprise' || state.version !== 1 || !Array.isArray(state.fields)) throw new Error('not a surprise detector state');
    // Another memory is fine (the tails' epochs are cut to it); another period would give the slots another meaning.
    if (state.config?.periodMs !== cfg.periodMs) throw new Error('surprise state was saved with another period option');
    if (state.fields.length !== fieldCount) throw new Error(`surprise state has ${state.fields.length} fields, options name ${fieldCount}`);
    const arrays = allocateFields(fieldCount);
    const features = state.fields.map((f, i) => new FieldFeatures(cfg.periodMs, loadFeatures(f.features), arrays[i]!.features));
    const tails = state.fields.map((f, i) => {
      const t = arrays[i]!.tails;
      // Version 1 saved the tails of the features before isolation and step.
      const values = FEATURE_COUNT_BEFORE_ROBUST * TAIL_VALUES_PER_FEATURE;
      const counts = FEATURE_COUNT_BEFORE_ROBUST * TAIL_COUNTS_PER_FEATURE;
      if (!Array.isArray(f.tails?.values) || !Array.isArray(f.tails.counts) || f.tails.values.length !== values || f.tails.counts.length !== counts) {
        throw new Error('tail sketch state does not match the feature count');
      }
      t.values.set(f.tails.values);
      t.counts.set(f.tails.counts);
      return new TailSketches(cfg.runs, cfg.memory, t);
    });
    forgetFeatures(tails, CHANGED_IN_LAYOUT_2);
    forgetFeatures(tails, NEW_IN_LAYOUT_4);
    return new SurpriseDetector(cfg, features, tails, features.map(() => new Incident(cfg.alarm, cfg.holdoff, state.incident)));
  }

  step(sample: Sample): Verdict | null {
    const out = this.scratch;
    if (FIELD_P.length < this.features.length) {
      FIELD_P = new Float64Array(this.features.length);
      LEVEL_RESOLUTION = new Float64Array(this.features.length);
    }
    const fieldP = FIELD_P;
    const levelResolution = LEVEL_RESOLUTION;
    let judged = false;
    for (let i = 0; i < this.features.length; i++) {
      fieldP[i] = NaN;
      levelResolution[i] = NaN;
      const x = sample.values[i]!;
      if (Number.isNaN(x)) continue;
      const features = this.features[i]!;
      const magnitude = features.step(sample.timeMs, x, out);
      const rounding = RELATIVE_RESOLUTION * magnitude;
      const grid = features.grid();
      const tails = this.tails[i]!;
      levelResolution[i] = resolution(features, LEVEL_FEATURE, rounding, grid);
      for (let f = 0; f < FEATURE_COUNT; f++) {
        const raw = out[f]!;
        if (Number.isNaN(raw)) continue;
        const v = Math.fround(raw);
        if (tails.count(f) >= FEATURE_WARMUP) {
          const p = tails.tailProbability(f, v, resolution(features, f, rounding, grid));
          if (!(p >= fieldP[i]!)) fieldP[i] = p; // NaN (not judged yet) or larger
        }
        tails.learn(f, v);
      }
    }
    // FIELD_P holds each field's smallest tail probability (NaN: not judged at this point). Each judged field's
    // incident counts the point; FIELD_P is then reused for whether the field alarms.
    let surprise = 0;
    let score = 0;
    let alarms = 0;
    for (let i = 0; i < this.features.length; i++) {
      if (Number.isNaN(fieldP[i]!)) continue;
      judged = true;
      const s = decades(fieldP[i]!, this.tests);
      const threshold = this.incidents[i]!.step(s);
      if (s > surprise) surprise = s;
      if (s > 0 && s / (s + threshold) > score) score = s / (s + threshold);
      const alarm = s > threshold;
      fieldP[i] = alarm ? 1 : 0;
      if (alarm) alarms++;
    }
    if (!judged) return null;
    const verdict: Verdict = { score, anomaly: alarms > 0, bands: this.bands(), extras: { decades: surprise } };
    if (alarms > 0) verdict.fields = Array.from(fieldP.subarray(0, this.features.length), (a) => a === 1);
    return verdict;
  }

  /** Per field, the values beyond which the value alone would alarm (from the tails of the raw value). */
  private bands(): (Band | null)[] {
    const p = 10 ** -this.cfg.alarm / this.tests;
    return this.tails.map((t, i) => {
      const resolution = LEVEL_RESOLUTION[i]!;
      const lower = t.quantileAt(LEVEL_FEATURE, p, -1, resolution);
      const upper = t.quantileAt(LEVEL_FEATURE, p, 1, resolution);
      return Number.isFinite(lower) && Number.isFinite(upper) ? { lower, upper } : null;
    });
  }

  save(w: StateWriter): void {
    w.uint(FEATURE_WINDOW + STATE_LAYOUT);
    this.saveFields(w);
    for (const incident of this.incidents) writeIncident(w, incident.state());
  }

  /**
   * Every field's features and tails: what each layout holds after its mark and before its incident(s); the tails
   * of the first `features` features (layouts 1 to 3 held FEATURE_COUNT_BEFORE_ROBUST).
   */
  saveFields(w: StateWriter, features = FEATURE_COUNT): void {
    for (let i = 0; i < this.features.length; i++) {
      this.features[i]!.save(w);
      const t = this.tails[i]!.state();
      w.array(t.values.subarray(0, features * TAIL_VALUES_PER_FEATURE));
      w.array(t.counts.subarray(0, features * TAIL_COUNTS_PER_FEATURE));
    }
  }
}

/** An incident's state as save() writes it per field (layouts 1 and 2 ended with the group's one, written alike). */
export function writeIncident(w: StateWriter, state: IncidentState): void {
  w.bool(state.open);
  w.uint(state.hold);
  w.f64(state.opened);
}

/** An incident's state as writeIncident() wrote it; `what` names it in errors. */
function readIncident(r: StateReader, what: string): IncidentState {
  return { open: r.bool(what), hold: r.uint(what), opened: r.f64(what) };
}

/**
 * Layouts of the saved state: 1 (no mark) judged the 64-point change in the field's units; 2 judges it in units of
 * the window's spread; both end with one incident for the group. 3 ends with an incident per field. 4 adds the
 * tails of isolation and step after the others. A state of layout 1 restores with the changed feature's tails
 * forgotten (it warms up again); one of layout 1 or 2 with every field carrying on the group's incident; one of
 * layouts 1 to 3 with isolation and step warming up; the rest of the state means the same in all four.
 */
const STATE_LAYOUT = 4;
const CHANGED_IN_LAYOUT_2 = [STANDARDISED_CHANGE_FEATURE];
const NEW_IN_LAYOUT_4 = [ISOLATION_FEATURE, ISOLATION_FEATURE + 1];
const TAIL_VALUES_PER_FEATURE = tailSketchSizes(1).values;
const TAIL_COUNTS_PER_FEATURE = tailSketchSizes(1).counts;

function forgetFeatures(tails: TailSketches[], features: readonly number[]): void {
  for (const t of tails) for (const f of features) t.forget(f);
}

/**
 * The resolution feature f's tail is judged with: below it differences are no evidence. The largest of the
 * rounding of the field's magnitude, one step of the grid its values lie on (in the feature's units), and its
 * noise unit spread over the k extremes: the tail is extrapolated in units of the k extremes' summed excess over
 * the k-th, and that sum is never taken below one standard deviation of the feature's noise, so a new record by
 * a fraction of the noise (the next peak of a smooth cycle, a new low of a series resting on its floor) is no rare
 * event.
 */
function resolution(features: FieldFeatures, f: number, rounding: number, grid: number): number {
  return Math.max(rounding, FEATURE_GRID_SHARE[f]! * grid, features.noiseUnit(f) / TAIL_K);
}

/** Surprise in decades of a smallest tail probability p among `tests` tests (Bonferroni). */
function decades(p: number, tests: number): number {
  return -Math.log10(Math.min(1, p * tests));
}

function loadFeatures(saved: SavedField['features']): FieldFeatureState {
  if (!saved || typeof saved !== 'object' || !Array.isArray(saved.slots) || saved.slots.length !== SEASON_SLOTS || !Array.isArray(saved.residuals)) {
    throw new Error('surprise state: field state is malformed');
  }
  return {
    ...saved,
    residuals: saved.residuals.map((v) => (v === null ? NaN : v)),
    slots: Float32Array.from(saved.slots, (v) => (v === null ? NaN : v)),
  };
}

export const surpriseFactory = defineDetector<SurpriseConfig>({
  name: 'surprise',
  options: ['alarm', 'holdoff', 'excursion', 'memory', 'period'],
  selfCalibrated: true,
  config,
  stateBytes: (_cfg, fieldCount) => surpriseStateBytes(fieldCount),
  create: (cfg, fields) => SurpriseDetector.create(cfg, fields.length),
  restore: (cfg, from, fields) => SurpriseDetector.read(cfg, fields, from),
  restoreLegacy: (cfg, state, fields) => SurpriseDetector.fromLegacy(cfg, fields.length, state as SurpriseState),
});
