import { describe, expect, it } from "vitest";
import { datedClauseKeysOf, datedClauseTimesOf, placesInPresent, tellsTimeAhead, thingsPutOffIn, verbsAheadOf } from "../../src/search/dated-clauses.ts";

const asTyped = (word: string) => word;

describe("datedClauseKeysOf", () => {
  it("keeps a date with the clause that tells what happened then", () => {
    expect(datedClauseKeysOf("The bridge was built in 1854.", asTyped)).toEqual([["the", "bridge", "was", "built", "in", "1854"]]);
    expect(datedClauseKeysOf("The council has met with residents since 2006.", asTyped)).toEqual([
      ["the", "council", "has", "met", "with", "residents", "since", "2006"],
    ]);
  });

  it("splits off relative clauses and clauses after 'that'", () => {
    expect(datedClauseKeysOf("Ana Ruiz, a violin maker who inspected the case on Tuesday, said it was intact.", asTyped)).toEqual([
      ["who", "inspected", "the", "case", "on", "tuesday"],
    ]);
    expect(datedClauseKeysOf("The court ruled on Wednesday that the museum must return the masks.", asTyped)).toEqual([
      ["the", "court", "ruled", "on", "wednesday"],
    ]);
  });

  it("splits off a participle after a noun once its clause has a verb, as a relative clause without its pronoun", () => {
    expect(datedClauseKeysOf("The court ordered the museum to return the masks taken from the island in 1897.", asTyped)).toEqual([
      ["taken", "from", "the", "island", "in", "1897"],
    ]);
    // An irregular participle too, and the clause it interrupted goes on after its comma.
    expect(datedClauseKeysOf("Engineers have closed the footbridge, an iron span built in 1888, to all walkers.", asTyped)).toEqual([
      ["built", "in", "1888"],
    ]);
    // A participle with an object ends before the next preposition, and the clause it interrupted goes on.
    expect(datedClauseKeysOf("The cubs were born to a lioness named Asha on Saturday.", asTyped)).toEqual([
      ["the", "cubs", "were", "born", "to", "a", "lioness", "on", "saturday"],
    ]);
    // A verb whose object has a verb of its own tells a clause, no relative one: "hoped the drug could be…".
    expect(datedClauseKeysOf("Its chief executive said the company hoped the drug could be available by late 2027.", asTyped)).toEqual([
      ["its", "chief", "executive", "said", "the", "company", "hoped", "the", "drug", "could", "be", "available", "by", "late", "2027"],
    ]);
    expect(datedClauseTimesOf("Its chief executive said the company hoped the drug could be available by late 2027.")).toEqual(["future"]);
    // A verb before a comma is another part's: the subject after it has its own verb still to come.
    expect(datedClauseKeysOf("The plan was debated and opposed, but after many objections, the council approved it on 9 January.", asTyped)).toEqual([
      ["and", "opposed", "but", "after", "many", "objections", "the", "council", "approved", "it", "on", "9", "january"],
    ]);
    // Past a comma, a time right after the participle is no object: the aside is a relative clause still.
    expect(datedClauseKeysOf("The museum bought the figurehead, a carving salvaged the previous winter from a wreck, at an auction.", asTyped)).toEqual([
      ["salvaged", "the", "previous", "winter"],
    ]);
    expect(datedClauseKeysOf("Engineers closed the footbridge, an iron span opened two centuries ago, to all walkers.", asTyped)).toEqual([["opened", "two", "centuries", "ago"]]);
    // Nor when the words after the comma open with "a": an aside, whatever follows its participle.
    expect(datedClauseKeysOf("The board has sold the Custom House, a Georgian building awarded a heritage plaque last year, to a hotel group.", asTyped)).toEqual([
      ["awarded", "a", "heritage", "plaque", "last", "year"],
    ]);
    // "ruled" is the clause's own verb, after its subject.
    expect(datedClauseKeysOf("The High Court in Harrowgate ruled on Wednesday.", asTyped)).toEqual([
      ["the", "high", "court", "in", "harrowgate", "ruled", "on", "wednesday"],
    ]);
  });

  it("splits a clause at 'and' before a verb", () => {
    expect(datedClauseKeysOf("Tests are due back in December and should date the building.", asTyped)).toEqual([
      ["tests", "are", "due", "back", "in", "december"],
    ]);
  });

  it("keeps a verb after 'and' with the modal it shares: 'will be sealed and opened in 2125' is to come", () => {
    expect(datedClauseTimesOf("The capsule will be sealed inside the counter and opened in 2125.")).toEqual(["future"]);
    expect(datedClauseTimesOf("The wall will be repaired and painted in June.")).toEqual(["future"]);
    expect(datedClauseTimesOf("He was born in 1841 and died in 1903.")).toEqual(["past", "past"]);
  });
});

