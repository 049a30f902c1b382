// The Agent in process, fed bytes as a transport would hand them over: the
// same conversation cut at every byte offset gives the same bytes out, and
// responses keep the order of the requests they answer (as Kapacitor's own
// agent tests and pg-protocol's parser tests do it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Long from 'long';
import { Agent, type AgentExit } from '../udf/agent/agent.ts';
import type { HandlerFactory } from '../udf/agent/handler.ts';
import type { agent as pb } from '../udf/agent/proto/udf.js';
import { createAdsHandler } from '../udf/handlers/ads.ts';
import { createPassthroughHandler } from '../udf/handlers/passthrough.ts';
import { createLogger } from '../udf/log.ts';
import { decodeResponses, encodeRequests, opt } from './helpers/udf_process.ts';
import { noise, point } from './helpers/conversation.ts';

const logger = createLogger('silent');

/**
 * Feeds the chunks to a new agent, then ends its input; returns every byte it wrote and how it ended.
 * Snapshot work runs to its end in one slice here (sliceMs: Infinity), so where a loaded machine
 * happens to interrupt it cannot move a keepalive's answer; slicing is tested in agent_work.test.ts.
 */
function converse(factory: HandlerFactory, chunks: Uint8Array[]): { out: Buffer; exit: AgentExit | null } {
  const written: Uint8Array[] = [];
  let exit: AgentExit | null = null;
  const agent = new Agent(factory, { write: (b) => (written.push(Uint8Array.prototype.slice.call(b)), true) }, { logger, sliceMs: Infinity }, (e) => (exit = e));
  for (const c of chunks) agent.receive(c);
  agent.endOfInput();
  return { out: Buffer.concat(written), exit };
}

const ads: HandlerFactory = () => createAdsHandler({ logger });

function conversation(): Buffer {
  const requests: pb.IRequest[] = [{ info: {} }, { init: { options: [opt('field', 'temperature'), opt('window', 5, 'int'), opt('detector', 'mad'), opt('detector', 'zscore')] } }];
  for (let i = 0; i < 24; i++) {
    requests.push(point(i, i === 17 ? 40 : noise(i), i % 5 === 0 ? { fieldsString: { note: 'é' } } : {}));
    if (i === 9) requests.push({ keepalive: { time: Long.fromNumber(9) } });
    if (i === 14) requests.push({ snapshot: {} });
  }
  requests.push({ keepalive: { time: Long.fromNumber(24) } });
  return encodeRequests(requests);
}

test('a conversation cut at every byte offset gives the same bytes out as in one piece', () => {
  const input = conversation();
  const whole = converse(ads, [input]);
  assert.deepEqual(whole.exit, { code: 0, reason: 'end of input' });
  const kinds = decodeResponses(whole.out).map((r) => r.message);
  assert.equal(kinds.filter((k) => k === 'point').length, 24);
  for (let at = 1; at < input.length; at++) {
    const split = converse(ads, [input.subarray(0, at), input.subarray(at)]);
    assert.ok(split.out.equals(whole.out), `cut at byte ${at} of ${input.length}`);
    assert.deepEqual(split.exit, whole.exit);
  }
  const bytes = Array.from({ length: input.length }, (_, i) => input.subarray(i, i + 1));
  assert.ok(converse(ads, bytes).out.equals(whole.out), 'one byte at a time');
});

test('responses keep the order of the requests they answer; a batch goes out when it ends, with its exact size', () => {
  const tags = { printer: 'p1' };
  const input = encodeRequests([
    { info: {} },
    { init: { options: [] } },
    point(0, 1),
    { keepalive: { time: Long.fromNumber(1) } },
    point(1, 2),
    point(2, 3),
    { snapshot: {} },
    { begin: { name: 'printer', group: 'printer=p1', tags, size: Long.fromNumber(0), byName: false } },
    point(3, 4),
    { keepalive: { time: Long.fromNumber(2) } },
    point(4, 5),
    { end: { name: 'printer', group: 'printer=p1', tags, tmax: Long.fromNumber(5), byName: false } },
    point(5, 6),
  ]);
  const { out, exit } = converse(() => createPassthroughHandler(), [input]);
  assert.equal(exit?.code, 0);
  const responses = decodeResponses(out);
  assert.deepEqual(
    responses.map((r) => r.message),
    ['info', 'init', 'point', 'keepalive', 'point', 'point', 'snapshot', 'keepalive', 'begin', 'point', 'point', 'end', 'point'],
  );
  assert.equal(Number(responses[8]!.begin!.size), 2);
  assert.deepEqual(
    responses.filter((r) => r.point).map((r) => r.point!.fieldsDouble!.temperature),
    [1, 2, 3, 4, 5, 6],
  );
});
