// NAB scores of a detector on a labelled corpus: per profile, the threshold
// optimised corpus-wide, the raw score, and the score normalised between the
// null detector (never detects: every window missed) and the perfect detector
// (every window detected at its left edge, nothing else) — NAB's 0 and 100.
import { NAB_PROBATION_FRACTION, NAB_PROFILES, PROFILE_NAMES, type ProfileName } from './nab_profiles.ts';
import { eligibleWindows, flattenCorpus, scoreSeriesAt, sweepBest, weighSeries, type RowCounts, type WeightedSeries } from './nab_sweep.ts';
import type { ScoredSeries } from './types.ts';

export interface NabProfileScore {
  profile: ProfileName;
  /** Optimal threshold (detection = score >= threshold); null when detecting nothing is best. */
  threshold: number | null;
  raw: number;
  nullScore: number;
  perfectScore: number;
  /** 100·(raw − null)/(perfect − null); null when the corpus has no window. */
  normalized: number | null;
  counts: RowCounts;
  windowsDetected: number;
  windows: number;
  /** Raw score of each series at the optimal threshold (they sum to `raw`). */
  perSeries: { name: string; raw: number }[];
}

export interface NabOptions {
  probationFraction?: number;
  profiles?: readonly ProfileName[];
}

/** Weights each series once; reuse the result to score several detectors on the same labels. */
export function weighCorpus(series: readonly ScoredSeries[], probationFraction: number = NAB_PROBATION_FRACTION): WeightedSeries[] {
  return series.map((s) => weighSeries(s.name, s.timesMs, s.windows, probationFraction));
}

export function nabScores(series: readonly ScoredSeries[], options: NabOptions = {}): NabProfileScore[] {
  const weighted = weighCorpus(series, options.probationFraction ?? NAB_PROBATION_FRACTION);
  const scores = series.map((s) => s.scores);
  const flat = flattenCorpus(weighted, scores);
  const eligible = weighted.reduce((sum, s) => sum + eligibleWindows(s), 0);
  const windows = weighted.reduce((sum, s) => sum + s.windows.length, 0);
  return (options.profiles ?? PROFILE_NAMES).map((profile) => {
    const cost = NAB_PROFILES[profile];
    const best = sweepBest(flat, eligible, cost);
    const nullScore = -cost.fnWeight * eligible;
    // NAB counts every labelled window for the perfect detector, probationary or not.
    const perfectScore = cost.tpWeight * windows;
    const span = perfectScore - nullScore;
    return {
      profile,
      threshold: Number.isFinite(best.threshold) ? best.threshold : null,
      raw: best.score,
      nullScore,
      perfectScore,
      normalized: span > 0 ? (100 * (best.score - nullScore)) / span : null,
      counts: best.counts,
      windowsDetected: best.windowsDetected,
      windows,
      perSeries: weighted.map((w, i) => ({ name: w.name, raw: scoreSeriesAt(w, scores[i]!, cost, best.threshold) })),
    };
  });
}
