// One backtest: read history (CSV, line protocol or an InfluxQL query), run it
// through the handler, write CSV / line protocol / InfluxDB.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { HandlerFactory } from '../../udf/agent/handler.ts';
import { csvLines, lineProtocolLines } from './output.ts';
import { parseCsvHistory } from '../io/csv_history.ts';
import { runHandler } from './run_handler.ts';
import type { History } from '../io/history.ts';
import { buildRangeQuery, queryHistory, writeLines, type InfluxConnection, type RangeQuery } from '../io/influx.ts';
import { buildInitRequest, type OptionFlags } from '../client/init_request.ts';
import { errorMessage, InputError } from '../../udf/errors.ts';
import { parseLineProtocol, type Precision } from '../io/line_protocol.ts';
import { createProgress } from '../common/progress.ts';
import { writeLineFile } from '../common/line_file.ts';
import type { EpochUnit } from '../io/timestamps.ts';

export type InputFormat = 'csv' | 'lp';

export interface FileInput {
  kind: 'file';
  path: string;
  format?: InputFormat;
  timeColumn?: string;
  tagColumns?: readonly string[];
  epochUnit?: EpochUnit;
  precision?: Precision;
  /** Point name for CSV rows (default: the file name without extension). */
  name?: string;
}

export interface InfluxInput {
  kind: 'influx';
  conn: InfluxConnection;
  db?: string;
  rp?: string;
  query?: string;
  range?: RangeQuery;
}

export interface InfluxOutput {
  conn: InfluxConnection;
  db: string;
  rp?: string;
  measurement: string;
}

export interface BacktestJob {
  input: FileInput | InfluxInput;
  /** CSV file ('.lp' / '.line' → line protocol); '-' writes CSV to stdout. */
  output?: string;
  /** Measurement of line-protocol output (file or InfluxDB); default `<name>_anomalies`. */
  outMeasurement?: string;
  influxOutput?: InfluxOutput;
  options: OptionFlags;
  progress?: boolean;
}

export interface BacktestSummary {
  rows: number;
  scored: number;
  anomalies: number;
  fields: string[];
  seconds: number;
  written: number;
}

export function inputFormatOf(path: string, format?: InputFormat): InputFormat {
  if (format) return format;
  return ['.lp', '.line', '.influx'].includes(extname(path).toLowerCase()) ? 'lp' : 'csv';
}

export function readFileHistory(input: FileInput): History {
  let text: string;
  try {
    text = readFileSync(input.path, 'utf8');
  } catch (err) {
    throw new InputError(input.path, null, `cannot read: ${(err as NodeJS.ErrnoException).code ?? errorMessage(err)}`, { cause: err });
  }
  if (text.trim() === '') throw new InputError(input.path, null, 'file is empty');
  if (inputFormatOf(input.path, input.format) === 'lp') return parseLineProtocol(text, input.path, input.precision);
  return parseCsvHistory(text, input.path, {
    name: input.name ?? basename(input.path, extname(input.path)),
    timeColumn: input.timeColumn,
    tagColumns: input.tagColumns,
    epochUnit: input.epochUnit,
  });
}

export async function loadHistory(input: FileInput | InfluxInput): Promise<History> {
  if (input.kind === 'file') return readFileHistory(input);
  const query = input.query ?? (input.range ? buildRangeQuery({ rp: input.rp, ...input.range }) : undefined);
  if (!query) throw new Error('an InfluxDB input needs --query, or --measurement with --db');
  return queryHistory(input.conn, input.db, query, input.rp);
}

/** `--field` defaults to the only value column; every field named must exist in the input. */
export function resolveFields(history: History, options: OptionFlags): OptionFlags {
  const given = options.field;
  const fields = given === undefined ? [] : typeof given === 'string' ? [given] : [...given];
  const isCsv = history.rows[0]?.timeText !== undefined;
  if (fields.length === 0) {
    if (history.fields.length !== 1) {
      throw new InputError(history.source, null, `say which field to score with --field (fields: ${history.fields.join(', ')})`);
    }
    return { ...options, field: [history.fields[0]!] };
  }
  for (const f of fields) {
    if (!history.fields.includes(f)) {
      throw new InputError(history.source, isCsv ? 1 : null, `unknown ${isCsv ? 'column' : 'field'} '${f}' (${isCsv ? 'value columns' : 'fields'}: ${history.fields.join(', ')})`);
    }
  }
  return options;
}

export async function runBacktest(job: BacktestJob, factory: HandlerFactory): Promise<BacktestSummary> {
  if (!job.output && !job.influxOutput) throw new Error('nowhere to write: give --output <file> and/or --write-measurement <name>');
  const history = await loadHistory(job.input);
  const options = resolveFields(history, job.options);
  const init = buildInitRequest(options);
  const started = process.hrtime.bigint();
  const progress = job.progress === false ? undefined : createProgress('backtest', history.rows.length);
  const outputs = runHandler(factory, init, history.rows, history.source, progress);
  progress?.finish();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const measurement = job.outMeasurement ?? `${history.rows[0]!.name}_anomalies`;
  if (job.output) {
    const lp = job.output !== '-' && inputFormatOf(job.output) === 'lp';
    writeLineFile(job.output, lp ? lineProtocolLines(history, outputs, measurement) : csvLines(history, outputs));
  }
  let written = 0;
  if (job.influxOutput) {
    const o = job.influxOutput;
    const lines = [...lineProtocolLines(history, outputs, o.measurement)];
    const bar = job.progress === false ? undefined : createProgress('write', lines.length);
    await writeLines(o.conn, o.db, o.rp, lines, (n) => bar?.update(n));
    bar?.finish();
    written = lines.length;
  }
  const fields = options.field === undefined ? [] : typeof options.field === 'string' ? [options.field] : [...options.field];
  return {
    rows: history.rows.length,
    scored: outputs.filter((p) => p?.fieldsBool?.anomaly_warmup === false).length,
    anomalies: outputs.filter((p) => p?.fieldsBool?.anomaly === true).length,
    fields,
    seconds,
    written,
  };
}
