// Grows retrained forests on a worker thread, so the thread that answers
// Kapacitor spends its time on points. Replies are read only with
// receiveMessageOnPort, never through the event loop: a detector collects its
// forest at a fixed point of the stream, synchronously, and waits on a shared
// counter (Atomics.wait) if the forest is not there yet. If the thread dies
// or stalls, the trainer says so once and trains inline from then on; the
// forests are the same either way (training is a pure function of the job),
// which also lets this thread train a forest itself while the worker is still
// starting up.
import { Worker, MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Forest } from '../handlers/detectors/iforest/forest.ts';
import { inlineTrainer, trainJob } from '../handlers/detectors/iforest/trainer.ts';
import type { ForestTrainer, PendingForest, TrainingJob } from '../handlers/detectors/iforest/trainer.ts';
import type { Logger } from '../log.ts';
import { PROJECT_ROOT, RUNS_BUILT } from '../project_root.ts';

export interface TrainWorkerData {
  port: MessagePort;
  /** [0]: replies posted so far; [1]: 1 once the thread has warmed up. */
  signal: Int32Array;
}

export interface TrainRequest {
  id: number;
  job: TrainingJob;
}

export type TrainReply = { id: number; forest: Forest } | { id: number; error: string };

export interface WorkerTrainerOptions {
  logger?: Logger;
  /** Longest wait for one forest before training it inline instead. */
  stallMs?: number;
}

// From the sources the thread registers tsx first; the built package has the thread's own bundle.
const WORKER_URL = pathToFileURL(resolve(PROJECT_ROOT, RUNS_BUILT ? 'dist/udf/training/train_worker.js' : 'udf/training/train_worker_boot.mjs'));

export class WorkerTrainer implements ForestTrainer {
  private worker: Worker | null = null;
  private port: MessagePort | null = null;
  private readonly signal = new Int32Array(new SharedArrayBuffer(8));
  private readonly replies = new Map<number, TrainReply>();
  /** Jobs trained here because the thread was not warm yet: their replies are dropped. */
  private readonly abandoned = new Set<number>();
  private nextId = 0;
  private fromThread = 0;
  private failed = false;
  private readonly logger: Logger | undefined;
  private readonly stallMs: number;

  constructor(options: WorkerTrainerOptions = {}) {
    this.logger = options.logger;
    this.stallMs = options.stallMs ?? 2_000; // a forest takes milliseconds; Kapacitor gives up on a UDF after 10 s of silence
  }

  start(job: TrainingJob): PendingForest {
    if (this.failed) return inlineTrainer.start(job);
    const port = this.ensureWorker();
    let forest: Forest | null = null;
    const id = this.nextId++;
    port.postMessage({ id, job } satisfies TrainRequest); // a copy: the job stays here for the inline fallback
    let polledSince = 0;
    return {
      collect: () => (forest ??= this.collect(id, job)),
      poll: (waitMs) => {
        if (forest || this.arrived(id, waitMs)) return true;
        // A thread that does not answer within stallMs is collect()'s to give up on.
        polledSince ||= performance.now();
        return performance.now() - polledSince > this.stallMs;
      },
    };
  }

  /** Whether the reply to job `id` is in (or the thread is gone), waiting up to waitMs for it. */
  private arrived(id: number, waitMs: number): boolean {
    const seen = Atomics.load(this.signal, 0);
    this.receive();
    if (this.replies.has(id) || this.failed || !this.worker || this.worker.threadId === -1) return true;
    Atomics.wait(this.signal, 0, seen, waitMs);
    this.receive();
    return this.replies.has(id);
  }

  /** Takes the replies the thread has posted. */
  private receive(): void {
    for (let m = this.port && receiveMessageOnPort(this.port); m; m = this.port && receiveMessageOnPort(this.port)) {
      const reply = m.message as TrainReply;
      if (!this.abandoned.delete(reply.id)) this.replies.set(reply.id, reply);
    }
  }

  /** Whether the thread has started and warmed up (until then collect() trains inline). */
  get threadReady(): boolean {
    return Atomics.load(this.signal, 1) === 1;
  }

  /** Forests collected from the thread so far. */
  get trainedByThread(): number {
    return this.fromThread;
  }

  prepare(): void {
    if (!this.failed) this.ensureWorker();
  }

  /** Stops the thread; later trainings run inline. */
  async close(): Promise<void> {
    this.failed = true;
    const worker = this.worker;
    this.worker = null;
    this.port?.close();
    this.port = null;
    if (worker) await worker.terminate();
  }

  private ensureWorker(): MessagePort {
    if (this.port) return this.port;
    const { port1, port2 } = new MessageChannel();
    const data: TrainWorkerData = { port: port2, signal: this.signal };
    const worker = new Worker(WORKER_URL, { workerData: data, transferList: [port2] });
    // The thread must not keep the process alive, and its failure must not crash it.
    worker.unref();
    port1.unref();
    worker.on('error', (err) => this.fail(`training thread failed: ${err.message}`));
    this.worker = worker;
    this.port = port1;
    return port1;
  }

  private collect(id: number, job: TrainingJob): Forest {
    const deadline = performance.now() + this.stallMs;
    for (;;) {
      const seen = Atomics.load(this.signal, 0);
      this.receive();
      const reply = this.replies.get(id);
      if (reply) {
        this.replies.delete(id);
        if ('error' in reply) throw new Error(reply.error);
        if (this.fromThread++ === 0) this.logger?.info('iforest: forests now come from the training thread');
        return reply.forest;
      }
      // threadId turns −1 as soon as the thread has stopped, before any 'exit' event could run.
      if (this.failed || !this.worker || this.worker.threadId === -1) {
        this.fail('training thread is gone');
        return trainJob(job);
      }
      // While the thread starts and warms up (a few hundred ms), this thread is faster itself.
      if (Atomics.load(this.signal, 1) === 0) {
        this.abandoned.add(id);
        return trainJob(job);
      }
      const left = deadline - performance.now();
      if (left <= 0) {
        this.fail(`no forest from the training thread in ${this.stallMs} ms`);
        return trainJob(job);
      }
      Atomics.wait(this.signal, 0, seen, Math.min(left, 100));
    }
  }

  private fail(reason: string): void {
    if (!this.failed) this.logger?.error({ reason }, 'iforest: training inline from now on');
    this.failed = true;
  }
}
