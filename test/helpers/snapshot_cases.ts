// Test helper: the detector configurations of test/fixtures/snapshot_v1.json
// (every detector, written by the version-1 UDF with the series they were
// fed), and conversations with an in-process agent over them: the points of
// a case as requests, a reference run, a run that restores a snapshot.
import { readFileSync } from 'node:fs';
import Long from 'long';
import type { agent as pb } from '../../udf/agent/proto/udf.js';
import { AgentPair } from './agent_pair.ts';

export interface SnapshotCase {
  name: string;
  options: pb.IOption[];
  fields: string[];
  /** Steps (rounds over the groups) the version-1 snapshot was taken after. */
  snapshotAfter: number;
  /** values[i][g][f]: step i of group g, field f. */
  values: number[][][];
  /** The version-1 snapshot the UDF wrote after `snapshotAfter` steps. */
  snapshotV1: Uint8Array;
}

interface FixtureFile {
  groups: string[];
  t0: string;
  stepNs: string;
  cases: { name: string; options: pb.IOption[]; fields: string[]; snapshotAfter: number; values: number[][][]; snapshot: string }[];
}

const fixture = JSON.parse(readFileSync(new URL('../fixtures/snapshot_v1.json', import.meta.url), 'utf8')) as FixtureFile;
const T0 = Long.fromString(fixture.t0);
const STEP = Long.fromString(fixture.stepNs);

/** Options as Kapacitor sends them (the fixture keeps 64-bit integers as decimal strings). */
function options(raw: pb.IOption[]): pb.IOption[] {
  return raw.map((o) => ({
    name: o.name,
    values: (o.values ?? []).map((v) => ({
      ...v,
      ...(v.intValue != null ? { intValue: Long.fromValue(v.intValue as unknown as string) } : {}),
      ...(v.durationValue != null ? { durationValue: Long.fromValue(v.durationValue as unknown as string) } : {}),
    })),
  }));
}

export const SNAPSHOT_CASES: SnapshotCase[] = fixture.cases.map((c) => ({
  name: c.name,
  options: options(c.options),
  fields: c.fields,
  snapshotAfter: c.snapshotAfter,
  values: c.values,
  snapshotV1: Buffer.from(c.snapshot, 'base64'),
}));

/** The point requests of steps [from, to) of a case, round-robin over its groups. */
export function caseRequests(c: SnapshotCase, from = 0, to = c.values.length): pb.IRequest[] {
  const out: pb.IRequest[] = [];
  for (let i = from; i < to; i++) {
    fixture.groups.forEach((group, g) => {
      const fieldsDouble: Record<string, number> = {};
      c.fields.forEach((f, k) => (fieldsDouble[f] = c.values[i]![g]![k]!));
      out.push({ point: { time: T0.add(STEP.mul(i)), name: 'm', group, dimensions: ['host'], tags: { host: group.split('=')[1]! }, fieldsDouble } });
    });
  }
  return out;
}

/** An initialised in-process agent for a case. */
export async function caseAgent(c: SnapshotCase): Promise<AgentPair> {
  const u = new AgentPair();
  u.send({ init: { options: c.options } });
  const [init] = await u.waitForCount('init', 1);
  if (!init!.init!.success) throw new Error(`${c.name}: ${init!.init!.error}`);
  return u;
}

/** The output point frames of a conversation, as bytes. */
export function pointFrames(u: AgentPair): Buffer[] {
  return u.frames.filter((_, i) => u.responses[i]!.message === 'point').map((f) => Buffer.from(f));
}

/** Every output point frame of the case's whole series through one agent. */
export async function referenceRun(c: SnapshotCase): Promise<Buffer[]> {
  const u = await caseAgent(c);
  const requests = caseRequests(c);
  u.send(...requests);
  await u.waitForCount('point', requests.length, 60_000);
  u.end();
  await u.exited;
  return pointFrames(u);
}

/** The snapshot of an agent fed the first `steps` steps. */
export async function snapshotAfter(c: SnapshotCase, steps: number): Promise<Uint8Array> {
  const u = await caseAgent(c);
  u.send(...caseRequests(c, 0, steps), { snapshot: {} });
  const [snap] = await u.waitForCount('snapshot', 1, 60_000);
  u.end();
  await u.exited;
  return snap!.snapshot!.snapshot!;
}

/** A fresh agent restored from `snapshot` and fed the steps from `steps` on: the restore's answer and its output point frames. */
export async function restoredRun(c: SnapshotCase, snapshot: Uint8Array, steps: number): Promise<{ restore: pb.IRestoreResponse; points: Buffer[] }> {
  const u = await caseAgent(c);
  const requests = caseRequests(c, steps);
  u.send({ restore: { snapshot } }, ...requests);
  await u.waitForCount('point', requests.length, 60_000);
  u.end();
  await u.exited;
  return { restore: u.responses.find((r) => r.restore)!.restore!, points: pointFrames(u) };
}
