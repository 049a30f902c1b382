// `npm run nab`: detection quality of the project's detectors on the NAB
// subset. Each configuration is backtested over every NAB file through the
// UDF's own handler (CSV results under out/nab/<id>/, mirroring NAB's data
// layout), then scored with `evaluate`'s NAB scorer, threshold optimised
// corpus-wide per profile as NAB does. Prints a markdown table.
//
//   npm run nab                       all configurations, all 24 files, and the default's leave-one-category-out row
//   npm run nab -- --quick            CI: a 6-file subset, default configurations only
//   npm run nab -- --config default --config mad-default
//   npm run nab -- --config default --loco       the default and its leave-one-category-out row only
//   npm run nab -- --data /path/to/nab --json
//
// Every row also gets the NAB scores of its verdict alone (each row 1 when `anomaly` is true, else 0).
// The leave-one-category-out row (--loco) makes the default's data-driven choices, its alarm level in whole
// decades, its hold-off and its excursion span (LOCO_GRID, jointly), on three of the four categories and
// produces the fourth's detections with them; the 24 files are then scored together as usual. A second row
// does the same with the alarm level held at its default.
//
// Adding a configuration is one line in CONFIGS.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { pathToFileURL } from 'node:url';
import { defaultBacktestFactory } from '../backtest/command.ts';
import { DETECTORS } from '../../udf/handlers/detectors/registry.ts';
import { runBacktest } from '../backtest/job.ts';
import { loadCorpus } from '../evaluate/corpus.ts';
import type { OptionFlags } from '../client/init_request.ts';
import { readLabels } from '../evaluate/labels.ts';
import { nabDataDir, nabDataFile, nabResultsDir, nabWindowsFile } from './paths.ts';
import { PROJECT_ROOT } from '../../udf/project_root.ts';
import { evaluate, type Evaluation } from '../evaluate/evaluation.ts';
import { fmt, markdownTable } from '../evaluate/markdown.ts';
import { errorMessage } from '../../udf/errors.ts';
import { DEFAULT_DETECTOR } from '../../udf/handlers/ads_config.ts';
import { DEFAULT_ALARM } from '../../udf/handlers/detectors/surprise/detector.ts';
import type { ScoredSeries } from '../evaluate/types.ts';

interface QualityConfig {
  id: string;
  /**
   * 'default' rows use default options (so the tail calibration of udf/handlers/score_calibration.ts);
   * 'uncalibrated' rows the same with `.calibration('none')`, the detectors' own scores;
   * 'recommended' rows are earlier recommendations; 'grid' rows are the candidates of the
   * leave-one-category-out row.
   */
  kind: 'default' | 'uncalibrated' | 'recommended' | 'variant' | 'grid';
  /** TICKscript options, as `backtest` flags take them. */
  options: OptionFlags;
}

/**
 * One default row per detector. `threshold` has none: it needs bounds, and no
 * one pair of static bounds means anything across 24 different series.
 * `seasonal` is given its period: 1d (NAB's series have daily cycles; 24 buckets = hour of day);
 * the `seasonal-detected` variant detects it per file from the first 1000 points instead.
 */
const DEFAULT_ROWS: [string, OptionFlags][] = [
  ['mad', { detector: ['mad'] }],
  ['iforest', { detector: ['iforest'] }],
  ['iqr', { detector: ['iqr'] }],
  ['quantile', { detector: ['quantile'] }],
  ['zscore', { detector: ['zscore'] }],
  ['persist', { detector: ['persist'] }],
  ['levelshift', { detector: ['levelshift'] }],
  ['volatilityshift', { detector: ['volatilityshift'] }],
  ['seasonal', { detector: ['seasonal'], period: '1d' }],
];

/** Seeds of the iforest rows: iforest-default (seed 1) and iforest-seed-2 .. iforest-seed-5. */
export const IFOREST_SEEDS = [1, 2, 3, 4, 5];

/**
 * The candidates of the default's data-driven choices: the alarm level in whole decades (1 in 100 to 1 in
 * 100,000 points), the hold-off around its default of 100 points, and the span within which extremes are one
 * excursion (none, a quarter of the longest scale, the longest scale, the hold-off).
 */
interface GridPoint {
  alarm: number;
  holdoff: number;
  excursion: number;
}
const LOCO_GRID: GridPoint[] = [2, 3, 4, 5].flatMap((alarm) => [64, 100, 128].flatMap((holdoff) => [1, 16, 64, 100].map((excursion) => ({ alarm, holdoff, excursion }))));
const gridId = (g: GridPoint): string => `default-alarm${g.alarm}-holdoff${g.holdoff}-excursion${g.excursion}`;

