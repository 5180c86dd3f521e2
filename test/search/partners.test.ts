import { describe, expect, it } from "vitest";
import { partnerEventsOf, partnerMentionsOf, tellsWithPartner } from "../../src/search/partners.ts";

describe("partnerEventsOf", () => {
  it("reads a verb or a noun told with a partner, past a phrasal verb's particle", () => {
    expect(partnerEventsOf("did carla mendes sit down with tom reyes?")).toEqual([{ key: "sit", partnerKeys: ["tom", "reyes"] }]);
    expect(partnerEventsOf("is the council teaming up with the ferry company?")).toEqual([{ key: "team", partnerKeys: ["ferry", "company"] }]);
    expect(partnerEventsOf("where were they hoping to hold talks with the union?")).toEqual([{ key: "talk", partnerKeys: ["union"] }]);
  });

  it("leaves the partner to ask when 'with' ends its clause", () => {
    expect(partnerEventsOf("who did the mayor meet with in the capital?")).toEqual([{ key: "meet", partnerKeys: [] }]);
  });

  it("reads no event where 'with' follows no verb or noun", () => {
    expect(partnerEventsOf("what is wrong with the ferry?")).toEqual([]);
  });
});

describe("partnerMentionsOf and tellsWithPartner", () => {
  it("finds the partner after a sentence's 'with', in whatever words it tells the event", () => {
    const mentions = partnerMentionsOf("Carla Mendes had a long meeting with Mayor Tom Reyes on Thursday.");
    expect(tellsWithPartner({ key: "sit", partnerKeys: ["tom", "reyes"] }, mentions)).toBe(true);
    expect(tellsWithPartner({ key: "sit", partnerKeys: ["dock", "owner"] }, mentions)).toBe(false);
  });

  it("takes any named partner when the question asks who it was", () => {
    expect(tellsWithPartner({ key: "meet", partnerKeys: [] }, partnerMentionsOf("She met with the Mayor on Thursday."))).toBe(true);
    expect(tellsWithPartner({ key: "meet", partnerKeys: [] }, partnerMentionsOf("She painted the fence with a brush."))).toBe(false);
  });
});
