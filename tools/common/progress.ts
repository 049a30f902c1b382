// The one progress display of the project's commands, on stderr: a redrawn
// bar on a terminal for jobs long enough to need one; off a terminal nothing,
// or a plain line now and then where the caller asks (long backfills), so
// logs and CI output stay readable.

export interface Progress {
  update(done: number): void;
  /** Clears the bar (the caller prints its summary). */
  finish(): void;
}

const NOOP: Progress = { update: () => {}, finish: () => {} };

export interface ProgressOptions {
  /** Below this many units nothing is shown (default 20,000). */
  minTotal?: number;
  stream?: NodeJS.WriteStream;
  /** Default: the stream's isTTY. */
  tty?: boolean;
  /** Redraw the bar at most this often (default 100 ms). */
  intervalMs?: number;
  /** Off a terminal, a plain line this often; none when unset. */
  lineIntervalMs?: number;
  /** What is counted ('points'): when set, the rate and the time left are shown too. */
  unit?: string;
  now?: () => number;
}

/** 42 -> "42s", 125 -> "2m05s", 5400 -> "1h30m". */
export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

export function createProgress(label: string, total: number, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const tty = options.tty ?? stream.isTTY === true;
  const interval = tty ? (options.intervalMs ?? 100) : options.lineIntervalMs;
  if (interval === undefined || total < (options.minTotal ?? 20_000)) return NOOP;
  const now = options.now ?? (() => performance.now());
  const started = now();
  let last = tty ? -Infinity : started;
  let drawn = false;

  const rateText = (done: number, sep: string): string => {
    if (options.unit === undefined) return '';
    const elapsed = (now() - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const eta = rate > 0 ? (total - done) / rate : Infinity;
    return ` ${options.unit}${sep}${Math.round(rate)} ${options.unit}/s${sep}eta ${formatSeconds(eta)}`;
  };
  const render = (done: number): string => {
    const frac = total > 0 ? Math.min(1, done / total) : 1;
    const pct = `${(frac * 100).toFixed(0).padStart(3)}%`;
    if (!tty) return `${label}: ${pct} ${done}/${total}${rateText(done, ', ')}\n`;
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - 30));
    const filled = Math.round(frac * width);
    const bar = `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct} ${done}/${total}`;
    return options.unit === undefined ? bar : `${bar}${rateText(done, '  ')}\x1b[K`;
  };
  return {
    update(done: number) {
      const t = now();
      if (t - last < interval && done < total) return;
      last = t;
      stream.write(render(done));
      drawn = true;
    },
    finish() {
      if (tty && drawn) stream.write('\r\x1b[K');
    },
  };
}
