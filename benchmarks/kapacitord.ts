// Throughput through a real kapacitord, per Kapacitor release: points of 10 hosts are written to Kapacitor's HTTP
// write endpoint (line protocol, 5,000 points a request, one request after another as fast as it answers) into a
// stream task grouped by host that ends in httpOut, with no UDF, through the pass-through handler, and through
// @ads() (the installed package's bin, as production runs it, kapacitord outside the project). A run is done when the edge into httpOut has counted every point (the task's node stats, read from
// Kapacitor's task API), with the UDF node's input edge counting them all too and no node reporting an error.
// Reports the median of the runs: points/s, and the CPU time per point of kapacitord and of the UDF process
// (utime + stime from /proc/<pid>/stat over the run). Each run defines a new task, so the UDF process starts fresh.
//   node --import tsx benchmarks/kapacitord.ts [scenario ...]
//   BENCH_POINTS (300000), BENCH_RUNS (5), BENCH_VERSIONS (1.5.9,1.8.2),
//   BENCH_PPROF=<dir>: a CPU profile of kapacitord over the first BENCH_PPROF_SECONDS (5) of each scenario's first run
//   (read it with `go tool pprof -top <kapacitord> <file>`)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { installedPackage } from '../test/helpers/installed_package.ts';
import { benchValue } from './lib/udf_run.ts';
import { parseTaskShow } from '../test/e2e/kapacitor.ts';
import { freePort, KAPACITOR_VERSIONS, locateServers, ServerProcess, sleep, type KapacitorVersion } from '../test/e2e/servers.ts';

interface Scenario {
  name: string;
  /** The TICKscript between `|from()` and `|httpOut()`, or '' for none. */
  udf: string;
}

const SCENARIOS: Scenario[] = [
  { name: 'no UDF', udf: '' },
  { name: 'pass-through handler', udf: '@ads_passthrough()' },
  // No .detector() and no .include(): the default detector (surprise) and the verdict fields alone.
  { name: '@ads() default', udf: "@ads().field('value')" },
  // What the demo task asks for: bands for Grafana and the voting detectors for alert messages.
  { name: "@ads() .include('bands').include('detectors')", udf: "@ads().field('value').include('bands').include('detectors')" },
  // The verdict fields with next to no detector work: what the three fields cost kapacitord.
  { name: "threshold (.detector('threshold').upper(1e9))", udf: "@ads().field('value').detector('threshold').upper(1000000000.0)" },
  { name: "mad (.detector('mad'))", udf: "@ads().field('value').detector('mad')" },
  { name: 'iforest', udf: "@ads().field('value').detector('iforest')" },
];

const POINTS = Number(process.env.BENCH_POINTS ?? 300_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const HOSTS = 10;
const PER_REQUEST = 5_000;
const VERSIONS = (process.env.BENCH_VERSIONS ?? KAPACITOR_VERSIONS.join(',')).split(',') as KapacitorVersion[];
const PPROF_DIR = process.env.BENCH_PPROF ? resolve(process.env.BENCH_PPROF) : '';
const PPROF_SECONDS = Number(process.env.BENCH_PPROF_SECONDS ?? 5);
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim() || 100);

/** Line protocol, one request body per PER_REQUEST points: host after host at each second, in time order. */
function encodeBodies(): Uint8Array<ArrayBuffer>[] {
  const utf8 = new TextEncoder();
  const t0 = 1_700_000_000;
  const bodies: Uint8Array<ArrayBuffer>[] = [];
  let lines: string[] = [];
  for (let n = 0; n < POINTS; n++) {
    const g = n % HOSTS;
    const i = Math.floor(n / HOSTS);
    lines.push(`bench,host=h${g} value=${benchValue(i, 0, g)} ${t0 + i}`);
    if (lines.length === PER_REQUEST) {
      bodies.push(utf8.encode(lines.join('\n')));
      lines = [];
    }
  }
  if (lines.length > 0) bodies.push(utf8.encode(lines.join('\n')));
  return bodies;
}

/** A config for this benchmark alone: no InfluxDB, the project's UDF twice (the ads handler and the pass-through). */
function kapacitorConf(dir: string, port: number, udfBin: string): string {
  const udf = (name: string, extra: string[]): string =>
    `[udf.functions.${name}]\n  prog = ${JSON.stringify(udfBin)}\n  args = ${JSON.stringify(extra)}\n  timeout = "10s"\n`;
  return `hostname = "127.0.0.1"
data_dir = "${dir}"
skip-config-overrides = true
default-retention-policy = ""
[http]
  bind-address = "127.0.0.1:${port}"
  log-enabled = false
  write-tracing = false
  pprof-enabled = ${PPROF_DIR ? 'true' : 'false'}
[config-override]
  enabled = false
[logging]
  file = "STDERR"
  level = "WARN"
[replay]
  dir = "${dir}/replay"
[task]
  dir = "${dir}/tasks"
  snapshot-interval = "60s"
[storage]
  boltdb = "${dir}/kapacitor.db"
[reporting]
  enabled = false
[stats]
  enabled = false
[[influxdb]]
  enabled = false
  name = "influxdb"
  urls = ["http://127.0.0.1:1"]
${udf('ads', [])}${udf('ads_passthrough', ['--handler', 'passthrough'])}`;
}

