// Why a conversation with a UDF process failed, with the tail of its stderr
// (its pino log) so the caller can show what the process said.
export type UdfFailure = 'error-response' | 'init-failed' | 'exited' | 'protocol' | 'io';

export class UdfError extends Error {
  override name = 'UdfError';
  readonly failure: UdfFailure;
  readonly reason: string;
  stderr = '';

  constructor(failure: UdfFailure, reason: string, stderr: string = '') {
    super(reason);
    this.failure = failure;
    this.reason = reason;
    this.withStderr(stderr);
  }

  /** The process's log usually arrives after the failure is seen on stdout; the message is completed then. */
  withStderr(stderr: string): this {
    this.stderr = stderr;
    this.message = stderr.trim() === '' ? this.reason : `${this.reason}\n--- UDF stderr (tail) ---\n${stderr.trimEnd()}`;
    return this;
  }
}
