// Per-group state bounds: the group cap and the idle timeout (in point time).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GroupStore } from '../udf/handlers/group_store.ts';

test('beyond maxGroups the least recently seen tenth is dropped, recently touched groups stay', () => {
  const store = new GroupStore<{ id: number; lastSeenMs: number; tick: number }>(20, Infinity);
  let created = 0;
  const make = () => ({ id: created++, lastSeenMs: 0, tick: 0 });
  for (let g = 0; g < 20; g++) store.touch(`g${g}`, g, make);
  store.touch('g0', 100, make); // g0 becomes the most recent
  store.touch('g1', 101, make);
  store.touch('new', 102, make); // 21st group: the two least recent (g2, g3) go
  const keys = store.entries().map(([k]) => k);
  assert.equal(store.size, 19);
  assert.ok(!keys.includes('g2') && !keys.includes('g3'));
  assert.ok(keys.includes('g0') && keys.includes('g1') && keys.includes('new'));
  assert.deepEqual(keys.slice(-3), ['g0', 'g1', 'new'], 'entries are in recency order');
  // A dropped group starts afresh when it comes back.
  const before = created;
  store.touch('g2', 103, make);
  assert.equal(created, before + 1);
});

test('groups idle longer than the timeout, in point time, are pruned', () => {
  const store = new GroupStore<{ lastSeenMs: number; tick: number }>(100, 60_000);
  const group = () => ({ lastSeenMs: 0, tick: 0 });
  store.touch('old', 0, group);
  store.touch('fresh', 50_000, group);
  store.prune(100_000);
  assert.deepEqual(store.entries().map(([k]) => k), ['fresh']);
  // Pruning also happens by itself every 1024 touches.
  for (let i = 0; i < 1024; i++) store.touch('busy', 200_000 + i, group);
  assert.deepEqual(store.entries().map(([k]) => k), ['busy']);
});
