// Blocks of sorted windows for many groups, carved from shared buffers
// (slabs) instead of an ArrayBuffer per group. An ArrayBuffer of its own and
// the two views a block needs cost about 430 bytes beside the data (the JS
// objects, the backing store's bookkeeping, the allocator's header): as much
// as a MAD window of 50 values. A slab holds many blocks behind two views.
//
// A block is free again once the detector that took it has been garbage
// collected (a FinalizationRegistry): groups that are evicted, pruned or
// replaced by a restore give their blocks back without anyone having to say
// so, and new groups reuse them. Slabs start small and double up to SLAB_BYTES,
// so a task with few groups takes little.
import { windowBuffers, type SlotArray, type SortedWindow } from './sorted_window.ts';
import { windowBlockDataBytes } from './state_bytes.ts';
import type { StateReader } from '../state/state_reader.ts';
import type { StateWriter } from '../state/state_writer.ts';

const SLAB_BYTES = 4 * 1024 * 1024;
const FIRST_SLAB_BLOCKS = 16;

interface Slab {
  data: Float64Array;
  slots: SlotArray;
  /** Number of the slab's first block. */
  first: number;
  blocks: number;
}

export class WindowSlab {
  /** Windows per block (a group's fields) and their capacity. */
  readonly windows: number;
  readonly capacity: number;
  private readonly blockDoubles: number;
  private readonly blockSlots: number;
  private readonly slabs: Slab[] = [];
  private readonly free: number[] = [];
  /** Blocks handed out of the newest slab so far, and blocks that exist. */
  private used = 0;
  private total = 0;
  private readonly registry = new FinalizationRegistry<number>((block) => this.free.push(block));

  constructor(windows: number, capacity: number) {
    this.windows = windows;
    this.capacity = capacity;
    this.blockDoubles = windows * (capacity + 2);
    this.blockSlots = windows * capacity;
  }

  /** A block of empty windows for `owner`; it is free again once `owner` is garbage. */
  take(owner: object): number {
    const block = this.free.pop() ?? this.grow();
    const s = this.slabOf(block);
    const at = (block - s.first) * this.blockDoubles;
    // A reused block holds its last owner's values: empty every window (head and count to 0).
    for (let w = 0; w < this.windows; w++) {
      const base = at + w * (this.capacity + 2);
      s.data[base + this.capacity] = 0;
      s.data[base + this.capacity + 1] = 0;
    }
    this.registry.register(owner, block);
    return block;
  }

  /** Points `cursor` at window `index` of `block`. */
  bind(cursor: SortedWindow, block: number, index: number): SortedWindow {
    const s = this.slabOf(block);
    const rel = block - s.first;
    return cursor.bindAt(this.capacity, s.data, rel * this.blockDoubles + index * (this.capacity + 2), s.slots, rel * this.blockSlots + index * this.capacity);
  }

  /** Writes a block: its values with heads and counts, then its slot numbers (the first by reference). */
  save(block: number, w: StateWriter): void {
    const s = this.slabOf(block);
    const rel = block - s.first;
    w.array(s.data.subarray(rel * this.blockDoubles, (rel + 1) * this.blockDoubles));
    w.array(s.slots.subarray(rel * this.blockSlots, (rel + 1) * this.blockSlots));
  }

  /** A block for `owner` from what save() wrote; throws naming `what` when a window is inconsistent. */
  read(owner: object, r: StateReader, what: string, cursor: SortedWindow): number {
    const block = this.take(owner);
    const s = this.slabOf(block);
    const rel = block - s.first;
    r.into(s.data.subarray(rel * this.blockDoubles, (rel + 1) * this.blockDoubles), what);
    r.into(s.slots.subarray(rel * this.blockSlots, (rel + 1) * this.blockSlots), what);
    for (let i = 0; i < this.windows; i++) this.bind(cursor, block, i).check(what);
    return block;
  }

  private slabOf(block: number): Slab {
    // Slabs double in size, so there are few: a short scan from the newest finds the one.
    for (let i = this.slabs.length - 1; i >= 0; i--) if (block >= this.slabs[i]!.first) return this.slabs[i]!;
    throw new Error(`window block ${block} does not exist`);
  }

  private grow(): number {
    const last = this.slabs.at(-1);
    if (last && this.used < last.blocks) return last.first + this.used++;
    const blockBytes = windowBlockDataBytes(this.windows, this.capacity);
    const largest = Math.max(1, Math.floor(SLAB_BYTES / blockBytes));
    const blocks = Math.min(largest, last ? last.blocks * 2 : FIRST_SLAB_BLOCKS);
    const { data, slots } = windowBuffers(blocks * this.windows, this.capacity);
    this.slabs.push({ data, slots, first: this.total, blocks });
    this.total += blocks;
    this.used = 1;
    return this.total - blocks;
  }
}
