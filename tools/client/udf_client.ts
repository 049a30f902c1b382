// A client for the real UDF process, playing Kapacitor's part: it spawns
// `node --import tsx udf/main.ts [args]`, writes length-prefixed Requests on
// the child's stdin (honouring backpressure), decodes the Responses on its
// stdout with the agent's FrameDecoder, hands data responses (points, batch
// brackets) to a callback and turns every failure into a UdfError.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import Long from 'long';
import { agent as pb } from '../../udf/agent/proto/udf.js';
import { DEFAULT_MAX_FRAME_SIZE, FrameDecoder } from '../../udf/agent/framing.ts';
import { DEFAULT_CHUNK_BYTES, RequestWriter } from './request_writer.ts';
import { errorMessage, UdfError, type UdfFailure } from '../../udf/errors.ts';
import { spawnUdf } from './udf_process.ts';

const STDERR_TAIL = 16 * 1024;
/** Response.snapshot: field 4, length-delimited. */
const RESPONSE_SNAPSHOT_TAG = (4 << 3) | 2;
const MAX_SNAPSHOT_BYTES = 2 ** 40;

export interface UdfClientOptions {
  /** Arguments after udf/main.ts, e.g. ['--batch']. */
  args?: readonly string[];
  /** ADS_LOG_LEVEL of the child (default 'warn'). */
  logLevel?: string;
  env?: NodeJS.ProcessEnv;
  /** Largest response frame accepted (default: the agent's default). */
  maxFrameSize?: number;
  /** Requests are written in chunks of about this many bytes (default 64 KiB). */
  chunkBytes?: number;
  /** Every point, begin and end response, in order. */
  onData?: (response: pb.Response) => void;
  /**
   * When given, point responses are not decoded: each frame body goes here instead (a view, valid
   * during the call), so a driver of millions of points takes little CPU from the UDF it measures.
   */
  onPointFrame?: (body: Uint8Array) => void;
  /** Each chunk the child writes to stderr (its log); by default only kept for error messages. */
  onStderr?: (text: string) => void;
}

type AnswerKind = 'info' | 'init' | 'snapshot' | 'restore';

interface Waiter<T> {
  resolve: (value: T) => void;
  reject: (err: Error) => void;
}

export class UdfClient {
  readonly child: ChildProcessWithoutNullStreams;
  /** Data responses (points, begin, end) received so far. */
  dataResponses = 0;
  private readonly writer: RequestWriter;
  private readonly decoder: FrameDecoder;
  private readonly onData: (response: pb.Response) => void;
  private readonly onPointFrame: ((body: Uint8Array) => void) | undefined;
  private readonly answers = new Map<AnswerKind, Waiter<pb.Response>[]>();
  private readonly keepalives = new Map<string, Waiter<void>>();
  private keepaliveSeq = 0n;
  private stderrTail = '';
  private failure: UdfError | null = null;
  private closing = false;
  readonly exited: Promise<number | null>;

