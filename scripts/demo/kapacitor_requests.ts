// The requests Kapacitor sends the `ads` UDF for tick/ads_demo.tick:
//   stream |from().measurement('printer').groupBy('printer') @ads().field(...)
// Init carries the @ads() options; each point carries the stream's database, retention policy, group and dimensions.
import Long from 'long';
import type { agent as pb } from '../../udf/agent/proto/udf.js';
import { buildInitRequest } from '../../tools/client/init_request.ts';
import { FIELD_NAMES, MEASUREMENT, type PrinterPoint } from '../printer/index.ts';

export const DATABASE = 'printer';
export const RETENTION_POLICY = 'autogen';
export const TASK_ID = 'ads_demo';

/** Extra @ads() options by name (`k` -> ['3.5']), typed by udf/handlers/options.ts. */
export type ExtraOptions = Readonly<Record<string, readonly string[]>>;

/** The InitRequest of `@ads().field('temperature').field('humidity').field('power')`, with `.detector(...)` when named. */
export function demoInitRequest(detectors: readonly string[], extra: ExtraOptions = {}): pb.IInitRequest {
  // The fields tick/ads_demo.tick asks for: the chart draws the bands, the scoring reads anomaly_fields.
  return buildInitRequest({ include: ['bands', 'detectors'], ...extra, field: [...FIELD_NAMES], ...(detectors.length > 0 ? { detector: [...detectors] } : {}) }, TASK_ID);
}

/** Kapacitor's group id for `.groupBy('printer')`: the dimension values, without the measurement name. */
export function groupId(printer: string): string {
  return `printer=${printer}`;
}

const DIMENSIONS = ['printer'];

export function pointRequest(p: PrinterPoint): pb.IRequest {
  return {
    point: {
      time: Long.fromString(p.timeNs.toString()),
      name: MEASUREMENT,
      database: DATABASE,
      retentionPolicy: RETENTION_POLICY,
      group: groupId(p.printer),
      dimensions: DIMENSIONS,
      byName: false,
      tags: { printer: p.printer },
      fieldsDouble: { temperature: p.fields.temperature, humidity: p.fields.humidity, power: p.fields.power },
    },
  };
}
