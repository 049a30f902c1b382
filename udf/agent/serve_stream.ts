// Binds an Agent to a readable/writable pair: stdin/stdout in process mode,
// one Unix socket connection in socket mode. The agent pauses input while
// output waits for 'drain' or while requests are held behind a snapshot or
// restore, which bounds what can queue in memory.
import type { Readable, Writable } from 'node:stream';
import { Agent, type AgentExit, type AgentOptions } from './agent.ts';
import { errorMessage } from '../errors.ts';
import type { HandlerFactory } from './handler.ts';

/** How long to wait for the last frames to reach the peer before giving up on them. */
const FLUSH_TIMEOUT_MS = 800;

export interface ServedAgent {
  /** Resolves once the conversation is over and its last frames are flushed (or the flush timed out). */
  done: Promise<AgentExit>;
  /** Ends the conversation without an ErrorResponse (signals, server shutdown). */
  shutdown(reason: string): void;
}

export function serveStream(input: Readable, output: Writable, factory: HandlerFactory, options: AgentOptions): ServedAgent {
  let resolveDone!: (exit: AgentExit) => void;
  const done = new Promise<AgentExit>((resolve) => (resolveDone = resolve));

  const onExit = (exit: AgentExit): void => {
    input.off('data', onData);
    input.pause();
    let settled = false;
    const settle = (): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolveDone(exit);
    };
    const timer = setTimeout(settle, FLUSH_TIMEOUT_MS);
    timer.unref();
    if (output.writable) output.write(new Uint8Array(0), settle);
    else settle();
  };

  const agent = new Agent(
    factory,
    {
      write: (bytes) => output.write(bytes),
      afterWritten: (callback) => {
        if (output.writable) output.write(new Uint8Array(0), () => callback());
        else callback();
      },
      onceDrained: (callback) => output.once('drain', callback),
      pauseInput: () => input.pause(),
      resumeInput: () => {
        if (!agent.isClosed) input.resume();
      },
    },
    options,
    onExit,
  );

  const onData = (chunk: Buffer): void => agent.receive(chunk);

  input.on('data', onData);
  input.once('end', () => agent.endOfInput());
  input.once('error', (err) => {
    options.logger.error({ err: errorMessage(err) }, 'input stream failed');
    agent.shutdown(`input error: ${errorMessage(err)}`);
  });
  output.on('error', (err) => {
    // The peer went away (EPIPE): nobody is left to read an ErrorResponse.
    options.logger.error({ err: errorMessage(err) }, 'output stream failed');
    agent.shutdown(`output error: ${errorMessage(err)}`);
  });

  return { done, shutdown: (reason) => agent.shutdown(reason) };
}
