// Commander definition of the printer_data CLI and the typed configuration it yields.
import { Command, InvalidArgumentError, Option } from 'commander';
import { duration, durationOrZero, integer, isoTime, nonNegative } from '../../tools/common/cli_parsers.ts';
import { ANOMALY_KINDS } from './types.ts';
import type { AnomalyKind, Precision } from './types.ts';

export type Mode = 'backfill' | 'live';
export type TargetKind = 'influx' | 'kapacitor' | 'kafka' | 'file' | 'stdout';

export interface CliConfig {
  mode: Mode;
  target: TargetKind;
  url?: string;
  /** Kafka bootstrap brokers (--brokers) and topic (--topic), for --target kafka. */
  brokers?: string;
  topic?: string;
  db: string;
  rp: string;
  username?: string;
  password?: string;
  token?: string;
  org?: string;
  bucket?: string;
  out?: string;
  labels?: string;
  printers: number;
  seed: number;
  anomalies: number;
  kinds: AnomalyKind[];
  durationMs?: number;
  start?: number;
  stepMs: number;
  warmupMs: number;
  batchSize: number;
  precision: Precision;
  timeoutMs: number;
  retries: number;
  retryDelayMs: number;
  quiet: boolean;
}






function kindList(value: string): AnomalyKind[] {
  const kinds = value.split(',').map((k) => k.trim()).filter(Boolean);
  for (const kind of kinds) {
    if (!(ANOMALY_KINDS as readonly string[]).includes(kind)) {
      throw new InvalidArgumentError(`unknown kind "${kind}" (known: ${ANOMALY_KINDS.join(', ')}).`);
    }
  }
  return kinds as AnomalyKind[];
}

export function buildProgram(): Command {
  return new Command('printer_data')
    .description(
      'Generate 3D-printer telemetry (measurement "printer", tag "printer", fields temperature, humidity, power) ' +
        'with injected, labelled anomalies, and write it to InfluxDB, Kapacitor, a Kafka topic, a file or stdout.',
    )
    .addOption(new Option('--mode <mode>', 'backfill a time range, or write in real time').choices(['backfill', 'live']).default('backfill'))
    .addOption(
      new Option('--target <target>', 'where to write (default: file when --out is given, else influx)').choices([
        'influx',
        'kapacitor',
        'kafka',
        'file',
        'stdout',
      ]),
    )
    .option('--url <url>', 'server URL (default http://localhost:8086 for influx, http://localhost:9092 for kapacitor)')
    .option('--brokers <list>', 'Kafka bootstrap brokers for --target kafka, host:port[,host:port] (default localhost:9092)')
    .option('--topic <name>', 'Kafka topic for --target kafka; messages are keyed by series (default printer)')
    .option('--db <name>', 'database', 'printer')
    .option('--rp <name>', 'retention policy', 'autogen')
    .option('--username <name>', 'InfluxDB 1.x / Kapacitor user')
    .addOption(new Option('--password <password>', 'password for --username').env('INFLUX_PASSWORD'))
    .addOption(new Option('--token <token>', 'InfluxDB 2.x token (1.8: "username:password"); Kapacitor: bearer token').env('INFLUX_TOKEN'))
    .option('--org <org>', 'InfluxDB 2.x organisation')
    .option('--bucket <bucket>', 'InfluxDB 2.x bucket (default "<db>/<rp>", the 1.8 mapping)')
    .option('--out <path>', 'line protocol file for --target file')
    .option('--labels <path>', 'write the ground-truth anomaly labels (JSON) here')
    .option('--printers <n>', 'number of printers (printer-01 ..)', integer(1, 99), 3)
    .option('--seed <n>', 'random seed: same seed, start and options give the same data', integer(0, 2 ** 32 - 1), 42)
    .option('--anomalies <perHour>', 'anomaly events per printer per hour of data (0: none)', nonNegative, 1)
    .addOption(
      new Option('--kinds <list>', `anomaly kinds, comma separated (${ANOMALY_KINDS.join(',')})`)
        .argParser(kindList)
        .default([...ANOMALY_KINDS], 'all'),
    )
    .option('--duration <duration>', 'how much data (backfill default 24h; live default: until Ctrl-C)', duration)
    .option('--start <iso>', 'backfill start time (default: now minus --duration); fix it for reproducible output', isoTime)
    .addOption(new Option('--step <duration>', 'time between points of one printer').argParser(duration).default(1000, '1s'))
    .addOption(new Option('--warmup <duration>', 'anomaly-free lead-in so detectors can warm up').argParser(durationOrZero).default(600_000, '10m'))
    .option('--batch-size <n>', 'lines per write request', integer(1, 1_000_000), 5000)
    .addOption(new Option('--precision <precision>', 'timestamp precision of the line protocol').choices(['ns', 'us', 'ms', 's']).default('ns'))
    .addOption(new Option('--timeout <duration>', 'HTTP request timeout').argParser(duration).default(10_000, '10s'))
    .option('--retries <n>', 'attempts per batch on 5xx, timeouts and dropped connections', integer(1, 100), 5)
    .addOption(new Option('--retry-delay <duration>', 'first retry delay; doubles per attempt, with jitter').argParser(duration).default(500, '500ms'))
    .option('-q, --quiet', 'no progress or summary on stderr')
    .showHelpAfterError()
    .exitOverride();
}

/** Typed configuration from parsed options; throws Error for combinations commander cannot check. */
export function toConfig(program: Command): CliConfig {
  const o = program.opts();
  const target: TargetKind = o.target ?? (o.out ? 'file' : 'influx');
  if (target === 'file' && !o.out) throw new Error('--target file needs --out <path>');
  if (o.out && target !== 'file') throw new Error(`--out is only used with --target file (got --target ${target})`);
  if (o.mode === 'live' && o.start !== undefined) throw new Error('--start is for backfill; live mode starts now');
  if (o.url && (target === 'file' || target === 'stdout' || target === 'kafka')) {
    throw new Error(`--url is not used with --target ${target}${target === 'kafka' ? ' (give --brokers)' : ''}`);
  }
  if ((o.brokers !== undefined || o.topic !== undefined) && target !== 'kafka') {
    throw new Error(`--brokers and --topic are only used with --target kafka (got --target ${target})`);
  }
  return {
    mode: o.mode,
    target,
    url: o.url,
    brokers: o.brokers,
    topic: o.topic,
    db: o.db,
    rp: o.rp,
    username: o.username,
    password: o.password,
    token: o.token,
    org: o.org,
    bucket: o.bucket,
    out: o.out,
    labels: o.labels,
    printers: o.printers,
    seed: o.seed,
    anomalies: o.anomalies,
    kinds: o.kinds,
    durationMs: o.duration,
    start: o.start,
    stepMs: o.step,
    warmupMs: o.warmup,
    batchSize: o.batchSize,
    precision: o.precision,
    timeoutMs: o.timeout,
    retries: o.retries,
    retryDelayMs: o.retryDelay,
    quiet: o.quiet === true,
  };
}
