import { describe, expect, it } from "vitest";
import { givesInstancesOf, nounsLeftUnnamed, picksByContent, picksByModifier } from "../../src/search/unnamed-mentions.ts";

describe("nounsLeftUnnamed", () => {
  it("tells a noun opened by 'a', a count or nothing as one of a kind without a name", () => {
    expect(nounsLeftUnnamed("The virus was confirmed on a farm near Carby.")).toContain("farm");
    expect(nounsLeftUnnamed("The office asked observatories in Chile to help.")).toContain("observatory");
    expect(nounsLeftUnnamed("Two banks refused the loan.")).toContain("bank");
  });

  it("keeps a noun a name goes with: before it, right after it, after 'called', or described by it", () => {
    expect(nounsLeftUnnamed("She was taken to Eastmere General Hospital.")).not.toContain("hospital");
    expect(nounsLeftUnnamed("A group calling itself BlackHarrier claimed the attack.")).not.toContain("group");
    expect(nounsLeftUnnamed("The cows were kept on a farm, Low Fell, near Carby.")).not.toContain("farm");
    expect(nounsLeftUnnamed("The ferries were sold to Harbourline, a company based in Oslo.")).not.toContain("company");
    // A name ending in the kind's word names one of it, though the sentence says the kind bare too.
    expect(nounsLeftUnnamed("Talks began with the Missouri Compromise and went on by compromise.")).not.toContain("compromise");
    expect(nounsLeftUnnamed("Cattle were moved from Hill Farm to a farm near Carby.")).not.toContain("farm");
    // The name in apposition may be quoted.
    expect(nounsLeftUnnamed('An exhibit, "Macropathology", was shown at the meeting.')).not.toContain("exhibit");
    expect(nounsLeftUnnamed("The recall covers the Streamline 700 models.")).not.toContain("model");
    // A figure after "the" labels the one it goes with; a count of many leaves them unnamed.
    expect(nounsLeftUnnamed("She usually catches the 6.12 morning train from Pellworth.")).not.toContain("train");
    expect(nounsLeftUnnamed("They opened the 20 new stores in May.")).toContain("store");
    // So does a span of clock times, which the tagger takes for symbols.
    expect(nounsLeftUnnamed("She presented the 3am to 5am slot with a friend.")).not.toContain("slot");
    expect(nounsLeftUnnamed("She presented the 5am slot.")).not.toContain("slot");
    // An adverb may stand among the words before it: "his first ever academic conference" is his own.
    expect(nounsLeftUnnamed("He will speak at the Lisbon congress, which will be his first ever academic conference.")).not.toContain("conference");
  });

  it("keeps a counted noun whose names are listed after it, where it is ('two loss-making stores, in Brindle Cross and Upper Hexley')", () => {
    expect(nounsLeftUnnamed("It will close two loss-making stores, in Brindle Cross and Upper Hexley, in August.")).not.toContain("store");
    expect(nounsLeftUnnamed("The firm will shut three plants in Leeds, York and Hull.")).not.toContain("plant");
    // Places after a kind not counted, or a lone place, say where, not which.
    expect(nounsLeftUnnamed("The office asked observatories in Chile and Hawaii to help.")).toContain("observatory");
    expect(nounsLeftUnnamed("The virus was confirmed on two farms near Carby.")).toContain("farm");
  });

  it("keeps a noun whose names follow a dash or a colon ('six provinces -- Kivu, Kasai…')", () => {
    expect(nounsLeftUnnamed("They divided the colony into three provinces -- Kivu, Kasai and Katanga -- under governors.")).not.toContain("province");
    expect(nounsLeftUnnamed("They divided the colony into three provinces \u2014 Kivu, Kasai and Katanga.")).not.toContain("province");
    expect(nounsLeftUnnamed("The fund backs two firms: Acme and Brill.")).not.toContain("firm");
    // The aside may open with words of its own before the name.
    expect(nounsLeftUnnamed("Great actors and actresses -- the most notable being Sarah Bernhardt -- were hired.")).not.toContain("actress");
    expect(nounsLeftUnnamed("Two farms -- both of them near the river -- were flooded.")).toContain("farm");
    expect(nounsLeftUnnamed("A councillor -- speaking at the Town Hall on Monday -- said the scheme was dead.")).toContain("councillor");
  });

  it("keeps a noun a determiner points back with ('the farm'), wherever else it is left unnamed", () => {
    expect(nounsLeftUnnamed("The farm was closed.")).not.toContain("farm");
    expect(nounsLeftUnnamed("A farm near Carby was closed, and the farm's owner was told.")).not.toContain("farm");
  });
});

