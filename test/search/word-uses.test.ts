import { describe, expect, it } from "vitest";
import { TermDictionary } from "../../src/search/field-index.ts";
import { WordUses } from "../../src/search/word-uses.ts";

/** Word uses with each document given as the words it uses, in order, indexed in the order given. */
function usesOf(documents: Record<string, string[]>): WordUses {
  const uses = new WordUses(new TermDictionary());
  for (const [id, words] of Object.entries(documents)) {
    uses.open();
    for (const word of words) uses.use(word);
    uses.close(id);
  }
  return uses;
}

const heldWords = (uses: WordUses, ids: string[]) => uses.heldInOrder(ids).map((held) => held.word);

describe("WordUses", () => {
  it("gives the words of one term the same term id, and a word never met none", () => {
    const uses = usesOf({ a: ["gave", "given", "toys"] });
    expect(uses.termOf("gave")).toBe(uses.termOf("given"));
    expect(uses.termOf("toys")).not.toBe(uses.termOf("gave"));
    expect(uses.termOf("grant")).toBeUndefined();
  });

  it("notes each word once a document, in the order the document first uses it", () => {
    const uses = usesOf({ a: ["storm", "harbour", "storm", "boats"] });
    expect(Array.from(uses.wordsOf("a"), (number) => ["storm", "harbour", "boats"][number])).toEqual(["storm", "harbour", "boats"]);
  });

  it("tells the words of the documents named in the order a whole build of them meets them", () => {
    const uses = usesOf({ b: ["river", "flooded", "town"], a: ["floods", "river", "road"] });
    expect(heldWords(uses, ["a", "b"])).toEqual(["floods", "river", "road", "flooded", "town"]);
  });

  it("leaves out the words only a removed document used, keeping their terms", () => {
    const uses = usesOf({ a: ["giving", "toys"], b: ["gave", "grant"] });
    uses.forget("a");
    expect(heldWords(uses, ["b"])).toEqual(["gave", "grant"]);
    expect(uses.termOf("giving")).toBe(uses.termOf("gave"));
  });

  it("tells the words a document brings in that no other indexed document uses, a removed one's included", () => {
    const uses = usesOf({ a: ["giving", "toys"], b: ["toys", "grant"] });
    uses.forget("a");
    uses.open();
    for (const word of ["giving", "toys", "winter"]) uses.use(word);
    expect(uses.close("c").map((held) => held.word)).toEqual(["giving", "winter"]);
  });

  it("holds a term while an indexed document uses one of its words", () => {
    const uses = usesOf({ a: ["giving", "toys"], b: ["gave", "grant"] });
    const give = uses.termOf("gave") ?? -1;
    uses.forget("b");
    expect(uses.holdsTerm(give)).toBe(true);
    uses.forget("a");
    expect(uses.holdsTerm(give)).toBe(false);
    expect(uses.holdsTerm(uses.termOf("toys") ?? -1)).toBe(false);
  });
});
