// The snapshot format of the `ads` handler, version 2: binary.
//
//   bytes 0-3    magic 0x89 'K' 'A' 'D' (never the start of text, so never mistaken for version 1's JSON)
//   bytes 4-5    format version, 2 (little-endian, as every number)
//   bytes 6-7    header size, 24
//   bytes 8-15   body size in bytes
//   bytes 16-19  CRC-32 of the body
//   bytes 20-23  zero
//   body         what the handler writes (ads.ts): options, groups, each detector's state
//
// A snapshot is refused, with a sentence saying why, when it is empty, is not
// ours, is of a version this UDF does not read, is shorter or longer than its
// header says (truncated), or its checksum does not match (corrupt). Version 1
// (JSON with a format tag, what the UDF wrote before) is still read.
// Checksumming is done in steps of CRC_STEP bytes, so a snapshot of hundreds
// of megabytes leaves the agent free to answer keepalives.
import { SnapshotError } from '../errors.ts';
import { crc32 } from './state/crc32.ts';
import { StateReader } from './state/state_reader.ts';
import type { Reserved, StateWriter } from './state/state_writer.ts';

export const SNAPSHOT_FORMAT = 'kapacitor-ads';
export const SNAPSHOT_VERSION = 2;
export const LEGACY_SNAPSHOT_VERSION = 1;
const MAGIC = [0x89, 0x4b, 0x41, 0x44] as const;
export const HEADER_BYTES = 24;
const CRC_STEP = 4 * 1024 * 1024;
const JSON_OPEN_BRACE = 0x7b;

/** A version-1 snapshot's group (JSON). */
export interface LegacyGroupSnapshot {
  key: string;
  lastSeenMs: number;
  warned: string[];
  /** Batch edge: newest scored point time (ns, decimal), or null. */
  lastBatchTime?: string | null;
  detectors: unknown[];
}

export interface LegacySnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: 1;
  /** Canonical options string; a snapshot taken under other options is not applied. */
  options: string;
  groups: LegacyGroupSnapshot[];
}

export type OpenedSnapshot = { version: 1; legacy: LegacySnapshot } | { version: 2; body: StateReader };

/** Reserves the header at the start of a snapshot being written; sealSnapshot() fills it in. */
export function beginSnapshot(w: StateWriter): Reserved {
  if (w.length !== 0) throw new Error('the snapshot header comes first');
  return w.reserve(HEADER_BYTES);
}

/** Steps that checksum the body and fill in the header; `pieces` are the finished snapshot, header first. */
export function* sealSnapshot(pieces: readonly Uint8Array[], header: Reserved): Generator<void, void, undefined> {
  let crc = 0;
  let body = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = i === 0 ? pieces[0]!.subarray(HEADER_BYTES) : pieces[i]!;
    for (let at = 0; at < piece.length; at += CRC_STEP) {
      crc = crc32(piece.subarray(at, Math.min(piece.length, at + CRC_STEP)), crc);
      yield;
    }
    body += piece.length;
  }
  const h = new DataView(header.chunk.buffer, header.chunk.byteOffset + header.at, HEADER_BYTES);
  MAGIC.forEach((b, i) => h.setUint8(i, b));
  h.setUint16(4, SNAPSHOT_VERSION, true);
  h.setUint16(6, HEADER_BYTES, true);
  h.setUint32(8, body % 2 ** 32, true);
  h.setUint32(12, Math.floor(body / 2 ** 32), true);
  h.setUint32(16, crc, true);
  h.setUint32(20, 0, true);
}

/**
 * Steps that check a snapshot's header and checksum; they end with a reader of its body, or with
 * the parsed JSON of a version-1 snapshot. Throws a SnapshotError saying why one cannot be restored.
 */
