// One UDF conversation, independent of its transport: bytes in through
// receive(), frames out through a Connection. The agent answers keepalives
// itself, routes everything else to the handler, passes points on as the
// handler says, and turns every failure into a response Kapacitor
// understands instead of a crash.
//
// Snapshots and restores are the handler's work in steps (Handler.snapshot,
// Handler.restore). While one is under way the agent runs its steps in slices
// of `sliceMs` and keeps reading input in between: keepalives are answered at
// once, every other request is held, in order, and handed over once the work
// is done. Held requests are bounded (`maxHeldBytes`): beyond that the agent
// stops reading input until they are processed, so memory stays bounded.
import Long from 'long';
import { RequestDecoder, type DecodedRequest } from './request_decoder.ts';
import { DEFAULT_MAX_FRAME_SIZE, FrameDecoder, readUvarint, type LargeFrame } from './framing.ts';
import { ResponseWriter, type FrameSink } from './response_writer.ts';
import { DROP, PASS, type BeginBatch, type Handler, type HandlerFactory, type Point, type RestoreResponse, type SnapshotBytes, type Steps } from './handler.ts';
import { withAddedFields } from './added_fields.ts';
import { NO_STATS, type ConversationStats } from './conversation_stats.ts';
import { errorMessage, ProtocolError } from '../errors.ts';
import type { Logger } from '../log.ts';

export interface AgentOptions {
  maxFrameSize?: number;
  /**
   * Largest RestoreRequest frame read (default: maxFrameSize). A restore carries the UDF's own
   * snapshot, which may be far larger than any other message; a longer one is refused with a reason.
   */
  maxRestoreSize?: number;
  /** Longest stretch of snapshot or restore work before input is read again (default 10 ms). */
  sliceMs?: number;
  /** Bytes of requests held during a snapshot or restore before input is paused (default 64 MiB). */
  maxHeldBytes?: number;
  logger: Logger;
  /** Where the conversation's counters go (the process's stats line); none by default. */
  stats?: ConversationStats;
}

/** A keepalive stamped further back than this was not stamped with this host's clock: its delay is timed from arrival. */
const PLAUSIBLE_STAMP_MS = 10 * 60_000;

/** What the agent needs of its transport beyond writing; an in-process test may leave these out. */
export interface Connection extends FrameSink {
  /** Calls back once everything written so far has left the process (a snapshot's pieces may then change again). */
  afterWritten?(callback: () => void): void;
  /** Calls back once output that asked to pause (write() returned false) has drained. */
  onceDrained?(callback: () => void): void;
  pauseInput?(): void;
  resumeInput?(): void;
}

/** How a conversation ended: code 0 after a clean end of input, non-zero after an error. */
export interface AgentExit {
  code: number;
  reason: string;
}

/** Request.keepalive (field 3, length-delimited): the first byte of a KeepaliveRequest frame. */
const KEEPALIVE_TAG = (3 << 3) | 2;
/** Request.restore (field 5, length-delimited) and RestoreRequest.snapshot (field 1). */
const RESTORE_TAG = (5 << 3) | 2;
const RESTORE_BYTES_TAG = (1 << 3) | 2;
const DEFAULT_SLICE_MS = 10;
/** A large snapshot goes out in copies of this many bytes. */
const STREAM_CHUNK = 1024 * 1024;
const DEFAULT_MAX_HELD_BYTES = 64 * 1024 * 1024;

/** A request held while the handler works: a frame's bytes, a large restore's pieces, or a restore read past. */
type Held = { frame: Uint8Array } | { restore: Uint8Array[] } | { refused: number };

interface Work {
  kind: 'snapshot' | 'restore';
  steps: Steps<SnapshotBytes> | Steps<RestoreResponse>;
  /** performance.now() when it started (a snapshot's duration goes to the stats line). */
  started: number;
}

