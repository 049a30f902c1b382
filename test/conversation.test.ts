// Conversation tests: an Agent in this process, bound to a stream pair as the
// UDF binds it to stdin/stdout, with the handler the command line builds;
// Kapacitor's protocol spoken to it, no process started (test/udf_process.test.ts
// keeps what needs the real process).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Long from 'long';
import { agent as pb } from '../udf/agent/proto/udf.js';
import { encodeRequests, opt, pointOf } from './helpers/udf_process.ts';
import { AgentPair, type AgentPairOptions } from './helpers/agent_pair.ts';
import { T0, noise, point } from './helpers/conversation.ts';

async function initialised(options: AgentPairOptions = {}, init: pb.IOption[] = [opt('field', 'temperature'), opt('detector', 'mad'), opt('window', 20, 'int')]): Promise<AgentPair> {
  const u = new AgentPair(options);
  u.send({ init: { options: init } });
  const [answer] = await u.waitForCount('init', 1);
  assert.equal(answer!.init!.success, true, answer!.init!.error ?? '');
  return u;
}

test('Info declares the edges and every option with its Kapacitor value type', async () => {
  const u = new AgentPair();
  u.send({ info: {} });
  const [r] = await u.waitForCount('info', 1);
  const info = r!.info!;
  const options = info.options ?? {};
  assert.equal(info.wants, pb.EdgeType.STREAM);
  assert.equal(info.provides, pb.EdgeType.STREAM);
  assert.deepEqual(options.k!.valueTypes, [pb.ValueType.DOUBLE]);
  assert.deepEqual(options.window!.valueTypes, [pb.ValueType.INT]);
  assert.deepEqual(options.field!.valueTypes, [pb.ValueType.STRING]);
  assert.deepEqual(options.idleTimeout!.valueTypes, [pb.ValueType.DURATION]);
  u.end();
  assert.equal(await u.exited, 0);
});

test('Init with bad options answers success=false naming the option, and the process lives on', async () => {
  const u = new AgentPair();
  const cases: [pb.IOption[], RegExp][] = [
    [[opt('field', 'x'), opt('bogus', 1, 'int')], /unknown option 'bogus'/],
    [[opt('field', 'x'), opt('k', 3, 'int')], /option 'k' expects a double/],
    [[opt('window', 10, 'int')], /field/],
    [[opt('field', 'x'), opt('detector', 'nope')], /detector must be one of/],
    [[opt('field', 'x'), opt('detector', 'mad'), opt('window', 1, 'int')], /window must be an integer/],
    [[opt('field', 'x'), opt('detector', 'threshold')], /threshold needs \.lower\(x\) or \.upper\(x\)/],
    [[opt('field', 'x'), opt('minConsensus', 2, 'int')], /minConsensus/],
    [[opt('field', 'x'), opt('emit', 'some')], /emit must be one of 'all', 'anomalies'/],
    [[opt('field', 'x'), opt('include', 'everything')], /include must be one of 'bands', 'detectors', 'scores', 'all', got 'everything'/],
    [[opt('field', 'x'), opt('k', 3.5), opt('k', 2.5)], /'k' is given more than once/],
  ];
  for (const [options] of cases) u.send({ init: { options } });
  const inits = await u.waitForCount('init', cases.length);
  cases.forEach(([, re], i) => {
    assert.equal(inits[i]!.init!.success, false);
    assert.match(inits[i]!.init!.error!, re);
  });
  u.send({ init: { options: [opt('field', 'x')] } });
  const all = await u.waitForCount('init', cases.length + 1);
  assert.equal(all.at(-1)!.init!.success, true);
  u.end();
  assert.equal(await u.exited, 0);
});

