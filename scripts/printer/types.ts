// Shared types of the printer data generator (pure data, no behaviour).

export const FIELD_NAMES = ['temperature', 'humidity', 'power'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

export type PrinterFields = Record<FieldName, number>;

/** One sample of one printer: measurement `printer`, tag `printer`, three float fields. */
export interface PrinterPoint {
  /** Nanoseconds since the epoch (exact; the line protocol timestamp). */
  timeNs: bigint;
  /** Milliseconds since the epoch (same instant, convenient for Date and charts). */
  timeMs: number;
  /** Step index from the start of the series (0-based). */
  step: number;
  /** Tag value, e.g. `printer-01`. */
  printer: string;
  fields: PrinterFields;
}

export const ANOMALY_KINDS = ['spike', 'level_shift', 'variance_change', 'stuck', 'drift'] as const;
export type AnomalyKind = (typeof ANOMALY_KINDS)[number];

/** A planned anomaly in step units; start and end are inclusive step indexes. */
export interface AnomalyEvent {
  printerIndex: number;
  field: FieldName;
  kind: AnomalyKind;
  startStep: number;
  endStep: number;
  /**
   * spike, level_shift, drift: signed peak offset in units of the field's noise sigma;
   * variance_change: noise multiplier; stuck: 0.
   */
  magnitude: number;
}

/** One ground-truth event in the labels file; start/end are the first and last anomalous point (inclusive). */
export interface LabelEvent {
  printer: string;
  field: FieldName;
  kind: AnomalyKind;
  start: string;
  end: string;
  startNs: string;
  endNs: string;
  /** See AnomalyEvent.magnitude. */
  magnitude: number;
  /** The field's noise sigma for this printer, in field units. */
  sigma: number;
}

/** The labels file. `start`/`end` are the times of the first and last point of the series. */
export interface Labels {
  seed: number;
  start: string;
  end: string;
  step: string;
  measurement: string;
  printers: string[];
  events: LabelEvent[];
}

export type Precision = 'ns' | 'us' | 'ms' | 's';
