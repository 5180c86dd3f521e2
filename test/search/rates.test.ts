import { describe, expect, it } from "vitest";
import { periodsRated, ratePeriods, recurringPeriods } from "../../src/search/rates.ts";

describe("ratePeriods", () => {
  it("reads the period of a rate, however it is worded", () => {
    expect(ratePeriods("We sell about 1,500 knots a week.")).toEqual(["week"]);
    expect(ratePeriods("It pays £30,000 per year and £2 an hour.")).toEqual(["year", "hour"]);
    expect(ratePeriods("The daily average and the annual fee")).toEqual(["day", "year"]);
    // So much of a unit in each of a longer period.
    expect(ratePeriods("He regularly worked 50-hour weeks.")).toEqual(["week"]);
  });

  it("reads \"a second\" before a noun as the ordinal, not a rate", () => {
    expect(ratePeriods("How much will a second permit cost?")).toEqual([]);
    expect(ratePeriods("She was elected for a second time.")).toEqual([]);
    expect(ratePeriods("The camera takes 50 frames a second.")).toEqual(["second"]);
    expect(ratePeriods("The light flashes twice a second in bursts.")).toEqual(["second"]);
  });

  it("reads what an ordinary one of a period holds as a figure for each, in a sentence alone", () => {
    expect(periodsRated("About 4,200 people visited the market in an average month.")).toEqual(["month"]);
    expect(periodsRated("He used to throw away up to 30 items at the end of a typical day.")).toEqual(["day"]);
    expect(periodsRated("The ferry carries 40 lorries an hour, and 900 cars on a typical day.")).toEqual(["hour", "day"]);
    expect(periodsRated("She expected 60 young people to use the centre on a typical evening.")).toEqual(["night"]);
    expect(periodsRated("The market draws 3,000 shoppers on an average Saturday.")).toEqual(["week"]);
    // A question saying it asks what is usual.
    expect(ratePeriods("How big is the harvest in a normal year?")).toEqual([]);
  });

  it("does not take a span or a moment for a rate", () => {
    expect(ratePeriods("After a year, 47 percent could eat two peanuts.")).toEqual([]);
    expect(ratePeriods("The bridge was shut for a week in a month of storms.")).toEqual([]);
    expect(ratePeriods("A year ago the shop sold 300 knots; a week later, 500 after a year-long wait.")).toEqual([]);
  });

  it("reads 'per', 'each' and 'every' as a rate whatever stands before them", () => {
    expect(ratePeriods("Staff are paid £12 for every hour and £40 for each night.")).toEqual(["hour", "night"]);
  });

  it("reads a time that comes round after 'each' or 'every' by the period it comes in, apart from rates", () => {
    expect(recurringPeriods("Each February, roughly two million hives are trucked into California.")).toEqual(["year"]);
    expect(recurringPeriods("The market draws 2,000 shoppers every Saturday, 300 each morning and 40 each evening.")).toEqual(["week", "day", "night"]);
    expect(recurringPeriods("It opened one February morning.")).toEqual([]);
    // "The tournament, held each April, attracted 186 players" counts this year's players.
    expect(ratePeriods("The tournament, held each April, attracted 186 players.")).toEqual([]);
  });

  it("reads a figure's 'a week into' as a rate, and a bare 'a week into' as a moment", () => {
    expect(ratePeriods("The six workers each paid £2 a week into a kitty.")).toEqual(["week"]);
    expect(ratePeriods("She rang twice a day into the spring.")).toEqual(["day"]);
    expect(ratePeriods("A week into the trial, the judge fell ill.")).toEqual([]);
  });
});
