// The training thread: the same forests as training inline, collected in any
// order, and inline training once the thread is gone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trainForest } from '../udf/handlers/detectors/iforest/forest.ts';
import type { TrainingJob } from '../udf/handlers/detectors/iforest/trainer.ts';
import { createRng } from '../udf/handlers/detectors/iforest/prng.ts';
import { WorkerTrainer } from '../udf/training/worker_trainer.ts';

function job(seed: number, rows = 600): TrainingJob {
  const rng = createRng(seed);
  const data = new Float64Array(rows * 3);
  for (let i = 0; i < data.length; i++) data[i] = rng.next() * 10 + (i % 3);
  return { data, rows, nFeatures: 3, options: { trees: 20, sampleSize: 128, seed } };
}

test('the worker grows the forests inline training grows, collected in any order', async (t) => {
  const trainer = new WorkerTrainer();
  t.after(() => trainer.close());
  trainer.prepare();
  // Wait until the thread has warmed up, so the forests below really come from it.
  const started = performance.now();
  while (performance.now() - started < 20_000) {
    const probe = trainer.start(job(99, 50));
    probe.collect();
    if (trainer.threadReady) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.ok(trainer.threadReady, 'the training thread warmed up');
  const jobs = [1, 2, 3, 4, 5].map((s) => job(s));
  const pending = jobs.map((j) => trainer.start(j));
  for (const k of [3, 0, 4, 1, 2]) {
    const j = jobs[k]!;
    assert.deepEqual(pending[k]!.collect(), trainForest(j.data, j.rows, j.nFeatures, j.options), `job ${k}`);
  }
  assert.equal(trainer.trainedByThread >= 5, true, `${trainer.trainedByThread} forests from the thread`);
});

test('after the thread is gone, trainings run inline with the same result', async () => {
  const trainer = new WorkerTrainer();
  trainer.prepare();
  await trainer.close();
  const j = job(7);
  assert.deepEqual(trainer.start(j).collect(), trainForest(j.data, j.rows, j.nFeatures, j.options));
});