describe("givesInstancesOf", () => {
  it("tells a kind followed by its instances ('such as', 'including'), which a which-question may pick", () => {
    const talks = "A meeting would help resolve practical matters, such as the release of hostages.";
    expect(givesInstancesOf(talks, "matter")).toBe(true);
    expect(nounsLeftUnnamed(talks)).not.toContain("matter");
    expect(givesInstancesOf("Several rare plants, including two orchids, were lost.", "plant")).toBe(true);
    // The kind elsewhere, or instances of another kind, pick none of it.
    expect(givesInstancesOf("Practical matters were discussed, and fruit such as apples was served.", "matter")).toBe(false);
  });

  it("tells no instances where a count says how many and where, not which ('including at least three in Sydney')", () => {
    expect(givesInstancesOf("Several universities, including at least three in Sydney, have stopped using the tool.", "university")).toBe(false);
    expect(givesInstancesOf("Taxi ranks, including two near the station, will be moved.", "rank")).toBe(false);
    expect(givesInstancesOf("Ten schools, including several in the north, closed early.", "school")).toBe(false);
    // Figures name things, and a count of a described group picks it out.
    expect(givesInstancesOf("Several bus routes, including 24 and 37, will be withdrawn.", "route")).toBe(true);
    expect(givesInstancesOf("Insurers, including all of the big four, said they would pay.", "insurer")).toBe(true);
    expect(givesInstancesOf("Households will get payments, including one-off grants of 500 pounds.", "payment")).toBe(true);
    expect(givesInstancesOf("Ten schools, including Harlow Academy, closed early.", "school")).toBe(true);
  });
});

describe("picksByModifier", () => {
  const asked = (words: string[]) => (word: string) => words.includes(word.toLowerCase());
  it("tells a particular one of a kind by a word before it that the question lacks", () => {
    const visit = "They met officials from the Russian foreign ministry.";
    expect(picksByModifier(visit, "ministry", asked(["russian"]))).toBe(true);
    expect(picksByModifier("It was treated at the cardiac hospital.", "hospital", asked([]))).toBe(true);
    // Only the question's own words, one of a kind, or the kind alone pick none.
    expect(picksByModifier(visit, "ministry", asked(["russian", "foreign"]))).toBe(false);
    expect(picksByModifier("They met officials from a foreign ministry.", "ministry", asked([]))).toBe(false);
    expect(picksByModifier("They met officials from the ministry.", "ministry", asked([]))).toBe(false);
    expect(picksByModifier("The gallery's insurance company offered a reward.", "company", asked(["insurance"]))).toBe(false);
    // Words placing it against the text pick none: "the local union", "the other bidder".
    expect(picksByModifier("Staff said the local union had warned about the tanks.", "union", asked([]))).toBe(false);
    expect(picksByModifier("The other bidder withdrew in April.", "bidder", asked([]))).toBe(false);
  });

  it("reads a compound modifier through its hyphen ('the steady-state theory')", () => {
    expect(picksByModifier("He supports the steady-state theory.", "theory", asked([]))).toBe(true);
    expect(picksByModifier("He supports the state theory.", "theory", asked(["state"]))).toBe(false);
  });
});

describe("picksByContent", () => {
  const takesNoObject = (verb: string) => ["live", "arrive"].includes(verb);
  it("tells the one idea of a kind by a whole clause after 'that' saying what it holds", () => {
    expect(picksByContent("She backs the theory that the lake was once a bay.", "theory", takesNoObject)).toBe(true);
    expect(picksByContent("She backs the theory that we live in a young universe.", "theory", takesNoObject)).toBe(true);
    expect(picksByContent("She backs the claim that the tides are driven by wind.", "claim", takesNoObject)).toBe(true);
    expect(picksByContent("Permits are given under the rule that each household may keep one car.", "rule", takesNoObject)).toBe(true);
    // A clause telling what it does, or one of a kind, tells none.
    expect(picksByContent("She backs the theory that explains the tides.", "theory", takesNoObject)).toBe(false);
    expect(picksByContent("She backs a theory that the lake was once a bay.", "theory", takesNoObject)).toBe(false);
  });

  it("tells none by a relative clause, whose verb lacks the object the idea is", () => {
    expect(picksByContent("The mayor vetoed the plan that officers had drawn up.", "plan", takesNoObject)).toBe(false);
    expect(picksByContent("She rejects the theory that her rival published in 2018.", "theory", takesNoObject)).toBe(false);
    expect(picksByContent("She rejects the theory that some residents still repeat.", "theory", takesNoObject)).toBe(false);
  });
});
