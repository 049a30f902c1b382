// One alarm per incident, kept per field (detector.ts). An alarm opens the
// field's incident when its surprise at a point exceeds the alarm level; the
// incident stays open for at least `holdoff` points and then until the
// surprise falls below CLEAR_DECADES, so a change that keeps the features
// disturbed for a while raises one alarm, not one per point. While it is
// open, only a much stronger surprise alarms again (twice the one that opened
// it, and at least one alarm level more): a false alarm just before a real
// incident must not hide it.

/** Surprise (decades) under which an open incident may close: tail probabilities above 1 %. */
export const CLEAR_DECADES = 2;

export interface IncidentState {
  open: boolean;
  /** Points the incident must still stay open. */
  hold: number;
  /** Surprise of the incident's latest alarm. */
  opened: number;
}

export class Incident {
  private readonly level: number;
  private readonly holdoff: number;
  private open = false;
  private hold = 0;
  private opened = 0;

  constructor(level: number, holdoff: number, state?: IncidentState) {
    this.level = level;
    this.holdoff = holdoff;
    if (state) {
      const ok = typeof state.open === 'boolean' && Number.isInteger(state.hold) && state.hold >= 0 && typeof state.opened === 'number' && state.opened >= 0;
      if (!ok) throw new Error('surprise state: the incident is malformed');
      this.open = state.open;
      this.hold = Math.min(state.hold, holdoff);
      this.opened = state.opened;
    }
  }

  /**
   * Counts a judged point into the incident and returns the surprise it had to
   * exceed to alarm; when it did, the incident (re)opens at it.
   */
  step(surprise: number): number {
    if (this.hold > 0) this.hold--;
    if (this.open && this.hold === 0 && surprise < CLEAR_DECADES) this.open = false;
    const threshold = this.open ? Math.max(2 * this.opened, this.opened + this.level) : this.level;
    if (surprise > threshold) {
      this.open = true;
      this.hold = this.holdoff;
      this.opened = surprise;
    }
    return threshold;
  }

  state(): IncidentState {
    return { open: this.open, hold: this.hold, opened: this.opened };
  }
}
