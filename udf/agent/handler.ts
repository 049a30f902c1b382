// The contract between the agent (protocol, transport, keepalives) and the
// code that processes data. Modelled on Kapacitor's Go agent: the agent owns
// the conversation, a handler only answers what it is asked and emits data.
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

/** Where a handler sends what it produces (points, batch brackets). */
export interface Emitter {
  emit(response: Response): void;
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
  point(point: Point): void;
  endBatch(end: EndBatch): void;
  stop(): void;
}

export type HandlerFactory = (emitter: Emitter) => Handler;
