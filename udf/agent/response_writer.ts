// Queues encoded response frames and hands them to the transport as one
// write per flush: the agent flushes once per input chunk, so a burst of
// small responses costs one syscall instead of one per frame. Points take the
// hand-written encoder (point_encoder.ts); the rarer responses the generated one.
import { agent } from './proto/udf.js';
import type { AddedFields, Response } from './handler.ts';
import { FrameBuffer } from './frame_buffer.ts';
import { PointEncoder } from './point_encoder.ts';

/** The transport side: returns false when the consumer wants the producer to pause (Node's write()). */
export interface FrameSink {
  write(data: Uint8Array): boolean;
}

const RESPONSE_KINDS = ['info', 'init', 'keepalive', 'snapshot', 'restore', 'error', 'begin', 'point', 'end'] as const;

export class ResponseWriter {
  private readonly out = new FrameBuffer();
  private readonly points = new PointEncoder();
  private queued = 0;
  private inBatch = false;
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

  /** Writes all queued frames as one buffer. Returns the sink's answer (false: wait for drain). */
  flush(): boolean {
    if (this.queued === 0) return true;
    this.queued = 0;
    return this.sink.write(this.out.take());
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
