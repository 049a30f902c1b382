// Pretrained models: model/*.json files, the `model` option, and the example
// model/printer_iforest.json made by tools/model/train.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { iforestFactory } from '../udf/handlers/detectors/iforest.ts';
import type { IforestDetector } from '../udf/handlers/detectors/iforest/detector.ts';
import type { Detector } from '../udf/handlers/detectors/types.ts';
import { restored, stateBytes } from './helpers/detector_state.ts';

const progressOf = (d: Detector) => (d as IforestDetector).progress();
import { trainForest } from '../udf/handlers/detectors/iforest/forest.ts';
import { modelFromJson, modelToJson } from '../udf/handlers/detectors/iforest/model.ts';
import type { IforestModel } from '../udf/handlers/detectors/iforest/model.ts';
import { createRng } from '../udf/handlers/detectors/iforest/prng.ts';
import { modelDir, readModelFile, resolveModelPath, writeModelFile } from '../udf/handlers/model_files.ts';
import type { Sample } from '../udf/handlers/detectors/types.ts';
import { generatePrinterData } from '../scripts/printer/index.ts';

const FIELDS = ['temperature', 'humidity', 'power'];

function printerSamples(hours: number, printer = 'printer-01'): Sample[] {
  const data = generatePrinterData({ startMs: Date.UTC(2024, 1, 1), durationMs: hours * 3_600_000, seed: 42, anomaliesPerHour: 0 });
  const out: Sample[] = [];
  for (const p of data.points) {
    if (p.printer !== printer) continue;
    out.push({ timeMs: p.timeMs, values: new Float64Array([p.fields.temperature, p.fields.humidity, p.fields.power]) });
  }
  return out;
}

function tinyModel(): IforestModel {
  const rng = createRng(5);
  const rows = 200;
  const data = new Float64Array(rows * 2).map(() => rng.next());
  return { fields: ['a', 'b'], features: 'raw', shingle: 1, cutoff: 0.7, description: 'test', forest: trainForest(data, rows, 2, { trees: 10, sampleSize: 64, seed: 1 }) };
}

test('model files live in model/ and paths may not leave it', () => {
  assert.match(modelDir(), /model$/);
  assert.equal(resolveModelPath('x/y.json', '/srv/models'), '/srv/models/x/y.json');
  assert.throws(() => resolveModelPath('/etc/passwd', '/srv/models'), /relative/);
  assert.throws(() => resolveModelPath('../secret.json', '/srv/models'), /leaves the model directory/);
  assert.throws(() => resolveModelPath('a/../../b.json', '/srv/models'), /leaves the model directory/);
});

