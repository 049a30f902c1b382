// Passes every point and batch on unchanged. The baseline for the agent's
// throughput benchmark and for protocol tests that need no detector.
import { agent as pb } from '../agent/proto/udf.js';
import { PASS, type Edge, type Handler, type PointOutcome, type RestoreResponse, type SnapshotBytes } from '../agent/handler.ts';

export function createPassthroughHandler(edge: Edge = 'stream'): Handler {
  const type = edge === 'batch' ? pb.EdgeType.BATCH : pb.EdgeType.STREAM;
  return {
    info: () => ({ wants: type, provides: type, options: {} }),
    init: (request) => {
      const names = (request.options ?? []).map((o) => o.name);
      return names.length === 0
        ? { success: true, error: '' }
        : { success: false, error: `passthrough takes no options, got ${names.join(', ')}` };
    },
    snapshot: () => done<SnapshotBytes>([]),
    restore: () => done<RestoreResponse>({ success: true, error: '' }),
    beginBatch: () => {},
    points: (points) => new Array<PointOutcome>(points.length).fill(PASS),
    endBatch: () => {},
    stop: () => {},
  };
}

/** Work with nothing to do: its only step returns the result. */
function done<T>(value: T): Iterator<unknown, T, undefined> {
  return { next: () => ({ done: true, value }) };
}
