import { describe, expect, it } from "vitest";
import { isInPresentPhrase, makesActNamed, presentVerbReadAsPlural } from "../../src/search/question-grammar.ts";
import { Thesaurus } from "../../src/search/synonyms.ts";
import { words } from "../../src/search/text.ts";

const thesaurus = new Thesaurus();
const namesAct = (lemma: string) => thesaurus.namesAct(lemma);

describe("makesActNamed", () => {
  it("takes 'make' before the act it does for no word of the question's own", () => {
    expect(makesActNamed(words("how many will be making the journey"), 4, namesAct)).toBe(true);
    expect(makesActNamed(words("who made the decision to close the pool"), 1, namesAct)).toBe(true);
  });

  it("keeps 'make' that produces a thing", () => {
    expect(makesActNamed(words("who made the cakes for the fair"), 1, namesAct)).toBe(false);
    expect(makesActNamed(words("how much money did the band make"), 5, namesAct)).toBe(false);
  });
});

describe("isInPresentPhrase", () => {
  it("takes the words of 'these days' and 'at the moment' for no more than 'now'", () => {
    const asked = words("where is marzook living at the moment");
    expect(asked.map((_, at) => isInPresentPhrase(asked, at))).toEqual([false, false, false, false, true, true, true]);
    expect(isInPresentPhrase(words("how much do sweets cost these days"), 5)).toBe(true);
  });

  it("keeps a day or a moment asked for itself", () => {
    expect(isInPresentPhrase(words("which days is the shop open"), 1)).toBe(false);
    expect(isInPresentPhrase(words("what was the key moment of the match"), 4)).toBe(false);
  });
});

describe("presentVerbReadAsPlural", () => {
  const read = (question: string, word: string, names: readonly string[] = []) => {
    const typed = words(question);
    return presentVerbReadAsPlural(question, typed, typed.indexOf(word), (before) => names.includes(before));
  };

  it("reads a plural that is a verb's present too as the verb where it stands as the question's verb", () => {
    expect(read("Which Hamas leader lives in Qatar?", "lives")).toBe("live");
    expect(read("who's the guy that lives in qatar", "lives")).toBe("live");
    expect(read("Gorton leaves for Pocasset", "leaves", ["gorton"])).toBe("leave");
  });

  it("leaves the plural a plural where it is one, or where its lemma is the verb's", () => {
    expect(read("How many people lost their lives in the assault?", "lives")).toBeUndefined();
    expect(read("Does a hard frost make the autumn leaves brighter?", "leaves")).toBeUndefined();
    expect(read("Which firm builds houses in Leeds?", "houses")).toBeUndefined();
  });
});
