#!/usr/bin/env node
// Command line of the project. With no subcommand it is the Kapacitor UDF
// (process mode on stdin/stdout, or --socket); stdout then carries protocol
// frames only, so help and usage errors always go to stderr.
import { Command, InvalidArgumentError, Option } from 'commander';
import { createLogger, LOG_LEVELS, resolveLogLevel } from './log.ts';
import { serve } from './serve.ts';
import { createPassthroughHandler } from './handlers/passthrough.ts';
import { createAdsHandler } from './handlers/ads.ts';
import type { Edge, HandlerFactory } from './agent/handler.ts';
import { DEFAULT_MAX_FRAME_SIZE } from './agent/framing.ts';
import { registerBacktest } from '../tools/backtest/command.ts';
import { registerEvaluate } from '../tools/evaluate/command.ts';
import { inlineTrainer } from './handlers/detectors/iforest/trainer.ts';
import { ModelFiles } from './handlers/model_files.ts';
import type { DetectorEnv } from './handlers/detectors/factory.ts';
import { WorkerTrainer } from './training/worker_trainer.ts';
import { DEFAULT_MEMORY_BUDGET } from './handlers/ads_config.ts';
import { errorMessage } from './errors.ts';
import { DEFAULT_STATS_INTERVAL_MS, UdfStats, startStatsLog } from './stats.ts';
import { parseDuration } from '../tools/common/duration.ts';

interface UdfFlags {
  batch?: boolean;
  socket?: string;
  handler: 'ads' | 'passthrough';
  maxFrameSize: number;
  memoryBudget: number;
  logLevel?: string;
  training: 'worker' | 'inline';
  statsInterval?: number;
}

/** A duration literal (30s, 1m, 1h) in ms, or 0 for off. */
function interval(value: string): number {
  if (value.trim() === '0') return 0;
  try {
    return parseDuration(value);
  } catch (err) {
    throw new InvalidArgumentError(errorMessage(err));
  }
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive integer');
  return n;
}

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3, tib: 1024 ** 4 };

/** A size in bytes: 1073741824, 1GiB, 512MiB, 1.5GB (KiB/MiB/GiB are powers of 1024, KB/MB/GB of 1000). */
function byteSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(value);
  const unit = m ? SIZE_UNITS[m[2]!.toLowerCase()] : undefined;
  const n = m && unit !== undefined ? Math.floor(Number(m[1]) * unit) : NaN;
  if (!(n >= 1 && Number.isSafeInteger(n))) throw new InvalidArgumentError('expected a size such as 1GiB, 512MiB or 1073741824');
  return n;
}

export function buildProgram(): Command {
  const program = new Command('ads')
    .description('Anomaly detection UDF for Kapacitor (stream edge on stdin/stdout by default)')
    .addOption(new Option('--batch', 'batch edge (the ads_batch function): batches in, batches out'))
    .addOption(new Option('--socket <path>', 'serve on a Unix socket, one agent per connection'))
    .addOption(new Option('--handler <name>', 'handler to run').choices(['ads', 'passthrough']).default('ads'))
    .addOption(new Option('--max-frame-size <bytes>', 'largest accepted frame (a RestoreRequest may be larger: up to twice the memory budget)').argParser(positiveInt).default(DEFAULT_MAX_FRAME_SIZE))
    .addOption(
      new Option('--memory-budget <size>', "memory one task node's groups may take at most; Init refuses options whose worst case exceeds it")
        .argParser(byteSize)
        .default(DEFAULT_MEMORY_BUDGET, '1GiB'),
    )
    .addOption(new Option('--log-level <level>', 'log level (or ADS_LOG_LEVEL)').choices(LOG_LEVELS as string[]))
    .addOption(new Option('--training <where>', 'where iforest retrainings run').choices(['worker', 'inline']).default('worker'))
    .addOption(new Option('--stats-interval <duration>', 'a stats line at info level this often, 0 for none (default 1m, or ADS_STATS_INTERVAL)').argParser(interval))
    .configureOutput({
      writeOut: (s) => process.stderr.write(s),
      writeErr: (s) => process.stderr.write(s),
    })
    .showHelpAfterError()
    .enablePositionalOptions()
    .action(async (flags: UdfFlags) => {
      const edge: Edge = flags.batch ? 'batch' : 'stream';
      const logger = createLogger(resolveLogLevel(flags.logLevel), { edge });
      // One trainer and one model cache for the process: socket mode's connections share them.
      const env: DetectorEnv = { trainer: flags.training === 'worker' ? new WorkerTrainer({ logger }) : inlineTrainer, models: new ModelFiles() };
      const memoryBudget = flags.memoryBudget;
      const factory: HandlerFactory = flags.handler === 'passthrough' ? () => createPassthroughHandler(edge) : () => createAdsHandler({ edge, logger, env, memoryBudget });
      const stats = new UdfStats();
      const statsIntervalMs = flags.statsInterval ?? (process.env.ADS_STATS_INTERVAL ? interval(process.env.ADS_STATS_INTERVAL) : DEFAULT_STATS_INTERVAL_MS);
      startStatsLog(stats, logger, statsIntervalMs);
      // A snapshot of a state within the budget is smaller than the budget; twice it leaves room for long group keys.
      const code = await serve({ factory, logger, maxFrameSize: flags.maxFrameSize, maxRestoreSize: 2 * memoryBudget, socket: flags.socket, stats });
      // Output is flushed by now; an open stdin (Kapacitor keeps it after an error) must not keep us alive.
      process.exit(code);
    });
  registerBacktest(program);
  registerEvaluate(program);
  return program;
}

try {
  await buildProgram().parseAsync(process.argv);
} catch (err) {
  // A clear one-line reason instead of a stack trace (ADS_DEBUG=1 shows it).
  process.stderr.write(`ads: ${errorMessage(err)}\n`);
  if (process.env.ADS_DEBUG && err instanceof Error) process.stderr.write(`${err.stack ?? ''}\n`);
  process.exit(1);
}
