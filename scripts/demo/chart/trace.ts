// The one series the chart shows (a printer's field) as the UDF scored it, in time order.
import { flagsField, type ScoredPoint } from '../detection_score.ts';

export const FLAG_NONE = 0;
/** Anomalous with this field outside its band. */
export const FLAG_FIELD = 1;
/** Anomalous because of another field of the same printer. */
export const FLAG_OTHER = 2;

export interface Trace {
  printer: string;
  field: string;
  timesMs: number[];
  values: number[];
  /** NaN where the point has no band (warm-up). */
  lower: number[];
  upper: number[];
  flags: number[];
}

export function emptyTrace(printer: string, field: string): Trace {
  return { printer, field, timesMs: [], values: [], lower: [], upper: [], flags: [] };
}

/** Appends a scored point of the trace's printer; points of other printers are ignored. */
export function addToTrace(trace: Trace, scored: ScoredPoint, fieldsDouble: Readonly<Record<string, number>>): void {
  if (scored.printer !== trace.printer) return;
  const value = fieldsDouble[trace.field];
  if (value === undefined) return;
  trace.timesMs.push(scored.timeMs);
  trace.values.push(value);
  trace.lower.push(fieldsDouble[`${trace.field}_lower`] ?? NaN);
  trace.upper.push(fieldsDouble[`${trace.field}_upper`] ?? NaN);
  trace.flags.push(!scored.anomaly ? FLAG_NONE : flagsField(scored, trace.field) ? FLAG_FIELD : FLAG_OTHER);
}
