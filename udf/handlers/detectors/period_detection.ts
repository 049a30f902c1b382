// Seasonal period detection by autocorrelation, for the seasonal detector when
// no `.period()` is given (ADTK SeasonalAD finds its `freq` the same way when
// none is given, from the autocorrelation of its training series).
//
// 0. Grid: ADTK requires evenly spaced points. The typical step is the mean of
//    the time differences within ±50% of their median (gaps left out, jitter
//    averaged); each value goes to its nearest slot of that step's grid and
//    empty slots are interpolated, so missing points do not shorten the season.
// 1. Detrend: the least-squares line over the slot index is removed.
// 2. r(k), k = 1 .. N/3, is the Pearson correlation of the series with itself
//    k slots later (each overlapping segment centred on its own mean). ADTK
//    uses statsmodels' biased acf, whose (1 − k/N) envelope pulls long peaks
//    short (a 288-point sine in 1000 points peaks near 265); this one peaks
//    at the season itself.
// 3. Hills: the lags are split into runs where r >= LOW_ACF (0.1, ADTK's
//    low_autocorr); the first run, r's decay from lag 0, is skipped, so a slow
//    trend or random walk is not read as a season. A hill's highest lag k is a
//    candidate when k >= 2, r(k) > HIGH_ACF (0.3, ADTK's high_autocorr), it is
//    a local maximum, and the season repeats: r near 2k (±k/10) is above
//    HIGH_ACF too. Lags stop at N/3 so that the repeat is measured on N/3 pairs
//    or more: the season must be seen three times (which also gives the
//    detector's per-phase profiles their 3 values each from the replay).
// 4. ADTK takes the candidate with the highest r; here the shortest candidate
//    within HARMONIC_SLACK (0.1) of the highest, as the peak at twice the
//    season can edge out the season's own by noise.
// 5. Refine: r's peak is broad for long seasons, so the lag within ±k/8 of it
//    whose fold (mean per position mod lag) leaves the least residual variance
//    per degree of freedom is taken: a wrong lag drifts across every cycle.
// No candidate: no significant period (null), as ADTK's "Could not find
// significant seasonality". Period = lag × typical step, snapped to 1h, 1d or
// 7d when one of them is within ±lag/8 steps of it: a season detected as 23 or
// 25 hourly points is a day, and the detector's phase is time modulo the
// period, so an hour's error would drift the profile by an hour every day.

/** Points (per group and field) collected to detect the period when `detect` is not given. */
export const DEFAULT_DETECT_POINTS = 1000;
/** Fewest points detection accepts: below this the autocorrelation says nothing. */
export const MIN_DETECT_POINTS = 20;
export const MIN_LAG = 2;
/** Hills of r are separated by lags where it falls below this (ADTK's low_autocorr). */
export const LOW_ACF = 0.1;
/** A peak counts only above this (ADTK's high_autocorr). */
export const HIGH_ACF = 0.3;
/** A shorter peak within this much of the highest wins (the season, not its multiple). */
export const HARMONIC_SLACK = 0.1;
/** Lags up to N / this: the season must be seen this many times. */
export const MIN_CYCLES = 3;
/** Refinement and calendar snapping look within ±lag / this. */
export const REFINE_DIVISOR = 8;

const HOUR_MS = 3_600_000;
/** Periods a detected one snaps to: hour, day, week. */
export const CALENDAR_PERIODS_MS: readonly number[] = [HOUR_MS, 24 * HOUR_MS, 7 * 24 * HOUR_MS];

export interface SeasonLag {
  /** Season length in points. */
  lag: number;
  /** r at the autocorrelation peak the lag was refined from. */
  acf: number;
}

export interface DetectedPeriod extends SeasonLag {
  /** Typical time between consecutive points, in ms (typicalStep). */
  stepMs: number;
  /** lag · stepMs, or the calendar period it snapped to. */
  periodMs: number;
}

/** The residual of a least-squares line fitted over the point index. */
export function detrend(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  if (n === 0) return out;
  const meanT = (n - 1) / 2;
  let meanX = 0;
  for (let t = 0; t < n; t++) meanX += values[t]!;
  meanX /= n;
  let sxy = 0;
  let sxx = 0;
  for (let t = 0; t < n; t++) {
    const dt = t - meanT;
    sxy += dt * (values[t]! - meanX);
    sxx += dt * dt;
  }
  const slope = sxx > 0 ? sxy / sxx : 0;
  for (let t = 0; t < n; t++) out[t] = values[t]! - meanX - slope * (t - meanT);
  return out;
}

