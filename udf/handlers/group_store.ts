// Per-group state with bounded memory: at most maxGroups groups, and groups
// idle (in point time) for longer than idleTimeoutMs are dropped. Touching a
// group costs one Map lookup; recency is a counter, and eviction beyond the
// cap drops the least recently seen tenth at once, so its sort is amortised
// over many insertions. Idle groups are looked for every max(1024, groups)
// touches, so that look, which visits every group, costs O(1) per touch
// however many groups there are.

const PRUNE_EVERY = 1024;

/** What the store keeps on each group's own state (one object a group, not two). */
export interface StoredGroup {
  /** Newest point time seen (ms). */
  lastSeenMs: number;
  /** Touch counter value at the last touch: recency order. */
  tick: number;
}

export class GroupStore<S extends StoredGroup> {
  private readonly groups = new Map<string, S>();
  private readonly maxGroups: number;
  private readonly idleTimeoutMs: number;
  private sincePrune = 0;
  private ticks = 0;
  private dropped = 0;

  constructor(maxGroups: number, idleTimeoutMs: number) {
    this.maxGroups = maxGroups;
    this.idleTimeoutMs = idleTimeoutMs;
  }

  get size(): number {
    return this.groups.size;
  }

  /** Groups evicted so far (idle or beyond the cap); clear() does not count. */
  get evicted(): number {
    return this.dropped;
  }

  /** The group's state, created when missing; marks it seen at `timeMs`. */
  touch(key: string, timeMs: number, create: (key: string) => S): S {
    let group = this.groups.get(key);
    if (!group) {
      if (this.groups.size >= this.maxGroups) this.evictLeastRecent();
      group = create(key);
      group.lastSeenMs = timeMs;
      this.groups.set(key, group);
    }
    group.tick = ++this.ticks;
    if (timeMs > group.lastSeenMs) group.lastSeenMs = timeMs;
    if (++this.sincePrune >= PRUNE_EVERY && this.sincePrune >= this.groups.size) this.prune(timeMs);
    return group;
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
    for (const [key, group] of this.groups) {
      if (group.lastSeenMs >= cutoff) continue;
      this.groups.delete(key);
      this.dropped++;
    }
  }

  /** Groups in recency order (least recent first), for snapshots. */
  entries(): [string, S][] {
    return [...this.groups].sort((a, b) => a[1].tick - b[1].tick);
  }

  /** Restores a group (its lastSeenMs set); call in recency order (least recent first). */
  set(key: string, state: S): void {
    state.tick = ++this.ticks;
    this.groups.set(key, state);
  }

  clear(): void {
    this.groups.clear();
  }

  private evictLeastRecent(): void {
    const drop = Math.max(1, Math.floor(this.maxGroups / 10));
    const byAge = [...this.groups].sort((a, b) => a[1].tick - b[1].tick);
    for (let i = 0; i < drop && i < byAge.length; i++) this.groups.delete(byAge[i]![0]);
    this.dropped += Math.min(drop, byAge.length);
  }
}
