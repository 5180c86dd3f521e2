import { listAt, listCount, packLists, type FlatLists } from "./flat-lists.ts";

const BM25 = { k1: 1.2, b: 0.75 } as const;

/** A field index's whole state as typed arrays, to save and restore without re-reading any text. */
export interface FieldIndexState {
  postings: FlatLists;
  unitTerms: FlatLists;
  /** 1 for an indexed unit, 0 for a removed or skipped one (an indexed unit may have no terms). */
  live: Uint8Array;
  unitLengths: Int32Array;
}

/**
 * An inverted index of one field (sentence text, paragraph, title) with BM25 statistics. Terms are
 * numbers from a shared {@link TermDictionary}; units (sentences, paragraphs, titles) are numbered
 * densely by the caller. Posting lists and each unit's terms are flat number arrays of
 * (id, frequency) pairs: at 300,000 sentences, objects and maps per entry cost gigabytes.
 */
export class FieldIndex {
  /** By term: (unit, frequency) pairs; a restored list stays a view of the snapshot until changed. */
  private readonly postingLists: (number[] | Int32Array)[] = [];
  private readonly unitTerms: (Int32Array | undefined)[] = [];
  private readonly unitLengths: number[] = [];
  private totalLength = 0;
  private liveUnits = 0;

  /** The state to save; {@link FieldIndex.fromState} gives an equal index back. */
  state(): FieldIndexState {
    return {
      postings: packLists(this.postingLists),
      unitTerms: packLists(this.unitTerms),
      live: Uint8Array.from(this.unitTerms, (pairs) => (pairs ? 1 : 0)),
      unitLengths: Int32Array.from(this.unitLengths),
    };
  }

  /** An index restored from a saved state. */
  static fromState(state: FieldIndexState): FieldIndex {
    const index = new FieldIndex();
    for (let term = 0; term < listCount(state.postings); term++) {
      const list = listAt(state.postings, term);
      index.postingLists.push(list.length === 0 ? EMPTY_LIST : list);
    }
    for (let unit = 0; unit < state.live.length; unit++) {
      const live = state.live[unit] === 1;
      const length = live ? (state.unitLengths[unit] ?? 0) : 0;
      index.unitTerms.push(live ? listAt(state.unitTerms, unit) : undefined);
      index.unitLengths.push(length);
      index.totalLength += length;
      if (live) index.liveUnits += 1;
    }
    return index;
  }

  /**
   * Indexes a unit's terms (with repeats). Its length is its word count, which terms standing for
   * several of its words (a compound's lemma) do not add to.
   */
  add(unit: number, terms: readonly number[], length = terms.length): void {
    if (this.unitTerms[unit]) throw new Error(`field-index: unit ${unit} is already indexed`);
    const pairs = countTerms(terms);
    for (let at = 0; at < pairs.length; at += 2) {
      const term = pairs[at] ?? 0;
      while (this.postingLists.length <= term) this.postingLists.push(EMPTY_LIST);
      const list = this.postingLists[term] ?? EMPTY_LIST;
      // A shared empty list or a restored view is replaced by a list of the term's own.
      const own = Array.isArray(list) && list !== EMPTY_LIST ? list : Array.from(list);
      this.postingLists[term] = own;
      own.push(unit, pairs[at + 1] ?? 0);
    }
    while (this.unitTerms.length < unit) {
      this.unitTerms.push(undefined);
      this.unitLengths.push(0);
    }
    this.unitTerms[unit] = pairs;
    this.unitLengths[unit] = length;
    this.totalLength += length;
    this.liveUnits += 1;
  }

