import { describe, expect, it } from "vitest";
import { hyphenPrefixesOf } from "../../src/search/hyphen-prefixes.ts";

describe("hyphenPrefixesOf", () => {
  it("finds the prefixes a question writes only before a hyphen", () => {
    expect([...hyphenPrefixesOf("Which co-founder was re-elected in the mid-2000s?")]).toEqual(["co", "re", "mid"]);
    expect([...hyphenPrefixesOf("Who is the ex-finance minister?")]).toEqual(["ex"]);
  });

  it("keeps a prefix the question also writes as a word, and one that turns the meaning round", () => {
    expect([...hyphenPrefixesOf("Was the post-war post office sold?")]).toEqual([]);
    expect([...hyphenPrefixesOf("Which non-profit groups joined the anti-war march?")]).toEqual([]);
  });
});