  constructor(options: UdfClientOptions = {}) {
    this.onData = options.onData ?? (() => {});
    this.onPointFrame = options.onPointFrame;
    // A SnapshotResponse may be far larger than any other frame: it is collected in pieces, as the UDF reads restores.
    this.decoder = new FrameDecoder(options.maxFrameSize ?? DEFAULT_MAX_FRAME_SIZE, { firstByte: RESPONSE_SNAPSHOT_TAG, limit: MAX_SNAPSHOT_BYTES });
    this.child = spawnUdf({ args: options.args, logLevel: options.logLevel, env: options.env });
    this.writer = new RequestWriter(this.child.stdin, options.chunkBytes ?? DEFAULT_CHUNK_BYTES);
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (text: string) => {
      this.stderrTail = (this.stderrTail + text).slice(-STDERR_TAIL);
      options.onStderr?.(text);
    });
    // EPIPE when the child is gone: the exit handler reports why.
    this.child.stdin.on('error', (err) => this.fail('io', `writing to the UDF failed: ${err.message}`));
    this.exited = new Promise((resolve) => {
      // 'close', not 'exit': stdout's last frames and stderr's last lines have been read by then.
      this.child.once('close', (code, signal) => {
        if (!this.closing || code !== 0) {
          this.fail('exited', `UDF process exited (${signal ?? `code ${code}`})${this.closing ? '' : ' while the conversation was open'}`);
        }
        this.failure?.withStderr(this.stderrTail);
        resolve(code);
      });
      this.child.once('error', (err) => {
        this.fail('io', `cannot start the UDF process: ${err.message}`);
        resolve(null);
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** The tail of what the process logged on stderr. */
  get stderr(): string {
    return this.stderrTail;
  }

  /** Bytes of requests written to the process so far. */
  get bytesSent(): number {
    return this.writer.bytesWritten;
  }

  /** Times the client waited for the process to drain its stdin. */
  get drainWaits(): number {
    return this.writer.drainWaits;
  }

  async info(): Promise<pb.IInfoResponse> {
    return (await this.ask('info', { info: {} })).info!;
  }

  /** Sends the InitRequest and resolves with its answer; a refusal (success=false) rejects with the UDF's message. */
  async init(init: pb.IInitRequest): Promise<pb.IInitResponse> {
    const answer = (await this.ask('init', { init })).init!;
    if (!answer.success) {
      this.fail('init-failed', `the UDF refused its options: ${answer.error}`);
      throw this.failure!;
    }
    return answer;
  }

  async snapshot(): Promise<Uint8Array> {
    return (await this.ask('snapshot', { snapshot: {} })).snapshot!.snapshot ?? new Uint8Array(0);
  }

  /** Restores a snapshot; `onWritten` is called once the RestoreRequest has been handed to the pipe. */
  async restore(snapshot: Uint8Array, onWritten?: () => void): Promise<pb.IRestoreResponse> {
    return (await this.ask('restore', { restore: { snapshot } }, onWritten)).restore!;
  }

  /** Writes point frames already encoded (tools/client/group_stream.ts); waits only while the pipe is full. */
  async sendFrames(bytes: Uint8Array): Promise<void> {
    this.check();
    await this.writer.sendBytes(bytes);
  }

  /** Buffers a data request (point, begin, end); waits only while the pipe is full. */
  async send(request: pb.IRequest): Promise<void> {
    this.check();
    await this.writer.send(request);
  }

  /**
   * Sends a keepalive now, as Kapacitor does on its timer (time = now in ns), and resolves with the
   * milliseconds until its echo: every response to earlier requests has been read by then.
   */
  keepalive(): Promise<number> {
    this.check();
    // Unique even when two keepalives share a millisecond.
    const time = BigInt(Date.now()) * 1_000_000n + (this.keepaliveSeq++ % 1_000_000n);
    const key = time.toString();
    const sent = performance.now();
    const echoed = new Promise<void>((resolve, reject) => this.keepalives.set(key, { resolve, reject }));
    const result = this.writer
      .send({ keepalive: { time: Long.fromString(key) } })
      .then(() => this.writer.flush())
      .then(() => echoed)
      .then(() => performance.now() - sent);
    result.catch(() => {}); // the caller may await it later; a failure must not be unhandled meanwhile
    return result;
  }

  /** Resolves once the process has answered everything sent so far. */
  async sync(): Promise<void> {
    await this.keepalive();
  }

  /**
   * Ends the conversation as Kapacitor does when a task stops: closes stdin and waits for the process to exit.
   * Rejects when the conversation failed at any point or the process exits non-zero.
   */
  async close(): Promise<void> {
    this.check();
    await this.writer.flush();
    this.closing = true;
    this.child.stdin.end();
    const code = await this.exited;
    this.check();
    try {
      this.decoder.finish();
    } catch (err) {
      throw new UdfError('protocol', `UDF output ended inside a frame: ${errorMessage(err)}`, this.stderrTail, { cause: err });
    }
    if (code !== 0) throw new UdfError('exited', `UDF process exited with code ${code}`, this.stderrTail);
  }

  /** Stops the process at once (after a failure, or when the caller gives up). */
  kill(): void {
    this.closing = true;
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }

  private async ask(kind: AnswerKind, request: pb.IRequest, onWritten?: () => void): Promise<pb.Response> {
    this.check();
    const answer = new Promise<pb.Response>((resolve, reject) => {
      const queue = this.answers.get(kind) ?? [];
      queue.push({ resolve, reject });
      this.answers.set(kind, queue);
    });
    await this.writer.send(request);
    await this.writer.flush();
    onWritten?.();
    return answer;
  }

  private receive(chunk: Buffer): void {
    if (this.failure?.failure === 'protocol') return;
    try {
      this.decoder.push(chunk, (body) => {
        // Response.point is field 17, length-delimited: tag bytes 0x8a 0x01.
        if (this.onPointFrame && body[0] === 0x8a && body[1] === 0x01) {
          this.dataResponses++;
          this.onPointFrame(body);
        } else this.dispatch(pb.Response.decode(body));
      }, (large) => {
        if (!large.pieces) throw new Error(`a snapshot of ${large.length} bytes is larger than this client reads`);
        this.dispatch(pb.Response.decode(Buffer.concat(large.pieces)));
      });
    } catch (err) {
      // Anything but well-formed frames on stdout breaks the protocol (e.g. a stray console.log).
      this.fail('protocol', `bad output from the UDF: ${errorMessage(err)}`);
      this.kill();
    }
  }

  private dispatch(r: pb.Response): void {
    switch (r.message) {
      case 'point':
      case 'begin':
      case 'end':
        this.dataResponses++;
        this.onData(r);
        return;
      case 'keepalive': {
        const key = Long.fromValue(r.keepalive!.time ?? 0).toString();
        const waiter = this.keepalives.get(key);
        if (!waiter) throw new Error(`keepalive echo ${key} answers no keepalive that was sent`);
        this.keepalives.delete(key);
        waiter.resolve();
        return;
      }
      case 'error':
        this.fail('error-response', `the UDF reported an error: ${r.error!.error}`);
        return;
      case 'info':
      case 'init':
      case 'snapshot':
      case 'restore': {
        const waiter = this.answers.get(r.message)?.shift();
        if (!waiter) throw new Error(`unexpected ${r.message} response`);
        waiter.resolve(r);
        return;
      }
      default:
        throw new Error('response with no known message set');
    }
  }

  private fail(failure: UdfFailure, message: string): void {
    if (this.failure) return;
    const err = new UdfError(failure, message, this.stderrTail);
    this.failure = err;
    this.writer.fail(err);
    for (const queue of this.answers.values()) for (const w of queue.splice(0)) w.reject(err);
    for (const w of this.keepalives.values()) w.reject(err);
    this.keepalives.clear();
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}
