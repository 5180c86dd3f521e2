import { GLOBAL_SCOPE } from "../knowledge/document.ts";

/** What the copy test reads of the stored sentence units. */
export interface StoredSentences {
  textOf(unit: number): string | undefined;
  /** The body sentence just before (-1) or after (1) a unit in its document, if any. */
  neighbour(unit: number, step: -1 | 1): number | undefined;
  scopeOf(unit: number): string | undefined;
}

const NO_TEXT = -1;

/**
 * The sentence units that repeat a passage stored earlier: the same sentence between the same
 * sentences, as in a copy of an article. In the first pass the first stored stands for its copies,
 * so that they do not take the places of other sentences (only one of them is ever cited). A
 * sentence said again in another context ("No one was injured." in two reports) is no copy: what
 * surrounds it decides which report answers. Texts are numbered once, so that a passage is three
 * numbers to compare, not three texts: a large knowledge base is restored in a few hundred
 * milliseconds.
 */
export class PassageCopies {
  /** Per sentence unit, 1 for a copy (see FirstPassIndex.copies). */
  readonly marks: number[] = [];
  private readonly stored: StoredSentences;
  /** Per unit, the number of its text (NO_TEXT when it is not stored). */
  private readonly textIds: number[] = [];
  private readonly idsByText = new Map<string, number>();
  /** By text number (numbers are dense), its units in storing order; a text held once keeps its unit alone. */
  private readonly unitsById: (number | number[] | undefined)[] = [];
  private nextId = 0;

  constructor(stored: StoredSentences) {
    this.stored = stored;
  }

  /** Files units just stored, the sentences around them included, and marks the copies among them. */
  note(units: readonly number[]): void {
    for (const unit of units) {
      const text = this.stored.textOf(unit);
      let id = NO_TEXT;
      if (text !== undefined) {
        id = this.idsByText.get(text) ?? NO_TEXT;
        if (id === NO_TEXT) this.idsByText.set(text, (id = this.nextId++));
      }
      this.textIds[unit] = id;
      this.marks[unit] = 0;
    }
    for (const unit of units) {
      const id = this.textIds[unit] ?? NO_TEXT;
      if (id === NO_TEXT) continue;
      const held = this.unitsById[id];
      if (held === undefined) {
        this.unitsById[id] = unit;
        continue;
      }
      const earlier = typeof held === "number" ? [held] : held;
      this.marks[unit] = earlier.some((first) => this.standsFor(first, unit)) ? 1 : 0;
      // The list is this map's own: growing it in place saves a copy per repeat.
      earlier.push(unit);
      this.unitsById[id] = earlier;
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
      if (text !== undefined) this.idsByText.delete(text);
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

  private aroundId(unit: number, step: -1 | 1): number {
    const neighbour = this.stored.neighbour(unit, step);
    return neighbour === undefined ? NO_TEXT : (this.textIds[neighbour] ?? NO_TEXT);
  }
}
