// `ads evaluate`: scores detector output against labelled anomaly windows —
// NAB scores per profile (normalised, threshold optimised corpus-wide) and
// event-level precision / recall / F1 / delay. A CLI report, so it prints to
// stdout (only the UDF mode must keep stdout for the protocol).
import { InvalidArgumentError, Option, type Command } from 'commander';
import { reportFailure } from '../common/report_failure.ts';
import { EPOCH_UNITS, type EpochUnit } from '../io/timestamps.ts';

interface EvaluateFlags {
  detections: string;
  labels: string;
  json?: boolean;
  threshold?: number;
  probation: number;
  seriesColumn?: string;
  labelField: string[];
  timeColumn: string;
  epochUnit: EpochUnit;
}

function finiteNumber(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new InvalidArgumentError('expected a number');
  return n;
}

function fraction(value: string): number {
  const n = finiteNumber(value);
  if (n < 0 || n >= 1) throw new InvalidArgumentError('expected a fraction in [0, 1)');
  return n;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function registerEvaluate(program: Command): void {
  program
    .command('evaluate')
    .description('score detections (CSV: timestamp, anomaly_score[, anomaly]) against labelled anomaly windows')
    .requiredOption('--detections <path>', 'detections CSV, or a directory of them (e.g. backtest outputs mirroring NAB data/)')
    .requiredOption('--labels <file>', "labels: NAB combined_windows.json, or the generator's { events: [...] } JSON")
    .option('--json', 'print the full result as JSON instead of tables')
    .option('--threshold <score>', 'also report event metrics at this fixed anomaly_score threshold', finiteNumber)
    .option('--probation <fraction>', "rows at the start of each series left unscored (NAB's probationary period)", fraction, 0.15)
    .option('--series-column <name>', "column that splits a file into series (default 'printer' for generator labels)")
    .option('--label-field <field>', 'generator labels: keep only events of this field (repeatable)', collect, [])
    .option('--time-column <name>', 'timestamp column of the detections', 'timestamp')
    .addOption(new Option('--epoch-unit <unit>', 'unit of numeric timestamps').choices(EPOCH_UNITS as string[]).default('auto'))
    .action(async (flags: EvaluateFlags) => {
      try {
        // Loaded when the subcommand runs: the UDF process, which registers it, never needs it.
        const [{ evaluate, formatEvaluation }, { loadCorpus }] = await Promise.all([import('./evaluation.ts'), import('./corpus.ts')]);
        const corpus = loadCorpus(flags.detections, flags.labels, {
          labelFields: flags.labelField,
          seriesColumn: flags.seriesColumn,
          timeColumn: flags.timeColumn,
          epochUnit: flags.epochUnit,
        });
        for (const w of corpus.warnings) process.stderr.write(`ads evaluate: ${w}\n`);
        const result = evaluate(corpus.series, { probationFraction: flags.probation, threshold: flags.threshold });
        if (flags.json) {
          process.stdout.write(JSON.stringify({ labels: corpus.labels.format, warnings: corpus.warnings, ...result }, null, 2) + '\n');
        } else {
          process.stdout.write(formatEvaluation(result));
        }
      } catch (err) {
        process.exitCode = reportFailure('evaluate', err);
      }
    });
}
