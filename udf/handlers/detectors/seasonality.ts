// Seasonality buckets (detectkit's `seasonality`): a detector keeps one
// rolling window per hour of day (24) or day of week (7), chosen from the
// point time in UTC, so a point is compared with the same hour or weekday in
// the past. 'none' is a single bucket. Shared with the MAD detector.

import type { Seasonality } from './suite_options.ts';
import type { StateReader } from '../state/state_reader.ts';
import type { StateWriter } from '../state/state_writer.ts';

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

  /** Writes whether each bucket is in use, and the state of those that are. */
  save(out: StateWriter, save: (w: W, out: StateWriter) => void): void {
    for (const w of this.windows) {
      out.bool(w !== null);
      if (w !== null) save(w, out);
    }
  }

  /** Buckets from what save() wrote. */
  static read<W>(seasonality: Seasonality, r: StateReader, read: (r: StateReader, what: string) => W, make: () => W, what: string): BucketedWindows<W> {
    const bw = new BucketedWindows<W>(seasonality, make);
    for (let i = 0; i < bw.windows.length; i++) {
      const bucket = bw.windows.length === 1 ? what : `${what}, bucket ${i}`;
      if (r.bool(bucket)) bw.windows[i] = read(r, bucket);
    }
    return bw;
  }

  /** Buckets from their version-1 JSON states (null for buckets never used). */
  static restore<W, S>(seasonality: Seasonality, states: unknown, load: (s: S) => W, make: () => W): BucketedWindows<W> {
    const bw = new BucketedWindows<W>(seasonality, make);
    if (!Array.isArray(states) || states.length !== bw.windows.length) {
      throw new Error(`seasonality state has ${Array.isArray(states) ? states.length : 'no'} buckets, expected ${bw.windows.length} for '${seasonality}'`);
    }
    for (let i = 0; i < states.length; i++) bw.windows[i] = states[i] === null ? null : load(states[i] as S);
    return bw;
  }
}
