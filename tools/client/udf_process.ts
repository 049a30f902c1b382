// Starts the UDF process: `node --import tsx udf/main.ts [args]` from the
// project root, logging at 'warn' unless told otherwise. The one place that
// knows how the UDF is started outside Kapacitor: the client, the demo, the
// benchmarks and the process tests all come through here.
import { spawn, spawnSync, type ChildProcess, type ChildProcessWithoutNullStreams, type SpawnSyncReturns, type StdioOptions } from 'node:child_process';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../udf/project_root.ts';

export const UDF_MAIN = resolve(PROJECT_ROOT, 'udf/main.ts');

export interface UdfProcessOptions {
  /** Arguments after udf/main.ts, e.g. ['--batch']. */
  args?: readonly string[];
  /** ADS_LOG_LEVEL of the child (default 'warn'). */
  logLevel?: string;
  env?: NodeJS.ProcessEnv;
}

/** Node's arguments that run a TypeScript file of the project. */
export function tsxArgs(script: string, args: readonly string[] = []): string[] {
  return ['--import', 'tsx', script, ...args];
}

function environment(options: UdfProcessOptions): NodeJS.ProcessEnv {
  return { ...process.env, ADS_LOG_LEVEL: options.logLevel ?? 'warn', ...options.env };
}

/** The UDF with its three standard streams piped, or as `stdio` says. */
export function spawnUdf(options?: UdfProcessOptions): ChildProcessWithoutNullStreams;
export function spawnUdf(options: UdfProcessOptions & { stdio: StdioOptions }): ChildProcess;
export function spawnUdf(options: UdfProcessOptions & { stdio?: StdioOptions } = {}): ChildProcess {
  return spawn(process.execPath, tsxArgs(UDF_MAIN, options.args), { cwd: PROJECT_ROOT, env: environment(options), stdio: options.stdio ?? 'pipe' });
}

/** Runs the UDF to its end on the given input, for tests that compare whole outputs. */
export function runUdfSync(input: Uint8Array, options: UdfProcessOptions & { timeoutMs?: number } = {}): SpawnSyncReturns<Buffer> {
  return spawnSync(process.execPath, tsxArgs(UDF_MAIN, options.args), {
    cwd: PROJECT_ROOT,
    env: environment(options),
    input,
    maxBuffer: 256 * 1024 * 1024,
    timeout: options.timeoutMs ?? 120_000,
  });
}
