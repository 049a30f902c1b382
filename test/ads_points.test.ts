// The ads handler's bulk path (Handler.points on the points of one input chunk,
// as the agent hands them over) against points() called on each point alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Long from 'long';
import { agent as pb } from '../udf/agent/proto/udf.js';
import { DROP, PASS, type Point } from '../udf/agent/handler.ts';
import { withAddedFields } from '../udf/agent/added_fields.ts';
import { createAdsHandler } from '../udf/handlers/ads.ts';
import { literalOption as opt } from '../tools/client/init_request.ts';

const TO_OBJECT = { longs: String, defaults: true } as const;

function points(n: number, groups: number): Point[] {
  return Array.from({ length: n }, (_, i) => {
    const g = i % groups;
    const k = Math.floor(i / groups);
    const spike = k % 97 === 50 ? 30 : 0;
    return {
      time: Long.fromNumber(1.7e18).add(Long.fromNumber(k).mul(1e9)),
      name: 'm',
      group: `host=h${g}`,
      dimensions: ['host'],
      tags: { host: `h${g}` },
      fieldsDouble: { a: Math.sin(k / 9 + g) * 5 + spike, b: Math.cos(k / 13) * 3, c: ((k * 37 + g) % 11) / 3 },
      ...(k % 53 === 7 ? { fieldsString: { a: 'broken' } } : {}),
    };
  });
}

/** What the handler passes on for the points, as plain objects, fed one by one or in chunks of the given sizes. */
function outputs(options: pb.IOption[], input: Point[], chunks: number[] | null): unknown[] {
  const out: unknown[] = [];
  const h = createAdsHandler();
  assert.equal(h.init({ options }).success, true);
  const encoded = input.map((p) => pb.Point.encode(p).finish());
  const feed = (bytes: Uint8Array[]): void => {
    const ps = bytes.map((e) => pb.Point.decode(e));
    h.points(ps).forEach((outcome, i) => {
      if (outcome === DROP) return;
      const p = withAddedFields(ps[i]!, outcome === PASS ? null : outcome);
      out.push(pb.Point.toObject(pb.Point.decode(pb.Point.encode(p).finish()), TO_OBJECT));
    });
  };
  if (chunks === null) {
    for (const e of encoded) feed([e]);
  } else {
    let at = 0;
    for (let c = 0; at < input.length; c++) {
      const size = chunks[c % chunks.length]!;
      feed(encoded.slice(at, at + size));
      at += size;
    }
  }
  return out;
}

const fields = ['a', 'b', 'c'].map((f) => opt('field', f));

test('points() on chunks passes on what points() on each point alone passes on: iforest, mad + zscore consensus, anomalies only, evicted groups', () => {
  const input = points(3000, 7);
  for (const options of [
    [...fields, opt('detector', 'iforest'), opt('window', 300, 'int'), opt('retrain', 100, 'int'), opt('trees', 12, 'int')],
    [...fields, opt('detector', 'mad'), opt('detector', 'zscore'), opt('minConsensus', 2, 'int')],
    [...fields, opt('detector', 'iforest'), opt('trees', 8, 'int'), opt('window', 200, 'int'), opt('emit', 'anomalies')],
    // Five groups allowed for seven: groups are evicted and re-created inside a chunk.
    [...fields, opt('detector', 'mad'), opt('detector', 'iforest'), opt('trees', 8, 'int'), opt('window', 120, 'int'), opt('maxGroups', 5, 'int')],
  ]) {
    const expected = outputs(options, input, null);
    assert.ok(expected.length > 0);
    assert.deepEqual(outputs(options, input, [1, 50, 7, 333, 2]), expected, JSON.stringify(options.map((o) => o.name)));
  }
});
