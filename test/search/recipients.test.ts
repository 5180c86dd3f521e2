import { describe, expect, it } from "vitest";
import { recipientsOf } from "../../src/search/recipients.ts";
import { termKey } from "../../src/search/terms.ts";

describe("recipientsOf", () => {
  it("reads the name a passive passes something to, the verb and the words before it", () => {
    expect(recipientsOf("The contract to repair the bridge was awarded to Baxter Construction last month.", termKey)).toEqual([
      { nameKeys: ["baxter", "construction"], deed: "award", thingKeys: ["contract", "repair", "bridge"] },
    ]);
    expect(recipientsOf("Its ferries were quietly sold to the shipping firm Harbourline.", termKey)[0]?.nameKeys).toEqual(["harbourline"]);
  });

  it("reads no recipient where 'to' leads to a place, a date or no name", () => {
    expect(recipientsOf("The boxes were sent to a depot in Leeds.", termKey)).toEqual([]);
    expect(recipientsOf("The vote was moved to Monday.", termKey)).toEqual([]);
    expect(recipientsOf("The contract was awarded to a local firm.", termKey)).toEqual([]);
  });
});
