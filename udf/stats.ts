// The UDF's stats line: one info-level log line at a fixed interval saying
// what the process has done (README "Seeing what the UDF does"). Counters are
// the process's, summed over its conversations (socket mode has one per task
// node); the handlers' groups are read live, their evictions and anomalies
// kept after a conversation ends.
import type { ConversationStats } from './agent/conversation_stats.ts';
import type { Handler, HandlerStats } from './agent/handler.ts';
import type { Logger } from './log.ts';

export const DEFAULT_STATS_INTERVAL_MS = 60_000;

/** At most this many keepalive delays are kept per interval (Kapacitor sends one every timeout/2: a handful). */
const MAX_DELAYS = 10_000;

/** One stats line, as logged (besides pino's level, time, pid and msg 'stats'). */
export interface StatsRecord {
  /** Seconds since the previous line (or the start). */
  intervalS: number;
  /** Points received and passed on since the process started. */
  pointsIn: number;
  pointsOut: number;
  /** Points received per second over the interval. */
  pointsPerSec: number;
  /** Groups held now, and dropped so far (idle or over maxGroups). */
  groups: number;
  groupsEvicted: number;
  /** Points judged anomalous since the process started. */
  anomalies: number;
  /** Resident set size of the process. */
  rssBytes: number;
  /** The last snapshot's size and how long the handler took to make it; null before the first. */
  snapshotBytes: number | null;
  snapshotMs: number | null;
  /** Keepalives answered in the interval, and the 99th percentile of their reply delay (null when none). */
  keepalives: number;
  keepaliveP99Ms: number | null;
}

export class UdfStats implements ConversationStats {
  private inTotal = 0;
  private outTotal = 0;
  private inAtLastLine = 0;
  private lastLineMs: number;
  private delays: number[] = [];
  private snapshot: { bytes: number; ms: number } | null = null;
  private readonly live = new Set<Handler>();
  /** Evictions and anomalies of handlers whose conversation has ended. */
  private ended: HandlerStats = { groups: 0, groupsEvicted: 0, anomalies: 0 };
  private readonly now: () => number;

  constructor(now: () => number = () => performance.now()) {
    this.now = now;
    this.lastLineMs = now();
  }

  pointsIn(n: number): void {
    this.inTotal += n;
  }

  pointsOut(n: number): void {
    this.outTotal += n;
  }

  keepaliveReplied(delayMs: number): void {
    if (this.delays.length < MAX_DELAYS) this.delays.push(delayMs);
  }

  snapshotTaken(bytes: number, ms: number): void {
    this.snapshot = { bytes, ms };
  }

  attach(handler: Handler): () => void {
    this.live.add(handler);
    return () => {
      if (!this.live.delete(handler)) return;
      const s = handler.stats?.();
      if (s) this.ended = { groups: 0, groupsEvicted: this.ended.groupsEvicted + s.groupsEvicted, anomalies: this.ended.anomalies + s.anomalies };
    };
  }

  /** The record for the interval since the last call, which starts the next interval. */
  take(rssBytes: number = process.memoryUsage.rss()): StatsRecord {
    const now = this.now();
    const seconds = Math.max((now - this.lastLineMs) / 1000, 1e-9);
    let groups = 0;
    let groupsEvicted = this.ended.groupsEvicted;
    let anomalies = this.ended.anomalies;
    for (const h of this.live) {
      const s = h.stats?.();
      if (!s) continue;
      groups += s.groups;
      groupsEvicted += s.groupsEvicted;
      anomalies += s.anomalies;
    }
    const record: StatsRecord = {
      intervalS: round(seconds, 3),
      pointsIn: this.inTotal,
      pointsOut: this.outTotal,
      pointsPerSec: round((this.inTotal - this.inAtLastLine) / seconds, 1),
      groups,
      groupsEvicted,
      anomalies,
      rssBytes,
      snapshotBytes: this.snapshot?.bytes ?? null,
      snapshotMs: this.snapshot ? round(this.snapshot.ms, 3) : null,
      keepalives: this.delays.length,
      keepaliveP99Ms: this.delays.length > 0 ? round(percentile(this.delays, 0.99), 3) : null,
    };
    this.lastLineMs = now;
    this.inAtLastLine = this.inTotal;
    this.delays = [];
    return record;
  }
}

/** The q-quantile by the nearest-rank rule: the smallest value with at least q of the values at or below it. */
export function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Logs a stats line every `intervalMs` (0: never); the timer keeps nothing alive. Returns a function that stops it. */
export function startStatsLog(stats: UdfStats, logger: Logger, intervalMs: number): () => void {
  if (!(intervalMs > 0)) return () => {};
  const timer = setInterval(() => logger.info(stats.take(), 'stats'), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
