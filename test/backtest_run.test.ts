// The backtest pipeline around a handler: rows in time order through Init and
// Points exactly as the agent delivers them, one output row per input row.
// A small stub handler stands in for `ads` so the harness is tested alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Long from 'long';
import { PASS, type Handler, type HandlerFactory, type InitRequest, type Point, type PointOutcome } from '../udf/agent/handler.ts';
import { runBacktest } from '../tools/backtest/job.ts';
import { parseLineProtocol } from '../tools/io/line_protocol.ts';

interface StubLog {
  init: InitRequest | null;
  points: Point[];
}

/** Scores |x − 10| on the first configured field; skips each group's first point (warm-up). */
function stubFactory(log: StubLog, refuse = false): HandlerFactory {
  return (): Handler => {
    let field = '';
    const seen = new Set<string>();
    return {
      info: () => ({}),
      init(req) {
        log.init = req;
        field = req.options!.find((o) => o.name === 'field')!.values![0]!.stringValue!;
        return refuse ? { success: false, error: "unknown detector 'nope'" } : { success: true, error: '' };
      },
      *snapshot() {
        return [];
      },
      *restore() {
        return { success: true, error: '' };
      },
      beginBatch: () => {},
      endBatch: () => {},
      stop: () => {},
      points: (ps) =>
        ps.map((p): PointOutcome => {
          log.points.push(p);
          if (!seen.has(p.group!)) {
            seen.add(p.group!);
            return PASS;
          }
          const d = Math.abs(p.fieldsDouble![field]! - 10);
          return {
            fieldsDouble: { anomaly_score: d / (1 + d), [`${field}_lower`]: 5, [`${field}_upper`]: 15 },
            fieldsBool: { anomaly: d > 5 },
            fieldsInt: { anomaly_votes: Long.fromNumber(d > 5 ? 1 : 0) },
            fieldsString: { anomaly_detectors: d > 5 ? 'stub' : '' },
          };
        }),
    };
  };
}

function tmp(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'ads-bt-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('CSV in, CSV out: rows reach the handler in time order as Points; output keeps input order', async (t) => {
  const dir = tmp(t);
  const input = join(dir, 'hist.csv');
  writeFileSync(
    input,
    [
      'timestamp,printer,temperature,power',
      '2024-01-01T00:02:00Z,p1,30,100',
      '2024-01-01T00:00:00Z,p1,10,100',
      '2024-01-01T00:00:00Z,p2,11,90',
      '2024-01-01T00:01:00Z,p1,12,101',
      '2024-01-01T00:01:00Z,p2,,95',
    ].join('\n'),
  );
  const log: StubLog = { init: null, points: [] };
  const summary = await runBacktest(
    { input: { kind: 'file', path: input, tagColumns: ['printer'] }, output: join(dir, 'out.csv'), options: { field: ['temperature'], k: '3.5' }, progress: false },
    stubFactory(log),
  );
  assert.deepEqual(log.init!.options!.map((o) => o.name), ['field', 'k']);
  // Time order, ties in input order; ns Long times, Kapacitor-style group of the tag set.
  assert.deepEqual(
    log.points.map((p) => [Long.fromValue(p.time!).toString(), p.group, p.fieldsDouble!.temperature]),
    [
      ['1704067200000000000', 'printer=p1', 10],
      ['1704067200000000000', 'printer=p2', 11],
      ['1704067260000000000', 'printer=p1', 12],
      ['1704067260000000000', 'printer=p2', undefined],
      ['1704067320000000000', 'printer=p1', 30],
    ],
  );
  assert.equal(log.points[0]!.name, 'hist');
  assert.deepEqual(log.points[0]!.tags, { printer: 'p1' });
  assert.deepEqual(log.points[0]!.dimensions, ['printer']);
  assert.equal(summary.rows, 5);
  assert.equal(summary.anomalies, 1);

  const out = readFileSync(join(dir, 'out.csv'), 'utf8').trim().split('\n');
  assert.equal(out[0], 'timestamp,printer,temperature,power,anomaly_score,anomaly,temperature_lower,temperature_upper,anomaly_votes,anomaly_detectors');
  assert.equal(out.length, 6);
  assert.equal(out[1], `2024-01-01T00:02:00Z,p1,30,100,${20 / 21},true,5,15,1,stub`);
  // The first point of each group was not scored: 0 / false, empty extras.
  assert.equal(out[2], '2024-01-01T00:00:00Z,p1,10,100,0,false,,,,');
  assert.equal(out[4], `2024-01-01T00:01:00Z,p1,12,101,${2 / 3},false,5,15,0,`);
  // A missing input value stays empty (the stub scored NaN: no finite score is written as 0).
  assert.equal(out[5]!.split(',')[2], '');
});

