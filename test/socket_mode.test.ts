// Socket mode: one agent per connection on a Unix socket, the socket file removed on SIGTERM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Long from 'long';
import { agent as pb } from '../udf/agent/proto/udf.js';
import { FrameDecoder } from '../udf/agent/framing.ts';
import { encodeRequests, opt } from './helpers/udf_process.ts';
import { spawnUdf } from '../tools/client/udf_process.ts';

class Conn {
  readonly responses: pb.Response[] = [];
  private readonly decoder = new FrameDecoder();
  readonly socket: Socket;
  constructor(socket: Socket) {
    this.socket = socket;
    socket.on('data', (c: Buffer) => this.decoder.push(c, (b) => this.responses.push(pb.Response.decode(b))));
  }
  send(...r: pb.IRequest[]): void {
    this.socket.write(encodeRequests(r));
  }
  async waitFor(kind: string, n: number): Promise<pb.Response[]> {
    for (let i = 0; i < 200; i++) {
      const got = this.responses.filter((r) => r.message === kind);
      if (got.length >= n) return got;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`timed out waiting for ${n} ${kind}`);
  }
}

async function dial(path: string): Promise<Conn> {
  for (let i = 0; i < 100; i++) {
    try {
      const s = await new Promise<Socket>((resolve, reject) => {
        const c = connect(path, () => resolve(c));
        c.once('error', reject);
      });
      return new Conn(s);
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`could not connect to ${path}`);
}

test('each socket connection gets its own agent; SIGTERM removes the socket file and exits 0', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'ads-sock-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'ads.sock');
  const child = spawnUdf({ args: ['--socket', path], stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  t.after(() => child.kill('SIGKILL'));

  const a = await dial(path);
  const b = await dial(path);
  a.send({ info: {} }, { init: { options: [opt('field', 'v'), opt('detector', 'mad'), opt('window', 5, 'int')] } });
  b.send({ init: { options: [opt('bogus', 1, 'int')] } });
  const [ia] = await a.waitFor('init', 1);
  const [ib] = await b.waitFor('init', 1);
  assert.equal(ia!.init!.success, true);
  assert.equal(ib!.init!.success, false, 'the second connection has its own handler and configuration');
  assert.equal((await a.waitFor('info', 1)).length, 1);

  const t0 = Long.fromString('1700000000000000000');
  for (let i = 0; i < 10; i++) a.send({ point: { time: t0.add(i * 1e9), name: 'm', group: 'g', fieldsDouble: { v: i === 8 ? 100 : i % 2 } } });
  a.send({ keepalive: { time: Long.fromNumber(42) } });
  const pts = await a.waitFor('point', 10);
  assert.equal(pts[8]!.point!.fieldsBool!.anomaly, true);
  const [ka] = await a.waitFor('keepalive', 1);
  assert.equal(String(ka!.keepalive!.time), '42');
  assert.equal(b.responses.filter((r) => r.message === 'point').length, 0, 'no cross-talk between connections');

  // A connection that ends does not stop the server: a new one is served.
  a.socket.end();
  const c = await dial(path);
  c.send({ info: {} });
  await c.waitFor('info', 1);

  child.kill('SIGTERM');
  assert.equal(await exited, 0);
  assert.equal(existsSync(path), false, 'socket file removed on shutdown');
  assert.equal(stdout, '', 'socket mode writes nothing to stdout');
});

test('socket mode refuses to replace a path that is not a socket', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'ads-sock-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'not-a-socket');
  writeFileSync(path, 'keep me');
  const child = spawnUdf({ args: ['--socket', path] });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
  assert.notEqual(code, 0);
  assert.match(stderr, /exists and is not a socket/);
  assert.equal(existsSync(path), true);
});
