#!/usr/bin/env node
// CLI of the printer data generator. The pure API lives in scripts/printer/index.ts
// (re-exported here); this file only wires options, targets, signals and messages.
//
//   node --import tsx scripts/printer_data.ts --target kapacitor --duration 1h --labels labels.json
//   node --import tsx scripts/printer_data.ts --out data.lp --start 2024-01-01T00:00:00Z --seed 7
//   node --import tsx scripts/printer_data.ts --mode live --target influx --url http://localhost:8086
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CommanderError } from 'commander';
import { runBackfill } from './printer/backfill.ts';
import type { RunResult } from './printer/backfill.ts';
import { buildProgram, toConfig } from './printer/cli_options.ts';
import type { CliConfig } from './printer/cli_options.ts';
import { createTarget } from './printer/create_target.ts';
import { writeLabelsFile } from './printer/labels_file.ts';
import { runLive } from './printer/live.ts';
import { createProgress, formatSeconds } from '../tools/common/progress.ts';
import { createPrinterSeries } from './printer/series.ts';
import type { PrinterSeries } from './printer/series.ts';
import type { Target } from './printer/target.ts';
import { errorMessage, TargetError } from '../udf/errors.ts';

export * from './printer/index.ts';

const DAY_MS = 86_400_000;
const LIVE_LABELS_EVERY_MS = 5000;

function say(config: CliConfig, message: string): void {
  if (!config.quiet) process.stderr.write(`printer_data: ${message}\n`);
}

function buildSeries(config: CliConfig, nowMs: number): PrinterSeries {
  const common = {
    seed: config.seed,
    stepMs: config.stepMs,
    printers: config.printers,
    anomaliesPerHour: config.anomalies,
    kinds: config.kinds,
    warmupMs: config.warmupMs,
  };
  if (config.mode === 'live') {
    // First point at the next step boundary; no end unless --duration.
    const startMs = Math.ceil(nowMs / config.stepMs) * config.stepMs;
    return createPrinterSeries({ ...common, startMs, durationMs: config.durationMs ?? Infinity });
  }
  const durationMs = config.durationMs ?? DAY_MS;
  const endMs = Math.floor(nowMs / config.stepMs) * config.stepMs;
  return createPrinterSeries({ ...common, startMs: config.start ?? endMs - durationMs, durationMs });
}

function summary(config: CliConfig, series: PrinterSeries, target: Target, result: RunResult, events: number): string {
  const seconds = result.elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(result.points / seconds) : result.points;
  const steps = result.lastStep + 1;
  const range = steps > 0 ? `${new Date(series.timeMsAt(0)).toISOString()} .. ${new Date(series.timeMsAt(result.lastStep)).toISOString()}` : 'nothing';
  const labels = config.labels ? `, ${events} anomaly events labelled in ${config.labels}` : `, ${events} anomaly events injected`;
  return (
    `${result.interrupted ? (config.mode === 'live' ? 'stopped after writing' : 'interrupted after writing') : 'wrote'} ${result.points.toLocaleString('en-US')} points ` +
    `(${series.printerNames.length} printers x ${steps.toLocaleString('en-US')} steps, ${range}) to ${target.description} ` +
    `in ${seconds < 60 ? seconds.toFixed(2) + ' s' : formatSeconds(seconds)} (${rate.toLocaleString('en-US')} points/s)${labels}`
  );
}

async function run(config: CliConfig, signal: AbortSignal): Promise<number> {
  const series = buildSeries(config, Date.now());
  const target = createTarget(config, (err, attempt, delay) =>
    process.stderr.write(`printer_data: retrying: ${err.message} (attempt ${attempt} of ${config.retries} failed, next in ${delay} ms)\n`),
  );
  say(config, `${config.mode} of ${series.printerNames.length} printers (seed ${config.seed}, step ${config.stepMs} ms) to ${target.description}`);

  try {
    return await runWith(config, series, target, signal);
  } finally {
    target.dispose();
  }
}

async function runWith(config: CliConfig, series: PrinterSeries, target: Target, signal: AbortSignal): Promise<number> {
  const writeLabels = (lastStep: number): number => {
    if (lastStep < 0) return 0;
    const labels = series.labels(lastStep);
    if (config.labels) writeLabelsFile(config.labels, labels);
    return labels.events.length;
  };
  let result: RunResult;
  if (config.mode === 'backfill') {
    const total = series.stepCount * series.printerNames.length;
    // No bar when line protocol goes to the same terminal.
    const sameTerminal = config.target === 'stdout' && process.stdout.isTTY && process.stderr.isTTY;
    const progress = config.quiet || sameTerminal ? undefined : createProgress('backfill', total, { unit: 'points', lineIntervalMs: 5000, minTotal: 0 });
    result = await runBackfill({ series, target, batchSize: config.batchSize, precision: config.precision, progress, signal });
  } else {
    let lastLabels = 0;
    result = await runLive({
      series,
      target,
      precision: config.precision,
      batchSize: config.batchSize,
      signal,
      onWritten: (lastStep) => {
        const t = Date.now();
        if (config.labels && t - lastLabels >= LIVE_LABELS_EVERY_MS) {
          lastLabels = t;
          writeLabels(lastStep);
        }
      },
    });
  }
  await target.close();
  const events = writeLabels(result.lastStep);
  say(config, summary(config, series, target, result, events));
  return result.interrupted && config.mode === 'backfill' ? 130 : 0;
}

/** Runs the CLI; returns the exit code. Messages go to stderr, data (stdout target) to stdout. */
export async function main(argv: readonly string[] = process.argv): Promise<number> {
  const program = buildProgram();
  let config: CliConfig;
  try {
    program.parse(argv as string[]);
    config = toConfig(program);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode; // commander already printed it (and the help)
    process.stderr.write(`error: ${errorMessage(err)}\n\n`);
    program.outputHelp({ error: true });
    return 1;
  }

  const controller = new AbortController();
  const onSignal = (): void => {
    if (controller.signal.aborted) process.exit(130); // second Ctrl-C: stop now
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await run(config, controller.signal);
  } catch (err) {
    if (err instanceof TargetError && err.reason === 'closed') return 0; // e.g. `| head`
    const message = errorMessage(err);
    process.stderr.write(`printer_data: error: ${message}\n`);
    if (process.env.PRINTER_DATA_DEBUG && err instanceof Error && !(err instanceof TargetError)) process.stderr.write(`${err.stack}\n`);
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

// Through its real path: the package's bin is a symlink to the bundle, and a module's URL is its real file's.
const invoked = process.argv[1] ? pathToFileURL(realpathSync(resolve(process.argv[1]))).href : '';
if (import.meta.url === invoked) {
  process.exitCode = await main();
}
