// `ads backtest`: what a detector configuration would have flagged on
// history, computed by the same `ads` handler the UDF runs. Detector options
// are the TICKscript names as flags (`--field value --detector mad --k 3.5`),
// repeatable where TICKscript's are.
import { Option, type Command } from 'commander';
import type { HandlerFactory } from '../../udf/agent/handler.ts';
import { createAdsHandler } from '../../udf/handlers/ads.ts';
import { ALL_OPTION_SPECS as OPTION_SPECS } from '../../udf/handlers/option_table.ts';
import { createLogger, resolveLogLevel } from '../../udf/log.ts';
import type { BacktestJob, FileInput, InfluxInput } from './job.ts';
import type { InfluxConnection } from '../io/influx.ts';
import { reportFailure } from '../common/report_failure.ts';
import { EPOCH_UNITS, type EpochUnit } from '../io/timestamps.ts';
import type { Precision } from '../io/line_protocol.ts';

interface BacktestFlags {
  input?: string;
  inputFormat?: 'csv' | 'lp';
  timeColumn: string;
  tagColumn: string[];
  epochUnit: EpochUnit;
  precision: Precision;
  name?: string;
  influxUrl: string;
  influxUser?: string;
  influxPassword?: string;
  db?: string;
  rp?: string;
  query?: string;
  measurement?: string;
  start?: string;
  end?: string;
  where?: string;
  output?: string;
  outMeasurement?: string;
  writeMeasurement?: string;
  writeDb?: string;
  writeRp?: string;
  progress: boolean;
  [option: string]: unknown;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** The handler a backtest runs: the UDF's own, logging warnings only (ADS_LOG_LEVEL overrides). */
export function defaultBacktestFactory(): HandlerFactory {
  const logger = createLogger(resolveLogLevel(process.env.ADS_LOG_LEVEL ?? 'warn'), { command: 'backtest' });
  return () => createAdsHandler({ edge: 'stream', logger });
}

export function jobFromFlags(flags: BacktestFlags): BacktestJob {
  const conn: InfluxConnection = { url: flags.influxUrl, username: flags.influxUser, password: flags.influxPassword };
  const fromInflux = flags.query !== undefined || flags.measurement !== undefined;
  if (flags.input !== undefined && fromInflux) throw new Error('give either --input <file> or an InfluxDB query (--query / --measurement), not both');
  if (flags.input === undefined && !fromInflux) throw new Error('no input: give --input <file>, or --query / --measurement with --influx-url and --db');
  let input: FileInput | InfluxInput;
  if (flags.input !== undefined) {
    input = {
      kind: 'file',
      path: flags.input,
      format: flags.inputFormat,
      timeColumn: flags.timeColumn,
      tagColumns: flags.tagColumn,
      epochUnit: flags.epochUnit,
      precision: flags.precision,
      name: flags.name,
    };
  } else {
    if (flags.query === undefined && flags.db === undefined) throw new Error('--measurement needs --db');
    input = {
      kind: 'influx',
      conn,
      db: flags.db,
      rp: flags.rp,
      query: flags.query,
      range: flags.measurement !== undefined ? { measurement: flags.measurement, start: flags.start, end: flags.end, where: flags.where } : undefined,
    };
  }
  const options: Record<string, string | string[]> = {};
  for (const [name, spec] of Object.entries(OPTION_SPECS)) {
    const v = flags[name];
    if (v === undefined) continue;
    options[name] = spec.repeatable ? (v as string[]) : (v as string);
  }
  let influxOutput: BacktestJob['influxOutput'];
  if (flags.writeMeasurement !== undefined) {
    const db = flags.writeDb ?? flags.db;
    if (!db) throw new Error('--write-measurement needs --write-db (or --db)');
    influxOutput = { conn, db, rp: flags.writeRp ?? flags.rp, measurement: flags.writeMeasurement };
  }
  return { input, output: flags.output, outMeasurement: flags.outMeasurement, influxOutput, options, progress: flags.progress };
}

export function registerBacktest(program: Command, factory?: HandlerFactory): void {
  const cmd = program
    .command('backtest')
    .description('run a detector configuration over history with the UDF handler; write scores as CSV, line protocol or to InfluxDB')
    .option('--input <file>', 'history: CSV (timestamp + value columns) or line protocol (.lp)')
    .addOption(new Option('--input-format <format>', 'input format (default: by extension, .lp/.line → lp)').choices(['csv', 'lp']))
    .option('--time-column <name>', 'CSV timestamp column (ISO 8601, YYYY-MM-DD HH:MM:SS as UTC, or epoch)', 'timestamp')
    .option('--tag-column <name>', 'CSV column holding a tag (repeatable); each tag set is one group', collect, [])
    .addOption(new Option('--epoch-unit <unit>', 'unit of numeric CSV timestamps').choices(EPOCH_UNITS as string[]).default('auto'))
    .addOption(new Option('--precision <p>', 'line-protocol timestamp precision').choices(['ns', 'us', 'ms', 's']).default('ns'))
    .option('--name <measurement>', 'point name for CSV input (default: the file name)')
    .option('--influx-url <url>', 'InfluxDB 1.x URL for --query / --measurement / --write-measurement', 'http://127.0.0.1:8086')
    .addOption(new Option('--influx-user <name>', 'InfluxDB user').env('INFLUX_USERNAME'))
    .addOption(new Option('--influx-password <password>', 'InfluxDB password').env('INFLUX_PASSWORD'))
    .option('--db <database>', 'InfluxDB database to read from (and write to by default)')
    .option('--rp <policy>', 'retention policy')
    .option('--query <influxql>', 'read history with this InfluxQL query (use GROUP BY * to keep tags)')
    .option('--measurement <name>', 'read this measurement (SELECT * ... GROUP BY *) between --start and --end')
    .option('--start <time>', "range start, inclusive (RFC 3339, or an InfluxQL expression such as 'now() - 7d')")
    .option('--end <time>', 'range end, exclusive')
    .option('--where <condition>', 'extra InfluxQL condition for --measurement')
    .option('--output <file>', "results: .csv (one row per input row) or .lp (line protocol); '-' for CSV on stdout")
    .option('--out-measurement <name>', 'measurement of .lp file output (default <input name>_anomalies)')
    .option('--write-measurement <name>', 'write results into InfluxDB under this measurement (idempotent: same series and times overwrite)')
    .option('--write-db <database>', 'database for --write-measurement (default --db)')
    .option('--write-rp <policy>', 'retention policy for --write-measurement (default --rp)')
    .option('--no-progress', 'no progress bar (it is drawn only on a terminal anyway)');
  cmd.optionsGroup?.('Detector options (TICKscript names):');
  for (const [name, spec] of Object.entries(OPTION_SPECS)) {
    const flag = `--${name} <${spec.type}>`;
    cmd.addOption(spec.repeatable ? new Option(flag, `${spec.doc} (repeatable)`).argParser(collect) : new Option(flag, spec.doc));
  }
  cmd.action(async (flags: BacktestFlags) => {
    try {
      const job = jobFromFlags(flags);
      // Loaded when the subcommand runs: the UDF process, which registers it, never needs it.
      const { runBacktest } = await import('./job.ts');
      const summary = await runBacktest(job, factory ?? defaultBacktestFactory());
      const rate = summary.seconds > 0 ? Math.round(summary.rows / summary.seconds) : summary.rows;
      process.stderr.write(
        `ads backtest: ${summary.rows} rows, ${summary.scored} scored, ${summary.anomalies} anomalies ` +
          `(field ${summary.fields.join(', ')}; ${summary.seconds.toFixed(2)} s, ${rate} points/s)` +
          (job.influxOutput ? `; ${summary.written} points written to ${job.influxOutput.db}.${job.influxOutput.measurement}` : '') +
          '\n',
      );
    } catch (err) {
      process.exitCode = reportFailure('backtest', err);
    }
  });
}
