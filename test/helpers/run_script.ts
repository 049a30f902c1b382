// Test helper: runs one of the project's commands as a user does,
// `node --import tsx <script> [args]` from the project root, and collects its
// exit code and output. (The UDF itself is started by tools/client/udf_process.ts.)
import { spawn, spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from '../../udf/project_root.ts';
import { tsxArgs } from '../../tools/client/udf_process.ts';

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface ScriptOptions {
  timeoutMs?: number;
  /** The child's whole environment (default: this process's). */
  env?: NodeJS.ProcessEnv;
  /** Written to the child's stdin, which is then closed; without it stdin is closed from the start. */
  stdin?: string;
}

/** Runs a script to its end; the test's event loop waits meanwhile. */
export function runScript(script: string, args: readonly string[], options: ScriptOptions = {}): ScriptRun {
  const r = spawnSync(process.execPath, tsxArgs(script, args), {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 60_000,
    env: options.env ?? process.env,
    input: options.stdin ?? '',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs a script while the test goes on serving (fake servers in this process); SIGKILL after the timeout. */
export function runScriptAsync(script: string, args: readonly string[], options: ScriptOptions = {}): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, tsxArgs(script, args), {
      cwd: PROJECT_ROOT,
      env: options.env ?? process.env,
      stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    if (options.stdin !== undefined) child.stdin!.end(options.stdin);
  });
}
