import { describe, expect, it } from "vitest";
import { kindChosen, kindNounsAsked } from "../../src/search/asked-kind.ts";
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

describe("kindChosen", () => {
  it("reads the noun a which- or what-question chooses by kind, after a sort word too", () => {
    expect(kindChosen("Which animals did residents spot by the stream?", "animals")).toBe("animal");
    expect(kindChosen("what type of music did the choirs sing", undefined)).toBe("music");
    // A time is told by a date, not by a kind of day.
    expect(kindChosen("Which day did the ferry run aground?", "day")).toBeUndefined();
    expect(kindChosen("What did the ferry hit?", undefined)).toBeUndefined();
  });
});