export class Agent {
  private readonly decoder: FrameDecoder;
  private readonly requests = new RequestDecoder();
  private readonly writer: ResponseWriter;
  private readonly connection: Connection;
  private readonly handler: Handler;
  private readonly log: Logger;
  private readonly onExit: (exit: AgentExit) => void;
  private readonly sliceMs: number;
  private readonly maxHeldBytes: number;
  private readonly maxRestoreSize: number;
  private readonly stats: ConversationStats;
  private readonly detachStats: () => void;
  /** When the chunk being handled arrived (performance.now()). */
  private chunkArrived = 0;
  private closed = false;
  /** Consecutive points of the current chunk, handed to Handler.points together. */
  private readonly runPoints: Point[] = [];
  private readonly runEncoded: Uint8Array[] = [];
  /** The open batch: its BeginBatch and the points passed on so far, sent when it ends (so its size is exact). */
  private batch: { begin: BeginBatch; points: Point[] } | null = null;
  /** The snapshot or restore under way. */
  private work: Work | null = null;
  /** A snapshot's pieces are being written by reference: the handler must not run until they are out. */
  private writing = false;
  private held: (Held | undefined)[] = [];
  private heldFrom = 0;
  private heldBytes = 0;
  private pumpScheduled = false;
  private inputEnded = false;
  private pausedForOutput = false;
  private pausedForHeld = false;
  private inputPaused = false;

