// Where the injected anomalies go. A span of steps is cut into equal slots, one
// event per slot, placed at a random offset with a guard on both sides so
// events of one printer never overlap and stay clearly apart.
import { createRng } from './hash_random.ts';
import type { Rng } from './hash_random.ts';
import { FIELD_NAMES } from './types.ts';
import type { AnomalyEvent, AnomalyKind } from './types.ts';

/** Slots shorter than this cannot hold a visible event with gaps around it. */
export const MIN_SLOT_STEPS = 20;

/** Duration of non-spike events in milliseconds ("a few minutes"). */
const DURATION_MS: Record<Exclude<AnomalyKind, 'spike'>, [number, number]> = {
  level_shift: [5 * 60_000, 10 * 60_000],
  variance_change: [5 * 60_000, 10 * 60_000],
  stuck: [3 * 60_000, 6 * 60_000],
  drift: [4 * 60_000, 8 * 60_000],
};

/** Magnitudes in noise sigmas (variance_change: noise multiplier). Large enough to be obvious on a chart. */
function magnitudeFor(kind: AnomalyKind, rng: Rng): number {
  switch (kind) {
    case 'spike':
      return rng.sign() * rng.between(8, 12);
    case 'level_shift':
      return rng.sign() * rng.between(6, 9);
    case 'variance_change':
      return rng.between(5, 8);
    case 'drift':
      return rng.sign() * rng.between(8, 12);
    case 'stuck':
      return 0;
  }
}

function durationSteps(kind: AnomalyKind, rng: Rng, stepMs: number, maxSteps: number): number {
  if (kind === 'spike') return Math.min(rng.int(1, 3), maxSteps);
  const [lo, hi] = DURATION_MS[kind];
  const wanted = Math.round(rng.between(lo, hi) / stepMs);
  return Math.max(Math.min(10, maxSteps), Math.min(wanted, maxSteps));
}

export interface SpanPlan {
  seed: number;
  printerIndex: number;
  /** Distinguishes spans of one printer (live mode plans hour by hour). */
  spanKey: number;
  firstStep: number;
  /** Exclusive end step of the span. */
  endStep: number;
  count: number;
  stepMs: number;
  kinds: readonly AnomalyKind[];
}

/** Events of one printer in one span, sorted by start step. */
export function planSpan(plan: SpanPlan): AnomalyEvent[] {
  const length = plan.endStep - plan.firstStep;
  if (plan.count <= 0 || length <= 0 || plan.kinds.length === 0) return [];
  if (length / plan.count < MIN_SLOT_STEPS) {
    throw new Error(
      `too many anomalies: ${plan.count} per printer in ${length} steps needs at least ${MIN_SLOT_STEPS} steps per event; ` +
        'lower --anomalies or lengthen --duration',
    );
  }
  const rng = createRng(plan.seed, plan.printerIndex, plan.spanKey, 0xa70);
  // Shuffled kind order, cycled, so every kind appears about equally often.
  const order = [...plan.kinds];
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const slot = length / plan.count;
  const events: AnomalyEvent[] = [];
  for (let j = 0; j < plan.count; j++) {
    const slotStart = plan.firstStep + Math.floor(j * slot);
    const slotLength = plan.firstStep + Math.floor((j + 1) * slot) - slotStart;
    const guard = Math.max(1, Math.floor(slotLength * 0.2));
    const kind = order[j % order.length]!;
    const steps = durationSteps(kind, rng, plan.stepMs, Math.floor(slotLength * 0.5));
    const startStep = slotStart + guard + rng.int(0, slotLength - 2 * guard - steps);
    events.push({
      printerIndex: plan.printerIndex,
      field: FIELD_NAMES[rng.int(0, FIELD_NAMES.length - 1)]!,
      kind,
      startStep,
      endStep: startStep + steps - 1,
      magnitude: magnitudeFor(kind, rng),
    });
  }
  return events;
}