  /** Drops a unit from every posting list it is in. */
  remove(unit: number): void {
    const pairs = this.unitTerms[unit];
    if (!pairs) return;
    for (let at = 0; at < pairs.length; at += 2) {
      const term = pairs[at] ?? 0;
      const list = this.postingLists[term] ?? [];
      const kept: number[] = [];
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] !== unit) kept.push(list[i] ?? 0, list[i + 1] ?? 0);
      }
      this.postingLists[term] = kept;
    }
    this.unitTerms[unit] = undefined;
    this.totalLength -= this.unitLengths[unit] ?? 0;
    this.unitLengths[unit] = 0;
    this.liveUnits -= 1;
  }

  /** The units holding a term, as flat (unit, frequency) pairs. */
  postings(term: number): ArrayLike<number> {
    return this.postingLists[term] ?? EMPTY;
  }

  /** How many units hold a term. */
  documentFrequency(term: number): number {
    return (this.postingLists[term]?.length ?? 0) / 2;
  }

  /** How often a term occurs in a unit. */
  frequency(term: number, unit: number): number {
    const pairs = this.unitTerms[unit];
    if (!pairs) return 0;
    for (let at = 0; at < pairs.length; at += 2) if (pairs[at] === term) return pairs[at + 1] ?? 0;
    return 0;
  }

  /** A unit's distinct terms and their frequencies, as flat (term, frequency) pairs. */
  termsOf(unit: number): Int32Array {
    return this.unitTerms[unit] ?? NO_TERMS;
  }

  /** How many units are indexed. */
  get unitCount(): number {
    return this.liveUnits;
  }

  /** BM25 inverse document frequency; a term no unit holds (or never seen) gets the highest value. */
  idf(term: number | undefined): number {
    const df = term === undefined ? 0 : this.documentFrequency(term);
    return Math.log(1 + (this.liveUnits - df + 0.5) / (df + 0.5));
  }

  /** BM25's saturated, length-normalised term frequency (0 when absent). */
  saturation(term: number, unit: number): number {
    return this.saturate(this.frequency(term, unit), unit);
  }

  /** BM25's saturation of a frequency already looked up for a unit. */
  saturate(frequency: number, unit: number): number {
    if (frequency === 0) return 0;
    const length = this.unitLengths[unit] ?? 0;
    const averageLength = this.totalLength / Math.max(1, this.liveUnits);
    return (frequency * (BM25.k1 + 1)) / (frequency + BM25.k1 * (1 - BM25.b + (BM25.b * length) / averageLength));
  }
}

const EMPTY: ArrayLike<number> = [];
// Shared by every term with no posting yet in this field; replaced by a list of its own on first use.
const EMPTY_LIST: number[] = [];

/** Scratch space for sorting a unit's terms; grown to the longest unit seen. */
// Longer units (a paragraph of a long article) are sorted by the built-in sort.
const INSERTION_SORT_MAX = 200;
let sortedTerms = new Int32Array(256);

/** Distinct terms of a unit with their frequencies, as flat (term, frequency) pairs, by term id. */
function countTerms(terms: readonly number[]): Int32Array {
  // Sorted in place in reused scratch space: a unit holds a few dozen terms, and a new array per
  // unit indexed is garbage the collector must sweep.
  const count = terms.length;
  if (sortedTerms.length < count) sortedTerms = new Int32Array(count * 2);
  const sorted = sortedTerms;
  if (count > INSERTION_SORT_MAX) {
    for (let i = 0; i < count; i++) sorted[i] = terms[i] ?? 0;
    sorted.subarray(0, count).sort();
  } else {
    for (let i = 0; i < count; i++) {
      const term = terms[i] ?? 0;
      let at = i;
      for (; at > 0 && (sorted[at - 1] ?? 0) > term; at--) sorted[at] = sorted[at - 1] ?? 0;
      sorted[at] = term;
    }
  }
  let distinct = 0;
  for (let i = 0; i < count; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct += 1;
  const pairs = new Int32Array(distinct * 2);
  let at = -2;
  for (let i = 0; i < count; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) {
      at += 2;
      pairs[at] = sorted[i] ?? 0;
    }
    pairs[at + 1] = (pairs[at + 1] ?? 0) + 1;
  }
  return pairs;
}
const NO_TERMS = new Int32Array(0);

/** Numbers for index keys, shared by a knowledge base's field indexes. Ids are never reused. */
export class TermDictionary {
  private readonly ids = new Map<string, number>();

  /** The id of a key, given a new one when first seen. */
  idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }

  /** Every key, by id. */
  keys(): string[] {
    return [...this.ids.keys()];
  }

  /** The id of a key already seen, or undefined. */
  find(key: string): number | undefined {
    return this.ids.get(key);
  }
}
