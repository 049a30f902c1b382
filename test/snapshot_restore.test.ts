// Snapshots of every detector, through the agent as Kapacitor drives it: a
// snapshot restored into a fresh agent continues byte for byte as an agent
// that never stopped; a version-1 (JSON) snapshot written by the previous
// UDF still restores and continues the same way; a truncated or bit-flipped
// snapshot is refused with a sentence and the agent goes on with its state
// unchanged; a snapshot of the wrong shape is refused in words, never with a
// JavaScript error message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SNAPSHOT_CASES, caseAgent, caseRequests, pointFrames, referenceRun, restoredRun, snapshotAfter } from './helpers/snapshot_cases.ts';

/** Fixture cases whose detector state changed meaning in part since the fixture was written. */
const CHANGED_SINCE_FIXTURE = new Set(['surprise (default)']);

for (const c of SNAPSHOT_CASES) {
  test(`${c.name}: a snapshot restored into a fresh agent continues byte for byte (at two points of the series)`, async () => {
    const reference = await referenceRun(c);
    const groups = reference.length / c.values.length;
    for (const steps of [c.snapshotAfter, Math.floor(c.values.length / 3)]) {
      const snapshot = await snapshotAfter(c, steps);
      assert.deepEqual([...snapshot.subarray(0, 4)], [0x89, 0x4b, 0x41, 0x44], 'a version-2 snapshot');
      const { restore, points } = await restoredRun(c, snapshot, steps);
      assert.equal(restore.success, true, restore.error ?? '');
      assert.deepEqual(points, reference.slice(steps * groups), `restored after step ${steps}`);
    }
  });

  if (CHANGED_SINCE_FIXTURE.has(c.name)) {
    // Its state partly changed meaning since the fixture was written: that part starts over on restore
    // (test/surprise_detector.test.ts checks what carries over), so there is no run to match byte for byte.
    test(`${c.name}: the version-1 snapshot the previous UDF wrote restores, and its state snapshots again and continues byte for byte`, async () => {
      const fromV1 = await restoredRun(c, c.snapshotV1, c.snapshotAfter);
      assert.equal(fromV1.restore.success, true, fromV1.restore.error ?? '');
      const u = await caseAgent(c);
      u.send({ restore: { snapshot: c.snapshotV1 } }, { snapshot: {} });
      const [snap] = await u.waitForCount('snapshot', 1, 60_000);
      u.end();
      await u.exited;
      const again = await restoredRun(c, snap!.snapshot!.snapshot!, c.snapshotAfter);
      assert.equal(again.restore.success, true, again.restore.error ?? '');
      assert.equal(fromV1.points.length, (c.values.length - c.snapshotAfter) * 2);
      assert.deepEqual(again.points, fromV1.points);
    });
    continue;
  }

  test(`${c.name}: the version-1 snapshot the previous UDF wrote restores and continues byte for byte`, async () => {
    const reference = await referenceRun(c);
    const groups = reference.length / c.values.length;
    const { restore, points } = await restoredRun(c, c.snapshotV1, c.snapshotAfter);
    assert.equal(restore.success, true, restore.error ?? '');
    assert.deepEqual(points, reference.slice(c.snapshotAfter * groups));
  });
}

const MAD = SNAPSHOT_CASES.find((c) => c.name === 'mad')!;

/** An agent with the MAD case's first steps in it, sent `restores`, then the rest of the series: answers and output. */
async function refusedThenContinued(restores: Uint8Array[]): Promise<{ answers: { success?: boolean | null; error?: string | null }[]; points: Buffer[] }> {
  const u = await caseAgent(MAD);
  const rest = caseRequests(MAD, MAD.snapshotAfter);
  u.send(...caseRequests(MAD, 0, MAD.snapshotAfter), ...restores.map((snapshot) => ({ restore: { snapshot } })), ...rest);
  await u.waitForCount('point', MAD.values.length * 2, 60_000);
  u.end();
  assert.equal(await u.exited, 0);
  return { answers: u.responses.filter((r) => r.restore).map((r) => r.restore!), points: pointFrames(u) };
}

