// What a conversation tells the process's stats line (udf/stats.ts): the agent
// counts points in and out and times its keepalive replies and snapshots; the
// handler's own counters are read when the line is written. Calls are per
// input chunk or per request, never per point.
import type { Handler } from './handler.ts';

export interface ConversationStats {
  pointsIn(n: number): void;
  pointsOut(n: number): void;
  /** From the keepalive's send time (Kapacitor stamps it) to its reply being queued. */
  keepaliveReplied(delayMs: number): void;
  snapshotTaken(bytes: number, ms: number): void;
  /** Registers a conversation's handler; the returned function is called once the conversation has ended. */
  attach(handler: Handler): () => void;
}

/** For agents nobody reports on (tests, the backtest). */
export const NO_STATS: ConversationStats = {
  pointsIn: () => {},
  pointsOut: () => {},
  keepaliveReplied: () => {},
  snapshotTaken: () => {},
  attach: () => () => {},
};
