import { describe, expect, it } from "vitest";
import { countedDeedOf, countedDeedsOf, countedPhrasesOf, groupsSizedOf, measuredNounsOf, pricedPhrasesOf, looseCountPhrasesOf, eventsOfThingsCountedByOrdinalOf, nounsCountedByOrdinalOf, rankedNounsOf, ranksWithNounLeftOut, sharesOfChangeOf, unitAmountsOf, unitsSizingNamesOf } from "../../src/search/counted-phrases.ts";

describe("groupsSizedOf", () => {
  it("reads the group a number after 'of' sizes, where the number heads no noun of its own", () => {
    expect(groupsSizedOf("A crowd of 3,850 watched the final at Mill Road.")).toEqual(["crowd"]);
    expect(groupsSizedOf("The ferry carried a crew of about 19.")).toEqual(["crew"]);
    // The number counts the groups themselves, or a noun of its own.
    expect(groupsSizedOf("Replacement units were posted to around 4,500 households.")).toEqual([]);
    expect(groupsSizedOf("The case was brought by a group of 212 pass holders.")).toEqual([]);
  });
});

describe("countedPhrasesOf", () => {
  it("reads a model's number as part of the name in the phrase a count opens", () => {
    expect(countedPhrasesOf("Kettleby recalled around 240,000 of its CrispAir 5 air fryers in May.")).toEqual([["fryers"], undefined]);
    expect(countedPhrasesOf("The airline ordered two Boeing 737 jets.")).toEqual([["jets"], undefined]);
  });

  it("reads 'one of 11,400' as counting what the one is, not the participle after it", () => {
    expect(countedPhrasesOf("The sample was one of 11,400 sent in since 2019.")).toEqual([[], [], undefined]);
    expect(countedPhrasesOf("The club was one of 24 clubs founded that year.")).toEqual([["clubs", "founded"], ["clubs", "founded"]]);
  });

  it("keeps a plural noun as what a number counts where the tagger reads the verb after it as the phrase's last noun ('twenty vaults tunnel through')", () => {
    expect(countedPhrasesOf("Below, twenty vaults tunnel through the understructure of the bridge.")).toEqual([["vaults", "tunnel"]]);
    expect(countedPhrasesOf("The firm employs 40 sales staff.")).toEqual([["staff"]]);
  });

  it("reads nouns joined by 'and' before one head as modifiers of it ('140 snack and drinks machines'), not a second thing counted", () => {
    expect(countedPhrasesOf("Tomas Edvik runs 140 snack and drinks machines in schools.")).toEqual([["snack", "machines"]]);
    expect(countedPhrasesOf("The ward has 40 nurses and doctors on shift.")).toEqual([["nurses"]]);
  });

  it("reads what a number counts as the head of the phrase it opens, and of an 'of' phrase after it", () => {
    expect(countedPhrasesOf("He opened 37 fictitious loan accounts.")).toEqual([["accounts"]]);
    expect(countedPhrasesOf("Thieves took 45 crates of honey.")).toEqual([["crates", "honey"]]);
    // A participle before the head tells what befell each one: 1,800 stolen hives are 1,800 thefts.
    expect(countedPhrasesOf("Police recovered 1,800 stolen hives.")).toEqual([["stolen", "hives"]]);
    expect(countedPhrasesOf("Burglary is one of the most common crimes.")).toEqual([["crimes"]]);
  });

  it("ends the phrase at a participle after its head, which is the clause's verb, and reads past an owner to what it owns", () => {
    expect(countedPhrasesOf("Only nine children stopped treatment early.")[0]).toContain("children");
    expect(countedPhrasesOf("A convoy of 46 lorries carrying food reached the city.")[0]).toContain("lorries");
    // A hyphen joins a participle into the phrase: "40 motion-activated cameras".
    expect(countedPhrasesOf("The reserve installed 40 motion-activated cameras.")[0]).toContain("cameras");
    expect(countedPhrasesOf("The update reached about 310,000 of the company's Halo series locks.")[0]).toContain("locks");
    expect(countedPhrasesOf("The update reached about 310,000 of the company's Halo series locks.")[0]).not.toContain("company");
  });

  it("reads a counted word as the text spells it, British or American, as the index keys it", () => {
    expect(countedPhrasesOf("Nine councillors voted against the colour scheme.")[0]).toContain("councillors");
    expect(countedPhrasesOf("Nine councilors voted against the color scheme.")[0]).toContain("councilors");
  });

  it("reads a unit a hyphen joins to a number as counted too ('a 40-page report' has 40 pages)", () => {
    expect(countedPhrasesOf("The council published a 40-page report.")).toEqual([["page", "report"]]);
    expect(countedPhrasesOf("Drivers began a three-day strike.")).toEqual([["day", "strike"]]);
    // An age still counts nothing.
    expect(countedPhrasesOf("A 27-year-old man was arrested.")).toEqual([undefined]);
  });

  it("reads a number word opening a sentence as a number, though the tagger takes its capital for a name's", () => {
    expect(countedPhrasesOf("Seventeen nations sent teams to the finals.")).toEqual([["nations", "sent"]]);
    expect(countedPhrasesOf("Ninety volunteers cleared the beach.")).toEqual([["volunteers", "cleared"]]);
  });

  it("reads a number word the tagger takes for a noun before a noun as a number ('had seventeen children')", () => {
    expect(countedPhrasesOf("Thomas married twice, had seventeen children, and died in 1615.")).toEqual([["children"], undefined]);
  });

  it("keeps a plural noun as what a number counts where the tagger reads the verb after it as a noun inside the phrase ('400 homes change hands')", () => {
    expect(countedPhrasesOf("He said about 400 homes change hands in the borough each year.")).toEqual([["homes", "hands"]]);
  });

  it("keeps units of time before a singular noun as what a number counts ('30 years experience')", () => {
    expect(countedPhrasesOf("Ogunleye, who has 30 years experience selling property, said prices had doubled.")).toEqual([["years", "experience", "selling"]]);
    expect(countedPhrasesOf("The firm employs 40 sales staff.")).toEqual([["staff"]]);
  });

  it("counts the noun of a sentence closing on a verb the tagger knows as an abbreviation's ('sat.' as 'Sat.')", () => {
    expect(countedPhrasesOf("He looked at the gallery, where about 20 club members sat.")).toEqual([["members", "sat"]]);
  });

  it("reads modifiers joined by 'and' as the phrase of one head, keeping the first noun too", () => {
    expect(countedPhrasesOf("The firm operates eleven river and coastal routes.")).toEqual([["river", "routes"]]);
    expect(countedPhrasesOf("Police arrested 12 young and old protesters.")).toEqual([["protesters"]]);
  });

  it("reads a number heading no noun, or counting what the text names elsewhere, as possibly counting anything", () => {
    expect(countedPhrasesOf("Visitor numbers rose to 600 last year.")).toEqual([[]]);
    expect(countedPhrasesOf("About 1,400 people were killed and 220 others were taken hostage.")).toEqual([["people"], []]);
    // "ones" after an adjective stands for what was named before, as "others" does.
    expect(countedPhrasesOf("Japan has had 15 destructive ones since 1596.")).toEqual([[], undefined]);
  });

  it("reads dates, sums, shares, ages and numbers in names as counting nothing", () => {
    expect(countedPhrasesOf("The bridge opened in March 2019.")).toEqual([undefined]);
    expect(countedPhrasesOf("It cost $4 million.")).toEqual([undefined]);
    expect(countedPhrasesOf("Peanut allergy affects one in 50 children.")).toEqual([undefined, undefined]);
    expect(countedPhrasesOf("Of those treated, 47 percent recovered.")).toEqual([undefined]);
    expect(countedPhrasesOf("Maria Ruiz, 27, was arrested.")).toEqual([undefined]);
  });

  it("reads a number after a name as counting the times after it, not as part of the name", () => {
    expect(countedPhrasesOf("He made the journey to Castleburn 16 times during his treatment.")).toEqual([["times"]]);
    expect(countedPhrasesOf("Members of Local 412 voted.")).toEqual([undefined]);
  });

  it("reads a number after a month as its day only where it could be one", () => {
    expect(countedPhrasesOf("The men left on June 10.")).toEqual([undefined]);
    expect(countedPhrasesOf("In early June ten million young men registered by name and number.")[0]).toContain("men");
    expect(countedPhrasesOf("By March 3,000 people had signed.")[0]).toContain("people");
  });

  it("reads 'no one', 'one-off' and a clock time's morning as counting nothing", () => {
    expect(countedPhrasesOf("The council offered a one-off payment and said no one's salary would fall.")).toEqual([undefined, undefined]);
    expect(countedPhrasesOf("The firm will keep the 5.45am first sailing.")).toEqual([undefined]);
    expect(countedPhrasesOf("Early shifts begin at 5.30 in the morning.")).toEqual([undefined]);
  });

  it("reads a number after a noun, heading none, as that noun's label, with one joined to it", () => {
    expect(countedPhrasesOf("The road is shut between mile markers 112 and 130.")).toEqual([undefined, undefined]);
    expect(countedPhrasesOf("The train left from platform 9.")).toEqual([undefined]);
  });
});