/** utime + stime of a process, in seconds. */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // from field 3 (state) on
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

function childPids(parent: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === parent) pids.push(Number(entry));
    } catch {
      // the process ended while /proc was read
    }
  }
  return pids;
}

interface RunResult {
  pointsPerSecond: number;
  kapacitordUsPerPoint: number;
  udfUsPerPoint: number;
}

class Kapacitord {
  readonly url: string;
  readonly server: ServerProcess;
  readonly pid: number;

  constructor(url: string, server: ServerProcess, pid: number) {
    this.url = url;
    this.server = server;
    this.pid = pid;
  }

  async request(method: string, path: string, body?: string | Uint8Array<ArrayBuffer>): Promise<Response> {
    return fetch(`${this.url}/kapacitor/v1${path}`, { method, body });
  }

  async task(id: string): Promise<{ error: string; executing: boolean; dot: string }> {
    const r = await this.request('GET', `/tasks/${id}?dot-view=attributes`);
    if (!r.ok) throw new Error(`GET task ${id}: ${r.status} ${await r.text()}`);
    return (await r.json()) as { error: string; executing: boolean; dot: string };
  }
}

async function startKapacitord(bin: string, version: KapacitorVersion, dir: string, udfBin: string): Promise<Kapacitord> {
  const port = await freePort();
  mkdirSync(join(dir, 'data'), { recursive: true });
  const config = join(dir, 'kapacitor.conf');
  writeFileSync(config, kapacitorConf(join(dir, 'data'), port, udfBin));
  const server = new ServerProcess(`kapacitord ${version}`, bin, ['-config', config], { cwd: dir, logFile: join(dir, 'kapacitord.log') });
  const url = `http://127.0.0.1:${port}`;
  await server.waitHealthy(`${url}/kapacitor/v1/ping`, 60_000);
  const reported = (await fetch(`${url}/kapacitor/v1/ping`)).headers.get('x-kapacitor-version');
  if (reported !== version || server.pid === undefined) {
    await server.stop();
    throw new Error(`${bin} reports Kapacitor ${reported} (pid ${server.pid}), expected ${version}`);
  }
  return new Kapacitord(url, server, server.pid);
}

