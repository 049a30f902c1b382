// Echoes every point and batch unchanged. The baseline for the agent's
// throughput benchmark and for protocol tests that need no detector.
import { agent as pb } from '../agent/proto/udf.js';
import type { Edge, Emitter, Handler } from '../agent/handler.ts';

export function createPassthroughHandler(emitter: Emitter, edge: Edge = 'stream'): Handler {
  const type = edge === 'batch' ? pb.EdgeType.BATCH : pb.EdgeType.STREAM;
  return {
    info: () => ({ wants: type, provides: type, options: {} }),
    init: (request) => {
      const names = (request.options ?? []).map((o) => o.name);
      return names.length === 0
        ? { success: true, error: '' }
        : { success: false, error: `passthrough takes no options, got ${names.join(', ')}` };
    },
    snapshot: () => new Uint8Array(0),
    restore: () => ({ success: true, error: '' }),
    beginBatch: (begin) => emitter.emit({ begin }),
    point: (point, encoded) => (encoded && emitter.passOn ? emitter.passOn(encoded, null) : emitter.emit({ point })),
    endBatch: (end) => emitter.emit({ end }),
    stop: () => {},
  };
}
