import { GLOBAL_SCOPE } from "../knowledge/document.ts";

/** What the copy test reads of a stored sentence unit: its text, the texts around it in its document, its scope. */
export interface StoredSentence {
  text: string;
  before: string | undefined;
  after: string | undefined;
  scope: string;
}

/**
 * The sentence units that repeat a passage stored earlier: the same sentence between the same
 * sentences, as in a copy of an article. In the first pass the first stored stands for its copies,
 * so that they do not take the places of other sentences (only one of them is ever cited). A
 * sentence said again in another context ("No one was injured." in two reports) is no copy: what
 * surrounds it decides which report answers.
 */
export class PassageCopies {
  /** Per sentence unit, 1 for a copy (see FirstPassIndex.copies). */
  readonly marks: number[] = [];
  /** Stored units by sentence text, in storing order; a text held once keeps its unit alone. */
  private readonly unitsByText = new Map<string, number | number[]>();
  private readonly stored: (unit: number) => StoredSentence | undefined;

  constructor(stored: (unit: number) => StoredSentence | undefined) {
    this.stored = stored;
  }

  /** Files a unit just stored (with the sentences around it) and marks it when it is a copy. */
  note(unit: number): void {
    const sentence = this.stored(unit);
    this.marks[unit] = 0;
    if (!sentence) return;
    const held = this.unitsByText.get(sentence.text);
    const earlier = held === undefined ? [] : typeof held === "number" ? [held] : held;
    this.unitsByText.set(sentence.text, held === undefined ? unit : [...earlier, unit]);
    this.marks[unit] = earlier.some((first) => this.standsFor(first, sentence)) ? 1 : 0;
  }

  /**
   * Takes a unit out while it and the sentences around it are still stored; the copies it stood
   * for are marked again against what remains.
   */
  forget(unit: number): void {
    const text = this.stored(unit)?.text;
    const held = text === undefined ? undefined : this.unitsByText.get(text);
    if (text === undefined || held === undefined) return;
    const rest = (typeof held === "number" ? [held] : held).filter((other) => other !== unit);
    this.marks[unit] = 0;
    if (rest.length === 0) this.unitsByText.delete(text);
    else this.unitsByText.set(text, rest.length === 1 ? (rest[0] ?? unit) : rest);
    rest.forEach((other, at) => {
      const sentence = this.stored(other);
      this.marks[other] = sentence && rest.slice(0, at).some((first) => this.standsFor(first, sentence)) ? 1 : 0;
    });
  }

  /**
   * True when an earlier unit holds the same passage and is seen wherever the sentence is (a global
   * document, or one of the same server): it may then stand for the sentence.
   */
  private standsFor(first: number, sentence: StoredSentence): boolean {
    const original = this.stored(first);
    return (
      original !== undefined &&
      original.before === sentence.before &&
      original.after === sentence.after &&
      (original.scope === GLOBAL_SCOPE || original.scope === sentence.scope)
    );
  }
}
