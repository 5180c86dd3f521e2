import { describe, expect, it } from "vitest";
import { datedClauseKeysOf } from "../../src/search/dated-clauses.ts";

const asTyped = (word: string) => word;

describe("datedClauseKeysOf", () => {
  it("keeps a date with the clause that tells what happened then", () => {
    expect(datedClauseKeysOf("The bridge was built in 1854.", asTyped)).toEqual([["the", "bridge", "was", "built", "in", "1854"]]);
    expect(datedClauseKeysOf("The council has met with residents since 2006.", asTyped)).toEqual([
      ["the", "council", "has", "met", "with", "residents", "since", "2006"],
    ]);
  });

  it("splits off relative clauses and clauses after 'that'", () => {
    expect(datedClauseKeysOf("Ana Ruiz, a violin maker who inspected the case on Tuesday, said it was intact.", asTyped)).toEqual([
      ["who", "inspected", "the", "case", "on", "tuesday"],
    ]);
    expect(datedClauseKeysOf("The court ruled on Wednesday that the museum must return the masks.", asTyped)).toEqual([
      ["the", "court", "ruled", "on", "wednesday"],
    ]);
  });

  it("splits a clause at 'and' before a verb", () => {
    expect(datedClauseKeysOf("Tests are due back in December and should date the building.", asTyped)).toEqual([
      ["tests", "are", "due", "back", "in", "december"],
    ]);
  });
});
