// Combines the verdicts of several detectors for one point.
import type { Band, Verdict } from './detectors/types.ts';

export interface Judgement {
  anomaly: boolean;
  /** The minConsensus-th highest detector score: above a detector's cut-off exactly when enough agree. */
  score: number;
  votes: number;
  /** Names of the detectors that voted anomalous, in `.detector()` order. */
  voters: string[];
  /** Per field, the band of the first detector (in order) that has one. */
  bands: (Band | null)[];
  extras: Record<string, number>;
  /** Indices of the fields the anomaly is about (empty when not anomalous), in `.field()` order. */
  fields: number[];
  /** Detectors that gave a verdict: fewer than minConsensus means the judgement is not yet informed. */
  judged: number;
}

const NO_FIELDS: number[] = Object.freeze([]) as unknown as number[];
const NO_VOTERS: string[] = Object.freeze([]) as unknown as string[];
const NO_EXTRAS: Record<string, number> = Object.freeze({}) as Record<string, number>;

/**
 * The fields a voting detector's verdict is about: those it names, else those outside its bands, else (no
 * band says) every judged field.
 */
function anomalousFields(v: Verdict, values: Float64Array, into: Set<number>): void {
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (Number.isNaN(x)) continue;
    const named = v.fields?.[i];
    const band = v.bands?.[i];
    if (v.fields ? named : band ? x < band.lower || x > band.upper : !v.bands?.some((b) => b)) into.add(i);
  }
}

/**
 * null when no detector gave a verdict (all warming up, or no usable field). `values`: the sample's fields.
 * `withExtras` false leaves the detectors' extras out (an empty object), for outputs that do not carry them.
 */
export function combine(names: readonly string[], verdicts: readonly (Verdict | null)[], minConsensus: number, values: Float64Array, withExtras = true): Judgement | null {
  const fieldCount = values.length;
  // One detector (the common case) needs no sorting or band merging.
  if (verdicts.length === 1) {
    const v = verdicts[0];
    if (!v) return null;
    const anomaly = v.anomaly && minConsensus <= 1;
    let fields = NO_FIELDS;
    if (anomaly) {
      const set = new Set<number>();
      anomalousFields(v, values, set);
      fields = [...set];
    }
    return {
      anomaly,
      score: v.score,
      votes: v.anomaly ? 1 : 0,
      voters: v.anomaly ? [names[0]!] : NO_VOTERS,
      bands: v.bands ?? noBands(fieldCount),
      extras: withExtras ? prefixed(names[0]!, v.extras) : NO_EXTRAS,
      fields,
      judged: 1,
    };
  }
  const scores: number[] = [];
  const voters: string[] = [];
  const bands: (Band | null)[] = new Array(fieldCount).fill(null);
  const extras: Record<string, number> = {};
  const fieldSet = new Set<number>();
  for (let d = 0; d < verdicts.length; d++) {
    const v = verdicts[d];
    if (!v) continue;
    scores.push(v.score);
    if (v.anomaly) {
      voters.push(names[d]!);
      anomalousFields(v, values, fieldSet);
    }
    if (v.bands) {
      for (let i = 0; i < fieldCount; i++) if (!bands[i] && v.bands[i]) bands[i] = v.bands[i]!;
    }
    if (withExtras && v.extras) for (const k in v.extras) extras[`${names[d]}_${k}`] = v.extras[k]!;
  }
  if (scores.length === 0) return null;
  scores.sort((a, b) => b - a);
  const score = scores.length >= minConsensus ? scores[minConsensus - 1]! : 0;
  const anomaly = voters.length >= minConsensus;
  return { anomaly, score, votes: voters.length, voters, bands, extras, fields: anomaly ? [...fieldSet].sort((a, b) => a - b) : NO_FIELDS, judged: scores.length };
}

const NO_BANDS: (Band | null)[][] = [];

/** A shared, frozen all-null bands list (judgements are read, never changed). */
function noBands(fieldCount: number): (Band | null)[] {
  return (NO_BANDS[fieldCount] ??= Object.freeze(new Array<Band | null>(fieldCount).fill(null)) as (Band | null)[]);
}

/** Output names of a detector's extras, `<detector>_<key>`, cached per detector and key. */
const extraNames = new Map<string, Map<string, string>>();

function prefixed(detector: string, extras: Record<string, number> | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  if (!extras) return out;
  let names = extraNames.get(detector);
  if (!names) extraNames.set(detector, (names = new Map()));
  for (const k in extras) {
    let name = names.get(k);
    if (name === undefined) names.set(k, (name = `${detector}_${k}`));
    out[name] = extras[k]!;
  }
  return out;
}