test('a model written to disk reads back identical; a corrupt one is refused with the reason', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iforest-model-'));
  try {
    const model = tinyModel();
    const path = writeModelFile('sub/tiny.json', model, dir);
    assert.equal(path, join(dir, 'sub/tiny.json'));
    assert.deepEqual(readModelFile('sub/tiny.json', dir), model);
    assert.deepEqual(modelFromJson(JSON.parse(JSON.stringify(modelToJson(model)))), model);

    const json = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(join(dir, 'v9.json'), JSON.stringify({ ...json, version: 9 }));
    assert.throws(() => readModelFile('v9.json', dir), /version 9 is not supported/);
    writeFileSync(join(dir, 'wrongfeatures.json'), JSON.stringify({ ...json, fields: ['a', 'b', 'c'] }));
    assert.throws(() => readModelFile('wrongfeatures.json', dir), /forest has 2 features, but 3 field\(s\)/);
    writeFileSync(join(dir, 'broken.json'), '{"format":');
    assert.throws(() => readModelFile('broken.json', dir), /is not JSON/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the `model` option scores from the first sample, with the model cut-off, and never retrains by default', () => {
  const model = readModelFile('printer_iforest.json');
  assert.deepEqual(model.fields, FIELDS);
  const samples = printerSamples(0.5);
  const d = iforestFactory.create({ model: 'printer_iforest.json' }, FIELDS);
  const verdicts = samples.map((s) => d.step(s));
  assert.equal(verdicts[0], null); // shingle features need one previous value
  for (const v of verdicts.slice(1)) assert.equal(v!.anomaly, v!.score > model.cutoff!);
  const flagged = verdicts.slice(1).filter((v) => v!.anomaly).length;
  assert.ok(flagged / (verdicts.length - 1) < 0.005, `${flagged} of ${verdicts.length - 1} clean points flagged`);
  assert.equal(progressOf(d).trainings, 0);
  assert.ok(stateBytes(d).length < 100, 'the pretrained forest is not copied into every snapshot');
  assert.equal(progressOf(d).rows, 0, 'no training window is kept without retrain');

  const own = iforestFactory.create({ model: 'printer_iforest.json', cutoff: 0.5 }, FIELDS);
  const v = samples.slice(0, 50).map((s) => own.step(s)).at(-1)!;
  assert.equal(v.anomaly, v.score > 0.5);
});

test("the example model scores the generator's anomalies above ordinary points", () => {
  // Held-out data (the model was trained on 2024-01-01): 3 printers, 3 h, 2 anomalies per printer and hour.
  const data = generatePrinterData({ startMs: Date.UTC(2024, 1, 1), durationMs: 3 * 3_600_000, seed: 42, anomaliesPerHour: 2 });
  const detectors = new Map<string, ReturnType<typeof iforestFactory.create>>();
  const scored: { printer: string; t: number; score: number }[] = [];
  for (const p of data.points) {
    let d = detectors.get(p.printer);
    if (!d) detectors.set(p.printer, (d = iforestFactory.create({ model: 'printer_iforest.json' }, FIELDS)));
    const v = d.step({ timeMs: p.timeMs, values: new Float64Array([p.fields.temperature, p.fields.humidity, p.fields.power]) });
    if (v) scored.push({ printer: p.printer, t: p.timeMs, score: v.score });
  }
  const events = data.labels.events.map((e) => ({ printer: e.printer, a: Date.parse(e.start), b: Date.parse(e.end) }));
  const inside = (x: { printer: string; t: number }): boolean => events.some((e) => e.printer === x.printer && x.t >= e.a && x.t <= e.b);
  const mean = (xs: { score: number }[]): number => xs.reduce((acc, x) => acc + x.score, 0) / xs.length;
  const ordinary = scored.filter((x) => !inside(x));
  const anomalous = scored.filter(inside);
  assert.ok(mean(anomalous) > mean(ordinary) + 0.01, `mean score in events ${mean(anomalous)} vs outside ${mean(ordinary)}`);
  // At cut-off 0.6 (looser than the model's), a third of the events are hit and ordinary points stay quiet.
  const hit = events.filter((e) => scored.some((x) => x.printer === e.printer && x.t >= e.a && x.t <= e.b && x.score > 0.6)).length;
  const fp = ordinary.filter((x) => x.score > 0.6).length / ordinary.length;
  assert.ok(hit >= 6, `${hit} of ${events.length} events hit`);
  assert.ok(fp < 0.002, `${(fp * 100).toFixed(3)}% of ordinary points above 0.6`);
});

test('a pretrained detector restored from its state continues identically; with `retrain` it retrains online', () => {
  const samples = printerSamples(0.2, 'printer-03');
  for (const options of [{ model: 'printer_iforest.json' }, { model: 'printer_iforest.json', retrain: 100, window: 300, trees: 10 }]) {
    const whole = iforestFactory.create(options, FIELDS);
    const expected = samples.map((s) => whole.step(s));
    const k = 400;
    const first = iforestFactory.create(options, FIELDS);
    samples.slice(0, k).forEach((s) => first.step(s));
    const second = restored(iforestFactory, first, options, FIELDS);
    assert.deepEqual(samples.slice(k).map((s) => second.step(s)), expected.slice(k));
  }
  const retraining = iforestFactory.create({ model: 'printer_iforest.json', retrain: 100, window: 300, trees: 10 }, FIELDS);
  samples.slice(0, 500).forEach((s) => retraining.step(s));
  const st = progressOf(retraining);
  // Samples 2..500 make 499 vectors: first retraining once the window holds min(sampleSize, window) = 256
  // vectors, then every 100: at 256, 356 and 456.
  assert.equal(st.trainings, 3);
  assert.equal(st.rows, 300);
  assert.equal(st.trees, 10);
});

test('a model that does not fit the task is refused naming the option', () => {
  assert.throws(() => iforestFactory.validate({ model: 'printer_iforest.json' }, ['temperature', 'humidity']), /'model' was trained on fields \[temperature, humidity, power\]/);
  assert.throws(() => iforestFactory.validate({ model: 'printer_iforest.json' }, ['humidity', 'temperature', 'power']), /'model'/);
  assert.throws(() => iforestFactory.validate({ model: 'printer_iforest.json', features: 'raw' }, FIELDS), /'features' is 'raw' but the model uses 'shingle'/);
  assert.throws(() => iforestFactory.validate({ model: 'printer_iforest.json', shingle: 3 }, FIELDS), /'shingle' is 3/);
  assert.throws(() => iforestFactory.validate({ model: 'missing.json' }, FIELDS), /option 'model': cannot read/);
  iforestFactory.validate({ model: 'printer_iforest.json' }, FIELDS);
});
