// Readers and writers behind `backtest`: timestamps, CSV, line protocol, and
// the InitRequest built from TICKscript-named flags.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Long from 'long';
import { agent as pb } from '../udf/agent/proto/udf.js';
import { formatTimestampNs, parseTimestampNs } from '../tools/io/timestamps.ts';
import { parseCsv } from '../tools/io/csv.ts';
import { parseCsvHistory } from '../tools/io/csv_history.ts';
import { formatLine, parseLineProtocol } from '../tools/io/line_protocol.ts';
import { buildInitRequest } from '../tools/client/init_request.ts';
import { durationNs as parseDuration } from '../tools/common/duration.ts';
import { buildRangeQuery } from '../tools/io/influx.ts';
import { createProgress } from '../tools/common/progress.ts';

const T = 1404172800n * 1_000_000_000n; // 2014-07-01T00:00:00Z

test('timestamps: NAB style as UTC, ISO with zones and fractions, epoch numbers by magnitude', () => {
  assert.equal(parseTimestampNs('2014-07-01 00:00:00'), T);
  assert.equal(parseTimestampNs('2014-07-01T00:00:00Z'), T);
  assert.equal(parseTimestampNs('2014-07-01T02:00:00+02:00'), T);
  assert.equal(parseTimestampNs('2014-07-01 00:00:00.000000'), T);
  assert.equal(parseTimestampNs('2014-07-01T00:00:00.123456789Z'), T + 123456789n);
  assert.equal(parseTimestampNs('1404172800'), T);
  assert.equal(parseTimestampNs('1404172800.5'), T + 500_000_000n);
  assert.equal(parseTimestampNs('1404172800000'), T);
  assert.equal(parseTimestampNs('1404172800000000000'), T);
  assert.equal(parseTimestampNs('1404172800', 'ms'), 1404172800n * 1_000_000n);
  assert.equal(parseTimestampNs('2014-02-30 00:00:00'), null);
  assert.equal(parseTimestampNs('yesterday'), null);
  assert.equal(formatTimestampNs(T), '2014-07-01T00:00:00Z');
  assert.equal(formatTimestampNs(T + 1_500_000n), '2014-07-01T00:00:00.0015Z');
});

test('CSV: quoted fields, CRLF, field-count errors name the line', () => {
  const t = parseCsv('a,b,c\r\n1,"x, ""y""",3\r\n\r\n4,5,6\r\n', 'f.csv');
  assert.deepEqual(t.header, ['a', 'b', 'c']);
  assert.deepEqual(t.rows, [['1', 'x, "y"', '3'], ['4', '5', '6']]);
  assert.deepEqual(t.lines, [2, 4]);
  assert.throws(() => parseCsv('a,b\n1,2\n3\n', 'f.csv'), /^InputError: f\.csv:3: expected 2 fields \(a,b\), got 1$/);
  assert.throws(() => parseCsv('', 'f.csv'), /f\.csv: file is empty/);
});

test('CSV history: value columns become double fields, tag columns tags, blanks absent', () => {
  const h = parseCsvHistory('timestamp,printer,temperature,power\n2014-07-01 00:00:00,p1,21.5,\n2014-07-01 00:01:00,p2,22,100\n', 'h.csv', {
    name: 'printer',
    tagColumns: ['printer'],
  });
  assert.deepEqual(h.fields, ['temperature', 'power']);
  assert.deepEqual(h.tagKeys, ['printer']);
  assert.deepEqual(h.rows[0]!.fieldsDouble, { temperature: 21.5 });
  assert.deepEqual(h.rows[1]!.tags, { printer: 'p2' });
  assert.equal(h.rows[1]!.timeNs, T + 60_000_000_000n);
  assert.equal(h.rows[1]!.timeText, '2014-07-01 00:01:00');
  assert.throws(() => parseCsvHistory('timestamp,value\n2014-07-01 00:00:00,1\nnot a time,2\n', 'h.csv', { name: 'x' }), /h\.csv:3: unparsable timestamp 'not a time'/);
  assert.throws(() => parseCsvHistory('timestamp,value\n2014-07-01 00:00:00,abc\n', 'h.csv', { name: 'x' }), /h\.csv:2: unparsable value 'abc' in column 'value'/);
  assert.throws(() => parseCsvHistory('timestamp,value\n', 'h.csv', { name: 'x' }), /h\.csv: no data rows/);
  assert.throws(() => parseCsvHistory('ts,value\n1,2\n', 'h.csv', { name: 'x' }), /h\.csv:1: no 'timestamp' column/);
});

