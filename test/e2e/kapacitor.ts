// kapacitord from the project's own kapacitor/kapacitor.conf, and the kapacitor CLI.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT, ServerProcess, type KapacitorVersion } from './servers.ts';
import { installedPackage } from '../helpers/installed_package.ts';

const execFileAsync = promisify(execFile);

export interface KapacitorConfOptions {
  /** Replaces /var/lib/kapacitor (data, tasks, replays, alert log). */
  dataDir: string;
  /** Replaces /usr/local/bin/kapacitor-ads: the bin of the package installed for the test. */
  udfBin: string;
  httpPort: number;
  influxUrl: string;
}

/**
 * kapacitor/kapacitor.conf with only paths, ports and URLs replaced. Every replacement must match, so a change to the
 * config that the test no longer understands fails here instead of silently testing something else.
 */
export function renderKapacitorConf(template: string, options: KapacitorConfOptions): string {
  const replacements: [RegExp, string][] = [
    [/\/usr\/local\/bin\/kapacitor-ads"/g, `${options.udfBin}"`],
    [/\/var\/lib\/kapacitor/g, options.dataDir],
    [/bind-address = ":9092"/g, `bind-address = "127.0.0.1:${options.httpPort}"`],
    [/http:\/\/influxdb:8086/g, options.influxUrl],
    [/kapacitor-hostname = "kapacitor"/g, 'kapacitor-hostname = "127.0.0.1"'],
  ];
  let conf = template;
  for (const [pattern, value] of replacements) {
    if (!pattern.test(conf)) throw new Error(`kapacitor/kapacitor.conf no longer contains ${pattern}`);
    conf = conf.replace(pattern, value);
  }
  return conf;
}

export interface KapacitordOptions {
  bin: string;
  /** The release `bin` must report on /ping, so a test never runs against another Kapacitor than it says. */
  version: KapacitorVersion;
  dir: string;
  httpPort: number;
  influxUrl: string;
  /** TOML appended to the rendered config (e.g. a socket-mode UDF). */
  extraConf?: string;
  /** Added to kapacitord's environment: KAPACITOR_* variables override the config as in docker/compose.yml. */
  env?: Record<string, string>;
}

/**
 * Runs kapacitord as users do: its UDF the bin of the installed package (packed and installed from the sources as they
 * are, test/helpers/installed_package.ts), its working directory the test's own, outside the project.
 */
export async function startKapacitord(options: KapacitordOptions): Promise<ServerProcess> {
  const dataDir = join(options.dir, 'data');
  mkdirSync(dataDir, { recursive: true });
  const template = readFileSync(join(REPO_ROOT, 'kapacitor', 'kapacitor.conf'), 'utf8');
  const configFile = join(options.dir, 'kapacitor.conf');
  const udfBin = installedPackage().bin('kapacitor-ads');
  writeFileSync(configFile, renderKapacitorConf(template, { ...options, dataDir, udfBin }) + (options.extraConf ? `\n${options.extraConf}\n` : ''));
  const server = new ServerProcess('kapacitord', options.bin, ['-config', configFile], {
    cwd: options.dir,
    logFile: join(options.dir, 'kapacitord.log'),
    env: options.env ? { ...process.env, ...options.env } : undefined,
  });
  const ping = `http://127.0.0.1:${options.httpPort}/kapacitor/v1/ping`;
  await server.waitHealthy(ping, 60_000);
  const reported = (await fetch(ping)).headers.get('x-kapacitor-version');
  if (reported !== options.version) {
    await server.stop();
    throw new Error(`${options.bin} reports Kapacitor ${reported} on /ping, expected ${options.version}`);
  }
  return server;
}

/** The kapacitor CLI against one server, run from the repository root (so relative -tick paths work as in README). */
export class KapacitorCli {
  readonly bin: string;
  readonly url: string;

  constructor(bin: string, url: string) {
    this.bin = bin;
    this.url = url;
  }

  async run(...args: string[]): Promise<string> {
    try {
      const { stdout, stderr } = await execFileAsync(this.bin, ['-url', this.url, ...args], {
        cwd: REPO_ROOT,
        timeout: 60_000,
      });
      return stdout + stderr;
    } catch (err) {
      const e = err as { stdout?: string; stderr?: string; message: string };
      throw new Error(`kapacitor ${args.join(' ')} failed: ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`);
    }
  }
}

export interface TaskShow {
  error: string;
  status: string;
  executing: boolean;
  /** Node name -> its DOT attributes (errors, avg_exec_time_ns, ...). */
  nodes: Map<string, Record<string, string>>;
  /** "from -> to" -> points processed on that edge. */
  edges: Map<string, number>;
  raw: string;
}

/** Parses the text of `kapacitor show <task>`. */
export function parseTaskShow(raw: string): TaskShow {
  const field = (name: string): string => new RegExp(`^${name}:[ \\t]*(.*)$`, 'm').exec(raw)?.[1]?.trim() ?? '';
  const nodes = new Map<string, Record<string, string>>();
  const edges = new Map<string, number>();
  const dot = raw.slice(raw.indexOf('digraph'));
  for (const line of dot.split('\n')) {
    const edge = /^\s*(\S+) -> (\S+) \[processed="(\d+)"\];/.exec(line);
    if (edge) {
      edges.set(`${edge[1]} -> ${edge[2]}`, Number(edge[3]));
      continue;
    }
    const node = /^\s*(\w+) \[(.*)\];$/.exec(line);
    if (node && node[1] !== 'graph') {
      const attrs: Record<string, string> = {};
      for (const m of node[2]!.matchAll(/(\w+)="([^"]*)"/g)) attrs[m[1]!] = m[2]!;
      nodes.set(node[1]!, attrs);
    }
  }
  return { error: field('Error'), status: field('Status'), executing: field('Executing') === 'true', nodes, edges, raw };
}
