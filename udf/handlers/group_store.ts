// Per-group state with bounded memory: a Map kept in least-recently-seen
// order, capped at maxGroups, and pruned of groups idle (in point time)
// for longer than idleTimeoutMs.

const PRUNE_EVERY = 1024;

export class GroupStore<S> {
  private readonly groups = new Map<string, { state: S; lastSeenMs: number }>();
  private readonly maxGroups: number;
  private readonly idleTimeoutMs: number;
  private sincePrune = 0;
  evicted = 0;

  constructor(maxGroups: number, idleTimeoutMs: number) {
    this.maxGroups = maxGroups;
    this.idleTimeoutMs = idleTimeoutMs;
  }

  get size(): number {
    return this.groups.size;
  }

  /** The group's state, created when missing; marks it seen at `timeMs`. */
  touch(key: string, timeMs: number, create: () => S): S {
    let entry = this.groups.get(key);
    if (entry) {
      this.groups.delete(key); // re-insert: Map order is recency order
    } else {
      entry = { state: create(), lastSeenMs: timeMs };
    }
    entry.lastSeenMs = Math.max(entry.lastSeenMs, timeMs);
    this.groups.set(key, entry);
    if (this.groups.size > this.maxGroups) this.evictOldest();
    if (++this.sincePrune >= PRUNE_EVERY) this.prune(timeMs);
    return entry.state;
  }

  /** Drops groups whose last point is older than the idle timeout relative to `nowMs`. */
  prune(nowMs: number): void {
    this.sincePrune = 0;
    const cutoff = nowMs - this.idleTimeoutMs;
    for (const [key, entry] of this.groups) {
      if (entry.lastSeenMs >= cutoff) continue;
      this.groups.delete(key);
      this.evicted++;
    }
  }

  entries(): [string, S, number][] {
    return [...this.groups].map(([k, e]) => [k, e.state, e.lastSeenMs]);
  }

  set(key: string, state: S, lastSeenMs: number): void {
    this.groups.set(key, { state, lastSeenMs });
  }

  clear(): void {
    this.groups.clear();
  }

  private evictOldest(): void {
    const oldest = this.groups.keys().next().value;
    if (oldest !== undefined) {
      this.groups.delete(oldest);
      this.evicted++;
    }
  }
}
