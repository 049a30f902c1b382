// Through the real process: iforest retrainings on the worker thread give the
// same output, byte for byte, as retrainings on the main thread, with the
// input arriving in chunks of many points (Handler.points) and a snapshot
// taken mid-run (test/iforest_detector.test.ts checks that a snapshot saves
// a retraining in flight as its rows and seed, without waiting for it). Most
// of the input arrives after a pause, as a stream does, so the thread has
// started whatever the machine's load (it takes a few hundred ms, more on a
// busy machine): the whole input at once is scored faster than that.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Long from 'long';
import { agent as pb } from '../udf/agent/proto/udf.js';
import { decodeResponses, encodeRequests, opt } from './helpers/udf_process.ts';
import { spawnUdf } from '../tools/client/udf_process.ts';

/** The Init and the first points (the first group's detector starts the thread), then the rest. */
const FIRST_PART = 1_500;
const PAUSE_MS = 1_500;

function input(): [Buffer, Buffer] {
  const requests: pb.IRequest[] = [
    {
      init: {
        options: [...['a', 'b', 'c'].map((f) => opt('field', f)), opt('detector', 'iforest'), opt('window', 400, 'int'), opt('retrain', 150, 'int'), opt('trees', 20, 'int')],
        taskID: 't',
        nodeID: 'n',
      },
    },
  ];
  // Enough points that the training thread is up and warm for most of the run (it takes ~1 s to start).
  for (let i = 0; i < 45_000; i++) {
    const g = i % 3;
    const k = Math.floor(i / 3);
    const spike = k % 211 === 100 ? 25 : 0;
    requests.push({
      point: {
        time: Long.fromNumber(1.7e18).add(Long.fromNumber(k).mul(1e9)),
        name: 'm',
        group: `host=h${g}`,
        dimensions: ['host'],
        tags: { host: `h${g}` },
        fieldsDouble: { a: Math.sin(k / 7 + g) * 4 + spike, b: Math.cos(k / 11) * 2, c: ((k * 13 + g) % 17) / 4 },
      },
    });
    if (i === 30_000) requests.push({ snapshot: {} });
    if (i % 1000 === 999) requests.push({ keepalive: { time: Long.fromNumber(i) } });
  }
  return [encodeRequests(requests.slice(0, 1 + FIRST_PART)), encodeRequests(requests.slice(1 + FIRST_PART))];
}

/** Runs the UDF on the two parts of the input, the second after a pause; its stdout and stderr once it exited 0. */
async function run(args: string[], [first, rest]: [Buffer, Buffer]): Promise<{ stdout: Buffer; stderr: string }> {
  const child = spawnUdf({ args, logLevel: 'info' });
  const out: Buffer[] = [];
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => out.push(c));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
  child.stdin.write(first);
  await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  child.stdin.end(rest);
  assert.equal(await exited, 0, stderr);
  return { stdout: Buffer.concat(out), stderr };
}

test('retraining on the worker thread and inline give the same bytes out', async () => {
  const parts = input();
  const { stdout: worker, stderr } = await run(['--training', 'worker'], parts);
  assert.match(stderr, /forests now come from the training thread/);
  const { stdout: inline } = await run(['--training', 'inline'], parts);
  assert.ok(worker.equals(inline), 'the two runs differ');
  const responses = decodeResponses(worker);
  const points = responses.filter((r) => r.point);
  assert.equal(points.length, 45_000);
  const snapshot = responses.find((r) => r.snapshot)!.snapshot!.snapshot!;
  assert.deepEqual([...snapshot.subarray(0, 4)], [0x89, 0x4b, 0x41, 0x44], 'a version-2 snapshot');
  assert.ok(points.filter((r) => r.point!.fieldsBool?.['anomaly']).length > 0, 'some points are flagged');
});
