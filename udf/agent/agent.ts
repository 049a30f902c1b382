// One UDF conversation, independent of its transport: bytes in through
// receive(), frames out through a FrameSink. The agent answers keepalives
// itself, routes everything else to the handler, passes points on as the
// handler says, and turns every failure into a response Kapacitor
// understands instead of a crash.
import Long from 'long';
import { RequestDecoder, type DecodedRequest } from './request_decoder.ts';
import { DEFAULT_MAX_FRAME_SIZE, FrameDecoder } from './framing.ts';
import { ResponseWriter, type FrameSink } from './response_writer.ts';
import { DROP, PASS, type BeginBatch, type Handler, type HandlerFactory, type Point } from './handler.ts';
import { withAddedFields } from './added_fields.ts';
import { NO_STATS, type ConversationStats } from './conversation_stats.ts';
import { errorMessage, ProtocolError } from '../errors.ts';
import type { Logger } from '../log.ts';

export interface AgentOptions {
  maxFrameSize?: number;
  logger: Logger;
  /** Where the conversation's counters go (the process's stats line); none by default. */
  stats?: ConversationStats;
}

/** A keepalive stamped further back than this was not stamped with this host's clock: its delay is timed from arrival. */
const PLAUSIBLE_STAMP_MS = 10 * 60_000;

/** How a conversation ended: code 0 after a clean end of input, non-zero after an error. */
export interface AgentExit {
  code: number;
  reason: string;
}

export class Agent {
  private readonly decoder: FrameDecoder;
  private readonly requests = new RequestDecoder();
  private readonly writer: ResponseWriter;
  private readonly handler: Handler;
  private readonly log: Logger;
  private readonly onExit: (exit: AgentExit) => void;
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

  constructor(factory: HandlerFactory, sink: FrameSink, options: AgentOptions, onExit: (exit: AgentExit) => void) {
    this.decoder = new FrameDecoder(options.maxFrameSize ?? DEFAULT_MAX_FRAME_SIZE);
    this.writer = new ResponseWriter(sink);
    this.log = options.logger;
    this.onExit = onExit;
    this.handler = factory();
    this.stats = options.stats ?? NO_STATS;
    this.detachStats = this.stats.attach(this.handler);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /**
   * Handles one chunk of input and flushes what it produced as one write.
   * Returns false when the sink asked to pause: the transport should stop
   * reading until the sink drains, so output never queues without bound.
   */
  receive(chunk: Uint8Array): boolean {
    if (this.closed) return true;
    this.chunkArrived = performance.now();
    try {
      this.decoder.push(chunk, (body) => this.dispatch(this.requests.decode(body)));
      this.flushPoints(); // the frames' views stay valid until push() returns, not beyond
    } catch (err) {
      this.runPoints.length = 0;
      this.runEncoded.length = 0;
      return this.fail(err);
    }
    return this.writer.flush();
  }

  /** End of input: a clean end stops the handler and exits 0; a partial frame is an error. */
  endOfInput(): void {
    if (this.closed) return;
    try {
      this.decoder.finish();
      this.batch = null;
      this.handler.stop();
    } catch (err) {
      this.fail(err);
      return;
    }
    this.writer.flush();
    this.close({ code: 0, reason: 'end of input' });
  }

  /** Ends the conversation from outside (signal, transport error) without an ErrorResponse. */
  shutdown(reason: string): void {
    if (this.closed) return;
    this.batch = null;
    try {
      this.handler.stop();
    } catch (err) {
      this.log.warn({ err }, 'handler failed to stop');
    }
    this.writer.flush();
    this.close({ code: 0, reason });
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
        this.writer.send({ keepalive: { time: request.keepalive.time } });
        this.stats.keepaliveReplied(this.keepaliveDelay(request.keepalive.time));
        return;
      case 'info':
        this.writer.send({ info: h.info() });
        return;
      case 'init':
        this.writer.send({ init: this.guarded('init', () => h.init(request.init)) });
        return;
      case 'snapshot': {
        const started = performance.now();
        const snapshot = h.snapshot();
        this.stats.snapshotTaken(snapshot.length, performance.now() - started);
        this.writer.send({ snapshot: { snapshot } });
        return;
      }
      case 'restore': {
        // The decoded bytes are a view into the input buffer; the handler gets its own copy.
        const bytes = Uint8Array.prototype.slice.call(request.restore.snapshot ?? new Uint8Array(0));
        this.writer.send({ restore: this.guarded('restore', () => h.restore(bytes)) });
        return;
      }
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

  /** Init and restore failures are answers (success=false), not crashes. */
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

  private fail(err: unknown): boolean {
    const message = errorMessage(err);
    this.log.error({ err: message }, 'UDF failed; sending ErrorResponse');
    // Frames already produced for this chunk go out first, then the error.
    try {
      this.writer.send({ error: { error: message } });
    } catch {
      // The writer refuses nothing for an ErrorResponse; keep the exit path total anyway.
    }
    const ok = this.writer.flush();
    this.close({ code: 1, reason: message });
    return ok;
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