describe("unitAmountsOf", () => {
  it("gives the amounts of a thing told in a unit, past its determiner and describing words", () => {
    expect(unitAmountsOf("The 38-year-old has turned 15 hectares of her land into a grass margin.")).toEqual([{ unit: "hectares", noun: "land" }]);
    expect(unitAmountsOf("They pumped 40,000 litres of dirty water into the river.")).toEqual([{ unit: "litres", noun: "water" }]);
    expect(unitAmountsOf("Exports reached 2.5 million tonnes of wheat.")).toEqual([{ unit: "tonnes", noun: "wheat" }]);
    // A figure heading no "of" is no amount of a thing.
    expect(unitAmountsOf("The farm covers 15 hectares.")).toEqual([]);
  });
});

describe("pricedPhrasesOf", () => {
  it("reads the nouns of the phrase a sum prices from inside, past the sum's multiplier", () => {
    expect(pricedPhrasesOf("The £14.6m trial was funded by a charity.")).toEqual([["trial"]]);
    expect(pricedPhrasesOf("The council planned a £1.9 million bridge project.")).toEqual([["bridge", "project"]]);
    expect(pricedPhrasesOf("A man wearing a $200 watch, driving an old car, asks the time.")).toEqual([["watch"]]);
  });

  it("reads a sum standing alone as pricing nothing named", () => {
    expect(pricedPhrasesOf("The delay will add about £140,000 to the cost of the project.")).toEqual([[]]);
    expect(pricedPhrasesOf("The judge capped the costs at £35,000, and the £2m appeal failed.")).toEqual([[], ["appeal"]]);
    expect(pricedPhrasesOf("The bridge reopened in May.")).toEqual([]);
  });
});

