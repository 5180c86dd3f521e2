import { GLOBAL_SCOPE } from "../knowledge/document.ts";

/** What the copy test reads of the stored sentence units. */
export interface StoredSentences {
  textOf(unit: number): string | undefined;
  /** The body sentence just before (-1) or after (1) a unit in its document, if any. */
  neighbour(unit: number, step: -1 | 1): number | undefined;
  scopeOf(unit: number): string | undefined;
  /** True when a stored unit comes before another in the store's order, which a whole build stores them in; by number when absent. */
  precedes?(first: number, unit: number): boolean;
}

const NO_TEXT = -1;

/**
 * The sentence units that repeat a passage stored earlier: the same sentence between the same
 * sentences, as in a copy of an article. In the first pass the first in the store's order stands for
 * its copies, so that they do not take the places of other sentences (only one of them is ever
 * cited), whichever was indexed first: a patched index cites the copy a whole build would. A
 * sentence said again in another context ("No one was injured." in two reports) is no copy: what
 * surrounds it decides which report answers. Texts are numbered once, so that a passage is three
 * numbers to compare, not three texts; a restored knowledge base brings its numbers with it, and
 * the texts are numbered again only when a sentence is next stored or taken out.
 */
export class PassageCopies {
  /** Per sentence unit, 1 for a copy (see FirstPassIndex.copies). */
  marks: number[] = [];
  private readonly stored: StoredSentences;
  /** Per unit, the number of its text (NO_TEXT when it is not stored). */
  private textIds: number[] | Int32Array = [];
  /** By text, its number; undefined after a restore until a sentence is next stored or taken out (see numberedTexts). */
  private idsByText: Map<string, number> | undefined = new Map();
  /** By text number (numbers are dense), its units in the store's order; a text held once keeps its unit alone. */
  private unitsById: (number | number[] | undefined)[] = [];
  private nextId = 0;

  constructor(stored: StoredSentences) {
    this.stored = stored;
  }

  /** The number of each unit's text, for a snapshot (NO_TEXT, -1, for a unit not stored). */
  get textNumbers(): Int32Array {
    return Int32Array.from(this.textIds, (id) => id ?? NO_TEXT);
  }

  /** Files units just stored, the sentences around them included, and marks the copies among them. */
  note(units: readonly number[]): void {
    const idsByText = this.numberedTexts();
    this.ownTextIds();
    for (const unit of units) {
      const text = this.stored.textOf(unit);
      let id = NO_TEXT;
      if (text !== undefined) {
        id = idsByText.get(text) ?? NO_TEXT;
        if (id === NO_TEXT) idsByText.set(text, (id = this.nextId++));
      }
      this.textIds[unit] = id;
    }
    this.file(units);
  }

  /**
   * Files the units of a restored knowledge base by the text numbers saved with it (see
   * textNumbers), without reading a text: restoring 300,000 sentences took a third of a second to
   * number them again. `units` are the units restored, in the store's order; every other is not stored.
   */
  restore(units: readonly number[], saved: ArrayLike<number>): void {
    const textIds = new Int32Array(saved.length).fill(NO_TEXT);
    for (const unit of units) textIds[unit] = saved[unit] ?? NO_TEXT;
    this.textIds = textIds;
    this.nextId = 0;
    for (const id of textIds) if (id >= this.nextId) this.nextId = id + 1;
    this.idsByText = undefined;
    // Made whole at once: grown one unit at a time, the lists took most of the restore's time.
    this.marks = new Array<number>(saved.length).fill(0);
    this.unitsById = new Array<number | number[] | undefined>(this.nextId).fill(undefined);
    this.file(units);
  }

  /**
   * Marks the copies among units just numbered, each against the units of its text before it in the
   * store's order; one filed before a unit already there may stand for it in turn.
   */
  private file(units: readonly number[]): void {
    const { marks, textIds, unitsById } = this;
    for (const unit of units) marks[unit] = 0;
    for (const unit of units) {
      const id = textIds[unit] ?? NO_TEXT;
      if (id === NO_TEXT) continue;
      const held = unitsById[id];
      if (held === undefined) {
        unitsById[id] = unit;
        continue;
      }
      // The list is this map's own: growing it in place saves a copy per repeat.
      const filed = typeof held === "number" ? [held] : held;
      // A whole build stores in the store's order: a unit most often goes last, one look.
      let at = filed.length;
      while (at > 0 && !this.precedes(filed[at - 1] ?? unit, unit)) at--;
      filed.splice(at, 0, unit);
      unitsById[id] = filed;
      marks[unit] = filed.slice(0, at).some((first) => this.standsFor(first, unit)) ? 1 : 0;
      for (const later of filed.slice(at + 1)) if (marks[later] === 0 && this.standsFor(unit, later)) marks[later] = 1;
    }
  }

  /**
   * Takes a unit out while it and the sentences around it are still stored; the copies it stood
   * for are marked again against what remains.
   */
  forget(unit: number): void {
    const id = this.textIds[unit] ?? NO_TEXT;
    const held = id === NO_TEXT ? undefined : this.unitsById[id];
    if (held === undefined) return;
    const rest = (typeof held === "number" ? [held] : held).filter((other) => other !== unit);
    this.marks[unit] = 0;
    this.textIds[unit] = NO_TEXT;
    if (rest.length === 0) {
      this.unitsById[id] = undefined;
      const text = this.stored.textOf(unit);
      if (text !== undefined) this.numberedTexts().delete(text);
      return;
    }
    this.unitsById[id] = rest.length === 1 ? (rest[0] ?? unit) : rest;
    rest.forEach((other, at) => {
      this.marks[other] = rest.slice(0, at).some((first) => this.standsFor(first, other)) ? 1 : 0;
    });
  }

  /**
   * True when an earlier unit of the same text stands between the same sentences and is seen
   * wherever the unit is (a global document, or one of the same server): it may stand for the unit.
   */
  private standsFor(first: number, unit: number): boolean {
    const scope = this.stored.scopeOf(first);
    return (
      this.aroundId(first, -1) === this.aroundId(unit, -1) &&
      this.aroundId(first, 1) === this.aroundId(unit, 1) &&
      (scope === GLOBAL_SCOPE || scope === this.stored.scopeOf(unit))
    );
  }

  private precedes(first: number, unit: number): boolean {
    return this.stored.precedes === undefined ? first < unit : this.stored.precedes(first, unit);
  }

  /** By text, its number: after a restore, read again from the units' texts the first time it is needed. */
  private numberedTexts(): Map<string, number> {
    if (this.idsByText === undefined) {
      this.idsByText = new Map();
      this.textIds.forEach((id, unit) => {
        const text = id === NO_TEXT ? undefined : this.stored.textOf(unit);
        if (text !== undefined && !this.idsByText?.has(text)) this.idsByText?.set(text, id);
      });
    }
    return this.idsByText;
  }

  /** Numbers of restored units are a fixed-length view; units stored later need room to grow. */
  private ownTextIds(): void {
    if (this.textIds instanceof Int32Array) this.textIds = Array.from(this.textIds);
  }

  private aroundId(unit: number, step: -1 | 1): number {
    const neighbour = this.stored.neighbour(unit, step);
    return neighbour === undefined ? NO_TEXT : (this.textIds[neighbour] ?? NO_TEXT);
  }
}
