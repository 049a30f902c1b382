// The iforest detector: warm-up, NaN handling, retraining cadence, features,
// exact state round trip, option validation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashString } from '../udf/handlers/detectors/iforest/prng.ts';
import { iforestFactory } from '../udf/handlers/detectors/iforest.ts';
import { inlineTrainer } from '../udf/handlers/detectors/iforest/trainer.ts';
import { createFeaturizer } from '../udf/handlers/detectors/iforest/features.ts';
import type { IforestDetector } from '../udf/handlers/detectors/iforest/detector.ts';
import type { Detector } from '../udf/handlers/detectors/types.ts';
import { restored, stateBytes } from './helpers/detector_state.ts';
import { createRng } from '../udf/handlers/detectors/iforest/prng.ts';
import type { Options, Sample, Verdict } from '../udf/handlers/detectors/types.ts';

const FIELDS = ['temperature', 'humidity', 'power'];

/** Rows in the training window, trainings so far, the current forest's psi. */
const progress = (d: Detector) => (d as IforestDetector).progress();

/** A reproducible 3-field stream: noise around slow levels, with a few far-off points. */
function stream(n: number, seed: number, spikesAt: ReadonlySet<number> = new Set()): Sample[] {
  const rng = createRng(seed);
  const out: Sample[] = [];
  for (let i = 0; i < n; i++) {
    const g = (): number => Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
    const spike = spikesAt.has(i) ? 12 : 0;
    out.push({
      timeMs: 1_700_000_000_000 + i * 10_000,
      values: new Float64Array([40 + Math.sin(i / 50) + g() + spike, 30 + 0.5 * g(), 200 + 5 * g() - 4 * spike]),
    });
  }
  return out;
}

function run(options: Options, samples: readonly Sample[]): (Verdict | null)[] {
  const d = iforestFactory.create(options, FIELDS);
  return samples.map((s) => d.step(s));
}

test('no verdict until `warmup` samples (default min(sampleSize, window)) are learnt, then a score in (0, 1]', () => {
  const samples = stream(80, 1);
  const verdicts = run({ window: 50, trees: 20 }, samples);
  assert.ok(verdicts.slice(0, 50).every((v) => v === null));
  for (const v of verdicts.slice(50)) {
    assert.ok(v !== null);
    assert.ok(v.score > 0 && v.score <= 1);
    assert.equal(v.anomaly, v.score > 0.62);
    assert.equal(v.bands, undefined);
    assert.ok(v.extras!.path_length! > 0);
  }
});

test('after a short warm-up the training window grows to `window` and psi with it', () => {
  const samples = stream(200, 8);
  const d = iforestFactory.create({ window: 100, sampleSize: 64, retrain: 20, trees: 4 }, FIELDS);
  const seen: [number, number, number][] = [];
  samples.forEach((s, i) => {
    const v = d.step(s);
    seen.push([i + 1, v === null ? 0 : 1, progress(d).rows]);
  });
  assert.deepEqual(seen[63], [64, 0, 64]); // 64th sample: warm-up complete, first training
  assert.deepEqual(seen[64], [65, 1, 65]);
  assert.deepEqual(seen[150], [151, 1, 100]); // the window stops growing at 100
  assert.equal(progress(d).trainings, 1 + Math.floor((200 - 64) / 20));
  assert.equal(progress(d).psi, 64);
});

test('a sample with a NaN or infinite field is neither judged nor learnt', () => {
  const samples = stream(60, 2);
  const bad: Sample[] = [
    { timeMs: 0, values: new Float64Array([NaN, 1, 2]) },
    { timeMs: 0, values: new Float64Array([1, Infinity, 2]) },
  ];
  const d = iforestFactory.create({ window: 50, trees: 10 }, FIELDS);
  for (let i = 0; i < 49; i++) assert.equal(d.step(samples[i]!), null);
  for (const b of bad) assert.equal(d.step(b), null);
  assert.equal(progress(d).rows, 49);
  assert.equal(d.step(samples[49]!), null); // the 50th valid sample completes the warm-up
  assert.notEqual(d.step(samples[50]!), null);
  for (const b of bad) assert.equal(d.step(b), null);
});

test('retrains every `retrain` points on the sliding window (default: every window / 2 points)', () => {
  const samples = stream(200, 3);
  const every30 = iforestFactory.create({ window: 50, retrain: 30, trees: 5 }, FIELDS);
  const byDefault = iforestFactory.create({ window: 50, trees: 5 }, FIELDS);
  const trainingsAt: number[] = [];
  const defaultAt: number[] = [];
  samples.forEach((s, i) => {
    every30.step(s);
    byDefault.step(s);
    trainingsAt[i + 1] = progress(every30).trainings;
    defaultAt[i + 1] = progress(byDefault).trainings;
  });
  assert.equal(trainingsAt[49], 0);
  assert.equal(trainingsAt[50], 1);
  assert.equal(trainingsAt[79], 1);
  assert.equal(trainingsAt[80], 2);
  assert.equal(trainingsAt[200], 6); // at 50, 80, 110, 140, 170, 200
  // default retrain: window / 2 = 25 → trainings at 50, 75, 100, ...
  assert.equal(defaultAt[74], 1);
  assert.equal(defaultAt[75], 2);
  assert.equal(defaultAt[200], 7);
});

