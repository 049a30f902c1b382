// The slab MAD keeps its groups' windows in: blocks are separate, start
// empty, and are reused once the detector holding one has been collected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import v8 from 'node:v8';
import vm from 'node:vm';
import { WindowSlab } from '../udf/handlers/detectors/window_slab.ts';
import { SortedWindow } from '../udf/handlers/detectors/sorted_window.ts';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

test('window slab: blocks hold separate windows, a new block starts empty', () => {
  const slab = new WindowSlab(2, 5);
  const owners = Array.from({ length: 40 }, () => ({}));
  const blocks = owners.map((o) => slab.take(o));
  assert.equal(new Set(blocks).size, 40, 'every owner has its own block (two slabs: 16 blocks, then 32)');
  const cursor = new SortedWindow(1);
  blocks.forEach((b, k) => {
    for (let i = 0; i < 7; i++) slab.bind(cursor, b, 0).push(k * 100 + i);
    slab.bind(cursor, b, 1).push(-k);
  });
  blocks.forEach((b, k) => {
    assert.deepEqual(slab.bind(cursor, b, 0).values(), [2, 3, 4, 5, 6].map((i) => k * 100 + i));
    assert.deepEqual(slab.bind(cursor, b, 1).values(), [-k]);
  });
});

test('window slab: the block of a detector that was collected is reused, emptied', async () => {
  const slab = new WindowSlab(1, 3);
  const cursor = new SortedWindow(1);
  const keep = { name: 'kept' };
  const kept = slab.take(keep);
  slab.bind(cursor, kept, 0).push(42);
  let gone: object | null = { name: 'gone' };
  const freed = slab.take(gone);
  slab.bind(cursor, freed, 0).push(7);
  gone = null;
  for (let i = 0; i < 5; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 10)); // finalization callbacks run as tasks
  }
  const reused = slab.take({ name: 'new' });
  assert.equal(reused, freed, 'the freed block is handed out again');
  assert.equal(slab.bind(cursor, reused, 0).size, 0, 'and it starts empty');
  assert.deepEqual(slab.bind(cursor, kept, 0).values(), [42], 'the kept block is untouched');
  assert.ok(keep);
});