test('points come back scored, with the input point metadata kept', async () => {
  const u = await initialised({}, [opt('field', 'temperature'), opt('detector', 'mad'), opt('window', 20, 'int'), opt('include', 'bands'), opt('include', 'detectors')]);
  for (let i = 0; i < 40; i++) u.send(point(i, i === 30 ? 35 : noise(i)));
  const pts = await u.waitForCount('point', 40);
  const out = pts.map(pointOf);
  for (let i = 0; i < 20; i++) {
    const p = out[i]!;
    assert.deepEqual([p.fieldsBool.anomaly, p.fieldsBool.anomaly_warmup, p.fieldsDouble.anomaly_score], [false, true, 0], 'warm-up points carry the verdict fields');
    assert.deepEqual([p.fieldsString.anomaly_detectors, p.fieldsString.anomaly_fields], ['', '']);
    assert.equal(Number(p.fieldsInt.anomaly_votes), 0);
    assert.equal(p.fieldsDouble.temperature_upper, undefined, 'no band before the window is full');
  }
  assert.ok(out.slice(20).every((p) => p.fieldsBool.anomaly_warmup === false));
  const spike = out[30]!;
  assert.equal(spike.fieldsBool.anomaly, true);
  assert.ok(spike.fieldsDouble.anomaly_score! > 0.5);
  assert.equal(spike.fieldsString.anomaly_detectors, 'mad');
  assert.equal(spike.fieldsString.anomaly_fields, 'temperature');
  assert.equal(Number(spike.fieldsInt.anomaly_votes), 1);
  assert.ok(spike.fieldsDouble.temperature_upper! < 35);
  assert.equal(spike.fieldsDouble.temperature, 35);
  assert.equal(spike.name, 'printer');
  assert.equal(spike.database, 'printer');
  assert.equal(spike.retentionPolicy, 'autogen');
  assert.equal(spike.group, 'printer=p1');
  assert.deepEqual(spike.dimensions, ['printer']);
  assert.deepEqual(spike.tags, { printer: 'p1', site: 'lab' });
  assert.equal(spike.time.toString(), T0.add(30_000_000_000).toString());
  const normal = out.slice(20).filter((p, i) => i + 20 !== 30);
  assert.ok(normal.every((p) => p.fieldsBool.anomaly === false));
  u.end();
  assert.equal(await u.exited, 0);
  u.finishOutput();
});

test('by default a point gains the verdict alone: anomaly, anomaly_score and anomaly_warmup, from the first point on', async () => {
  const u = await initialised();
  for (let i = 0; i < 40; i++) u.send(point(i, i === 30 ? 35 : noise(i)));
  const out = (await u.waitForCount('point', 40)).map(pointOf);
  for (const [i, p] of out.entries()) {
    assert.deepEqual(Object.keys(p.fieldsDouble).sort(), ['anomaly_score', 'temperature'], `point ${i}`);
    assert.deepEqual(Object.keys(p.fieldsBool).sort(), ['anomaly', 'anomaly_warmup'], `point ${i}`);
    assert.deepEqual([p.fieldsInt, p.fieldsString], [{}, {}], `point ${i}`);
    assert.equal(p.fieldsBool.anomaly_warmup, i < 20, `point ${i}`);
    if (i < 20) assert.deepEqual([p.fieldsBool.anomaly, p.fieldsDouble.anomaly_score], [false, 0]);
  }
  assert.equal(out[30]!.fieldsBool.anomaly, true);
  assert.ok(out[30]!.fieldsDouble.anomaly_score! > 0.5);
  u.end();
  assert.equal(await u.exited, 0);
});

test("include('scores') adds each detector's own score; include('all') every group", async () => {
  const u = await initialised({}, [opt('field', 'temperature'), opt('detector', 'mad'), opt('detector', 'zscore'), opt('window', 20, 'int'), opt('include', 'scores')]);
  for (let i = 0; i < 30; i++) u.send(point(i, noise(i)));
  const scored = (await u.waitForCount('point', 30)).map(pointOf).at(-1)!;
  assert.deepEqual(Object.keys(scored.fieldsDouble).sort(), ['anomaly_score', 'mad_score', 'temperature', 'zscore_score']);
  u.end();
  assert.equal(await u.exited, 0);
  const all = await initialised({}, [opt('field', 'temperature'), opt('detector', 'mad'), opt('window', 20, 'int'), opt('include', 'all')]);
  for (let i = 0; i < 30; i++) all.send(point(i, noise(i)));
  const p = (await all.waitForCount('point', 30)).map(pointOf).at(-1)!;
  assert.deepEqual(Object.keys(p.fieldsDouble).sort(), ['anomaly_score', 'mad_score', 'temperature', 'temperature_lower', 'temperature_upper']);
  assert.deepEqual(Object.keys(p.fieldsString).sort(), ['anomaly_detectors', 'anomaly_fields']);
  assert.deepEqual(Object.keys(p.fieldsInt), ['anomaly_votes']);
  all.end();
  assert.equal(await all.exited, 0);
});

