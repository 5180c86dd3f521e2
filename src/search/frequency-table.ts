/**
 * Term frequencies of one unit at a time, laid out by term id for constant-time lookups while a
 * candidate sentence is scored against every variant of every question word. Loading and clearing
 * touch only the unit's own terms, so the table is reused for every candidate.
 */
export class FrequencyTable {
  private counts = new Int32Array(1024);
  private loaded: Int32Array | undefined;

  /** Loads a unit's flat (term, frequency) pairs, replacing the previous unit. */
  load(pairs: Int32Array): void {
    // Candidates of one paragraph share its pairs (and its title's): nothing to redo.
    if (pairs === this.loaded) return;
    this.clear();
    for (let at = 0; at < pairs.length; at += 2) {
      const term = pairs[at] ?? 0;
      if (term >= this.counts.length) this.grow(term);
      this.counts[term] = pairs[at + 1] ?? 0;
    }
    this.loaded = pairs;
  }

  /** The loaded unit's frequency of a term. */
  get(term: number): number {
    return term < this.counts.length ? (this.counts[term] ?? 0) : 0;
  }

  /** Forgets the loaded unit. */
  clear(): void {
    const pairs = this.loaded;
    if (!pairs) return;
    for (let at = 0; at < pairs.length; at += 2) this.counts[pairs[at] ?? 0] = 0;
    this.loaded = undefined;
  }

  private grow(term: number): void {
    const counts = new Int32Array(Math.max(term + 1, this.counts.length * 2));
    counts.set(this.counts);
    this.counts = counts;
  }
}
