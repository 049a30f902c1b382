// Socket mode: Kapacitor dials a Unix socket and opens one connection per
// task node, so each connection gets its own agent and handler.
import { createServer, type Server, type Socket } from 'node:net';
import { existsSync, lstatSync, unlinkSync } from 'node:fs';
import { serveStream, type ServedAgent } from './serve_stream.ts';
import type { AgentOptions } from './agent.ts';
import type { HandlerFactory } from './handler.ts';

export interface SocketServer {
  server: Server;
  /** Stops accepting, ends every conversation and removes the socket file. */
  close(): Promise<void>;
}

export async function listenOnSocket(path: string, factory: HandlerFactory, options: AgentOptions): Promise<SocketServer> {
  removeStaleSocket(path);
  const live = new Map<Socket, ServedAgent>();
  const log = options.logger;
  let nextId = 1;

  const server = createServer((conn) => {
    const id = nextId++;
    const logger = log.child({ conn: id });
    logger.info('connection opened');
    const served = serveStream(conn, conn, factory, { ...options, logger });
    live.set(conn, served);
    void served.done.then((exit) => {
      live.delete(conn);
      logger.info({ code: exit.code, reason: exit.reason }, 'connection closed');
      conn.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => {
      server.off('error', reject);
      resolve();
    });
  });
  log.info({ socket: path }, 'listening');

  const close = async (): Promise<void> => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const [conn, served] of live) {
      served.shutdown('server shutting down');
      conn.end();
    }
    await Promise.race([closed, new Promise((r) => setTimeout(r, 1000).unref())]);
    for (const conn of live.keys()) conn.destroy();
    removeStaleSocket(path);
  };
  return { server, close };
}

/** Removes a socket file left by an earlier run; refuses to delete anything that is not a socket. */
function removeStaleSocket(path: string): void {
  if (!existsSync(path)) return;
  if (!lstatSync(path).isSocket()) throw new Error(`${path} exists and is not a socket; refusing to replace it`);
  unlinkSync(path);
}
