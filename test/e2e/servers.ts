// Builds (or finds in the cache) the real influxd and kapacitord, and runs server processes for the e2e test.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export { PROJECT_ROOT as REPO_ROOT } from '../../udf/project_root.ts';
import { PROJECT_ROOT as REPO_ROOT } from '../../udf/project_root.ts';

/** The Kapacitor releases the e2e suite runs against: the last built from the Go module proxy, and the one users run. */
export const KAPACITOR_VERSIONS = ['1.5.9', '1.8.2'] as const;
export type KapacitorVersion = (typeof KAPACITOR_VERSIONS)[number];

/**
 * The Kapacitor release this run of the suite tests, from KAPACITOR_VERSION (`npm run test:e2e` runs the suite once
 * per release); 1.8.2 when unset. Anything else is an error rather than a silent fallback.
 */
export function kapacitorVersion(env: NodeJS.ProcessEnv = process.env): KapacitorVersion {
  const wanted = env.KAPACITOR_VERSION?.replace(/^v/, '') || '1.8.2';
  const known = KAPACITOR_VERSIONS.find((v) => v === wanted);
  if (!known) throw new Error(`KAPACITOR_VERSION=${env.KAPACITOR_VERSION}: the e2e suite knows ${KAPACITOR_VERSIONS.join(', ')}`);
  return known;
}

export interface ServerBinaries {
  influxd: string;
  influx: string;
  kapacitord: string;
  kapacitor: string;
  kapacitorVersion: KapacitorVersion;
}

/**
 * Runs scripts/build-servers.sh for influxd and one Kapacitor release (instant once cached) and returns the binaries
 * it prints. Throws if it fails.
 */
export function locateServers(version: KapacitorVersion = kapacitorVersion()): ServerBinaries {
  const result = spawnSync('bash', [`${REPO_ROOT}/scripts/build-servers.sh`, 'influxdb', `kapacitor-${version}`], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 30 * 60_000,
  });
  if (result.status !== 0) {
    throw new Error(`scripts/build-servers.sh failed (exit ${result.status ?? result.signal}); the e2e test needs real servers`);
  }
  const found = new Map<string, string>();
  for (const line of result.stdout.split('\n')) {
    const match = /^([\w.-]+)=(\/.+)$/.exec(line.trim());
    if (match) found.set(match[1]!, match[2]!);
  }
  const get = (name: string): string => {
    const path = found.get(name);
    if (!path) throw new Error(`scripts/build-servers.sh did not print ${name}=<path>`);
    return path;
  };
  return {
    influxd: get('influxd'),
    influx: get('influx'),
    kapacitord: get(`kapacitord-${version}`),
    kapacitor: get(`kapacitor-${version}`),
    kapacitorVersion: version,
  };
}

/** A port that was free a moment ago on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no port assigned'))));
    });
  });
}

export async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `check` until it returns a value other than undefined, or throws after `timeoutMs` with `what`. */
export async function waitUntil<T>(what: string, timeoutMs: number, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (err) {
      lastError = err;
    }
    await sleep(250);
  }
  const detail = lastError instanceof Error ? `: ${lastError.message}` : '';
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail}`);
}

/** A long-running server whose stdout and stderr go to a log file. */
export class ServerProcess {
  readonly name: string;
  readonly logFile: string;
  private readonly child: ChildProcess;
  private exitCode: number | string | null = null;
  private readonly exited: Promise<void>;

  constructor(name: string, bin: string, args: string[], options: { cwd: string; logFile: string; env?: NodeJS.ProcessEnv }) {
    this.name = name;
    this.logFile = options.logFile;
    const log = createWriteStream(options.logFile);
    this.child = spawn(bin, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout?.pipe(log, { end: false });
    this.child.stderr?.pipe(log, { end: false });
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        this.exitCode = code ?? signal;
        resolve();
      });
      this.child.once('error', (err) => {
        this.exitCode = `spawn error: ${err.message}`;
        resolve();
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return this.exitCode === null;
  }

  /** Waits until `url` answers with a 2xx status; fails early if the process dies. */
  async waitHealthy(url: string, timeoutMs: number): Promise<void> {
    await waitUntil(`${this.name} at ${url}`, timeoutMs, async () => {
      if (!this.running) throw new Error(`${this.name} exited (${this.exitCode}); log:\n${this.logTail()}`);
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) }).catch(() => undefined);
      return response?.ok ? true : undefined;
    }).catch((err: unknown) => {
      throw new Error(`${err instanceof Error ? err.message : String(err)}\n--- ${this.name} log ---\n${this.logTail()}`);
    });
  }

  /** The last `lines` lines of the log, repeats (same text but the timestamp) collapsed into one with a count. */
  logTail(lines = 40): string {
    let text: string;
    try {
      text = readFileSync(this.logFile, 'utf8');
    } catch {
      return '(no log)';
    }
    const out: { line: string; key: string; repeats: number }[] = [];
    for (const line of text.split('\n')) {
      const key = line.replace(/^ts=\S+ /, '');
      const last = out[out.length - 1];
      if (last && last.key === key) last.repeats += 1;
      else out.push({ line, key, repeats: 1 });
    }
    return out
      .slice(-lines)
      .map((l) => (l.repeats > 1 ? `${l.line} (x${l.repeats})` : l.line))
      .join('\n');
  }

  /** SIGTERM, then SIGKILL after `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGTERM');
    const killed = await Promise.race([this.exited.then(() => false), sleep(graceMs).then(() => true)]);
    if (killed && this.running) {
      this.child.kill('SIGKILL');
      await this.exited;
    }
  }
}
