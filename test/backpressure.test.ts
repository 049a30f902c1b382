// Backpressure: when Kapacitor stops reading the UDF's stdout, the UDF stops
// reading its stdin instead of queueing output in memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Long from 'long';
import { FrameDecoder } from '../udf/agent/framing.ts';
import { agent as pb } from '../udf/agent/proto/udf.js';
import { encodeRequests } from './helpers/udf_process.ts';
import { spawnUdf } from '../tools/client/udf_process.ts';

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

test('a reader that stops makes the UDF stop reading; memory stays bounded; nothing is lost', async () => {
  const child = spawnUdf({ args: ['--handler', 'passthrough'] });
  const t0 = Long.fromString('1700000000000000000');
  const batch = encodeRequests(Array.from({ length: 2000 }, (_, i) => ({ point: { time: t0.add(i), name: 'm', group: 'g', tags: { host: 'a' }, fieldsDouble: { v: i } } })));
  child.stdout.pause(); // the "Kapacitor" side does not read

  // Write until the UDF stops taking input: its stdin pipe and our buffer fill up.
  let written = 0;
  let sentPoints = 0;
  const startRss = rssMb(child.pid!);
  for (let i = 0; i < 2000; i++) {
    const ok = child.stdin.write(batch);
    written += batch.length;
    sentPoints += 2000;
    if (!ok) {
      const drained = await Promise.race([new Promise((r) => child.stdin.once('drain', () => r(true))), new Promise((r) => setTimeout(() => r(false), 1500))]);
      if (!drained) break;
    }
  }
  assert.ok(written < 2000 * batch.length, 'input stalled while output was not read');
  await new Promise((r) => setTimeout(r, 300));
  const stalledRss = rssMb(child.pid!);
  assert.ok(stalledRss - startRss < 150, `RSS grew by ${(stalledRss - startRss).toFixed(0)} MB while stalled`);

  // Start reading: everything written comes out, in order.
  const decoder = new FrameDecoder();
  let points = 0;
  let last = -1;
  let ordered = true;
  const done = new Promise<void>((resolve) => {
    child.stdout.on('data', (c: Buffer) =>
      decoder.push(c, (body) => {
        const r = pb.Response.decode(body);
        const v = r.point!.fieldsDouble!.v!;
        if (!(v === last + 1 || (v === 0 && last === 1999))) ordered = false;
        last = v;
        if (++points === sentPoints) resolve();
      }),
    );
  });
  child.stdout.resume();
  await done;
  child.stdin.end();
  const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
  assert.equal(code, 0);
  assert.equal(points, sentPoints);
  assert.ok(ordered, 'points come out in the order they went in');
});
