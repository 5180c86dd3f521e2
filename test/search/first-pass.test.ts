import { describe, expect, it } from "vitest";
import { FieldIndex } from "../../src/search/field-index.ts";
import { FirstPass, type FirstPassIndex, type TermVariant } from "../../src/search/first-pass.ts";

const CONTEXT_WEIGHTS = { paragraph: 0.3, title: 0.2, antecedent: 0.7 };

/**
 * An index of sentences given as their term ids, grouped into paragraphs of sentence units (each
 * sentence its own paragraph when none are given); `hidden` units are ones the asker may not see;
 * `titles` are documents' titles (term ids) with their sentence units.
 */
function indexOf(
  sentences: number[][],
  paragraphs = sentences.map((_, unit) => [unit]),
  hidden: number[] = [],
  titles: { terms: number[]; units: number[] }[] = [],
): FirstPassIndex {
  const sentenceIndex = new FieldIndex();
  sentences.forEach((terms, unit) => sentenceIndex.add(unit, terms));
  const paragraphIndex = new FieldIndex();
  paragraphs.forEach((units, unit) => paragraphIndex.add(unit, units.flatMap((sentence) => sentences[sentence] ?? [])));
  const titleIndex = new FieldIndex();
  titles.forEach((title, unit) => titleIndex.add(unit, title.terms));
  return {
    sentenceIndex,
    paragraphIndex,
    paragraphSentences: paragraphs,
    titleIndex,
    titleSentences: titles.map((title) => title.units),
    sentenceCount: sentences.length,
    isVisible: (unit) => !hidden.includes(unit),
  };
}

/** The question's own words (weight 1) as variants, with their rarity in the index. */
function ownWords(index: FirstPassIndex, ...terms: number[]): TermVariant[] {
  return terms.map((term) => ({ term, weight: 1, idf: index.sentenceIndex.idf(term) }));
}

describe("FirstPass", () => {
  it("ranks sentences by the rarity of the question words they share", () => {
    const index = indexOf([[1], [2], [1, 2], [3], [2], [2]]);
    expect(new FirstPass(CONTEXT_WEIGHTS).candidates(ownWords(index, 1, 2), index)).toEqual([2, 0, 1, 4, 5]);
  });

  it("brings in a sentence's paragraph neighbours through the question's own words, not a synonym", () => {
    const index = indexOf([[1], [2], [3]], [[0, 1], [2]]);
    const firstPass = new FirstPass(CONTEXT_WEIGHTS);
    expect(firstPass.candidates(ownWords(index, 1), index)).toEqual([0, 1]);
    const synonym = { term: 1, weight: 0.6, idf: index.sentenceIndex.idf(1) };
    expect(firstPass.candidates([synonym], index)).toEqual([0]);
  });

  it("ranks a sentence that leans on one holding a name the question gives before the rest of its paragraph", () => {
    // The name 9 in sentence 1 ("Bogdanov stated…"), then his quotation (unit 2) leaning on it.
    const index = { ...indexOf([[3], [9], [3]], [[0, 1, 2]]), antecedentOf: (unit: number) => (unit === 2 ? 1 : undefined) };
    expect(new FirstPass(CONTEXT_WEIGHTS).candidates(ownWords(index, 9), index, new Set([9]))).toEqual([1, 2, 0]);
    // Another word is only in its paragraph.
    expect(new FirstPass(CONTEXT_WEIGHTS).candidates(ownWords(index, 9), index)).toEqual([1, 0, 2]);
  });

  it("brings in every sentence of a document whose title holds a question word, after those holding one", () => {
    // Document A (units 0-2) is titled with the rare term 9, which its sentence 2 does not repeat.
    const index = indexOf([[9, 1], [4], [5], [1]], undefined, [], [{ terms: [9], units: [0, 1, 2] }, { terms: [7], units: [3] }]);
    const chosen = new FirstPass(CONTEXT_WEIGHTS).candidates(ownWords(index, 9, 5), index);
    expect(chosen).toEqual([0, 2, 1]);
  });

  it("leaves out sentences the asker does not see", () => {
    const index = indexOf([[1], [1], [1]], undefined, [1]);
    expect(new FirstPass(CONTEXT_WEIGHTS).candidates(ownWords(index, 1), index)).toEqual([0, 2]);
  });

  it("falls back to the rarest word when every word is too common, and nominates at most 100", () => {
    // Term 0 is in every sentence, term 1 in all but the last: both too common to pick with.
    const sentences = Array.from({ length: 1_002 }, (_, unit) => (unit < 1_001 ? [0, 1] : [0]));
    const index = indexOf(sentences);
    const chosen = new FirstPass(CONTEXT_WEIGHTS).candidates(ownWords(index, 0, 1), index);
    expect(chosen).toHaveLength(100);
    expect(chosen.every((unit) => unit < 1_001)).toBe(true);
  });

  it("ranks the sentences rarer words found by a word too common to find them with", () => {
    // A paragraph naming the rare term 1 once, and term 5 in more than 1,000 other sentences.
    const common = Array.from({ length: 1_001 }, () => [5]);
    const index = indexOf([[1], [7], [5], ...common], [[0, 1, 2], ...common.map((_, at) => [at + 3])]);
    const chosen = new FirstPass(CONTEXT_WEIGHTS).candidates(ownWords(index, 1, 5), index);
    expect(chosen).toEqual([0, 2, 1]);
  });

  it("keeps, of sentences scoring the same past the hundredth, those first in the store's order, as a whole build numbers them", () => {
    // 150 sentences holding the word once; the store's order is the reverse of their numbers (documents added out of order).
    const index = { ...indexOf(Array.from({ length: 150 }, () => [1])), precedes: (first: number, unit: number) => first > unit };
    const chosen = new FirstPass(CONTEXT_WEIGHTS).candidates(ownWords(index, 1), index);
    expect(chosen).toEqual(Array.from({ length: 100 }, (_, at) => 149 - at));
  });

  it("keeps sentences scoring the same in the order of the words that found them, then the store's", () => {
    // Unit 2 holds the first word, units 0 and 1 the second, equally rare: all three score the same.
    const index = { ...indexOf([[2], [2], [1]]), precedes: (first: number, unit: number) => first > unit };
    expect(new FirstPass(CONTEXT_WEIGHTS).candidates(ownWords(index, 1, 2), index)).toEqual([2, 1, 0]);
  });

  it("leaves out copies, which the first sentence of their text stands for", () => {
    const index = { ...indexOf([[1], [1], [1, 2]]), copies: [0, 1, 0] };
    expect(new FirstPass(CONTEXT_WEIGHTS).candidates(ownWords(index, 1), index)).toEqual([0, 2]);
  });

  it("starts every search from zero, though it reuses its scratch scores", () => {
    const index = indexOf([[1], [2], [1, 2], [3]]);
    const firstPass = new FirstPass(CONTEXT_WEIGHTS);
    firstPass.candidates(ownWords(index, 2, 3), index);
    expect(firstPass.candidates(ownWords(index, 1), index)).toEqual(new FirstPass(CONTEXT_WEIGHTS).candidates(ownWords(index, 1), index));
    expect(firstPass.candidates(ownWords(index, 1), index)).toEqual([0, 2]);
  });
});