  constructor(factory: HandlerFactory, connection: Connection, options: AgentOptions, onExit: (exit: AgentExit) => void) {
    const maxFrameSize = options.maxFrameSize ?? DEFAULT_MAX_FRAME_SIZE;
    this.maxRestoreSize = Math.max(maxFrameSize, options.maxRestoreSize ?? maxFrameSize);
    this.decoder = new FrameDecoder(maxFrameSize, { firstByte: RESTORE_TAG, limit: this.maxRestoreSize });
    this.connection = connection;
    this.writer = new ResponseWriter(connection);
    this.log = options.logger;
    this.onExit = onExit;
    this.sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
    this.maxHeldBytes = options.maxHeldBytes ?? DEFAULT_MAX_HELD_BYTES;
    this.handler = factory();
    this.stats = options.stats ?? NO_STATS;
    this.detachStats = this.stats.attach(this.handler);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Whether snapshot or restore work, or requests held behind it, are pending. */
  get isBusy(): boolean {
    return this.work !== null || this.writing || this.heldFrom < this.held.length;
  }

  /** Handles one chunk of input and flushes what it produced as one write. */
  receive(chunk: Uint8Array): void {
    if (this.closed) return;
    this.chunkArrived = performance.now();
    try {
      this.decoder.push(chunk, this.onFrame, this.onLargeFrame);
      this.flushPoints(); // the frames' views stay valid until push() returns, not beyond
    } catch (err) {
      this.failMidInput(err);
      return;
    }
    this.afterWork();
  }

  /** End of input: a clean end stops the handler and exits 0 (after held requests); a partial frame is an error. */
  endOfInput(): void {
    if (this.closed) return;
    try {
      this.decoder.finish();
    } catch (err) {
      this.fail(err);
      return;
    }
    this.inputEnded = true;
    if (!this.isBusy) this.finishInput();
  }

  /** Ends the conversation from outside (signal, transport error) without an ErrorResponse. */
  shutdown(reason: string): void {
    if (this.closed) return;
    this.batch = null;
    this.work = null;
    this.held = [];
    this.heldFrom = 0;
    try {
      this.handler.stop();
    } catch (err) {
      this.log.warn({ err }, 'handler failed to stop');
    }
    this.writer.flush();
    this.close({ code: 0, reason });
  }

  private finishInput(): void {
    try {
      this.batch = null;
      this.handler.stop();
    } catch (err) {
      this.fail(err);
      return;
    }
    this.writer.flush();
    this.close({ code: 0, reason: 'end of input' });
  }

  private readonly onFrame = (body: Uint8Array): void => {
    if (!this.isBusy) {
      this.dispatch(this.requests.decode(body));
      return;
    }
    if (body[0] === KEEPALIVE_TAG) {
      // Keepalives are the agent's own business: answered now, ahead of the held requests.
      const request = this.requests.decode(body);
      if (request.kind === 'keepalive') {
        this.answerKeepalive(request.keepalive.time);
        return;
      }
    }
    this.hold({ frame: body.slice() }, body.length);
  };

  private readonly onLargeFrame = (frame: LargeFrame): void => {
    const item: Held = frame.pieces === null ? { refused: frame.length } : { restore: restorePayload(frame) };
    if (this.isBusy) this.hold(item, frame.pieces === null ? 0 : frame.length);
    else this.dispatchHeld(item);
  };

  private hold(item: Held, bytes: number): void {
    this.held.push(item);
    this.heldBytes += bytes;
    if (this.heldBytes > this.maxHeldBytes && !this.pausedForHeld) {
      this.pausedForHeld = true;
      this.updateInput();
    }
  }

  /**
   * Hands the points gathered so far to the handler, in order, and passes each
   * on as it says: outside a batch as its input bytes plus the added fields
   * (valid until push() returns, so written now); inside one as a decoded point,
   * held until the batch ends.
   */
  private flushPoints(): void {
    const points = this.runPoints;
    if (points.length === 0) return;
    const encoded = this.runEncoded;
    this.stats.pointsIn(points.length);
    try {
      const outcomes = this.handler.points(points);
      if (outcomes.length !== points.length) throw new ProtocolError(`the handler answered ${outcomes.length} outcomes for ${points.length} points`);
      const batch = this.batch;
      let passed = 0;
      for (let i = 0; i < points.length; i++) {
        const outcome = outcomes[i]!;
        if (outcome === DROP) continue;
        const added = outcome === PASS ? null : outcome;
        if (batch) batch.points.push(withAddedFields(points[i]!, added));
        else {
          this.writer.passOn(encoded[i]!, added);
          passed++;
        }
      }
      this.stats.pointsOut(passed);
    } finally {
      points.length = 0;
      encoded.length = 0;
    }
  }

  private dispatch(request: DecodedRequest): void {
    const h = this.handler;
    if (request.kind === 'point') {
      this.runPoints.push(request.point);
      this.runEncoded.push(request.encoded);
      return;
    }
    this.flushPoints(); // every other request keeps its place after the points before it
    switch (request.kind) {
      case 'keepalive':
        this.answerKeepalive(request.keepalive.time);
        return;
      case 'info':
        this.writer.send({ info: h.info() });
        return;
      case 'init':
        this.writer.send({ init: this.guarded('init', () => h.init(request.init)) });
        return;
      case 'snapshot':
        this.start({ kind: 'snapshot', steps: h.snapshot(), started: performance.now() });
        return;
      case 'restore':
        // The decoded bytes are a view into the input buffer; the handler gets its own copy.
        this.startRestore([Uint8Array.prototype.slice.call(request.restore.snapshot ?? new Uint8Array(0))]);
        return;
      case 'begin':
        if (this.batch) throw new ProtocolError('BeginBatch received while a batch is open');
        h.beginBatch(request.begin);
        this.batch = { begin: request.begin, points: [] };
        return;
      case 'end': {
        h.endBatch(request.end);
        const batch = this.batch;
        if (!batch) {
          this.log.warn('EndBatch without BeginBatch ignored');
          return;
        }
        this.batch = null;
        this.writer.send({ begin: { ...batch.begin, size: Long.fromNumber(batch.points.length) } });
        for (const point of batch.points) this.writer.send({ point });
        this.writer.send({ end: request.end });
        this.stats.pointsOut(batch.points.length);
        return;
      }
      default:
        // A message from a newer protocol revision: nothing to answer, nothing lost.
        this.log.warn('ignoring a request with no known message set');
    }
  }

  private dispatchHeld(item: Held): void {
    if ('frame' in item) this.dispatch(this.requests.decode(item.frame));
    else if ('restore' in item) {
      this.flushPoints();
      this.startRestore(item.restore);
    } else {
      this.flushPoints();
      const error = `the snapshot to restore is ${item.refused} bytes, more than the ${this.maxRestoreSize} bytes this UDF reads in a restore (twice its --memory-budget, at least its --max-frame-size); it was not read and the state is unchanged`;
      this.log.warn({ bytes: item.refused }, error);
      this.writer.send({ restore: { success: false, error } });
    }
  }

  private startRestore(pieces: Uint8Array[]): void {
    let steps: Steps<RestoreResponse>;
    try {
      steps = this.handler.restore(pieces);
    } catch (err) {
      this.writer.send({ restore: this.refusal(err) });
      return;
    }
    this.start({ kind: 'restore', steps, started: performance.now() });
  }

  /** Starts handler work and runs its first slice at once: small work is done before the next request. */
  private start(work: Work): void {
    this.work = work;
    this.runWork(performance.now() + this.sliceMs);
  }

  /** Runs work steps until the work is done (true) or the deadline passes (false). */
  private runWork(deadline: number): boolean {
    const work = this.work!;
    for (;;) {
      let step: IteratorResult<unknown, SnapshotBytes | RestoreResponse>;
      if (work.kind === 'restore') {
        try {
          step = work.steps.next();
        } catch (err) {
          this.work = null;
          this.writer.send({ restore: this.refusal(err) });
          return true;
        }
      } else {
        step = work.steps.next(); // a snapshot that fails is the conversation's failure
      }
      if (step.done) {
        this.work = null;
        if (work.kind === 'restore') {
          const r = step.value as RestoreResponse;
          this.writer.send({ restore: { success: r.success === true, error: r.error ?? '' } });
        } else {
          const pieces = step.value as SnapshotBytes;
          let bytes = 0;
          for (const p of pieces) bytes += p.length;
          this.stats.snapshotTaken(bytes, performance.now() - work.started);
          if (!this.writer.sendSnapshot(pieces)) this.streamSnapshot(pieces);
        }
        return true;
      }
      if (performance.now() >= deadline) return false;
    }
  }

  /**
   * Writes a large snapshot's pieces as copies of STREAM_CHUNK bytes, waiting for 'drain' between
   * them, so what is in flight stays small however large the snapshot. Its pieces may be views of
   * live state: the handler runs again only once the last byte is out of the process. Keepalives
   * read meanwhile are answered after the snapshot, the earliest a frame can go out.
   */
  private streamSnapshot(pieces: SnapshotBytes): void {
    let total = 0;
    for (const p of pieces) total += p.length;
    this.writing = true;
    this.writer.startSnapshot(total);
    let index = 0;
    let offset = 0;
    let left = total;
    const next = (): void => {
      if (this.closed) return;
      while (left > 0) {
        const chunk = new Uint8Array(Math.min(STREAM_CHUNK, left));
        for (let at = 0; at < chunk.length; ) {
          const piece = pieces[index]!;
          const n = Math.min(chunk.length - at, piece.length - offset);
          chunk.set(piece.subarray(offset, offset + n), at);
          at += n;
          offset += n;
          if (offset === piece.length) {
            index++;
            offset = 0;
          }
        }
        left -= chunk.length;
        if (!this.writer.writeSnapshotBytes(chunk) && this.connection.onceDrained) {
          this.connection.onceDrained(next);
          return;
        }
      }
      this.writer.endSnapshot();
      const finished = (): void => {
        this.writing = false;
        if (!this.closed) this.schedulePump();
      };
      if (this.connection.afterWritten) this.connection.afterWritten(finished);
      else finished();
    };
    next();
  }

  private schedulePump(): void {
    if (this.pumpScheduled || this.closed) return;
    this.pumpScheduled = true;
    setImmediate(this.pump);
  }

  /** One slice: work steps, then held requests in order, until the slice is used up. */
  private readonly pump = (): void => {
    this.pumpScheduled = false;
    if (this.closed) return;
    try {
      const deadline = performance.now() + this.sliceMs;
      let n = 0;
      for (;;) {
        if (this.work) {
          if (!this.runWork(deadline)) break;
          continue;
        }
        if (this.writing || this.heldFrom === this.held.length) break;
        // Checking the clock costs as much as a point: every 64 requests is often enough.
        if ((++n & 63) === 0 && performance.now() >= deadline) break;
        const item = this.held[this.heldFrom]!;
        this.held[this.heldFrom++] = undefined;
        this.heldBytes -= 'frame' in item ? item.frame.length : 'restore' in item ? item.restore.reduce((a, p) => a + p.length, 0) : 0;
        this.dispatchHeld(item);
      }
      this.flushPoints();
    } catch (err) {
      this.failMidInput(err);
      return;
    }
    this.afterWork();
  };

  /** After input or a slice: flush, keep input paused or resumed as the held requests say, go on with the work. */
  private afterWork(): void {
    if (this.closed) return;
    if (this.heldFrom === this.held.length && this.heldFrom > 0) {
      this.held = [];
      this.heldFrom = 0;
      this.heldBytes = 0;
    }
    if (this.pausedForHeld && this.heldBytes <= this.maxHeldBytes / 2) {
      this.pausedForHeld = false;
      this.updateInput();
    }
    if (!this.writer.flush() && !this.pausedForOutput) {
      const drained = this.connection.onceDrained;
      if (drained) {
        this.pausedForOutput = true;
        this.updateInput();
        drained.call(this.connection, () => {
          this.pausedForOutput = false;
          this.updateInput();
        });
      }
    }
    if (this.work || (!this.writing && this.heldFrom < this.held.length)) this.schedulePump();
    else if (this.inputEnded && !this.isBusy) this.finishInput();
  }

  private updateInput(): void {
    if (this.closed) return;
    const pause = this.pausedForOutput || this.pausedForHeld;
    if (pause === this.inputPaused) return;
    this.inputPaused = pause;
    if (pause) this.connection.pauseInput?.();
    else this.connection.resumeInput?.();
  }

  /** Init failures are answers (success=false), not crashes. */
  private guarded(what: string, fn: () => { success?: boolean | null; error?: string | null }): { success: boolean; error: string } {
    try {
      const r = fn();
      return { success: r.success === true, error: r.error ?? '' };
    } catch (err) {
      const message = errorMessage(err);
      this.log.warn({ err: message }, `${what} failed`);
      return { success: false, error: message };
    }
  }

  /** A restore that threw: refused, with its reason. */
  private refusal(err: unknown): { success: false; error: string } {
    const message = errorMessage(err);
    this.log.warn({ err: message }, 'restore failed');
    return { success: false, error: message };
  }

  /** A failure while points were being gathered: those not yet handed over are dropped with the conversation. */
  private failMidInput(err: unknown): void {
    this.runPoints.length = 0;
    this.runEncoded.length = 0;
    this.fail(err);
  }

  private fail(err: unknown): void {
    const message = errorMessage(err);
    this.log.error({ err: message }, 'UDF failed; sending ErrorResponse');
    this.work = null;
    // Frames already produced for this chunk go out first, then the error.
    try {
      this.writer.send({ error: { error: message } });
    } catch {
      // The writer refuses nothing for an ErrorResponse; keep the exit path total anyway.
    }
    this.writer.flush();
    this.close({ code: 1, reason: message });
  }

  /** Echoes a keepalive's time and counts its reply delay. */
  private answerKeepalive(time: Long | null | undefined): void {
    this.writer.send({ keepalive: { time } });
    this.stats.keepaliveReplied(this.keepaliveDelay(time));
  }

  /**
   * Kapacitor stamps a keepalive with its clock (ns) when it queues it, so the delay counts the time it spent
   * behind points in the pipe too; a request without a plausible stamp is timed from its chunk's arrival.
   */
  private keepaliveDelay(time: number | Long | null | undefined): number {
    const now = performance.now();
    const stampMs = time == null ? 0 : Long.fromValue(time).toNumber() / 1e6;
    const sinceStamp = performance.timeOrigin + now - stampMs;
    return sinceStamp >= 0 && sinceStamp < PLAUSIBLE_STAMP_MS ? sinceStamp : now - this.chunkArrived;
  }

  private close(exit: AgentExit): void {
    this.closed = true;
    this.detachStats();
    this.onExit(exit);
  }
}

/**
 * The snapshot bytes of a large RestoreRequest frame (pieces of its body): Kapacitor writes it as
 * the Request's restore field holding the RestoreRequest's one bytes field, nothing else.
 */
function restorePayload(frame: LargeFrame): Uint8Array[] {
  const pieces = frame.pieces!;
  const first = pieces[0]!;
  const outer = readUvarint(first, 1, first.length);
  const innerAt = outer ? 1 + outer[1] : -1;
  const inner = innerAt > 0 && first[innerAt] === RESTORE_BYTES_TAG ? readUvarint(first, innerAt + 1, first.length) : null;
  const start = inner ? innerAt + 1 + inner[1] : -1;
  if (!outer || !inner || outer[0] !== frame.length - 1 - outer[1] || inner[0] !== frame.length - start) {
    throw new ProtocolError(`a RestoreRequest of ${frame.length} bytes is not laid out as Kapacitor writes one (one snapshot field)`);
  }
  pieces[0] = first.subarray(start);
  return pieces;
}
