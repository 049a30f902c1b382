// End-to-end, socket mode: the UDF serves a Unix socket (`udf/main.ts --socket`), the real kapacitord (1.5.9 or
// 1.8.2, from KAPACITOR_VERSION) dials it for a task node, and the scored points come back through Kapacitor.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startInfluxd } from './influxdb.ts';
import { KapacitorCli, parseTaskShow, startKapacitord } from './kapacitor.ts';
import { freePort, locateServers, waitUntil, type ServerProcess } from './servers.ts';
import { spawnUdf } from '../../tools/client/udf_process.ts';

const dir = mkdtempSync(join(tmpdir(), 'kapacitor-ads-socket-'));
const socket = join(dir, 'ads.sock');
const servers: ServerProcess[] = [];
let udf: ChildProcess;
let udfLog = '';
let kapacitor: KapacitorCli;
let kapacitorUrl = '';

before(async () => {
  const bins = locateServers();
  udf = spawnUdf({ args: ['--socket', socket], logLevel: 'info' });
  udf.stderr!.on('data', (c: Buffer) => (udfLog += c.toString()));
  await waitUntil('the UDF socket', 20_000, async () => (/"msg":"listening"/.test(udfLog) ? true : undefined));

  const influxPort = await freePort();
  servers.push(await startInfluxd({ bin: bins.influxd, dir: join(dir, 'influxdb'), httpPort: influxPort, rpcPort: await freePort() }));
  const kapacitorPort = await freePort();
  kapacitorUrl = `http://127.0.0.1:${kapacitorPort}`;
  servers.push(
    await startKapacitord({
      bin: bins.kapacitord,
      version: bins.kapacitorVersion,
      dir: join(dir, 'kapacitor'),
      httpPort: kapacitorPort,
      influxUrl: `http://127.0.0.1:${influxPort}`,
      extraConf: `[udf.functions.ads_socket]\n  socket = "${socket}"\n  timeout = "10s"`,
    }),
  );
  kapacitor = new KapacitorCli(bins.kapacitor, kapacitorUrl);
});

after(async () => {
  for (const s of servers.reverse()) await s.stop();
  if (udf && udf.exitCode === null) {
    udf.kill('SIGTERM');
    await new Promise((r) => udf.once('exit', r));
  }
  rmSync(dir, { recursive: true, force: true });
});

test('kapacitord scores a stream through the UDF on a Unix socket', async () => {
  const tick = join(dir, 'socket_task.tick');
  writeFileSync(
    tick,
    `dbrp "sock"."autogen"
stream
    |from().measurement('m').groupBy('host')
    @ads_socket()
        .field('v')
        .detector('mad')
        .window(10)
        .emit('anomalies')
    |httpOut('flagged')
`,
  );
  await kapacitor.run('define', 'socket_task', '-tick', tick);
  await kapacitor.run('enable', 'socket_task');

  // 30 quiet points and a spike per host, in time order, through Kapacitor's write endpoint.
  const t0 = 1_700_000_000;
  const lines: string[] = [];
  for (let i = 0; i < 31; i++) {
    for (const host of ['a', 'b']) lines.push(`m,host=${host} v=${i === 30 ? 100 : 10 + (i % 3)} ${t0 + i}`);
  }
  const write = await fetch(`${kapacitorUrl}/kapacitor/v1/write?db=sock&rp=autogen&precision=s`, { method: 'POST', body: lines.join('\n') });
  assert.equal(write.status, 204, await write.text());

  const flagged = await waitUntil('flagged points at httpOut', 30_000, async () => {
    const r = await fetch(`${kapacitorUrl}/kapacitor/v1/tasks/socket_task/flagged`);
    if (!r.ok) return undefined;
    const body = (await r.json()) as { series?: { tags: Record<string, string>; columns: string[]; values: unknown[][] }[] };
    return body.series && body.series.length === 2 ? body.series : undefined;
  });
  for (const s of flagged) {
    const row = Object.fromEntries(s.columns.map((c, i) => [c, s.values[0]![i]]));
    assert.equal(row.v, 100, `host ${s.tags.host}: the spike is what was flagged`);
    assert.equal(row.anomaly, true);
    assert.ok((row.anomaly_score as number) > 0.5);
  }
  const show = parseTaskShow(await kapacitor.run('show', 'socket_task'));
  assert.equal(show.error, '', `task error: ${show.error}`);
  assert.match(udfLog, /"msg":"connection opened"/, 'Kapacitor dialled the socket');
});
