// Streams printer points through the real UDF process exactly as Kapacitor would for tick/ads_demo.tick:
// Info, Init with the task's options, then one Point request per printer point with a keepalive now and then,
// and reads every scored point back.
import type { agent as pb } from '../../udf/agent/proto/udf.js';
import { UdfClient } from '../../tools/client/udf_client.ts';
import type { PrinterPoint } from '../printer/index.ts';
import { pointRequest } from './kapacitor_requests.ts';

export interface StreamOptions {
  init: pb.IInitRequest;
  /** A keepalive after every this many points (Kapacitor sends them on a timer; here they interleave with data). */
  keepaliveEvery?: number;
  /** Each scored point, in the order the UDF sends them. */
  onPoint: (point: pb.IPoint) => void;
  /** Extra arguments for udf/main.ts. */
  args?: readonly string[];
}

export interface StreamResult {
  pointsSent: number;
  pointsReceived: number;
  /** From the first Point request to the last scored point read back (Init and start-up excluded). */
  seconds: number;
  /** Including process start-up and Init. */
  totalSeconds: number;
  bytesSent: number;
  keepaliveRoundTripsMs: number[];
  /** The UDF's answer to Info: what it wants and provides, and its options. */
  info: pb.IInfoResponse;
}

export async function streamThroughUdf(points: Iterable<PrinterPoint>, options: StreamOptions): Promise<StreamResult> {
  const started = performance.now();
  let received = 0;
  const client = new UdfClient({
    args: options.args,
    onData: (r) => {
      if (r.point) {
        received++;
        options.onPoint(r.point);
      }
    },
  });
  try {
    const info = await client.info();
    await client.init(options.init);
    const every = options.keepaliveEvery ?? 5000;
    const keepalives: Promise<number>[] = [];
    const t0 = performance.now();
    let sent = 0;
    for (const p of points) {
      await client.send(pointRequest(p));
      if (++sent % every === 0) keepalives.push(client.keepalive());
    }
    // The final keepalive's echo comes after every response to the points before it.
    keepalives.push(client.keepalive());
    const roundTrips = await Promise.all(keepalives);
    const seconds = (performance.now() - t0) / 1000;
    await client.close();
    return {
      pointsSent: sent,
      pointsReceived: received,
      seconds,
      totalSeconds: (performance.now() - started) / 1000,
      bytesSent: client.bytesSent,
      keepaliveRoundTripsMs: roundTrips,
      info,
    };
  } catch (err) {
    client.kill();
    await client.exited;
    throw err;
  }
}
