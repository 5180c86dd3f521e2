import { describe, expect, it } from "vitest";
import { listedItemsOf } from "../../src/search/listed-items.ts";

describe("listedItemsOf", () => {
  it("reads a list of three or more items, each as written", () => {
    expect(listedItemsOf("The closures, at Ashgrove, Kelling Road, Pennock and Whitlow Green, will save £640,000.")).toEqual([
      ["Ashgrove"],
      ["Kelling", "Road"],
      ["Pennock"],
      ["Whitlow", "Green"],
    ]);
    expect(listedItemsOf("A chemical process then extracts lithium, nickel, cobalt and manganese.")).toEqual([["lithium"], ["nickel"], ["cobalt"], ["manganese"]]);
    // A capitalised adjective is an item too: the names of languages and peoples.
    expect(listedItemsOf("Earlier albums taught French, Spanish and German.")).toEqual([["French"], ["Spanish"], ["German"]]);
  });

  it("reads two names joined as a list, but not two common nouns", () => {
    expect(listedItemsOf("Madrid and Prague have since followed with their own bans.")).toEqual([["Madrid"], ["Prague"]]);
    expect(listedItemsOf("The council bought salt and grit for the roads.")).toEqual([]);
    expect(listedItemsOf("Six people were killed and 43 injured when the train derailed.")).toEqual([]);
  });
});
