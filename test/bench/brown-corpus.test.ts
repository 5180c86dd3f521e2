import { describe, expect, it } from "vitest";
import { buildBrownDocuments, detokenize, readBrownSentences, SENTENCES_PER_DOCUMENT } from "../../bench/brown-corpus.ts";

/** A few Brown texts: enough sentences for the wrap-around, read once for every test. */
const corpus = readBrownSentences(undefined, 300);

describe("detokenize", () => {
  it("puts no space before closing punctuation or after opening quotes", () => {
    expect(detokenize(["``", "Only", "a", "handful", "''", ",", "the", "jury", "said", "(", "today", ")", "."])).toBe(
      '"Only a handful", the jury said (today).',
    );
  });

  it("drops Brown's second full stop after an abbreviation", () => {
    expect(detokenize(["won", "by", "Ivan", "Allen", "Jr.", "."])).toBe("won by Ivan Allen Jr.");
  });
});

describe("buildBrownDocuments", () => {
  it("builds documents of 30 body sentences under a title, numbered as buildDocument numbers them", () => {
    const [first] = buildBrownDocuments(1, corpus);
    expect(first?.sentences.filter((s) => s.paragraph > 0)).toHaveLength(SENTENCES_PER_DOCUMENT);
    expect(first?.sentences[0]).toMatchObject({ paragraph: 0, sentence: 1, text: first?.title });
    expect(first?.sentences[1]?.ref).toBe(`${first?.id}#p1.s1`);
    expect(first?.paragraphs[0]).toBe(first?.sentences.slice(1, 4).map((s) => s.text).join(" "));
  });

  it("builds the same documents every time", () => {
    expect(buildBrownDocuments(20, corpus)).toEqual(buildBrownDocuments(20, corpus));
  });

  it("cuts the corpus at other places once it wraps around, so no document is a copy", () => {
    const documents = buildBrownDocuments(Math.floor(corpus.length / SENTENCES_PER_DOCUMENT) * 3, corpus);
    const bodies = documents.map((d) => d.paragraphs.join("\n"));
    expect(new Set(bodies).size).toBe(bodies.length);
    expect(new Set(documents.map((d) => d.id)).size).toBe(documents.length);
  });
});