/**
 * r[0..maxLag] (capped at n − 2): r[k] is the Pearson correlation of y[0..n−k)
 * with y[k..n). r[0] = 1; a lag where either segment has no variance gets 0.
 */
export function lagCorrelation(y: ArrayLike<number>, maxLag: number): Float64Array {
  const n = y.length;
  const top = Math.max(0, Math.min(maxLag, n - 2));
  const r = new Float64Array(top + 1);
  r[0] = 1;
  // Prefix sums of y and y² give each segment's mean and variance in O(1).
  const s1 = new Float64Array(n + 1);
  const s2 = new Float64Array(n + 1);
  for (let t = 0; t < n; t++) {
    s1[t + 1] = s1[t]! + y[t]!;
    s2[t + 1] = s2[t]! + y[t]! * y[t]!;
  }
  for (let k = 1; k <= top; k++) {
    const m = n - k;
    const meanA = s1[m]! / m;
    const meanB = (s1[n]! - s1[k]!) / m;
    const varA = s2[m]! - m * meanA * meanA;
    const varB = s2[n]! - s2[k]! - m * meanB * meanB;
    if (!(varA > 0 && varB > 0)) continue;
    let cross = 0;
    for (let t = 0; t < m; t++) cross += (y[t]! - meanA) * (y[t + k]! - meanB);
    r[k] = cross / Math.sqrt(varA * varB);
  }
  return r;
}

/** Residual variance per degree of freedom after removing the mean of each position mod `lag`. */
export function foldVariance(y: ArrayLike<number>, lag: number): number {
  const n = y.length;
  if (n <= lag) return NaN;
  const sum = new Float64Array(lag);
  const count = new Float64Array(lag);
  let ss = 0;
  for (let t = 0; t < n; t++) {
    const p = t % lag;
    sum[p] = sum[p]! + y[t]!;
    count[p] = count[p]! + 1;
    ss += y[t]! * y[t]!;
  }
  for (let p = 0; p < lag; p++) if (count[p]! > 0) ss -= (sum[p]! * sum[p]!) / count[p]!;
  return Math.max(0, ss) / (n - lag);
}

/** Half-width of the refinement (and calendar snapping) range around a lag. */
export function refineRadius(lag: number): number {
  return Math.max(1, Math.round(lag / REFINE_DIVISOR));
}

/** The season length in points of a series of evenly spaced values, or null when none is significant. */
export function seasonLag(values: ArrayLike<number>): SeasonLag | null {
  const n = values.length;
  const maxLag = Math.floor(n / MIN_CYCLES);
  if (maxLag < MIN_LAG + 1) return null;
  const y = detrend(values);
  const r = lagCorrelation(y, 2 * maxLag + Math.ceil(maxLag / 10));
  const peaks: SeasonLag[] = [];
  let k = 1;
  while (k <= maxLag && !(r[k]! < LOW_ACF)) k++;
  while (k <= maxLag) {
    while (k <= maxLag && r[k]! < LOW_ACF) k++;
    let top = -1;
    for (; k <= maxLag && !(r[k]! < LOW_ACF); k++) if (top < 0 || r[k]! > r[top]!) top = k;
    if (top >= MIN_LAG && r[top]! > HIGH_ACF && r[top]! > r[top - 1]! && r[top]! >= r[top + 1]! && repeats(r, top)) {
      peaks.push({ lag: top, acf: r[top]! });
    }
  }
  if (peaks.length === 0) return null;
  let best = -Infinity;
  for (const p of peaks) best = Math.max(best, p.acf);
  const chosen = peaks.find((p) => p.acf >= best - HARMONIC_SLACK)!;
  return { lag: refineLag(y, chosen.lag), acf: chosen.acf };
}

/** Whether r also peaks above HIGH_ACF near twice the lag (within ±lag/10). */
function repeats(r: Float64Array, lag: number): boolean {
  const tol = Math.max(1, Math.round(lag / 10));
  for (let j = 2 * lag - tol; j <= 2 * lag + tol && j < r.length; j++) if (r[j]! > HIGH_ACF) return true;
  return false;
}

