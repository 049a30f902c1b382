// Seasonality buckets (detectkit's `seasonality`): a detector keeps one
// rolling window per hour of day (24) or day of week (7), chosen from the
// point time in UTC, so a point is compared with the same hour or weekday in
// the past. 'none' is a single bucket. Shared with the MAD detector.

import type { Seasonality } from './suite_options.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export function seasonBucketCount(seasonality: Seasonality): number {
  return seasonality === 'hour' ? 24 : seasonality === 'dow' ? 7 : 1;
}

/** Bucket of a time: UTC hour 0..23, or UTC weekday 0..6 with 0 = Sunday (Date.getUTCDay). */
export function seasonBucket(timeMs: number, seasonality: Seasonality): number {
  if (seasonality === 'hour') return mod(Math.floor(timeMs / HOUR_MS), 24);
  // 1970-01-01 was a Thursday (4).
  if (seasonality === 'dow') return mod(Math.floor(timeMs / DAY_MS) + 4, 7);
  return 0;
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

/** One window per bucket, created on first use. */
export class BucketedWindows<W> {
  readonly seasonality: Seasonality;
  private readonly windows: (W | null)[];
  private readonly make: () => W;

  constructor(seasonality: Seasonality, make: () => W) {
    this.seasonality = seasonality;
    this.make = make;
    this.windows = new Array<W | null>(seasonBucketCount(seasonality)).fill(null);
  }

  /** The window of the bucket `timeMs` falls in, created if new. */
  at(timeMs: number): W {
    const b = seasonBucket(timeMs, this.seasonality);
    let w: W | null = this.windows[b] ?? null;
    if (w === null) {
      w = this.make();
      this.windows[b] = w;
    }
    return w;
  }

  /** Per-bucket states (null for buckets never used), for snapshots. */
  state<S>(save: (w: W) => S): (S | null)[] {
    return this.windows.map((w) => (w === null ? null : save(w)));
  }

  static restore<W, S>(seasonality: Seasonality, states: unknown, load: (s: S) => W, make: () => W): BucketedWindows<W> {
    const bw = new BucketedWindows<W>(seasonality, make);
    if (!Array.isArray(states) || states.length !== bw.windows.length) {
      throw new Error(`seasonality state has ${Array.isArray(states) ? states.length : 'no'} buckets, expected ${bw.windows.length} for '${seasonality}'`);
    }
    for (let i = 0; i < states.length; i++) bw.windows[i] = states[i] === null ? null : load(states[i] as S);
    return bw;
  }
}