describe("measuredNounsOf", () => {
  it("reads the noun a measurement modifies inside its noun phrase, with the measurement", () => {
    expect(measuredNounsOf("The 14.2-kilometre line will have 17 stops.")).toEqual([{ noun: "line", measurement: "14.2-kilometre" }]);
    expect(measuredNounsOf("Repairs to a 170-year-old stone bridge were delayed.")).toEqual([{ noun: "bridge", measurement: "170-year-old" }]);
    expect(measuredNounsOf("The 1868 building has a leaking roof.")).toEqual([{ noun: "building", measurement: "1868" }]);
    // A closing noun the tagger reads as a verb, before a relative pronoun.
    expect(measuredNounsOf("The memorial, a six-metre granite cross that stands on the green, was unveiled in 1921.")).toEqual([{ noun: "cross", measurement: "six-metre" }]);
    // The tagger reads a closing "-ing" noun as a verb.
    expect(measuredNounsOf("It carries 95,000 vehicles a year on the 12-minute crossing.")).toEqual([{ noun: "crossing", measurement: "12-minute" }]);
  });

  it("reads the owner of a measured phrase as measured too", () => {
    expect(measuredNounsOf("It was the proudest moment in the zoo's 96-year history.")).toEqual([
      { noun: "history", measurement: "96-year" },
      { noun: "zoo", measurement: "96-year" },
    ]);
  });

  it("reads a measurement standing alone as measuring nothing named", () => {
    expect(measuredNounsOf("The site covered 38 hectares of farmland.")).toEqual([]);
    expect(measuredNounsOf("The work took 14 weeks.")).toEqual([]);
  });
});