/** The lag within refineRadius of `lag` whose fold fits best (the shorter on a tie). */
function refineLag(y: Float64Array, lag: number): number {
  const w = refineRadius(lag);
  let best = lag;
  let bestV = foldVariance(y, lag);
  for (let l = Math.max(MIN_LAG, lag - w); l <= lag + w; l++) {
    const v = foldVariance(y, l);
    if (v < bestV || (v === bestV && l < best)) {
      bestV = v;
      best = l;
    }
  }
  return best;
}

/** Median of the differences between consecutive times (NaN for fewer than two times). */
export function medianStep(timesMs: ArrayLike<number>): number {
  const d = steps(timesMs);
  const n = d.length;
  if (n === 0) return NaN;
  const h = n >> 1;
  return n & 1 ? d[h]! : (d[h - 1]! + d[h]!) / 2;
}

/**
 * The typical time between points: the mean of the differences within ±50%
 * of their median. The median alone ignores gaps but follows jitter to one
 * side (differences of 62, 62, 62, 55 minutes have median 62); averaging the
 * differences near it cancels the jitter and still leaves gaps out.
 */
export function typicalStep(timesMs: ArrayLike<number>): number {
  const median = medianStep(timesMs);
  if (!(median > 0)) return median;
  let sum = 0;
  let count = 0;
  for (const d of steps(timesMs)) {
    if (d >= 0.5 * median && d <= 1.5 * median) {
      sum += d;
      count++;
    }
  }
  return sum / count;
}

/** Sorted differences between consecutive times. */
function steps(timesMs: ArrayLike<number>): Float64Array {
  const n = timesMs.length;
  const d = new Float64Array(Math.max(0, n - 1));
  for (let i = 1; i < n; i++) d[i - 1] = timesMs[i]! - timesMs[i - 1]!;
  return d.sort();
}

/** lag · step, or the calendar period within ±refineRadius(lag) steps of it. */
export function periodOfLag(lag: number, stepMs: number): number {
  const raw = lag * stepMs;
  const tolerance = refineRadius(lag) * stepMs;
  for (const c of CALENDAR_PERIODS_MS) if (Math.abs(raw - c) <= tolerance) return c;
  return raw;
}

/**
 * The values on a regular grid of `stepMs` from the first time: each value at
 * its nearest slot (a later one replaces an earlier one in the same slot),
 * empty slots interpolated linearly, so that missing points do not shorten
 * the season in points. At most `maxSlots` slots, the latest ones.
 */
export function regularGrid(timesMs: ArrayLike<number>, values: ArrayLike<number>, stepMs: number, maxSlots: number): Float64Array {
  const n = timesMs.length;
  if (n === 0) return new Float64Array(0);
  const last = Math.round((timesMs[n - 1]! - timesMs[0]!) / stepMs);
  const first = Math.max(0, last + 1 - maxSlots);
  const grid = new Float64Array(last - first + 1).fill(NaN);
  for (let i = 0; i < n; i++) {
    const slot = Math.round((timesMs[i]! - timesMs[0]!) / stepMs) - first;
    if (slot >= 0 && slot < grid.length) grid[slot] = values[i]!;
  }
  let known = -1;
  for (let j = 0; j < grid.length; j++) {
    if (Number.isNaN(grid[j]!)) continue;
    if (known < 0) grid.fill(grid[j]!, 0, j); // the oldest slots, when trimmed, take the first known value
    else for (let g = known + 1; g < j; g++) grid[g] = grid[known]! + ((grid[j]! - grid[known]!) * (g - known)) / (j - known);
    known = j;
  }
  return grid;
}

/**
 * The seasonal period of points (times in ms, values), or null when none is
 * significant or time does not advance. The values are put on the regular
 * grid of the typical step first, over at most the latest 2·n steps.
 */
export function detectPeriod(timesMs: ArrayLike<number>, values: ArrayLike<number>): DetectedPeriod | null {
  const stepMs = typicalStep(timesMs);
  if (!(stepMs > 0)) return null;
  const found = seasonLag(regularGrid(timesMs, values, stepMs, 2 * values.length));
  if (found === null) return null;
  return { ...found, stepMs, periodMs: periodOfLag(found.lag, stepMs) };
}
