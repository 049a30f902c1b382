// Shared helpers for the suite detector tests (not a test file itself).

import type { Detector, Options, Sample, Verdict } from '../udf/handlers/detectors/types.ts';
import type { DetectorFactory } from '../udf/handlers/detectors/factory.ts';

export const T0 = Date.UTC(2024, 0, 1);
export const MINUTE = 60_000;

export function sample(timeMs: number, ...values: number[]): Sample {
  return { timeMs, values: Float64Array.from(values) };
}

/** Feeds a single-field series, one point a minute from T0, and returns every verdict. */
export function runSeries(factory: DetectorFactory, options: Options, series: readonly number[], stepMs = MINUTE): (Verdict | null)[] {
  const d = factory.create(options, ['value']);
  return series.map((x, i) => d.step(sample(T0 + i * stepMs, x)));
}

export function feed(d: Detector, samples: readonly Sample[]): (Verdict | null)[] {
  return samples.map((s) => d.step(s));
}

/** Deterministic N(0, 1) noise (mulberry32 + Box-Muller) so tests never flake. */
export function gaussian(seed: number): () => number {
  let a = seed >>> 0;
  const uniform = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => {
    const u = 1 - uniform();
    const v = uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}

export function flaggedAt(verdicts: readonly (Verdict | null)[]): number[] {
  const out: number[] = [];
  verdicts.forEach((v, i) => {
    if (v?.anomaly) out.push(i);
  });
  return out;
}
