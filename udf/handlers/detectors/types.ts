// Pure scoring contract: no I/O, no protocol types. One detector instance
// holds the state of one Kapacitor group over the task's fields.
import type { StateWriter } from '../state/state_writer.ts';

/** One observation of a group: the configured fields in `.field()` order. */
export interface Sample {
  /** Point time in milliseconds since the epoch (ns precision is not needed to score). */
  timeMs: number;
  /** values[i] is field i; NaN when the field is missing or not a finite number. */
  values: Float64Array;
}

/** Normal range of one field, for Grafana bands (`<field>_lower`, `<field>_upper`). */
export interface Band {
  lower: number;
  upper: number;
}

export interface Verdict {
  /** In [0, 1], monotone in the detector's distance; comparable across detectors. */
  score: number;
  anomaly: boolean;
  /** bands[i] for field i, or null where the detector has no band for it. */
  bands?: (Band | null)[];
  /** Detector-specific numeric extras, emitted as `<detector>_<key>` fields. */
  extras?: Record<string, number>;
  /**
   * fields[i]: whether field i is anomalous on its own, for detectors that judge fields together and know
   * which one alarmed. Without it the handler names the fields outside their bands, or all of them.
   */
  fields?: boolean[];
}

export interface Detector {
  /**
   * Judge the sample against the state built from the samples before it, then
   * learn from it. Returns null while warming up or when no field is usable.
   * Fields that are NaN are neither judged nor learnt.
   */
  step(sample: Sample): Verdict | null;
  /** Optional: step() over consecutive samples of the group, with the same results, done in bulk. */
  stepMany?(samples: readonly Sample[]): (Verdict | null)[];
  /**
   * Writes the state in the snapshot's binary form (state_writer.ts); the factory's restore() reads
   * it back into an identical detector. Large typed arrays may be written by reference.
   */
  save(out: StateWriter): void;
  /**
   * Optional: finishes work a restore left (iforest grows again the forest whose training rows it
   * saved). The handler calls it as a step of its own, after restoring every group, until it
   * returns true: false means "not yet" (waiting on the training thread), so it is called again.
   */
  settle?(): boolean;
}

/** Parsed TICKscript options, keyed by option name (see udf/handlers/options.ts). */
export type Options = Readonly<Record<string, number | string | boolean | undefined>>;

/** Map a non-negative distance d (in units of the detector's own cut-off k) into [0, 1): 0.5 exactly at d = 1. */
export function distanceToScore(d: number): number {
  if (!(d > 0)) return 0;
  if (d === Infinity) return 1;
  return d / (1 + d);
}
