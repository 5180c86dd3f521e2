import { describe, expect, it } from "vitest";
import { baseAdjective, baseNoun, baseVerb } from "../../src/search/base-forms.ts";

describe("base forms", () => {
  it("reads irregular forms from WordNet's exception lists", () => {
    expect(["children", "mice", "geese"].map(baseNoun)).toEqual(["child", "mouse", "goose"]);
    expect(["went", "taken", "flew"].map(baseVerb)).toEqual(["go", "take", "fly"]);
    expect(["better", "farthest"].map(baseAdjective)).toEqual(["good", "far"]);
  });

  it("takes an ending off where WordNet knows what is left", () => {
    expect(["hostages", "churches", "wolves", "boxes", "ferries"].map(baseNoun)).toEqual(["hostage", "church", "wolf", "box", "ferry"]);
    expect(["journeyed", "carries", "negotiating", "arrives"].map(baseVerb)).toEqual(["journey", "carry", "negotiate", "arrive"]);
    expect(["larger", "coldest"].map(baseAdjective)).toEqual(["large", "cold"]);
  });

  it("folds '-men' plurals of kinds of people, not a word that only ends so", () => {
    expect(["policemen", "fishermen", "spokeswomen", "businessmen"].map(baseNoun)).toEqual(["policeman", "fisherman", "spokeswoman", "businessman"]);
    // Oman is a place, a dolman a garment, Newman one man, "human" no plural.
    expect(["omen", "dolmen", "newmen", "humen"].map(baseNoun)).toEqual(["omen", "dolmen", "newmen", "humen"]);
  });

  it("keeps a word whose base would be an abbreviation of one or two letters", () => {
    // WordNet lists "ha" (hectare), "wa" (Washington) and "mr" as nouns: "has", "was", "mrs" are none of their plurals.
    expect(["has", "was", "mrs", "us"].map(baseNoun)).toEqual(["has", "was", "mrs", "us"]);
    expect(baseVerb("being")).toBe("being");
  });

  it("keeps words it does not know, and words that are no inflection", () => {
    expect(baseNoun("zorblats")).toBe("zorblats");
    expect(baseVerb("sing")).toBe("sing");
    expect(baseAdjective("river")).toBe("river");
  });
});
