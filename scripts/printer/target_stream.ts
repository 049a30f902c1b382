// Line protocol to a file (--out) or stdout, honouring stream backpressure.
import { closeSync, createWriteStream, openSync } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Target } from './target.ts';
import { errorMessage, TargetError } from '../../udf/errors.ts';

/** Resolves on `event` or on an error (reported through the target's own error listener). */
function settled(stream: Writable, event: 'drain' | 'finish'): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off(event, done);
      stream.off('error', done);
      resolve();
    };
    stream.on(event, done);
    stream.on('error', done);
  });
}

function streamTarget(stream: Writable, description: string, end: boolean): Target {
  let failure: TargetError | undefined;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    failure =
      err.code === 'EPIPE'
        ? new TargetError(`${description} closed by the reader`, 'closed', false)
        : new TargetError(`cannot write to ${description}: ${err.message}`, 'io', false);
  });
  const check = (): void => {
    if (failure) throw failure;
  };
  return {
    description,
    async write(lines) {
      check();
      if (lines.length === 0) return;
      if (!stream.write(lines.join('\n') + '\n')) {
        await settled(stream, 'drain');
      }
      check();
    },
    async close() {
      check();
      if (end) {
        const finished = settled(stream, 'finish');
        stream.end();
        await finished;
      }
      check();
    },
    dispose() {
      if (end) stream.destroy();
    },
  };
}

export function createFileTarget(path: string): Target {
  let fd: number;
  try {
    // Open synchronously so a bad path fails before any generation starts.
    fd = openSync(path, 'w');
  } catch (err) {
    throw new TargetError(`cannot open --out ${path}: ${errorMessage(err)}`, 'io', false, undefined, { cause: err });
  }
  try {
    return streamTarget(createWriteStream(path, { fd, highWaterMark: 1 << 20 }), `file ${path}`, true);
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}

export function createStdoutTarget(): Target {
  return streamTarget(process.stdout, 'stdout', false);
}
