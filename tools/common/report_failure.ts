// How an offline subcommand ends on an error: one line on stderr (the stack
// only with ADS_DEBUG=1) and exit code 1.
import { errorMessage } from '../../udf/errors.ts';

export function reportFailure(command: string, err: unknown): number {
  process.stderr.write(`ads ${command}: ${errorMessage(err)}\n`);
  if (process.env.ADS_DEBUG === '1' && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  return 1;
}
