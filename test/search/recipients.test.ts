import { describe, expect, it } from "vitest";
import { recipientsOf } from "../../src/search/recipients.ts";
import { termKey } from "../../src/search/terms.ts";

describe("recipientsOf", () => {
  it("reads the name a passive passes something to, the verb and the words before it", () => {
    expect(recipientsOf("The contract to repair the bridge was awarded to Baxter Construction last month.", termKey)).toEqual([
      { nameKeys: ["baxter", "construction"], kindWords: ["baxter"], deed: "award", thingKeys: ["contract", "repair", "bridge"] },
    ]);
    expect(recipientsOf("Its ferries were quietly sold to the shipping firm Harbourline.", termKey)[0]?.nameKeys).toEqual(["harbourline"]);
  });

  it("reads the words that may say what the name is: a title, the words before it, its appositive's last", () => {
    expect(recipientsOf("The prize was given to Councillor Anna Reed.", termKey)[0]?.kindWords).toEqual(["councillor"]);
    expect(recipientsOf("Its ferries were sold to the shipping firm Harbourline.", termKey)[0]?.kindWords).toEqual(["harbourline", "the", "shipping", "firm"]);
    expect(recipientsOf("The prize was given to Ellen Park, a site manager, at a dinner.", termKey)[0]?.kindWords).toEqual(["ellen", "manager"]);
  });

  it("reads no recipient where 'to' leads to a place, a date or no name", () => {
    expect(recipientsOf("The boxes were sent to a depot in Leeds.", termKey)).toEqual([]);
    expect(recipientsOf("The vote was moved to Monday.", termKey)).toEqual([]);
    expect(recipientsOf("The contract was awarded to a local firm.", termKey)).toEqual([]);
  });
});
