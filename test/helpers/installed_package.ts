// Test helper: the project as users get it, `npm pack` (which builds dist/) and
// `npm install -g --prefix <dir> <tarball>`, so tests run the installed bins
// with no TypeScript tooling and from any directory. The end-to-end suites
// share one installation per state of the sources (a hash of the files the
// package is built from), so ten test files do not pack and install ten times.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from '../../udf/project_root.ts';

export interface InstalledPackage {
  /** The --prefix it was installed into. */
  prefix: string;
  /** The installed package's directory (<prefix>/lib/node_modules/kapacitor-ads). */
  root: string;
  /** <prefix>/bin/<name>: one of the package's bins. */
  bin(name: 'kapacitor-ads' | 'kapacitor-ads-printer-data' | 'kapacitor-ads-twilio'): string;
}

const PACKAGE = 'kapacitor-ads';
/** What the package is built from: a change to any of these is a new package. */
const SOURCES = ['udf', 'tools', 'alert', 'scripts', 'model', 'tick', 'kapacitor', 'grafana', 'telegraf', 'package.json', 'package-lock.json', 'tsconfig.json', 'README.md'];

function run(cmd: string, args: string[], cwd: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 10 * 60_000, env: { ...process.env, npm_config_update_notifier: 'false' } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

function packageAt(prefix: string): InstalledPackage {
  return { prefix, root: join(prefix, 'lib', 'node_modules', PACKAGE), bin: (name) => join(prefix, 'bin', name) };
}

/** `npm pack` into `dir` (its prepack script builds dist/); returns the tarball's path. */
export function packProject(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const out = run('npm', ['pack', '--pack-destination', dir, '--json'], PROJECT_ROOT);
  const [{ filename }] = JSON.parse(out.slice(out.indexOf('['))) as { filename: string }[];
  return join(dir, filename);
}

/** `npm install -g --prefix <prefix> <tarball>`: the runtime dependencies only, from npm's cache where it has them. */
export function installTarball(tarball: string, prefix: string): InstalledPackage {
  run('npm', ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball], tmpdir());
  const pkg = packageAt(prefix);
  if (!existsSync(pkg.bin('kapacitor-ads'))) throw new Error(`npm install put no kapacitor-ads bin in ${prefix}/bin`);
  return pkg;
}

function sourceHash(): string {
  const hash = createHash('sha256');
  const walk = (path: string): void => {
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) {
      for (const entry of readdirSync(path).sort()) if (entry !== 'node_modules' && entry !== 'dist') walk(join(path, entry));
      return;
    }
    hash.update(relative(PROJECT_ROOT, path)).update('\0').update(readFileSync(path)).update('\0');
  };
  for (const s of SOURCES) walk(join(PROJECT_ROOT, s));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The package of the sources as they are now, packed and installed once under the system's temporary directory and
 * reused while the sources stay the same. Installations older than a day are removed.
 */
export function installedPackage(): InstalledPackage {
  const base = join(tmpdir(), 'kapacitor-ads-packages');
  const dir = join(base, sourceHash());
  const done = join(dir, 'installed');
  if (existsSync(done)) return packageAt(join(dir, 'prefix'));
  mkdirSync(base, { recursive: true });
  for (const entry of readdirSync(base)) {
    const path = join(base, entry);
    if (path !== dir && Date.now() - statSync(path).mtimeMs > 24 * 3600_000) rmSync(path, { recursive: true, force: true });
  }
  // Built aside and renamed into place, so a concurrent test file never sees half an installation.
  const staging = `${dir}.${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const tarball = packProject(staging);
  installTarball(tarball, join(staging, 'prefix'));
  writeFileSync(join(staging, 'installed'), `${tarball}\n`);
  try {
    renameSync(staging, dir);
  } catch {
    // Another process installed the same sources first: use its installation.
    rmSync(staging, { recursive: true, force: true });
  }
  return packageAt(join(dir, 'prefix'));
}
