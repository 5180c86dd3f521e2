/** A list of integer lists in two typed arrays (offsets and values): compact to save and to load. */
export interface FlatLists {
  offsets: Int32Array;
  values: Int32Array;
}

/** Packs lists of integers; a missing list packs as an empty one. */
export function packLists(lists: readonly (ArrayLike<number> | undefined)[]): FlatLists {
  const offsets = new Int32Array(lists.length + 1);
  let total = 0;
  lists.forEach((list, at) => {
    total += list?.length ?? 0;
    offsets[at + 1] = total;
  });
  const values = new Int32Array(total);
  lists.forEach((list, at) => {
    if (list) values.set(Array.from(list), offsets[at] ?? 0);
  });
  return { offsets, values };
}

/** The list at a position, as a view into the packed values (no copy). */
export function listAt(flat: FlatLists, at: number): Int32Array {
  return flat.values.subarray(flat.offsets[at] ?? 0, flat.offsets[at + 1] ?? 0);
}

/** How many lists are packed. */
export function listCount(flat: FlatLists): number {
  return Math.max(0, flat.offsets.length - 1);
}
