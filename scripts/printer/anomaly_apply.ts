// How an event changes one field's value. The caller computes the normal
// value; stuck events need the previous step's value, supplied lazily.
import type { AnomalyEvent } from './types.ts';

/** Share of a drift's window spent rising; the rest recovers, so the window holds the whole excursion. */
const DRIFT_RISE = 0.8;

/** Offset in sigmas at a step inside a drift event: linear rise to the peak, then a linear recovery. */
export function driftFraction(event: AnomalyEvent, step: number): number {
  const n = event.endStep - event.startStep + 1;
  const k = step - event.startStep;
  const rise = Math.max(1, Math.ceil(n * DRIFT_RISE));
  if (k < rise) return (k + 1) / rise;
  return 1 - (k - rise + 1) / (n - rise + 1);
}

/**
 * Value of a field at `step` inside `event`.
 * @param smooth baseline (no noise) at the step
 * @param noise standard normal deviate for the step
 * @param sigma the field's noise sigma
 * @param previous value of the field at startStep - 1 (only called for stuck events)
 */
export function anomalousValue(
  event: AnomalyEvent,
  step: number,
  smooth: number,
  noise: number,
  sigma: number,
  previous: () => number,
): number {
  switch (event.kind) {
    case 'spike':
    case 'level_shift':
      return smooth + sigma * (noise + event.magnitude);
    case 'variance_change':
      return smooth + sigma * noise * event.magnitude;
    case 'drift':
      return smooth + sigma * (noise + event.magnitude * driftFraction(event, step));
    case 'stuck':
      return previous();
  }
}
