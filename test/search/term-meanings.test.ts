import { describe, expect, it } from "vitest";
import { Thesaurus } from "../../src/search/synonyms.ts";
import { TermMeanings, type Meaning } from "../../src/search/term-meanings.ts";
import { WordVectors, type WordVector } from "../../src/search/word-vectors.ts";

const thesaurus = new Thesaurus();
const wordVectors = WordVectors.load();

function vectorOf(word: string): WordVector {
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

/** A question word's own meaning, at full weight. */
const meaningOf = (word: string, weight = 1): Meaning[] => [{ vector: vectorOf(word), weight }];

/** A floor no similarity is below: every comparison is made in full. */
const ANY = -1;

/** A sentence holding each of the given terms once, as flat (term, frequency) pairs. */
const sentenceOf = (...terms: number[]) => terms.flatMap((term) => [term, 1]);

describe("TermMeanings", () => {
  it("gives a dictionary word a meaning and a name none, though the vectors know it", () => {
    const meanings = meaningsOf();
    expect(meanings.meaningOf("farmers")).toBeDefined();
    expect(wordVectors.vectorOf("netanyahu")).toBeDefined();
    expect(meanings.meaningOf("netanyahu")).toBeUndefined();
  });

  it("asks the dictionary only about words the vectors hold: most words of a large index have none", () => {
    const asked: string[] = [];
    const counting = Object.assign(Object.create(thesaurus) as Thesaurus, { knows: (lemma: string) => (asked.push(lemma), thesaurus.knows(lemma)) });
    const meanings = new TermMeanings(counting, wordVectors);
    expect([meanings.meaningOf("5720"), meanings.meaningOf("qzxvorbl")]).toEqual([undefined, undefined]);
    expect(meanings.meaningOf("farmers")).toBeDefined();
    expect(asked).toEqual(["farmer"]);
  });

  it("finds the sentence's term closest in meaning to a question word", () => {
    const meanings = meaningsOf(["bread"], ["farmers"], ["harbour"]);
    const nearest = meanings.nearestInMeaning(meaningOf("growers"), sentenceOf(0, 1, 2), new Map(), ANY);
    expect(nearest.term).toBe(1);
    expect(nearest.similarity).toBeCloseTo(WordVectors.similarity(vectorOf("growers"), vectorOf("farmers")), 5);
  });

  it("a term's words of another meaning keep their own vector", () => {
    // "wound" is indexed under "wind", but an injury is not weather.
    const injury = meaningOf("injury");
    const windOnly = meaningsOf(["wind"]).nearestInMeaning(injury, sentenceOf(0), new Map(), ANY);
    const windAndWound = meaningsOf(["wind", "wound"]).nearestInMeaning(injury, sentenceOf(0), new Map(), ANY);
    expect(windAndWound.similarity).toBeCloseTo(WordVectors.similarity(vectorOf("injury"), vectorOf("wound")), 5);
    expect(windAndWound.similarity).toBeGreaterThan(windOnly.similarity + 0.3);
  });

  it("keeps the similarities it computes and trusts those the caller gives", () => {
    const meanings = meaningsOf(["bread"], ["farmers"]);
    // The caller rules "farmers" out (the question names it), so only "bread" is left to compare.
    const similarities = new Map([[1, 0]]);
    const nearest = meanings.nearestInMeaning(meaningOf("growers"), sentenceOf(0, 1), similarities, ANY);
    expect(nearest.term).toBe(0);
    expect(similarities.get(0)).toBeCloseTo(nearest.similarity, 5);
  });

  it("takes, of terms as close, the one whose first word was remembered first, as a whole build numbers terms", () => {
    // Two terms exactly as close (the same word's vector), numbered in the other order than their words were met.
    const meanings = new TermMeanings(thesaurus, wordVectors);
    meanings.rememberWord(1, "farmers");
    meanings.rememberWord(0, "farmers");
    expect(meanings.nearestInMeaning(meaningOf("growers"), sentenceOf(0, 1), new Map(), ANY).term).toBe(1);
    meanings.forgetWords();
    meanings.rememberWord(0, "farmers");
    meanings.rememberWord(1, "farmers");
    expect(meanings.nearestInMeaning(meaningOf("growers"), sentenceOf(0, 1), new Map(), ANY).term).toBe(0);
  });

  it("compares again a term that has gained a meaning since a question asked about it", () => {
    // The first question meets "wind" alone; a document added later says "wound", an injury.
    const meanings = meaningsOf(["wind"]);
    const injury = meaningOf("injury");
    const before = meanings.nearestInMeaning(injury, sentenceOf(0), new Map(), ANY);
    meanings.rememberWord(0, "wound");
    const after = meanings.nearestInMeaning(injury, sentenceOf(0), new Map(), ANY);
    expect(after.similarity).toBeCloseTo(WordVectors.similarity(vectorOf("injury"), vectorOf("wound")), 5);
    expect(after.similarity).toBeGreaterThan(before.similarity + 0.3);
  });

  it("counts each of a question word's meanings at its weight, and the best of them", () => {
    const meanings = meaningsOf(["growth"]);
    const expansion = WordVectors.similarity(vectorOf("expansion"), vectorOf("growth"));
    const weighted = meanings.nearestInMeaning([...meaningOf("expand"), ...meaningOf("expansion", 0.9)], sentenceOf(0), new Map(), ANY);
    expect(weighted.similarity).toBeCloseTo(0.9 * expansion, 5);
    expect(weighted.similarity).toBeGreaterThan(WordVectors.similarity(vectorOf("expand"), vectorOf("growth")));
  });

  it("does not compare a question word with the commonest words, which nearly every sentence holds", () => {
    // "latest" is close to "new", but a sentence saying "new" is not about the latest for that.
    expect(WordVectors.similarity(vectorOf("latest"), vectorOf("new"))).toBeGreaterThan(0.6);
    const nearest = meaningsOf(["new"], ["harbour"]).nearestInMeaning(meaningOf("latest"), sentenceOf(0, 1), new Map(), ANY);
    expect(nearest.term).not.toBe(0);
    expect(nearest.similarity).toBeLessThan(0.3);
  });

  it("counts a similarity below the floor as none, and one above it in full", () => {
    const meanings = meaningsOf(["bread"], ["farmers"]);
    const farmers = WordVectors.similarity(vectorOf("growers"), vectorOf("farmers"));
    const bread = WordVectors.similarity(vectorOf("growers"), vectorOf("bread"));
    const floor = (farmers + bread) / 2;
    expect(meanings.nearestInMeaning(meaningOf("growers"), sentenceOf(0), new Map(), floor).similarity).toBe(0);
    expect(meanings.nearestInMeaning(meaningOf("growers"), sentenceOf(0, 1), new Map(), floor)).toEqual({ term: 1, similarity: farmers });
  });
});