test('line-protocol output: the chosen measurement, input tags and times, typed fields', async (t) => {
  const dir = tmp(t);
  const input = join(dir, 'hist.lp');
  writeFileSync(input, ['printer,printer=p1 temperature=10 1000000000000000001', 'printer,printer=p1 temperature=40 1000000000000000002'].join('\n'));
  const log: StubLog = { init: null, points: [] };
  await runBacktest(
    { input: { kind: 'file', path: input }, output: join(dir, 'out.lp'), outMeasurement: 'printer_anomalies', options: { field: ['temperature'] }, progress: false },
    stubFactory(log),
  );
  const back = parseLineProtocol(readFileSync(join(dir, 'out.lp'), 'utf8'), 'out.lp');
  assert.equal(back.rows.length, 2);
  const scored = back.rows[1]!;
  assert.equal(scored.name, 'printer_anomalies');
  assert.deepEqual(scored.tags, { printer: 'p1' });
  assert.equal(scored.timeNs, 1000000000000000002n);
  assert.equal(scored.fieldsDouble.anomaly_score, 30 / 31);
  assert.equal(scored.fieldsBool.anomaly, true);
  assert.equal(scored.fieldsInt.anomaly_votes, 1);
  assert.equal(scored.fieldsString.anomaly_detectors, 'stub');
});

test('field selection: the only value column by default, unknown fields and refused options are errors', async (t) => {
  const dir = tmp(t);
  const one = join(dir, 'nab.csv');
  writeFileSync(one, 'timestamp,value\n2014-07-01 00:00:00,1\n2014-07-01 00:05:00,2\n');
  const log: StubLog = { init: null, points: [] };
  await runBacktest({ input: { kind: 'file', path: one }, output: join(dir, 'o.csv'), options: {}, progress: false }, stubFactory(log));
  assert.equal(log.init!.options![0]!.values![0]!.stringValue, 'value');
  // CSV input echoes its own timestamp text.
  assert.match(readFileSync(join(dir, 'o.csv'), 'utf8'), /^timestamp,value,anomaly_score,anomaly,value_lower,value_upper,anomaly_votes,anomaly_detectors\n2014-07-01 00:00:00,1,0,false,,,,\n/);

  await assert.rejects(
    runBacktest({ input: { kind: 'file', path: one }, output: join(dir, 'o.csv'), options: { field: ['temp'] }, progress: false }, stubFactory(log)),
    { message: `${one}:1: unknown column 'temp' (value columns: value)` },
  );
  const two = join(dir, 'two.csv');
  writeFileSync(two, 'timestamp,a,b\n2014-07-01 00:00:00,1,2\n');
  await assert.rejects(
    runBacktest({ input: { kind: 'file', path: two }, output: join(dir, 'o.csv'), options: {}, progress: false }, stubFactory(log)),
    /say which field to score with --field \(fields: a, b\)/,
  );
  await assert.rejects(
    runBacktest({ input: { kind: 'file', path: one }, output: join(dir, 'o.csv'), options: { detector: ['nope'] }, progress: false }, stubFactory(log, true)),
    { message: "invalid detector options: unknown detector 'nope'" },
  );
});
