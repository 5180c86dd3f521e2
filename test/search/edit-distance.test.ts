import { describe, expect, it } from "vitest";
import { editDistance, oneEditAway, swaps } from "../../src/search/edit-distance.ts";

describe("editDistance", () => {
  it("counts inserted, deleted and replaced letters", () => {
    expect(editDistance("ruis", "ruiz")).toBe(1);
    expect(editDistance("relase", "release")).toBe(1);
    expect(editDistance("bogdanov", "bogdnv")).toBe(2);
    expect(editDistance("", "moscow")).toBe(6);
  });

  it("counts two swapped neighbours as one typo", () => {
    expect(editDistance("wnig", "wing")).toBe(1);
    expect(editDistance("recieve", "receive")).toBe(1);
  });

  it("is zero only for the same word", () => {
    expect(editDistance("hamas", "hamas")).toBe(0);
    expect(editDistance("hamas", "hamsa")).toBeGreaterThan(0);
  });
});

describe("oneEditAway", () => {
  it("holds every word one letter lost, added, replaced or swapped away, and not the word itself", () => {
    const near = oneEditAway("travle");
    for (const word of ["travel", "trave", "travles", "trable"]) expect(near.has(word)).toBe(true);
    expect(near.has("travle")).toBe(false);
    expect(swaps("abc")).toEqual(["bac", "acb"]);
  });
});
