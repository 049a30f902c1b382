// Shared shapes of the evaluation code: a scored series with its labelled
// anomaly windows. Times are milliseconds since the epoch (fractional for
// sub-millisecond data); rows are in time order.

/** A labelled anomaly window, inclusive at both ends. */
export interface LabelWindow {
  startMs: number;
  endMs: number;
}

/** One detector's output on one series, joined with the labels of that series. */
export interface ScoredSeries {
  /** Key that matched the labels, e.g. 'realKnownCause/nyc_taxi.csv' or 'printer-01'. */
  name: string;
  timesMs: Float64Array;
  /** Anomaly score per row; NaN means the row was never scored (never a detection). */
  scores: Float64Array;
  /** The detector's own verdict per row (the `anomaly` column), when the file has one. */
  flags?: Uint8Array;
  windows: readonly LabelWindow[];
}

/** A window located in a series: rows left..right inclusive. */
export interface RowWindow {
  left: number;
  right: number;
}
