import { describe, expect, it } from "vitest";
import { hyphenatedSpellingsOf, WordNet } from "../../src/search/wordnet.ts";

describe("WordNet", () => {
  it("tells a sense's lexicographer file without reading the rest of its synset, as the synset itself does", () => {
    const heads = new WordNet();
    const synsets = new WordNet();
    for (const [lemma, pos] of [["minister", "noun"], ["company", "noun"], ["run", "verb"], ["quickly", "adv"]] as const) {
      const offsets = heads.senses(lemma, pos);
      expect(offsets.length).toBeGreaterThan(0);
      expect(offsets.map((offset) => heads.lexFile(offset, pos))).toEqual(offsets.map((offset) => synsets.synset(offset, pos).lexFile));
    }
    // noun.person is WordNet's file 18.
    expect(heads.lexFile(heads.senses("minister", "noun")[0] ?? 0, "noun")).toBe(18);
  });

  it("finds the first and last lemmas of an index and none for a word it lacks", () => {
    const wordnet = new WordNet();
    expect(wordnet.senses("'hood", "noun").length).toBeGreaterThan(0);
    expect(wordnet.senses("zyrian", "noun").length).toBeGreaterThan(0);
    expect(wordnet.senses("zyrianx", "noun")).toEqual([]);
    expect(wordnet.synset(wordnet.senses("zyrian", "noun")[0] ?? 0, "noun").words).toContain("zyrian");
  });

  it("reads every synset of one thing or person by name, and only those", () => {
    const wordnet = new WordNet();
    const instances = wordnet.instanceSynsets();
    expect(instances.length).toBeGreaterThan(7000);
    expect(instances.every((synset) => synset.pointers.some((pointer) => pointer.symbol === "@i"))).toBe(true);
    expect(instances.some((synset) => synset.words.includes("putin"))).toBe(true);
    expect(instances.some((synset) => synset.words.includes("president"))).toBe(false);
  });

  it("reads a word written whole as the lemma WordNet writes with hyphens, not a name whose parts are no words", () => {
    const wordnet = new WordNet();
    expect(wordnet.senses("coworker", "noun")).toEqual(wordnet.senses("co-worker", "noun"));
    expect(wordnet.senses("ceasefire", "noun")).toEqual(wordnet.senses("cease-fire", "noun"));
    expect(wordnet.has("coworker")).toBe(true);
    // Villa-Lobos, the composer: "lobos" is no word.
    expect(wordnet.senses("villalobos", "noun")).toEqual([]);
  });

  it("keeps a hyphenated spelling only for a whole that is no lemma of its own and parts that all are", () => {
    const index = ["co n 1 0 1 0 00000001", "co-worker n 1 0 1 0 00000002", "worker n 1 0 1 0 00000003", "set n 1 0 1 0 00000004", "set-up n 1 0 1 0 00000005", "setup n 1 0 1 0 00000006", "up r 1 0 1 0 00000007", "villa n 1 0 1 0 00000008", "villa-lobos n 1 0 1 0 00000009"].join("\n");
    expect([...hyphenatedSpellingsOf(index)]).toEqual([["coworker", "co-worker"]]);
  });
});
