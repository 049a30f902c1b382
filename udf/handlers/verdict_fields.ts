// The fields the ads handler adds to the points it passes on. Every point
// carries the verdict — `anomaly`, `anomaly_score` and `anomaly_warmup` — from
// its group's first point on, so alerts and dashboards need no defaults; the
// rest is added only where `.include()` asks for it, because every field costs
// Kapacitor decoding and copying for every point (README "Output fields").
import Long from 'long';
import type { AddedFields } from '../agent/handler.ts';
import type { Judgement } from './consensus.ts';

/** Field groups beyond the verdict, as `.include()` names them. */
export const OUTPUT_GROUPS = ['bands', 'detectors', 'scores'] as const;
export type OutputGroup = (typeof OUTPUT_GROUPS)[number];

/**
 * Which groups a task asked for: bands for Grafana; for alert messages the detectors that voted and the fields the
 * anomaly is about; each detector's own numbers.
 */
export type OutputSelection = Readonly<Record<OutputGroup, boolean>>;

/** Reads the `.include()` calls: each names a group, or 'all'; none is the verdict alone. */
export function parseOutputSelection(values: readonly unknown[]): OutputSelection {
  const selected: Record<OutputGroup, boolean> = { bands: false, detectors: false, scores: false };
  for (const value of values) {
    const name = typeof value === 'string' ? value.toLowerCase() : String(value);
    if (name === 'all') for (const g of OUTPUT_GROUPS) selected[g] = true;
    else if ((OUTPUT_GROUPS as readonly string[]).includes(name)) selected[name as OutputGroup] = true;
    else throw new Error(`include must be one of ${[...OUTPUT_GROUPS, 'all'].map((g) => `'${g}'`).join(', ')}, got '${name}'`);
  }
  return selected;
}

const VOTES = Array.from({ length: 64 }, (_, i) => Long.fromNumber(i));

// The bool maps repeat: shared, read-only (the agent copies what it adds, never changes it).
const ANOMALOUS: Readonly<Record<string, boolean>> = Object.freeze({ anomaly: true, anomaly_warmup: false });
const NORMAL: Readonly<Record<string, boolean>> = Object.freeze({ anomaly: false, anomaly_warmup: false });
const WARMING_UP: Readonly<Record<string, boolean>> = Object.freeze({ anomaly: false, anomaly_warmup: true });

/** Builds the added fields of one configuration; output field names are computed once, not per point. */
export class VerdictFields {
  private readonly fields: readonly string[];
  private readonly lower: readonly string[];
  private readonly upper: readonly string[];
  private readonly output: OutputSelection;
  /** The fields of a point no detector could judge yet (warm-up, or no usable value). */
  readonly unjudged: AddedFields;

  constructor(fields: readonly string[], output: OutputSelection) {
    this.fields = fields;
    this.lower = fields.map((f) => `${f}_lower`);
    this.upper = fields.map((f) => `${f}_upper`);
    this.output = output;
    this.unjudged = Object.freeze({
      fieldsDouble: Object.freeze({ anomaly_score: 0 }),
      fieldsBool: WARMING_UP,
      ...(output.detectors ? { fieldsInt: Object.freeze({ anomaly_votes: VOTES[0]! }), fieldsString: Object.freeze({ anomaly_detectors: '', anomaly_fields: '' }) } : {}),
    });
  }

  /** Whether judgements need the detectors' extras (they cost an object per point otherwise). */
  get wantsExtras(): boolean {
    return this.output.scores;
  }

  /**
   * The fields of a judged point. `informed` is false while fewer than minConsensus detectors have a verdict:
   * the point is then not anomalous, scores 0 and says it is warming up, with whatever bands the others give.
   */
  judged(j: Judgement, informed: boolean): AddedFields {
    const fd: Record<string, number> = { anomaly_score: informed ? j.score : 0 };
    if (this.output.scores) for (const key in j.extras) fd[key] = j.extras[key]!;
    if (this.output.bands) {
      for (let i = 0; i < this.lower.length; i++) {
        const band = j.bands[i];
        if (!band) continue;
        if (Number.isFinite(band.lower)) fd[this.lower[i]!] = band.lower;
        if (Number.isFinite(band.upper)) fd[this.upper[i]!] = band.upper;
      }
    }
    const fieldsBool = !informed ? WARMING_UP : j.anomaly ? ANOMALOUS : NORMAL;
    if (!this.output.detectors) return { fieldsDouble: fd, fieldsBool };
    return {
      fieldsDouble: fd,
      fieldsBool,
      fieldsInt: { anomaly_votes: VOTES[j.votes] ?? Long.fromNumber(j.votes) },
      fieldsString: { anomaly_detectors: j.voters.join(','), anomaly_fields: j.fields.map((i) => this.fields[i]).join(',') },
    };
  }
}
