// volatilityshift — the standard deviation of the last `window` values
// against that of the `window` values before them (ADTK VolatilityShiftAD,
// agg='std').
//
// Options (defaults): window (10, integer >= 2), c (6.0, > 0; ADTK's default),
// side ('both'; 'positive' = volatility rose), history (200, integer >= 10).
// v = (std_right − std_left) / std_left (ddof = 1); anomaly iff |v| > Q3 + c·IQR
// of the |v| history (last `history` values) and v's sign is `side`.
// A flat left window (std 0) under a moving right one gives v = +Infinity
// (anomalous, not learnt); both flat gives 0. As in ADTK the ratio is
// relative to the left window, so a fall in volatility never gives |v| > 1:
// with the default c, side 'negative' practically never fires (use c ~ 1).
// Delay: as levelshift, `window` − 1 points after the point where ADTK (whose
// right window looks ahead) flags. No band. Distance: |v| over the cut-off.
// Warm-up: 2·`window` values, then min(history, 20) ratios.

import { RollingMoments, type RollingMomentsState } from './rolling_moments.ts';
import { adjacentWindowsFactory } from './adjacent_windows.ts';
import { rollingMomentsBytes } from './state_bytes.ts';

export const volatilityshiftFactory = adjacentWindowsFactory<RollingMoments, RollingMomentsState>({
  name: 'volatilityshift',
  minWindow: 2,
  defaultC: 6,
  kind: {
    create: (capacity) => new RollingMoments(capacity),
    push: (w, x) => w.push(x),
    full: (w) => w.full,
    save: (w, out) => w.save(out),
    read: (capacity, r, what) => RollingMoments.read(capacity, r, what),
    load: (capacity, state) => RollingMoments.restore(capacity, state),
  },
  // Relative change of the standard deviation; a flat left window under a moving right one is infinitely far.
  statistic: (left, right) => {
    const sl = left.std();
    const sr = right.std();
    return sl > 0 ? (sr - sl) / sl : sr > 0 ? Infinity : 0;
  },
  windowBytes: rollingMomentsBytes,
});