test('with minConsensus 2 the verdict stays a warm-up one until two detectors judge', async () => {
  // mad judges from its 10th point, zscore from its 20th.
  const u = await initialised({}, [opt('field', 'temperature'), opt('detector', 'mad'), opt('detector', 'zscore'), opt('madWindow', 10, 'int'), opt('zscoreWindow', 20, 'int'), opt('minConsensus', 2, 'int'), opt('include', 'bands')]);
  for (let i = 0; i < 30; i++) u.send(point(i, noise(i)));
  const out = (await u.waitForCount('point', 30)).map(pointOf);
  const warm = out.map((p) => p.fieldsBool.anomaly_warmup);
  assert.deepEqual(warm, out.map((_, i) => i < 20));
  // Between the two, mad's band is known but the score is not yet informed.
  assert.equal(out[15]!.fieldsDouble.anomaly_score, 0);
  assert.equal(typeof out[15]!.fieldsDouble.temperature_upper, 'number');
  u.end();
  assert.equal(await u.exited, 0);
});

test('int64 timestamps above 2^53 pass through exactly', async () => {
  const u = await initialised();
  const t = Long.fromString('9007199254740993001'); // 2^53 + 1001: not representable as a double
  u.send({ point: { time: t, name: 'm', group: '', fieldsDouble: { temperature: 1 } } });
  const [p] = await u.waitForCount('point', 1);
  assert.equal(pointOf(p!).time.toString(), '9007199254740993001');
  u.end();
  await u.exited;
});

test('keepalives are answered with their own time in the middle of a flood of points', async () => {
  const u = await initialised({ handler: 'passthrough' }, []);
  const N = 60_000;
  const every = 5_000;
  const reqs: pb.IRequest[] = [];
  for (let i = 0; i < N; i++) {
    reqs.push(point(i, noise(i)));
    if (i % every === every - 1) reqs.push({ keepalive: { time: Long.fromString('1800000000000000000').add(i) } });
  }
  u.sendRaw(encodeRequests(reqs));
  const kas = await u.waitForCount('keepalive', N / every, 30_000);
  assert.deepEqual(
    kas.map((r) => String(r.keepalive!.time)),
    Array.from({ length: N / every }, (_, k) => Long.fromString('1800000000000000000').add(k * every + every - 1).toString()),
  );
  // Responses keep request order: each keepalive follows exactly the points sent before it.
  const order = u.responses.filter((r) => r.message !== 'init').map((r) => r.message);
  assert.equal(order.indexOf('keepalive'), every);
  u.end();
  assert.equal(await u.exited, 0);
  assert.equal(u.responses.filter((r) => r.message === 'point').length, N);
});

test('a snapshot that cannot be decoded gives RestoreResponse success=false', async () => {
  const u = await initialised();
  u.send({ restore: { snapshot: new TextEncoder().encode('not a snapshot') } });
  u.send({ restore: { snapshot: new TextEncoder().encode(JSON.stringify({ format: 'kapacitor-ads', version: 99, options: '', groups: [] })) } });
  const rs = await u.waitForCount('restore', 2);
  assert.equal(rs[0]!.restore!.success, false);
  assert.equal(rs[0]!.restore!.error, 'the snapshot is not a kapacitor-ads snapshot (it starts with the bytes 6e 6f 74 20)');
  assert.equal(rs[1]!.restore!.success, false);
  assert.equal(rs[1]!.restore!.error, 'the snapshot is of format version 99; this UDF reads versions 1 and 2');
  u.end();
  assert.equal(await u.exited, 0);
});

test('a handler exception gives an ErrorResponse with its message and a non-zero exit', async () => {
  const u = new AgentPair();
  u.send(point(0, 1)); // data before Init
  const [e] = await u.waitForCount('error', 1);
  assert.match(e!.error!.error!, /before a successful Init/);
  assert.notEqual(await u.exited, 0);
});

test('batch edge: output batches are bracketed with name, group, tags and an exact size', async () => {
  const u = await initialised({ edge: 'batch' }, [opt('field', 'temperature'), opt('detector', 'mad'), opt('window', 10, 'int'), opt('emit', 'anomalies')]);
  const tags = { printer: 'p2' };
  for (let b = 0; b < 2; b++) {
    u.send({ begin: { name: 'printer', group: 'printer=p2', tags, size: Long.fromNumber(30), byName: false } });
    for (let i = 0; i < 30; i++) {
      const n = b * 30 + i;
      u.send({ point: { time: T0.add(n * 1e9), name: 'printer', group: 'printer=p2', tags, fieldsDouble: { temperature: n === 45 ? 50 : noise(n) } } });
    }
    u.send({ end: { name: 'printer', group: 'printer=p2', tags, tmax: T0.add((b * 30 + 29) * 1e9), byName: false } });
  }
  u.send({ end: { name: 'stray' } }); // an EndBatch with no batch open is ignored, not echoed
  await u.waitForCount('end', 2);
  u.end();
  assert.equal(await u.exited, 0);
  const kinds = u.responses.filter((r) => r.message !== 'init').map((r) => r.message);
  assert.deepEqual(kinds, ['begin', 'end', 'begin', 'point', 'end']);
  const [b1, , b2, p, e2] = u.responses.slice(1);
  assert.equal(b1!.begin!.name, 'printer');
  assert.equal(Number(b1!.begin!.size), 0);
  assert.equal(b2!.begin!.group, 'printer=p2');
  assert.deepEqual(b2!.begin!.tags, tags);
  assert.equal(Number(b2!.begin!.size), 1);
  assert.equal(pointOf(p!).fieldsDouble.temperature, 50);
  assert.equal(String(e2!.end!.tmax), T0.add(59e9).toString());
});

