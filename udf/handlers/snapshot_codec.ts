// The versioned snapshot format of the `ads` handler: UTF-8 JSON with a
// format tag and version, the options it was taken under, and each group's
// detector states. Detectors put typed arrays in as base64 themselves.
import { errorMessage, SnapshotError } from '../errors.ts';

export const SNAPSHOT_FORMAT = 'kapacitor-ads';
export const SNAPSHOT_VERSION = 1;

export interface GroupSnapshot {
  key: string;
  lastSeenMs: number;
  warned: string[];
  /** Batch edge: newest scored point time (ns, decimal), or null. */
  lastBatchTime?: string | null;
  detectors: unknown[];
}

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: number;
  /** Canonical options string; a snapshot taken under other options is not applied. */
  options: string;
  groups: GroupSnapshot[];
}

export function encodeSnapshot(s: Omit<Snapshot, 'format' | 'version'>): Uint8Array {
  return new TextEncoder().encode(JSON.stringify({ format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, ...s }));
}

/** Throws with a reason Kapacitor will log when the bytes are not a snapshot this version can restore. */
export function decodeSnapshot(bytes: Uint8Array): Snapshot {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (err) {
    throw new SnapshotError(`snapshot is not valid ${SNAPSHOT_FORMAT} data (${errorMessage(err)})`, { cause: err });
  }
  const s = parsed as Partial<Snapshot> | null;
  if (!s || typeof s !== 'object' || s.format !== SNAPSHOT_FORMAT) throw new SnapshotError(`snapshot is not a ${SNAPSHOT_FORMAT} snapshot`);
  if (s.version !== SNAPSHOT_VERSION) {
    throw new SnapshotError(`snapshot version ${String(s.version)} is not supported by this UDF (it reads version ${SNAPSHOT_VERSION})`);
  }
  if (typeof s.options !== 'string' || !Array.isArray(s.groups)) throw new SnapshotError('snapshot is missing its options or groups');
  return s as Snapshot;
}
