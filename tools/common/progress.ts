// A one-line progress bar on stderr, only when stderr is a terminal and the
// job is long enough to need one (logs and CI output stay clean).

export interface Progress {
  update(done: number): void;
  finish(): void;
}

const NOOP: Progress = { update: () => {}, finish: () => {} };

export interface ProgressOptions {
  /** Below this many units no bar is drawn. */
  minTotal?: number;
  stream?: NodeJS.WriteStream;
  /** Redraw at most this often. */
  intervalMs?: number;
}

export function createProgress(label: string, total: number, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  if (!stream.isTTY || total < (options.minTotal ?? 20_000)) return NOOP;
  const interval = options.intervalMs ?? 100;
  let last = 0;
  let drawn = false;
  const draw = (done: number): void => {
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - 30));
    const frac = total > 0 ? Math.min(1, done / total) : 1;
    const filled = Math.round(frac * width);
    stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(frac * 100).toFixed(0).padStart(3)}% ${done}/${total}`);
    drawn = true;
  };
  return {
    update(done: number) {
      const now = Date.now();
      if (now - last < interval && done < total) return;
      last = now;
      draw(done);
    },
    finish() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
