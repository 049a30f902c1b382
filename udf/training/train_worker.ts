// The training thread: grows the forests WorkerTrainer sends it, one at a
// time, and posts each back with its arrays transferred (not copied). After
// each reply it bumps a shared counter so a main thread blocked in
// WorkerTrainer.collect() wakes up; a second slot says it has warmed up.
import { setPriority } from 'node:os';
import { workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { trainForest } from '../handlers/detectors/iforest/forest.ts';
import type { Forest } from '../handlers/detectors/iforest/forest.ts';
import { trainJob } from '../handlers/detectors/iforest/trainer.ts';
import type { TrainingJob } from '../handlers/detectors/iforest/trainer.ts';
import type { TrainReply, TrainRequest, TrainWorkerData } from './worker_trainer.ts';
import { errorMessage } from '../errors.ts';

const TRAINING_NICE = 10;

const { port, signal } = workerData as TrainWorkerData;

// Training is background work: below the thread that answers Kapacitor. On Linux a thread's nice value
// is its own, so this lowers only this thread; where that is refused, it runs at normal priority.
try {
  setPriority(TRAINING_NICE);
} catch {
  // not permitted here: no change
}

function buffersOf(forest: Forest): ArrayBuffer[] {
  const arrays: ArrayBufferView[] = [forest.roots, forest.feature, forest.value, forest.right, forest.cTable];
  if (forest.heap) arrays.push(forest.heap.feature, forest.heap.threshold, forest.heap.leaf, forest.heap.pathTable);
  if (forest.blocks) arrays.push(forest.blocks.threshold, forest.blocks.leaf, forest.blocks.pathTable); // featureBits shares threshold's buffer
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

// Warm up: the first trainings run before the JIT has compiled trainForest and take ~10x longer;
// do them on a small synthetic window while the detectors are still in their warm-up.
{
  const rows = 512;
  const data = new Float64Array(rows * 3);
  for (let i = 0; i < data.length; i++) data[i] = Math.sin(i * 0.7) * (i % 17);
  for (let seed = 0; seed < 8; seed++) trainForest(data, rows, 3, { trees: 50, sampleSize: 256, seed });
  Atomics.store(signal, 1, 1);
}

(port as MessagePort).on('message', (request: TrainRequest) => {
  const job: TrainingJob = request.job;
  let reply: TrainReply;
  let transfer: ArrayBuffer[] = [];
  try {
    const forest = trainJob(job);
    reply = { id: request.id, forest };
    transfer = buffersOf(forest);
  } catch (err) {
    reply = { id: request.id, error: errorMessage(err) };
  }
  port.postMessage(reply, transfer);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});
