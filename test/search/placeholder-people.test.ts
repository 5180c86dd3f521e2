import { describe, expect, it } from "vitest";
import { isPlaceholderForPeople } from "../../src/search/placeholder-people.ts";
import { words } from "../../src/search/text.ts";

const GROUPS = new Set(["hamas", "union", "police", "church"]);
const namesGroup = (word: string) => GROUPS.has(word);
const placeholders = (question: string) => {
  const typed = words(question);
  return typed.filter((_, at) => isPlaceholderForPeople(typed, at, namesGroup));
};

describe("isPlaceholderForPeople", () => {
  it("reads 'people' after a group's name or before 'who' as no word of the question", () => {
    expect(placeholders("what did hamas people say")).toEqual(["people"]);
    expect(placeholders("who are the people who founded the union")).toEqual(["people"]);
  });

  it("keeps 'people' described or counted", () => {
    expect(placeholders("what did young people say")).toEqual([]);
    expect(placeholders("how many people who voted were young")).toEqual([]);
  });

  it("keeps 'people' counted after a group's name ('how many police people')", () => {
    expect(placeholders("how many police people were there")).toEqual([]);
    expect(placeholders("how many church people came")).toEqual([]);
  });
});