test('a retrained forest takes over exactly `retrainDelay` points after its training started', () => {
  const samples = stream(110, 6);
  const scores = (options: Options): (number | undefined)[] => run({ window: 50, retrain: 25, trees: 7, ...options }, samples).map((v) => v?.score);
  const delayed = scores({ retrainDelay: 10 });
  const immediate = scores({ retrainDelay: 0 });
  const firstForestOnly = scores({ retrain: 1000 });
  // First forest after point 50 (index 49), retraining after point 75 (index 74).
  for (let i = 50; i <= 84; i++) assert.equal(delayed[i], firstForestOnly[i], `point ${i + 1} is still scored by the first forest`);
  for (let i = 85; i <= 99; i++) assert.equal(delayed[i], immediate[i], `point ${i + 1} is scored by the retrained forest`);
  assert.notDeepEqual(delayed.slice(85, 100), firstForestOnly.slice(85, 100));
  assert.throws(() => iforestFactory.create({ retrain: 10, retrainDelay: 11 }, FIELDS), /'retrainDelay' \(11\) must not exceed 'retrain' \(10\)/);
});

test("groups retrain at a phase hashed from their key; the phase survives a snapshot taken in the warm-up", () => {
  const samples = stream(300, 8);
  const options = { window: 100, retrain: 40, trees: 3 };
  const trainingsAt = (group?: string): number[] => {
    const d = iforestFactory.create(options, FIELDS, group);
    return samples.map((s) => (d.step(s), progress(d).trainings));
  };
  // The first forest after point 100 (warm-up min(256, 100)); the first retraining 40 − phase points later.
  const phases = ['h0', 'h1', 'h2'].map((key) => hashString(key) % 20);
  assert.ok(new Set(phases).size > 1, `phases ${phases}`);
  for (const [k, key] of ['h0', 'h1', 'h2'].entries()) {
    const at = trainingsAt(key);
    assert.equal(at.indexOf(1), 99);
    assert.equal(at.indexOf(2), 99 + 40 - phases[k]!, key);
    assert.equal(at.indexOf(3), 99 + 80 - phases[k]!, key);
  }
  assert.equal(trainingsAt().indexOf(2), 139, 'no key, no phase');
  assert.equal(trainingsAt('').indexOf(2), 139, 'one ungrouped group, no phase');
  const expected = run2verdicts(options, samples, 'h1');
  const first = iforestFactory.create(options, FIELDS, 'h1');
  for (let i = 0; i < 50; i++) first.step(samples[i]!);
  const second = restored(iforestFactory, first, options, FIELDS);
  assert.deepEqual(samples.slice(50).map((s) => second.step(s)), expected.slice(50));
});

function run2verdicts(options: Options, samples: readonly Sample[], group: string): (Verdict | null)[] {
  const d = iforestFactory.create(options, FIELDS, group);
  return samples.map((s) => d.step(s));
}

test('stepMany gives what step gives one sample at a time, across trainings and hand-overs', () => {
  const samples = stream(420, 9, new Set([150, 300]));
  samples.splice(200, 0, { timeMs: 0, values: new Float64Array([NaN, 0, 0]) });
  for (const options of [
    { window: 60, retrain: 25, trees: 9, sampleSize: 32 }, // blocked layout
    { window: 80, retrain: 30, retrainDelay: 30, trees: 7, features: 'shingle', shingle: 2 }, // more than 4 features: heap layout
    { window: 700, warmup: 100, retrain: 50, sampleSize: 600, trees: 5 }, // 10 levels: heap layout
  ] satisfies Options[]) {
    const expected = run(options, samples);
    const d = iforestFactory.create(options, FIELDS, 'h1');
    const got: (Verdict | null)[] = [];
    for (let at = 0, size = 1; at < samples.length; at += size, size = (size * 7) % 61 + 1) got.push(...d.stepMany!(samples.slice(at, at + size)));
    const reference = iforestFactory.create(options, FIELDS, 'h1');
    assert.deepEqual(got, samples.map((s) => reference.step(s)), JSON.stringify(options));
    assert.notDeepEqual(expected, new Array(expected.length).fill(null));
    assert.deepEqual(stateBytes(d), stateBytes(reference));
  }
});

