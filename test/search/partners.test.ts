import { describe, expect, it } from "vitest";
import { partnerEventsOf, partnerMentionsOf, tellsWithPartner } from "../../src/search/partners.ts";

describe("partnerEventsOf", () => {
  it("reads a verb or a noun told with a partner, past a phrasal verb's particle", () => {
    expect(partnerEventsOf("did carla mendes sit down with tom reyes?")).toEqual([{ key: "sit", word: "sit", partnerKeys: ["tom", "reyes"] }]);
    expect(partnerEventsOf("is the council teaming up with the ferry company?")).toEqual([{ key: "team", word: "teaming", partnerKeys: ["ferry", "company"] }]);
    expect(partnerEventsOf("where were they hoping to hold talks with the union?")).toEqual([{ key: "talk", word: "talks", partnerKeys: ["union"] }]);
  });

  it("leaves the partner to ask when 'with' ends its clause", () => {
    expect(partnerEventsOf("who did the mayor meet with in the capital?")).toEqual([{ key: "meet", word: "meet", partnerKeys: [] }]);
  });

  it("reads no event where 'with' follows no verb or noun", () => {
    expect(partnerEventsOf("what is wrong with the ferry?")).toEqual([]);
  });
});

describe("partnerMentionsOf and tellsWithPartner", () => {
  it("finds the partner after a sentence's 'with', in whatever words it tells the event", () => {
    const mentions = partnerMentionsOf("Carla Mendes had a long meeting with Mayor Tom Reyes on Thursday.");
    const anyEvent = () => true;
    expect(tellsWithPartner({ key: "sit", word: "sit", partnerKeys: ["tom", "reyes"] }, mentions, anyEvent)).toBe(true);
    expect(tellsWithPartner({ key: "sit", word: "sit", partnerKeys: ["dock", "owner"] }, mentions, anyEvent)).toBe(false);
  });

  it("asks the sentence's word before 'with' to be like the question's event", () => {
    const mentions = partnerMentionsOf("Carla Mendes had dinner with Mayor Tom Reyes on Thursday.");
    expect(tellsWithPartner({ key: "quarrel", word: "quarrel", partnerKeys: ["tom", "reyes"] }, mentions, (eventWord) => eventWord !== "dinner")).toBe(false);
  });

  it("takes any named partner when the question asks who it was", () => {
    const meet = { key: "meet", word: "meet", partnerKeys: [] };
    expect(tellsWithPartner(meet, partnerMentionsOf("She met with the Mayor on Thursday."), () => true)).toBe(true);
    expect(tellsWithPartner(meet, partnerMentionsOf("She painted the fence with a brush."), () => true)).toBe(false);
  });
});