describe("datedClauseTimesOf", () => {
  it("tells a dated clause's event as past, still to come, or either", () => {
    expect(datedClauseTimesOf("The court ruled on Wednesday that the museum must return the masks.")).toEqual(["past"]);
    expect(datedClauseTimesOf("The return is expected to take place by the end of September.")).toEqual(["future"]);
    expect(datedClauseTimesOf("Most customers should have power back by Thursday night.")).toEqual(["future"]);
    expect(datedClauseTimesOf("A decision on the grant is not expected until the summer of 2026.")).toEqual(["future"]);
    expect(datedClauseTimesOf("The ballot for places opens on 1 December.")).toEqual(["present"]);
    // Due or expected before or after a time looks ahead; planned or set before one is past.
    expect(datedClauseTimesOf("A decision is not expected before February.")).toEqual(["future"]);
    expect(datedClauseTimesOf("The report is due after Easter.")).toEqual(["future"]);
    expect(datedClauseTimesOf("The fire was set before dawn.")).toEqual(["past"]);
    // An expectation told in passing of what then happened is past.
    expect(datedClauseTimesOf("The new library, expected before the 2022 election, opened in May 2024.")).toEqual(["past"]);
    // Due before a court is no time at all.
    expect(tellsTimeAhead("A man accused of stealing sandbags is due before Ashford magistrates.")).toBe(false);
    expect(tellsTimeAhead("Completion is due before 2026.")).toBe(true);
  });

  it("reads a time a thing is put off until as still to come, though the putting off is told in the past", () => {
    expect(datedClauseTimesOf("She adjourned sentencing until 14 June.")).toEqual(["future"]);
    expect(datedClauseTimesOf("The repairs have been put back until autumn.")).toEqual(["future"]);
    expect(datedClauseTimesOf("The council delayed the vote on Tuesday.")).toEqual(["past"]);
    expect(datedClauseTimesOf("The ferry stayed in port until 14 June.")).toEqual(["past"]);
    // What is put off: the thing after the verb, none in the passive.
    expect(thingsPutOffIn("She adjourned sentencing until 14 June.")).toEqual(["sentencing"]);
    expect(thingsPutOffIn("The league put back his disciplinary hearing until 2 May.")).toEqual(["hearing"]);
    expect(thingsPutOffIn("The league put back Rovers captain Lewis Okafor's disciplinary hearing until 2 May.")).toEqual(["captain", "hearing"]);
    expect(thingsPutOffIn("The council deferred a decision on the Harbour Road development until 9 October.")).toEqual(["decision"]);
    expect(thingsPutOffIn("Sentencing was adjourned until 14 June.")).toEqual([]);
  });

  it("reads a commitment still in force as looking ahead to its deed, not one told in the past nor a date of the committing", () => {
    expect(datedClauseTimesOf("The council has agreed to host free recitals on the first Friday of every month, starting in March.")).toEqual(["future"]);
    expect(datedClauseTimesOf("The club has pledged to reopen the ground by August.")).toEqual(["future"]);
    expect(datedClauseTimesOf("The council agreed on Tuesday to sell the old depot.")).toEqual(["past"]);
    expect(datedClauseTimesOf("The supplier had promised to deliver the sensors by March.")).toEqual(["past"]);
    expect(datedClauseTimesOf("The owners promised to restore its facade in 2019 but never did.")).toEqual(["past"]);
  });

  it("reads the verb before a time word that may date another thing", () => {
    expect(datedClauseTimesOf("The race was won by Aster Gebremariam, who secured a place for next summer's championships.")).toEqual(["past"]);
    expect(datedClauseTimesOf("Next year's marathon is scheduled for Sunday 12 October.")).toEqual(["future"]);
  });

  it("reads a participle after an untensed 'be' as a passive, not as the past", () => {
    expect(datedClauseTimesOf("The road is to be reopened on 3 March.")).toEqual(["present"]);
    expect(datedClauseTimesOf("Then let the old pier be quietly demolished on 1 May.")).toEqual(["present"]);
    expect(datedClauseTimesOf("The bridge is being repaired until June.")).toEqual(["present"]);
    // A tensed "be" or "been" still tells the past.
    expect(datedClauseTimesOf("The bridge was repaired in May.")).toEqual(["past"]);
    expect(datedClauseTimesOf("The bridge has been repaired since May.")).toEqual(["past"]);
    // "being" after a preposition tells what happened before the rest, in the past here.
    expect(datedClauseTimesOf("He was arrested in September after being questioned on 2 August.")).toEqual(["past", "past"]);
  });
});

