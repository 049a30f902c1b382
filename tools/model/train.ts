// Train the example pretrained iforest model, model/printer_iforest.json, on
// clean printer-like data (scripts/printer, no injected anomalies), pick its
// cut-off on held-out clean data, and report how it does on data with anomalies.
//
//   node --import tsx tools/model/train.ts                 # writes model/printer_iforest.json
//   node --import tsx tools/model/train.ts --out other.json --days 3 --trees 200
//
// Uses only the pure forest API; model_files.ts writes the file.
import { Command } from 'commander';
import { generatePrinterData, FIELD_NAMES } from '../../scripts/printer/index.ts';
import type { PrinterPoint } from '../../scripts/printer/index.ts';
import { anomalyScore, trainForest } from '../../udf/handlers/detectors/iforest/forest.ts';
import type { Forest } from '../../udf/handlers/detectors/iforest/forest.ts';
import type { IforestModel } from '../../udf/handlers/detectors/iforest/model.ts';
import type { FeatureMode } from '../../udf/handlers/detectors/iforest/config.ts';
import { createFeaturizer, featureCount } from '../../udf/handlers/detectors/iforest/features.ts';
import type { Featurizer } from '../../udf/handlers/detectors/iforest/features.ts';
import { writeModelFile } from '../../udf/handlers/model_files.ts';

const DAY_MS = 86_400_000;
/** Training starts here; the held-out evaluation days follow it. */
const START_MS = Date.UTC(2024, 0, 1);
/** Held-out data after the training span, with anomalies, for recall (the cut-off uses a clean held-out day). */
const HELD_OUT_MS = 6 * 3_600_000;

interface Rows {
  /** Feature vectors, row-major, `width` columns. */
  data: Float64Array;
  width: number;
  /** The point each row was made from. */
  meta: PrinterPoint[];
}

/** Feature rows as the detector would build them: one featurizer per printer, rows once it is ready. */
function rows(points: Iterable<PrinterPoint>, mode: FeatureMode, shingle: number): Rows {
  const width = featureCount(mode, FIELD_NAMES.length, shingle);
  const featurizers = new Map<string, Featurizer>();
  const out: number[] = [];
  const meta: PrinterPoint[] = [];
  const vector = new Float64Array(width);
  for (const p of points) {
    let f = featurizers.get(p.printer);
    if (!f) featurizers.set(p.printer, (f = createFeaturizer(mode, FIELD_NAMES.length, shingle)));
    if (!f.push(FIELD_NAMES.map((name) => p.fields[name]), vector)) continue;
    for (const x of vector) out.push(x);
    meta.push(p);
  }
  return { data: new Float64Array(out), width, meta };
}

function scoresOf(forest: Forest, r: Rows): Float64Array {
  const out = new Float64Array(r.meta.length);
  for (let i = 0; i < out.length; i++) out[i] = anomalyScore(forest, r.data, i * r.width);
  return out;
}

