import { describe, expect, it } from "vitest";
import { hyphenPrefixesOf } from "../../src/search/hyphen-prefixes.ts";

const neverTogether = () => false;

describe("hyphenPrefixesOf", () => {
  it("finds the prefixes a question writes only before a hyphen", () => {
    expect([...hyphenPrefixesOf("Which co-founder was re-elected in the mid-2000s?", neverTogether)]).toEqual(["co", "mid"]);
    expect([...hyphenPrefixesOf("What is the multi-year plan?", neverTogether)]).toEqual(["multi"]);
  });

  it("keeps a prefix that names another person, match or time, and one the text writes with its word", () => {
    expect([...hyphenPrefixesOf("What did his ex-wife say after the semi-final, pre-match or post-match?", neverTogether)]).toEqual([]);
    expect([...hyphenPrefixesOf("What did the co-pilot see?", (prefix, word) => prefix === "co" && word === "pilot")]).toEqual([]);
  });

  it("keeps a prefix the question also writes as a word, and one that turns the meaning round", () => {
    expect([...hyphenPrefixesOf("Was the co-op's co shop sold?", neverTogether)]).toEqual([]);
    expect([...hyphenPrefixesOf("Which non-profit groups joined the anti-war march?", neverTogether)]).toEqual([]);
  });
});
