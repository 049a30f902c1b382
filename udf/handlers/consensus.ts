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
}

/** null when no detector gave a verdict (all warming up, or no usable field). */
export function combine(names: readonly string[], verdicts: readonly (Verdict | null)[], minConsensus: number, fieldCount: number): Judgement | null {
  const scores: number[] = [];
  const voters: string[] = [];
  const bands: (Band | null)[] = new Array(fieldCount).fill(null);
  const extras: Record<string, number> = {};
  for (let d = 0; d < verdicts.length; d++) {
    const v = verdicts[d];
    if (!v) continue;
    scores.push(v.score);
    if (v.anomaly) voters.push(names[d]!);
    if (v.bands) {
      for (let i = 0; i < fieldCount; i++) if (!bands[i] && v.bands[i]) bands[i] = v.bands[i]!;
    }
    if (v.extras) for (const [k, x] of Object.entries(v.extras)) extras[`${names[d]}_${k}`] = x;
  }
  if (scores.length === 0) return null;
  scores.sort((a, b) => b - a);
  const score = scores.length >= minConsensus ? scores[minConsensus - 1]! : 0;
  return { anomaly: voters.length >= minConsensus, score, votes: voters.length, voters, bands, extras };
}