function main(): void {
  const values = new Command('train_model')
    .description('trains the example iforest model on generated printer data')
    .option('--out <file>', 'model file, relative to model/', 'printer_iforest.json')
    .option('--seed <n>', 'generator and forest seed', '42')
    .option('--printers <n>', 'printers generated', '3')
    .option('--days <n>', 'days of training data', '0.5')
    .option('--step <ms>', 'step between points, ms', '1000')
    .option('--trees <n>', 'trees', '50')
    .option('--sample-size <n>', 'subsample per tree', '128')
    .option('--features <mode>', "'raw' or 'shingle'", 'shingle')
    .option('--shingle <n>', 'shingle length', '1')
    .option('--fp-budget <x>', 'share of held-out clean points allowed above the cut-off', '0.001')
    .parse(process.argv)
    .opts<Record<'out' | 'seed' | 'printers' | 'days' | 'step' | 'trees' | 'sampleSize' | 'features' | 'shingle' | 'fpBudget', string>>();
  const seed = Number(values.seed);
  const printers = Number(values.printers);
  const days = Number(values.days);
  const stepMs = Number(values.step);
  const trees = Number(values.trees);
  const sampleSize = Number(values.sampleSize);
  const common = { seed, printers, stepMs };
  const mode = values.features as FeatureMode;
  if (mode !== 'raw' && mode !== 'shingle') throw new Error(`--features must be raw or shingle, got ${mode}`);
  const shingle = Number(values.shingle);
  const FALSE_POSITIVE_BUDGET = Number(values.fpBudget);

  const train = rows(generatePrinterData({ ...common, startMs: START_MS, durationMs: days * DAY_MS, anomaliesPerHour: 0 }).points, mode, shingle);
  const started = performance.now();
  const forest = trainForest(train.data, train.meta.length, train.width, { trees, sampleSize, seed });
  const trainMs = performance.now() - started;

  // Cut-off: the smallest 0.01 step above the (1 − budget) quantile of held-out clean scores.
  const heldOut = rows(generatePrinterData({ ...common, startMs: START_MS + days * DAY_MS, durationMs: DAY_MS, anomaliesPerHour: 0 }).points, mode, shingle);
  const clean = scoresOf(forest, heldOut).sort();
  const quantile = clean[Math.min(clean.length - 1, Math.floor(clean.length * (1 - FALSE_POSITIVE_BUDGET)))]!;
  const cutoff = Math.ceil(quantile * 100) / 100;
  const fpRate = clean.filter((s) => s > cutoff).length / clean.length;

  // Recall on a held-out day with injected anomalies: an event counts when a point inside it is flagged.
  const dirty = generatePrinterData({ ...common, startMs: START_MS + days * DAY_MS, durationMs: HELD_OUT_MS, anomaliesPerHour: 1 });
  const test = rows(dirty.points, mode, shingle);
  const testScores = scoresOf(forest, test);
  const events = dirty.labels.events;
  const byKind = new Map<string, { found: number; total: number }>();
  for (const e of events) {
    const a = Date.parse(e.start);
    const b = Date.parse(e.end);
    const found = test.meta.some((p, i) => p.printer === e.printer && p.timeMs >= a && p.timeMs <= b && testScores[i]! > cutoff);
    const k = byKind.get(e.kind) ?? { found: 0, total: 0 };
    k.found += found ? 1 : 0;
    k.total += 1;
    byKind.set(e.kind, k);
  }

  const model: IforestModel = {
    fields: [...FIELD_NAMES],
    features: mode,
    shingle,
    cutoff,
    description:
      `tools/model/train.ts: features ${mode}${mode === 'shingle' ? ` (shingle ${shingle})` : ''}, ${trees} trees, sampleSize ${sampleSize}, seed ${seed}; trained on ${train.meta.length} clean points ` +
      `(printer generator seed ${seed}, ${printers} printers, ${days} d at ${stepMs / 1000} s from ${new Date(START_MS).toISOString()}); ` +
      `cutoff ${cutoff} = ${(1 - FALSE_POSITIVE_BUDGET) * 100}% quantile of a held-out clean day`,
    forest,
  };
  const path = writeModelFile(values.out, model);
  const report = [
    `wrote ${path}: ${forest.roots.length} trees, ${forest.feature.length} nodes, psi ${forest.psi}, trained in ${trainMs.toFixed(1)} ms`,
    `cutoff ${cutoff}: held-out clean day, ${clean.length} points, ${(fpRate * 100).toFixed(3)}% above it (median score ${clean[clean.length >> 1]!.toFixed(3)})`,
    `held-out ${HELD_OUT_MS / 3_600_000} h with anomalies (events found): ${[...byKind].map(([k, v]) => `${k} ${v.found}/${v.total}`).join(', ')}`,
  ];
  process.stderr.write(report.join('\n') + '\n');
}

main();
