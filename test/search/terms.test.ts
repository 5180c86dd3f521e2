import { describe, expect, it } from "vitest";
import { lemmaOf, termKey } from "../../src/search/terms.ts";
import { contentWords, words } from "../../src/search/text.ts";

describe("words", () => {
  it("normalises case, quotes, diacritics, possessives and numbers", () => {
    expect(words("The Organization’s 1,400 U.S. envoys paid 1.8 billion at the Café")).toEqual([
      "the", "organization", "1400", "us", "envoys", "paid", "1.8", "billion", "at", "the", "cafe",
    ]);
  });

  it("drops function words and light verbs from a question's topic", () => {
    expect(contentWords("Who took a photo of the damage?")).toEqual(["photo", "damage"]);
  });
});

describe("lemmaOf", () => {
  it("gives the dictionary form of inflected and irregular words", () => {
    expect(["killed", "hostages", "journeyed", "ran", "was", "delegates"].map(lemmaOf)).toEqual([
      "kill", "hostage", "journey", "run", "be", "delegate",
    ]);
  });

  it("keeps numbers as they are", () => {
    expect(termKey("1400")).toBe("1400");
  });

  it("does not fold words apart in meaning, as a stemmer would", () => {
    expect(termKey("lightly")).not.toBe(termKey("light"));
  });
});
