// The contract between the agent (protocol, transport, keepalives) and the
// code that processes data. Modelled on Kapacitor's Go agent: the agent owns
// the conversation and its output, a handler only answers what it is asked.
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

/** A point is passed on unchanged. */
export const PASS = 'pass';
/** A point is not passed on. */
export const DROP = 'drop';

/** What becomes of one input point: passed on with fields added, passed on unchanged, or dropped. */
export type PointOutcome = AddedFields | typeof PASS | typeof DROP;

/** What a handler can say about its state for the UDF's stats line (udf/stats.ts). */
export interface HandlerStats {
  /** Groups held in memory now. */
  groups: number;
  /** Groups dropped so far for idleness or the group cap. */
  groupsEvicted: number;
  /** Points judged anomalous so far. */
  anomalies: number;
}

/**
 * Work done a bounded step at a time: the agent calls next() until the work
 * returns its result, a few milliseconds' worth of steps at a time, and reads
 * input and answers keepalives in between. A step should take well under
 * 10 ms (a group, a slice of bytes).
 */
export type Steps<T> = Iterator<unknown, T, undefined>;

/** A snapshot's bytes in pieces, in order (the snapshot is their concatenation). */
export type SnapshotBytes = readonly Uint8Array[];

/**
 * The agent calls the methods in wire order; a handler that throws (outside
 * restore) makes the agent send an ErrorResponse and exit non-zero. Snapshot
 * and restore are work in steps (a large state takes seconds), the rest is
 * synchronous: while a snapshot or restore is under way the agent answers
 * keepalives itself and holds every other request until it is done, then
 * hands them over in order.
 * A handler never writes: it says what becomes of each point, and the agent
 * passes points on (as their own input bytes plus the added fields) and
 * brackets each batch's points with its BeginBatch (size: the points passed
 * on) and EndBatch once the batch has ended.
 */
export interface Handler {
  info(): InfoResponse;
  init(request: InitRequest): InitResponse;
  /**
   * The state, as steps ending with its bytes. Until those have been written out the agent calls the
   * handler for nothing else, so a piece may be a view of live state rather than a copy of it.
   */
  snapshot(): Steps<SnapshotBytes>;
  /**
   * Restores a snapshot, as steps ending with the answer: a snapshot that cannot be restored is
   * `success: false` with a sentence saying why, and the state stays as it was. The pieces are the
   * handler's: it may let go of each once read.
   */
  restore(snapshot: Uint8Array[]): Steps<RestoreResponse>;
  beginBatch(begin: BeginBatch): void;
  /**
   * The consecutive points of one input chunk (no other request between them),
   * in order; returns what becomes of each, outcomes[i] for points[i]. The
   * result must not depend on how the stream is cut into chunks, so a handler
   * can do per-group work in bulk (iforest scores a group's points tree by tree).
   */
  points(points: readonly Point[]): readonly PointOutcome[];
  endBatch(end: EndBatch): void;
  stop(): void;
  /** Optional: counters for the stats line; read between requests, never in the middle of one. */
  stats?(): HandlerStats;
}

export type HandlerFactory = () => Handler;
