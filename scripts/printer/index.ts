// Public, pure API of the printer data generator (no I/O): for `npm run demo`, tests and benchmarks.
export { generatePrinterData } from './generate.ts';
export type { GenerateOptions, PrinterData } from './generate.ts';
export { createPrinterSeries, printerName, MEASUREMENT } from './series.ts';
export type { PrinterSeries, SeriesOptions } from './series.ts';
export { toLineProtocol, escapeKey, escapeMeasurement, formatTimestamp } from './line_protocol.ts';
export { parseDuration, formatDuration } from '../../tools/common/duration.ts';
export { ANOMALY_KINDS, FIELD_NAMES } from './types.ts';
export type { AnomalyEvent, AnomalyKind, FieldName, LabelEvent, Labels, Precision, PrinterFields, PrinterPoint } from './types.ts';
