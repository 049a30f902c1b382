// Every TICKscript option the `ads` / `ads_batch` UDFs accept, with the exact
// Kapacitor value type. Kapacitor checks literals against these types at
// define time: a DOUBLE option needs `.k(3.0)`, an INT option `.window(100)`,
// a DURATION option `.period(1d)`.

export type OptionType = 'double' | 'int' | 'string' | 'bool' | 'duration';

export interface OptionSpec {
  type: OptionType;
  /** Repeatable options collect every call, in order, into a list. */
  repeatable?: boolean;
  doc: string;
}

export const OPTION_SPECS: Readonly<Record<string, OptionSpec>> = {
  // selection and output
  field: { type: 'string', repeatable: true, doc: 'field to score; repeat for several (at least one)' },
  detector: { type: 'string', repeatable: true, doc: "detector name; repeat for several (default 'surprise')" },
  minConsensus: { type: 'int', doc: 'detectors that must agree for a point to be anomalous (default 1)' },
  emit: { type: 'string', doc: "'all' (default) or 'anomalies'" },
  include: { type: 'string', repeatable: true, doc: "fields added beyond the verdict (anomaly, anomaly_score, anomaly_warmup): 'bands' (<field>_lower, <field>_upper), 'detectors' (anomaly_detectors, anomaly_votes, anomaly_fields), 'scores' (<detector>_score and the detectors' extras) or 'all'; repeat for several" },
  calibration: { type: 'string', doc: "'tail' (default): anomaly_score from the rarity of each detector's distance in the group's own recent tail; 'none': the detectors' own scores (udf/handlers/score_calibration.ts)" },
  maxGroups: { type: 'int', doc: 'groups kept in memory; beyond this the least recently seen tenth is evicted (default 10000)' },
  idleTimeout: { type: 'duration', doc: 'a group unseen for this long (in point time) is evicted (default 24h)' },
  // surprise (the default detector)
  alarm: { type: 'double', doc: 'surprise: alarm when a point is rarer than 1 in 10^alarm, corrected for the features tested (default 3.0)' },
  holdoff: { type: 'int', doc: 'surprise: points the incident of a field stays open after its alarm, at least (default 100)' },
  excursion: { type: 'int', doc: "surprise: points within which a feature's extremes count as one excursion of its tail (default 64)" },
  memory: { type: 'int', doc: "surprise: points per epoch of the tails' memory, which spans one to two epochs (default 5120)" },
  // rolling-window detectors
  window: { type: 'int', doc: 'points in the rolling window / training window' },
  k: { type: 'double', doc: 'cut-off in robust (MAD) or standard deviations' },
  c: { type: 'double', doc: 'IQR multiplier' },
  // threshold
  lower: { type: 'double', doc: 'static lower bound (threshold detector)' },
  upper: { type: 'double', doc: 'static upper bound (threshold detector)' },
  // quantile
  low: { type: 'double', doc: 'lower quantile in [0, 1] (quantile detector)' },
  high: { type: 'double', doc: 'upper quantile in [0, 1] (quantile detector)' },
  // iforest
  trees: { type: 'int', doc: 'isolation trees (iforest)' },
  sampleSize: { type: 'int', doc: 'subsample size per tree (iforest)' },
  seed: { type: 'int', doc: 'PRNG seed (iforest)' },
  cutoff: { type: 'double', doc: 'score cut-off in [0, 1] (iforest)' },
  retrain: { type: 'int', doc: 'points between retrains (iforest)' },
  retrainDelay: { type: 'int', doc: "points from a retraining's start to its forest taking over (iforest)" },
  warmup: { type: 'int', doc: 'points before the first training; the training window then grows to `window` (iforest)' },
  model: { type: 'string', doc: 'pretrained model file, relative to model/ (iforest)' },
  features: { type: 'string', doc: "'raw' or 'shingle' (iforest)" },
  shingle: { type: 'int', doc: 'shingle length for features=shingle (iforest)' },
  // suite
  side: { type: 'string', doc: "'both' (default), 'positive' or 'negative'" },
  history: { type: 'int', doc: 'past differences kept for the IQR rule (persist, levelshift, volatilityshift, seasonal; default 200)' },
  period: { type: 'duration', doc: 'season length (seasonal; when not given, detected per group and field from its first `detect` points by autocorrelation); surprise: the seasonal reference lag (default 7d, 0s for none)' },
  buckets: { type: 'int', doc: 'phase buckets per period (seasonal; default 24 for a given period, one per step for a detected one)' },
  detect: { type: 'int', doc: 'points per group and field collected, without verdicts, to detect the period when `period` is not given (seasonal; default 1000, 20 to 10000; the season must repeat 3 times in them)' },
  seasonality: { type: 'string', doc: "'none', 'hour' (hour of day) or 'dow' (day of week)" },
};