// prettier-ignore
const CONFIGS: QualityConfig[] = [
  // What `@ads().field(...)` runs with no other option: the surprise detector.
  { id: 'default', kind: 'default', options: {} },
  ...DEFAULT_ROWS.map(([name, options]): QualityConfig => ({ id: `${name}-default`, kind: 'default', options })),
  ...DEFAULT_ROWS.map(([name, options]): QualityConfig => ({ id: `${name}-uncalibrated`, kind: 'uncalibrated', options: { ...options, calibration: 'none' } })),
  // Local outliers (MAD over the last 100 points) or departures from the hour-of-day profile (z-score per UTC hour).
  { id: 'mad-zscore-hour', kind: 'recommended', options: { detector: ['mad', 'zscore'], zscoreSeasonality: 'hour' } },
  { id: 'mad-zscore-hour-uncalibrated', kind: 'uncalibrated', options: { detector: ['mad', 'zscore'], zscoreSeasonality: 'hour', calibration: 'none' } },
  // Both detectors per hour of day: MAD's window then fills only after ~8 days of 5-minute data.
  { id: 'mad-zscore-both-hour', kind: 'variant', options: { detector: ['mad', 'zscore'], seasonality: 'hour' } },
  { id: 'seasonal-detected', kind: 'variant', options: { detector: ['seasonal'] } },
  // A forest is random: the same default iforest with other seeds (the default seed is 1) shows how much.
  ...IFOREST_SEEDS.slice(1).map((seed): QualityConfig => ({ id: `iforest-seed-${seed}`, kind: 'variant', options: { detector: ['iforest'], seed: String(seed) } })),
  ...LOCO_GRID.map((g): QualityConfig => ({ id: gridId(g), kind: 'grid', options: { alarm: g.alarm.toFixed(1), holdoff: String(g.holdoff), excursion: String(g.excursion) } })),
];

/** Files for --quick: one or two per category, small ones. */
const QUICK_FILES = [
  'artificialNoAnomaly/art_daily_small_noise.csv',
  'artificialWithAnomaly/art_daily_jumpsup.csv',
  'artificialWithAnomaly/art_load_balancer_spikes.csv',
  'realAdExchange/exchange-2_cpc_results.csv',
  'realKnownCause/ec2_request_latency_system_failure.csv',
  'realKnownCause/rogue_agent_key_hold.csv',
];

/** NAB's published detectors, scored live by the same scorer as a reference. */
const REFERENCES = ['numenta', 'windowedGaussian'];

interface Row {
  id: string;
  kind: string;
  options: string;
  evaluation: Evaluation | null;
  note: string;
  seconds: number;
}

function describe(options: OptionFlags): string {
  return Object.entries(options)
    .flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => `.${k}(${/^[\d.]+$/.test(String(x)) ? x : `'${x}'`})`))
    .join('');
}