describe("datedClauseTimesOf and the present", () => {
  it("reads a verb in the present's third person as no past form", () => {
    expect(datedClauseTimesOf("The festival begins on Sunday.")).toEqual(["present"]);
    // A verb of expecting in the present looks ahead to what it dates.
    expect(datedClauseTimesOf("The operator expects sailings to resume on Friday.")).toEqual(["future"]);
    expect(datedClauseTimesOf("The operator resumed sailings on Friday.")).toEqual(["past"]);
    // Expecting someone or something to do a thing looks ahead to it in any tense: news reports it in the past.
    expect(datedClauseTimesOf("The operator said it expected sailings to resume on Friday.")).toEqual(["future"]);
    expect(datedClauseTimesOf("As expected, sailings resumed on Friday.")).toEqual(["past"]);
    // Not an expectation of the past, most often unmet.
    expect(datedClauseTimesOf("The team had expected the excavation to end in June.")).toEqual(["past"]);
    expect(datedClauseTimesOf("Residents said they expected the council to clear the culvert last autumn.")).toEqual(["past"]);
  });
});

describe("verbsAheadOf", () => {
  it("gives the verbs a modal or a plan tells still to come", () => {
    expect(verbsAheadOf("Fares will be frozen until April.")).toEqual(["frozen"]);
    expect(verbsAheadOf("His lawyer said he would not appeal.")).toEqual(["appeal"]);
    expect(verbsAheadOf("The firm plans to invest in the factory.")).toEqual(["invest"]);
    expect(verbsAheadOf("The company expected the remaining repairs to be completed by Wednesday.")).toEqual(["completed"]);
    expect(verbsAheadOf("The museum ruled on Wednesday.")).toEqual([]);
    expect(verbsAheadOf("Southline said it expected the line to reopen on Saturday.")).toEqual(["reopen"]);
  });

  it("reads a modal before a perfect as looking back", () => {
    expect(verbsAheadOf("The judge said the sentence would have been longer without his plea.")).toEqual([]);
    expect(verbsAheadOf("Investigators said the fire could have started in the kitchen.")).toEqual([]);
  });
});

describe("tellsTimeAhead", () => {
  it("reads a time told after a modal, a plan or an expectation as still to come", () => {
    expect(tellsTimeAhead("The bridge will reopen by Christmas.")).toBe(true);
    expect(tellsTimeAhead("He expects full results by the end of the year.")).toBe(true);
    expect(tellsTimeAhead("The bridge reopened by Christmas.")).toBe(false);
    // A span from now, without a number: "within weeks", "in the coming days".
    expect(tellsTimeAhead("A decision on the grant was expected within weeks.")).toBe(true);
    expect(tellsTimeAhead("A ruling is expected in the coming days.")).toBe(true);
    // A time told only as nearer or further off: "later", "soon"; said of the past, nothing to come.
    expect(tellsTimeAhead("They will take a wedding trip later.")).toBe(true);
    expect(tellsTimeAhead("The museum hopes to reopen soon.")).toBe(true);
    expect(tellsTimeAhead("She was later released without charge.")).toBe(false);
    // "As expected" tells what was foreseen, nothing to come.
    expect(tellsTimeAhead("As expected, the bridge reopened by Christmas.")).toBe(false);
  });
});

describe("placesInPresent", () => {
  it("reads 'now' and 'currently' as placing what is told in the present, not 'now that'", () => {
    expect(placesInPresent("Patricia now attends the Sharpe Health School.")).toBe(true);
    expect(placesInPresent("He currently plays for Eastwick Rovers.")).toBe(true);
    expect(placesInPresent("Until now, patients have had to travel 90 miles for chemotherapy.")).toBe(true);
    expect(placesInPresent("Now that the bridge is shut, the bus is the only way in.")).toBe(false);
  });
});
