// A set of term ids kept as a sorted array: a document's terms are many and kept while it is
// indexed, and a typed array is a fraction of a Set's size.

/** The distinct term ids of some units' flat (term, frequency) pairs, sorted. */
export function distinctTerms(unitPairs: Iterable<Int32Array>): Int32Array {
  const all: number[] = [];
  for (const pairs of unitPairs) {
    for (let at = 0; at < pairs.length; at += 2) all.push(pairs[at] ?? 0);
  }
  const sorted = Int32Array.from(all).sort();
  return sorted.filter((term, at) => at === 0 || term !== sorted[at - 1]);
}

/** True when a sorted array holds the value (binary search). */
export function holdsSorted(sorted: Int32Array, value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = sorted[middle] ?? 0;
    if (at === value) return true;
    if (at < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