async function runOnce(k: Kapacitord, scenario: Scenario, bodies: Uint8Array<ArrayBuffer>[], id: string, profileFile: string): Promise<RunResult> {
  const before = childPids(k.pid);
  const script = `stream\n    |from().measurement('bench').groupBy('host')\n${scenario.udf ? `    ${scenario.udf}\n` : ''}    |httpOut('out')\n`;
  const defined = await k.request(
    'POST',
    '/tasks',
    JSON.stringify({ id, type: 'stream', dbrps: [{ db: 'bench', rp: 'autogen' }], script, status: 'enabled' }),
  );
  if (!defined.ok) throw new Error(`defining ${scenario.name}: ${defined.status} ${await defined.text()}`);
  try {
    const state = await k.task(id);
    if (state.error || !state.executing) throw new Error(`task ${id} not executing: ${state.error}\n${k.server.logTail()}`);
    // Kapacitor starts the UDF process (and exchanges Info and Init with it) while it starts the task.
    const udfPids = scenario.udf ? childPids(k.pid).filter((pid) => !before.includes(pid)) : [];
    if (scenario.udf && udfPids.length !== 1) throw new Error(`expected one UDF process under kapacitord, found ${udfPids.length}`);
    const udfPid = udfPids[0];

    const profile = profileFile ? fetch(`${k.url}/kapacitor/v1/debug/pprof/profile?seconds=${PPROF_SECONDS}`).then((r) => r.arrayBuffer()) : undefined;
    const kapa0 = cpuSeconds(k.pid);
    const udf0 = udfPid === undefined ? 0 : cpuSeconds(udfPid);
    const start = performance.now();
    for (const body of bodies) {
      const r = await k.request('POST', '/write?db=bench&rp=autogen&precision=s', body);
      if (r.status !== 204) throw new Error(`write: ${r.status} ${await r.text()}`);
    }
    let sunk = 0;
    let lastProgress = performance.now();
    let show = parseTaskShow('');
    while (sunk < POINTS) {
      show = parseTaskShow((await k.task(id)).dot);
      const into = [...show.edges].find(([edge]) => / -> http_out\d+$/.test(edge));
      const count = into?.[1] ?? 0;
      if (count > sunk) lastProgress = performance.now();
      sunk = count;
      if (sunk >= POINTS) break;
      if (performance.now() - lastProgress > 30_000) throw new Error(`${scenario.name}: stuck at ${sunk} of ${POINTS} points\n${show.raw}`);
      await sleep(20);
    }
    const seconds = (performance.now() - start) / 1000;
    const kapaCpu = cpuSeconds(k.pid) - kapa0;
    const udfCpu = udfPid === undefined ? 0 : cpuSeconds(udfPid) - udf0;

    if (sunk !== POINTS) throw new Error(`${scenario.name}: httpOut counted ${sunk} points, ${POINTS} were written`);
    for (const [edge, count] of show.edges) {
      if (count !== POINTS) throw new Error(`${scenario.name}: edge ${edge} processed ${count} of ${POINTS} points\n${show.raw}`);
    }
    for (const [node, attrs] of show.nodes) {
      if (attrs.errors !== undefined && attrs.errors !== '0') throw new Error(`${scenario.name}: node ${node} reports ${attrs.errors} errors`);
    }
    if (profile) writeFileSync(profileFile, Buffer.from(await profile));
    return { pointsPerSecond: POINTS / seconds, kapacitordUsPerPoint: (kapaCpu / POINTS) * 1e6, udfUsPerPoint: (udfCpu / POINTS) * 1e6 };
  } finally {
    await k.request('DELETE', `/tasks/${id}`);
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');

// kapacitord hands its environment on to the UDF processes it starts.
process.env.ADS_LOG_LEVEL = 'warn';
const only = process.argv.slice(2);
const scenarios = SCENARIOS.filter((s) => only.length === 0 || only.some((o) => s.name.startsWith(o)));
const bodies = encodeBodies();
if (PPROF_DIR) mkdirSync(PPROF_DIR, { recursive: true });
const lines = [
  `${POINTS.toLocaleString('en-US')} points, ${HOSTS} hosts, median of ${RUNS} runs (range); CPU per point from /proc`,
  '',
  '| kapacitord | scenario | points/s | vs pass-through | kapacitord µs/point | UDF µs/point | vs pass-through by CPU |',
  '|---|---|---|---|---|---|---|',
];
const loads: string[] = [];
for (const version of VERSIONS) {
  const bin = locateServers(version).kapacitord;
  const dir = mkdtempSync(join(tmpdir(), `kapacitor-ads-bench-${version}-`));
  const udfBin = installedPackage().bin('kapacitor-ads');
  const k = await startKapacitord(bin, version, dir, udfBin);
  const load = [loadavg()[0]!];
  const results = new Map<string, RunResult[]>(scenarios.map((s) => [s.name, []]));
  try {
    // Runs interleave the scenarios, so a busy moment on the machine does not fall on one scenario's runs only, and
    // each round starts at another scenario, so none always runs right after the same one.
    for (let run = 0; run < RUNS; run++) {
      for (let j = 0; j < scenarios.length; j++) {
        const i = (j + run) % scenarios.length;
        const s = scenarios[i]!;
        const profileFile = PPROF_DIR && run === 0 ? join(PPROF_DIR, `kapacitord-${version}-${s.name.replace(/\W+/g, '_')}.pprof`) : '';
        const r = await runOnce(k, s, bodies, `bench_${i}_${run}`, profileFile);
        results.get(s.name)!.push(r);
        load.push(loadavg()[0]!);
        process.stderr.write(`# ${version} ${s.name} run ${run + 1}: ${fmt(r.pointsPerSecond)} points/s\n`);
      }
    }
  } finally {
    await k.server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  loads.push(`${version} ${Math.min(...load).toFixed(1)}–${Math.max(...load).toFixed(1)}`);
  // A scenario's rate against the pass-through's in the same round of runs, then the median of those ratios.
  const passthrough = results.get('pass-through handler');
  for (const s of scenarios) {
    const rs = results.get(s.name)!;
    const rates = rs.map((r) => r.pointsPerSecond);
    const rate = median(rates);
    const ratio = s.udf && passthrough ? `${median(rates.map((x, run) => x / passthrough[run]!.pointsPerSecond)).toFixed(2)}x` : '';
    const udfCpu = s.udf ? median(rs.map((r) => r.udfUsPerPoint)).toFixed(2) : '';
    // The rate ratio if CPU were all that limited the rate (the 2 cores are saturated): the pass-through's
    // kapacitord + UDF µs per point over this scenario's, per round, then the median.
    const cpu = (r: RunResult): number => r.kapacitordUsPerPoint + r.udfUsPerPoint;
    const cpuRatio = s.udf && passthrough ? `${median(rs.map((r, run) => cpu(passthrough[run]!) / cpu(r))).toFixed(2)}x` : '';
    lines.push(
      `| ${version} | ${s.name} | ${fmt(rate)} (${fmt(Math.min(...rates))}–${fmt(Math.max(...rates))}) | ${ratio} | ` +
        `${median(rs.map((r) => r.kapacitordUsPerPoint)).toFixed(2)} | ${udfCpu} | ${cpuRatio} |`,
    );
  }
}
lines.push('', `load average (1 min) over each kapacitord's runs: ${loads.join(', ')} (${cpus().length} cores)`);
process.stdout.write(lines.join('\n') + '\n');
