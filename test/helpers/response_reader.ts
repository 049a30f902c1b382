// Test helper: reads a UDF's output frames as they come and lets a test wait
// until the responses so far say what it needs (UdfProcess, AgentPair).
import { agent as pb } from '../../udf/agent/proto/udf.js';
import { FrameDecoder } from '../../udf/agent/framing.ts';

export class ResponseReader {
  readonly responses: pb.Response[] = [];
  /** The body of every response frame, as it came (responses[i] decoded from frames[i]). */
  readonly frames: Uint8Array[] = [];
  private readonly decoder = new FrameDecoder(1 << 30);
  private waiters: { pred: (r: pb.Response[]) => boolean; resolve: () => void }[] = [];

  /** The other side's log so far, for timeout messages. */
  protected logTail(): string {
    return '';
  }

  /** Decodes a chunk of output; throws (and fails the test) on anything but well-formed frames. */
  protected read(chunk: Uint8Array): void {
    this.decoder.push(chunk, (body) => {
      this.frames.push(body.slice());
      this.responses.push(pb.Response.decode(body));
    });
    this.waiters = this.waiters.filter((w) => {
      if (!w.pred(this.responses)) return true;
      w.resolve();
      return false;
    });
  }

  /** Resolves when the predicate holds over all responses so far (rejects after timeoutMs). */
  waitFor(pred: (r: pb.Response[]) => boolean, timeoutMs = 10_000): Promise<void> {
    if (pred(this.responses)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out; ${this.responses.length} responses; log: ${this.logTail()}`)), timeoutMs);
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
}
