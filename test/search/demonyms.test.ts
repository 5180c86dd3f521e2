import { describe, expect, it } from "vitest";
import { placeAndPeopleForms } from "../../src/search/demonyms.ts";

describe("placeAndPeopleForms", () => {
  it("gives a place's people by English's endings, and the place of a people", () => {
    expect(placeAndPeopleForms("karsova")).toContain("karsovan");
    expect(placeAndPeopleForms("italy")).toContain("italian");
    expect(placeAndPeopleForms("mexico")).toContain("mexican");
    expect(placeAndPeopleForms("brazil")).toContain("brazilian");
    expect(placeAndPeopleForms("karsovan")).toContain("karsova");
    expect(placeAndPeopleForms("corvanian")).toContain("corvania");
    expect(placeAndPeopleForms("italian")).toContain("italy");
    expect(placeAndPeopleForms("mexican")).toContain("mexico");
  });

  it("guesses nothing for a word too short to end in one", () => {
    expect(placeAndPeopleForms("ana")).toEqual([]);
  });
});
