import { describe, expect, it } from "vitest";
import { kindNounsAsked } from "../../src/search/asked-kind.ts";
import { Thesaurus } from "../../src/search/synonyms.ts";

const thesaurus = new Thesaurus();
const asked = (question: string) => kindNounsAsked(question, thesaurus);

describe("kindNounsAsked", () => {
  it("reads the measure whose value a what-question asks", () => {
    expect(asked("what's the unemployment rate in Saltby right now")).toEqual(["unemployment", "rate"]);
    expect(asked("What is the bank's annual turnover?")).toEqual(["turnover"]);
    expect(asked("What are the odds of Harbour Lane winning?")).toEqual(["odds"]);
    expect(asked("What is the price of a ticket?")).toEqual(["price"]);
    expect(asked("What model of car does she drive?")).toEqual(["model"]);
  });

  it("reads none where the noun is no measure, a class its answer belongs to, a time or what the question's verb tells about", () => {
    expect(asked("what was the outcome of the vote?")).toEqual([]);
    expect(asked("what was the chief executive's response?")).toEqual([]);
    expect(asked("what is the status of the bypass project?")).toEqual([]);
    expect(asked("what country is Vellum based in?")).toEqual([]);
    expect(asked("what language was the app written in?")).toEqual([]);
    expect(asked("What were the statues insured for?")).toEqual([]);
    expect(asked("what tensions were growing when they met")).toEqual([]);
    expect(asked("what is the date of the hearing?")).toEqual([]);
    expect(asked("what kind of car does she drive")).toEqual([]);
  });
});
