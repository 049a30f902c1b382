// Test helper: the points and series the conversation tests send, in
// process (agent_pair.ts) and to the real process (udf_process.ts) alike.
import Long from 'long';
import type { agent as pb } from '../../udf/agent/proto/udf.js';

export const T0 = Long.fromString('1700000000000000000');

/** Point i (one per second from T0) of printer p1, with temperature v. */
export function point(i: number, v: number, extra: Partial<pb.IPoint> = {}): pb.IRequest {
  return {
    point: {
      time: T0.add(Long.fromNumber(i).mul(1_000_000_000)),
      name: 'printer',
      database: 'printer',
      retentionPolicy: 'autogen',
      group: 'printer=p1',
      dimensions: ['printer'],
      byName: false,
      tags: { printer: 'p1', site: 'lab' },
      fieldsDouble: { temperature: v },
      ...extra,
    },
  };
}

export const noise = (i: number): number => 20 + Math.sin(i * 0.7) + 0.3 * Math.cos(i * 2.3);