async function main(): Promise<void> {
  const values = new Command('nab')
    .description("detection quality of the project's detectors on the NAB subset")
    .option('--quick', 'a 6-file subset, default configurations only', false)
    .option('--data <dir>', 'NAB data directory (default ../shared/data/nab or NAB_DATA_DIR)')
    .option('--out <dir>', 'where the backtest results go', resolve(PROJECT_ROOT, 'out/nab'))
    .addOption(new Option('--config <id>', 'configuration to run (repeatable; default all)').argParser((v: string, prev: string[] | undefined) => [...(prev ?? []), v]))
    .option('--json', 'print JSON instead of the markdown table', false)
    .option('--no-reference', "leave out NAB's own detectors")
    .option('--loco', "only the default's leave-one-category-out row (with its grid), beside the configurations named", false)
    .parse(process.argv)
    .opts<{ quick: boolean; data?: string; out: string; config?: string[]; json: boolean; reference: boolean; loco: boolean }>();
  const dataDir = nabDataDir(values.data);
  const labelsFile = nabWindowsFile(dataDir);
  const allKeys = [...readLabels(labelsFile).series.keys()].sort();
  const keys = values.quick ? allKeys.filter((k) => QUICK_FILES.includes(k)) : allKeys;
  // The grid runs only for the leave-one-category-out row, which needs all four categories.
  const loco = !values.quick && (values.loco || !values.config);
  let configs = values.config ? CONFIGS.filter((c) => values.config!.includes(c.id)) : CONFIGS.filter((c) => c.kind !== 'grid');
  if (values.quick && !values.config) configs = configs.filter((c) => c.kind === 'default');
  if (loco) configs = [...configs, ...CONFIGS.filter((c) => c.kind === 'grid' && !configs.includes(c))];
  if (values.config) {
    const unknown = values.config.filter((id) => !CONFIGS.some((c) => c.id === id));
    if (unknown.length > 0) throw new Error(`unknown configuration ${unknown.join(', ')}; known: ${CONFIGS.map((c) => c.id).join(', ')}`);
  }

  const rows: Row[] = [];
  const scored = new Map<string, ScoredSeries[]>();
  const factory = defaultBacktestFactory();
  for (const cfg of configs) {
    const detectors = ([] as string[]).concat(cfg.options.detector ?? DEFAULT_DETECTOR);
    const missing = detectors.filter((d) => !DETECTORS.has(d));
    if (missing.length > 0) {
      rows.push({ id: cfg.id, kind: cfg.kind, options: describe(cfg.options), evaluation: null, note: `detector ${missing.join(', ')} not available yet`, seconds: 0 });
      continue;
    }
    const started = Date.now();
    const outDir = resolve(values.out, cfg.id);
    for (const key of keys) {
      const output = resolve(outDir, key);
      mkdirSync(dirname(output), { recursive: true });
      await runBacktest({ input: { kind: 'file', path: nabDataFile(dataDir, key) }, output, options: { field: ['value'], ...cfg.options }, progress: false }, factory);
    }
    const corpus = loadCorpus(outDir, labelsFile);
    const kept = corpus.series.filter((s) => keys.includes(s.name));
    scored.set(cfg.id, kept);
    process.stderr.write(`nab: ${cfg.id} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    if (cfg.kind === 'grid' && !values.config?.includes(cfg.id)) continue;
    rows.push({ id: cfg.id, kind: cfg.kind, options: describe(cfg.options), evaluation: evaluate(kept), note: '', seconds: (Date.now() - started) / 1000 });
  }
  if (loco) {
    const candidates = (grid: GridPoint[]) => grid.map((g) => ({ id: gridId(g), series: scored.get(gridId(g))! }));
    const all = leaveOneCategoryOut(candidates(LOCO_GRID));
    rows.push({ id: 'default-loco', kind: 'leave-one-category-out', options: all.choices, evaluation: evaluate(all.series), note: '', seconds: 0 });
    // The same with the alarm level held at its default (1 in 1,000): what the other choices alone do.
    const fixed = leaveOneCategoryOut(candidates(LOCO_GRID.filter((g) => g.alarm === DEFAULT_ALARM)));
    rows.push({ id: `default-loco-alarm${DEFAULT_ALARM}`, kind: 'leave-one-category-out', options: fixed.choices, evaluation: evaluate(fixed.series), note: '', seconds: 0 });
  }
  if (values.reference) {
    for (const ref of REFERENCES) {
      const corpus = loadCorpus(nabResultsDir(dataDir, ref), labelsFile);
      const kept = corpus.series.filter((s) => keys.includes(s.name));
      rows.push({ id: ref, kind: 'NAB reference', options: '', evaluation: evaluate(kept), note: '', seconds: 0 });
    }
  }

  if (values.json) {
    process.stdout.write(JSON.stringify({ files: keys.length, quick: values.quick, rows }, null, 2) + '\n');
    return;
  }
  const score = (e: Evaluation | null, profile: string): string => fmt(e?.nab.find((p) => p.profile === profile)?.normalized);
  const table = markdownTable(
    ['configuration', 'kind', 'TICKscript options', 'standard', 'reward_low_FP_rate', 'reward_low_FN_rate', 'windows (std)', 'verdict standard', 'verdict low FP', 'F1 (anomaly)', 'seconds'],
    rows.map((r) => {
      const std = r.evaluation?.nab.find((p) => p.profile === 'standard');
      const own = r.evaluation?.events.find((e) => e.rule === 'anomaly column');
      return [
        r.id,
        r.kind,
        r.options,
        r.note || score(r.evaluation, 'standard'),
        score(r.evaluation, 'reward_low_FP_rate'),
        score(r.evaluation, 'reward_low_FN_rate'),
        std ? `${std.windowsDetected}/${std.windows}` : '–',
        fmt(r.evaluation?.verdict?.find((p) => p.profile === 'standard')?.normalized),
        fmt(r.evaluation?.verdict?.find((p) => p.profile === 'reward_low_FP_rate')?.normalized),
        fmt(own?.f1, 3),
        r.seconds > 0 ? r.seconds.toFixed(1) : '–',
      ];
    }),
  );
  process.stdout.write(`NAB subset: ${keys.length} files${values.quick ? ' (--quick)' : ''}, data ${dataDir}\n\n${table}\n`);
}

/** A series' NAB category: the folder of its file. */
const categoryOf = (name: string): string => name.split('/')[0]!;

/**
 * Per category, the candidate with the best standard score on the other categories, and that candidate's
 * detections for this category; returns the assembled corpus and the choices made.
 */
function leaveOneCategoryOut(candidates: { id: string; series: ScoredSeries[] }[]): { series: ScoredSeries[]; choices: string } {
  const standard = (series: readonly ScoredSeries[]): number => evaluate(series).nab.find((p) => p.profile === 'standard')!.normalized ?? -Infinity;
  const categories = [...new Set(candidates[0]!.series.map((s) => categoryOf(s.name)))].sort();
  const assembled: ScoredSeries[] = [];
  const choices: string[] = [];
  for (const category of categories) {
    let best = candidates[0]!;
    let bestScore = -Infinity;
    for (const c of candidates) {
      const score = standard(c.series.filter((s) => categoryOf(s.name) !== category));
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    assembled.push(...best.series.filter((s) => categoryOf(s.name) === category));
    choices.push(`${category}: ${best.id.replace('default-', '')}`);
  }
  assembled.sort((a, b) => (a.name < b.name ? -1 : 1));
  return { series: assembled, choices: choices.join('; ') };
}

// Run when started as a script, not when a test imports IFOREST_SEEDS.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    process.stderr.write(`nab: ${errorMessage(err)}\n`);
    process.exitCode = 1;
  });
}
