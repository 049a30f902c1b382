// The contract between the agent (protocol, transport, keepalives) and the
// code that processes data. Modelled on Kapacitor's Go agent: the agent owns
// the conversation, a handler only answers what it is asked and emits data.
import type Long from 'long';
import type { agent } from './proto/udf.js';

export type Request = agent.IRequest;
export type Response = agent.IResponse;
export type InfoResponse = agent.IInfoResponse;
export type InitRequest = agent.IInitRequest;
export type InitResponse = agent.IInitResponse;
export type RestoreResponse = agent.IRestoreResponse;
export type BeginBatch = agent.IBeginBatch;
export type EndBatch = agent.IEndBatch;
export type Point = agent.IPoint;

/** Kapacitor's edge types: what a UDF wants and provides. */
export type Edge = 'stream' | 'batch';

/** Fields a handler adds to a point it passes on; a key the point already has is replaced. */
export interface AddedFields {
  fieldsDouble?: Record<string, number>;
  fieldsInt?: Record<string, number | Long>;
  fieldsString?: Record<string, string>;
  fieldsBool?: Record<string, boolean>;
}

/** Where a handler sends what it produces (points, batch brackets). */
export interface Emitter {
  emit(response: Response): void;
  /**
   * Passes an input point on with fields added, given the point's encoded bytes
   * as Handler.point received them (valid only during that call). The agent
   * copies the bytes and appends the added fields instead of encoding the
   * whole point again. Optional: emitters without it get emit({ point }).
   */
  passOn?(input: Uint8Array, added: AddedFields | null): void;
}

/**
 * Every method is synchronous: the agent calls them in wire order and a
 * handler that throws makes the agent send an ErrorResponse and exit non-zero.
 * Data methods answer through the Emitter given to the handler's factory.
 */
export interface Handler {
  info(): InfoResponse;
  init(request: InitRequest): InitResponse;
  snapshot(): Uint8Array;
  restore(snapshot: Uint8Array): RestoreResponse;
  beginBatch(begin: BeginBatch): void;
  /** `encoded`: the point's own bytes on the wire, when the agent has them (see Emitter.passOn). */
  point(point: Point, encoded?: Uint8Array): void;
  /**
   * Optional: the consecutive points of one input chunk at once (no other request
   * between them), with their bytes, valid until the call returns. It must
   * produce what point() called on each in turn would. A handler can then do
   * per-group work in bulk (iforest scores a group's points tree by tree).
   */
  points?(points: readonly Point[], encoded: readonly Uint8Array[]): void;
  endBatch(end: EndBatch): void;
  stop(): void;
}

export type HandlerFactory = (emitter: Emitter) => Handler;
