/*
 * Typed arrays reused from one grid search to the next. A layout runs hundreds of searches;
 * fresh arrays for each cost more in garbage collection than the searches themselves. Each
 * buffer is handed out cleared to the requested length (it may be longer: callers index
 * below the length they asked for). Searches never overlap (one thread), so one set does.
 */

type Slot<T> = { buffer: T | null };

function grow<T extends { length: number }>(
  slot: Slot<T>,
  length: number,
  make: (size: number) => T,
): T {
  const current = slot.buffer;
  if (current && current.length >= length) return current;
  const made = make(Math.max(length, 2 * (current?.length ?? 0)));
  slot.buffer = made;
  return made;
}

const floats: Slot<Float64Array>[] = [{ buffer: null }, { buffer: null }, { buffer: null }];
const ints: Slot<Int32Array> = { buffer: null };
const bytes: Slot<Int8Array>[] = [{ buffer: null }, { buffer: null }];

/** Float buffer number `slot` (0–2), filled with `value` up to `length`. */
export function floatBuffer(slot: 0 | 1 | 2, length: number, value: number): Float64Array {
  const entry = floats[slot] ?? { buffer: null };
  const buffer = grow(entry, length, (size) => new Float64Array(size));
  buffer.fill(value, 0, length);
  return buffer;
}

export function intBuffer(length: number, value: number): Int32Array {
  const buffer = grow(ints, length, (size) => new Int32Array(size));
  buffer.fill(value, 0, length);
  return buffer;
}

/** Byte buffer number `slot` (0–1), zeroed up to `length`. */
export function byteBuffer(slot: 0 | 1, length: number): Int8Array {
  const entry = bytes[slot] ?? { buffer: null };
  const buffer = grow(entry, length, (size) => new Int8Array(size));
  buffer.fill(0, 0, length);
  return buffer;
}