export function* openSnapshot(pieces: Uint8Array[]): Generator<void, OpenedSnapshot, undefined> {
  let total = 0;
  for (const p of pieces) total += p.length;
  if (total === 0) throw new SnapshotError('the snapshot is empty');
  const head = firstBytes(pieces, HEADER_BYTES);
  if (head[0] === JSON_OPEN_BRACE) {
    yield;
    return { version: 1, legacy: decodeLegacy(concat(pieces, total)) };
  }
  if (!MAGIC.every((b, i) => head[i] === b)) {
    const shown = [...head.subarray(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
    throw new SnapshotError(`the snapshot is not a ${SNAPSHOT_FORMAT} snapshot (it starts with the bytes ${shown})`);
  }
  if (total < HEADER_BYTES) throw new SnapshotError(`the snapshot is truncated: ${total} bytes, shorter than its ${HEADER_BYTES}-byte header`);
  const h = new DataView(head.buffer, head.byteOffset, HEADER_BYTES);
  const version = h.getUint16(4, true);
  if (version !== SNAPSHOT_VERSION) {
    const newer = version > SNAPSHOT_VERSION ? ', written by a newer kapacitor-ads' : '';
    throw new SnapshotError(`the snapshot is of format version ${version}${newer}; this UDF reads versions ${LEGACY_SNAPSHOT_VERSION} and ${SNAPSHOT_VERSION}`);
  }
  if (h.getUint16(6, true) !== HEADER_BYTES || h.getUint32(20, true) !== 0) throw new SnapshotError(`the snapshot's header is damaged (its size field or its reserved bytes are wrong)`);
  const announced = h.getUint32(8, true) + h.getUint32(12, true) * 2 ** 32;
  const body = total - HEADER_BYTES;
  if (body < announced) throw new SnapshotError(`the snapshot is truncated: its header announces ${announced} bytes after it, ${body} arrived`);
  if (body > announced) throw new SnapshotError(`the snapshot has ${body - announced} bytes more than its header announces (${announced}): it is not one snapshot`);
  let crc = 0;
  let skip = HEADER_BYTES;
  for (const p of pieces) {
    const piece = skip > 0 ? p.subarray(Math.min(skip, p.length)) : p;
    skip -= p.length - piece.length;
    for (let at = 0; at < piece.length; at += CRC_STEP) {
      crc = crc32(piece.subarray(at, Math.min(piece.length, at + CRC_STEP)), crc);
      yield;
    }
  }
  if (crc !== h.getUint32(16, true)) throw new SnapshotError('the snapshot is corrupt: its CRC-32 checksum does not match its bytes');
  return { version: 2, body: new StateReader(pieces, HEADER_BYTES) };
}

/** The first n bytes (fewer when the snapshot is shorter), copied. */
function firstBytes(pieces: readonly Uint8Array[], n: number): Uint8Array {
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of pieces) {
    if (at === n) break;
    const k = Math.min(n - at, p.length);
    out.set(p.subarray(0, k), at);
    at += k;
  }
  return out.subarray(0, at);
}

function concat(pieces: readonly Uint8Array[], total: number): Uint8Array {
  if (pieces.length === 1) return pieces[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A version-1 snapshot: UTF-8 JSON with the format tag and version. */
function decodeLegacy(bytes: Uint8Array): LegacySnapshot {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (err) {
    throw new SnapshotError(`the snapshot is not valid ${SNAPSHOT_FORMAT} data: it starts like version 1's JSON but is not valid JSON`, { cause: err });
  }
  const s = parsed as Partial<LegacySnapshot> | null;
  if (!s || typeof s !== 'object' || s.format !== SNAPSHOT_FORMAT) throw new SnapshotError(`the snapshot is JSON but not a ${SNAPSHOT_FORMAT} snapshot`);
  if (s.version !== LEGACY_SNAPSHOT_VERSION) {
    throw new SnapshotError(`the snapshot is of format version ${String(s.version)}; this UDF reads versions ${LEGACY_SNAPSHOT_VERSION} and ${SNAPSHOT_VERSION}`);
  }
  if (typeof s.options !== 'string' || !Array.isArray(s.groups)) throw new SnapshotError('the version-1 snapshot is missing its options or its groups');
  return s as LegacySnapshot;
}
