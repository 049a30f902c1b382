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
import { errorMessage } from './errors.ts';
import { DEFAULT_STATS_INTERVAL_MS, UdfStats, startStatsLog } from './stats.ts';
import { parseDuration } from '../tools/common/duration.ts';

interface UdfFlags {
  batch?: boolean;
  socket?: string;
  handler: 'ads' | 'passthrough';
  maxFrameSize: number;
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

export function buildProgram(): Command {
  const program = new Command('ads')
    .description('Anomaly detection UDF for Kapacitor (stream edge on stdin/stdout by default)')
    .addOption(new Option('--batch', 'batch edge (the ads_batch function): batches in, batches out'))
    .addOption(new Option('--socket <path>', 'serve on a Unix socket, one agent per connection'))
    .addOption(new Option('--handler <name>', 'handler to run').choices(['ads', 'passthrough']).default('ads'))
    .addOption(new Option('--max-frame-size <bytes>', 'largest accepted frame').argParser(positiveInt).default(DEFAULT_MAX_FRAME_SIZE))
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
      const factory: HandlerFactory = flags.handler === 'passthrough' ? () => createPassthroughHandler(edge) : () => createAdsHandler({ edge, logger, env });
      const stats = new UdfStats();
      const statsIntervalMs = flags.statsInterval ?? (process.env.ADS_STATS_INTERVAL ? interval(process.env.ADS_STATS_INTERVAL) : DEFAULT_STATS_INTERVAL_MS);
      startStatsLog(stats, logger, statsIntervalMs);
      const code = await serve({ factory, logger, maxFrameSize: flags.maxFrameSize, socket: flags.socket, stats });
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