test('a far-off point in the stream is flagged, ordinary points mostly not', () => {
  const spikes = new Set([300, 420, 555]);
  const samples = stream(600, 4, spikes);
  const verdicts = run({}, samples); // defaults: warm-up 256, 100 trees, cut-off 0.62
  assert.equal(verdicts[255], null);
  for (const i of spikes) assert.equal(verdicts[i]!.anomaly, true, `spike at ${i}: ${verdicts[i]!.score}`);
  const judged = verdicts.slice(256).filter((v, k) => !spikes.has(256 + k));
  const flagged = judged.filter((v) => v!.anomaly).length;
  assert.ok(flagged <= 3, `${flagged} of ${judged.length} ordinary points flagged`);
  const ordinaryMax = Math.max(...judged.map((v) => v!.score));
  for (const i of spikes) assert.ok(verdicts[i]!.score > ordinaryMax, `spike ${i} ${verdicts[i]!.score} vs ${ordinaryMax}`);
});

test('state round-trips exactly: restored after k samples, then fed k+1..N, gives the same verdicts', () => {
  const samples = stream(260, 5, new Set([120, 200]));
  samples.splice(90, 0, { timeMs: 0, values: new Float64Array([NaN, 0, 0]) });
  for (const options of [
    { window: 60, retrain: 25, trees: 15, sampleSize: 32, seed: 9 },
    { window: 60, trees: 15, features: 'shingle', shingle: 3 },
    { window: 80, warmup: 30, retrain: 20, sampleSize: 16, trees: 10, features: 'shingle' },
    { window: 60, retrain: 25, retrainDelay: 25, trees: 5, sampleSize: 32 },
    { window: 60, retrain: 30, retrainDelay: 0, trees: 5, sampleSize: 32 },
    // A retraining cycle longer than the window: forests are kept, and saved, as trees.
    { window: 40, retrain: 60, retrainDelay: 10, trees: 5, sampleSize: 32 },
  ] satisfies Options[]) {
    const expected = run(options, samples);
    for (const k of [0, 1, 30, 59, 60, 61, 84, 90, 91, 150, 259]) {
      const first = iforestFactory.create(options, FIELDS);
      for (let i = 0; i < k; i++) first.step(samples[i]!);
      const second = restored(iforestFactory, first, options, FIELDS);
      const rest = samples.slice(k).map((s) => second.step(s));
      assert.deepEqual(rest, expected.slice(k), `${JSON.stringify(options)} restored at k=${k}`);
      assert.deepEqual(stateBytes(second), run2state(options, samples));
    }
  }
});

function run2state(options: Options, samples: readonly Sample[]): Buffer {
  const d = iforestFactory.create(options, FIELDS);
  for (const s of samples) d.step(s);
  return stateBytes(d);
}

test('same seed, same verdicts; another seed, other scores', () => {
  const samples = stream(150, 6);
  const a = run({ window: 100, seed: 3, trees: 20 }, samples);
  const b = run({ window: 100, seed: 3, trees: 20 }, samples);
  const c = run({ window: 100, seed: 4, trees: 20 }, samples);
  assert.deepEqual(a, b);
  assert.notDeepEqual(a, c);
});

test('shingle features by hand: value, change, deviation from the EWMA level, previous values', () => {
  const f = createFeaturizer('shingle', 1, 3);
  assert.equal(f.nFeatures, 5);
  const out = new Float64Array(5);
  assert.equal(f.push([1], out), false);
  assert.equal(f.push([2], out), false);
  assert.equal(f.push([4], out), true);
  // level: 1, then 1 + 0.1 (2 − 1) = 1.1; deviation of 4 from it 2.9
  assert.deepEqual(Array.from(out), [4, 2, 4 - 1.1, 2, 1]);
  const g = createFeaturizer('shingle', 1, 3, f.state());
  const a = new Float64Array(5);
  const b = new Float64Array(5);
  f.push([3], a);
  g.push([3], b);
  assert.deepEqual(a, b);
  assert.equal(createFeaturizer('shingle', 2, 4).nFeatures, 12);
  // Length 1 (the default): value, change, deviation, once a previous value exists.
  const one = createFeaturizer('shingle', 1, 1);
  const o = new Float64Array(3);
  assert.equal(one.push([1], o), false);
  assert.equal(one.push([2], o), true);
  assert.deepEqual(Array.from(o), [2, 1, 1]);
  assert.equal(one.push([5], o), true);
  assert.deepEqual(Array.from(o), [5, 3, 5 - 1.1]);
  assert.equal(createFeaturizer('raw', 3, 4).nFeatures, 3);
});

