// The ads handler's bulk path (Handler.points, used by the agent for the points
// of one input chunk) against point() called on each point in turn.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Long from 'long';
import { agent as pb } from '../udf/agent/proto/udf.js';
import type { AddedFields, Emitter, Point } from '../udf/agent/handler.ts';
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

/** What a handler emits for the points, as plain objects, fed one by one or in chunks of the given sizes. */
function outputs(options: pb.IOption[], input: Point[], chunks: number[] | null): unknown[] {
  const out: unknown[] = [];
  const emitter: Emitter = {
    emit: (r) => out.push(pb.Point.toObject(pb.Point.decode(pb.Point.encode(r.point!).finish()), TO_OBJECT)),
    passOn: (encoded: Uint8Array, added: AddedFields | null) => {
      const p = pb.Point.decode(encoded);
      if (added) {
        Object.assign((p.fieldsDouble = { ...p.fieldsDouble }), added.fieldsDouble);
        Object.assign((p.fieldsInt = { ...p.fieldsInt }), added.fieldsInt);
        Object.assign((p.fieldsString = { ...p.fieldsString }), added.fieldsString);
        Object.assign((p.fieldsBool = { ...p.fieldsBool }), added.fieldsBool);
      }
      out.push(pb.Point.toObject(pb.Point.decode(pb.Point.encode(p).finish()), TO_OBJECT));
    },
  };
  const h = createAdsHandler(emitter);
  assert.equal(h.init({ options }).success, true);
  const encoded = input.map((p) => pb.Point.encode(p).finish());
  if (chunks === null) {
    input.forEach((p, i) => h.point(pb.Point.decode(encoded[i]!), encoded[i]));
  } else {
    let at = 0;
    for (let c = 0; at < input.length; c++) {
      const size = chunks[c % chunks.length]!;
      h.points!(encoded.slice(at, at + size).map((e) => pb.Point.decode(e)), encoded.slice(at, at + size));
      at += size;
    }
  }
  return out;
}

const fields = ['a', 'b', 'c'].map((f) => opt('field', f));

test('points() emits what point() on each point emits: iforest, mad + zscore consensus, anomalies only, evicted groups', () => {
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
