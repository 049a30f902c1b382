// Start-up of the UDF process: from spawning it to having read its first
// InfoResponse (what Kapacitor waits for when it starts a task), for the bin of
// the installed package (packed and installed from the sources as they are) and
// for the sources through tsx; Node printing one byte is the floor. Runs are
// interleaved; medians and the 10th / 90th percentiles.
//   node --import tsx benchmarks/startup.ts        BENCH_RUNS (30)
import { spawn } from 'node:child_process';
import { loadavg, tmpdir } from 'node:os';
import { FrameDecoder } from '../udf/agent/framing.ts';
import { agent as pb } from '../udf/agent/proto/udf.js';
import { installedPackage } from '../test/helpers/installed_package.ts';
import { tsxArgs, UDF_MAIN } from '../tools/client/udf_process.ts';
import { PROJECT_ROOT } from '../udf/project_root.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const INFO_REQUEST = pb.Request.encodeDelimited({ info: {} }).finish();

interface Subject {
  name: string;
  cmd: string;
  args: string[];
  cwd: string;
  /** Resolves when the answer is in. */
  answered: (stdout: NodeJS.ReadableStream) => Promise<void>;
}

const firstInfo = (stdout: NodeJS.ReadableStream): Promise<void> =>
  new Promise((resolve, reject) => {
    const frames = new FrameDecoder();
    stdout.on('data', (chunk: Buffer) => {
      frames.push(chunk, (body) => (pb.Response.decode(body).info ? resolve() : reject(new Error('first response is not an InfoResponse'))));
    });
  });

const firstByte = (stdout: NodeJS.ReadableStream): Promise<void> => new Promise((resolve) => stdout.once('data', () => resolve()));

const outside = tmpdir();
const subjects: Subject[] = [
  { name: 'installed bin (`kapacitor-ads`, built package)', cmd: installedPackage().bin('kapacitor-ads'), args: [], cwd: outside, answered: firstInfo },
  { name: 'sources (`node --import tsx udf/main.ts`)', cmd: process.execPath, args: tsxArgs(UDF_MAIN), cwd: PROJECT_ROOT, answered: firstInfo },
  { name: 'Node alone (reads a byte, writes one)', cmd: process.execPath, args: ['-e', 'process.stdin.once("data", () => process.stdout.write("x"))'], cwd: outside, answered: firstByte },
];

async function once(s: Subject): Promise<number> {
  const started = performance.now();
  const child = spawn(s.cmd, s.args, { cwd: s.cwd, stdio: ['pipe', 'pipe', 'ignore'], env: { ...process.env, ADS_LOG_LEVEL: 'warn' } });
  child.stdin.write(INFO_REQUEST);
  await s.answered(child.stdout);
  const ms = performance.now() - started;
  child.stdin.end();
  await new Promise((resolve) => child.once('exit', resolve));
  return ms;
}

const quantile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const times = new Map<Subject, number[]>(subjects.map((s) => [s, []]));
const load0 = loadavg()[0]!;
for (let run = 0; run < RUNS; run++) for (const s of subjects) times.get(s)!.push(await once(s));
const lines = [`${RUNS} interleaved runs each; load average (1 min) ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`, '', '| process | median ms | p10 ms | p90 ms |', '|---|---|---|---|'];
for (const [s, t] of times) lines.push(`| ${s.name} | ${quantile(t, 0.5).toFixed(1)} | ${quantile(t, 0.1).toFixed(1)} | ${quantile(t, 0.9).toFixed(1)} |`);
process.stdout.write(lines.join('\n') + '\n');
