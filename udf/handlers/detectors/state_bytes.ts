// Upper bounds of the memory a group's state takes, for the memory budget the
// handler checks at Init (ads_config.ts) and the options' limits. Data is
// counted exactly; what V8 and the allocator add around it is counted at
// figures measured on Node 20 (benchmarks/state_scale.ts compares these
// bounds with the process's memory growth per group, README "Groups at scale").

/**
 * The largest window, history or phase profile an option may ask for: 10^6 values, about 9 MB for
 * one field of one group, so that a single group can never hold more than a small part of what a
 * process can (the memory budget then bounds groups × fields × that).
 */
export const MAX_WINDOW = 1_000_000;

/** An ArrayBuffer of its own: the JS object, its backing store's bookkeeping, the allocator's header and rounding. */
export const ARRAY_BUFFER_BYTES = 600;
/** A typed array (a view of a buffer). */
export const VIEW_BYTES = 130;
/** A small JS object. */
export const OBJECT_BYTES = 80;

/** A JS array of n slots (pointers or doubles). */
export function arrayBytes(n: number): number {
  return 32 + 8 * n;
}

/** n bytes of data rounded up to 8. */
export function padded(n: number): number {
  return (n + 7) & ~7;
}

/** A typed array of n bytes of data with a buffer of its own. */
export function ownedArrayBytes(n: number): number {
  return ARRAY_BUFFER_BYTES + VIEW_BYTES + padded(n);
}

/** Bytes per slot number of a sorted window of this capacity. */
export function slotBytes(capacity: number): 1 | 2 | 4 {
  return capacity <= 256 ? 1 : capacity <= 65_536 ? 2 : 4;
}

/** Data of `count` sorted windows of `capacity` in one buffer: values, head and count, slot numbers. */
export function windowBlockDataBytes(count: number, capacity: number): number {
  return count * (capacity + 2) * 8 + padded(count * capacity * slotBytes(capacity));
}

/** One sorted window with a buffer of its own. */
export function sortedWindowBytes(capacity: number): number {
  return ARRAY_BUFFER_BYTES + 2 * VIEW_BYTES + OBJECT_BYTES + windowBlockDataBytes(1, capacity);
}

/** A rolling mean and variance over `capacity` values (rolling_moments.ts). */
export function rollingMomentsBytes(capacity: number): number {
  return OBJECT_BYTES + ownedArrayBytes(8 * capacity);
}
