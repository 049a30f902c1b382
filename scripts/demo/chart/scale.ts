// Axis arithmetic for the chart: linear scales, round value ticks, time ticks on round UTC boundaries.

export type Scale = (v: number) => number;

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** Ticks at 1, 2 or 5 times a power of ten, about `count` of them, inside [min, max]. */
export function niceTicks(min: number, max: number, count: number): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  // The multiple nearest to the raw step (on a log scale), as d3 does.
  const err = raw / power;
  const step = power * (err >= Math.sqrt(50) ? 10 : err >= Math.sqrt(10) ? 5 : err >= Math.sqrt(2) ? 2 : 1);
  const ticks: number[] = [];
  // Integer multiples of the step, cleaned of binary noise (3 * 0.2 = 0.6000000000000001).
  for (let k = Math.ceil(min / step - 1e-9); k * step <= max + step * 1e-9; k++) ticks.push(Number((k * step).toPrecision(12)));
  return ticks;
}

/** Decimals needed to print ticks `step` apart without repeating labels. */
export function tickDecimals(ticks: readonly number[]): number {
  if (ticks.length < 2) return ticks.every((t) => Number.isInteger(t)) ? 0 : 2;
  const step = Math.abs(ticks[1]! - ticks[0]!);
  return Math.max(0, Math.min(6, -Math.floor(Math.log10(step) + 1e-9)));
}

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const TIME_STEPS = [S, 2 * S, 5 * S, 10 * S, 15 * S, 30 * S, M, 2 * M, 5 * M, 10 * M, 15 * M, 30 * M, H, 2 * H, 3 * H, 6 * H, 12 * H, 24 * H];

export interface TimeTicks {
  stepMs: number;
  ticks: number[];
}

/** Round UTC times (whole seconds, minutes or hours) in [fromMs, toMs], at most `maxTicks` of them. */
export function timeTicks(fromMs: number, toMs: number, maxTicks: number): TimeTicks {
  const span = Math.max(1, toMs - fromMs);
  const stepMs = TIME_STEPS.find((s) => span / s <= maxTicks) ?? Math.ceil(span / maxTicks / (24 * H)) * 24 * H;
  const ticks: number[] = [];
  for (let t = Math.ceil(fromMs / stepMs) * stepMs; t <= toMs; t += stepMs) ticks.push(t);
  return { stepMs, ticks };
}

/** `HH:MM` for minute-or-coarser steps, `HH:MM:SS` below; UTC. */
export function formatTime(ms: number, stepMs: number): string {
  const iso = new Date(ms).toISOString();
  return stepMs >= M ? iso.slice(11, 16) : iso.slice(11, 19);
}

/** A duration for people: 45 s, 3 min 20 s, 2 h 5 min. */
export function formatSpan(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  if (s < 3600) return s % 60 === 0 ? `${s / 60} min` : `${Math.floor(s / 60)} min ${s % 60} s`;
  const m = Math.round(s / 60);
  return m % 60 === 0 ? `${m / 60} h` : `${Math.floor(m / 60)} h ${m % 60} min`;
}
