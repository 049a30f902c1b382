// Decodes a Request frame. Kapacitor sends exactly one field of the Request
// oneof per frame, so the common case reads that field's tag and decodes the
// inner message directly: this skips building a Request object and its oneof
// bookkeeping, which cost about a tenth of the time per point. Anything else
// falls back to the generated decoder.
import protobuf from 'protobufjs/minimal.js';
import { agent as pb } from './proto/udf.js';
import { PointDecoder } from './point_decoder.ts';

export type DecodedRequest =
  | { kind: 'info'; info: pb.IInfoRequest }
  | { kind: 'init'; init: pb.IInitRequest }
  | { kind: 'keepalive'; keepalive: pb.IKeepaliveRequest }
  | { kind: 'snapshot'; snapshot: pb.ISnapshotRequest }
  | { kind: 'restore'; restore: pb.IRestoreRequest }
  | { kind: 'begin'; begin: pb.IBeginBatch }
  | { kind: 'point'; point: pb.IPoint; encoded: Uint8Array }
  | { kind: 'end'; end: pb.IEndBatch }
  | { kind: 'unknown' };

const LENGTH_DELIMITED = 2;

/** Decodes the frames of one conversation; points take the hand-written decoder (point_decoder.ts) and its string cache. */
export class RequestDecoder {
  private readonly points: PointDecoder;

  constructor(points: PointDecoder = new PointDecoder()) {
    this.points = points;
  }

  decode(body: Uint8Array): DecodedRequest {
    const reader = protobuf.Reader.create(body);
    if (body.length > 0) {
      const tag = reader.uint32();
      if ((tag & 7) === LENGTH_DELIMITED) {
        const length = reader.uint32();
        if (reader.pos + length === body.length) {
          const fast = this.decodeField(tag >>> 3, reader, length);
          if (fast) return fast;
        }
      }
    }
    return fromRequest(pb.Request.decode(body));
  }

  private decodeField(field: number, r: protobuf.Reader, length: number): DecodedRequest | null {
    switch (field) {
      case 17: {
        // A plain view, not Buffer#subarray: no species lookup, no Buffer object per point.
        const encoded = new Uint8Array(r.buf.buffer, r.buf.byteOffset + r.pos, length);
        return { kind: 'point', point: this.points.decode(r.buf, r.pos, r.pos + length), encoded };
      }
      case 3:
        return { kind: 'keepalive', keepalive: pb.KeepaliveRequest.decode(r, length) };
      case 16:
        return { kind: 'begin', begin: pb.BeginBatch.decode(r, length) };
      case 18:
        return { kind: 'end', end: pb.EndBatch.decode(r, length) };
      default:
        return null; // rarer messages take the general path
    }
  }
}

function fromRequest(req: pb.Request): DecodedRequest {
  switch (req.message) {
    case 'info':
      return { kind: 'info', info: req.info! };
    case 'init':
      return { kind: 'init', init: req.init! };
    case 'keepalive':
      return { kind: 'keepalive', keepalive: req.keepalive! };
    case 'snapshot':
      return { kind: 'snapshot', snapshot: req.snapshot! };
    case 'restore':
      return { kind: 'restore', restore: req.restore! };
    case 'begin':
      return { kind: 'begin', begin: req.begin! };
    case 'point':
      return { kind: 'point', point: req.point!, encoded: pb.Point.encode(req.point!).finish() };
    case 'end':
      return { kind: 'end', end: req.end! };
    default:
      return { kind: 'unknown' };
  }
}
