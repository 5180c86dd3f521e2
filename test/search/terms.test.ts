import { describe, expect, it } from "vitest";
import { familySurnames, isPastVerbForm, lemmaOf, otherNumberForm, spansAsUnits, termKey } from "../../src/search/terms.ts";
import { contentWords, isGrammarInPhrase, isLightVerbForm, isMisspeltStopWord, meantStopWord, words } from "../../src/search/text.ts";

describe("words", () => {
  it("normalises case, quotes, diacritics, possessives and numbers", () => {
    expect(words("The Organization’s 1,400 U.S. envoys paid 1.8 billion at the Café")).toEqual([
      "the", "organization", "1400", "us", "envoys", "paid", "1.8", "billion", "at", "the", "cafe",
    ]);
  });

  it("drops function words and light verbs from a question's topic", () => {
    expect(contentWords("Who took a photo of the damage?")).toEqual(["photo", "damage"]);
    expect(contentWords("How much rain has the valley gotten?")).toEqual(["rain", "valley"]);
  });

  it("reads short forms as the words they stand for, with or without the apostrophe", () => {
    expect(words("They couldn’t, won't, can't: they're sure I'll go to Hamas's office")).toEqual([
      "they", "could", "will", "can", "they", "sure", "i", "go", "to", "hamas", "office",
    ]);
    expect(words("it ain't over")).toEqual(["it", "is", "over"]);
    expect(contentWords("whats the weather like for friday lol")).toEqual(["weather", "like", "friday"]);
    expect(contentWords("why didnt the chopper just lift them")).toEqual(["chopper", "lift"]);
    expect(contentWords("does she think theres less fog now")).toEqual(["think", "less", "fog"]);
    expect(contentWords("did bogdanov say hes fine and shes wrong")).toEqual(["bogdanov", "say", "fine", "wrong"]);
  });

  it("reads 'back' before a past time as grammar, not as a return", () => {
    const question = words("What did Hamas take part in back in 2006?");
    expect(isGrammarInPhrase(question, question.indexOf("back"))).toBe(true);
    const box = words("Did she put the keys back in the box?");
    expect(isGrammarInPhrase(box, box.indexOf("back"))).toBe(false);
  });

  it("drops chat filler that carries no topic", () => {
    expect(contentWords("so what exactly did the guys find, basically")).toEqual(["find"]);
  });
});

describe("lemmaOf", () => {
  it("gives the dictionary form of inflected and irregular words", () => {
    expect(["killed", "hostages", "journeyed", "ran", "was", "delegates"].map(lemmaOf)).toEqual([
      "kill", "hostage", "journey", "run", "be", "delegate",
    ]);
  });

  it("gives the singular of plurals in '-men' ('policemen' meets 'a policeman')", () => {
    expect(["policemen", "gunmen", "spokeswomen", "omen"].map(lemmaOf)).toEqual(["policeman", "gunman", "spokeswoman", "omen"]);
  });

  it("keeps a word ending in 'ss' whole: it is no plural", () => {
    expect(["boss", "bosses", "pass", "discussed"].map(lemmaOf)).toEqual(["boss", "boss", "pass", "discuss"]);
  });

  it("gives back the silent e a suffix took: 'hoping' is 'hope', 'hopping' is 'hop'", () => {
    expect(["hoping", "hoped", "taped", "riding", "coping"].map(lemmaOf)).toEqual(["hope", "hope", "tape", "ride", "cope"]);
    expect(["hopping", "ridding", "visiting", "edited", "opening"].map(lemmaOf)).toEqual(["hop", "rid", "visit", "edit", "open"]);
  });

  it("tells a verb's past forms from plurals, '-ing' forms and words that only end like one", () => {
    expect(["died", "ran", "taken", "travelled"].every(isPastVerbForm)).toBe(true);
    expect(["runs", "killing", "seed", "news", "1990"].some(isPastVerbForm)).toBe(false);
    // A present no ending makes is no past form either: "has" and "is" tell the present.
    expect(["has", "is", "are"].some(isPastVerbForm)).toBe(false);
  });

  it("keeps numbers as they are", () => {
    expect(termKey("1400")).toBe("1400");
  });

  it("does not fold words apart in meaning, as a stemmer would", () => {
    expect(termKey("lightly")).not.toBe(termKey("light"));
  });

  it("gives a number written as a word the key of its digits, but not 'one'", () => {
    expect(termKey("fourteen")).toBe(termKey("14"));
    expect(termKey("forty")).toBe("40");
    expect(termKey("one")).toBe("one");
  });

  it("gives the older forms 'amidst', 'amongst' and 'whilst' the keys of 'amid', 'among' and 'while'", () => {
    expect(["amidst", "amongst", "whilst"].map(termKey)).toEqual(["amid", "among", "while"].map(termKey));
  });

  it("writes a day's number the other way: '7th' for '7', and back", () => {
    expect(["7", "7th", "1", "22", "12", "111"].map(otherNumberForm)).toEqual(["7th", "7", "1st", "22nd", "12th", "111th"]);
    expect(otherNumberForm("seventh")).toBeUndefined();
    // Kept apart in the index: "7" is common, "7th" rarer.
    expect(termKey("7th")).not.toBe(termKey("7"));
  });

  it("reads a count of units of time as the larger unit it makes: 'twelve months' is a year", () => {
    expect([...spansAsUnits(["in", "the", "last", "twelve", "months"])]).toEqual([
      ["twelve", "year"],
      ["months", "year"],
    ]);
    expect(spansAsUnits(["within", "24", "hours"]).get("hours")).toBe("day");
    expect(spansAsUnits(["eleven", "months", "later"]).size).toBe(0);
  });

  it("tells a slip on a function word from other words", () => {
    expect(["wich", "waht", "whta", "abotu", "thier"].every(isMisspeltStopWord)).toBe(true);
    expect(["which", "ali", "quarry", "marzok", "harbour"].some(isMisspeltStopWord)).toBe(false);
  });

  it("tells every form of a light verb but 'make' from other words", () => {
    expect(["getting", "gives", "given", "taking", "goes", "coming"].every(isLightVerbForm)).toBe(true);
    expect(["making", "made", "gift", "getaway", "income"].some(isLightVerbForm)).toBe(false);
  });

  it("reads a slip on a function word as the one it stands for, a dropped letter first, and no word when two are as likely", () => {
    expect(["wich", "happend", "shuld", "waht"].map(meantStopWord)).toEqual(["which", "happened", "should", "what"]);
    expect(meantStopWord("thay")).toBeUndefined();
  });

  it("gives back the surname a family's plural stands for", () => {
    expect(familySurnames("crewes")).toEqual(["crewe", "crew"]);
    expect(familySurnames("marrs")).toEqual(["marr"]);
    expect([familySurnames("ross"), familySurnames("hale")]).toEqual([[], []]);
  });
});
