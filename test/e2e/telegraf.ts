// The real Telegraf (built by scripts/build-telegraf.sh) run with one of the project's configs in telegraf/; the
// test's addresses reach it through the configs' own ${NAME:-default} environment variables.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInstallScript } from './install_script.ts';
import { REPO_ROOT, ServerProcess, waitUntil } from './servers.ts';

/** Runs scripts/build-telegraf.sh (instant once cached) and returns the binary. Throws if it fails. */
export function locateTelegraf(): string {
  return runInstallScript('scripts/build-telegraf.sh', ['telegraf']).telegraf;
}

export interface TelegrafOptions {
  bin: string;
  /** Where the log goes. */
  dir: string;
  name: string;
  /** A config under telegraf/, e.g. 'kafka_consumer.conf'. */
  config: string;
  env: Record<string, string>;
}

/** Starts Telegraf and resolves once its agent runs (config loaded, plugins started). */
export async function startTelegraf(options: TelegrafOptions): Promise<ServerProcess> {
  const logFile = join(options.dir, `${options.name}.log`);
  const server = new ServerProcess(options.name, options.bin, ['--strict-env-handling', '--config', join(REPO_ROOT, 'telegraf', options.config)], {
    cwd: options.dir,
    logFile,
    env: { ...process.env, ...options.env },
  });
  await waitUntil(`${options.name} to start`, 30_000, async () => {
    if (!server.running) throw new Error(`${options.name} exited; log:\n${server.logTail()}`);
    return readFileSync(logFile, 'utf8').includes('[agent] Config:') ? true : undefined;
  }).catch(async (err: unknown) => {
    await server.stop();
    throw err;
  });
  return server;
}

/** Lines of a Telegraf log that report an error of `plugin` (e.g. 'inputs.kafka_consumer'). */
export function pluginErrors(server: ServerProcess, plugin: string): string[] {
  return readFileSync(server.logFile, 'utf8')
    .split('\n')
    .filter((line) => line.includes(`E! [${plugin}]`));
}
