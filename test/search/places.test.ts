import { describe, expect, it } from "vitest";
import { placeKeysOf } from "../../src/search/places.ts";
import { Thesaurus } from "../../src/search/synonyms.ts";

const thesaurus = new Thesaurus();
const placesIn = (sentence: string) => placeKeysOf(sentence, thesaurus, (word) => word);

describe("placeKeysOf", () => {
  it("finds a place written in lower case after a preposition of place, with its 'of' phrase", () => {
    expect(placesIn("The deal was struck after a long night of talks at a hotel in the county seat.")).toEqual(["hotel", "county", "seat"]);
    expect(placesIn("Parents spoke in the packed gymnasium of Millbrook High School.")).toEqual(["gymnasium", "millbrook", "high", "school"]);
    expect(placesIn("It performed that evening at a converted chapel.")).toEqual(["chapel"]);
  });

  it("finds a name after a preposition of place, but not after one inside a title", () => {
    expect(placesIn("Judge Patricia Okonedo, sitting at Hallamford County Court, ruled for the syndicate.")).toEqual(["hallamford", "county", "court"]);
    expect(placesIn('She described it in an article, "New Research On Survival After Death", last spring.')).toEqual([]);
    expect(placesIn("In Qatar, the talks went on.")).toEqual(["qatar"]);
  });

  it("finds a building written in lower case that WordNet files first as its people", () => {
    expect(placesIn("The fight broke out at the village school during the lunch break.")).toEqual(["village", "school"]);
  });

  it("finds a name ending in a place noun in any position, not a country acting", () => {
    expect(placesIn("Marlow Pavilion will host the fair over the long weekend.")).toEqual(["marlow", "pavilion"]);
    expect(placesIn("Eighteen teams will compete to represent Canada.")).toEqual([]);
    expect(placesIn("Parks will reopen next week.")).toEqual([]);
  });

  it("finds no place in a person's name after a preposition: a given name, a title or a role", () => {
    expect(placesIn("Tickets can be bought from Helen Price, the fair secretary.")).toEqual([]);
    expect(placesIn("The letter was sent to Dr Amir Khan.")).toEqual([]);
    expect(placesIn("The letter was sent to club secretary Amir Khan.")).toEqual([]);
    expect(placesIn("The letter was sent to Sarah Price.")).toEqual([]);
    expect(placesIn("Olsen has often met Dorn and his deputy, Ilse Berg.")).toEqual([]);
  });

  it("finds no place in a person's name ending in a place noun when an age beside it tells it is a person's", () => {
    expect(placesIn("Tom Hall, 54, will host the quiz at the depot.")).toEqual(["depot"]);
  });

  it("finds a place described by a phrase headed by a thing, whatever person the phrase names", () => {
    expect(placesIn("The delegates will meet at Wexley Hall, the guest house run by the Jones family.")).toEqual(["wexley", "hall"]);
    expect(placesIn("The talks took place at Chequers, the prime minister's country residence.")).toEqual(["chequers"]);
    expect(placesIn("The exhibition moves to Ashby Museum, the birthplace of painter John Ward.")).toEqual(["ashby", "museum"]);
  });

  it("reads a role noun before a name, not a verb or an adjective", () => {
    expect(placesIn("Volunteers will guard Wexley Castle overnight.")).toEqual(["wexley", "castle"]);
    expect(placesIn("Council official Obi Hall said the Wexley Hall site would be sold.")).toEqual(["wexley", "hall"]);
  });

  it("finds none in a time, a person or a source after the preposition", () => {
    expect(placesIn("The zoo will stay closed until January, its keepers said on Thursday in March.")).toEqual([]);
    expect(placesIn("She gave away portions of her starter to customers.")).toEqual([]);
    expect(placesIn("The talks were held in private, according to Carla Mendes.")).toEqual([]);
  });
});