test('a truncated snapshot is refused with RestoreResponse{success: false} and a reason; the agent goes on with its state unchanged', async () => {
  const snapshot = await snapshotAfter(MAD, 200);
  const cuts = [1, 3, 4, 20, 23, 24, 25, 60, snapshot.length >> 1, snapshot.length - 9, snapshot.length - 1];
  const { answers, points } = await refusedThenContinued([...cuts.map((n) => snapshot.subarray(0, n)), new Uint8Array(0)]);
  for (const [i, a] of answers.entries()) {
    assert.equal(a.success, false, `cut at ${cuts[i] ?? 0}`);
    assert.match(a.error!, /^the snapshot (is truncated|is empty|is not a kapacitor-ads snapshot)/, `cut at ${cuts[i] ?? 0}: ${a.error}`);
  }
  assert.match(answers.at(-2)!.error!, /^the snapshot is truncated: its header announces \d+ bytes after it, \d+ arrived$/);
  assert.deepEqual(points, await referenceRun(MAD), 'the refused restores changed nothing');
});

test('a snapshot with any one bit flipped is refused (header or checksum), and the agent goes on with its state unchanged', async () => {
  const snapshot = await snapshotAfter(MAD, 200);
  const flipped = Array.from({ length: snapshot.length }, (_, i) => {
    const copy = Uint8Array.prototype.slice.call(snapshot);
    copy[i] = copy[i]! ^ (1 << (i % 8));
    return copy;
  });
  const { answers, points } = await refusedThenContinued(flipped);
  assert.equal(answers.length, snapshot.length);
  for (const [i, a] of answers.entries()) {
    assert.equal(a.success, false, `byte ${i} flipped was accepted`);
    if (i >= 24) assert.equal(a.error, 'the snapshot is corrupt: its CRC-32 checksum does not match its bytes', `byte ${i}`);
    else assert.match(a.error!, /^the snapshot/, `byte ${i}: ${a.error}`);
  }
  assert.deepEqual(points, await referenceRun(MAD));
});

test('a version-1 snapshot of the wrong shape is refused in words, never with a JavaScript error message', async () => {
  const base = JSON.parse(Buffer.from(MAD.snapshotV1).toString('utf8')) as { groups: { detectors: unknown[] }[] };
  const variants: unknown[] = [
    { ...base, groups: null },
    { ...base, groups: [null] },
    { ...base, groups: [{ key: 'host=a', lastSeenMs: 0, detectors: null }] },
    { ...base, groups: [{ ...base.groups[0], detectors: [null] }] },
    { ...base, groups: [{ ...base.groups[0], detectors: [{ calibration: 'tail', detector: { windows: 'x' }, tail: base.groups[0]!.detectors[0] }] }] },
    { ...base, groups: [{ ...base.groups[0], detectors: [{ calibration: 'tail', detector: { windows: [[1, 2], 'x'] }, tail: { n: 0, u: 0, m: 0, warm: [], inf: 0 } }] }] },
    { ...base, groups: [{ ...base.groups[0], detectors: [{ calibration: 'tail', detector: { windows: [[1, 2], [3]] } }] }] },
    { ...base, groups: [{ ...base.groups[0], detectors: [{ calibration: 'tail', detector: { windows: [[1, 2], [3]] }, tail: { n: 'many' } }] }] },
    '[1, 2, 3]',
    '{"format": "kapacitor-ads", "version": 1',
  ];
  const snapshots = variants.map((v) => new TextEncoder().encode(typeof v === 'string' ? v : JSON.stringify(v)));
  const { answers, points } = await refusedThenContinued(snapshots);
  assert.equal(answers.length, variants.length);
  for (const [i, a] of answers.entries()) {
    assert.equal(a.success, false, `variant ${i}`);
    assert.doesNotMatch(a.error!, /Cannot read|is not a function|is not iterable|undefined|\(reading/, `variant ${i}: ${a.error}`);
    assert.match(a.error!, /^(the snapshot|the version-1 snapshot|group|snapshot group)/, `variant ${i}: ${a.error}`);
  }
  assert.deepEqual(points, await referenceRun(MAD));
});
