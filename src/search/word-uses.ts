import type { TermDictionary } from "./field-index.ts";
import { termKey } from "./terms.ts";

/** A word the index holds, with its term id. */
export interface HeldWord {
  word: string;
  term: number;
}

/**
 * Every word the index has met, numbered, with the words each indexed document uses in the order it
 * first uses them. A whole build meets the documents in the store's order (by id), and what it has
 * met decides answers: the vocabulary a slip is read against (of equal matches, Fuse.js keeps the
 * first) and the first words filed under a term, whose vectors are its meaning. An index patched
 * with documents added and removed must hold only the words of the documents indexed now, met in
 * that order: these lists are what it is told from again (see heldInOrder).
 */
export class WordUses {
  private readonly terms: TermDictionary;
  private readonly numbers = new Map<string, number>();
  /** By word number, the word. */
  private readonly words: string[] = [];
  /** By word number, its term id. */
  private readonly wordTerms: number[] = [];
  /** By word number, how many indexed documents use it. */
  private readonly uses: number[] = [];
  /** By term id, how many of its words an indexed document uses. */
  private readonly heldWordsOfTerm: number[] = [];
  /** By document id, the numbers of the words it uses, first used first; restored ones are views of the snapshot. */
  private readonly byDocument = new Map<string, ArrayLike<number>>();
  /** By word number, the document being noted when it was last used, so that each is noted once a document. */
  private readonly lastNoted: number[] = [];
  private noting = 0;
  private noted: number[] = [];

  constructor(terms: TermDictionary) {
    this.terms = terms;
  }

  /** The term id of a word met, whether or not an indexed document still uses it. */
  termOf(word: string): number | undefined {
    const number = this.numbers.get(word);
    return number === undefined ? undefined : this.wordTerms[number];
  }

  /** True when an indexed document uses a word of the term: a whole build of them has met it. */
  holdsTerm(term: number): boolean {
    return (this.heldWordsOfTerm[term] ?? 0) > 0;
  }

  /** Starts noting the words of a document about to be indexed. */
  open(): void {
    this.noting += 1;
    this.noted = [];
  }

  /** The term id of a word the document being noted uses; a word met for the first time is numbered and given its term. */
  use(word: string): number {
    let number = this.numbers.get(word);
    if (number === undefined) {
      number = this.words.length;
      this.numbers.set(word, number);
      this.words.push(word);
      this.wordTerms.push(this.terms.idOf(termKey(word)));
      this.uses.push(0);
      this.lastNoted.push(0);
    }
    if (this.lastNoted[number] !== this.noting) {
      this.lastNoted[number] = this.noting;
      this.noted.push(number);
    }
    return this.wordTerms[number] ?? 0;
  }

  /**
   * Files the words noted as the document's own and counts their uses; returns those no other
   * indexed document uses, in the order the document first used them.
   */
  close(documentId: string): HeldWord[] {
    const noted = Int32Array.from(this.noted);
    this.noted = [];
    this.byDocument.set(documentId, noted);
    const entering: HeldWord[] = [];
    for (const number of noted) {
      const uses = this.uses[number] ?? 0;
      this.uses[number] = uses + 1;
      if (uses > 0) continue;
      this.countHeld(number, 1);
      entering.push({ word: this.words[number] ?? "", term: this.wordTerms[number] ?? 0 });
    }
    return entering;
  }

  /** Forgets a document's uses of its words; a word no document uses any more keeps its number and term. */
  forget(documentId: string): void {
    const noted = this.byDocument.get(documentId);
    if (!noted) return;
    this.byDocument.delete(documentId);
    for (let at = 0; at < noted.length; at++) {
      const number = noted[at] ?? 0;
      const uses = (this.uses[number] ?? 1) - 1;
      this.uses[number] = uses;
      if (uses === 0) this.countHeld(number, -1);
    }
  }

  /**
   * The words these documents use, each once, in the order indexing them in this order meets them:
   * each document's words in the order it first uses them, after those of the documents before it.
   */
  heldInOrder(documentIds: readonly string[]): HeldWord[] {
    const placed = new Uint8Array(this.words.length);
    const held: HeldWord[] = [];
    for (const id of documentIds) {
      const noted = this.byDocument.get(id) ?? NOTHING;
      for (let at = 0; at < noted.length; at++) {
        const number = noted[at] ?? 0;
        if (placed[number] === 1) continue;
        placed[number] = 1;
        held.push({ word: this.words[number] ?? "", term: this.wordTerms[number] ?? 0 });
      }
    }
    return held;
  }

  /** Every word met, by number, with its term id, to save. */
  get saved(): { words: string[]; wordTerms: Int32Array } {
    return { words: [...this.words], wordTerms: Int32Array.from(this.wordTerms) };
  }

  /** The numbers of the words a document uses, first used first, to save. */
  wordsOf(documentId: string): ArrayLike<number> {
    return this.byDocument.get(documentId) ?? NOTHING;
  }

  /** Restores every word met, by number (see saved); no document uses one until restoreDocument. */
  restoreWords(words: readonly string[], wordTerms: ArrayLike<number>): void {
    words.forEach((word, number) => {
      this.numbers.set(word, number);
      this.words.push(word);
      this.wordTerms.push(wordTerms[number] ?? 0);
      this.uses.push(0);
      this.lastNoted.push(0);
    });
  }

  /** Restores a document's words (see wordsOf) and counts their uses. */
  restoreDocument(documentId: string, noted: ArrayLike<number>): void {
    this.byDocument.set(documentId, noted);
    for (let at = 0; at < noted.length; at++) {
      const number = noted[at] ?? 0;
      const uses = (this.uses[number] ?? 0) + 1;
      this.uses[number] = uses;
      if (uses === 1) this.countHeld(number, 1);
    }
  }

  /** Counts a word that an indexed document now uses (1), or none does any more (-1), for its term. */
  private countHeld(number: number, change: 1 | -1): void {
    const term = this.wordTerms[number] ?? 0;
    while (this.heldWordsOfTerm.length <= term) this.heldWordsOfTerm.push(0);
    this.heldWordsOfTerm[term] = (this.heldWordsOfTerm[term] ?? 0) + change;
  }
}

const NOTHING: ArrayLike<number> = [];
