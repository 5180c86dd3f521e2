import { describe, expect, it } from "vitest";
import { Thesaurus } from "../../src/search/synonyms.ts";
import { TermMeanings } from "../../src/search/term-meanings.ts";
import { WordVectors } from "../../src/search/word-vectors.ts";

const thesaurus = new Thesaurus();
const wordVectors = WordVectors.load();

function vectorOf(word: string): Int8Array {
  const vector = wordVectors.vectorOf(word);
  if (!vector) throw new Error(`no vector for ${word}`);
  return vector;
}

/** Term meanings with each list of words indexed under its own term id (0, 1, ...). */
function meaningsOf(...termWords: string[][]): TermMeanings {
  const meanings = new TermMeanings(thesaurus, wordVectors);
  termWords.forEach((words, term) => words.forEach((word) => meanings.rememberWord(term, word)));
  return meanings;
}

/** A sentence holding each of the given terms once, as flat (term, frequency) pairs. */
const sentenceOf = (...terms: number[]) => terms.flatMap((term) => [term, 1]);

describe("TermMeanings", () => {
  it("gives a dictionary word a meaning and a name none, though the vectors know it", () => {
    const meanings = meaningsOf();
    expect(meanings.meaningOf("farmers")).toBeDefined();
    expect(wordVectors.vectorOf("netanyahu")).toBeDefined();
    expect(meanings.meaningOf("netanyahu")).toBeUndefined();
  });

  it("finds the sentence's term closest in meaning to a question word", () => {
    const meanings = meaningsOf(["bread"], ["farmers"], ["harbour"]);
    const nearest = meanings.nearestInMeaning(vectorOf("growers"), sentenceOf(0, 1, 2), new Map());
    expect(nearest.term).toBe(1);
    expect(nearest.similarity).toBeCloseTo(WordVectors.similarity(vectorOf("growers"), vectorOf("farmers")), 5);
  });

  it("a term's words of another meaning keep their own vector", () => {
    // "wound" is indexed under "wind", but an injury is not weather.
    const injury = vectorOf("injury");
    const windOnly = meaningsOf(["wind"]).nearestInMeaning(injury, sentenceOf(0), new Map());
    const windAndWound = meaningsOf(["wind", "wound"]).nearestInMeaning(injury, sentenceOf(0), new Map());
    expect(windAndWound.similarity).toBeCloseTo(WordVectors.similarity(injury, vectorOf("wound")), 5);
    expect(windAndWound.similarity).toBeGreaterThan(windOnly.similarity + 0.3);
  });

  it("keeps the similarities it computes and trusts those the caller gives", () => {
    const meanings = meaningsOf(["bread"], ["farmers"]);
    // The caller rules "farmers" out (the question names it), so only "bread" is left to compare.
    const similarities = new Map([[1, 0]]);
    const nearest = meanings.nearestInMeaning(vectorOf("growers"), sentenceOf(0, 1), similarities);
    expect(nearest.term).toBe(0);
    expect(similarities.get(0)).toBeCloseTo(nearest.similarity, 5);
  });
});
