import { describe, expect, it } from "vitest";
import { mannerGiven as mannerGivenBy } from "../../src/search/manner.ts";
import { Thesaurus } from "../../src/search/synonyms.ts";

const thesaurus = new Thesaurus();
const mannerGiven = (sentence: string) => mannerGivenBy(sentence, thesaurus);

describe("mannerGiven", () => {
  it("finds a means in a preposition of means or route, or an -ing form after 'by'", () => {
    expect(mannerGiven("The wing was paid for through private donations.")).toBe(true);
    expect(mannerGiven("Owners can check their battery by entering its serial number.")).toBe(true);
    expect(mannerGiven("Crews are using drones to watch the slope.")).toBe(true);
  });

  it("finds the act an event followed on, and an instrument after 'with' that follows no noun", () => {
    expect(mannerGiven("Residents raised the alarm after noticing that the mound had gone.")).toBe(true);
    expect(mannerGiven("He mended it with a strip of blue metal.")).toBe(true);
    expect(mannerGiven("The case broke open when a cashier queried a payment.")).toBe(true);
  });

  it("finds none in a sentence telling only what happened, or a 'with' describing a noun", () => {
    expect(mannerGiven("The building cost $48.5 million and took three years to complete.")).toBe(false);
    expect(mannerGiven("Walkers had used the mound as a landmark for generations.")).toBe(false);
    expect(mannerGiven("We are looking at a hillside with deep cracks in it.")).toBe(false);
    expect(mannerGiven("When the doors opened, the crowd went in.")).toBe(false);
  });

  it("finds none in a span of time, an -ing form a verb goes on with, company after 'with' or a state before 'when'", () => {
    expect(mannerGiven("The shop stayed open through the night.")).toBe(false);
    expect(mannerGiven("She carried on working.")).toBe(false);
    expect(mannerGiven("He met with the minister on Tuesday.")).toBe(false);
    expect(mannerGiven("She spoke with reporters outside the court.")).toBe(false);
    expect(mannerGiven("He was 12 when the war began.")).toBe(false);
    // A route, and a state's participle that an event brought about, still tell how.
    expect(mannerGiven("Water seeped through a crack in the wall.")).toBe(true);
    expect(mannerGiven("He was arrested when a neighbour called the police.")).toBe(true);
  });
});
