// Drives the real UDF process for a benchmark: Init, then a pre-encoded
// stream of points (round-robin over groups) with keepalives mixed in,
// written in pipe-sized chunks that honour backpressure. The clock stops
// when the last expected output frame has been read; output points are
// counted by their tag, not decoded.
import Long from 'long';
import protobuf from 'protobufjs/minimal.js';
import { agent as pb } from '../../udf/agent/proto/udf.js';
import { FrameDecoder } from '../../udf/agent/framing.ts';
import { spawnUdf } from '../../tools/client/udf_process.ts';

export interface RunSpec {
  /** Extra CLI args (e.g. ['--handler', 'passthrough']). */
  args?: string[];
  options: pb.IOption[];
  fields: string[];
  groups: number;
  points: number;
  /** One keepalive after every this many points. */
  keepaliveEvery?: number;
  /** Value generator: (index in group, field index, group) -> value. */
  value?: (i: number, f: number, g: number) => number;
}

export interface RunResult {
  points: number;
  seconds: number;
  pointsPerSecond: number;
  keepalives: number;
  keepaliveP50Ms: number;
  keepaliveP99Ms: number;
  keepaliveMaxMs: number;
  maxRssMb: number;
}

const CHUNK = 64 * 1024;
/** The benchmarks' series: a slow sine per (group, field) plus deterministic noise. */
export const benchValue = (i: number, f: number, g: number): number => 50 + 10 * Math.sin(i / 50 + f + g) + ((i * 7919 + f * 104729 + g * 31) % 1000) / 250;

export function encodeInput(spec: RunSpec): { chunks: Buffer[]; keepaliveChunks: Map<number, number[]> } {
  const value = spec.value ?? benchValue;
  const every = spec.keepaliveEvery ?? 10_000;
  const t0 = Long.fromString('1700000000000000000');
  const chunks: Buffer[] = [];
  const keepaliveChunks = new Map<number, number[]>(); // chunk index -> keepalive ids in it
  let w = protobuf.Writer.create();
  let ka = 0;
  const cut = (): void => {
    chunks.push(Buffer.from(w.finish()));
    w = protobuf.Writer.create();
  };
  const groupTags = Array.from({ length: spec.groups }, (_, g) => ({ host: `h${g}` }));
  for (let n = 0; n < spec.points; n++) {
    const g = n % spec.groups;
    const i = Math.floor(n / spec.groups);
    const fieldsDouble: Record<string, number> = {};
    spec.fields.forEach((f, k) => (fieldsDouble[f] = value(i, k, g)));
    pb.Request.encodeDelimited(
      { point: { time: t0.add(Long.fromNumber(i).mul(1_000_000_000)), name: 'bench', group: `host=h${g}`, dimensions: ['host'], tags: groupTags[g]!, fieldsDouble } },
      w,
    );
    if ((n + 1) % every === 0) {
      pb.Request.encodeDelimited({ keepalive: { time: Long.fromNumber(ka) } }, w);
      const list = keepaliveChunks.get(chunks.length) ?? [];
      list.push(ka++);
      keepaliveChunks.set(chunks.length, list);
    }
    if (w.len >= CHUNK) cut();
  }
  if (w.len > 0) cut();
  return { chunks, keepaliveChunks };
}

export async function runThroughput(spec: RunSpec): Promise<RunResult> {
  const { chunks, keepaliveChunks } = encodeInput(spec);
  const child = spawnUdf({ args: spec.args, stdio: ['pipe', 'pipe', 'inherit'] });
  const sentAt = new Map<number, number>();
  const latencies: number[] = [];
  let outPoints = 0;
  let initOk: (() => void) | null = null;
  let finished: (() => void) | null = null;
  const decoder = new FrameDecoder(1 << 30);
  child.stdout!.on('data', (chunk: Buffer) => {
    const now = performance.now();
    decoder.push(chunk, (body) => {
      // A point is counted by its Response tag (field 17, bytes 0x8a 0x01) without decoding it:
      // the driver shares the machine with the UDF and should cost it as little CPU as it can.
      if (body[0] === 0x8a && body[1] === 0x01) {
        outPoints++;
        return;
      }
      const r = pb.Response.decode(body);
      if (r.point) outPoints++;
      else if (r.keepalive) latencies.push(now - sentAt.get(Long.fromValue(r.keepalive.time!).toNumber())!);
      else if (r.init) {
        if (!r.init.success) throw new Error(`init failed: ${r.init.error}`);
        initOk?.();
      } else if (r.error) throw new Error(`UDF error: ${r.error.error}`);
    });
    if (outPoints >= spec.points && latencies.length >= keepaliveChunks.size && finished) finished();
  });
  const write = (buf: Buffer): Promise<void> =>
    new Promise((resolve) => {
      if (child.stdin!.write(buf)) resolve();
      else child.stdin!.once('drain', resolve);
    });

  const init = new Promise<void>((r) => (initOk = r));
  const w0 = protobuf.Writer.create();
  pb.Request.encodeDelimited({ init: { options: spec.options } }, w0);
  await write(Buffer.from(w0.finish()));
  await init;

  const done = new Promise<void>((r) => (finished = r));
  const start = performance.now();
  for (let c = 0; c < chunks.length; c++) {
    const ids = keepaliveChunks.get(c);
    // A keepalive's clock starts when its chunk is handed to the pipe, as Kapacitor's would.
    if (ids) for (const id of ids) sentAt.set(id, performance.now());
    await write(chunks[c]!);
  }
  await done;
  const seconds = (performance.now() - start) / 1000;
  child.stdin!.end();
  await new Promise((r) => child.once('exit', r));
  latencies.sort((a, b) => a - b);
  const q = (p: number): number => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
  return {
    points: spec.points,
    seconds,
    pointsPerSecond: spec.points / seconds,
    keepalives: latencies.length,
    keepaliveP50Ms: q(0.5),
    keepaliveP99Ms: q(0.99),
    keepaliveMaxMs: latencies.at(-1) ?? NaN,
    maxRssMb: NaN,
  };
}

export { literalOption as option } from '../../tools/client/init_request.ts';
