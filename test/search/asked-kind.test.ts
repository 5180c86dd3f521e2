import { describe, expect, it } from "vitest";
import { kindNounsAsked } from "../../src/search/asked-kind.ts";

describe("kindNounsAsked", () => {
  it("reads the kind whose value a what-question asks", () => {
    expect(kindNounsAsked("what's the unemployment rate in Saltby right now")).toEqual(["unemployment", "rate"]);
    expect(kindNounsAsked("What is the bank's annual turnover?")).toEqual(["turnover"]);
    expect(kindNounsAsked("What brand is the governor's car?")).toEqual(["brand"]);
    expect(kindNounsAsked("What model of car does she drive?")).toEqual(["model"]);
  });

  it("reads none where the noun is what the question's verb tells about, a time or a sort word", () => {
    expect(kindNounsAsked("What were the statues insured for?")).toEqual([]);
    expect(kindNounsAsked("what tensions were growing when they met")).toEqual([]);
    expect(kindNounsAsked("What share of the boats did the dogs flag?")).toEqual([]);
    expect(kindNounsAsked("what day did the delegation arrive")).toEqual([]);
    expect(kindNounsAsked("what kind of car does she drive")).toEqual([]);
  });
});
