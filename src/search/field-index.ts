/** One unit's entry in a posting list: which unit, how often the term occurs in it. */
export interface Posting {
  unit: number;
  frequency: number;
}

const BM25 = { k1: 1.2, b: 0.75 } as const;

/**
 * An inverted index of one field (sentence text, paragraph, title) with BM25 statistics. Units are
 * numbered by the caller; a unit's terms are kept so removal touches only its own posting lists.
 */
export class FieldIndex {
  private readonly postingLists = new Map<string, Posting[]>();
  private readonly unitTerms = new Map<number, Map<string, number>>();
  private readonly unitLengths = new Map<number, number>();
  private totalLength = 0;

  /** Indexes a unit's terms (with repeats). */
  add(unit: number, terms: readonly string[]): void {
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    this.unitTerms.set(unit, counts);
    this.unitLengths.set(unit, terms.length);
    this.totalLength += terms.length;
    for (const [term, frequency] of counts) {
      let list = this.postingLists.get(term);
      if (!list) this.postingLists.set(term, (list = []));
      list.push({ unit, frequency });
    }
  }

  /** Drops a unit from every posting list it is in. */
  remove(unit: number): void {
    const counts = this.unitTerms.get(unit);
    if (!counts) return;
    this.unitTerms.delete(unit);
    this.unitLengths.delete(unit);
    for (const [term, frequency] of counts) {
      this.totalLength -= frequency;
      const remaining = (this.postingLists.get(term) ?? []).filter((posting) => posting.unit !== unit);
      if (remaining.length === 0) this.postingLists.delete(term);
      else this.postingLists.set(term, remaining);
    }
  }

  /** The units that hold a term. */
  postings(term: string): readonly Posting[] {
    return this.postingLists.get(term) ?? [];
  }

  /** True when some unit holds the term. */
  has(term: string): boolean {
    return this.postingLists.has(term);
  }

  /** How often a term occurs in a unit. */
  frequency(term: string, unit: number): number {
    return this.unitTerms.get(unit)?.get(term) ?? 0;
  }

  get unitCount(): number {
    return this.unitTerms.size;
  }

  /** BM25 inverse document frequency; a term no unit holds gets the highest possible value. */
  idf(term: string): number {
    const n = this.unitCount;
    const df = this.postingLists.get(term)?.length ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** BM25's saturated, length-normalised term frequency (0 when absent). */
  saturation(term: string, unit: number): number {
    const frequency = this.frequency(term, unit);
    if (frequency === 0) return 0;
    const length = this.unitLengths.get(unit) ?? 0;
    const averageLength = this.totalLength / Math.max(1, this.unitCount);
    return (frequency * (BM25.k1 + 1)) / (frequency + BM25.k1 * (1 - BM25.b + (BM25.b * length) / averageLength));
  }
}