describe("countedDeedsOf", () => {
  const verbsOf = (sentence: string) => countedDeedsOf(sentence).map(({ verb }) => verb);

  it("reads the verbs a number's phrase is the subject or the object of", () => {
    expect(verbsOf("About 1,400 people were killed and 220 others were taken hostage.")).toEqual(["killed", "taken"]);
    expect(verbsOf("He created 37 fictitious loan accounts and killed at least 1,400 people.")).toEqual(["created", "killed"]);
  });

  it("reads what the number of each deed counts", () => {
    expect(countedDeedsOf("More than 600 people signed up through an online project.")[0]?.nouns).toContain("people");
    expect(countedDeedsOf("About 1,400 people were killed and 220 others were taken hostage.")).toEqual([
      { verb: "killed", nouns: ["people"], doer: [] },
      { verb: "taken", nouns: [], doer: [] },
    ]);
  });

  it("reads who does the deed a number is the object of: the name right before its verb, with no verb between", () => {
    const doersOf = (sentence: string) => countedDeedsOf(sentence).map(({ doer }) => doer);
    expect(doersOf("Their opener, Fraser Moyle, made 92 from 104 balls.")).toEqual([["fraser", "moyle"]]);
    expect(doersOf("Dhillon, a 34-year-old dairy farmer, made 67.")).toEqual([["dhillon"]]);
    expect(doersOf("Haddad said Pelling had won 1,359.")).toEqual([["pelling"]]);
    expect(doersOf("Tom Fisher said his brother sells 450 on a Saturday.")).toEqual([[]]);
    // An aside between commas before the verb may hold names of its own: the doer is the one before it.
    expect(doersOf("Her neighbour, Gwilym Dhillon, a dairy farmer from Cwm Isaf, sold 60 last month.")).toEqual([["gwilym", "dhillon"]]);
    expect(doersOf("Carys Pryce, who farms at Kelby, sold 60.")).toEqual([["carys", "pryce"]]);
  });

  it("reads no verb a number's phrase only leads up to, and none for a date or a sum", () => {
    expect(verbsOf("The man asked for four persons to volunteer as hostages.")).toEqual([]);
    expect(verbsOf("The bridge opened in March 2019 and cost $4 million.")).toEqual([]);
  });
});

describe("countedDeedOf", () => {
  it("reads the verb of a how-many question's own clause", () => {
    expect(countedDeedOf("how many people were taken hostage?")).toBe("taken");
    expect(countedDeedOf("how many people did hamas take hostage")).toBe("take");
    expect(countedDeedOf("how many houses burned down")).toBe("burned");
  });

  it("reads the verb after 'did' or 'does' and its subject that the tagger takes for a noun, when it may be a verb's base form", () => {
    const isBaseVerb = (word: string) => ["milk", "count", "score"].includes(word);
    expect(countedDeedOf("how many cows does eleanor madoc milk?", isBaseVerb)).toBe("milk");
    expect(countedDeedOf("how many juvenile oysters did the divers count?", isBaseVerb)).toBe("count");
    expect(countedDeedOf("how many runs did ellis brannock score?", isBaseVerb)).toBe("score");
    // The subject's last word is no verb, nor is what follows the verb.
    expect(countedDeedOf("how many visitors did the museum have last year?", isBaseVerb)).toBeUndefined();
    expect(countedDeedOf("at how many points did the team count oysters?", isBaseVerb)).toBeUndefined();
  });

  it("reads none where the verb tells no deed", () => {
    expect(countedDeedOf("how many moons does jupiter have?")).toBeUndefined();
    expect(countedDeedOf("how many people are there?")).toBeUndefined();
    // A clause of time after the noun tells another event.
    expect(countedDeedOf("How many teaching jobs were unfilled when the school year began?")).toBeUndefined();
  });
});

describe("looseCountPhrasesOf", () => {
  it("reads what an ordinal ranks as the head of the phrase after it, ordinals joined by 'and' ranking one head", () => {
    expect(looseCountPhrasesOf("Hamas sent its third delegation to Moscow.")).toEqual([["delegation"]]);
    expect(looseCountPhrasesOf("The second and third legs were run by veterans.")).toEqual([["legs"]]);
  });

  it("reads an ordinal heading no noun as a place that ranks nothing", () => {
    expect(looseCountPhrasesOf("The veterans moved the team up to third.")).toEqual([undefined]);
  });

  it("reads what a loose multitude counts as the head of the phrase after it, or of its 'of' phrase", () => {
    expect(looseCountPhrasesOf("She noticed several loan repayments.")).toEqual([["repayments"]]);
    expect(looseCountPhrasesOf("Thousands of households were left without heating.")).toEqual([["households"]]);
  });
});

