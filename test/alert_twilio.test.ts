// alert/alert_twilio.ts as Kapacitor's .exec() runs it: a real child process
// with the alert JSON on stdin, against a fake Twilio API on 127.0.0.1.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { backoffDelay } from '../alert/twilio_send.ts';
import { alertBody, MAX_BODY } from '../alert/alert_message.ts';
import { runScriptAsync } from './helpers/run_script.ts';

const SCRIPT = 'alert/alert_twilio.ts';
const SID = 'AC00000000000000000000000000000001';
const TOKEN = 'secret-token';
const ALERT = JSON.stringify({
  id: 'printer_anomalies:printer=printer-01',
  message: 'printer-01 temperature anomaly (score 0.93, detectors mad,iqr)',
  details: '',
  time: '2024-01-01T00:00:00Z',
  duration: 0,
  level: 'CRITICAL',
  data: { series: [{ name: 'printer_anomalies', tags: { printer: 'printer-01' }, columns: ['time', 'temperature'], values: [['2024-01-01T00:00:00Z', 99.5]] }] },
});

interface Seen {
  path: string;
  auth: string;
  form: URLSearchParams;
}

/** A fake Messages API answering with the given statuses in turn (the last one repeats). */
async function fakeTwilio(statuses: number[]): Promise<{ base: string; seen: Seen[]; server: Server }> {
  const seen: Seen[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ path: req.url ?? '', auth: req.headers.authorization ?? '', form: new URLSearchParams(body) });
      const status = statuses[Math.min(seen.length - 1, statuses.length - 1)]!;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(status < 300 ? { sid: `SM${seen.length}`, status: 'queued' } : { code: status === 401 ? 20003 : 20500, message: status === 401 ? 'Authenticate' : 'Internal error', status }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

function run(args: string[], stdin: string, env: Record<string, string | undefined>): Promise<{ code: number | null; stderr: string }> {
  return runScriptAsync(SCRIPT, args, { env: { PATH: process.env.PATH, TWILIO_RETRY_BASE_MS: '5', ...env }, stdin });
}

function env(base: string, extra: Record<string, string> = {}): Record<string, string> {
  return { TWILIO_API_BASE: base, TWILIO_ACCOUNT_SID: SID, TWILIO_AUTH_TOKEN: TOKEN, TWILIO_FROM: '+15550001', TWILIO_TO: '+15550002', ...extra };
}

test('sms: one form-encoded POST with basic auth, exit 0', async () => {
  const api = await fakeTwilio([201]);
  try {
    const r = await run(['--channel', 'sms'], ALERT, env(api.base));
    assert.equal(r.code, 0, r.stderr);
    assert.equal(api.seen.length, 1);
    const req = api.seen[0]!;
    assert.equal(req.path, `/2010-04-01/Accounts/${SID}/Messages.json`);
    assert.equal(req.auth, `Basic ${Buffer.from(`${SID}:${TOKEN}`).toString('base64')}`);
    assert.equal(req.form.get('To'), '+15550002');
    assert.equal(req.form.get('From'), '+15550001');
    assert.equal(req.form.get('Body'), 'printer-01 temperature anomaly (score 0.93, detectors mad,iqr)');
    assert.match(r.stderr, /^alert_twilio: sent sms to \+15550002 \(SM1, attempt 1\)\n$/);
    assert.ok(!r.stderr.includes(TOKEN));
  } finally {
    api.server.close();
  }
});

test('whatsapp: numbers get the whatsapp: prefix; several recipients', async () => {
  const api = await fakeTwilio([201]);
  try {
    const r = await run(['--channel', 'whatsapp'], ALERT, env(api.base, { TWILIO_TO: '+15550002, whatsapp:+15550003' }));
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(api.seen.map((s) => s.form.get('To')), ['whatsapp:+15550002', 'whatsapp:+15550003']);
    assert.equal(api.seen[0]!.form.get('From'), 'whatsapp:+15550001');
  } finally {
    api.server.close();
  }
});

test('500 then 201: retried, exit 0', async () => {
  const api = await fakeTwilio([500, 201]);
  try {
    const r = await run([], ALERT, env(api.base));
    assert.equal(r.code, 0, r.stderr);
    assert.equal(api.seen.length, 2);
    assert.match(r.stderr, /sent sms to \+15550002 \(SM2, attempt 2\)/);
  } finally {
    api.server.close();
  }
});

test('429 then 503 then 500: three attempts, exit 1', async () => {
  const api = await fakeTwilio([429, 503, 500]);
  try {
    const r = await run([], ALERT, env(api.base));
    assert.equal(r.code, 1);
    assert.equal(api.seen.length, 3);
    assert.match(r.stderr, /^alert_twilio: failed to send sms to \+15550002 after 3 attempts: HTTP 500: Internal error \(code 20500\)\n$/);
  } finally {
    api.server.close();
  }
});

test('401: no retry, exit 1 with Twilio\u2019s reason', async () => {
  const api = await fakeTwilio([401]);
  try {
    const r = await run([], ALERT, env(api.base));
    assert.equal(r.code, 1);
    assert.equal(api.seen.length, 1);
    assert.match(r.stderr, /after 1 attempt: HTTP 401: Authenticate \(code 20003\)/);
  } finally {
    api.server.close();
  }
});

test('connection refused: retried three times, exit 1', async () => {
  const api = await fakeTwilio([201]);
  const base = api.base;
  await new Promise<void>((r) => api.server.close(() => r()));
  const r = await run([], ALERT, env(base));
  assert.equal(r.code, 1);
  assert.match(r.stderr, /after 3 attempts: network error: ECONNREFUSED/);
});

test('bad input and configuration: exit 2, nothing sent', async () => {
  const api = await fakeTwilio([201]);
  try {
    const cases: [string[], string, Record<string, string | undefined>, RegExp][] = [
      [[], '{"id": ', env(api.base), /^alert_twilio: stdin is not JSON: /],
      [[], '', env(api.base), /^alert_twilio: no alert JSON on stdin\n$/],
      [[], '[1,2]', env(api.base), /not an alert object/],
      [[], ALERT, { ...env(api.base), TWILIO_AUTH_TOKEN: undefined }, /^alert_twilio: TWILIO_AUTH_TOKEN is not set\n$/],
      [[], ALERT, env(api.base, { TWILIO_TO: ' , ' }), /TWILIO_TO holds no number/],
      [['--channel', 'fax'], ALERT, env(api.base), /--channel must be 'sms' or 'whatsapp', got 'fax'/],
      [['--bogus'], ALERT, env(api.base), /Unknown option '--bogus'/],
    ];
    for (const [args, stdin, e, message] of cases) {
      const r = await run(args, stdin, e);
      assert.equal(r.code, 2, `${args.join(' ')} ${stdin.slice(0, 10)}: ${r.stderr}`);
      assert.match(r.stderr, message);
      assert.equal(r.stderr.split('\n').length, 2, 'one line');
    }
    assert.equal(api.seen.length, 0);
  } finally {
    api.server.close();
  }
});

test('message body: fallback to level and id, truncated to Twilio\u2019s limit', () => {
  assert.equal(alertBody('{"id":"cpu:host=a","level":"WARNING","message":""}'), 'WARNING cpu:host=a');
  const long = alertBody(JSON.stringify({ message: 'x'.repeat(5000) }));
  assert.equal(long.length, MAX_BODY);
  assert.ok(long.endsWith('\u2026'));
});

test('backoff is exponential with jitter in [0.5, 1.5) of the nominal delay', () => {
  assert.equal(backoffDelay(1, 1000, () => 0), 500);
  assert.equal(backoffDelay(2, 1000, () => 0.5), 2000);
  assert.equal(backoffDelay(3, 1000, () => 0.999), 4000 * 1.499);
});
