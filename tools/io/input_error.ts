// An error in the user's input, reported as `file:line: message` without a
// stack trace. Everything else that goes wrong is a bug and keeps its stack.

export class InputError extends Error {
  readonly file: string;
  readonly line: number | null;

  constructor(file: string, line: number | null, message: string) {
    super(line === null ? `${file}: ${message}` : `${file}:${line}: ${message}`);
    this.name = 'InputError';
    this.file = file;
    this.line = line;
  }
}

/**
 * Reports a failed CLI subcommand on stderr as one line (the stack only with
 * ADS_DEBUG=1) and returns the exit code, 1.
 */
export function reportFailure(command: string, err: unknown): number {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`ads ${command}: ${message}\n`);
  if (process.env.ADS_DEBUG === '1' && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  return 1;
}
