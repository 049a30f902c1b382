// ADTK's rule for derived statistics (PersistAD, LevelShiftAD,
// VolatilityShiftAD, SeasonalAD): a statistic v is anomalous when |v| is above
// Q3 + c·IQR of the |v| seen before, and its sign is the watched `side`.
// ADTK fits the quartiles on the whole series; streaming, they come from the
// last `history` values, and judging starts once min(history, 20) are known.

import type { Side } from './suite_options.ts';
import { SortedWindow } from './sorted_window.ts';
import type { StateReader } from '../state/state_reader.ts';
import type { StateWriter } from '../state/state_writer.ts';

export const MIN_HISTORY = 20;

export class AbsIqrRule {
  readonly c: number;
  readonly side: Side;
  private readonly history: SortedWindow;
  private readonly minHistory: number;

  constructor(c: number, side: Side, historySize: number) {
    this.c = c;
    this.side = side;
    this.history = new SortedWindow(historySize);
    this.minHistory = Math.min(historySize, MIN_HISTORY);
  }

  get ready(): boolean {
    return this.history.size >= this.minHistory;
  }

  /** Q3 + c·IQR of the |v| history: the largest |v| that is still normal. */
  cutoff(): number {
    const q1 = this.history.quantile(0.25);
    const q3 = this.history.quantile(0.75);
    return q3 + this.c * (q3 - q1);
  }

  /** |v| in units of the cut-off; 0 when v's sign is not watched. NaN counts as 0. */
  distance(v: number, cut: number): number {
    if (!(v > 0 || v < 0)) return 0;
    if ((this.side === 'positive' && v < 0) || (this.side === 'negative' && v > 0)) return 0;
    const a = Math.abs(v);
    // a > cut <=> a / cut > 1 exactly for positive doubles (correct rounding).
    return cut > 0 ? a / cut : Infinity;
  }

  /** Adds |v| to the history (non-finite values are not learnt: they would break the quartiles). */
  learn(v: number): void {
    if (Number.isFinite(v)) this.history.push(Math.abs(v));
  }

  save(w: StateWriter): void {
    this.history.save(w);
  }

  /** Reads what save() wrote into this (new) rule. */
  load(r: StateReader, what: string): void {
    this.history.load(r, `the difference history of ${what}`);
  }

  /** Refills the history from its version-1 JSON state (values oldest first). */
  restore(values: unknown): void {
    if (!Array.isArray(values) || values.length > this.history.capacity) {
      throw new Error(`difference history does not fit a history of ${this.history.capacity}`);
    }
    this.history.clear();
    for (const v of values) {
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error('difference history holds a non-finite value');
      this.history.push(v);
    }
  }
}
