// Point frames for many groups at once, as Kapacitor delivers a grouped
// stream: step i of every group in turn (round-robin), then step i + 1. Each
// group's constant part (measurement, group key, dimension, tag, field names)
// is encoded once; a point then costs its time, its values and one copy, so a
// driver can feed millions of points to a UDF process without the encoding
// taking the CPU the UDF is measured on.
import { agent as pb } from '../../udf/agent/proto/udf.js';

export interface GroupStreamSpec {
  groups: number;
  fields: readonly string[];
  /** Point time of step 0, and the time between steps, in ns. */
  t0Ns: bigint;
  stepNs: bigint;
  /** The value of field f of group g at step i. */
  value(i: number, f: number, g: number): number;
  measurement?: string;
  /** The group's tag value (default h<g>): the tag `host`, and the group key host=<value>. */
  host?(g: number): string;
}

const utf8 = new TextEncoder();

function varint(n: bigint | number, out: number[]): void {
  let v = BigInt(n);
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
}

function lengthDelimited(field: number, bytes: ArrayLike<number>, out: number[]): void {
  out.push((field << 3) | 2);
  varint(bytes.length, out);
  for (let i = 0; i < bytes.length; i++) out.push(bytes[i]!);
}

export class GroupStream {
  private readonly spec: GroupStreamSpec;
  /** Per group: the point's fields after its time, with the doubles left as zeros, and where each double goes. */
  private readonly bodies: Uint8Array[] = [];
  private readonly doubleAt: number[][] = [];

  constructor(spec: GroupStreamSpec) {
    this.spec = spec;
    const name = utf8.encode(spec.measurement ?? 'bench');
    for (let g = 0; g < spec.groups; g++) {
      const host = utf8.encode(spec.host?.(g) ?? `h${g}`);
      const out: number[] = [];
      lengthDelimited(2, name, out);
      lengthDelimited(5, [...utf8.encode('host='), ...host], out);
      lengthDelimited(6, utf8.encode('host'), out);
      const tag: number[] = [];
      lengthDelimited(1, utf8.encode('host'), tag);
      lengthDelimited(2, host, tag);
      lengthDelimited(7, tag, out);
      const at: number[] = [];
      for (const f of spec.fields) {
        const entry: number[] = [];
        lengthDelimited(1, utf8.encode(f), entry);
        entry.push((2 << 3) | 1);
        const offsetInEntry = entry.length;
        for (let k = 0; k < 8; k++) entry.push(0);
        out.push((8 << 3) | 2);
        varint(entry.length, out);
        at.push(out.length + offsetInEntry);
        out.push(...entry);
      }
      this.bodies.push(Uint8Array.from(out));
      this.doubleAt.push(at);
    }
  }

  /** The frames of steps [from, to), every group each step, in one buffer. */
  encode(from: number, to: number): Buffer {
    const chunks: Buffer[] = [];
    for (let i = from; i < to; i++) chunks.push(this.step(i));
    return Buffer.concat(chunks);
  }

  /** The frames of step i, every group. */
  step(i: number): Buffer {
    const time: number[] = [(1 << 3) | 0];
    varint(this.spec.t0Ns + BigInt(i) * this.spec.stepNs, time);
    let size = 0;
    const heads: number[][] = [];
    for (const body of this.bodies) {
      const pointLen = time.length + body.length;
      const head: number[] = [];
      const request: number[] = [0x8a, 0x01]; // Request.point, field 17, length-delimited
      varint(pointLen, request);
      varint(request.length + pointLen, head);
      head.push(...request);
      heads.push(head);
      size += head.length + pointLen;
    }
    const out = Buffer.allocUnsafe(size);
    let p = 0;
    for (let g = 0; g < this.bodies.length; g++) {
      const head = heads[g]!;
      for (const b of head) out[p++] = b;
      for (const b of time) out[p++] = b;
      const body = this.bodies[g]!;
      out.set(body, p);
      const at = this.doubleAt[g]!;
      for (let f = 0; f < at.length; f++) out.writeDoubleLE(this.spec.value(i, f, g), p + at[f]!);
      p += body.length;
    }
    return out;
  }
}

/** One request's frame (keepalives, snapshot and restore requests between the points). */
export function requestFrame(request: pb.IRequest): Buffer {
  return Buffer.from(pb.Request.encodeDelimited(request).finish());
}
