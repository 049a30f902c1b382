// Runs the UDF in process mode (stdin/stdout) or socket mode, and turns the
// conversation's end into the process's exit code.
import { serveStream } from './agent/serve_stream.ts';
import { listenOnSocket } from './agent/socket_server.ts';
import type { HandlerFactory } from './agent/handler.ts';
import type { Logger } from './log.ts';
import type { ConversationStats } from './agent/conversation_stats.ts';

export interface ServeOptions {
  factory: HandlerFactory;
  logger: Logger;
  maxFrameSize?: number;
  /** Largest RestoreRequest read (see AgentOptions.maxRestoreSize). */
  maxRestoreSize?: number;
  socket?: string;
  /** The process's counters for its stats line. */
  stats?: ConversationStats;
}

export async function serve(options: ServeOptions): Promise<number> {
  const { factory, logger, maxFrameSize, maxRestoreSize, stats } = options;
  if (options.socket) {
    const socket = await listenOnSocket(options.socket, factory, { logger, maxFrameSize, maxRestoreSize, stats });
    return new Promise<number>((resolve) => {
      const stop = (signal: string): void => {
        logger.info({ signal }, 'shutting down');
        void socket.close().then(() => resolve(0));
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    });
  }
  const served = serveStream(process.stdin, process.stdout, factory, { logger, maxFrameSize, maxRestoreSize, stats });
  process.once('SIGTERM', () => served.shutdown('SIGTERM'));
  process.once('SIGINT', () => served.shutdown('SIGINT'));
  const exit = await served.done;
  logger.info({ code: exit.code, reason: exit.reason }, 'agent stopped');
  return exit.code;
}
