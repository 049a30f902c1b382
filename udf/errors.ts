// The project's named errors, one module for all of them: the UDF's own
// (frames, protocol, options, snapshots) and those of the tools around it
// (input files, the UDF client, the generator's write targets, the alert
// command). Each takes ErrorOptions, so a wrapper keeps what it wraps as
// `cause` instead of only copying its message.

/** A frame that cannot be read: too large, a bad length prefix, input ending inside it. */
export class FrameError extends Error {
  override name = 'FrameError';
}

/** A conversation that breaks the protocol's rules (batch brackets, a response with no message). */
export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

/** A TICKscript option, or the command-line flag standing for one, that is unknown or out of range. */
export class OptionError extends Error {
  override name = 'OptionError';
}

/** A snapshot that cannot be restored: not ours, another version, or state that does not fit the options. */
export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

/** An error in a user's input file, reported as `file:line: message`. */
export class InputError extends Error {
  override name = 'InputError';
  readonly file: string;
  readonly line: number | null;

  constructor(file: string, line: number | null, message: string, options?: ErrorOptions) {
    super(line === null ? `${file}: ${message}` : `${file}:${line}: ${message}`, options);
    this.file = file;
    this.line = line;
  }
}

export type UdfFailure = 'error-response' | 'init-failed' | 'exited' | 'protocol' | 'io';

/** Why a conversation with a UDF process failed, with the tail of its stderr (its log). */
export class UdfError extends Error {
  override name = 'UdfError';
  readonly failure: UdfFailure;
  readonly reason: string;
  stderr = '';

  constructor(failure: UdfFailure, reason: string, stderr: string = '', options?: ErrorOptions) {
    super(reason, options);
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

export type TargetErrorReason = 'url' | 'connection' | 'auth' | 'http' | 'broker' | 'timeout' | 'io' | 'closed';

/** A write target of the data generator that failed, and whether trying again may help. */
export class TargetError extends Error {
  override name = 'TargetError';
  readonly reason: TargetErrorReason;
  readonly retryable: boolean;
  readonly status: number | undefined;

  constructor(message: string, reason: TargetErrorReason, retryable: boolean, status?: number, options?: ErrorOptions) {
    super(message, options);
    this.reason = reason;
    this.retryable = retryable;
    this.status = status;
  }
}

/** Alert JSON on the alert command's stdin that cannot be turned into a message. */
export class AlertInputError extends Error {
  override name = 'AlertInputError';
}

/** The alert command's flags or environment are missing or wrong. */
export class AlertConfigError extends Error {
  override name = 'AlertConfigError';
}

/** The message of anything thrown, for logs and one-line reports. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}
