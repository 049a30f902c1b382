// Encodes Requests as length-prefixed frames into chunks of about `chunkBytes`
// and writes each chunk to a Writable, waiting for 'drain' when the pipe is
// full: Kapacitor's side of the framing, with backpressure honoured.
import type { Writable } from 'node:stream';
import protobuf from 'protobufjs/minimal.js';
import { agent as pb } from '../../udf/agent/proto/udf.js';

export const DEFAULT_CHUNK_BYTES = 64 * 1024;

export class RequestWriter {
  private writer = protobuf.Writer.create();
  private readonly out: Writable;
  private readonly chunkBytes: number;
  private drainWait: Promise<void> | null = null;
  private failure: Error | null = null;
  private readonly failed: Set<(err: Error) => void> = new Set();
  bytesWritten = 0;
  /** Times a write found the pipe full and waited for 'drain'. */
  drainWaits = 0;

  constructor(out: Writable, chunkBytes: number = DEFAULT_CHUNK_BYTES) {
    this.out = out;
    this.chunkBytes = chunkBytes;
  }

  /** Buffers one request; writes the chunk once it is full and waits while the pipe is full. */
  async send(request: pb.IRequest): Promise<void> {
    this.check();
    pb.Request.encodeDelimited(request, this.writer);
    if (this.writer.len >= this.chunkBytes) await this.flush();
  }

  /** Writes frames already encoded (points from a GroupStream), after what is buffered; waits while the pipe is full. */
  async sendBytes(bytes: Uint8Array): Promise<void> {
    await this.flush();
    this.bytesWritten += bytes.length;
    if (!this.out.write(bytes)) await new Promise<void>((resolve) => this.out.once('drain', resolve));
  }

  /** Writes what is buffered now (a request the peer must answer before more comes cannot wait in the buffer). */
  async flush(): Promise<void> {
    this.check();
    if (this.writer.len > 0) {
      const bytes = this.writer.finish();
      this.writer = protobuf.Writer.create();
      this.bytesWritten += bytes.length;
      if (!this.out.write(bytes) && !this.drainWait) {
        this.drainWaits++;
        this.drainWait = new Promise<void>((resolve, reject) => {
          const onDrain = (): void => {
            this.failed.delete(onFail);
            this.drainWait = null;
            resolve();
          };
          const onFail = (err: Error): void => {
            this.out.off('drain', onDrain);
            this.drainWait = null;
            reject(err);
          };
          this.out.once('drain', onDrain);
          this.failed.add(onFail);
        });
      }
    }
    if (this.drainWait) await this.drainWait;
  }

  /** Stops every wait for 'drain' with `err` (the process died or the pipe broke). */
  fail(err: Error): void {
    if (this.failure) return;
    this.failure = err;
    for (const f of this.failed) f(err);
    this.failed.clear();
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}
