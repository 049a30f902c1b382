// Logging for the UDF: pino, one JSON line per event on stderr (fd 2).
// stdout belongs to the protocol. Kapacitor reads a UDF's stderr line by
// line with a 64 KiB limit, so every line is clipped well below that.
import { writeSync } from 'node:fs';
import { pino, type Logger, type LevelWithSilent } from 'pino';

export type { Logger };

export const LOG_LEVELS: readonly LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
export const MAX_LOG_LINE = 16 * 1024;

/** Level from the flag, else ADS_LOG_LEVEL, else 'info'. */
export function resolveLogLevel(flag?: string): LevelWithSilent {
  const level = (flag ?? process.env.ADS_LOG_LEVEL ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new Error(`log level must be one of ${LOG_LEVELS.join(', ')}, got '${level}'`);
  }
  return level as LevelWithSilent;
}

/** Shortens an over-long JSON line to a valid JSON line that says it was clipped. */
export function clipLine(line: string, max: number = MAX_LOG_LINE): string {
  if (line.length <= max) return line;
  // The line is already JSON, so re-escaping at most doubles it ('"' and '\\').
  const head = line.slice(0, (max >> 1) - 200);
  return JSON.stringify({ level: 50, msg: 'log line clipped', clippedChars: line.length, head }) + '\n';
}

/** Where log lines go: stderr, synchronously, by default. */
export interface LogDestination {
  write(line: string): void;
}

const stderrDestination: LogDestination = {
  write(line: string): void {
    writeSync(2, line);
  },
};

export function createLogger(level: LevelWithSilent = 'info', bindings: Record<string, unknown> = {}, destination: LogDestination = stderrDestination): Logger {
  return pino({ level, base: { pid: process.pid, ...bindings } }, { write: (line: string) => destination.write(clipLine(line)) });
}
