// Queues encoded response frames and hands them to the transport as one
// write per flush: the agent flushes once per input chunk, so a burst of
// small responses costs one syscall instead of one per frame. Points take the
// hand-written encoder (point_encoder.ts); the rarer responses the generated one.
import { agent } from './proto/udf.js';
import type { AddedFields, Response, SnapshotBytes } from './handler.ts';
import { FrameBuffer } from './frame_buffer.ts';
import { PointEncoder } from './point_encoder.ts';
import { uvarintSize } from './framing.ts';

/** The transport side: returns false when the consumer wants the producer to pause (Node's write()). */
export interface FrameSink {
  write(data: Uint8Array): boolean;
}

const RESPONSE_KINDS = ['info', 'init', 'keepalive', 'snapshot', 'restore', 'error', 'begin', 'point', 'end'] as const;

/** Snapshots up to this size are copied into one frame; larger ones go out as their own pieces. */
export const SNAPSHOT_COPY_LIMIT = 1024 * 1024;
/** Response.snapshot (field 4) and SnapshotResponse.snapshot (field 1), both length-delimited. */
const RESPONSE_SNAPSHOT_TAG = (4 << 3) | 2;
const SNAPSHOT_BYTES_TAG = (1 << 3) | 2;

export class ResponseWriter {
  private readonly out = new FrameBuffer();
  private readonly points = new PointEncoder();
  private queued = 0;
  private inBatch = false;
  /** The sink asked to pause since the last flush. */
  private backedUp = false;
  /** A snapshot's bytes are going out (streamed by the agent): other frames wait in the queue. */
  private holding = false;
  private readonly sink: FrameSink;

  constructor(sink: FrameSink) {
    this.sink = sink;
  }

  /** Frames waiting for the next flush. */
  get pending(): number {
    return this.queued;
  }

  /**
   * Validates and queues one response. Kapacitor crashes on a Response with no
   * message and on an EndBatch without its BeginBatch, so both are refused here.
   */
  send(response: Response): void {
    const kind = messageKind(response);
    if (kind === 'begin') {
      if (this.inBatch) throw new Error('BeginBatch sent while a batch is already open');
      this.inBatch = true;
    } else if (kind === 'end') {
      if (!this.inBatch) throw new Error('EndBatch sent without a BeginBatch');
      this.inBatch = false;
    }
    if (kind === 'point') this.points.encodeFrame(response.point!, this.out);
    else this.out.bytes(agent.Response.encodeDelimited(response).finish());
    this.queued++;
  }

  /** Queues an input point, given as its encoded bytes, with fields added (see Emitter.passOn). */
  passOn(input: Uint8Array, added: AddedFields | null): void {
    this.points.encodeExtendedFrame(input, added, this.out);
    this.queued++;
  }

  /**
   * Queues a SnapshotResponse carrying `pieces` concatenated, when it is small (returns true). A
   * large one is streamed (startSnapshot, writeSnapshotBytes, endSnapshot): this returns false.
   */
  sendSnapshot(pieces: SnapshotBytes): boolean {
    let n = 0;
    for (const p of pieces) n += p.length;
    if (n > SNAPSHOT_COPY_LIMIT) return false;
    const bytes = new Uint8Array(n);
    let at = 0;
    for (const p of pieces) {
      bytes.set(p, at);
      at += p.length;
    }
    this.send({ snapshot: { snapshot: bytes } });
    return true;
  }

  /**
   * Writes what is queued and the start of a SnapshotResponse of `n` bytes; until endSnapshot()
   * its bytes go out through writeSnapshotBytes() and every other frame waits in the queue.
   */
  startSnapshot(n: number): void {
    const inner = 1 + uvarintSize(n) + n;
    const body = 1 + uvarintSize(inner) + inner;
    const out = this.out;
    out.ensure(32);
    out.long(body);
    out.buf[out.pos++] = RESPONSE_SNAPSHOT_TAG;
    out.long(inner);
    out.buf[out.pos++] = SNAPSHOT_BYTES_TAG;
    out.long(n);
    this.queued++;
    this.flush();
    this.holding = true;
  }

  /** Part of the snapshot started by startSnapshot(); returns the sink's answer (false: wait for drain). */
  writeSnapshotBytes(bytes: Uint8Array): boolean {
    return this.sink.write(bytes);
  }

  /** The snapshot's bytes are all out: frames queued meanwhile go next. */
  endSnapshot(): void {
    this.holding = false;
  }

  /** Writes all queued frames as one buffer. Returns false when the sink asked to pause since the last flush (wait for drain). */
  flush(): boolean {
    if (this.queued > 0 && !this.holding) {
      this.queued = 0;
      this.emit(this.out.take());
    }
    const ok = !this.backedUp;
    this.backedUp = false;
    return ok;
  }

  private emit(bytes: Uint8Array): void {
    if (!this.sink.write(bytes)) this.backedUp = true;
  }
}

/** The one message set on a response; throws when none or several are set. */
export function messageKind(response: Response): (typeof RESPONSE_KINDS)[number] {
  let found: (typeof RESPONSE_KINDS)[number] | undefined;
  for (const kind of RESPONSE_KINDS) {
    if (response[kind] != null) {
      if (found) throw new Error(`Response has both ${found} and ${kind} set`);
      found = kind;
    }
  }
  if (!found) throw new Error('Response has no message set');
  return found;
}
