// Per-group state with bounded memory: at most maxGroups groups, and groups
// idle (in point time) for longer than idleTimeoutMs are dropped. Touching a
// group costs one Map lookup; recency is a counter, and eviction beyond the
// cap drops the least recently seen tenth at once, so its sort is amortised
// over many insertions. Idle groups are looked for every max(1024, groups)
// touches, so that look, which visits every group, costs O(1) per touch
// however many groups there are.

const PRUNE_EVERY = 1024;

interface Entry<S> {
  state: S;
  lastSeenMs: number;
  /** Touch counter value at the last touch: recency order. */
  tick: number;
}

export class GroupStore<S> {
  private readonly groups = new Map<string, Entry<S>>();
  private readonly maxGroups: number;
  private readonly idleTimeoutMs: number;
  private sincePrune = 0;
  private ticks = 0;

  constructor(maxGroups: number, idleTimeoutMs: number) {
    this.maxGroups = maxGroups;
    this.idleTimeoutMs = idleTimeoutMs;
  }

  get size(): number {
    return this.groups.size;
  }

  /** The group's state, created when missing; marks it seen at `timeMs`. */
  touch(key: string, timeMs: number, create: (key: string) => S): S {
    let entry = this.groups.get(key);
    if (!entry) {
      if (this.groups.size >= this.maxGroups) this.evictLeastRecent();
      entry = { state: create(key), lastSeenMs: timeMs, tick: 0 };
      this.groups.set(key, entry);
    }
    entry.tick = ++this.ticks;
    if (timeMs > entry.lastSeenMs) entry.lastSeenMs = timeMs;
    if (++this.sincePrune >= PRUNE_EVERY && this.sincePrune >= this.groups.size) this.prune(timeMs);
    return entry.state;
  }

  /** Touches since the last look for idle groups: part of a snapshot, so a restored store prunes when the original would. */
  get touchesSincePrune(): number {
    return this.sincePrune;
  }

  set touchesSincePrune(n: number) {
    this.sincePrune = n;
  }

  /** Drops groups whose last point is older than the idle timeout relative to `nowMs`. */
  prune(nowMs: number): void {
    this.sincePrune = 0;
    const cutoff = nowMs - this.idleTimeoutMs;
    for (const [key, entry] of this.groups) {
      if (entry.lastSeenMs >= cutoff) continue;
      this.groups.delete(key);
    }
  }

  /** Groups in recency order (least recent first), for snapshots. */
  entries(): [string, S, number][] {
    return [...this.groups].sort((a, b) => a[1].tick - b[1].tick).map(([k, e]) => [k, e.state, e.lastSeenMs]);
  }

  /** Restores a group; call in recency order (least recent first). */
  set(key: string, state: S, lastSeenMs: number): void {
    this.groups.set(key, { state, lastSeenMs, tick: ++this.ticks });
  }

  clear(): void {
    this.groups.clear();
  }

  private evictLeastRecent(): void {
    const drop = Math.max(1, Math.floor(this.maxGroups / 10));
    const byAge = [...this.groups].sort((a, b) => a[1].tick - b[1].tick);
    for (let i = 0; i < drop && i < byAge.length; i++) this.groups.delete(byAge[i]![0]);
  }
}
