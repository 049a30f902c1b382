// Runs one of the project's fetch/build scripts (scripts/fetch-kafka.sh, scripts/build-telegraf.sh): instant once
// its result is cached, loud when it fails. The script prints `name=/absolute/path` lines on stdout.
import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from './servers.ts';

/** The paths the script printed, by name; throws if it fails or leaves out one of `names`. */
export function runInstallScript<N extends string>(script: string, names: readonly N[]): Record<N, string> {
  const run = spawnSync('bash', [`${REPO_ROOT}/${script}`], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 30 * 60_000,
  });
  if (run.status !== 0) throw new Error(`${script} failed (exit ${run.status ?? run.signal}); the end-to-end tests need what it installs`);
  const printed = Object.fromEntries(
    run.stdout.split('\n').flatMap((line) => {
      const match = /^(\w+)=(\/.+)$/.exec(line.trim());
      return match ? [[match[1]!, match[2]!]] : [];
    }),
  );
  for (const name of names) if (!printed[name]) throw new Error(`${script} did not print ${name}=<path>`);
  return printed as Record<N, string>;
}