describe("rankedNounsOf", () => {
  it("reads the nouns ordinals rank, and not those a loose multitude counts", () => {
    expect(rankedNounsOf("The union held its second strike in a month.")).toEqual(["strike"]);
    expect(rankedNounsOf("Several strikes were called off.")).toEqual([]);
  });
});

describe("sharesOfChangeOf", () => {
  it("reads what a change told as a share counts as the head after its comparative", () => {
    expect(sharesOfChangeOf("Surveyors counted 30 per cent fewer bats on the estate.")).toEqual([["bats"]]);
    expect(sharesOfChangeOf("The new boilers burn 15% less gas.")).toEqual([["gas"]]);
  });

  it("reads no change in a share that only tells a part", () => {
    expect(sharesOfChangeOf("Bats made up 30 per cent of the animals counted.")).toEqual([]);
  });
});

describe("countedPhrasesOf and a group's size", () => {
  it("reads 'the 33-man board' and 'a 5,000-strong crowd' as counting members", () => {
    expect(countedPhrasesOf("It was adopted by the 33-man Emory board.")[0]).toContain("members");
    expect(countedPhrasesOf("A 5,000-strong crowd watched.")[0]).toContain("members");
    expect(countedPhrasesOf("It was a 40-page report.")[0]).not.toContain("members");
  });
});

describe("nounsCountedByOrdinalOf", () => {
  it("reads the noun an ordinal tells how many of there have been", () => {
    expect(nounsCountedByOrdinalOf("The stone is the fourth meteorite recovered in the county since records began, and the first since 1937.")).toContain("meteorite");
  });

  it("reads no count from 'first', a place by size or an ordinal an infinitive narrows", () => {
    expect(nounsCountedByOrdinalOf("It is the first time since 2019 that warships have sailed there.")).toEqual([]);
    expect(nounsCountedByOrdinalOf("It is the second-largest meteorite found in the country since 1965.")).toEqual([]);
    expect(nounsCountedByOrdinalOf("It was the third fireball seen over the county since 2009 to drop a meteorite.")).toEqual([]);
  });
});

describe("eventsOfThingsCountedByOrdinalOf", () => {
  it("reads the event an ordinal counts with the thing each befell, the noun before it", () => {
    expect(eventsOfThingsCountedByOrdinalOf("The sale is the fourth lighthouse disposal by the trust since 2018.")).toEqual([{ event: "disposal", things: ["lighthouse"] }]);
    // A lone noun names no thing besides the one counted, and "first" counts nothing.
    expect(eventsOfThingsCountedByOrdinalOf("The sale is the fourth disposal by the trust since 2018.")).toEqual([]);
    expect(eventsOfThingsCountedByOrdinalOf("It is the first lighthouse disposal since 2018.")).toEqual([]);
  });
});

describe("ranksWithNounLeftOut", () => {
  it("reads an ordinal after 'the' or a possessive with no noun of its own as ranking one of a kind named before", () => {
    expect(ranksWithNounLeftOut("Her result is likely to count as her second, the director said.")).toBe(true);
    expect(ranksWithNounLeftOut("It was the third this year.")).toBe(true);
    // A placing, or an ordinal heading its noun, leaves nothing out.
    expect(ranksWithNounLeftOut("Greyshaw Brass came second.")).toBe(false);
    expect(ranksWithNounLeftOut("It was her second norm.")).toBe(false);
  });
});

describe("unitsSizingNamesOf", () => {
  it("reads the unit a hyphen joins to a number before a name, with the name", () => {
    expect(unitsSizingNamesOf("It would be the largest wind farm, ahead of the 14-turbine Brackwater scheme.")).toEqual([{ unit: "turbine", names: ["brackwater"] }]);
    expect(unitsSizingNamesOf("The inspector approved a 22-turbine wind farm on Carrowmere Ridge.")).toEqual([]);
    expect(unitsSizingNamesOf("It recalled 240,000 of its CrispAir 5 air fryers.")).toEqual([]);
  });
});