test('missing, non-numeric and non-finite field values pass through unscored without a crash', async () => {
  const u = await initialised();
  for (let i = 0; i < 25; i++) u.send(point(i, noise(i)));
  u.send(point(25, 0, { fieldsDouble: { other: 1 } }));
  u.send(point(26, 0, { fieldsDouble: {}, fieldsString: { temperature: 'hot' } }));
  u.send(point(27, 0, { fieldsDouble: {}, fieldsString: { temperature: 'hot' } }));
  u.send(point(28, Number.NaN));
  u.send(point(29, Infinity));
  u.send(point(30, noise(30)));
  const out = (await u.waitForCount('point', 31)).map(pointOf);
  for (const i of [25, 26, 27, 28, 29]) {
    assert.deepEqual([out[i]!.fieldsBool.anomaly, out[i]!.fieldsBool.anomaly_warmup, out[i]!.fieldsDouble.anomaly_score], [false, true, 0], `point ${i} is unscored`);
  }
  assert.equal(out[26]!.fieldsString.temperature, 'hot');
  assert.equal(out[30]!.fieldsBool.anomaly, false);
  u.end();
  assert.equal(await u.exited, 0);
  assert.equal(u.stderr.match(/not numeric/g)?.length, 1, 'the non-numeric field is logged once per group');
});

test('batch edge: overlapping batch queries score each point once; the overlap is not re-emitted', async () => {
  const u = await initialised({ edge: 'batch' }, [opt('field', 'temperature'), opt('detector', 'mad'), opt('window', 10, 'int')]);
  const tags = { printer: 'p3' };
  // Three batches over points 0..29, 10..39 and 20..49, as `.period(30s).every(10s)` would return them.
  for (const first of [0, 10, 20]) {
    u.send({ begin: { name: 'printer', group: 'printer=p3', tags, size: Long.fromNumber(30), byName: false } });
    for (let n = first; n < first + 30; n++) {
      u.send({ point: { time: T0.add(n * 1e9), name: 'printer', group: 'printer=p3', tags, fieldsDouble: { temperature: n === 45 ? 50 : noise(n) } } });
    }
    u.send({ end: { name: 'printer', group: 'printer=p3', tags, tmax: T0.add((first + 29) * 1e9), byName: false } });
  }
  const begins = await u.waitForCount('begin', 3);
  await u.waitForCount('end', 3);
  assert.deepEqual(begins.map((b) => Number(b.begin!.size)), [30, 10, 10]);
  const times = u.responses.filter((r) => r.message === 'point').map((r) => pointOf(r).time.subtract(T0).div(1e9).toNumber());
  assert.deepEqual(times, Array.from({ length: 50 }, (_, i) => i), 'every point once, in order');
  const spike = u.responses.filter((r) => r.message === 'point').map(pointOf)[45]!;
  assert.equal(spike.fieldsBool.anomaly, true);

  // The last scored time survives a snapshot: a restored agent does not re-score the overlap either.
  u.send({ snapshot: {} });
  const [snap] = await u.waitForCount('snapshot', 1);
  u.end();
  assert.equal(await u.exited, 0);
  const v = await initialised({ edge: 'batch' }, [opt('field', 'temperature'), opt('detector', 'mad'), opt('window', 10, 'int')]);
  v.send({ restore: { snapshot: snap!.snapshot!.snapshot } });
  v.send({ begin: { name: 'printer', group: 'printer=p3', tags, byName: false } });
  for (let n = 40; n < 55; n++) v.send({ point: { time: T0.add(n * 1e9), name: 'printer', group: 'printer=p3', tags, fieldsDouble: { temperature: noise(n) } } });
  v.send({ end: { name: 'printer', group: 'printer=p3', tags, tmax: T0.add(54e9), byName: false } });
  const [b] = await v.waitForCount('begin', 1);
  assert.equal(Number(b!.begin!.size), 5, 'only points 50..54 are new');
  v.end();
  assert.equal(await v.exited, 0);
});
