// What the demo keeps of each point the UDF sends back: its line protocol for printer_anomalies, and the few values
// the scoring and the chart need.
import Long from 'long';
import type { agent as pb } from '../../udf/agent/proto/udf.js';
import { formatLine } from '../../tools/io/line_protocol.ts';
import { anomalyFields, type ScoredPoint } from './detection_score.ts';

export const OUTPUT_MEASUREMENT = 'printer_anomalies';

export interface DecodedOutput {
  timeNs: bigint;
  /** printer_anomalies line: input fields as floats, anomaly as a bool, anomaly_votes as an int, detectors as a string. */
  line: string;
  scored: ScoredPoint;
  /** Whether the point's verdict is informed (false during the detectors' warm-up: `anomaly_warmup`). */
  hasVerdict: boolean;
  fieldsDouble: Record<string, number>;
}

export function decodeOutput(p: pb.IPoint): DecodedOutput {
  const timeNs = BigInt(Long.fromValue(p.time ?? 0).toString());
  const tags = p.tags ?? {};
  const fieldsDouble = p.fieldsDouble ?? {};
  const ints: Record<string, number> = {};
  for (const [k, v] of Object.entries(p.fieldsInt ?? {})) ints[k] = Long.fromValue(v).toNumber();
  const bools = p.fieldsBool ?? {};
  const line = formatLine(OUTPUT_MEASUREMENT, tags, { double: fieldsDouble, int: ints, string: p.fieldsString ?? {}, bool: bools }, timeNs);
  if (line === null) throw new Error(`the UDF sent a point without fields at ${timeNs}`);
  const printer = tags.printer;
  if (printer === undefined) throw new Error(`the UDF sent a point without the printer tag at ${timeNs}`);
  return {
    timeNs,
    line,
    scored: {
      printer,
      timeMs: Number(timeNs / 1_000_000n),
      anomaly: bools.anomaly === true,
      fields: anomalyFields(p.fieldsString?.anomaly_fields),
    },
    hasVerdict: bools.anomaly_warmup === false,
    fieldsDouble,
  };
}
