// Backfill progress on stderr: a redrawn bar with rate and ETA on a terminal,
// a plain line every few seconds otherwise (logs, CI).

export interface Progress {
  update(done: number): void;
  /** Clear the bar (the caller prints the summary). */
  finish(): void;
}

export interface ProgressOptions {
  total: number;
  stream?: NodeJS.WriteStream;
  /** Default: the stream's isTTY. */
  tty?: boolean;
  /** Plain-line interval when not a TTY. Default 5000 ms. */
  lineIntervalMs?: number;
  now?: () => number;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const tty = options.tty ?? stream.isTTY === true;
  const now = options.now ?? (() => performance.now());
  const started = now();
  const interval = tty ? 100 : (options.lineIntervalMs ?? 5000);
  let last = started;
  let drawn = false;

  const render = (done: number): string => {
    const elapsed = (now() - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const fraction = options.total > 0 ? Math.min(1, done / options.total) : 1;
    const eta = rate > 0 ? (options.total - done) / rate : Infinity;
    const pct = (fraction * 100).toFixed(1).padStart(5);
    if (!tty) return `progress: ${pct}% ${fmt(done)}/${fmt(options.total)} points, ${fmt(rate)} points/s, eta ${formatSeconds(eta)}\n`;
    const width = 30;
    const filled = Math.round(fraction * width);
    return `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}% ${fmt(done)}/${fmt(options.total)} points  ${fmt(rate)} points/s  eta ${formatSeconds(eta)}\x1b[K`;
  };

  return {
    update(done) {
      const t = now();
      if (t - last < interval) return;
      last = t;
      stream.write(render(done));
      drawn = true;
    },
    finish() {
      if (tty && drawn) stream.write('\r\x1b[K');
    },
  };
}
