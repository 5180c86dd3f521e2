import { describe, expect, it } from "vitest";
import { distinctTerms, holdsSorted } from "../../src/search/term-sets.ts";

describe("distinctTerms", () => {
  it("gives the terms of several units' (term, frequency) pairs once each, sorted", () => {
    expect(Array.from(distinctTerms([Int32Array.of(7, 2, 3, 1), Int32Array.of(3, 4, 12, 1)]))).toEqual([3, 7, 12]);
  });
});

describe("holdsSorted", () => {
  it("finds a value in a sorted array and nothing else", () => {
    const sorted = Int32Array.of(3, 7, 12);
    expect([3, 7, 12].map((term) => holdsSorted(sorted, term))).toEqual([true, true, true]);
    expect([0, 5, 13].map((term) => holdsSorted(sorted, term))).toEqual([false, false, false]);
    expect(holdsSorted(new Int32Array(0), 3)).toBe(false);
  });
});
