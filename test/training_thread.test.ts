// Through the real process: iforest retrainings on the worker thread give the
// same output, byte for byte, as retrainings on the main thread, with the
// input arriving in chunks of many points (Handler.points) and a snapshot
// taken mid-run (test/iforest_detector.test.ts checks that a snapshot saves
// a retraining in flight as its rows and seed, without waiting for it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Long from 'long';
import { agent as pb } from '../udf/agent/proto/udf.js';
import { decodeResponses, encodeRequests, opt } from './helpers/udf_process.ts';
import { runUdfSync } from '../tools/client/udf_process.ts';

function input(): Buffer {
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
  return encodeRequests(requests);
}

test('retraining on the worker thread and inline give the same bytes out', () => {
  const bytes = input();
  const run = (training: string): { stdout: Buffer; stderr: string } => {
    const r = runUdfSync(bytes, { args: ['--training', training], logLevel: 'info' });
    assert.equal(r.status, 0, r.stderr.toString());
    return { stdout: r.stdout, stderr: r.stderr.toString() };
  };
  const { stdout: worker, stderr } = run('worker');
  assert.match(stderr, /forests now come from the training thread/);
  const { stdout: inline } = run('inline');
  assert.ok(worker.equals(inline), 'the two runs differ');
  const responses = decodeResponses(worker);
  const points = responses.filter((r) => r.point);
  assert.equal(points.length, 45_000);
  const snapshot = responses.find((r) => r.snapshot)!.snapshot!.snapshot!;
  assert.deepEqual([...snapshot.subarray(0, 4)], [0x89, 0x4b, 0x41, 0x44], 'a version-2 snapshot');
  assert.ok(points.filter((r) => r.point!.fieldsBool?.['anomaly']).length > 0, 'some points are flagged');
});
