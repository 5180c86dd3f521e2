import { describe, expect, it } from "vitest";
import { SenseFit } from "../../src/search/sense-fit.ts";
import { Thesaurus } from "../../src/search/synonyms.ts";
import { WordVectors } from "../../src/search/word-vectors.ts";
import { WordNet } from "../../src/search/wordnet.ts";

const wordnet = new WordNet();
const senseFit = new SenseFit(WordVectors.load());

/** How well each noun or verb sense of a lemma fits these context words, by the sense's first member word other than the lemma. */
function fitsOf(lemma: string, pos: "noun" | "verb", context: string[]): Map<string, number> {
  const centroid = senseFit.centroidOf(context);
  if (!centroid) throw new Error(`no vector for ${context.join(" ")}`);
  return new Map(
    wordnet.senses(lemma, pos).map((offset) => {
      const synset = wordnet.synset(offset, pos);
      return [synset.words.find((word) => word !== lemma) ?? lemma, senseFit.fit(centroid, synset, pos, offset)];
    }),
  );
}

describe("SenseFit", () => {
  it("fits the sense a word's neighbours point at: a photo is snapped as a snapshot, a rope as it tears", () => {
    const photo = fitsOf("snap", "noun", ["photo", "camera"]);
    expect(photo.get("snapshot")).toBeGreaterThan(photo.get("catch") ?? 1);
    const rope = fitsOf("snap", "verb", ["rope", "broke"]);
    expect(rope.get("tear")).toBeGreaterThan(rope.get("photograph") ?? 1);
  });

  it("knows no fit for words without vectors", () => {
    expect(senseFit.centroidOf(["qzxv", "wvbk"])).toBeUndefined();
  });
});

describe("Thesaurus with a sense fit", () => {
  const thesaurus = new Thesaurus(wordnet);
  const weightIn = (lemma: string, context: string[], word: string) => {
    const centroid = senseFit.centroidOf(context);
    if (!centroid) throw new Error(`no vector for ${context.join(" ")}`);
    return thesaurus.related(lemma, false, (synset, pos, offset) => senseFit.fit(centroid, synset, pos, offset)).find((related) => related.word === word)?.weight;
  };
  const weightOf = (lemma: string, word: string) => thesaurus.related(lemma).find((related) => related.word === word)?.weight;

  it("gives the sense the question means a synonym's full weight, however rare: tensions 'grow' as they rise", () => {
    expect(weightOf("grow", "rise")).toBeLessThan(0.6);
    expect(weightIn("grow", ["tensions", "world"], "rise")).toBe(0.6);
  });

  it("weighs a rare sense the question does not mean below the commonest: a politician's 'role' is no 'purpose'", () => {
    expect(weightIn("role", ["corbyn", "labour"], "purpose")).toBeLessThan(weightOf("role", "purpose") ?? 0);
    expect(weightIn("role", ["corbyn", "labour"], "function")).toBe(weightOf("role", "function"));
  });
});
