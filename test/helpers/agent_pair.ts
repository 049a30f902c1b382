// Test helper: an Agent in this process, bound to a stream pair exactly as
// the UDF binds it to stdin/stdout (serveStream), with the handler the
// command line would build. Speaks the protocol like UdfProcess, without a
// process start; its log lines are kept in `stderr`.
import { PassThrough } from 'node:stream';
import type { agent as pb } from '../../udf/agent/proto/udf.js';
import { serveStream } from '../../udf/agent/serve_stream.ts';
import type { Edge, HandlerFactory } from '../../udf/agent/handler.ts';
import { createAdsHandler } from '../../udf/handlers/ads.ts';
import { createPassthroughHandler } from '../../udf/handlers/passthrough.ts';
import { createLogger } from '../../udf/log.ts';
import { encodeRequests } from './udf_process.ts';
import { ResponseReader } from './response_reader.ts';

export interface AgentPairOptions {
  edge?: Edge;
  handler?: 'ads' | 'passthrough';
  maxFrameSize?: number;
  /** Log level of the agent and handler (default 'warn', as the process tests run). */
  logLevel?: 'warn' | 'info';
}

export class AgentPair extends ResponseReader {
  stderr = '';
  /** The exit code the process would have. */
  readonly exited: Promise<number>;
  private readonly input = new PassThrough();
  private readonly output = new PassThrough();

  constructor(options: AgentPairOptions = {}) {
    super();
    const edge = options.edge ?? 'stream';
    const logger = createLogger(options.logLevel ?? 'warn', { edge }, { write: (line) => (this.stderr += line) });
    const factory: HandlerFactory = options.handler === 'passthrough' ? () => createPassthroughHandler(edge) : () => createAdsHandler({ edge, logger });
    this.output.on('data', (chunk: Buffer) => this.read(chunk));
    const served = serveStream(this.input, this.output, factory, { logger, maxFrameSize: options.maxFrameSize });
    this.exited = served.done.then((exit) => exit.code);
  }

  protected override logTail(): string {
    return this.stderr.slice(-2000);
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
}
