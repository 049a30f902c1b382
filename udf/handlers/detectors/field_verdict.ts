// Combines per-field distances into one Verdict: the largest distance wins,
// bands are reported per field (null where a field was not judged).

import { distanceToScore, type Band, type Verdict } from './types.ts';

export class FieldVerdicts {
  private maxD = -1;
  private judged = 0;
  private bands: (Band | null)[] | undefined;

  constructor(fieldCount: number, withBands: boolean) {
    if (withBands) this.bands = new Array<Band | null>(fieldCount).fill(null);
  }

  add(field: number, d: number, band?: Band): void {
    this.judged++;
    if (d > this.maxD) this.maxD = d;
    if (this.bands && band) this.bands[field] = band;
  }

  /** null when no field was judged (warm-up or all missing). */
  verdict(): Verdict | null {
    if (this.judged === 0) return null;
    const d = this.maxD;
    const v: Verdict = { score: distanceToScore(d), anomaly: d > 1 };
    if (this.bands) v.bands = this.bands;
    return v;
  }
}
