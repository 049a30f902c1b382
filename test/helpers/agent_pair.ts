// Test helper: an Agent in this process, bound to a stream pair exactly as
// the UDF binds it to stdin/stdout (serveStream), with the handler the
// command line would build. Speaks the protocol like UdfProcess, without a
// process start; its log lines are kept in `stderr`.
import { PassThrough } from 'node:stream';
import { agent as pb } from '../../udf/agent/proto/udf.js';
import { FrameDecoder } from '../../udf/agent/framing.ts';
import { serveStream } from '../../udf/agent/serve_stream.ts';
import type { Edge, HandlerFactory } from '../../udf/agent/handler.ts';
import { createAdsHandler } from '../../udf/handlers/ads.ts';
import { createPassthroughHandler } from '../../udf/handlers/passthrough.ts';
import { createLogger } from '../../udf/log.ts';
import { encodeRequests } from './udf_process.ts';

export interface AgentPairOptions {
  edge?: Edge;
  handler?: 'ads' | 'passthrough';
  maxFrameSize?: number;
  /** Log level of the agent and handler (default 'warn', as the process tests run). */
  logLevel?: 'warn' | 'info';
}

export class AgentPair {
  readonly responses: pb.Response[] = [];
  stderr = '';
  /** The exit code the process would have. */
  readonly exited: Promise<number>;
  private readonly input = new PassThrough();
  private readonly output = new PassThrough();
  private readonly decoder = new FrameDecoder(64 * 1024 * 1024);
  private waiters: { pred: (r: pb.Response[]) => boolean; resolve: () => void }[] = [];

  constructor(options: AgentPairOptions = {}) {
    const edge = options.edge ?? 'stream';
    const logger = createLogger(options.logLevel ?? 'warn', { edge }, { write: (line) => (this.stderr += line) });
    const factory: HandlerFactory = options.handler === 'passthrough' ? () => createPassthroughHandler(edge) : () => createAdsHandler({ edge, logger });
    this.output.on('data', (chunk: Buffer) => {
      this.decoder.push(chunk, (body) => this.responses.push(pb.Response.decode(body)));
      this.check();
    });
    const served = serveStream(this.input, this.output, factory, { logger, maxFrameSize: options.maxFrameSize });
    this.exited = served.done.then((exit) => exit.code);
  }

  send(...requests: pb.IRequest[]): void {
    this.input.write(encodeRequests(requests));
  }

  sendRaw(bytes: Uint8Array): void {
    this.input.write(bytes);
  }

  end(): void {
    this.input.end();
  }

  /** Resolves when the predicate holds over all responses so far (rejects after timeoutMs). */
  waitFor(pred: (r: pb.Response[]) => boolean, timeoutMs = 10_000): Promise<void> {
    if (pred(this.responses)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out; ${this.responses.length} responses; log: ${this.stderr.slice(-2000)}`)), timeoutMs);
      this.waiters.push({ pred, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  async waitForCount(kind: string, n: number, timeoutMs?: number): Promise<pb.Response[]> {
    await this.waitFor((rs) => rs.filter((r) => r.message === kind).length >= n, timeoutMs);
    return this.responses.filter((r) => r.message === kind);
  }

  /** Asserts the output ended on a frame boundary. */
  finishOutput(): void {
    this.decoder.finish();
  }

  private check(): void {
    this.waiters = this.waiters.filter((w) => {
      if (!w.pred(this.responses)) return true;
      w.resolve();
      return false;
    });
  }
}
