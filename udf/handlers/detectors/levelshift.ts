// levelshift — the median of the last `window` values against the median of
// the `window` values before them (ADTK LevelShiftAD).
//
// Options (defaults): window (10, integer >= 1; ADTK has no default),
// c (6.0, > 0; ADTK's default), side ('both'), history (200, integer >= 10).
// v = median(right window) − median(left window); anomaly iff |v| > Q3 + c·IQR
// of the |v| history (last `history` values) and v's sign is `side`.
// Delay: ADTK centres the two windows on the point t where the new level
// starts (its right window looks `window` − 1 points into the future). The
// streaming detector can only compute that statistic when the right window is
// complete, so it flags the point `window` − 1 points after t: the verdict of
// point t + window − 1 is ADTK's verdict of point t. No band (the statistic
// is about windows, not about the point). Distance: |v| over the cut-off.
// Warm-up: 2·`window` values, then min(history, 20) differences.

import { SortedWindow } from './sorted_window.ts';
import { loadSortedWindow } from './suite_state.ts';
import { adjacentWindowsFactory } from './adjacent_windows.ts';
import { sortedWindowBytes } from './state_bytes.ts';

export const levelshiftFactory = adjacentWindowsFactory<SortedWindow, number[]>({
  name: 'levelshift',
  minWindow: 1,
  defaultC: 6,
  kind: {
    create: (capacity) => new SortedWindow(capacity),
    push: (w, x) => w.push(x),
    full: (w) => w.full,
    save: (w, out) => w.save(out),
    read: (capacity, r, what) => {
      const w = new SortedWindow(capacity);
      w.load(r, what);
      return w;
    },
    load: (capacity, values) => loadSortedWindow(capacity, values),
  },
  statistic: (left, right) => right.median() - left.median(),
  windowBytes: sortedWindowBytes,
});
