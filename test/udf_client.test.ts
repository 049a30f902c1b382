// tools/client: Kapacitor's side of the protocol against the real UDF process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Long from 'long';
import { agent as pb } from '../udf/agent/proto/udf.js';
import { UdfClient } from '../tools/client/udf_client.ts';
import { UdfError } from '../udf/errors.ts';
import { buildInitRequest } from '../tools/client/init_request.ts';

const T0 = Long.fromString('1767225600000000000');

function point(i: number, group: string, value: number): pb.IRequest {
  return {
    point: {
      time: T0.add(Long.fromNumber(i).mul(1_000_000_000)),
      name: 'm',
      group: `host=${group}`,
      dimensions: ['host'],
      tags: { host: group },
      fieldsDouble: { v: value },
    },
  };
}

test('info, init, a stream of points with backpressure and keepalives, then a clean close', async () => {
  const points: pb.IPoint[] = [];
  const client = new UdfClient({ onData: (r) => points.push(r.point!), chunkBytes: 16 * 1024 });
  const info = await client.info();
  assert.equal(info.wants, pb.EdgeType.STREAM);
  assert.ok(info.options && 'field' in info.options);
  await client.init(buildInitRequest({ field: ['v'], detector: ['mad'], window: '50' }, 'client-test'));
  const n = 30_000;
  const keepalives: Promise<number>[] = [];
  for (let i = 0; i < n; i++) {
    const g = i % 2 === 0 ? 'a' : 'b';
    await client.send(point(i >> 1, g, i === 20_001 ? 1e6 : 10 + ((i * 7919) % 100) / 100));
    if (i % 10_000 === 9_999) keepalives.push(client.keepalive());
  }
  await client.sync();
  // Everything sent before the final keepalive has been answered when its echo arrives.
  assert.equal(points.length, n);
  for (const ms of await Promise.all(keepalives)) assert.ok(ms >= 0);
  assert.ok(client.drainWaits > 0, 'about 5 MB through a pipe never filled it');
  assert.equal(points[20_001]!.tags!.host, 'b');
  assert.equal(points[20_001]!.fieldsBool!.anomaly, true);
  assert.equal(points[20_000]!.fieldsBool!.anomaly, false);
  await client.close();
  assert.equal(client.child.exitCode, 0);
});

test('an ErrorResponse rejects what waits and carries the process log', async () => {
  const client = new UdfClient();
  await client.info();
  await client.send(point(0, 'a', 1)); // data before Init
  const err = await client.sync().then(
    () => assert.fail('sync resolved after an ErrorResponse'),
    (e: unknown) => e,
  );
  assert.ok(err instanceof UdfError);
  assert.equal(err.failure, 'error-response');
  assert.match(err.message, /received data before a successful Init/);
  await client.exited;
  assert.match(err.stderr, /UDF failed; sending ErrorResponse/);
  await assert.rejects(client.send(point(1, 'a', 1)), UdfError);
});

test('a refused Init rejects with the UDF answer', async () => {
  const client = new UdfClient();
  await assert.rejects(client.init(buildInitRequest({ field: ['v'], detector: ['nosuch'] })), (err: unknown) => {
    assert.ok(err instanceof UdfError);
    assert.equal(err.failure, 'init-failed');
    assert.match(err.message, /detector must be one of/);
    return true;
  });
  client.kill();
  await client.exited;
});

test('a process that exits before answering is reported with its stderr', async () => {
  const client = new UdfClient({ args: ['--handler', 'bogus'] });
  await assert.rejects(client.info(), (err: unknown) => {
    assert.ok(err instanceof UdfError);
    assert.equal(err.failure, 'exited');
    return true;
  });
  await client.exited;
  assert.match(client.stderr, /bogus/);
});
