// Command line of `npm run demo` and the typed configuration it yields.
import { Command, InvalidArgumentError, Option } from 'commander';
import { ALL_OPTION_SPECS as OPTION_SPECS } from '../../udf/handlers/option_table.ts';
import { collect, durationOrZero as duration, integer, isoTime, nonNegative, positive } from '../../tools/common/cli_parsers.ts';

export interface DemoConfig {
  hours: number;
  printers: number;
  seed: number;
  /** Detectors named with `.detector()`; empty: none named, so the UDF's default. */
  detectors: string[];
  outDir: string;
  anomaliesPerHour: number;
  startMs: number;
  stepMs: number;
  toleranceMs: number;
  /** Anomaly-free lead-in of the generated data. */
  warmupMs: number;
  /** Extra @ads() options, e.g. { k: ['3.5'] }. */
  options: Record<string, string[]>;
}

export const DEFAULT_START = '2026-01-01T00:00:00Z';







/** `name=value` of a TICKscript option of @ads() other than field and detector. */
function tickOption(value: string, previous: [string, string][]): [string, string][] {
  const eq = value.indexOf('=');
  const name = eq > 0 ? value.slice(0, eq) : '';
  if (!name) throw new InvalidArgumentError('expected name=value, e.g. k=3.5 or window=200.');
  if (name === 'field' || name === 'detector') throw new InvalidArgumentError(`the demo scores its own fields; use --detector for detectors.`);
  if (!(name in OPTION_SPECS)) throw new InvalidArgumentError(`unknown option '${name}' (known: ${Object.keys(OPTION_SPECS).join(', ')}).`);
  return [...previous, [name, value.slice(eq + 1)]];
}

export function buildProgram(): Command {
  return new Command('demo')
    .description(
      'Generate printer data with injected anomalies, stream it through the ads UDF process over the Kapacitor protocol, ' +
        'and write the scored points, the labels, a summary and a chart. Needs no server.',
    )
    .addOption(new Option('--hours <n>', 'hours of data per printer').argParser(positive).default(6))
    .addOption(new Option('--printers <n>', 'number of printers').argParser(integer(1, 99)).default(3))
    .addOption(new Option('--seed <n>', 'generator seed (same seed, same data and labels)').argParser(integer(0, Number.MAX_SAFE_INTEGER)).default(42))
    .addOption(new Option('--detector <name>', "detector of @ads(); repeat for several (default: none named, the UDF's default, as in tick/ads_demo.tick)").argParser(collect).default([]))
    .addOption(new Option('--option <name=value>', 'another @ads() option, e.g. k=3.5 or window=200; repeatable').argParser(tickOption).default([]))
    .addOption(new Option('--out <dir>', 'output directory').default('out/demo'))
    .addOption(new Option('--anomalies <perHour>', 'injected events per printer per hour').argParser(nonNegative).default(3))
    .addOption(new Option('--start <time>', 'time of the first point').argParser(isoTime).default(Date.parse(DEFAULT_START), DEFAULT_START))
    .addOption(new Option('--step <duration>', 'time between points').argParser(duration).default(1000, '1s'))
    .addOption(new Option('--tolerance <duration>', 'detection lag allowed after an event ends').argParser(duration).default(30_000, '30s'))
    .addOption(new Option('--warmup <duration>', 'anomaly-free lead-in so detectors can warm up (as the generator)').argParser(duration).default(600_000, '10m'))
    .showHelpAfterError();
}

interface RawFlags {
  hours: number;
  printers: number;
  seed: number;
  detector: string[];
  option: [string, string][];
  out: string;
  anomalies: number;
  start: number;
  step: number;
  tolerance: number;
  warmup: number;
}

export function toConfig(flags: RawFlags): DemoConfig {
  const options: Record<string, string[]> = {};
  for (const [name, value] of flags.option) (options[name] ??= []).push(value);
  return {
    hours: flags.hours,
    printers: flags.printers,
    seed: flags.seed,
    detectors: flags.detector,
    outDir: flags.out,
    anomaliesPerHour: flags.anomalies,
    startMs: flags.start,
    stepMs: flags.step,
    toleranceMs: flags.tolerance,
    warmupMs: flags.warmup,
    options,
  };
}

export function parseDemoArgs(argv: readonly string[]): DemoConfig {
  const program = buildProgram();
  program.parse(argv, { from: 'user' });
  return toConfig(program.opts<RawFlags>());
}