test('on a univariate series, shingle features flag a value of the right size at the wrong place', () => {
  // A sine wave: a value inside the normal range but at the wrong phase is only visible in the shape.
  const n = 700;
  const samples: Sample[] = [];
  for (let i = 0; i < n; i++) {
    let x = Math.sin((2 * Math.PI * i) / 40);
    if (i === 650) x = -x; // right value range, wrong shape
    samples.push({ timeMs: i, values: new Float64Array([x]) });
  }
  const raw = iforestFactory.create({}, ['v']);
  const shingle = iforestFactory.create({ features: 'shingle' }, ['v']);
  const rawV = samples.map((s) => raw.step(s));
  const shV = samples.map((s) => shingle.step(s));
  const ordinaryMax = (vs: (Verdict | null)[]): number =>
    Math.max(...vs.slice(300).filter((_, k) => 300 + k !== 650 && 300 + k !== 651).map((v) => v!.score));
  // Raw: the value −1 is as ordinary as any trough. Shingle: its change stands out.
  assert.ok(rawV[650]!.score <= ordinaryMax(rawV), `raw ${rawV[650]!.score} vs ${ordinaryMax(rawV)}`);
  assert.ok(shV[650]!.score > ordinaryMax(shV) + 0.03, `shingle ${shV[650]!.score} vs ${ordinaryMax(shV)}`);
});

test('bad options are refused naming the option', () => {
  const bad: [Options, RegExp][] = [
    [{ trees: 0 }, /'trees'/],
    [{ trees: 2.5 }, /'trees'/],
    [{ sampleSize: 1 }, /'sampleSize'/],
    [{ window: 1 }, /'window'/],
    [{ cutoff: 1.5 }, /'cutoff'/],
    [{ cutoff: 0 }, /'cutoff'/],
    [{ seed: -1 }, /'seed'/],
    [{ retrain: 0 }, /'retrain'/],
    [{ features: 'fft' }, /'features'/],
    [{ features: 'shingle', shingle: 0 }, /'shingle'/],
    [{ window: 100, warmup: 101 }, /'warmup'/],
    [{ model: '/etc/passwd' }, /'model'/],
    [{ model: '../package.json' }, /'model'/],
    [{ model: 'no_such_model.json' }, /'model'.*cannot read/],
  ];
  for (const [options, re] of bad) assert.throws(() => iforestFactory.validate(options, FIELDS), re, JSON.stringify(options));
  assert.throws(() => iforestFactory.validate({ features: 'shingle', shingle: 64 }, FIELDS), /more than 127/);
  iforestFactory.validate({}, FIELDS);
  iforestFactory.validate({ trees: 10, sampleSize: 64, window: 100, seed: 0, cutoff: 0.7, retrain: 50, features: 'shingle', shingle: 8 }, FIELDS);
});

test('a state from another version or another feature layout is refused', () => {
  const d = iforestFactory.create({ window: 20, trees: 3 }, FIELDS);
  for (const s of stream(30, 7)) d.step(s);
  // Version-1 JSON states carry their own version.
  const legacy = { kind: 'iforest', version: 2, nFeatures: 3, features: { mode: 'raw', shingle: 1, seen: 0, lags: [], level: [] }, window: { rows: 0, data: '' }, sinceTrain: 0, trainings: 0, forest: null };
  assert.throws(() => iforestFactory.restoreLegacy({ ...legacy, version: 99 }, { window: 20, trees: 3 }, FIELDS), /version 99/);
  assert.doesNotThrow(() => iforestFactory.restoreLegacy({ ...legacy, version: 1 }, { window: 20, trees: 3 }, FIELDS));
  // Saved state read under other features does not fit.
  assert.throws(() => restored(iforestFactory, d, { window: 20, trees: 3, features: 'shingle' }, FIELDS), /iforest/);
});

test('a snapshot does not wait for a training in flight: the forest is saved as its rows and seed, and grown again on restore', () => {
  const samples = stream(400, 12);
  const options = { window: 100, retrain: 50, retrainDelay: 25, trees: 6, sampleSize: 32 };
  const expected = run(options, samples);
  let started = 0;
  let collected = 0;
  const counting = {
    start(job: Parameters<typeof inlineTrainer.start>[0]) {
      started++;
      const p = inlineTrainer.start(job);
      return { collect: () => (collected++, p.collect()) };
    },
  };
  const env = { trainer: counting, models: { load: () => { throw new Error('no models'); } } };
  const first = iforestFactory.create(options, FIELDS, '', env);
  for (let i = 0; i < 160; i++) first.step(samples[i]!); // a retraining started at 150 is in flight until 175
  const before = collected;
  const bytes = stateBytes(first);
  assert.equal(collected, before, 'saving collected no forest');
  assert.ok(bytes.length < 200 * 3 * 8 + 200, `${bytes.length} bytes: rows, not trees`);
  const second = restored(iforestFactory, bytes, options, FIELDS, env);
  const startedBefore = started;
  second.settle?.();
  assert.equal(started, startedBefore, 'the restore started the trainings; settle() collects them');
  assert.deepEqual(samples.slice(160).map((s) => second.step(s)), expected.slice(160));
});
