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