test('line protocol: escapes, field types, precision; formatting round-trips', () => {
  const text = [
    '# comment',
    'printer,printer=printer-01,site=a\\ b temperature=21.5,power=100i,ok=true,note="say \\"hi\\"" 1404172800000000000',
    'my\\,m value=-1.5e3 1404172800',
  ].join('\n');
  const h = parseLineProtocol(text.split('\n').slice(0, 2).join('\n'), 'x.lp');
  const r = h.rows[0]!;
  assert.equal(r.name, 'printer');
  assert.deepEqual(r.tags, { printer: 'printer-01', site: 'a b' });
  assert.deepEqual(r.fieldsDouble, { temperature: 21.5 });
  assert.deepEqual(r.fieldsInt, { power: 100 });
  assert.deepEqual(r.fieldsBool, { ok: true });
  assert.deepEqual(r.fieldsString, { note: 'say "hi"' });
  assert.equal(r.timeNs, T);
  assert.equal(r.line, 2);
  const s = parseLineProtocol('my\\,m value=-1.5e3 1404172800', 'x.lp', 's').rows[0]!;
  assert.equal(s.name, 'my,m');
  assert.equal(s.fieldsDouble.value, -1500);
  assert.equal(s.timeNs, T);

  const line = formatLine('out m', { site: 'a b', printer: 'p,1' }, { double: { x: 1.5, bad: NaN }, int: { n: 3 }, string: { s: 'q"' }, bool: { b: false } }, T);
  assert.equal(line, 'out\\ m,printer=p\\,1,site=a\\ b x=1.5,n=3i,s="q\\"",b=false 1404172800000000000');
  const back = parseLineProtocol(line!, 'y.lp').rows[0]!;
  assert.equal(back.name, 'out m');
  assert.deepEqual(back.tags, { printer: 'p,1', site: 'a b' });
  assert.deepEqual(back.fieldsString, { s: 'q"' });

  assert.throws(() => parseLineProtocol('m value=1\n', 'z.lp'), /z\.lp:1: missing timestamp/);
  assert.throws(() => parseLineProtocol('m value=abc 1\n', 'z.lp'), /z\.lp:1: unparsable value 'abc' for field 'value'/);
  assert.throws(() => parseLineProtocol('\n# only a comment\n', 'z.lp'), /z\.lp: file is empty/);
});

test('flags become the InitRequest Kapacitor would send, typed by options.ts', () => {
  const req = buildInitRequest({ field: ['temperature', 'power'], detector: ['mad'], k: '3.5', window: '100', idleTimeout: '1h30m', emit: 'anomalies' });
  const byName = req.options!.map((o) => [o.name, o.values![0]]);
  assert.deepEqual(
    byName.map(([n]) => n),
    ['field', 'field', 'detector', 'emit', 'idleTimeout', 'window', 'k'],
  );
  const opt = (name: string): pb.IOptionValue => req.options!.find((o) => o.name === name)!.values![0]!;
  assert.equal(opt('k').type, pb.ValueType.DOUBLE);
  assert.equal(opt('k').doubleValue, 3.5);
  assert.equal(opt('window').type, pb.ValueType.INT);
  assert.ok(Long.fromValue(opt('window').intValue!).equals(100));
  assert.equal(opt('idleTimeout').type, pb.ValueType.DURATION);
  assert.equal(Long.fromValue(opt('idleTimeout').durationValue!).toString(), '5400000000000');
  // Encodes as a valid wire message.
  assert.ok(pb.InitRequest.encode(pb.InitRequest.create(req)).finish().length > 0);

  assert.throws(() => buildInitRequest({ k: 'big' }), /--k: expected a number, got 'big'/);
  assert.throws(() => buildInitRequest({ window: '10.5' }), /--window: expected an integer/);
  assert.throws(() => buildInitRequest({ idleTimeout: '10 minutes' }), /--idleTimeout: expected a duration/);
  assert.equal(parseDuration('1d'), 86_400_000_000_000n);
  assert.equal(parseDuration('250ms'), 250_000_000n);
  assert.equal(parseDuration('1x'), null);
});

test('the range query selects a measurement between two times, grouped by every tag', () => {
  assert.equal(
    buildRangeQuery({ measurement: 'printer', rp: 'autogen', start: '2024-01-01 00:00:00', end: 'now()', where: `"printer" = 'printer-01'` }),
    `SELECT * FROM "autogen"."printer" WHERE time >= '2024-01-01T00:00:00Z' AND time < now() AND ("printer" = 'printer-01') GROUP BY *`,
  );
});

test('progress bar: drawn on a terminal for long jobs only, cleared when done', () => {
  const writes: string[] = [];
  const tty = { isTTY: true, columns: 80, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream;
  const bar = createProgress('backtest', 50_000, { stream: tty, intervalMs: 0 });
  bar.update(25_000);
  bar.update(50_000);
  bar.finish();
  assert.match(writes[0]!, /^\rbacktest \[#+\.+\]  50% 25000\/50000$/);
  assert.match(writes[1]!, /100% 50000\/50000$/);
  assert.equal(writes[2], '\r\x1b[K');
  const pipe = { isTTY: false, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream;
  createProgress('backtest', 50_000, { stream: pipe }).update(1);
  createProgress('backtest', 100, { stream: tty }).update(1);
  assert.equal(writes.length, 3);
});
