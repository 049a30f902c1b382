// Test helper: runs the real UDF process and speaks the protocol to it.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { after } from 'node:test';
import protobuf from 'protobufjs/minimal.js';
import Long from 'long';
import { agent as pb } from '../../udf/agent/proto/udf.js';
import { FrameDecoder } from '../../udf/agent/framing.ts';
import { spawnUdf } from '../../tools/client/udf_process.ts';
import { ResponseReader } from './response_reader.ts';

/** Encodes requests as one buffer of frames. */
export function encodeRequests(requests: pb.IRequest[]): Buffer {
  const w = protobuf.Writer.create();
  for (const r of requests) pb.Request.encodeDelimited(r, w);
  return Buffer.from(w.finish());
}

export function decodeResponses(bytes: Uint8Array): pb.Response[] {
  const out: pb.Response[] = [];
  const d = new FrameDecoder();
  d.push(bytes, (body) => out.push(pb.Response.decode(body)));
  d.finish();
  return out;
}

/** Processes still running: a test that fails half-way leaves its UDF with stdin open, which would keep the test file from ever exiting. */
const running = new Set<ChildProcessWithoutNullStreams>();
after(() => {
  for (const child of running) child.kill('SIGKILL');
});

export class UdfProcess extends ResponseReader {
  readonly child: ChildProcessWithoutNullStreams;
  stderr = '';
  stdoutBytes = 0;
  readonly exited: Promise<number | null>;

  constructor(args: string[] = [], env: NodeJS.ProcessEnv = {}) {
    super();
    this.child = spawnUdf({ args, env });
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.stdoutBytes += chunk.length;
      this.read(chunk);
    });
    this.child.stderr.on('data', (c: Buffer) => (this.stderr += c.toString()));
    running.add(this.child);
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code) => {
        running.delete(this.child);
        resolve(code);
      }),
    );
  }

  protected override logTail(): string {
    return this.stderr.slice(-2000);
  }

  send(...requests: pb.IRequest[]): void {
    this.child.stdin.write(encodeRequests(requests));
  }

  sendRaw(bytes: Uint8Array): void {
    this.child.stdin.write(bytes);
  }

  end(): void {
    this.child.stdin.end();
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}

export { literalOption as opt } from '../../tools/client/init_request.ts';

export interface OutPoint {
  time: Long;
  name: string;
  database: string;
  retentionPolicy: string;
  group: string;
  dimensions: string[];
  tags: Record<string, string>;
  fieldsDouble: Record<string, number>;
  fieldsInt: Record<string, Long>;
  fieldsString: Record<string, string>;
  fieldsBool: Record<string, boolean>;
  byName: boolean;
}

/** A decoded output point, with proto3 defaults filled in so tests can read fields directly. */
export function pointOf(r: pb.Response): OutPoint {
  const p = r.point;
  if (!p) throw new Error(`expected a point, got ${r.message}`);
  return {
    time: Long.fromValue(p.time ?? 0),
    name: p.name ?? '',
    database: p.database ?? '',
    retentionPolicy: p.retentionPolicy ?? '',
    group: p.group ?? '',
    dimensions: p.dimensions ?? [],
    tags: p.tags ?? {},
    fieldsDouble: p.fieldsDouble ?? {},
    fieldsInt: (p.fieldsInt ?? {}) as Record<string, Long>,
    fieldsString: p.fieldsString ?? {},
    fieldsBool: p.fieldsBool ?? {},
    byName: p.byName ?? false,
  };
}
